/**
 * Sheets we add (an inserted template, a check report) go into the original package as new
 * parts, so that everything else in it stays byte for byte. exceljs writes the whole workbook
 * once; each added sheet's part is taken from that, its cell formats are
 * copied into the original styles.xml (styles.ts importXf) and renumbered, its shared strings
 * written into the cells as inline strings, its sheet-scoped
 * defined names (print titles) are copied with the sheet's new position, and the sheet is
 * appended to the workbook (workbook-part.ts). A sheet exceljs writes with parts of its own
 * (notes, hyperlinks, images) or with conditional formats cannot be moved alone: PatchUnsupported.
 */
import { readRelationships, relsPathOf, resolveTarget } from "./package-rels";
import { StylesEditor, StylesSource } from "./styles";
import { PatchUnsupported, type PackagePatch } from "./types";
import { appendSheet, sheetEntries, workbookPath } from "./workbook-part";
import { element, elements, getAttr, rootPrefix, setAttr, splice } from "./xml";
import { partText, readPackage, setPartText, type PackageParts } from "./zip";

const STYLES_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
const SHARED_STRINGS_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings";

/** The start tags that carry a cell format index: cells, rows (with customFormat) and columns. */
const STYLED_TAG = /<(c|row|col)\s[^>]*>/g;

function renumberStyles(xml: string, map: (s: number) => number): string {
  return xml.replace(STYLED_TAG, (tag, name: string) => {
    const attr = name === "col" ? "style" : "s";
    const s = getAttr(tag, attr);
    return s === undefined ? tag : setAttr(tag, attr, String(map(Number(s))));
  });
}

/** Shared strings (the rendered package's) written into their cells as inline strings. */
function inlineStrings(xml: string, shared: readonly string[]): string {
  return xml.replace(/<c\s([^>]*?)\s?t="s"([^>]*)><v>(\d+)<\/v><\/c>/g, (all, a: string, b: string, n: string) => {
    const si = shared[Number(n)];
    if (si === undefined) throw new PatchUnsupported("新工作表的文字");
    return `<c ${a.trim()}${b} t="inlineStr"><is>${si}</is></c>`.replace(/\s+(?= t="inlineStr")/, " ");
  });
}

/** The sheet opens unselected; the view patch selects the sheet we chose. */
function unselected(xml: string): string {
  const view = element(xml, "sheetView");
  return view ? splice(xml, view.start, view.start + view.tag.length, setAttr(view.tag, "tabSelected", undefined)) : xml;
}

/** Adds exceljs's sheet-scoped names of a sheet (print titles) to the workbook, under its new position. */
function addDefinedNames(parts: PackageParts, wbPath: string, names: readonly string[]): void {
  if (names.length === 0) return;
  let wbXml = partText(parts, wbPath)!;
  const p = rootPrefix(wbXml, "workbook");
  const prefixed = names.map((n) => (p === "" ? n : n.replace(/<(\/?)definedName\b/g, `<$1${p}definedName`)));
  const existing = element(wbXml, `${p}definedNames`);
  if (existing && existing.inner !== undefined) {
    const close = existing.end - `</${p}definedNames>`.length;
    wbXml = splice(wbXml, close, close, prefixed.join(""));
  } else {
    // Schema order: … sheets, functionGroups, externalReferences, definedNames, calcPr …
    const after = [`</${p}externalReferences>`, `</${p}functionGroups>`, `</${p}sheets>`].find((t) => wbXml.includes(t));
    if (!after) throw new PatchUnsupported("工作簿没有工作表列表");
    const at = wbXml.indexOf(after) + after.length;
    const start = existing ? existing.start : at;
    const end = existing ? existing.end : at;
    wbXml = splice(wbXml, start, end, `<${p}definedNames>${prefixed.join("")}</${p}definedNames>`);
  }
  setPartText(parts, wbPath, wbXml);
}

export function addSheets(parts: PackageParts, wbPath: string, added: NonNullable<PackagePatch["added"]>, styles: StylesEditor): void {
  const rendered = readPackage(added.rendered);
  const rwbPath = workbookPath(rendered);
  const rwbXml = partText(rendered, rwbPath)!;
  const rentries = sheetEntries(rwbXml, rwbPath, rendered);
  const stylesRel = readRelationships(partText(rendered, relsPathOf(rwbPath))).find((r) => r.type === STYLES_TYPE);
  const stylesPath = stylesRel ? resolveTarget(rwbPath.slice(0, rwbPath.lastIndexOf("/")), stylesRel.target) : "xl/styles.xml";
  const source = new StylesSource(partText(rendered, stylesPath) ?? "");
  const rnames = elements(rwbXml, "definedName");
  const sharedRel = readRelationships(partText(rendered, relsPathOf(rwbPath))).find((r) => r.type === SHARED_STRINGS_TYPE);
  const sharedXml = sharedRel ? partText(rendered, resolveTarget(rwbPath.slice(0, rwbPath.lastIndexOf("/")), sharedRel.target)) : undefined;
  const shared = sharedXml === undefined ? [] : elements(sharedXml, "si").map((e) => e.inner ?? "");
  for (const name of added.sheets) {
    const entry = rentries.find((e) => e.name === name);
    const xml = entry?.path ? partText(rendered, entry.path) : undefined;
    if (!entry?.path || xml === undefined) throw new PatchUnsupported(`找不到新增的工作表“${name}”`);
    if (readRelationships(partText(rendered, relsPathOf(entry.path))).length > 0) throw new PatchUnsupported(`新增的工作表“${name}”带有批注、链接或图片`);
    if (/<conditionalFormatting[\s>]/.test(xml)) throw new PatchUnsupported(`新增的工作表“${name}”带有条件格式`);
    const sheet = unselected(inlineStrings(renumberStyles(xml, (s) => styles.importXf(source, s)), shared));
    const state = getAttr(rwbXml.slice(entry.start, entry.end), "state");
    const { index } = appendSheet(parts, wbPath, name, sheet, { ...(state && state !== "visible" ? { state } : {}), title: true });
    const local = rnames.filter((n) => getAttr(n.tag, "localSheetId") === String(entry.index)).map((n) => rwbXml.slice(n.start, n.end).replace(n.tag, setAttr(n.tag, "localSheetId", String(index))));
    addDefinedNames(parts, wbPath, local);
  }
}
