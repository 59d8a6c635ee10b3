/**
 * The fast read path for .xlsx: the package's XML read straight into grids, for the commands and
 * views that only read (check, parse, the preview). It gives exactly what the exceljs path
 * (hosts/memory/xlsx-to-grid.ts) gives — values, displayed text, formulas, merged areas, sheet
 * names, order and visibility, the active tab and the add-in's stored settings — and every cell
 * goes through the same readCell, so text and dates follow the same rules by construction.
 *
 * Where exceljs reads something in a way not repeated here (shared formulas it spells out per
 * cell, hyperlinks, namespace prefixes, CDATA, sheets it would refuse or rename, anything the
 * package preparation would rewrite), `readXlsx` returns undefined and the caller opens the file
 * with exceljs as before: the fast path never reads differently, it only declines.
 *
 * No exceljs at run time (types only) and no Node APIs: fflate inflates, the same in a browser.
 */
import type ExcelJS from "exceljs";
import { type CellRange, columnIndex, parseRange } from "../grid/address";
import { type Cell, Grid } from "../grid/grid";
import { readPackage, type PackageParts } from "../hosts/memory/package/zip";
import { READ_LIMITS } from "../hosts/memory/package/prepare";
import { readCell } from "../hosts/memory/xlsx-to-grid";
import { STORE_SHEET } from "../hosts/store-format";

export interface ReadSheet {
  name: string;
  /** "visible", "hidden" or "veryHidden", as the file says. */
  state: string;
  grid: Grid;
  /** The first sheet view's active cell, when the file names one. */
  activeCell?: string;
}

export interface ReadWorkbook {
  /** Every sheet in tab order, the add-in's store sheet included. */
  sheets: ReadSheet[];
  /** The first workbook view's active tab (an index into `sheets`). */
  activeTab?: number;
  date1904: boolean;
}

/** Something the fast path does not read the way exceljs does: the caller falls back. */
class Declined extends Error {}

const decline = (why: string): never => {
  throw new Declined(why);
};

/** exceljs's ValueType numbers (see xlsx-to-grid.ts). */
const T = { Number: 2, String: 3, Date: 4, Formula: 6, RichText: 8, Boolean: 9, Error: 10 } as const;

/** exceljs's built-in number formats (xlsx/defaultnumformats.js, the entries with one code). */
const BUILTIN_FORMATS: Record<number, string> = {
  0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 11: "0.00E+00", 12: "# ?/?", 13: "# ??/??",
  14: "mm-dd-yy", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 18: "h:mm AM/PM", 19: "h:mm:ss AM/PM", 20: "h:mm", 21: "h:mm:ss",
  22: 'm/d/yy "h":mm', 37: "#,##0 ;(#,##0)", 38: "#,##0 ;[Red](#,##0)", 39: "#,##0.00 ;(#,##0.00)", 40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss", 46: "[h]:mm:ss", 47: "mmss.0", 48: "##0.0E+0", 49: "@",
};

// ---------------------------------------------------------------------------------------------
// XML text

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Character data as an XML parser hands it over: line ends normalised, references resolved. */
function text(raw: string): string {
  let s = raw.includes("\r") ? raw.replace(/\r\n?/g, "\n") : raw;
  if (s.includes("&")) {
    s = s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);|&/g, (whole: string, ref: string | undefined) => {
      if (ref === undefined) return decline("a bare ampersand");
      if (ref[0] === "#") {
        const code = ref[1] === "x" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
        return code > 0x10ffff ? decline("a character reference out of range") : String.fromCodePoint(code);
      }
      return ENTITIES[ref] ?? decline(`the entity ${whole}`);
    });
  }
  return s;
}

/** An attribute value: as `text`, white space characters first turned into spaces. */
function attrText(raw: string): string {
  return text(/[\t\n\r]/.test(raw) ? raw.replace(/\r\n?/g, "\n").replace(/[\t\n]/g, " ") : raw);
}

/** exceljs's utils.xmlDecode: decodes the five entities once more (it does so for t="str" values). */
function xmlDecodeAgain(s: string): string {
  return s.replace(/&([a-z]*);/g, (c: string, name: string) => (name in ENTITIES && name !== "" ? ENTITIES[name]! : c));
}

/** exceljs's TextXform: _xHHHH_ escapes (upper-case hex) in shared strings and rich-text runs. */
function unescapeX(s: string): string {
  return s.includes("_x") ? s.replace(/_x([0-9A-F]{4})_/g, (_m: string, hex: string) => String.fromCharCode(parseInt(hex, 16))) : s;
}

const ATTR = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The attributes of one start tag's inside (`name a="1" b="2"` or just the attributes). */
function attrs(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  ATTR.lastIndex = 0;
  for (let m = ATTR.exec(tag); m; m = ATTR.exec(tag)) out.set(m[1]!, attrText(m[2] ?? m[3] ?? ""));
  return out;
}

/** The character content of every `<t>` element in `xml` joined (TextXform; empty `<t/>` counts as ""). */
function tText(xml: string): string | undefined {
  let out: string | undefined;
  for (const m of xml.matchAll(/<t(?:\s[^>]*)?(?:\/>|>([^<]*)<\/t>)/g)) out = text(m[1] ?? ""); // the last <t> wins, as in exceljs
  return out;
}

function partText(parts: PackageParts, name: string): string | undefined {
  const data = parts.get(name);
  return data === undefined ? undefined : new TextDecoder("utf-8").decode(data);
}

// ---------------------------------------------------------------------------------------------
// Shared strings and styles

type StringValue = string | { richText: { text?: string }[] };

function sharedStrings(xml: string | undefined): StringValue[] {
  if (xml === undefined) return [];
  const out: StringValue[] = [];
  for (const m of xml.matchAll(/<si(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/si>)/g)) {
    // Phonetic runs are read and dropped by exceljs.
    const body = (m[1] ?? "").replace(/<rPh(?:\s[^>]*)?(?:\/>|>[\s\S]*?<\/rPh>)/g, "");
    if (/<r[\s>]/.test(body)) {
      if (/<t[\s>/]/.test(body.replace(/<r(?:\s[^>]*)?>[\s\S]*?<\/r>/g, ""))) decline("a shared string mixing plain and rich text");
      const runs: { text?: string }[] = [];
      for (const r of body.matchAll(/<r(?:\s[^>]*)?>([\s\S]*?)<\/r>/g)) {
        const t = tText(r[1]!);
        runs.push(t === undefined ? {} : { text: unescapeX(t) });
      }
      out.push({ richText: runs });
    } else {
      const t = tText(body);
      if (t === undefined) decline("an empty shared string");
      out.push(unescapeX(t!));
    }
  }
  return out;
}

/** Style index (cellXfs) → number format code, as exceljs's getStyleModel gives it. */
function numberFormats(xml: string | undefined): (string | undefined)[] {
  if (xml === undefined) return decline("no styles part");
  const custom = new Map<number, string>();
  for (const m of xml.matchAll(/<numFmt\s([^>]*)>/g)) {
    const a = attrs(m[1]!);
    custom.set(parseInt(a.get("numFmtId") ?? "", 10), a.get("formatCode") ?? "");
  }
  const xfs = /<cellXfs(?:\s[^>]*)?>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? "";
  const out: (string | undefined)[] = [];
  for (const m of xfs.matchAll(/<xf(\s[^>]*?)?\/?>/g)) {
    const id = parseInt(attrs(m[1] ?? "").get("numFmtId") ?? "", 10);
    out.push(id ? custom.get(id) || BUILTIN_FORMATS[id] || undefined : undefined);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// A worksheet

/** exceljs's utils.isDateFmt. */
function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  return /[ymdhMsb]+/.test(fmt.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

/** exceljs's utils.excelToDate, applied to whatever the cell holds (as exceljs does). */
function excelToDate(v: unknown, date1904: boolean): Date {
  return new Date(Math.round(((v as number) - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

interface Context {
  strings: StringValue[];
  formats: (string | undefined)[];
  date1904: boolean;
}

/** One cell as exceljs presents it to readCell (the fields readCell reads). */
interface CellLike {
  type: number;
  numFmt: string | undefined;
  formula: string | undefined;
  result: unknown;
  value: unknown;
  text: string;
}

const ADDRESS = /^([A-Z]{1,3})([1-9][0-9]{0,6})$/;

function mergedAreas(xml: string): CellRange[] {
  const merges: CellRange[] = [];
  const at = xml.indexOf("<mergeCells");
  if (at < 0) return merges;
  for (const m of xml.slice(at).matchAll(/<mergeCell\s([^>]*)>/g)) {
    const ref = attrs(m[1]!).get("ref") ?? "";
    const r = /^[A-Z]+[0-9]+:[A-Z]+[0-9]+$/.test(ref) ? parseRange(ref) : undefined;
    if (!r || (r.bottom === r.top && r.right === r.left)) return decline(`the merged area “${ref}”`);
    if ((r.bottom - r.top + 1) * (r.right - r.left + 1) > READ_LIMITS.clipMergesAbove) decline("a merged area the package preparation would clip");
    merges.push(r);
  }
  if (merges.length > READ_LIMITS.maxMerges) decline("more merged areas than are read");
  // Overlapping areas: exceljs refuses the file; the caller's fallback reads it another way.
  const byTop = [...merges].sort((a, b) => a.top - b.top);
  const open: CellRange[] = [];
  for (const m of byTop) {
    for (let i = open.length - 1; i >= 0; i--) if (open[i]!.bottom < m.top) open.splice(i, 1);
    if (open.some((o) => o.left <= m.right && m.left <= o.right)) decline("overlapping merged areas");
    open.push(m);
  }
  return merges;
}

/** Covered cells (inside a merged area, not its top-left) by row: the merged areas starting or running there. */
function coverIndex(merges: readonly CellRange[]): ((row: number, col: number) => boolean) | undefined {
  if (merges.length === 0) return undefined;
  const byRow = new Map<number, CellRange[]>();
  for (const m of merges) for (let r = m.top; r <= m.bottom; r++) (byRow.get(r) ?? byRow.set(r, []).get(r)!).push(m);
  return (row, col) => {
    const list = byRow.get(row);
    if (!list) return false;
    for (const m of list) if (col >= m.left && col <= m.right && (row !== m.top || col !== m.left)) return true;
    return false;
  };
}

function readWorksheet(name: string, xml: string, ctx: Context): { grid: Grid; activeCell?: string } {
  if (!/<worksheet[\s>]/.test(xml)) decline("a prefixed or strict worksheet");
  if (xml.includes("<![CDATA[")) decline("CDATA");
  if (/<hyperlink[\s>]/.test(xml)) decline("hyperlinks");
  const merges = mergedAreas(xml);
  const covered = coverIndex(merges);
  const rows: (Cell | undefined)[][] = [];
  const start = xml.indexOf("<sheetData");
  const end = xml.indexOf("</sheetData>");
  const data = start >= 0 && end > start ? xml.slice(start, end) : "";
  const cell: CellLike = { type: 0, numFmt: undefined, formula: undefined, result: undefined, value: undefined, text: "" };
  const CELL = /<c(\s[^>]*?)?(?:\/>|>([\s\S]*?)<\/c>)/g;
  for (let m = CELL.exec(data); m; m = CELL.exec(data)) {
    const a = attrs(m[1] ?? "");
    const at = ADDRESS.exec(a.get("r") ?? "");
    if (!at) return decline("a cell without its address");
    const body = m[2];
    if (body === undefined || body === "") continue; // no value: exceljs's Null or Merge, left out
    let formula: string | undefined;
    let shareType: string | undefined;
    let ref: string | undefined;
    let value: unknown;
    if (body.startsWith("<v>") && body.indexOf("<", 3) === body.length - 4) {
      value = text(body.slice(3, -4));
    } else {
      const f = /<f(\s[^>]*?)?(?:\/>|>([^<]*)<\/f>)/.exec(body);
      if (f) {
        const fa = attrs(f[1] ?? "");
        formula = f[2] === undefined ? undefined : text(f[2]);
        shareType = fa.get("t");
        ref = fa.get("ref");
      }
      const v = /<v(?:\s[^>]*)?(?:\/>|>([^<]*)<\/v>)/.exec(body);
      if (v && v[1] !== undefined) value = text(v[1]);
      const is = /<is(?:\s[^>]*)?>([\s\S]*?)<\/is>/.exec(body);
      if (is) {
        const inner = is[1]!;
        if (/<rPh[\s>]/.test(inner)) decline("phonetic runs in an inline string");
        if (/<r[\s>]/.test(inner)) {
          if (value !== undefined || /<t[\s>/]/.test(inner.replace(/<r(?:\s[^>]*)?>[\s\S]*?<\/r>/g, ""))) decline("an inline string mixing plain and rich text");
          value = { richText: [...inner.matchAll(/<r(?:\s[^>]*)?>([\s\S]*?)<\/r>/g)].map((r) => { const t = tText(r[1]!); return t === undefined ? {} : { text: unescapeX(t) }; }) };
        } else {
          for (const t of inner.matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/g)) value = (value === undefined || value === "" ? "" : (value as string)) + text(t[1]!);
        }
      }
    }
    // No characters at all is no value to exceljs (its parser reports no text).
    if (value === "") value = undefined;
    const row = Number(at[2]) - 1;
    const col = columnIndex(at[1]!);
    if (covered?.(row, col)) continue;
    const t = a.get("t");
    const styleId = a.has("s") ? parseInt(a.get("s")!, 10) : undefined;
    const numFmt = styleId ? ctx.formats[styleId] : undefined;
    if (styleId && ctx.formats.length <= styleId) decline("a style index beyond the styles part");
    cell.numFmt = numFmt;
    cell.formula = undefined;
    cell.result = undefined;
    cell.value = undefined;
    if (formula || shareType) {
      if (shareType === "shared" && ref === undefined) decline("a shared formula spelled out by exceljs");
      cell.type = T.Formula;
      cell.formula = formula;
      if (value) {
        const s = value as string;
        cell.result = t === "str" ? xmlDecodeAgain(s) : t === "b" ? parseInt(s, 10) !== 0 : t === "e" ? { error: s } : parseFloat(s);
      }
      if (cell.result !== undefined && isDateFormat(numFmt)) cell.result = excelToDate(cell.result, ctx.date1904);
    } else if (value !== undefined) {
      const s = value as string;
      switch (t) {
        case "s": {
          const shared = ctx.strings[parseInt(s, 10)];
          if (shared === undefined) decline("a shared string index beyond the table");
          cell.value = shared;
          cell.type = typeof shared === "string" ? T.String : T.RichText;
          break;
        }
        case "str":
          cell.type = T.String;
          cell.value = xmlDecodeAgain(s);
          break;
        case "inlineStr":
          cell.value = value;
          cell.type = typeof value === "string" ? T.String : T.RichText;
          break;
        case "b":
          cell.type = T.Boolean;
          cell.value = parseInt(s, 10) !== 0;
          break;
        case "e":
          cell.type = T.Error;
          cell.value = { error: s };
          break;
        default:
          if (typeof value !== "string") decline("rich text in a number cell");
          cell.type = T.Number;
          cell.value = parseFloat(s);
          if (isDateFormat(numFmt)) {
            cell.type = T.Date;
            cell.value = excelToDate(cell.value, ctx.date1904);
          }
      }
    } else {
      continue;
    }
    const read = readCell(cell as unknown as ExcelJS.Cell, ctx.date1904);
    if (read !== undefined) (rows[row] ??= [])[col] = read;
  }
  const view = /<sheetView[\s>][\s\S]*?(?:<\/sheetView>|\/>)/.exec(xml)?.[0] ?? "";
  const sel = /<selection\s([^>]*)>/.exec(view);
  const activeCell = sel ? attrs(sel[1]!).get("activeCell") : undefined;
  return { grid: new Grid(name, rows, merges), ...(activeCell !== undefined ? { activeCell } : {}) };
}

// ---------------------------------------------------------------------------------------------
// The workbook

/** exceljs's checks on a sheet name while loading (Worksheet's name setter): it refuses these. */
function acceptedName(name: string, taken: Set<string>): boolean {
  if (name === "" || name === "History" || name.length > 31) return false;
  if (/[*?:/\\[\]]/.test(name) || /(^')|('$)/.test(name)) return false;
  if (taken.has(name.toLowerCase())) return false;
  taken.add(name.toLowerCase());
  return true;
}

function readParts(parts: PackageParts): ReadWorkbook {
  const wb = partText(parts, "xl/workbook.xml") ?? decline("no workbook part");
  const rels = partText(parts, "xl/_rels/workbook.xml.rels") ?? decline("no workbook relationships");
  if (!/<workbook[\s>]/.test(wb) || wb.includes("<![CDATA[")) decline("a prefixed or strict workbook");
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\s([^>]*)>/g)) {
    const a = attrs(m[1]!);
    targets.set(a.get("Id") ?? "", a.get("Target") ?? "");
  }
  const pr = /<workbookPr\s([^>]*)>/.exec(wb);
  const date1904 = pr ? attrs(pr[1]!).get("date1904") === "1" : false;
  const bookView = /<workbookView\s([^>]*)>/.exec(wb);
  const tab = bookView ? attrs(bookView[1]!).get("activeTab") : undefined;
  const ctx: Context = { strings: sharedStrings(partText(parts, "xl/sharedStrings.xml")), formats: numberFormats(partText(parts, "xl/styles.xml")), date1904 };
  const sheets: ReadSheet[] = [];
  const names = new Set<string>();
  const ids = new Set<number>();
  for (const m of wb.matchAll(/<sheet\s([^>]*)>/g)) {
    const a = attrs(m[1]!);
    const name = a.get("name") ?? "";
    const id = Number(a.get("sheetId"));
    const target = targets.get(a.get("r:id") ?? "");
    if (!Number.isInteger(id) || id < 1 || ids.has(id)) decline("a sheet id exceljs would drop");
    ids.add(id);
    if (!acceptedName(name, names)) decline("a sheet name exceljs refuses");
    if (target === undefined) return decline("a sheet without its part");
    const path = `xl/${target.replace(/^(\s|\/xl\/)+/, "")}`;
    const xml = /^xl\/worksheets\/sheet\d+[.]xml$/.test(path) ? partText(parts, path) : undefined;
    if (xml === undefined) decline("a sheet part exceljs does not read");
    const { grid, activeCell } = readWorksheet(name, xml!, ctx);
    sheets.push({ name, state: a.get("state") || "visible", grid, ...(activeCell !== undefined ? { activeCell } : {}) });
  }
  if (sheets.filter((s) => s.name !== STORE_SHEET).length === 0) decline("no sheets");
  const activeTab = tab === undefined ? undefined : parseInt(tab, 10);
  return { sheets, date1904, ...(activeTab !== undefined && !Number.isNaN(activeTab) ? { activeTab } : {}) };
}

/**
 * Reads an .xlsx package into grids; undefined when the file needs the exceljs path (see the top
 * of this file), including every file that path would refuse, so its messages stay the same.
 */
export function readXlsx(bytes: Uint8Array): ReadWorkbook | undefined {
  try {
    return readParts(readPackage(bytes));
  } catch {
    return undefined;
  }
}

/** Why `readXlsx` declined a file (for tests and the comparison script); undefined when it reads it. */
export function whyNotRead(bytes: Uint8Array): string | undefined {
  try {
    readParts(readPackage(bytes));
    return undefined;
  } catch (e) {
    return e instanceof Declined ? e.message : `the package could not be read (${(e as Error).message})`;
  }
}
