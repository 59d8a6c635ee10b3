/**
 * Notes in the package: the sheet's comments part (the text) and its legacy VML drawing (the
 * yellow box Excel shows). A note we add to a cell that already has one keeps the clerk's text
 * and formatting runs and appends ours as a run of its own; a note put back to its original
 * text keeps its original XML untouched; a note removed takes its VML shape with it. Parts are
 * created (with their relationships and content types) only when the sheet had none.
 */
import { toA1 } from "../../../grid/address";
import { xmlText } from "./sheet-cells";
import type { PackageParts } from "./zip";
import { partText, setPartText } from "./zip";
import { PatchUnsupported } from "./types";
import { addContentType, addRelationship, readRelationships, relsPathOf, resolveTarget, freePartName } from "./package-rels";
import { elements, escapeXml, getAttr, rootPrefix, setAttr, splice, unescapeXml } from "./xml";

export const NOTE_AUTHOR = "绩效表助手";
const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const COMMENTS_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";
const VML_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing";
const COMMENTS_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml";
const VML_CONTENT = "application/vnd.openxmlformats-officedocument.vmlDrawing";

/** Plain text of a comment's <text>: every <t>, phonetic runs left out. */
export function commentText(inner: string): string {
  const noPhonetic = inner.replace(/<([\w.-]+:)?rPh\b[\s\S]*?<\/([\w.-]+:)?rPh>/g, "");
  let out = "";
  for (const m of noPhonetic.matchAll(/<([\w.-]+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/([\w.-]+:)?t>|<([\w.-]+:)?t(?:\s[^>]*)?\/>/g)) out += unescapeXml(m[2] ?? "");
  return out.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

function run(p: string, text: string): string {
  return `<${p}r><${p}rPr><${p}sz val="9"/><${p}rFont val="宋体"/><${p}charset val="134"/></${p}rPr><${p}t xml:space="preserve">${xmlText(text)}</${p}t></${p}r>`;
}

function vmlShape(id: number, row: number, col: number, z: number): string {
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:216pt;height:72pt;z-index:${z};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    `<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>` +
    `<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>` +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${col + 1}, 15, ${row}, 2, ${col + 4}, 15, ${row + 5}, 2</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`
  );
}

const SHAPETYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

function newVml(block: number): string {
  return `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${block}"/></o:shapelayout>${SHAPETYPE}</xml>`;
}

/** The VML shapes of notes, by cell. */
function noteShapes(vml: string): { start: number; end: number; row: number; col: number }[] {
  const out: { start: number; end: number; row: number; col: number }[] = [];
  for (const m of vml.matchAll(/<v:shape\b[\s\S]*?<\/v:shape>/g)) {
    const s = m[0];
    if (!/ObjectType="Note"/.test(s)) continue;
    const row = /<x:Row>\s*(\d+)\s*<\/x:Row>/.exec(s);
    const col = /<x:Column>\s*(\d+)\s*<\/x:Column>/.exec(s);
    if (row && col) out.push({ start: m.index, end: m.index + s.length, row: Number(row[1]), col: Number(col[1]) });
  }
  return out;
}

/** Worksheet children that come after legacyDrawing, in schema order. */
const AFTER_LEGACY = ["legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts"];

function insertLegacyDrawing(sheetXml: string, rId: string): string {
  const p = rootPrefix(sheetXml, "worksheet");
  let xml = sheetXml;
  const root = new RegExp(`<${p}worksheet(?=[\\s>])[^>]*>`).exec(xml)!;
  if (!/\sxmlns:r\s*=/.test(root[0])) xml = splice(xml, root.index, root.index + root[0].length, setAttr(root[0], "xmlns:r", REL_NS));
  const tag = `<${p}legacyDrawing r:id="${rId}"/>`;
  let at = -1;
  for (const name of AFTER_LEGACY) {
    const i = xml.indexOf(`<${p}${name}`);
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  if (at < 0) {
    const ext = new RegExp(`<${p}extLst>(?:(?!<${p}extLst>)[\\s\\S])*</${p}extLst>\\s*</${p}worksheet>\\s*$`).exec(xml);
    at = ext ? ext.index : xml.lastIndexOf(`</${p}worksheet>`);
  }
  if (at < 0) throw new PatchUnsupported("工作表结构不完整");
  return splice(xml, at, at, tag);
}

/** Next free VML id block (o:idmap data) across the package. */
function freeVmlBlock(parts: PackageParts): number {
  let max = 0;
  for (const [name] of parts) {
    if (!name.endsWith(".vml")) continue;
    for (const m of (partText(parts, name) ?? "").matchAll(/<o:idmap\b[^>]*data="([\d,\s]+)"/g)) for (const n of m[1]!.split(/[,\s]+/)) max = Math.max(max, Number(n) || 0);
  }
  return max + 1;
}

/**
 * Applies note changes to one sheet; returns the sheet XML (changed only when a legacy drawing
 * reference had to be added).
 */
export function patchNotes(parts: PackageParts, sheetPath: string, sheetXml: string, notes: readonly { row: number; col: number; note: string | null }[]): string {
  if (notes.length === 0) return sheetXml;
  const relsPath = relsPathOf(sheetPath);
  const rels = readRelationships(partText(parts, relsPath));
  const dir = sheetPath.slice(0, sheetPath.lastIndexOf("/"));
  let commentsRel = rels.find((r) => r.type === COMMENTS_TYPE);
  let vmlRel = rels.find((r) => r.type === VML_TYPE);
  let xml = sheetXml;
  const adding = notes.some((n) => n.note !== null);

  let commentsPath = commentsRel ? resolveTarget(dir, commentsRel.target) : undefined;
  let comments = commentsPath ? partText(parts, commentsPath) : undefined;
  if (comments === undefined) {
    if (!adding) return xml;
    commentsPath = freePartName(parts, "xl/comments", ".xml");
    comments = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN_NS}"><authors><author>${NOTE_AUTHOR}</author></authors><commentList></commentList></comments>`;
    commentsRel = addRelationship(parts, relsPath, COMMENTS_TYPE, `../${commentsPath.slice(3)}`);
    addContentType(parts, `/${commentsPath}`, COMMENTS_CONTENT);
  }
  let vmlPath = vmlRel ? resolveTarget(dir, vmlRel.target) : undefined;
  let vml = vmlPath ? partText(parts, vmlPath) : undefined;
  if (vml === undefined) {
    if (!adding) vml = "";
    else {
      vmlPath = freePartName(parts, "xl/drawings/vmlDrawing", ".vml");
      vml = newVml(freeVmlBlock(parts));
      vmlRel = addRelationship(parts, relsPath, VML_TYPE, `../${vmlPath.slice(3)}`);
      addContentType(parts, "vml", VML_CONTENT);
      xml = insertLegacyDrawing(xml, vmlRel.id);
    }
  }

  const p = rootPrefix(comments, "comments");
  for (const n of notes) {
    const ref = toA1(n.row, n.col);
    const list = elements(comments, `${p}comment`);
    const existing = list.find((e) => getAttr(e.tag, "ref") === ref);
    const textEl = existing?.inner !== undefined ? elements(existing.inner, `${p}text`)[0] : undefined;
    const original = textEl?.inner !== undefined ? commentText(textEl.inner) : undefined;
    if (n.note === original) continue;
    if (n.note === null) {
      if (existing) comments = splice(comments, existing.start, existing.end, "");
      if (vml) {
        const shape = noteShapes(vml).find((s) => s.row === n.row && s.col === n.col);
        if (shape) vml = splice(vml, shape.start, shape.end, "");
      }
      continue;
    }
    if (existing && textEl && textEl.inner !== undefined && original !== undefined && n.note.startsWith(original)) {
      // Beside the clerk's note: their runs stay, ours follows (before any phonetic runs).
      const innerStart = existing.start + existing.tag.length + textEl.start + textEl.tag.length;
      const phonetic = /<([\w.-]+:)?(rPh|phoneticPr)\b/.exec(textEl.inner);
      const at = innerStart + (phonetic ? phonetic.index : textEl.inner.length);
      comments = splice(comments, at, at, run(p, n.note.slice(original.length)));
      continue;
    }
    if (existing && textEl && textEl.inner !== undefined && original !== undefined && original.startsWith(n.note) && n.note !== "") {
      // Back to the clerk's note: the runs we appended come off, theirs stay byte for byte.
      const runs = elements(textEl.inner, `${p}r`);
      let tail = original.slice(n.note.length);
      let cut = textEl.inner.length;
      for (let i = runs.length - 1; i >= 0 && tail !== ""; i--) {
        const t = commentText(textEl.inner.slice(runs[i]!.start, runs[i]!.end));
        if (!tail.endsWith(t)) break;
        tail = tail.slice(0, tail.length - t.length);
        cut = runs[i]!.start;
      }
      if (tail === "") {
        const innerStart = existing.start + existing.tag.length + textEl.start + textEl.tag.length;
        const runsEnd = runs.length > 0 ? runs[runs.length - 1]!.end : cut;
        comments = splice(comments, innerStart + cut, innerStart + runsEnd, "");
        continue;
      }
    }
    const text = `<${p}text>${run(p, n.note)}</${p}text>`;
    if (existing && textEl) {
      const s = existing.start + existing.tag.length + textEl.start;
      comments = splice(comments, s, s + (textEl.end - textEl.start), text);
      continue;
    }
    const author = authorIndex(comments, p);
    comments = author.xml;
    const listEl = elements(comments, `${p}commentList`)[0];
    if (!listEl) throw new PatchUnsupported("批注部件结构不完整");
    const entry = `<${p}comment ref="${ref}" authorId="${author.index}">${text}</${p}comment>`;
    comments = listEl.inner === undefined ? splice(comments, listEl.start, listEl.end, `<${p}commentList>${entry}</${p}commentList>`) : splice(comments, listEl.end - `</${p}commentList>`.length, listEl.end - `</${p}commentList>`.length, entry);
    if (vml !== undefined && vml !== "") {
      const ids: number[] = [...vml.matchAll(/_x0000_s(\d+)/g)].map((m) => Number(m[1]));
      const block = Number(/<o:idmap\b[^>]*data="(\d+)/.exec(vml)?.[1] ?? 1);
      const id: number = Math.max(block * 1024, ...ids) + 1;
      if (!vml.includes('id="_x0000_t202"')) vml = vml.replace(/<\/xml>\s*$/, `${SHAPETYPE}</xml>`);
      vml = vml.replace(/<\/xml>\s*$/, `${vmlShape(id, n.row, n.col, ids.length + 1)}</xml>`);
    }
  }
  comments = dropUnusedAuthor(comments, p);
  setPartText(parts, commentsPath!, comments);
  if (vmlPath && vml) setPartText(parts, vmlPath, vml);
  return xml;
}

/** Our author entry goes again once no comment uses it, if it is the last (indices stay valid). */
function dropUnusedAuthor(comments: string, p: string): string {
  const authors = elements(comments, `${p}authors`)[0];
  if (!authors?.inner) return comments;
  const list = elements(authors.inner, `${p}author`);
  const last = list[list.length - 1];
  if (!last || unescapeXml(last.inner ?? "") !== NOTE_AUTHOR || list.length < 2) return comments;
  const index = String(list.length - 1);
  if (elements(comments, `${p}comment`).some((c) => getAttr(c.tag, "authorId") === index)) return comments;
  const at = authors.start + authors.tag.length;
  return splice(comments, at + last.start, at + last.end, "");
}

function authorIndex(comments: string, p: string): { xml: string; index: number } {
  const authors = elements(comments, `${p}authors`)[0];
  if (!authors) throw new PatchUnsupported("批注部件没有作者表");
  const names = authors.inner === undefined ? [] : elements(authors.inner, `${p}author`).map((a) => unescapeXml(a.inner ?? ""));
  const at = names.indexOf(NOTE_AUTHOR);
  if (at >= 0) return { xml: comments, index: at };
  const entry = `<${p}author>${escapeXml(NOTE_AUTHOR)}</${p}author>`;
  const xml = authors.inner === undefined ? splice(comments, authors.start, authors.end, `<${p}authors>${entry}</${p}authors>`) : splice(comments, authors.end - `</${p}authors>`.length, authors.end - `</${p}authors>`.length, entry);
  return { xml, index: names.length };
}
