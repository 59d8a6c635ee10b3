/**
 * docs/rules.md is generated from the rules' metadata and tests; this fails when it is stale,
 * and when a rule of the catalogue has no table-driven test.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { ALL_RULES } from "../../src/rules/catalogue";

const ROOT = join(__dirname, "..", "..");

function allTestSources(dir: string): string {
  let out = "";
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out += allTestSources(p);
    else if (name.endsWith(".test.ts")) out += readFileSync(p, "utf8");
  }
  return out;
}

it("every rule of the catalogue has a table-driven test", () => {
  const sources = allTestSources(join(ROOT, "test", "rules"));
  const ids = ALL_RULES.map((r) => r.meta.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const r of ALL_RULES) {
    const file = r.meta.id.toLowerCase();
    expect({ id: r.meta.id, tested: sources.includes("ruleTester(") && readdirSync(join(ROOT, "test", "rules"), { recursive: true }).some((f) => String(f).endsWith(`${file}.test.ts`)) }).toEqual({ id: r.meta.id, tested: true });
  }
});

it("docs/rules.md is up to date", () => {
  const tsx = join(ROOT, "node_modules", ".bin", "tsx");
  expect(() => execFileSync(tsx, [join(ROOT, "scripts", "gen-rules-doc.ts"), "--check"], { cwd: ROOT, stdio: "pipe" })).not.toThrow();
}, 60000);
