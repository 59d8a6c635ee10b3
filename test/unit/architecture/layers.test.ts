/**
 * The layers of docs/architecture.md are enforced by ESLint (eslint.config.mjs): a forbidden
 * import or a host global outside the edges fails lint, an allowed one passes. Linted as text
 * under a path of the folder in question, with the project's own configuration (host folders are
 * linted with types, so their cases borrow the path of a real file there).
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..", "..");

/**
 * Lints every case in one ESLint process (the config is an ES module, which jest's CommonJS
 * cannot load): [file, code][] in on stdin, each file's "rule: message" list out.
 */
function lintAll(cases: [string, string][]): string[][] {
  const script = `
    import { ESLint } from "eslint";
    const cases = JSON.parse(await new Promise((r) => { let s = ""; process.stdin.on("data", (d) => (s += d)).on("end", () => r(s)); }));
    const eslint = new ESLint({ cwd: process.cwd() });
    const out = [];
    for (const [file, code] of cases) {
      const [result] = await eslint.lintText(code, { filePath: file });
      out.push(result.messages.map((m) => m.ruleId + ": " + m.message));
    }
    process.stdout.write(JSON.stringify(out));`;
  const json = execFileSync(process.execPath, ["--input-type=module", "-e", script], {
    cwd: ROOT,
    input: JSON.stringify(cases.map(([f, c]) => [join(ROOT, f), c])),
    encoding: "utf8",
  });
  return JSON.parse(json) as string[][];
}

/** The zone findings; a parse failure (ruleId null) would make every expectation vacuous, so it throws. */
function restricted(xs: string[]): string[] {
  const broken = xs.filter((m) => m.startsWith("null: "));
  if (broken.length > 0) throw new Error(`the case did not parse: ${broken.join("; ")}`);
  return xs.filter((m) => /^no-restricted-(imports|globals)/.test(m));
}

const FORBIDDEN: [string, string][] = [
    ["src/rules/catalogue/zz.ts", 'import type { WorkbookHost } from "../../hosts/host";\nexport type T = WorkbookHost;\n'],
    ["src/recognise/zz.ts", 'import { ALL_RULES } from "../rules/catalogue";\nexport const n = ALL_RULES.length;\n'],
    ["src/grid/zz.ts", 'import type { Form } from "../forms";\nexport type T = Form;\n'],
    ["src/hosts/memory/index.ts", 'import { checkForms } from "../../rules/engine";\nexport const f = checkForms;\n'],
    ["src/usecases/zz.ts", 'import { App } from "../taskpane/App";\nexport const a = App;\n'],
];
const ALLOWED: [string, string][] = [
    ["src/rules/catalogue/zz.ts", 'import type { Form } from "../../forms";\nexport type T = Form;\n'],
    ["src/usecases/zz.ts", 'import type { WorkbookHost } from "../hosts/host";\nexport type T = WorkbookHost;\n'],
    ["src/cli/commands/zz.ts", 'import { searchLibrary } from "./library";\nexport const s = searchLibrary;\n'],
];
const OFFICE = "export const ready = () => Office.onReady();\n";
const GLOBALS: [string, string][] = [
  ["src/usecases/zz.ts", OFFICE],
  ["src/hosts/excel/index.ts", OFFICE],
];

let results: string[][] = [];
beforeAll(() => {
  results = lintAll([...FORBIDDEN, ...ALLOWED, ...GLOBALS]);
}, 120_000);

describe("layer zones", () => {
  test.each(FORBIDDEN.map(([f], i) => [f, i] as const))("%s may not import that layer", (_file, i) => {
    const found = restricted(results[i]!);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^no-restricted-imports: .*docs\/architecture\.md/);
  });

  test.each(ALLOWED.map(([f], i) => [f, FORBIDDEN.length + i] as const))("%s may import that layer", (_file, i) => {
    expect(restricted(results[i]!)).toEqual([]);
  });

  test("Office.js and WPS globals only at the edges", () => {
    const at = FORBIDDEN.length + ALLOWED.length;
    expect(restricted(results[at]!)).toEqual([expect.stringMatching(/^no-restricted-globals: .*Office is reached only through a host/)]);
    expect(restricted(results[at + 1]!)).toEqual([]);
  });
});
