/** `npm run screenshots`: the e2e project's set-up, running only test/console.screenshots.ts. */
const base = require('./jest.config.js');

const e2e = base.projects.find((project) => project.displayName === 'e2e');

module.exports = {
  ...e2e,
  displayName: 'screenshots',
  testMatch: ['<rootDir>/test/console.screenshots.ts'],
  testTimeout: 600_000,
};
