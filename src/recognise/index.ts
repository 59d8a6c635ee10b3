/**
 * Recognition: grid → typed forms. Segment the grid at form titles, hand each segment to the
 * reader for its kind, and keep what the reader could read. A sheet with no recognisable form
 * says so in a message; nothing here throws at the user.
 */
import type { Grid } from "../grid/grid";
import { parseRange, rangeToA1 } from "../grid/address";
import type { Form } from "../forms/forms";
import { segmentGrid, type Segment } from "./segment";
import { readPerformanceForm } from "./performance";
import { readSpecialFundsSummary } from "./special-summary";
import { readFinalAccountsTable } from "./final-accounts";
import { readNarrative } from "./narrative";

export interface SheetRecognition {
  sheet: string;
  forms: Form[];
  /** Sentences for the clerk: "本表未识别出绩效表格。", or what could not be read. */
  messages: string[];
}

export type SegmentReader = (grid: Grid, segment: Segment) => Form | undefined;

function readSegment(grid: Grid, seg: Segment): Form | undefined {
  switch (seg.kind) {
    case "ST":
      return readSpecialFundsSummary(grid, seg);
    case "JS":
      return readFinalAccountsTable(grid, seg);
    case "JN":
      return readNarrative(grid, seg);
    case "DT":
    case "PT":
    case "DS":
    case "PS":
    case undefined:
      return readPerformanceForm(grid, seg);
  }
}

/** Collect every A1 ref inside a form, to know which rows and columns it really occupies. */
function collectRefs(value: unknown, out: string[]): void {
  if (Array.isArray(value)) {
    for (const v of value) collectRefs(v, out);
  } else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      if (k === "ref" && typeof v === "string") out.push(v);
      else collectRefs(v, out);
    }
  }
}

/** The range a form occupies: from its title row to the last cell any of its fields came from. */
export function formRange(grid: Grid, seg: Segment, form: Form): string {
  const refs: string[] = [];
  collectRefs(form, refs);
  let bottom = seg.titleRow >= 0 ? seg.titleRow : seg.bottom;
  let top = seg.titleRow >= 0 ? seg.top : seg.bottom;
  for (const ref of refs) {
    const r = parseRange(ref);
    if (!r) continue;
    if (r.bottom > bottom) bottom = r.bottom;
    if (r.top < top) top = r.top;
  }
  let right = 0;
  for (let row = top; row <= bottom; row++) right = Math.max(right, grid.rowWidth(row) - 1);
  return rangeToA1({ top, left: 0, bottom, right: Math.max(0, right) });
}

export function recogniseGrid(grid: Grid): SheetRecognition {
  const forms: Form[] = [];
  const messages: string[] = [];
  let segments: Segment[];
  try {
    segments = segmentGrid(grid);
  } catch (e) {
    return { sheet: grid.sheet, forms, messages: [`读取工作表“${grid.sheet}”时出错：${(e as Error).message}`] };
  }
  for (const seg of segments) {
    let form: Form | undefined;
    try {
      form = readSegment(grid, seg);
    } catch (e) {
      messages.push(`工作表“${grid.sheet}”第 ${seg.top + 1} 行起的“${seg.title || "表格"}”无法读取：${(e as Error).message}`);
      continue;
    }
    if (!form) continue;
    form.range = formRange(grid, seg, form);
    forms.push(form);
  }
  if (forms.length === 0) messages.push(`工作表“${grid.sheet}”中未识别出绩效目标表、自评表或决算表。`);
  return { sheet: grid.sheet, forms, messages };
}

export { segmentGrid } from "./segment";
export type { Segment } from "./segment";
