/**
 * Where a finding is in the document the clerk or the reviewer holds. A PDF is read into a grid
 * whose cells are ours, not theirs: a finding on a PDF names its page and line instead. The PDF
 * reader records, for every grid row, the page and the lines of text joined into it
 * (grid/positioned.ts → Grid.places); here a finding's first cell is turned into that place.
 * In a paragraph of several lines, the line is the one where the text the message quotes
 * (“…”) starts, else the paragraph's first line.
 */
import { parseA1 } from "../grid/address";
import type { RowPlace } from "../grid/grid";
import type { Finding, Locale, RelatedFinding } from "../rules/types";

export interface SourcePlace {
  page: number;
  line: number;
}

/** Per sheet: the page and lines of each grid row (only for sheets read from a PDF). */
export type DocumentPlaces = ReadonlyMap<string, readonly (RowPlace | undefined)[]>;

/** The quoted passages of a message, longest first (“…” and "…"). */
function quotes(message: string): string[] {
  const out: string[] = [];
  for (const m of message.matchAll(/“([^”]{2,})”/g)) out.push(m[1]!);
  return out.sort((a, b) => b.length - a.length);
}

/** The place of one cell, the line chosen by where `quoted` text starts in the cell's text. */
export function placeOfCell(places: DocumentPlaces, sheet: string, ref: string, text = "", quoted: readonly string[] = []): SourcePlace | undefined {
  const rows = places.get(sheet);
  const at = parseA1(ref);
  if (!rows || !at) return undefined;
  const row = rows[at.row];
  if (!row || row.lines.length === 0) return undefined;
  let offset = -1;
  for (const q of quoted) {
    offset = text.indexOf(q);
    if (offset >= 0) break;
  }
  let line = row.lines[0]!.line;
  if (offset >= 0) for (const l of row.lines) if (l.at <= offset) line = l.line;
  return { page: row.page, line };
}

/** Where a finding shows in the source document, when that is a PDF. */
export function placeOfFinding(places: DocumentPlaces | undefined, f: Finding | RelatedFinding): SourcePlace | undefined {
  const cell = f.cells[0];
  if (!places || !cell) return undefined;
  return placeOfCell(places, cell.sheet ?? f.sheet, cell.ref, cell.text, quotes(f.message));
}

/** "第 3 页第 12 行" / "page 3, line 12". */
export function placeText(p: SourcePlace, locale: Locale = "zh-CN"): string {
  return locale === "en" ? `page ${p.page}, line ${p.line}` : `第 ${p.page} 页第 ${p.line} 行`;
}

/** A finding placed in its PDF: `place` is where it shows; related findings carry theirs. */
export type PlacedFinding = Finding & { place?: SourcePlace; related?: (RelatedFinding & { place?: SourcePlace })[] };

/**
 * Cells a message names for comparison ("（公开05表 E222）") are cells of our grid, not of the
 * PDF: they are named by page and line too.
 */
function placeMessage(message: string, sheet: string, places: DocumentPlaces, locale: Locale): string {
  return message.replace(/(公开\d{2}表) ?([A-Z]{1,3}\d+)(?![\dA-Z])/g, (all, table: string, ref: string) => {
    const p = placeOfCell(places, sheet, ref);
    return p ? `${table}${locale === "en" ? ", " : ""}${placeText(p, locale)}` : all;
  });
}

/** The findings of a PDF with their places, and the cells their messages name as places too. */
export function withPlaces(findings: readonly Finding[], places: DocumentPlaces | undefined, locale: Locale = "zh-CN"): PlacedFinding[] {
  if (!places) return [...findings];
  const extra = (f: Finding | RelatedFinding): { message: string; place?: SourcePlace } => {
    const place = placeOfFinding(places, f);
    const message = placeMessage(f.message, f.sheet, places, locale);
    return place ? { message, place } : { message };
  };
  return findings.map((f) => {
    const placed: PlacedFinding = { ...f, ...extra(f) };
    if (f.related) placed.related = f.related.map((r) => ({ ...r, ...extra(r) }));
    return placed;
  });
}
