/**
 * Shared by the template tests: the seeds, recognition of a sheet, and the comparison of typed
 * forms by value ("same typed data": cell addresses and displayed texts left out).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gridFromText } from "../../../src/grid/from-text";
import { MemoryHost } from "../../../src/hosts/memory";
import { recogniseGrid } from "../../../src/recognise";
import type { Form } from "../../../src/forms/forms";
import { recogniseWorkbook } from "../../../src/usecases/recognise-workbook";

export const SEEDS = ["000", "001", "002", "003", "004"] as const;
const DIR = join(__dirname, "../../fixtures/seeds");

export function seedText(n: string): string {
  return readFileSync(join(DIR, `${n}.txt`), "utf8");
}

export function textForms(n: string): Form[] {
  return recogniseGrid(gridFromText(seedText(n), { sheet: n })).forms;
}

export async function xlsxForms(n: string): Promise<Form[]> {
  const host = await MemoryHost.open(new Uint8Array(readFileSync(join(DIR, `${n}.xlsx`))));
  return (await recogniseWorkbook(host)).flatMap((s) => s.forms);
}

/** Save and re-open, so a test reads what a clerk's Excel would open. */
export async function reopened(host: MemoryHost): Promise<MemoryHost> {
  return MemoryHost.open(await host.save());
}

export async function formsOnSheet(host: MemoryHost, sheet: string): Promise<Form[]> {
  return recogniseGrid(await host.readSheet(sheet)).forms;
}

const POSITION_KEYS = new Set(["ref", "sheet", "range", "row", "rows", "inherited", "titleCell"]);

/**
 * A form's data by value: every traced field reduced to its value (a 指标值 keeps its parsed
 * reading, whose text is what the clerk wrote), positions (cell addresses, rows, sheet, range)
 * left out. Differences a template legitimately makes are normalised, each for a stated reason:
 * - a money line with no amount holds no data (the template always prints the form's lines);
 * - money lines are a set, compared by key (the layout decides their reading order);
 * - a form that states no 金额单位 is in 万元, which the template prints;
 * - a blank number cell is the same as no cell (the template prints every column of its form,
 *   e.g. the 得分（分值×执行率） column one of seed 003's PDF copies lost — which is also why a
 *   self-evaluation's layout is compared without the recogniser's "hunan-2021"/"generic" guess);
 * - in a self-evaluation, a 年度总体目标 "annual" goal equal to the 预期目标 is that goal read a
 *   second time (seed 003's PDF copy repeats the 年度总体目标 label on the goal's row).
 */
export function byValue(form: Form): unknown {
  const strip = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(strip);
    if (v && typeof v === "object") {
      const o = v as Record<string, unknown>;
      if ("ref" in o && "text" in o && "value" in o) {
        if (o.value === null && o.problem === undefined) return undefined;
        const rest: Record<string, unknown> = { value: strip(o.value) };
        if (o.problem !== undefined) rest.problem = o.problem;
        return Object.keys(rest).length === 1 ? rest.value : rest;
      }
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(o)) {
        const y = POSITION_KEYS.has(k) ? undefined : strip(x);
        if (y !== undefined) out[k] = y;
      }
      return out;
    }
    return v;
  };
  const data = strip(form) as Record<string, unknown>;
  if (Array.isArray(data.money)) {
    data.money = (data.money as { key: string; amounts: Record<string, unknown> }[])
      .map((l) => ({ ...l, amounts: Object.fromEntries(Object.entries(l.amounts).filter(([, a]) => a !== null)) }))
      .filter((l) => Object.keys(l.amounts).length > 0)
      .sort((a, b) => a.key.localeCompare(b.key));
  }
  const header = data.header as Record<string, unknown> | undefined;
  if (header && header.moneyUnit === undefined) header.moneyUnit = "万元";
  if (typeof data.layout === "string" && /-selfeval$/.test(data.layout)) data.layout = "selfeval";
  const goals = data.goals as Record<string, unknown> | undefined;
  if ((data.kind === "DS" || data.kind === "PS") && goals && goals.annual === goals.expected) delete goals.annual;
  if (Array.isArray(data.lines)) {
    for (const l of data.lines as { amounts: Record<string, unknown> }[]) l.amounts = Object.fromEntries(Object.entries(l.amounts).filter(([, a]) => a !== null));
  }
  return data;
}
