/**
 * Three suites, one command (`npm test`): pure units, libraries against real Postgres and
 * Redis, and the services end to end as a user runs them. Every run gets its own databases
 * and queue prefix (libs/testing), dropped at the end.
 */
const fs = require('node:fs');

const swcOptions = JSON.parse(fs.readFileSync(`${__dirname}/.swcrc`, 'utf8'));
const shared = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['@swc/jest', { ...swcOptions, swcrc: false }] },
  // `@kdmp/<lib>/<module>`: one module of a lib (the console imports the domain and i18n this way).
  moduleNameMapper: { '^@kdmp/([^/]+)/(.+)$': '<rootDir>/libs/$1/src/$2', '^@kdmp/([^/]+)$': '<rootDir>/libs/$1/src' },
  moduleFileExtensions: ['ts', 'js', 'json'],
};
const withServices = {
  globalSetup: '<rootDir>/libs/testing/src/jest/global-setup.ts',
  globalTeardown: '<rootDir>/libs/testing/src/jest/global-teardown.ts',
};

module.exports = {
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,tools}/**/*.spec.ts'] },
    { ...shared, ...withServices, displayName: 'integration', testMatch: ['<rootDir>/{apps,libs,test}/**/*.int-spec.ts'] },
    { ...shared, ...withServices, displayName: 'e2e', testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'] },
  ],
  maxWorkers: 2,
  testTimeout: 120_000,
};
