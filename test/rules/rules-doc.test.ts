/**
 * docs/rules.md is generated from the rules' metadata and tests; this fails when it is stale,
 * and when a rule of the catalogue has no table-driven test.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { ALL_RULES } from "../../src/rules/catalogue";

const ROOT = join(__dirname, "..", "..");

/** Every `<id>.test.ts` under test/rules, by file name. */
function testFiles(dir: string, out = new Map<string, string>()): Map<string, string> {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) testFiles(p, out);
    else if (name.endsWith(".test.ts")) out.set(name.slice(0, -".test.ts".length), p);
  }
  return out;
}

it("every rule of the catalogue has a table-driven test of its own", async () => {
  const files = testFiles(join(ROOT, "test", "rules"));
  const ids = ALL_RULES.map((r) => r.meta.id);
  expect(new Set(ids).size).toBe(ids.length);
  const problems: string[] = [];
  for (const id of ids) {
    const file = files.get(id.toLowerCase());
    if (!file) {
      problems.push(`${id}: no test/rules/**/${id.toLowerCase()}.test.ts`);
      continue;
    }
    const source = readFileSync(file, "utf8");
    // The rule the file hands to ruleTester must be this rule: its first import from the catalogue.
    const from = /import\s+(\w+)(?:\s*,\s*\{[^}]*\})?\s+from\s+"([^"]*src\/rules\/catalogue\/[^"]+)"/.exec(source);
    const tested = from ? ((await import(join(dirname(file), from[2]!))) as { default?: { meta?: { id?: string } } }).default?.meta?.id : undefined;
    if (!from || !new RegExp(`ruleTester\\(\\s*${from[1]}\\b`).test(source)) problems.push(`${id}: ${file} does not call ruleTester with the imported rule`);
    else if (tested !== id) problems.push(`${id}: ${file} tests ${tested ?? "no rule"}`);
    else if (!/\bvalid:\s*\[\s*\{/.test(source) || !/\binvalid:\s*\[\s*\{/.test(source)) problems.push(`${id}: ${file} has no valid or no invalid case`);
  }
  expect(problems).toEqual([]);
});

it("docs/rules.md is up to date", () => {
  const tsx = join(ROOT, "node_modules", ".bin", "tsx");
  expect(() => execFileSync(tsx, [join(ROOT, "scripts", "gen-rules-doc.ts"), "--check"], { cwd: ROOT, stdio: "pipe" })).not.toThrow();
}, 60000);
