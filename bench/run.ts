/**
 * `npm run bench`: how fast the engine, the command line, the Office host and the task pane are,
 * printed as a table and written to bench/results.json.
 *
 *   npm run bench                         everything (generated workbooks are kept in node_modules/.cache/jixiao-bench)
 *   npm run bench -- --sizes 10000,100000 fewer sizes
 *   npm run bench -- --only engine,cli    some parts: engine, cli, rules, sheets, host, taskpane, pathological
 *   npm run bench -- --timeout 600        seconds allowed to one measurement (default 240)
 *   npm run bench -- --ignore JS-06       leave rules out of the engine and `jixiao check` (what-if)
 *
 * Each measurement runs in its own Node process with a fresh heap; one that runs past the
 * timeout is stopped and reported as such, with the phases it finished. Speed is measured here,
 * never asserted by a test. Wall-clock times are what a clerk waits; CPU times are shown beside
 * them because they stay put when other work shares the machine.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { GENERATOR_VERSION, generateWorkbook, type GeneratedWorkbook } from "./generate";
import type { PhaseTime } from "./engine";
import { buildTaskPane, initialScripts, measureRender, type TaskPaneResult } from "./taskpane";
import { measureHost, type HostResult } from "./host";
import { pathologicalTable, runPathological } from "./pathological";
import { SHEETS_VERSION, manySheetsWorkbook } from "./sheets";

const ROOT = join(__dirname, "..");
/** Generated workbooks and the task pane build: kept between runs, out of git and the linter's way. */
const CACHE = join(ROOT, "node_modules", ".cache", "jixiao-bench");
const RESULTS = join(__dirname, "results.json");

const TARGETS = {
  engineMsAt1M: 5000,
  growthPer10x: 12,
  /** `jixiao check` end to end over the fast reader's load alone (both in fresh processes). */
  checkOverLoad: 2,
  syncsPerSheet: 2,
  initialGzipBytes: 300 * 1024,
};

// ---------------------------------------------------------------------------------------------
// Options

interface Options {
  sizes: number[];
  only: Set<string>;
  timeoutMs: number;
  ignore: string[];
}

function options(argv: string[]): Options {
  const get = (name: string): string | undefined => {
    const i = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
    if (i < 0) return undefined;
    const a = argv[i]!;
    return a.includes("=") ? a.slice(a.indexOf("=") + 1) : argv[i + 1];
  };
  const sizes = (get("sizes") ?? "10000,100000,1000000").split(",").map(Number).filter((n) => n > 0);
  const only = new Set((get("only") ?? "engine,cli,rules,sheets,host,taskpane,pathological").split(","));
  const ignore = (get("ignore") ?? "").split(",").filter(Boolean);
  return { sizes, only, timeoutMs: Number(get("timeout") ?? 240) * 1000, ignore };
}

// ---------------------------------------------------------------------------------------------
// Child processes

interface ChildResult {
  events: Record<string, unknown>[];
  timedOut: boolean;
  code: number | null;
  stderr: string;
  ms: number;
}

function child(kind: string, file: string, timeoutMs: number, ignore: readonly string[] = []): Promise<ChildResult> {
  const t = Date.now();
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, ["--max-old-space-size=8192", "--import", "tsx", join(__dirname, "measure.ts"), kind, file, ignore.join(",")], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const events: Record<string, unknown>[] = [];
    let buf = "";
    let stderr = "";
    let timedOut = false;
    proc.stdout.on("data", (d: Buffer) => {
      buf += d.toString();
      let nl: number;
      while ((nl = buf.indexOf("\n")) >= 0) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        try {
          events.push(JSON.parse(line) as Record<string, unknown>);
        } catch {
          // not ours (a library's console output)
        }
      }
    });
    proc.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      timedOut = true;
      proc.kill("SIGKILL");
    }, timeoutMs);
    proc.on("close", (code) => {
      clearTimeout(timer);
      resolve({ events, timedOut, code, stderr, ms: Date.now() - t });
    });
  });
}

const done = (r: ChildResult): Record<string, unknown> | undefined => r.events.find((e) => e.event === "done");
const failure = (r: ChildResult, timeoutMs: number): string =>
  r.timedOut
    ? `did not finish in ${timeoutMs / 1000} s`
    : String(r.events.find((e) => e.event === "error")?.message ?? (r.stderr.trim().split("\n").pop() || `exit ${r.code}`));

// ---------------------------------------------------------------------------------------------
// Workbooks

async function workbook(size: number): Promise<GeneratedWorkbook> {
  mkdirSync(CACHE, { recursive: true });
  const file = join(CACHE, `workbook-${size}-v${GENERATOR_VERSION}.xlsx`);
  const meta = `${file}.json`;
  if (existsSync(file) && existsSync(meta)) return { ...(JSON.parse(readFileSync(meta, "utf8")) as GeneratedWorkbook), file };
  process.stdout.write(`  generating ${size.toLocaleString("en")} cells …\n`);
  const g = await generateWorkbook(file, size);
  writeFileSync(meta, JSON.stringify(g));
  return g;
}

// ---------------------------------------------------------------------------------------------
// Formatting

const fmtMs = (ms: number | undefined | null): string => (ms === undefined || ms === null || !Number.isFinite(ms) ? "—" : ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);
const fmtN = (n: number | undefined | null): string => (n === undefined || n === null || !Number.isFinite(n) ? "—" : Math.round(n).toLocaleString("en"));
const fmtX = (x: number | undefined | null): string => (x === undefined || x === null || !Number.isFinite(x) ? "—" : `${x.toFixed(2)}×`);
const fmtKB = (b: number | null | undefined): string => (b === null || b === undefined ? "—" : `${(b / 1024).toFixed(1)} KB`);

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [line(head), widths.map((w) => "─".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

function verdict(ok: boolean | undefined): string {
  return ok === undefined ? "not measured" : ok ? "met" : "NOT met";
}

// ---------------------------------------------------------------------------------------------

interface EngineResult {
  size: number;
  cells: number;
  sheets?: number;
  forms?: number;
  findings?: number;
  loadMs?: number;
  phases: PhaseTime[];
  ms?: number;
  cpuMs?: number;
  cellsPerSecond?: number;
  finished: boolean;
  message?: string;
}

interface CliResult {
  size: number;
  loadMs?: number;
  loadCpuMs?: number;
  checkMs?: number;
  checkCpuMs?: number;
  ratio?: number;
  exitCode?: number;
  message?: string;
}

interface RuleRow {
  id: string;
  ms: Record<number, number>;
  growth?: number;
}

async function main(): Promise<void> {
  const opt = options(process.argv.slice(2));
  const machine = { cpus: cpus().length, cpu: cpus()[0]?.model ?? "", node: process.version, loadAverage: loadavg().map((l) => Number(l.toFixed(2))) };
  process.stdout.write(`jixiao bench — ${machine.cpus} × ${machine.cpu}, Node ${machine.node}, load average ${machine.loadAverage.join(" ")}\n`);
  if (opt.ignore.length > 0) process.stdout.write(`rules left out of the engine and the command line: ${opt.ignore.join(", ")}\n`);
  const results: Record<string, unknown> = { date: new Date().toISOString(), machine, targets: TARGETS, ignoredRules: opt.ignore };

  const books: GeneratedWorkbook[] = [];
  if (opt.only.has("engine") || opt.only.has("cli") || opt.only.has("rules")) {
    for (const size of opt.sizes) books.push(await workbook(size));
    results.workbooks = books.map((b) => ({ ...b, file: b.file.slice(ROOT.length + 1) }));
  }

  // Engine ------------------------------------------------------------------------------------
  const engine: EngineResult[] = [];
  if (opt.only.has("engine")) {
    for (const b of books) {
      process.stdout.write(`  engine, ${fmtN(b.cells)} cells …\n`);
      const r = await child("engine", b.file, opt.timeoutMs, opt.ignore);
      const d = done(r);
      const phases = r.events.filter((e) => e.event === "phase") as unknown as PhaseTime[];
      const loaded = r.events.find((e) => e.event === "loaded");
      const e: EngineResult = { size: b.cells, cells: b.cells, phases, finished: d !== undefined, loadMs: loaded?.ms as number | undefined };
      if (d) {
        Object.assign(e, { cells: d.cells, sheets: d.sheets, forms: d.forms, findings: d.findings, ms: d.ms, cpuMs: d.cpuMs });
        e.cellsPerSecond = (d.cells as number) / ((d.ms as number) / 1000);
      } else {
        e.message = failure(r, opt.timeoutMs);
      }
      engine.push(e);
    }
    results.engine = engine;
  }

  // Command line ------------------------------------------------------------------------------
  const cli: CliResult[] = [];
  if (opt.only.has("cli")) {
    for (const b of books) {
      process.stdout.write(`  command line, ${fmtN(b.cells)} cells …\n`);
      // The load `check` itself does: the fast read-only reader (src/io/xlsx-reader.ts).
      const load = await child("cli-read", b.file, opt.timeoutMs);
      const check = await child("cli-check", b.file, opt.timeoutMs, opt.ignore);
      const l = done(load);
      const c = done(check);
      const row: CliResult = { size: b.cells };
      if (l) Object.assign(row, { loadMs: l.ms, loadCpuMs: l.cpuMs });
      if (c) Object.assign(row, { checkMs: c.ms, checkCpuMs: c.cpuMs, exitCode: c.code });
      if (l && c) row.ratio = (c.ms as number) / (l.ms as number);
      if (!l) row.message = `loading ${failure(load, opt.timeoutMs)}`;
      else if (!c) row.message = `checking ${failure(check, opt.timeoutMs)}`;
      cli.push(row);
    }
    results.cli = cli;
  }

  // Many sheets ---------------------------------------------------------------------------------
  const sheetRows = opt.only.has("sheets") ? await measureSheets(opt) : [];
  if (sheetRows.length > 0) results.sheets = sheetRows;

  // Rules, one by one -------------------------------------------------------------------------
  let rules: RuleRow[] = [];
  const ruleSizes = books.filter((b) => b.cells <= 200_000);
  if (opt.only.has("rules") && ruleSizes.length > 0) {
    const byId = new Map<string, RuleRow>();
    for (const b of ruleSizes) {
      process.stdout.write(`  rules one by one, ${fmtN(b.cells)} cells …\n`);
      const r = await child("rules", b.file, opt.timeoutMs);
      const d = done(r);
      if (!d) continue;
      for (const x of d.rules as { id: string; cpuMs: number }[]) {
        const row = byId.get(x.id) ?? { id: x.id, ms: {} };
        row.ms[b.cells] = x.cpuMs;
        byId.set(x.id, row);
      }
    }
    const [a, z] = [ruleSizes[0]!.cells, ruleSizes[ruleSizes.length - 1]!.cells];
    rules = [...byId.values()];
    for (const r of rules) if (a !== z && r.ms[a] !== undefined && r.ms[z] !== undefined) r.growth = r.ms[z]! / Math.max(r.ms[a]!, 0.05);
    rules.sort((x, y) => (y.ms[z] ?? 0) - (x.ms[z] ?? 0));
    results.rules = rules;
  }

  // Office host -------------------------------------------------------------------------------
  let host: HostResult | undefined;
  if (opt.only.has("host")) {
    process.stdout.write("  Excel host …\n");
    host = await measureHost(ROOT);
    results.host = host;
  }

  // Task pane ---------------------------------------------------------------------------------
  let pane: TaskPaneResult | undefined;
  if (opt.only.has("taskpane")) {
    process.stdout.write("  task pane: webpack production build …\n");
    const out = join(CACHE, "dist");
    const build = await buildTaskPane(ROOT, out);
    const scripts = build.ok ? initialScripts(out) : [];
    pane = {
      build,
      scripts,
      initialGzip: build.ok ? scripts.reduce((s, x) => s + x.gzip, 0) : null,
      initialBytes: build.ok ? scripts.reduce((s, x) => s + x.bytes, 0) : null,
      render: build.ok ? await measureRender(out) : { measured: false, message: `not measured: the build failed (${build.message})` },
    };
    results.taskpane = pane;
  }

  // Report ------------------------------------------------------------------------------------
  const out: string[] = [""];
  if (engine.length > 0) {
    out.push("Engine: read grid → recognise → check → score (workbook already loaded; after a warm-up on the seeds)");
    const rows = engine.map((e, i) => {
      const ph = (name: string) => e.phases.find((p) => p.phase === name);
      const prev = engine[i - 1];
      const growth = prev?.ms !== undefined && e.ms !== undefined ? e.ms / prev.ms : undefined;
      const cellRatio = prev ? e.cells / prev.cells : undefined;
      return [
        fmtN(e.cells),
        fmtN(e.forms),
        fmtMs(ph("read")?.ms),
        fmtMs(ph("recognise")?.ms),
        e.finished ? fmtMs(ph("check")?.ms) : ph("recognise") ? `> ${fmtMs(opt.timeoutMs)}` : "—",
        fmtMs(ph("score")?.ms),
        e.finished ? fmtMs(e.ms) : "unfinished",
        fmtMs(e.cpuMs),
        fmtN(e.cellsPerSecond),
        growth !== undefined && cellRatio !== undefined ? `${fmtX(growth)} for ${fmtX(cellRatio)} cells` : "",
      ];
    });
    out.push(table(["cells", "forms", "read", "recognise", "check", "score", "total", "total CPU", "cells/s", "growth"], rows));
    for (const e of engine) if (e.message) out.push(`  ${fmtN(e.cells)} cells: ${e.message}${e.phases.length > 0 ? ` (finished: ${e.phases.map((p) => `${p.phase} ${fmtMs(p.ms)}`).join(", ")})` : ""}`);
    out.push("");
  }
  if (cli.length > 0) {
    out.push("Command line: opening the .xlsx alone (fast reader) vs `jixiao check` (each in a fresh process)");
    out.push(
      table(
        ["cells", "load", "load CPU", "load + check", "load + check CPU", "ratio", "exit"],
        cli.map((c) => [fmtN(c.size), fmtMs(c.loadMs), fmtMs(c.loadCpuMs), c.checkMs !== undefined ? fmtMs(c.checkMs) : `> ${fmtMs(opt.timeoutMs)}`, fmtMs(c.checkCpuMs), fmtX(c.ratio), c.exitCode === undefined ? "—" : String(c.exitCode)]),
      ),
    );
    for (const c of cli) if (c.message) out.push(`  ${fmtN(c.size)} cells: ${c.message}`);
    out.push("");
  }
  if (sheetRows.length > 0) {
    out.push("Many sheets: one form per sheet (seed 004's first sheet), `jixiao check` and the exceljs path (open + check), fresh processes");
    out.push(table(["sheets", "check", "check CPU", "growth", "exceljs path", "exceljs CPU", "growth"], sheetRows.map((r, i) => {
      const prev = sheetRows[i - 1];
      const g = (a?: number, b?: number) => (a !== undefined && b !== undefined ? fmtX(a / b) : "");
      return [fmtN(r.sheets), fmtMs(r.checkMs), fmtMs(r.checkCpuMs), g(r.checkCpuMs, prev?.checkCpuMs), fmtMs(r.memoryMs), fmtMs(r.memoryCpuMs), g(r.memoryCpuMs, prev?.memoryCpuMs)];
    })));
    for (const r of sheetRows) if (r.message) out.push(`  ${fmtN(r.sheets)} sheets: ${r.message}`);
    out.push("");
  }
  if (rules.length > 0) {
    const sizes = ruleSizes.map((b) => b.cells);
    out.push(`Rules one by one (CPU time; the ten slowest at ${fmtN(sizes[sizes.length - 1])} cells; growth above ${TARGETS.growthPer10x}× for 10× cells is worse than linear)`);
    out.push(
      table(
        ["rule", ...sizes.map((s) => `${fmtN(s)} cells`), "growth"],
        rules.slice(0, 10).map((r) => {
          // Below 100 ms the growth of a rule is mostly noise (timer, compiler, collector).
          const flagged = r.growth !== undefined && r.growth > TARGETS.growthPer10x && (r.ms[sizes[sizes.length - 1]!] ?? 0) >= 100;
          return [r.id, ...sizes.map((s) => fmtMs(r.ms[s])), r.growth === undefined ? "" : `${fmtX(r.growth)}${flagged ? "  worse than linear" : ""}`];
        }),
      ),
    );
    out.push("");
  }
  if (host) {
    out.push("Office host: round trips (syncs) per sheet, fake Excel of test/fakes/office, sheets filled with the seed forms");
    if (!host.measured) out.push(`  ${host.message}`);
    else
      out.push(
        table(
          ["sheets", "forms", "findings", "check", "per sheet", "mark findings", "check + mark per sheet"],
          host.rows.map((r) => [String(r.sheets), String(r.forms), String(r.findings), String(r.syncs), (r.syncs / r.sheets).toFixed(2), String(r.markSyncs), ((r.syncs + r.markSyncs) / r.sheets).toFixed(2)]),
        ),
      );
    out.push("");
  }
  if (pane) {
    out.push("Task pane: initial JavaScript of taskpane.html (gzip) and first render in headless Chromium");
    if (!pane.build.ok) out.push(`  build failed: ${pane.build.message}`);
    else out.push(table(["script", "bytes", "gzip"], [...pane.scripts.map((s) => [s.file, fmtKB(s.bytes), fmtKB(s.gzip)]), ["initial total", fmtKB(pane.initialBytes), fmtKB(pane.initialGzip)]]));
    const r = pane.render;
    out.push(
      r.measured
        ? `  first render ${fmtMs(r.medianFirstRenderMs)} (median of ${r.firstRenderMs?.length} loads: ${r.firstRenderMs?.map((x) => Math.round(x)).join(", ")} ms); first contentful paint ${fmtMs(r.firstContentfulPaintMs)}; Excel notice shown at ${fmtMs(r.readyMs)} (first load)`
        : `  first render: ${r.message}`,
    );
    out.push("");
  }

  if (opt.only.has("pathological")) {
    const pathological = runPathological(opt.timeoutMs);
    results.pathological = pathological;
    out.push(...pathologicalTable(pathological), "");
  }

  // Targets
  const big = engine.find((e) => e.cells >= 900_000);
  const growths = engine.slice(1).map((e, i) => (e.ms !== undefined && engine[i]!.ms !== undefined ? ((e.ms / engine[i]!.ms!) * 10) / (e.cells / engine[i]!.cells) : undefined));
  const ratios = cli.map((c) => c.ratio);
  const targets: [string, string, string, boolean | undefined][] = [
    ["engine, 1M cells", `≤ ${fmtMs(TARGETS.engineMsAt1M)}`, big ? (big.finished ? fmtMs(big.ms) : "unfinished") : "—", big ? big.finished && big.ms! <= TARGETS.engineMsAt1M : undefined],
    [
      "engine growth per 10× cells",
      `≤ ${TARGETS.growthPer10x}×`,
      growths.map((g) => fmtX(g)).join(", ") || "—",
      growths.length === 0 ? undefined : growths.some((g) => g === undefined) ? false : growths.every((g) => g! <= TARGETS.growthPer10x),
    ],
    [
      "checking over loading (CLI)",
      `≤ ${fmtX(TARGETS.checkOverLoad)}`,
      ratios.map((x) => fmtX(x)).join(", ") || "—",
      ratios.length === 0 ? undefined : ratios.every((x) => x !== undefined && x <= TARGETS.checkOverLoad),
    ],
    [
      "syncs per sheet checked (Excel)",
      `≤ ${TARGETS.syncsPerSheet}`,
      host?.measured ? host.rows.map((r) => (r.syncs / r.sheets).toFixed(2)).join(", ") : "—",
      host?.measured ? host.rows.every((r) => r.syncs / r.sheets <= TARGETS.syncsPerSheet) : undefined,
    ],
    [
      "… checked and marked",
      `≤ ${TARGETS.syncsPerSheet}`,
      host?.measured ? host.rows.map((r) => ((r.syncs + r.markSyncs) / r.sheets).toFixed(2)).join(", ") : "—",
      host?.measured ? host.rows.every((r) => (r.syncs + r.markSyncs) / r.sheets <= TARGETS.syncsPerSheet) : undefined,
    ],
    ...sheetTargets(sheetRows),
    ["task pane initial JS (gzip)", `≤ ${fmtKB(TARGETS.initialGzipBytes)}`, fmtKB(pane?.initialGzip), pane?.initialGzip == null ? undefined : pane.initialGzip <= TARGETS.initialGzipBytes],
  ];
  out.push("Targets");
  out.push(table(["target", "goal", "measured", "verdict"], targets.map(([a, b, c, d]) => [a, b, c, verdict(d)])));
  results.verdicts = Object.fromEntries(targets.map(([a, b, c, d]) => [a, { goal: b, measured: c, met: d ?? null }]));
  process.stdout.write(`${out.join("\n")}\n`);
  // A what-if run (rules left out) does not replace the record of the real one.
  const resultsFile = opt.ignore.length > 0 ? join(CACHE, "results-ignoring-rules.json") : RESULTS;
  writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(`\nwritten to ${resultsFile.slice(ROOT.length + 1)}\n`);
}

// ---------------------------------------------------------------------------------------------
// Many sheets

interface SheetsRow {
  sheets: number;
  checkMs?: number;
  checkCpuMs?: number;
  memoryMs?: number;
  memoryCpuMs?: number;
  message?: string;
}

const SHEET_COUNTS = [1_000, 10_000];

async function measureSheets(opt: Options): Promise<SheetsRow[]> {
  const rows: SheetsRow[] = [];
  for (const sheets of SHEET_COUNTS) {
    mkdirSync(CACHE, { recursive: true });
    const file = join(CACHE, `sheets-${sheets}-v${SHEETS_VERSION}.xlsx`);
    if (!existsSync(file)) manySheetsWorkbook(file, sheets);
    process.stdout.write(`  ${fmtN(sheets)} sheets …\n`);
    const check = await child("cli-check", file, opt.timeoutMs);
    const memory = await child("memory-check", file, opt.timeoutMs);
    const c = done(check);
    const m = done(memory);
    const row: SheetsRow = { sheets };
    if (c) Object.assign(row, { checkMs: c.ms, checkCpuMs: c.cpuMs });
    if (m) Object.assign(row, { memoryMs: m.ms, memoryCpuMs: m.cpuMs });
    const failed = [!c ? `check ${failure(check, opt.timeoutMs)}` : "", !m ? `exceljs path ${failure(memory, opt.timeoutMs)}` : ""].filter(Boolean);
    if (failed.length > 0) row.message = failed.join("; ");
    rows.push(row);
  }
  return rows;
}

/** Growth per 10× sheets (CPU time), for `check` and for the exceljs path. */
function sheetTargets(rows: readonly SheetsRow[]): [string, string, string, boolean | undefined][] {
  const [a, b] = rows;
  const growth = (x?: number, y?: number) => (x !== undefined && y !== undefined && a && b ? (y / x) * (10 / (b.sheets / a.sheets)) : undefined);
  const check = growth(a?.checkCpuMs, b?.checkCpuMs);
  const memory = growth(a?.memoryCpuMs, b?.memoryCpuMs);
  const goal = `≤ ${TARGETS.growthPer10x}×`;
  return [
    ["`jixiao check` growth per 10× sheets", goal, fmtX(check), check === undefined ? undefined : check <= TARGETS.growthPer10x],
    ["exceljs path growth per 10× sheets", goal, fmtX(memory), memory === undefined ? undefined : memory <= TARGETS.growthPer10x],
  ];
}

main().catch((e: unknown) => {
  process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
  process.exitCode = 1;
});
