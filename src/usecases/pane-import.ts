/**
 * The task pane's 导入: text copied out of Word or PDF → a preview of the forms found → new
 * sheets, laid out on the official templates (`importForms`), or the text's table as it is.
 */
import type { Form } from "../forms/forms";
import { gridFromText } from "../grid/from-text";
import type { CellValue, Grid } from "../grid/grid";
import type { CellWrite, WorkbookHost } from "../hosts/host";
import { parseRange } from "../grid/address";
import { recogniseGrid, segmentGrid, type Segment } from "../recognise";
import { fillFromForm } from "../templates/from-form";
import { templateForForm, templateId } from "../templates/registry";
import { importForms, type ImportReport } from "../templates/import";
import { planInsert, type PlannedSheet } from "./pane-insert";

export interface PastedForm {
  form: Form;
  /** "PT/hebei"; undefined when no template fits (the narrative). */
  template?: string;
}

/** A table in the text that was not read as a form, and why. */
export interface UnreadTable {
  /** Its title, or its first line when it has none. */
  title: string;
  /** 1-based line of the text where it starts. */
  line: number;
  /** Why it was not read, as a sentence. */
  reason: string;
}

export interface PastedText {
  grid: Grid;
  forms: PastedForm[];
  /** The recogniser's sentences when nothing was found. */
  messages: string[];
  /** Titled parts and tables of the text that were not read as forms. */
  unread: UnreadTable[];
}

const NOT_A_FORM = "不是绩效目标表、自评表或决算表的样式（没有找到它们的表头和栏目）";

function firstLine(grid: Grid, row: number): string {
  const cells: string[] = [];
  for (let c = 0; c < grid.rowWidth(row); c++) {
    const text = grid.cell(row, c)?.text.trim();
    if (text) cells.push(text);
  }
  const line = cells.join(" ");
  return line.length > 30 ? `${line.slice(0, 30)}…` : line;
}

/** Parts of the text that look like tables (a titled part, or rows of cells) but gave no form. */
function unreadTables(grid: Grid, forms: readonly Form[], messages: readonly string[]): UnreadTable[] {
  const rows = forms.map((f) => parseRange(f.range)).filter((r) => r !== undefined);
  const covered = (top: number, bottom: number) => rows.some((r) => r.top <= bottom && r.bottom >= top);
  const out: UnreadTable[] = [];
  let segments: Segment[] = [];
  try {
    segments = segmentGrid(grid);
  } catch {
    segments = [];
  }
  const seen: { top: number; bottom: number }[] = [];
  for (const seg of segments) {
    if (seg.kind === undefined && seg.titleRow < 0) continue;
    seen.push(seg);
    if (covered(seg.top, seg.bottom)) continue;
    const failed = messages.find((m) => m.includes(`第 ${seg.top + 1} 行起`));
    const reason = failed ? failed.replace(/^.*无法读取：/, "") : NOT_A_FORM;
    out.push({ title: seg.title.trim() || firstLine(grid, seg.top), line: seg.top + 1, reason });
  }
  for (const block of grid.blocks) {
    if (block.kind !== "table" || block.bottom - block.top < 1) continue;
    if (covered(block.top, block.bottom) || seen.some((s) => s.top <= block.bottom && s.bottom >= block.top)) continue;
    out.push({ title: firstLine(grid, block.top), line: block.top + 1, reason: NOT_A_FORM });
  }
  return out.sort((a, b) => a.line - b.line);
}

/** Reads pasted text; nothing is written. */
export function readPastedText(text: string): PastedText {
  const grid = gridFromText(text, { sheet: "导入" });
  const recognition = recogniseGrid(grid);
  return {
    grid,
    forms: recognition.forms.map((form) => {
      const t = templateForForm(form);
      return t ? { form, template: templateId(t) } : { form };
    }),
    messages: recognition.forms.length === 0 ? recognition.messages : [],
    unread: unreadTables(grid, recognition.forms, recognition.messages),
  };
}

/** The project or unit a form is about: what tells two pasted forms of one kind apart. */
export function pastedName(form: Form): string {
  if (!("header" in form)) return "";
  return (form.header.project?.value ?? form.header.unit?.value ?? "").trim();
}

function chosenForms(pasted: PastedText, chosen?: ReadonlySet<number>): Form[] {
  return pasted.forms.filter((_, i) => chosen === undefined || chosen.has(i)).map((f) => f.form);
}

/** The sheets `insertPastedForms` would add, cell by cell, for the preview before asking. */
export function planPastedForms(pasted: PastedText, year?: number, chosen?: ReadonlySet<number>): PlannedSheet[] {
  const out: PlannedSheet[] = [];
  for (const form of chosenForms(pasted, chosen)) {
    const fill = fillFromForm(form, year !== undefined ? { year } : {});
    if (fill) out.push(planInsert(fill.template, fill.options));
  }
  return out;
}

/** Inserts the chosen forms (all when `chosen` is omitted) as filled template sheets (carried over to `year` when given). */
export async function insertPastedForms(host: WorkbookHost, pasted: PastedText, year?: number, chosen?: ReadonlySet<number>): Promise<ImportReport> {
  return importForms(host, chosenForms(pasted, chosen), year !== undefined ? { year } : {});
}

const NUMBER = /^-?(\d{1,3}(,\d{3})+|0|[1-9]\d*)(\.\d+)?$/;

/** Pasted text is all text: amounts ("1,474.07", "10") become numbers; codes with a leading zero stay text. */
export function pastedValue(v: CellValue | undefined): CellValue {
  if (typeof v !== "string") return v ?? null;
  const s = v.trim();
  return NUMBER.test(s) ? Number(s.replace(/,/g, "")) : v;
}

/** Inserts the text's table as it is, values only (hosts write text as text, never as a formula). */
export async function insertPastedGrid(host: WorkbookHost, grid: Grid, name = "导入的文字"): Promise<string> {
  const sheet = await host.addSheet(name);
  const rows: CellWrite[][] = [];
  for (let r = 0; r < grid.rowCount; r++) {
    const row: CellWrite[] = [];
    for (let c = 0; c < grid.colCount; c++) row.push({ value: pastedValue(grid.cell(r, c)?.value) });
    rows.push(row);
  }
  if (rows.length > 0 && grid.colCount > 0) await host.write(sheet, "A1", rows);
  return sheet;
}
