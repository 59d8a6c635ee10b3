/**
 * What the memory host changed in a workbook opened from a file: which cells, and which of their
 * aspects (value, number format, fill, note). At save time the cells' final state is read from
 * the exceljs model and handed to the package writer (package/patch.ts), which changes only
 * those in the original file. Sheets we add are remembered by name and written whole as new
 * parts. Changes the writer cannot make in place (template layout on a sheet of the file) are
 * remembered as a reason, and the host then rebuilds the file through exceljs and says so.
 */
import type ExcelJS from "exceljs";
import { parseA1, parseRange, toA1 } from "../../grid/address";
import type { LayoutOp } from "../host";
import { noteText } from "./highlights";
import { dateToSerial } from "./number-format";
import { PatchUnsupported, type CellPatch, type PackagePatch, type PatchFill, type PatchScalar, type PatchValue } from "./package/types";

export type Aspect = "value" | "numFmt" | "fill" | "note";

/** exceljs's ValueType (repeated so this file needs only types). */
const T = { Null: 0, Merge: 1, Number: 2, String: 3, Date: 4, Hyperlink: 5, Formula: 6, SharedString: 7, RichText: 8, Boolean: 9, Error: 10 } as const;

export class EditJournal {
  private readonly sheets = new Map<string, Map<string, Set<Aspect>>>();
  /** Why the file cannot be patched in place, when it cannot. */
  unpatchable: string | undefined;
  formulas = false;
  /** Sheets we added, in order: written whole, as new parts (package/new-sheet.ts). */
  readonly added: string[] = [];

  addSheet(name: string): void {
    this.added.push(name);
  }

  touch(sheet: string, ref: string, ...aspects: Aspect[]): void {
    const cells = this.sheets.get(sheet) ?? new Map<string, Set<Aspect>>();
    const set = cells.get(ref) ?? new Set<Aspect>();
    for (const a of aspects) set.add(a);
    cells.set(ref, set);
    this.sheets.set(sheet, cells);
  }

  /** Layout ops: a number format is patched in place; anything else makes the file rebuilt. */
  layout(sheet: string, ops: readonly LayoutOp[]): void {
    // A sheet we added is written whole: whatever its layout, it needs no record.
    if (this.added.includes(sheet)) return;
    for (const op of ops) {
      const keys = op.op === "format" ? Object.keys(op.format).filter((k) => op.format[k as keyof typeof op.format] !== undefined) : [];
      if (op.op !== "format" || keys.some((k) => k !== "numberFormat")) {
        this.unpatchable ??= "插入了表样（合并单元格、列宽、格式等）";
        continue;
      }
      const r = parseRange(op.range);
      if (!r) continue;
      for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) this.touch(sheet, toA1(row, col), "numFmt");
    }
  }

  /** The patch: every touched cell's aspects as they are now in the model. */
  patch(workbook: ExcelJS.Workbook, store: PackagePatch["store"]): PackagePatch {
    const date1904 = Boolean(workbook.properties?.date1904);
    const sheets: PackagePatch["sheets"] = [];
    for (const [name, cells] of this.sheets) {
      if (this.added.includes(name)) continue;
      const ws = workbook.getWorksheet(name);
      if (!ws) throw new PatchUnsupported(`工作表“${name}”已不在`);
      const out: CellPatch[] = [];
      for (const [ref, aspects] of cells) {
        const at = parseA1(ref)!;
        const cell = ws.findCell(at.row + 1, at.col + 1);
        const patch: CellPatch = { row: at.row, col: at.col, ...(cell ? {} : { absent: true }) };
        if (aspects.has("value")) patch.value = cell ? valueOf(cell, date1904) : { kind: "empty" };
        if (aspects.has("numFmt")) patch.numFmt = cell?.numFmt ?? "General";
        if (aspects.has("fill")) patch.fill = (cell?.style?.fill as PatchFill | undefined) ?? null;
        if (aspects.has("note")) patch.note = (cell ? noteText(cell.note) : undefined) ?? null;
        out.push(patch);
      }
      sheets.push({
        name,
        cells: out,
        rowExists: (row) => ws.findRow(row + 1) !== undefined,
        formulaAt: (row, col) => {
          const f = ws.findCell(row + 1, col + 1)?.formula;
          return typeof f === "string" && f !== "" ? f : undefined;
        },
      });
    }
    return { sheets, ...(store !== undefined ? { store } : {}), fullCalcOnLoad: this.formulas };
  }
}

function scalar(v: unknown, date1904: boolean): PatchScalar | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return dateToSerial(v, date1904);
  if (typeof v === "object" && "error" in v) return { error: String((v as { error: unknown }).error) };
  if (typeof v === "object" && "richText" in v) return ((v as { richText: { text: string }[] }).richText ?? []).map((t) => t.text).join("");
  throw new PatchUnsupported("单元格内容类型无法就地写入");
}

function valueOf(cell: ExcelJS.Cell, date1904: boolean): PatchValue {
  const type = cell.type as number;
  if (type === T.Null || type === T.Merge) return { kind: "empty" };
  if (type === T.Formula) {
    const formula = cell.formula;
    if (typeof formula !== "string" || formula === "") throw new PatchUnsupported("公式无法就地写入");
    const result = scalar(cell.result, date1904);
    return result === undefined ? { kind: "formula", formula } : { kind: "formula", formula, result };
  }
  if (type === T.Hyperlink) throw new PatchUnsupported("超链接无法就地写入");
  const v = scalar(cell.value, date1904);
  return v === undefined ? { kind: "empty" } : { kind: "value", value: v };
}
