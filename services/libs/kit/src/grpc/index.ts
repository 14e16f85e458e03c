export * from './client.js';
export * from './proto.js';
export * from './server.js';
export * from './status.js';
