export * from './principal.js';
export * from './principal-token.js';
export * from './permissions.js';
export * from './step-up.js';
