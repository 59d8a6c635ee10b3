/**
 * Pathological inputs, measured at two sizes ten times apart, to show that the time grows
 * linearly with the input (issue 15, point 6):
 * - a self-evaluation with 2,000 and 20,000 indicator rows, scored (`jixiao score`'s work);
 * - cells of 3,200 and 32,000 characters of `1,1,1,…` and `≥1≥1…` in an indicator's 指标值 and
 *   实际完成值 and in the 决算情况说明 text, checked (`jixiao check`'s work: value parsing, the
 *   narrative's number tokenising (XDOC-03) and the scoring's pairing of quantities).
 *
 * Each case runs in its own Node process (a fresh heap, so one case's garbage does not slow the
 * next); the table shows both times, their ratio and a verdict: a ratio up to 12 for ten times
 * the input is linear (the same bound as the engine's growth target), above that superlinear.
 *
 *   npx tsx bench/pathological.ts            the whole table
 *   npx tsx bench/pathological.ts rows 20000 one measurement, printed as JSON (used by the table)
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { MemoryHost } from "../src/hosts/memory";
import { findTemplate, insertTemplate } from "../src/templates";
import { scoreWorkbook } from "../src/usecases/score-workbook";
import { checkWorkbook } from "../src/usecases/check-workbook";
import { getProfile, DEFAULT_PROFILE } from "../src/rules/profiles";

/** Ten times the input may take at most this many times as long to count as linear. */
export const LINEAR_RATIO = 12;

export interface PathologicalCase {
  name: string;
  kind: "rows" | "commas" | "signs";
  small: number;
  large: number;
  unit: string;
}

export const CASES: PathologicalCase[] = [
  { name: "评分：自评表指标行数 / score: indicator rows", kind: "rows", small: 2_000, large: 20_000, unit: "rows" },
  { name: "检查：单元格 1,1,1,… / check: a cell of 1,1,1,…", kind: "commas", small: 3_200, large: 32_000, unit: "chars" },
  { name: "检查：单元格 ≥1≥1… / check: a cell of ≥1≥1…", kind: "signs", small: 3_200, large: 32_000, unit: "chars" },
];

const LEVELS: [string, string, string][] = [
  ["产出指标", "数量指标", "完成次数"],
  ["产出指标", "质量指标", "合格率"],
  ["产出指标", "时效指标", "按时完成率"],
  ["效益指标", "社会效益指标", "服务对象覆盖面"],
  ["满意度指标", "服务对象满意度指标", "群众满意度"],
];

/** A workbook with one project self-evaluation of `rows` indicator rows, every one scorable. */
async function manyRows(rows: number): Promise<MemoryHost> {
  const host = MemoryHost.empty();
  const def = findTemplate("PS")!;
  const indicators = Array.from({ length: rows }, (_, i) => {
    const [level1, level2, level3] = LEVELS[i % LEVELS.length]!;
    const target = i % 2 === 0 ? `≥${(i % 90) + 10}次` : "≥95%";
    const actual = i % 2 === 0 ? `${(i % 90) + 5}次` : "97%";
    return { level1, level2, level3: `${level3}${i + 1}`, target, actual, weight: 1 };
  });
  await insertTemplate(host, def, { data: { project: "压力测试项目", year: 2025, indicators } });
  return host;
}

/** Seed 003 (决算 tables, 决算情况说明, self-evaluations) with `chars` characters of the text in three cells. */
async function longCells(kind: "commas" | "signs", chars: number): Promise<MemoryHost> {
  const unit = kind === "commas" ? "1," : "≥1";
  const text = unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
  const host = await MemoryHost.open(readFileSync(join(__dirname, "..", "test", "fixtures", "seeds", "003.xlsx")));
  const wb = host.workbook;
  const narrative = wb.getWorksheet("决算情况说明")!;
  narrative.getCell(narrative.rowCount + 1, 1).value = `支出决算 ${text} 万元。`;
  const ps = wb.getWorksheet("公车平台经费")!;
  // The first indicator row of the form: the row under the header that names 指标值.
  let header = 0;
  ps.eachRow((row, n) => {
    if (header === 0 && row.values && JSON.stringify(row.values).includes("指标值")) header = n;
  });
  const row = ps.getRow(header + 1);
  row.eachCell((cell, col) => {
    if (col >= 4 && col <= 5) cell.value = text;
  });
  return host;
}

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** One measurement in this process: the work alone (opening the file and scoring or checking it), wall and CPU milliseconds. */
async function measureOne(kind: PathologicalCase["kind"], size: number): Promise<{ ms: number; cpuMs: number; detail: string }> {
  const profile = getProfile(DEFAULT_PROFILE)!;
  if (kind === "rows") {
    const bytes = await (await manyRows(size)).save();
    const t = performance.now();
    const c = cpuMs();
    const host = await MemoryHost.open(bytes);
    const result = await scoreWorkbook(host, profile);
    const ms = performance.now() - t;
    const cells = result.forms.reduce((n, f) => n + f.cells.length, 0);
    return { ms, cpuMs: cpuMs() - c, detail: `${result.forms.length} form(s), ${cells} cells scored` };
  }
  const host = await longCells(kind, size);
  const bytes = await host.save();
  const t = performance.now();
  const c = cpuMs();
  const reopened = await MemoryHost.open(bytes);
  const result = await checkWorkbook(reopened, { profile });
  const ms = performance.now() - t;
  return { ms, cpuMs: cpuMs() - c, detail: `${result.findings.length} finding(s)` };
}

export interface PathologicalResult {
  name: string;
  small: number;
  large: number;
  unit: string;
  smallMs: number | null;
  largeMs: number | null;
  smallCpuMs: number | null;
  largeCpuMs: number | null;
  ratio: number | null;
  verdict: "linear" | "superlinear" | "failed";
  detail: string;
}

function runChild(kind: string, size: number, timeoutMs: number): { ms: number; cpuMs: number; detail: string } | null {
  const r = spawnSync(process.execPath, ["--max-old-space-size=8192", "--import", "tsx", __filename, kind, String(size)], { cwd: join(__dirname, ".."), encoding: "utf8", timeout: timeoutMs });
  const line = r.stdout?.trim().split("\n").pop();
  if (r.status !== 0 || !line) return null;
  return JSON.parse(line) as { ms: number; cpuMs: number; detail: string };
}

export function runPathological(timeoutMs: number): PathologicalResult[] {
  return CASES.map((c) => {
    const small = runChild(c.kind, c.small, timeoutMs);
    const large = runChild(c.kind, c.large, timeoutMs);
    // CPU time: it stays put when other work shares the machine, as wall-clock time does not.
    const ratio = small && large ? large.cpuMs / small.cpuMs : null;
    const verdict = ratio === null ? "failed" : ratio <= LINEAR_RATIO ? "linear" : "superlinear";
    return { name: c.name, small: c.small, large: c.large, unit: c.unit, smallMs: small?.ms ?? null, largeMs: large?.ms ?? null, smallCpuMs: small?.cpuMs ?? null, largeCpuMs: large?.cpuMs ?? null, ratio, verdict, detail: large?.detail ?? small?.detail ?? "" };
  });
}

export function pathologicalTable(results: readonly PathologicalResult[]): string[] {
  const fmt = (ms: number | null) => (ms === null ? "—" : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);
  const lines = [`Pathological inputs (ten times the input; CPU time, wall-clock in brackets; linear when the CPU ratio is ≤ ${LINEAR_RATIO})`];
  for (const r of results) {
    lines.push(`  ${r.name}`);
    lines.push(`    ${r.small} ${r.unit}: ${fmt(r.smallCpuMs)} (${fmt(r.smallMs)})   ${r.large} ${r.unit}: ${fmt(r.largeCpuMs)} (${fmt(r.largeMs)})   ratio ${r.ratio === null ? "—" : r.ratio.toFixed(1)}   ${r.verdict}   (${r.detail})`);
  }
  return lines;
}

if (require.main === module) {
  const [kind, size] = process.argv.slice(2);
  if (kind !== undefined && size !== undefined) {
    void measureOne(kind as PathologicalCase["kind"], Number(size)).then((r) => console.log(JSON.stringify(r)));
  } else {
    for (const line of pathologicalTable(runPathological(600_000))) console.log(line);
  }
}
