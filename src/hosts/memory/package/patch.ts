/**
 * Writes a changed workbook by patching the package it was opened from: every part is copied
 * byte for byte except the ones the change needs — the worksheets whose cells we changed (and
 * in them only those cells), styles.xml (formats appended), the comments and VML parts of sheets
 * whose notes we changed, the relationships and content types of parts we add, workbook.xml
 * when the bookkeeping sheet comes or goes or formulas ask for recalculation. Charts, pivot
 * tables, drawings, images, protection, document properties, external links, print settings and
 * VBA are never opened. Anything this cannot do in place throws PatchUnsupported.
 */
import { toA1 } from "../../../grid/address";
import { patchNotes } from "./comments";
import { addContentType, addRelationship, readRelationships, relsPathOf, removeContentType, removeRelationship, resolveTarget, freePartName } from "./package-rels";
import { patchSheetCells, xmlText } from "./sheet-cells";
import { StylesEditor } from "./styles";
import { PatchUnsupported, type PackagePatch } from "./types";
import { elements, escapeXml, getAttr, rootPrefix, setAttr, splice, unescapeXml } from "./xml";
import { partText, readPackage, setPartText, writePackage, type PackageParts } from "./zip";

const OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
const WORKSHEET_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
const STYLES_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
const WORKSHEET_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

interface SheetEntry {
  name: string;
  relId: string;
  path: string | undefined;
  start: number;
  end: number;
  index: number;
}

function relIdOf(tag: string): string | undefined {
  const m = /\s[\w.-]+:id\s*=\s*"([^"]*)"/.exec(tag);
  return m ? unescapeXml(m[1]!) : undefined;
}

function workbookPath(parts: PackageParts): string {
  const rel = readRelationships(partText(parts, "_rels/.rels")).find((r) => r.type === OFFICE_DOCUMENT);
  const path = rel ? resolveTarget("", rel.target) : "xl/workbook.xml";
  if (!parts.has(path)) throw new PatchUnsupported("找不到工作簿部件");
  return path;
}

function sheetEntries(wbXml: string, wbPath: string, parts: PackageParts): SheetEntry[] {
  const p = rootPrefix(wbXml, "workbook");
  const rels = readRelationships(partText(parts, relsPathOf(wbPath)));
  const dir = wbPath.slice(0, wbPath.lastIndexOf("/"));
  return elements(wbXml, `${p}sheet`).map((e, index) => {
    const relId = relIdOf(e.tag) ?? "";
    const rel = rels.find((r) => r.id === relId);
    return { name: getAttr(e.tag, "name") ?? "", relId, path: rel ? resolveTarget(dir, rel.target) : undefined, start: e.start, end: e.end, index };
  });
}

function storeSheetXml(rows: readonly string[][]): string {
  const body = rows
    .map((cells, r) => {
      const cs = cells.map((v, c) => (v === "" ? "" : `<c r="${toA1(r, c)}" t="inlineStr"><is><t xml:space="preserve">${xmlText(v)}</t></is></c>`)).join("");
      return cs === "" ? "" : `<row r="${r + 1}">${cs}</row>`;
    })
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData></worksheet>`;
}

function setFullCalcOnLoad(wbXml: string): string {
  const p = rootPrefix(wbXml, "workbook");
  const calc = elements(wbXml, `${p}calcPr`)[0];
  if (calc) {
    if (getAttr(calc.tag, "fullCalcOnLoad") === "1" || getAttr(calc.tag, "fullCalcOnLoad") === "true") return wbXml;
    return splice(wbXml, calc.start, calc.start + calc.tag.length, setAttr(calc.tag, "fullCalcOnLoad", "1"));
  }
  const after = wbXml.indexOf(`</${p}definedNames>`) >= 0 ? `</${p}definedNames>` : `</${p}sheets>`;
  const at = wbXml.indexOf(after) + after.length;
  return splice(wbXml, at, at, `<${p}calcPr fullCalcOnLoad="1"/>`);
}

/** Adds, rewrites or removes the bookkeeping sheet. */
function patchStore(parts: PackageParts, wbPath: string, store: NonNullable<PackagePatch["store"]>): void {
  let wbXml = partText(parts, wbPath)!;
  const p = rootPrefix(wbXml, "workbook");
  const entries = sheetEntries(wbXml, wbPath, parts);
  const entry = entries.find((e) => e.name === store.name);
  const wbRels = relsPathOf(wbPath);
  if (store.rows === null) {
    if (!entry) return;
    // Sheet-scoped names count sheets by position: those after it move up by one.
    for (const dn of elements(wbXml, `${p}definedName`).reverse()) {
      const local = getAttr(dn.tag, "localSheetId");
      if (local === undefined) continue;
      const n = Number(local);
      if (n === entry.index) wbXml = splice(wbXml, dn.start, dn.end, "");
      else if (n > entry.index) wbXml = splice(wbXml, dn.start, dn.start + dn.tag.length, setAttr(dn.tag, "localSheetId", String(n - 1)));
    }
    const again = sheetEntries(wbXml, wbPath, parts).find((e) => e.name === store.name)!;
    wbXml = splice(wbXml, again.start, again.end, "");
    wbXml = wbXml.replace(new RegExp(`<${p}definedNames>\\s*</${p}definedNames>`), "");
    setPartText(parts, wbPath, wbXml);
    removeRelationship(parts, wbRels, entry.relId);
    if (entry.path) {
      parts.delete(entry.path);
      parts.delete(relsPathOf(entry.path));
      removeContentType(parts, `/${entry.path}`);
    }
    return;
  }
  const xml = storeSheetXml(store.rows);
  if (entry?.path) {
    setPartText(parts, entry.path, xml);
    return;
  }
  const path = freePartName(parts, "xl/worksheets/sheet", ".xml");
  setPartText(parts, path, xml);
  addContentType(parts, `/${path}`, WORKSHEET_CONTENT);
  const dir = wbPath.slice(0, wbPath.lastIndexOf("/"));
  const rel = addRelationship(parts, wbRels, WORKSHEET_TYPE, dir === "xl" ? path.slice(3) : `/${path}`);
  const ids = elements(wbXml, `${p}sheet`).map((e) => Number(getAttr(e.tag, "sheetId")) || 0);
  const root = new RegExp(`<${p}workbook(?=[\\s>])[^>]*>`).exec(wbXml)!;
  const rPrefix = /\sxmlns:(\w+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.exec(root[0])?.[1];
  if (!rPrefix) throw new PatchUnsupported("工作簿缺少关系命名空间");
  const sheet = `<${p}sheet name="${escapeXml(store.name)}" sheetId="${Math.max(0, ...ids) + 1}" state="veryHidden" ${rPrefix}:id="${rel.id}"/>`;
  const close = wbXml.indexOf(`</${p}sheets>`);
  if (close < 0) throw new PatchUnsupported("工作簿没有工作表列表");
  setPartText(parts, wbPath, splice(wbXml, close, close, sheet));
}

/** The original package with the patch applied, as .xlsx bytes. */
export function patchPackage(source: Uint8Array, patch: PackagePatch): Uint8Array {
  const parts = readPackage(source);
  const wbPath = workbookPath(parts);
  const entries = sheetEntries(partText(parts, wbPath)!, wbPath, parts);
  const stylesRel = readRelationships(partText(parts, relsPathOf(wbPath))).find((r) => r.type === STYLES_TYPE);
  const stylesPath = stylesRel ? resolveTarget(wbPath.slice(0, wbPath.lastIndexOf("/")), stylesRel.target) : undefined;
  const stylesXml = stylesPath ? partText(parts, stylesPath) : undefined;
  let styles: StylesEditor | undefined;

  for (const sheet of patch.sheets) {
    const entry = entries.find((e) => e.name === sheet.name);
    if (!entry?.path) throw new PatchUnsupported(`找不到工作表“${sheet.name}”`);
    const original = partText(parts, entry.path);
    if (original === undefined) throw new PatchUnsupported(`找不到工作表“${sheet.name}”的部件`);
    let xml = original;
    if (sheet.cells.some((c) => c.value !== undefined || c.fill !== undefined || c.numFmt !== undefined)) {
      xml = patchSheetCells(xml, sheet, () => {
        if (stylesXml === undefined) throw new PatchUnsupported("工作簿没有样式部件");
        return (styles ??= new StylesEditor(stylesXml));
      });
    }
    const notes = sheet.cells.flatMap((c) => (c.note === undefined ? [] : [{ row: c.row, col: c.col, note: c.note }]));
    xml = patchNotes(parts, entry.path, xml, notes);
    if (xml !== original) setPartText(parts, entry.path, xml);
  }
  if (styles?.changed && stylesPath) setPartText(parts, stylesPath, styles.text());
  if (patch.store) patchStore(parts, wbPath, patch.store);
  if (patch.fullCalcOnLoad) {
    const wbXml = partText(parts, wbPath)!;
    const next = setFullCalcOnLoad(wbXml);
    if (next !== wbXml) setPartText(parts, wbPath, next);
  }
  return writePackage(parts);
}
