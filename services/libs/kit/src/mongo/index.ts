export * from './connection.js';
export * from './documents.js';
export * from './store.js';
export * from './document-locks.js';
