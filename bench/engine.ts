/**
 * The engine as the benchmarks run it: a loaded workbook's sheets read into grids, recognised,
 * checked with the whole rule catalogue, and every self-evaluation scored. Each phase is timed
 * on its own so a profile can say where the time goes.
 */
import { performance } from "node:perf_hooks";
import type ExcelJS from "exceljs";
import { worksheetToGrid, STORE_SHEET } from "../src/hosts/memory";
import type { Grid } from "../src/grid/grid";
import { recogniseGrid } from "../src/recognise";
import type { Form } from "../src/forms/forms";
import { checkForms } from "../src/rules/engine";
import { DEFAULT_PROFILE, getProfile } from "../src/rules/profiles";
import { scoreSelfEvaluation } from "../src/scoring";

export type Phase = "read" | "recognise" | "check" | "score";

export interface PhaseTime {
  phase: Phase;
  /** Wall-clock and CPU milliseconds (CPU time is what contention on a shared machine leaves alone). */
  ms: number;
  cpuMs: number;
}

export interface EngineRun {
  cells: number;
  sheets: number;
  forms: number;
  findings: number;
  scored: number;
  phases: PhaseTime[];
  ms: number;
  cpuMs: number;
  messages: string[];
}

export function countCells(grid: Grid): number {
  let n = 0;
  for (let r = 0; r < grid.rowCount; r++) for (const _ of grid.cellsOfRow(r)) n++;
  return n;
}

export function cpuNow(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Runs the engine over every visible sheet; `onPhase` hears of each phase as it ends; `ignore` leaves rules out. */
export function runEngine(wb: ExcelJS.Workbook, onPhase: (p: PhaseTime) => void = () => {}, ignore: readonly string[] = []): EngineRun {
  const profile = getProfile(DEFAULT_PROFILE)!;
  const phases: PhaseTime[] = [];
  let wall = performance.now();
  let cpu = cpuNow();
  const end = (phase: Phase): void => {
    const p: PhaseTime = { phase, ms: performance.now() - wall, cpuMs: cpuNow() - cpu };
    phases.push(p);
    onPhase(p);
    wall = performance.now();
    cpu = cpuNow();
  };

  const grids: Grid[] = [];
  for (const ws of wb.worksheets) {
    if (ws.state !== "visible" || ws.name === STORE_SHEET) continue;
    grids.push(worksheetToGrid(ws));
  }
  end("read");
  const forms: Form[] = [];
  const messages: string[] = [];
  for (const g of grids) {
    const rec = recogniseGrid(g);
    forms.push(...rec.forms);
    messages.push(...rec.messages);
  }
  end("recognise");
  const findings = checkForms(forms, { profile, ignore });
  end("check");
  let scored = 0;
  for (const f of forms) {
    if (f.kind !== "DS" && f.kind !== "PS") continue;
    scoreSelfEvaluation(f, profile);
    scored++;
  }
  end("score");
  let cells = 0;
  for (const g of grids) cells += countCells(g);
  return {
    cells,
    sheets: grids.length,
    forms: forms.length,
    findings: findings.length,
    scored,
    phases,
    ms: phases.reduce((s, p) => s + p.ms, 0),
    cpuMs: phases.reduce((s, p) => s + p.cpuMs, 0),
    messages,
  };
}
