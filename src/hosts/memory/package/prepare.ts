/**
 * A package made safe and plain for the reader (exceljs) before it is parsed, without touching
 * the clerk's file (saving patches the original bytes, package/patch.ts):
 * - the zip's directory is checked before inflating (zip-guard.ts);
 * - rows and cells without an `r` attribute (valid OOXML: each follows the previous one) are
 *   numbered, since exceljs cannot place them;
 * - a shared formula whose master cell is missing keeps its cached value and loses the formula
 *   it cannot spell out;
 * - a merged area too big to expand (beyond READ_LIMITS.clipMergesAbove cells) that reaches beyond
 *   the cells the sheet uses is clipped to them (one merge over a whole sheet is 17 billion cells
 *   to a reader that expands merges); ordinary merges over empty cells, such as a blank
 *   template's title, are kept as they are. A sheet with more merged
 *   areas or cells than any form has is refused, each with one sentence.
 * Sheets that need none of this are passed on as they are; so is the whole file when no sheet does.
 */
import { columnLetters, parseA1, parseRange, toA1 } from "../../../grid/address";
import { ZipRefused } from "./zip-guard";
import { elements, getAttr, rootPrefix, setAttr } from "./xml";
import { partText, readPackage, setPartText, writePackage } from "./zip";

export const READ_LIMITS = {
  /** Merged areas on one sheet. */
  maxMerges: 100_000,
  /** Cells of one merged area, after clipping to the used range. */
  maxMergeCells: 1_000_000,
  /** A merged area of more cells than this is clipped to the used range; smaller ones are kept. */
  clipMergesAbove: 100_000,
};

export interface PreparedPackage {
  bytes: Uint8Array;
  /** One sentence per thing changed for reading (zh-CN). */
  notices: string[];
}

function numberRowsAndCells(xml: string, p: string): string {
  let row = 0;
  const rowRe = new RegExp(`<${p}row(?=[\\s/>])[^>]*?/>|<${p}row(?=[\\s/>])[^>]*>[\\s\\S]*?</${p}row>`, "g");
  return xml.replace(rowRe, (whole: string) => {
    const tag = /^<[^>]*>/.exec(whole)![0];
    const r = getAttr(tag, "r");
    row = r !== undefined && Number(r) >= 1 ? Number(r) : row + 1;
    const newTag = r === undefined ? setAttr(tag, "r", String(row)) : tag;
    if (tag.endsWith("/>")) return newTag;
    let col = -1;
    const body = whole.slice(tag.length).replace(new RegExp(`<${p}c(?=[\\s/>])[^>]*>`, "g"), (cellTag: string) => {
      const ref = getAttr(cellTag, "r");
      const at = ref === undefined ? undefined : parseA1(ref);
      col = at ? at.col : col + 1;
      return at ? cellTag : setAttr(cellTag, "r", toA1(row - 1, col));
    });
    return newTag + body;
  });
}

/** Bounds of the cells present (0-based, inclusive), or undefined for an empty sheet. */
function usedRange(xml: string, p: string): { bottom: number; right: number } | undefined {
  let bottom = -1;
  let right = -1;
  for (const m of xml.matchAll(new RegExp(`<${p}c(?=[\\s/>])[^>]*\\sr="([A-Z]+)(\\d+)"`, "g"))) {
    const at = parseA1(`${m[1]}${m[2]}`);
    if (!at) continue;
    if (at.row > bottom) bottom = at.row;
    if (at.col > right) right = at.col;
  }
  return bottom < 0 ? undefined : { bottom, right };
}

function prepareSheet(xml: string, sheetName: string, notices: string[]): string {
  const p = rootPrefix(xml, "worksheet");
  let out = xml;
  if (new RegExp(`<${p}row(?=[\\s/>])(?![^>]*\\sr=)|<${p}c(?=[\\s/>])(?![^>]*\\sr=)`).test(out)) out = numberRowsAndCells(out, p);

  // Shared formulas without a master: keep the value, drop the formula.
  if (out.includes('t="shared"')) {
    const masters = new Set<string>();
    for (const m of out.matchAll(new RegExp(`<${p}f(?=[\\s>])[^>]*\\bt="shared"[^>]*>`, "g"))) if (getAttr(m[0], "ref") !== undefined) masters.add(getAttr(m[0], "si") ?? "");
    out = out.replace(new RegExp(`<${p}f(?=[\\s/>])[^>]*\\bt="shared"[^>]*?(?:/>|>[^<]*</${p}f>)`, "g"), (f: string) => {
      const tag = /^<[^>]*>/.exec(f)![0];
      return getAttr(tag, "ref") !== undefined || masters.has(getAttr(tag, "si") ?? "") ? f : "";
    });
  }

  const mergeCells = elements(out, `${p}mergeCell`);
  if (mergeCells.length > READ_LIMITS.maxMerges) {
    throw new ZipRefused(`工作表“${sheetName}”有 ${mergeCells.length} 个合并区域，超出了可读取的上限 ${READ_LIMITS.maxMerges}。请确认文件无误。`);
  }
  if (mergeCells.length > 0) {
    const used = usedRange(out, p);
    let clipped = 0;
    const kept: string[] = [];
    for (const m of mergeCells) {
      const r = parseRange(getAttr(m.tag, "ref") ?? "");
      if (!r) continue;
      const big = (r.bottom - r.top + 1) * (r.right - r.left + 1) > READ_LIMITS.clipMergesAbove;
      const bottom = big ? Math.max(r.top, Math.min(r.bottom, used?.bottom ?? r.top)) : r.bottom;
      const right = big ? Math.max(r.left, Math.min(r.right, used?.right ?? r.left)) : r.right;
      if (bottom !== r.bottom || right !== r.right) clipped++;
      if ((bottom - r.top + 1) * (right - r.left + 1) > READ_LIMITS.maxMergeCells) {
        throw new ZipRefused(`工作表“${sheetName}”的合并区域 ${getAttr(m.tag, "ref")} 超出了可读取的大小。请在 Excel 或 WPS 中取消这个合并后再试。`);
      }
      if (bottom > r.top || right > r.left) kept.push(`<${p}mergeCell ref="${columnLetters(r.left)}${r.top + 1}:${columnLetters(right)}${bottom + 1}"/>`);
    }
    if (clipped > 0) {
      const block = elements(out, `${p}mergeCells`)[0]!;
      out = out.slice(0, block.start) + (kept.length > 0 ? `<${p}mergeCells count="${kept.length}">${kept.join("")}</${p}mergeCells>` : "") + out.slice(block.end);
      notices.push(`工作表“${sheetName}”有 ${clipped} 个合并区域超出了已填写的单元格，已按已填写的范围读取。`);
    }
  }
  return out;
}

/** Checks and, where needed, rewrites a package for reading; throws ZipRefused. */
export function prepareForReading(bytes: Uint8Array): PreparedPackage {
  const parts = readPackage(bytes);
  const notices: string[] = [];
  const names = sheetNames(parts);
  let changed = false;
  for (const [name] of parts) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/i.test(name)) continue;
    const xml = partText(parts, name)!;
    const next = prepareSheet(xml, names.get(name) ?? name, notices);
    if (next !== xml) {
      setPartText(parts, name, next);
      changed = true;
    }
  }
  return { bytes: changed ? writePackage(parts, 0) : bytes, notices };
}

/** Worksheet part → sheet name, for messages. */
function sheetNames(parts: Map<string, Uint8Array>): Map<string, string> {
  const out = new Map<string, string>();
  const wb = partText(parts, "xl/workbook.xml");
  const rels = partText(parts, "xl/_rels/workbook.xml.rels");
  if (wb === undefined || rels === undefined) return out;
  const targets = new Map(elements(rels, `${rootPrefix(rels, "Relationships")}Relationship`).map((e) => [getAttr(e.tag, "Id"), getAttr(e.tag, "Target") ?? ""]));
  for (const e of elements(wb, `${rootPrefix(wb, "workbook")}sheet`)) {
    const id = /\s[\w.-]+:id="([^"]*)"/.exec(e.tag)?.[1];
    const target = targets.get(id);
    if (target) out.set(target.startsWith("/") ? target.slice(1) : `xl/${target}`, getAttr(e.tag, "name") ?? "");
  }
  return out;
}
