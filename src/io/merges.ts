/**
 * Overlapping merged areas. Excel never writes them, but files exported by Java/POI tools (the
 * central project-library system's .xls among them) do, and every spreadsheet reader then has to
 * choose: exceljs refuses the whole file, Excel "repairs" it by dropping merges. We keep the
 * areas that hide no one's text, smallest first, drop the rest, and say which were dropped.
 */
import { type CellRange, rangeToA1 } from "../grid/address";

function overlaps(a: CellRange, b: CellRange): boolean {
  return !(a.bottom < b.top || b.bottom < a.top || a.right < b.left || b.right < a.left);
}

function area(m: CellRange): number {
  return (m.bottom - m.top + 1) * (m.right - m.left + 1);
}

/** Whether an area covers a non-empty cell other than its top-left one (which a merge hides). */
function hidesText(m: CellRange, hasText: (row: number, col: number) => boolean): boolean {
  if (area(m) > 100_000) return true; // a merge over most of a sheet: never the one to keep
  for (let r = m.top; r <= m.bottom; r++) {
    for (let c = m.left; c <= m.right; c++) if ((r !== m.top || c !== m.left) && hasText(r, c)) return true;
  }
  return false;
}

export interface MergeResolution {
  merges: CellRange[];
  /** Areas left out because they overlapped one that was kept. */
  dropped: CellRange[];
}

/**
 * Keeps a set of non-overlapping merged areas. Areas that would hide a non-empty cell lose to
 * those that would not; then the smaller area wins (it is the one a reader of the form sees as
 * a cell), then the one listed first. Areas that overlap nothing are always kept, in order.
 */
export function resolveOverlappingMerges(merges: readonly CellRange[], hasText: (row: number, col: number) => boolean): MergeResolution {
  // Sort-and-sweep by top row so that only areas sharing rows are compared.
  const order = merges.map((m, i) => i).sort((a, b) => merges[a]!.top - merges[b]!.top);
  const clashing = new Set<number>();
  for (let x = 0; x < order.length; x++) {
    const a = merges[order[x]!]!;
    for (let y = x + 1; y < order.length; y++) {
      const b = merges[order[y]!]!;
      if (b.top > a.bottom) break;
      if (overlaps(a, b)) {
        clashing.add(order[x]!);
        clashing.add(order[y]!);
      }
    }
  }
  if (clashing.size === 0) return { merges: [...merges], dropped: [] };
  const candidates = [...clashing].map((i) => ({ i, hides: hidesText(merges[i]!, hasText), size: area(merges[i]!) }));
  candidates.sort((a, b) => Number(a.hides) - Number(b.hides) || a.size - b.size || a.i - b.i);
  const kept = new Set<number>();
  const dropped: CellRange[] = [];
  for (const c of candidates) {
    const m = merges[c.i]!;
    if ([...kept].some((k) => overlaps(merges[k]!, m))) dropped.push(m);
    else kept.add(c.i);
  }
  return { merges: merges.filter((_, i) => !clashing.has(i) || kept.has(i)), dropped };
}

/** The info line for a sheet whose overlapping merged areas were resolved. */
export function overlapNotice(sheet: string, dropped: readonly CellRange[]): string {
  const shown = dropped.slice(0, 3).map(rangeToA1).join("、");
  const more = dropped.length > 3 ? ` 等 ${dropped.length} 处` : "";
  return `工作表“${sheet}”中有相互重叠的合并单元格，已取消其中 ${shown}${more} 的合并（单元格内容都已读取，未丢失）。`;
}

/**
 * Whether an .xlsx package has a sheet with overlapping merged areas (which exceljs refuses).
 * Reads only the <mergeCell ref="…"/> lists; false for anything that is not a readable zip.
 */
export async function xlsxHasOverlappingMerges(bytes: Uint8Array): Promise<boolean> {
  // The package reader the memory host uses, with its checks of the zip directory before inflating.
  const { readPackage, partText } = await import("../hosts/memory/package/zip");
  let parts: ReturnType<typeof readPackage>;
  try {
    parts = readPackage(bytes);
  } catch {
    return false;
  }
  const { parseRange } = await import("../grid/address");
  for (const name of parts.keys()) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(name)) continue;
    const xml = partText(parts, name) ?? "";
    const ranges = [...xml.matchAll(/<mergeCell\b[^>]*\bref="([^"]+)"/g)].map((m) => parseRange(m[1]!)).filter((r): r is CellRange => r !== undefined);
    if (resolveOverlappingMerges(ranges, () => false).dropped.length > 0) return true;
  }
  return false;
}
