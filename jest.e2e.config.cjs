/**
 * The browser suite (`npm run test:e2e`): the production build served on 127.0.0.1 and driven in
 * Debian's Chromium through playwright-core (CHROMIUM_PATH overrides /usr/bin/chromium). Builds
 * once into a temporary folder (test/e2e/support/global-setup.ts), or uses E2E_DIST when set.
 */
const base = require("./jest.config.cjs");

module.exports = {
  ...base,
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.test.ts"],
  testPathIgnorePatterns: ["/node_modules/"],
  globalSetup: "<rootDir>/test/e2e/support/global-setup.ts",
  globalTeardown: "<rootDir>/test/e2e/support/global-teardown.ts",
  // One browser at a time: the suites share the machine's two cores with webpack's output.
  maxWorkers: 1,
  testTimeout: 180_000,
};
