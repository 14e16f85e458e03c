export * from './envelope.js';
export * from './outbox.js';
export * from './relay.js';
export * from './kafka.js';
export * from './consumer.js';
