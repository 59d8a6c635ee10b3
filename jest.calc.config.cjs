/** The LibreOffice suite (`npm run test:calc`): scored workbooks recalculated by a real spreadsheet engine. Needs soffice on PATH. */
const base = require("./jest.config.cjs");

module.exports = {
  ...base,
  roots: ["<rootDir>/test/calc"],
  testMatch: ["**/*.test.ts"],
  testPathIgnorePatterns: ["/node_modules/"],
  testTimeout: 300_000,
};
