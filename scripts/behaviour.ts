/**
 * What the engine does on our own corpus, one line per fact, so that a refactoring can show it
 * changed nothing it did not mean to: every form recognised (kind, sheet, range, title, what was
 * not read) and every finding (rule, severity, cells, message) of `jixiao check --json`, plus every
 * field `jixiao parse --json` read, over the seed workbooks and pasted texts, the layout corpus
 * and the format fixtures.
 *
 *   npx tsx scripts/behaviour.ts > before.txt           # on the old code
 *   npx tsx scripts/behaviour.ts --compare before.txt   # on the new code: the lines that differ
 *
 * `--compare` prints the removed (-) and added (+) lines and exits 1 when there are any. Run
 * through the command line's own entry (in process), so it compares what a user sees.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { main, nodeContext } from "../src/cli/main";

const ROOT = join(__dirname, "..");
const FIXTURES = join(ROOT, "test", "fixtures");
const INPUTS = /\.(xlsx|xlsm|xls|ods|csv|pdf|txt)$/;

function inputs(): string[] {
  const dirs = ["seeds", "layouts", "formats"].map((d) => join(FIXTURES, d));
  return dirs.flatMap((dir) => readdirSync(dir).filter((f) => INPUTS.test(f)).sort().map((f) => join(dir, f)));
}

async function run(args: string[]): Promise<{ out: string; err: string; code: number }> {
  const ctx = nodeContext();
  let out = "";
  let err = "";
  Object.assign(ctx, { out: (s: string) => (out += `${s}\n`), err: (s: string) => (err += `${s}\n`) });
  const code = await main(args, ctx);
  return { out, err, code };
}

type Json = Record<string, unknown>;
const cells = (f: Json) => ((f.cells as { ref: string }[] | undefined) ?? []).map((c) => c.ref).join(",");

/** The lines for one input file. */
async function describeFile(file: string): Promise<string[]> {
  const name = relative(FIXTURES, file);
  const lines: string[] = [];
  const check = await run(["check", file, "--json"]);
  lines.push(`${name} | check exit ${check.code}`);
  for (const line of check.err.split("\n").filter(Boolean)) lines.push(`${name} | stderr | ${line.replace(file, name)}`);
  if (check.out.trim()) {
    for (const f of (JSON.parse(check.out) as { files: Json[] }).files) {
      lines.push(`${name} | status ${String(f.status)} | profile ${String(f.profile)}`);
      for (const form of (f.forms as Json[] | undefined) ?? []) {
        lines.push(`${name} | form | ${String(form.kind)} | ${String(form.sheet)}!${String(form.range)} | ${String(form.title)} | missing ${JSON.stringify(form.missing ?? [])}`);
      }
      for (const x of (f.findings as Json[] | undefined) ?? []) {
        lines.push(`${name} | finding | ${String(x.rule)} ${String(x.severity)} | ${String(x.sheet)}!${cells(x)} | ${String(x.message)}`);
      }
    }
  }
  const parse = await run(["parse", file, "--json"]);
  lines.push(`${name} | parse exit ${parse.code}`);
  if (parse.out.trim()) lines.push(...flatten(`${name} | parse`, JSON.parse(parse.out)));
  return lines;
}

/** Every leaf of a JSON value as `path = value`, in document order. */
function flatten(prefix: string, v: unknown): string[] {
  if (v === null || typeof v !== "object") return [`${prefix} = ${JSON.stringify(v)}`];
  const entries = Array.isArray(v) ? v.map((x, i) => [String(i), x] as const) : Object.entries(v as Json);
  return entries.flatMap(([k, x]) => flatten(k === "file" ? prefix : `${prefix}.${k}`, k === "file" ? "" : x)).filter((l) => !l.endsWith(' = ""'));
}

async function snapshot(): Promise<string[]> {
  const lines: string[] = [];
  for (const file of inputs()) lines.push(...(await describeFile(file)));
  // A message may hold a line break (a label wrapped in its cell): one fact stays one line.
  return lines.map((l) => l.replace(/\r?\n/g, "\\n"));
}

async function cli(argv: string[]): Promise<number> {
  const at = argv.indexOf("--compare");
  const now = await snapshot();
  if (at < 0) {
    process.stdout.write(`${now.join("\n")}\n`);
    return 0;
  }
  const before = readFileSync(argv[at + 1]!, "utf8").split("\n").filter(Boolean);
  // Multisets: a line that appears twice before and once now is one removal.
  const left = new Map<string, number>();
  for (const x of before) left.set(x, (left.get(x) ?? 0) + 1);
  const added: string[] = [];
  for (const x of now) {
    const n = left.get(x) ?? 0;
    if (n > 0) left.set(x, n - 1);
    else added.push(x);
  }
  const removed = before.filter((x) => {
    const n = left.get(x) ?? 0;
    if (n > 0) left.set(x, n - 1);
    return n > 0;
  });
  for (const x of removed) process.stdout.write(`- ${x}\n`);
  for (const x of added) process.stdout.write(`+ ${x}\n`);
  process.stdout.write(`${before.length} lines before, ${now.length} now: ${removed.length} removed, ${added.length} added.\n`);
  return removed.length + added.length > 0 ? 1 : 0;
}

void cli(process.argv.slice(2)).then((code) => (process.exitCode = code));
