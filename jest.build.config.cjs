/** The build suite (`npm run test:build`): the production webpack build and the bundles it emits. Slow (a full build); CI runs it after `npm test`. */
const base = require("./jest.config.cjs");

module.exports = {
  ...base,
  roots: ["<rootDir>/test/build"],
  testPathIgnorePatterns: ["/node_modules/"],
  testTimeout: 600_000,
};
