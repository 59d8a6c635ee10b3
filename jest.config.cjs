/** Unit and component tests. `npm test` needs only Node and builds nothing: the production build is checked by test:build, LibreOffice and Chromium by test:calc / test:e2e. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "/test/calc/", "/test/e2e/", "/test/build/"],
  transform: {
    "^.+\\.mjs$": ["@swc/jest", { jsc: { parser: { syntax: "ecmascript" }, target: "es2022" }, module: { type: "commonjs" } }],
    "^.+\\.(t|j)sx?$": ["@swc/jest", { jsc: { parser: { syntax: "typescript", tsx: true }, transform: { react: { runtime: "automatic" } }, target: "es2022" }, module: { type: "commonjs" } }],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "cjs", "mjs", "json"],
  // PDF.js ships ES modules only (.mjs); jest runs CommonJS, so they are compiled like our sources.
  transformIgnorePatterns: ["/node_modules/(?!pdfjs-dist/)"],
};
