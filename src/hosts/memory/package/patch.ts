/**
 * Writes a changed workbook by patching the package it was opened from: every part is copied
 * byte for byte except the ones the change needs — the worksheets whose cells we changed (and
 * in them only those cells), styles.xml (formats appended), the comments and VML parts of sheets
 * whose notes we changed, the relationships and content types of parts we add, workbook.xml
 * when the bookkeeping sheet comes or goes or formulas ask for recalculation. Charts, pivot
 * tables, drawings, images, protection, document properties, external links, print settings and
 * VBA are never opened. Anything this cannot do in place throws PatchUnsupported.
 */
import { parseRange, rangeToA1, toA1 } from "../../../grid/address";
import { patchNotes } from "./comments";
import { readRelationships, relsPathOf, removeContentType, removeRelationship, resolveTarget } from "./package-rels";
import { addSheets } from "./new-sheet";
import { appendSheet, sheetEntries, workbookPath } from "./workbook-part";
import { patchSheetCells, xmlText } from "./sheet-cells";
import { StylesEditor } from "./styles";
import { PatchUnsupported, type PackagePatch } from "./types";
import { element, elements, getAttr, rootPrefix, setAttr, splice } from "./xml";
import { partText, readPackage, setPartText, writePackage, type PackageParts } from "./zip";

const STYLES_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";

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
  // Not named in app.xml: a very hidden sheet of ours is no part of the clerk's workbook summary.
  appendSheet(parts, wbPath, store.name, xml, { state: "veryHidden" });
}

/** The first sheet view of a worksheet with tabSelected and (for the active sheet) the selection set. */
function patchSheetView(xml: string, p: string, active: boolean, range: string | undefined): string {
  const r = range === undefined ? undefined : parseRange(range);
  const cell = r ? toA1(r.top, r.left) : undefined;
  const sqref = r ? rangeToA1(r) : undefined;
  const view = element(xml, `${p}sheetView`);
  if (!view) {
    if (!active) return xml;
    const selection = cell === undefined ? "" : `<${p}selection activeCell="${cell}" sqref="${sqref}"/>`;
    const views = `<${p}sheetViews><${p}sheetView tabSelected="1" workbookViewId="0">${selection}</${p}sheetView></${p}sheetViews>`;
    const at = [`<${p}sheetFormatPr`, `<${p}cols`, `<${p}sheetData`].map((t) => xml.search(new RegExp(`${t}[\\s/>]`))).filter((i) => i >= 0);
    if (at.length === 0) throw new PatchUnsupported("工作表没有单元格区域");
    const i = Math.min(...at);
    return splice(xml, i, i, views);
  }
  const selected = getAttr(view.tag, "tabSelected");
  const isSelected = selected === "1" || selected === "true";
  if (!active) return isSelected ? splice(xml, view.start, view.start + view.tag.length, setAttr(view.tag, "tabSelected", undefined)) : xml;
  let tag = isSelected ? view.tag : setAttr(view.tag, "tabSelected", "1");
  let inner = view.inner;
  if (cell !== undefined) {
    const body = inner ?? "";
    const pane = element(body, `${p}pane`);
    const frozen = pane ? getAttr(pane.tag, "state") : undefined;
    // With panes the selection that counts is the active pane's (Excel: bottomRight when frozen both ways).
    const paneName = pane ? (getAttr(pane.tag, "activePane") ?? (frozen === undefined ? "topLeft" : "bottomRight")) : undefined;
    const selections = elements(body, `${p}selection`);
    const mine = selections.find((e) => getAttr(e.tag, "pane") === paneName || (paneName === "topLeft" && getAttr(e.tag, "pane") === undefined));
    const next = `<${p}selection${paneName ? ` pane="${paneName}"` : ""} activeCell="${cell}" sqref="${sqref}"/>`;
    if (mine) inner = splice(body, mine.start, mine.end, next);
    else {
      const at = pane ? pane.end : 0;
      inner = splice(body, at, at, next);
    }
    if (view.inner === undefined) tag = tag.replace(/\s*\/>$/, ">");
  }
  const close = inner === undefined ? "" : `${inner}</${p}sheetView>`;
  return splice(xml, view.start, view.end, tag + close);
}

/** Opens the workbook on `view.sheet` (activeTab, tabSelected on it only) with its cell selected. */
function patchView(parts: PackageParts, wbPath: string, view: NonNullable<PackagePatch["view"]>): void {
  const wbXml = partText(parts, wbPath)!;
  const p = rootPrefix(wbXml, "workbook");
  const entries = sheetEntries(wbXml, wbPath, parts);
  const target = entries.find((e) => e.name === view.sheet);
  if (!target) throw new PatchUnsupported(`找不到工作表“${view.sheet}”`);
  const bookView = element(wbXml, `${p}workbookView`);
  let next: string;
  if (bookView) {
    let tag = setAttr(bookView.tag, "activeTab", target.index === 0 ? undefined : String(target.index));
    const first = Number(getAttr(tag, "firstSheet") ?? 0);
    if (first > target.index) tag = setAttr(tag, "firstSheet", String(target.index));
    next = splice(wbXml, bookView.start, bookView.start + bookView.tag.length, tag);
  } else {
    const sheets = wbXml.indexOf(`<${p}sheets`);
    if (sheets < 0) throw new PatchUnsupported("工作簿没有工作表列表");
    next = splice(wbXml, sheets, sheets, `<${p}bookViews><${p}workbookView activeTab="${target.index}"/></${p}bookViews>`);
  }
  if (next !== wbXml) setPartText(parts, wbPath, next);
  for (const e of entries) {
    if (!e.path) continue;
    const xml = partText(parts, e.path);
    // Worksheets and chart sheets have tab views; a chart sheet is never the one we open on.
    const root = xml === undefined ? null : /<([\w.-]+:)?(worksheet|chartsheet)[\s>]/.exec(xml);
    if (xml === undefined || !root || (e === target && root[2] !== "worksheet")) continue;
    const patched = patchSheetView(xml, root[1] ?? "", e === target, e === target ? view.range : undefined);
    if (patched !== xml) setPartText(parts, e.path, patched);
  }
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
  if (patch.added && patch.added.sheets.length > 0) {
    if (stylesXml === undefined) throw new PatchUnsupported("工作簿没有样式部件");
    addSheets(parts, wbPath, patch.added, (styles ??= new StylesEditor(stylesXml)));
  }
  if (styles?.changed && stylesPath) setPartText(parts, stylesPath, styles.text());
  if (patch.store) patchStore(parts, wbPath, patch.store);
  if (patch.view) patchView(parts, wbPath, patch.view);
  if (patch.fullCalcOnLoad) {
    const wbXml = partText(parts, wbPath)!;
    const next = setFullCalcOnLoad(wbXml);
    if (next !== wbXml) setPartText(parts, wbPath, next);
  }
  return writePackage(parts);
}
