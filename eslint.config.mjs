// Flat ESLint config: JS recommended + typescript-eslint recommended everywhere, React hooks
// rules for the .tsx components, the layers of docs/architecture.md as import zones, and
// type-aware promise rules only in the host-facing folders (the rest stays fast and untyped).
import { defineConfig, globalIgnores } from "eslint/config";
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";


// The layers (docs/architecture.md). Each folder of src/ may import only the layers below it;
// a relative import that climbs into a forbidden layer is an error. The pure domain (grid,
// values, forms, recognise, rules, scoring) never reaches a host, a file or a user interface.
const SHELLS = ["usecases", "taskpane", "preview", "cli", "wps-addin"];
const ZONES = [
  { folders: ["grid", "values"], forbidden: ["forms", "recognise", "rules", "scoring", "templates", "library", "hosts", "io", "i18n", ...SHELLS] },
  { folders: ["forms"], forbidden: ["recognise", "rules", "scoring", "templates", "library", "hosts", "io", "i18n", ...SHELLS] },
  { folders: ["recognise"], forbidden: ["rules", "scoring", "templates", "library", "hosts", "io", ...SHELLS] },
  { folders: ["rules", "scoring"], forbidden: ["templates", "hosts", "io", ...SHELLS] },
  { folders: ["templates"], forbidden: ["io", ...SHELLS] },
  { folders: ["library"], forbidden: ["io", ...SHELLS] },
  { folders: ["hosts"], forbidden: ["forms", "recognise", "rules", "scoring", "templates", "library", "io", "i18n", ...SHELLS] },
  { folders: ["io"], forbidden: ["recognise", "rules", "scoring", "templates", "library", ...SHELLS] },
  { folders: ["usecases"], forbidden: ["taskpane", "preview", "cli", "wps-addin"] },
  { folders: ["cli"], forbidden: ["taskpane", "preview", "wps-addin"] },
  { folders: ["taskpane"], forbidden: ["preview", "cli", "wps-addin"] },
];
const layerZones = ZONES.map(({ folders, forbidden }) => ({
  files: folders.map((f) => `src/${f}/**/*.{ts,tsx}`),
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          {
            regex: `^(\\.\\./)+(${forbidden.join("|")})(/|$)`,
            message: `src/${folders.join(", src/")} sits below ${forbidden.join(", ")}: move the shared piece down a layer or pass it in (docs/architecture.md).`,
          },
        ],
      },
    ],
  },
}));
// Office.js and WPS objects only at the edges: the hosts, the pane's boot and ribbon, the WPS entry.
const HOST_GLOBALS = ["Office", "Excel", "wps", "OfficeExtension"].map((name) => ({
  name,
  message: `${name} is reached only through a host (src/hosts); pass the data in instead.`,
}));

export default defineConfig(
  globalIgnores(["dist/", "node_modules/", "coverage/", "**/.cache/"]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: "latest", sourceType: "module", globals: { ...globals.browser, ...globals.node } },
    rules: {
      // `_`-prefixed names mark deliberately unused parameters and destructured leftovers.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
    },
  },
  {
    files: ["**/*.tsx"],
    extends: [reactHooks.configs.flat.recommended],
  },
  {
    // CommonJS files (webpack config, jest config, the bin shim) load modules with require().
    files: ["**/*.cjs", "webpack.config.js"],
    languageOptions: { sourceType: "commonjs", globals: globals.node },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  ...layerZones,
  {
    // Type-aware, only where promises meet Office.js, WPS and React: an un-awaited sync or write
    // there loses the clerk's edit or a mark without a word.
    files: ["src/hosts/**/*.{ts,tsx}", "src/taskpane/**/*.{ts,tsx}", "src/wps-addin/**/*.{ts,tsx}", "src/preview/**/*.{ts,tsx}"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: { "@typescript-eslint/no-floating-promises": "error", "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: false }] },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/hosts/**", "src/taskpane/boot.ts", "src/taskpane/commands.ts", "src/taskpane/index.tsx", "src/wps-addin/**"],
    rules: { "no-restricted-globals": ["error", ...HOST_GLOBALS] },
  },
  {
    files: ["test/**"],
    languageOptions: { globals: globals.jest },
  },
);
