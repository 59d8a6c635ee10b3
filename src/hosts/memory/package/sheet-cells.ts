/**
 * A worksheet part with some cells changed and every other byte kept: rows that hold no changed
 * cell are copied as they are, and in a row that does, the untouched cells keep their XML too.
 * Cells and rows without an `r` attribute (valid OOXML: they follow the previous one) are
 * numbered as a reader would, and get an explicit `r` only where a row is rebuilt.
 */
import { parseA1, toA1 } from "../../../grid/address";
import type { StylesEditor } from "./styles";
import { PatchUnsupported, type CellPatch, type PatchScalar, type PatchValue, type SheetPatch } from "./types";
import { elements, escapeXml, getAttr, rootPrefix, setAttr, splice } from "./xml";

/** Text as XML character data; control characters (not allowed in XML 1.0) as Excel's _xHHHH_. */
export function xmlText(s: string): string {
  // eslint-disable-next-line no-control-regex
  return escapeXml(s).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, (c) => `_x${c.charCodeAt(0).toString(16).padStart(4, "0").toUpperCase()}_`);
}

function scalarXml(p: string, v: PatchScalar, formula: boolean): { t: string | undefined; body: string } {
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return { t: "e", body: `<${p}v>#NUM!</${p}v>` };
    return { t: undefined, body: `<${p}v>${v}</${p}v>` };
  }
  if (typeof v === "boolean") return { t: "b", body: `<${p}v>${v ? 1 : 0}</${p}v>` };
  if (typeof v === "object") return { t: "e", body: `<${p}v>${xmlText(v.error)}</${p}v>` };
  if (formula) return { t: "str", body: `<${p}v>${xmlText(v)}</${p}v>` };
  return { t: "inlineStr", body: `<${p}is><${p}t xml:space="preserve">${xmlText(v)}</${p}t></${p}is>` };
}

function valueXml(p: string, ref: string, s: number, value: PatchValue): string {
  const style = s === 0 ? "" : ` s="${s}"`;
  if (value.kind === "empty") return `<${p}c r="${ref}"${style}/>`;
  if (value.kind === "value") {
    const { t, body } = scalarXml(p, value.value, false);
    return `<${p}c r="${ref}"${style}${t ? ` t="${t}"` : ""}>${body}</${p}c>`;
  }
  const result = value.result === undefined || value.result === "" ? undefined : scalarXml(p, value.result, true);
  return `<${p}c r="${ref}"${style}${result?.t ? ` t="${result.t}"` : ""}><${p}f>${xmlText(value.formula)}</${p}f>${result?.body ?? ""}</${p}c>`;
}

interface ParsedCell {
  col: number;
  xml: string;
  tag: string;
}

function parseCells(p: string, rowXml: string, rowNumber: number): ParsedCell[] {
  const out: ParsedCell[] = [];
  let col = -1;
  for (const e of elements(rowXml, `${p}c`)) {
    const r = getAttr(e.tag, "r");
    const at = r === undefined ? undefined : parseA1(r);
    col = at ? at.col : col + 1;
    let tag = e.tag;
    let xml = rowXml.slice(e.start, e.end);
    if (!at) {
      tag = setAttr(tag, "r", toA1(rowNumber, col));
      xml = tag + xml.slice(e.tag.length);
    }
    out.push({ col, xml, tag });
  }
  return out;
}

function styleOf(tag: string | undefined): number {
  const s = tag === undefined ? undefined : getAttr(tag, "s");
  return s === undefined ? 0 : Number(s) || 0;
}

/** Column default styles from <cols>, for cells we create. */
function columnStyles(p: string, xml: string): (col: number) => number | undefined {
  const cols = elements(xml, `${p}col`).map((e) => ({ min: Number(getAttr(e.tag, "min")), max: Number(getAttr(e.tag, "max")), style: getAttr(e.tag, "style") }));
  return (col) => {
    const c = cols.find((x) => x.min <= col + 1 && col + 1 <= x.max && x.style !== undefined);
    return c ? Number(c.style) : undefined;
  };
}

const SHARED_MASTER = /<([A-Za-z_][\w.-]*:)?f(?=[\s>])[^>]*\bt="shared"[^>]*\bref="[^"]*"[^>]*>/;

/** The sheet XML with the cells' values and formats changed (notes are not in this part). */
export function patchSheetCells(xml: string, sheet: SheetPatch, styles: () => StylesEditor): string {
  const p = rootPrefix(xml, "worksheet");
  const edits = sheet.cells.filter((c) => c.value !== undefined || c.fill !== undefined || c.numFmt !== undefined);
  if (edits.length === 0) return xml;
  const open = new RegExp(`<${p}sheetData(?=[\\s/>])[^>]*>`).exec(xml);
  if (!open) throw new PatchUnsupported("工作表没有 sheetData");
  const selfClosing = open[0].endsWith("/>");
  const dataStart = open.index + open[0].length;
  const dataEnd = selfClosing ? dataStart : xml.indexOf(`</${p}sheetData>`, dataStart);
  if (dataEnd < 0) throw new PatchUnsupported("工作表的 sheetData 不完整");
  const data = xml.slice(dataStart, dataEnd);

  const byRow = new Map<number, Map<number, CellPatch>>();
  for (const e of edits) {
    const row = byRow.get(e.row) ?? new Map<number, CellPatch>();
    row.set(e.col, e);
    byRow.set(e.row, row);
  }
  const colStyle = columnStyles(p, xml.slice(0, open.index));

  // Rows as they are, with their numbers.
  const rows = elements(data, `${p}row`);
  let rowNumber = -1;
  const numbered = rows.map((e) => {
    const r = getAttr(e.tag, "r");
    rowNumber = r !== undefined && Number(r) >= 1 ? Number(r) - 1 : rowNumber + 1;
    return { ...e, number: rowNumber };
  });

  // Shared formulas whose master we overwrite: their other cells get the formula spelled out.
  const lostShared = new Set<string>();
  for (const row of numbered) {
    const edited = byRow.get(row.number);
    if (!edited || row.inner === undefined) continue;
    for (const cell of parseCells(p, row.inner, row.number)) {
      if (edited.get(cell.col)?.value === undefined) continue;
      const master = SHARED_MASTER.exec(cell.xml);
      if (master) lostShared.add(getAttr(master[0], "si") ?? "");
    }
  }

  const rebuild = (rowTag: string, inner: string | undefined, number: number, edited: Map<number, CellPatch> | undefined): string => {
    const cells = inner === undefined ? [] : parseCells(p, inner, number);
    const rowStyle = getAttr(rowTag, "customFormat") === "1" ? Number(getAttr(rowTag, "s") ?? 0) : undefined;
    const out: ParsedCell[] = [];
    const pending = new Map(edited ?? []);
    for (const cell of cells) {
      const e = pending.get(cell.col);
      pending.delete(cell.col);
      out.push(e ? { ...cell, xml: editedCell(cell, e, number) } : { ...cell, xml: spellOutShared(cell) });
    }
    for (const [col, e] of pending) out.push({ col, tag: "", xml: editedCell(undefined, e, number, rowStyle ?? colStyle(col) ?? 0) });
    out.sort((a, b) => a.col - b.col);
    let tag = setAttr(rowTag, "r", String(number + 1));
    // A cell outside the row's spans hint would make the hint wrong: drop it.
    const spans = /^(\d+):(\d+)$/.exec(getAttr(tag, "spans") ?? "");
    if (spans && out.some((c) => c.col + 1 < Number(spans[1]) || c.col + 1 > Number(spans[2]))) tag = setAttr(tag, "spans", undefined);
    const body = out.map((c) => c.xml).join("");
    // A row the workbook no longer has (created to mark, now cleared) goes when it holds nothing.
    if (body === "" && (inner === undefined || !sheet.rowExists(number)) && /^<[\w.:-]+\s+r="\d+"\s*\/?>$/.test(tag)) return "";
    return body === "" ? tag.replace(/\s*>$/, "/>").replace(/\/\/>$/, "/>") : `${tag.replace(/\s*\/>$/, ">")}${body}</${p}row>`;
  };

  const spellOutShared = (cell: ParsedCell): string => {
    if (lostShared.size === 0) return cell.xml;
    const m = new RegExp(`<${p}f(?=[\\s/>])[^>]*\\bt="shared"[^>]*?(/>|>[^<]*</${p}f>)`).exec(cell.xml);
    if (!m || !lostShared.has(getAttr(m[0], "si") ?? "")) return cell.xml;
    const at = parseA1(getAttr(cell.tag, "r") ?? "");
    const formula = at ? sheet.formulaAt(at.row, at.col) : undefined;
    if (formula === undefined) throw new PatchUnsupported("共享公式无法展开");
    return splice(cell.xml, m.index, m.index + m[0].length, `<${p}f>${xmlText(formula)}</${p}f>`);
  };

  const editedCell = (cell: ParsedCell | undefined, e: CellPatch, row: number, defaultStyle = 0): string => {
    const ref = toA1(row, e.col);
    const base = cell ? styleOf(cell.tag) : defaultStyle;
    const s = e.fill !== undefined || e.numFmt !== undefined ? styles().derive(base, { ...(e.fill !== undefined ? { fill: e.fill } : {}), ...(e.numFmt !== undefined ? { numFmt: e.numFmt } : {}) }) : base;
    if (e.value !== undefined) return valueXml(p, ref, s, e.value);
    // A cell the workbook no longer has (one created to mark, now cleared) goes, when empty.
    if (e.absent && s === 0 && (!cell || cell.xml === cell.tag)) return "";
    // Nor is a cell created with nothing but the default format needed (a merged area's first cell).
    if (!cell && s === 0 && e.value === undefined) return "";
    if (!cell) return `<${p}c r="${ref}"${s === 0 ? "" : ` s="${s}"`}/>`;
    const tag = setAttr(cell.tag, "s", s === 0 ? undefined : String(s));
    // A cell left with neither value nor format is no cell (as before we marked it).
    if (s === 0 && cell.xml === cell.tag && /^<[\w.:-]+\s+r="[A-Z]+\d+"\s*\/>$/.test(tag)) return "";
    return spellOutShared({ ...cell, xml: tag + cell.xml.slice(cell.tag.length), tag });
  };

  // Walk the rows once, rebuilding the touched ones and slotting in new ones by number.
  const wanted = [...byRow.keys()].sort((a, b) => a - b);
  let w = 0;
  let out = "";
  let last = 0;
  for (const row of numbered) {
    while (w < wanted.length && wanted[w]! < row.number) {
      out += data.slice(last, row.start) + rebuild(`<${p}row>`, undefined, wanted[w]!, byRow.get(wanted[w]!));
      last = row.start;
      w++;
    }
    const edited = byRow.get(row.number);
    const needsRewrite = edited !== undefined || (lostShared.size > 0 && row.inner !== undefined && /t="shared"/.test(row.inner)) || getAttr(row.tag, "r") === undefined;
    if (edited) w++;
    if (!needsRewrite) continue;
    // Rows without r are numbered explicitly once any row is rebuilt, so later ones stay put.
    out += data.slice(last, row.start) + rebuild(row.tag, row.inner, row.number, edited);
    last = row.end;
  }
  out += data.slice(last);
  for (; w < wanted.length; w++) out += rebuild(`<${p}row>`, undefined, wanted[w]!, byRow.get(wanted[w]!));
  const sheetData = selfClosing ? `${open[0].replace(/\s*\/>$/, ">")}${out}</${p}sheetData>` : out;
  return selfClosing ? splice(xml, open.index, dataStart, sheetData) : splice(xml, dataStart, dataEnd, sheetData);
}
