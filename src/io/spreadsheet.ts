/**
 * Workbooks that exceljs cannot read — .xls (BIFF 2–8), WPS .et, .ods, and .xlsx files with
 * overlapping merged areas — are read by SheetJS (the maintained 0.20 line, republished as
 * `@e965/xlsx`; the registry's `xlsx` package stopped at 0.18.5) into the same grids every
 * other path gives: values, displayed text, formulas, number formats and merged areas.
 *
 * SheetJS is imported only when such a file is opened, so the task pane's first script does not
 * carry it.
 */
import type * as XLSXTypes from "@e965/xlsx";
import { type CellRange } from "../grid/address";
import { type Cell, Grid, displayText } from "../grid/grid";
import { overlapNotice, resolveOverlappingMerges } from "./merges";

export interface ReadWorkbook {
  grids: Grid[];
  /** Things the clerk should know about how the file was read (one sentence each). */
  notices: string[];
}

/** A failure to read: one sentence for the clerk. */
export class UnreadableFile extends Error {
  override readonly name = "UnreadableFile";
}

type XLSX = typeof XLSXTypes;

let loaded: Promise<XLSX> | undefined;
function sheetjs(): Promise<XLSX> {
  loaded ??= import("@e965/xlsx").then((m) => ((m as unknown as { default?: XLSX }).default?.read ? (m as unknown as { default: XLSX }).default : (m as XLSX)));
  return loaded;
}

function toCell(c: XLSXTypes.CellObject | undefined): Cell | undefined {
  if (!c) return undefined;
  const formula = typeof c.f === "string" && c.f !== "" ? c.f.replace(/^=/, "") : undefined;
  let cell: Cell | undefined;
  switch (c.t) {
    case "n": {
      const v = typeof c.v === "number" && Number.isFinite(c.v) ? c.v : null;
      if (v === null) return undefined;
      cell = { value: v, text: typeof c.w === "string" ? c.w : displayText(v) };
      break;
    }
    case "s":
    case "d": {
      const v = c.v instanceof Date ? (c.w ?? c.v.toISOString()) : String(c.v ?? "");
      cell = { value: v, text: typeof c.w === "string" && c.t === "d" ? c.w : v };
      break;
    }
    case "b":
      cell = { value: Boolean(c.v), text: displayText(Boolean(c.v)) };
      break;
    case "e": {
      const text = typeof c.w === "string" && c.w.startsWith("#") ? c.w : "#VALUE!";
      cell = { value: { error: text }, text };
      break;
    }
    default:
      return undefined; // "z": a stub (formatting only)
  }
  if (formula !== undefined) cell.formula = formula;
  if (typeof c.z === "string" && c.z !== "General") cell.numFmt = c.z;
  if (cell.value === "" && formula === undefined) return undefined;
  return cell;
}

/** Reads every sheet of a workbook file into grids. Throws UnreadableFile with one sentence. */
export async function readSpreadsheet(bytes: Uint8Array, fileName: string): Promise<ReadWorkbook> {
  const X = await sheetjs();
  let wb: XLSXTypes.WorkBook;
  // SheetJS reports odd number formats on the console ("ODS number format may be incorrect");
  // what the clerk needs to know is said in our own words, so those lines are kept off the console.
  const { error, warn } = console;
  try {
    console.error = console.warn = () => undefined;
    wb = X.read(bytes, { type: "array", dense: true, cellFormula: true, cellNF: true, cellText: true, cellDates: false, cellStyles: false });
  } catch (e) {
    const msg = String((e as Error)?.message ?? e);
    if (/password|encrypt/i.test(msg)) throw new UnreadableFile(`“${fileName}”设有打开密码，无法读取；请在 Excel 或 WPS 中取消密码后再试。`);
    throw new UnreadableFile(`“${fileName}”无法作为工作簿读取：文件已损坏，或是设有密码的旧版 .xls，或不是 Excel、WPS、LibreOffice 的表格文件。`);
  } finally {
    console.error = error;
    console.warn = warn;
  }
  const grids: Grid[] = [];
  const notices: string[] = [];
  for (const name of wb.SheetNames) {
    const ws = wb.Sheets[name];
    if (!ws) continue;
    const data = (ws as unknown as { "!data"?: (XLSXTypes.CellObject | undefined)[][] })["!data"] ?? [];
    const rows: (Cell | undefined)[][] = [];
    data.forEach((row, r) => {
      if (!row) return;
      row.forEach((c, col) => {
        const cell = toCell(c);
        if (cell) (rows[r] ??= [])[col] = cell;
      });
    });
    const raw: CellRange[] = (ws["!merges"] ?? [])
      .map((m) => ({ top: m.s.r, left: m.s.c, bottom: m.e.r, right: m.e.c }))
      .filter((m) => m.bottom > m.top || m.right > m.left);
    const { merges, dropped } = resolveOverlappingMerges(raw, (r, c) => (rows[r]?.[c]?.text ?? "").trim() !== "");
    if (dropped.length > 0) notices.push(overlapNotice(name, dropped));
    grids.push(new Grid(name, rows, merges));
  }
  if (grids.length === 0) throw new UnreadableFile(`“${fileName}”中没有工作表。`);
  return { grids, notices };
}
