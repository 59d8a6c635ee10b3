/**
 * The workbook part of a package: where it is, its sheets (name, relationship, part), and adding
 * a sheet to it (part, content type, relationship, entry in <sheets>, the titles in app.xml).
 */
import { addContentType, addRelationship, freePartName, readRelationships, relsPathOf, resolveTarget } from "./package-rels";
import { PatchUnsupported } from "./types";
import { elements, escapeXml, getAttr, rootPrefix, setAttr, splice, unescapeXml } from "./xml";
import { partText, setPartText, type PackageParts } from "./zip";

const OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
const WORKSHEET_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
const WORKSHEET_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

export interface SheetEntry {
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

export function workbookPath(parts: PackageParts): string {
  const rel = readRelationships(partText(parts, "_rels/.rels")).find((r) => r.type === OFFICE_DOCUMENT);
  const path = rel ? resolveTarget("", rel.target) : "xl/workbook.xml";
  if (!parts.has(path)) throw new PatchUnsupported("找不到工作簿部件");
  return path;
}

export function sheetEntries(wbXml: string, wbPath: string, parts: PackageParts): SheetEntry[] {
  const p = rootPrefix(wbXml, "workbook");
  const rels = readRelationships(partText(parts, relsPathOf(wbPath)));
  const dir = wbPath.slice(0, wbPath.lastIndexOf("/"));
  return elements(wbXml, `${p}sheet`).map((e, index) => {
    const relId = relIdOf(e.tag) ?? "";
    const rel = rels.find((r) => r.id === relId);
    return { name: getAttr(e.tag, "name") ?? "", relId, path: rel ? resolveTarget(dir, rel.target) : undefined, start: e.start, end: e.end, index };
  });
}

/**
 * Adds a worksheet part holding `xml` as the last sheet of the workbook (named in app.xml's
 * titles with `title`); returns its index in <sheets> (what a sheet-scoped defined name calls
 * it) and its part name.
 */
export function appendSheet(parts: PackageParts, wbPath: string, name: string, xml: string, options: { state?: string; title?: boolean } = {}): { index: number; path: string } {
  const state = options.state;
  const wbXml = partText(parts, wbPath)!;
  const p = rootPrefix(wbXml, "workbook");
  const path = freePartName(parts, "xl/worksheets/sheet", ".xml");
  const root = new RegExp(`<${p}workbook(?=[\\s>])[^>]*>`).exec(wbXml)!;
  const rPrefix = /\sxmlns:(\w+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.exec(root[0])?.[1];
  if (!rPrefix) throw new PatchUnsupported("工作簿缺少关系命名空间");
  const close = wbXml.indexOf(`</${p}sheets>`);
  if (close < 0) throw new PatchUnsupported("工作簿没有工作表列表");
  setPartText(parts, path, xml);
  addContentType(parts, `/${path}`, WORKSHEET_CONTENT);
  const dir = wbPath.slice(0, wbPath.lastIndexOf("/"));
  const rel = addRelationship(parts, relsPathOf(wbPath), WORKSHEET_TYPE, dir === "xl" ? path.slice(3) : `/${path}`);
  const sheets = elements(wbXml, `${p}sheet`);
  const ids = sheets.map((e) => Number(getAttr(e.tag, "sheetId")) || 0);
  const sheet = `<${p}sheet name="${escapeXml(name)}" sheetId="${Math.max(0, ...ids) + 1}"${state ? ` state="${escapeXml(state)}"` : ""} ${rPrefix}:id="${rel.id}"/>`;
  setPartText(parts, wbPath, splice(wbXml, close, close, sheet));
  if (options.title) addAppTitle(parts, sheets.length, name);
  return { index: sheets.length, path };
}

/**
 * docProps/app.xml names the worksheets (TitlesOfParts) and counts them (HeadingPairs, first
 * pair). When its first count is the number of sheets the workbook had, the new one is added
 * after them; otherwise app.xml is left alone (it is a summary the spreadsheet rewrites on save).
 */
function addAppTitle(parts: PackageParts, sheetCount: number, name: string): void {
  const app = partText(parts, "docProps/app.xml");
  if (app === undefined) return;
  const p = rootPrefix(app, "Properties");
  const pairs = elements(app, `${p}HeadingPairs`)[0];
  const titles = elements(app, `${p}TitlesOfParts`)[0];
  if (!pairs?.inner || !titles?.inner) return;
  const count = /<vt:i4>(\d+)<\/vt:i4>/.exec(pairs.inner);
  const titleVector = /<vt:vector\b[^>]*>/.exec(titles.inner);
  if (!count || !titleVector || Number(count[1]) !== sheetCount) return;
  const entries = elements(titles.inner, "vt:lpstr");
  const after = sheetCount === 0 ? titleVector.index + titleVector[0].length : entries[sheetCount - 1]?.end;
  if (after === undefined) return;
  const size = Number(getAttr(titleVector[0], "size") ?? entries.length);
  let inner = splice(titles.inner, after, after, `<vt:lpstr>${escapeXml(name)}</vt:lpstr>`);
  inner = splice(inner, titleVector.index, titleVector.index + titleVector[0].length, setAttr(titleVector[0], "size", String(size + 1)));
  const pairsInner = splice(pairs.inner, count.index, count.index + count[0].length, `<vt:i4>${sheetCount + 1}</vt:i4>`);
  // Titles come after the heading pairs in app.xml: replace from the end so positions hold.
  let next = splice(app, titles.start + titles.tag.length, titles.end - `</${p}TitlesOfParts>`.length, inner);
  next = splice(next, pairs.start + pairs.tag.length, pairs.end - `</${p}HeadingPairs>`.length, pairsInner);
  setPartText(parts, "docProps/app.xml", next);
}
