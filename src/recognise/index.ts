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
import { readMonitoringForm } from "./monitoring";
import { missingParts } from "./read-summary";

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
    case "MT":
      return readMonitoringForm(grid, seg);
    case "DT":
    case "PT":
    case "DS":
    case "PS":
    case undefined:
      return readPerformanceForm(grid, seg);
  }
}

/** Rows spanned by the A1 refs found inside a form, widened from the values it starts with. */
interface RowSpan {
  top: number;
  bottom: number;
}

/** Row of a plain one-cell address ("B7" → 6); NaN for anything else ("$B$7", "A1:B2", "x!B7"). */
function plainA1Row(ref: string): number {
  let i = 0;
  while (i < ref.length && i < 4) {
    const ch = ref.charCodeAt(i);
    if (ch < 65 || ch > 90) break; // A–Z
    i++;
  }
  if (i === 0 || i > 3 || i === ref.length) return NaN;
  for (let j = i; j < ref.length; j++) {
    const ch = ref.charCodeAt(j);
    if (ch < 48 || ch > 57) return NaN;
  }
  return Number(ref.slice(i)) - 1;
}

function widen(span: RowSpan, ref: string): void {
  // Fields carry one cell's plain address: its row without the general parser.
  const row = plainA1Row(ref);
  if (!Number.isNaN(row)) {
    if (row < 0) return;
    if (row > span.bottom) span.bottom = row;
    if (row < span.top) span.top = row;
    return;
  }
  const r = parseRange(ref);
  if (!r) return;
  if (r.bottom > span.bottom) span.bottom = r.bottom;
  if (r.top < span.top) span.top = r.top;
}

/** Every `ref: "A1"` inside a form (own enumerable keys, as Object.entries sees them). */
function spanRefs(value: object, span: RowSpan): void {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      if (v !== null && typeof v === "object") spanRefs(v, span);
    }
    return;
  }
  const o = value as Record<string, unknown>;
  // for…in over plain objects: no key array allocated for each of a form's many small objects.
  for (const k in o) {
    if (!Object.prototype.hasOwnProperty.call(o, k)) continue;
    const v = o[k];
    if (typeof v === "string") {
      if (k === "ref") widen(span, v);
    } else if (v !== null && typeof v === "object") {
      spanRefs(v, span);
    }
  }
}

/** The range a form occupies: from its title row to the last cell any of its fields came from. */
export function formRange(grid: Grid, seg: Segment, form: Form): string {
  const span: RowSpan = { bottom: seg.titleRow >= 0 ? seg.titleRow : seg.bottom, top: seg.titleRow >= 0 ? seg.top : seg.bottom };
  spanRefs(form, span);
  const { top, bottom } = span;
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
    const missing = missingParts(form);
    if (missing.length > 0) form.missing = missing;
    forms.push(form);
  }
  if (forms.length === 0) messages.push(`工作表“${grid.sheet}”中未识别出绩效目标表、自评表或决算表。`);
  return { sheet: grid.sheet, forms, messages };
}

export { segmentGrid } from "./segment";
export { missingParts, missingSentence, readFields, type ReadField } from "./read-summary";
export type { Segment } from "./segment";
