export * from './infrastructure.js';
export * from './mailpit.js';
export * from './sms.js';
export * from './kafka.js';
export * from './keycloak.js';
export * from './services.js';
export * from './wait.js';
export * from './pdf-text.js';
