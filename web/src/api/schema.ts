import type { components, operations, paths } from './generated/schema';

/**
 * The API's types, generated from the gateway's route declarations (npm run api:gen): every module
 * of web/src/api names its types from here instead of writing them by hand.
 */
export type Schemas = components['schemas'];
export type { operations, paths };

/** The query parameters an operation accepts. */
export type QueryOf<Operation extends keyof operations> = NonNullable<
  operations[Operation]['parameters']['query']
>;
