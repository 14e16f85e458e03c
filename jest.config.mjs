// One jest config for the monorepo: TypeScript through swc (fast on two cores), ESM sources run as
// CommonJS inside jest, and `.js` import suffixes mapped back to the `.ts` files they name.
/** @type {[string, Record<string, unknown>]} */
const swc = [
  '@swc/jest',
  {
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    module: { type: 'commonjs' },
  },
];

/** @type {import('jest').Config} */
const config = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': swc,
    // The OTLP exporter loads node:http with a dynamic import(), which jest's CommonJS sandbox refuses
    // (it needs --experimental-vm-modules): that one package is compiled like our sources, its import()
    // becoming a require(). Node runs it as published outside jest.
    '/@opentelemetry/otlp-exporter-base/.+\\.js$': swc,
  },
  transformIgnorePatterns: ['/node_modules/(?!@opentelemetry/otlp-exporter-base/)'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testMatch: [
    '<rootDir>/services/**/*.test.ts',
    '<rootDir>/deploy/**/*.test.ts',
    '<rootDir>/e2e/**/*.test.ts',
    '<rootDir>/examples/**/*.test.ts',
  ],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  globalSetup: '<rootDir>/services/libs/testing/src/global-setup.mjs',
  globalTeardown: '<rootDir>/services/libs/testing/src/global-teardown.mjs',
  // A browser journey runs 40-60 s on a busy two-core CI machine; the limit only stops a hung test.
  testTimeout: 120_000,
  // Integration tests share one Kafka, Keycloak, MongoDB server and SMTP; two workers fit two cores.
  maxWorkers: 2,
};

export default config;
