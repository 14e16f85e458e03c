export * from './connection.js';
export * from './documents.js';
