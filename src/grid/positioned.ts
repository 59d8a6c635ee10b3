/**
 * Text placed on a page → tables and paragraphs. A text PDF holds no tables, only pieces of text
 * at positions; text copied out of a PDF with its layout kept ("columns aligned with spaces")
 * holds the same thing in character columns. Both are rebuilt here:
 *
 * - lines by baseline; within a line, pieces closer than about one character join into one chunk
 *   (a cell's text), wider gaps separate cells;
 * - runs of lines with two or more chunks are tables (with the label-only rows between them, and
 *   the header lines just above); every other line is narrative, and narrative lines wrapped at
 *   the right margin are joined back into paragraphs;
 * - a table's columns are the x-ranges its chunks cover, split wherever one line has two chunks
 *   inside one range; a header chunk over several columns becomes a merged cell;
 * - a cell wrapped over lines (a header such as 附属单位 / 上缴收入, a long 科目名称) is joined into
 *   one cell: a line close below the previous one whose chunks fill other columns, or continue a
 *   chunk that filled its column, belongs to the same row.
 *
 * Coordinates: x grows to the right, y (the baseline) grows downwards, `size` is the font size
 * (for text in character columns: 1).
 */
import type { CellRange } from "./address";
import type { LineStart } from "./grid";

export interface Piece {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
}

export interface LayoutBlock {
  kind: "paragraph" | "table";
  rows: string[][];
  /** Merged areas, rows relative to the block's first row. */
  merges?: CellRange[];
  /** The page the block is on (set by the PDF reader). */
  page?: number;
  /** Per row: the lines of the page it was joined from, and where each starts in its text. */
  origin?: LineStart[][];
}

interface Chunk {
  text: string;
  x0: number;
  x1: number;
}

interface Line {
  /** 1-based among the lines of the page (or text), top to bottom. */
  index: number;
  y: number;
  size: number;
  chunks: Chunk[];
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;
/** Text that starts a new row: an enumeration (一、 （二） 3. ), a 科目编码, a number. */
const STARTS_ITEM = /^([一二三四五六七八九十百]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．]|\d{3,}|[-−]?\d[\d,]*(\.\d+)?%?$|合计|总计|小计|其中)/;

/** A cell holding only an amount (or a share). */
const AMOUNT = /^[-−]?\d[\d,]*(\.\d+)?%?$/;

function range([from, to]: readonly [number, number]): number[] {
  return Array.from({ length: to - from + 1 }, (_, k) => from + k);
}

/** Spaces between two CJK characters (letter-spaced, justified text) are layout, not text. */
function tidy(text: string): string {
  return text.replace(/([\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]) +(?=[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f])/g, "$1");
}

function joinText(a: string, b: string, gap: number, size: number): string {
  if (a === "") return b;
  if (gap < size * 0.15 || CJK.test(a.slice(-1)) || CJK.test(b.charAt(0))) return a + b;
  return `${a} ${b}`;
}

export interface LayoutOptions {
  /** A gap between pieces at least this many font sizes wide separates cells. Default 0.9. */
  cellGap?: number;
}

/** Groups pieces into lines (by baseline) and chunks (by horizontal gaps). */
function toLines(pieces: readonly Piece[], cellGap: number): Line[] {
  const sorted = pieces.filter((p) => p.text.trim() !== "").sort((a, b) => a.y - b.y || a.x0 - b.x0);
  const groups: Piece[][] = [];
  for (const p of sorted) {
    const g = groups[groups.length - 1];
    if (g && Math.abs(p.y - g[0]!.y) <= 0.45 * Math.min(p.size, g[0]!.size)) g.push(p);
    else groups.push([p]);
  }
  return groups.map((g, gi) => {
    g.sort((a, b) => a.x0 - b.x0);
    const size = Math.max(...g.map((p) => p.size));
    const chunks: Chunk[] = [];
    for (const p of g) {
      const last = chunks[chunks.length - 1];
      const text = tidy(p.text.trim());
      if (last && p.x0 - last.x1 < cellGap * size) {
        last.text = tidy(joinText(last.text, text, p.x0 - last.x1, size));
        last.x1 = Math.max(last.x1, p.x1);
      } else chunks.push({ text, x0: p.x0, x1: p.x1 });
    }
    return { index: gi + 1, y: g[0]!.y, size, chunks };
  });
}

/** Column x-ranges of a table: chunk coverage, split where one line has two chunks in a range. */
function columnsOf(lines: readonly Line[]): { x0: number; x1: number }[] {
  const all = lines.flatMap((l) => l.chunks).sort((a, b) => a.x0 - b.x0);
  let cols: { x0: number; x1: number }[] = [];
  for (const c of all) {
    const last = cols[cols.length - 1];
    if (last && c.x0 <= last.x1) last.x1 = Math.max(last.x1, c.x1);
    else cols.push({ x0: c.x0, x1: c.x1 });
  }
  // Split ranges holding two chunks of one line (a header chunk bridged two columns).
  for (let pass = 0; pass < 50; pass++) {
    let changed = false;
    const next: { x0: number; x1: number }[] = [];
    for (const col of cols) {
      let cut: number | undefined;
      for (const l of lines) {
        const inside = l.chunks.filter((c) => c.x0 >= col.x0 - 0.01 && c.x1 <= col.x1 + 0.01);
        for (let i = 1; i < inside.length && cut === undefined; i++) cut = (inside[i - 1]!.x1 + inside[i]!.x0) / 2;
        if (cut !== undefined) break;
      }
      if (cut === undefined) {
        next.push(col);
        continue;
      }
      // Rebuild the two sides from the chunks that lie wholly on either side of the cut.
      const left = all.filter((c) => c.x1 <= cut! && c.x0 >= col.x0 - 0.01);
      const right = all.filter((c) => c.x0 >= cut! && c.x1 <= col.x1 + 0.01);
      next.push({ x0: col.x0, x1: Math.max(...left.map((c) => c.x1), col.x0) });
      next.push({ x0: Math.min(...right.map((c) => c.x0), col.x1), x1: col.x1 });
      changed = true;
    }
    cols = next;
    if (!changed) break;
  }
  return cols;
}

/** Columns a chunk lies over: by overlap, else the nearest. */
function spanOf(c: Chunk, cols: readonly { x0: number; x1: number }[]): [number, number] {
  const over: number[] = [];
  cols.forEach((col, i) => {
    const o = Math.min(c.x1, col.x1) - Math.max(c.x0, col.x0);
    const w = Math.min(c.x1 - c.x0, col.x1 - col.x0);
    if (o > 0 && o >= 0.25 * Math.max(w, 0.01)) over.push(i);
  });
  if (over.length > 0) return [over[0]!, over[over.length - 1]!];
  let best = 0;
  let dist = Infinity;
  cols.forEach((col, i) => {
    const d = c.x1 < col.x0 ? col.x0 - c.x1 : c.x0 > col.x1 ? c.x0 - col.x1 : 0;
    if (d < dist) {
      dist = d;
      best = i;
    }
  });
  return [best, best];
}

function buildTable(lines: readonly Line[]): LayoutBlock {
  const cols = columnsOf(lines);
  const placed = lines.map((l) => l.chunks.map((c) => ({ c, span: spanOf(c, cols) })));
  const widest = cols.map(() => 0);
  for (const line of placed) for (const { c, span } of line) if (span[0] === span[1]) widest[span[0]] = Math.max(widest[span[0]]!, c.x1 - c.x0);

  // The table's usual distance between rows: wrapped lines inside a cell sit closer than that.
  const pitches = lines.slice(1).map((l, i) => l.y - lines[i]!.y).sort((a, b) => a - b);
  const usual = pitches.length > 0 ? pitches[Math.floor(pitches.length * 0.75)]! : Infinity;

  interface Row {
    cells: (Chunk | undefined)[];
    last: (Chunk | undefined)[];
    /** Baseline of each cell's first line. */
    firstY: (number | undefined)[];
    /** Baseline of the row's first line with two or more cells, one of them a number or code. */
    anchorY?: number;
    spans: Map<number, number>;
    /** Lines of the page joined into the row. */
    lines: number[];
    /** The row as it was before its last line was joined to it. */
    prior?: Row;
  }
  const rows: Row[] = [];
  const copyRow = (r: Row): Row => ({ cells: [...r.cells], last: [...r.last], firstY: [...r.firstY], anchorY: r.anchorY, spans: new Map(r.spans), lines: [...r.lines] });
  const place = (target: Row, line: Line, here: readonly { c: Chunk; span: [number, number] }[]): void => {
    target.lines.push(line.index);
    if (target.anchorY === undefined && here.length >= 2 && here.some(({ c }) => STARTS_ITEM.test(c.text) && /\d/.test(c.text))) target.anchorY = line.y;
    for (const { c, span } of here) {
      target.firstY[span[0]] ??= line.y;
      const above = target.cells[span[0]];
      target.cells[span[0]] = above ? { text: joinText(above.text, c.text, 0, line.size), x0: above.x0, x1: Math.max(above.x1, c.x1) } : { ...c };
      target.last[span[0]] = c;
      if (span[1] > span[0]) target.spans.set(span[0], span[1]);
    }
  };
  let prevLine: Line | undefined;
  lines.forEach((line, li) => {
    const here = placed[li]!;
    const row = rows[rows.length - 1];
    let join = false;
    const pitch = prevLine ? line.y - prevLine.y : Infinity;
    if (row && pitch < 1.7 * line.size) {
      join = here.every(({ c, span }) => {
        const above = row.last[span[0]];
        if (!above) return true; // a column the row has not filled yet
        // A wrapped cell: closer than rows usually are, under the text it continues, not the
        // start of a new item (一、, (二), a 科目编码), and the line above filled its column.
        // Where the other cells are centred vertically, a wrapped cell starts above the row's
        // line of numbers; where they are at the top, the line above fills its column.
        const first = row.firstY[span[0]] ?? line.y;
        const centred = row.anchorY === undefined || first < row.anchorY - 0.3 * line.size;
        const full = above.x1 - above.x0 >= 0.85 * widest[span[0]]!;
        // Under the text it continues: left-aligned, or centred under it (a centred header).
        const under = Math.abs(c.x0 - above.x0) <= line.size * 1.5 || Math.abs(c.x0 + c.x1 - above.x0 - above.x1) <= line.size * 1.5;
        return span[0] === span[1] && pitch < 0.8 * usual && !STARTS_ITEM.test(c.text) && under && (centred || full);
      });
      // Unless the next line is close below and fills the other columns: then this line is the
      // top of a wrapped cell in the next row, centred beside that row's numbers.
      const next = lines[li + 1];
      const nextPlaced = placed[li + 1];
      if (join && next && nextPlaced && nextPlaced.length >= 2 && next.y - line.y < 0.8 * usual) {
        const mine = new Set(here.map((h) => h.span[0]));
        if (nextPlaced.every((n) => !mine.has(n.span[0]))) join = !here.some(({ span }) => row.last[span[0]] !== undefined);
      }
    }
    // A line of amounts only, set just above its row's labels (the amounts' baseline a little
    // higher than the labels'), was joined to the row above: it belongs to this row when it sits
    // much closer to this line than to the line above it and fills only cells this line leaves
    // empty. (Amounts of a label wrapped over the lines above sit as close to those lines.)
    let moved: { line: Line; here: typeof here } | undefined;
    const prevIndex = li - 1;
    if (!join && row?.prior && prevLine && row.lines[row.lines.length - 1] === prevLine.index && prevIndex >= 1) {
      const prevHere = placed[prevIndex]!;
      const before = lines[prevIndex - 1]!;
      const mine = new Set(here.flatMap(({ span }) => range(span)));
      if (
        prevHere.every(({ c, span }) => AMOUNT.test(c.text) && span[0] === span[1] && !mine.has(span[0])) &&
        here.some(({ c }) => !AMOUNT.test(c.text)) &&
        pitch < 0.6 * (prevLine.y - before.y) &&
        pitch < 0.8 * usual
      ) {
        rows[rows.length - 1] = row.prior;
        moved = { line: prevLine, here: prevHere };
      }
    }
    if (!join) rows.push({ cells: cols.map(() => undefined), last: cols.map(() => undefined), firstY: cols.map(() => undefined), spans: new Map(), lines: [] });
    const target = rows[rows.length - 1]!;
    target.prior = join ? copyRow(target) : undefined;
    if (moved) place(target, moved.line, moved.here);
    place(target, line, here);
    prevLine = line;
  });
  // A header cell over several columns becomes a merged area, up to the next cell with text.
  const merges: CellRange[] = [];
  rows.forEach((r, i) => {
    let taken = -1;
    [...r.spans.entries()].sort((a, b) => a[0] - b[0]).forEach(([left, right]) => {
      if (left <= taken) return;
      let end = left;
      while (end < right && r.cells[end + 1] === undefined) end++;
      if (end > left) merges.push({ top: i, left, bottom: i, right: end });
      taken = end;
    });
  });
  return { kind: "table", rows: rows.map((r) => r.cells.map((c) => c?.text ?? "")), merges, origin: rows.map((r) => r.lines.map((line) => ({ line, at: 0 }))) };
}

/** Lays out the pieces of one page (or one text) as tables and paragraphs, top to bottom. */
export function layoutPieces(pieces: readonly Piece[], options: LayoutOptions = {}): LayoutBlock[] {
  const lines = toLines(pieces, options.cellGap ?? 0.9);
  const multi = lines.map((l) => l.chunks.length >= 2);
  const pageLeft = Math.min(...lines.map((l) => l.chunks[0]!.x0));
  const pageWidth = Math.max(...lines.map((l) => l.chunks[l.chunks.length - 1]!.x1)) - pageLeft;
  /** Whether a line is the page's last text, or followed only by a page number. */
  const lastOnPage = (k: number): boolean => lines.slice(k + 1).every((l) => l.chunks.length === 1 && /^[-—–\s\d第页/]+$/.test(l.chunks[0]!.text));
  const inTable: (number | undefined)[] = lines.map(() => undefined);
  const runs: [number, number][] = [];
  let i = 0;
  while (i < lines.length) {
    if (!multi[i]) {
      i++;
      continue;
    }
    let end = i;
    for (let j = i + 1; j < lines.length; j++) {
      const line = lines[j]!;
      if (line.y - lines[j - 1]!.y > 4 * line.size) break;
      if (multi[j]) {
        end = j;
        continue;
      }
      // Narrative ends a table: a note, a "单位：…" line, a line as wide as the text.
      const only = line.chunks[0]!;
      if (/^注|[:：]/.test(only.text) || only.x1 - only.x0 > 0.6 * pageWidth) break;
      // Label-only rows at the foot of the page belong to the table (it goes on overleaf).
      if (lastOnPage(j)) {
        end = j;
        break;
      }
    }
    // Header lines just above: close, single, no "单位：…" / "部门：…".
    let start = i;
    const left = Math.min(...lines.slice(i, end + 1).flatMap((l) => l.chunks.map((c) => c.x0)));
    const right = Math.max(...lines.slice(i, end + 1).flatMap((l) => l.chunks.map((c) => c.x1)));
    while (start > 0 && inTable[start - 1] === undefined) {
      const above = lines[start - 1]!;
      const chunk = above.chunks[0]!;
      if (above.chunks.length !== 1 || lines[start]!.y - above.y > 2.2 * above.size) break;
      if (/[:：]/.test(chunk.text) || chunk.x0 < left - 3 * above.size || chunk.x1 > right + 3 * above.size) break;
      if (chunk.x1 - chunk.x0 > 0.45 * pageWidth) break;
      start--;
    }
    runs.push([start, end]);
    for (let k = start; k <= end; k++) inTable[k] = runs.length - 1;
    i = end + 1;
  }

  const singles = lines.filter((_, k) => inTable[k] === undefined);
  const margin = singles.length > 0 ? Math.max(...singles.map((l) => l.chunks[l.chunks.length - 1]!.x1)) : 0;
  const leftMargin = singles.length > 0 ? Math.min(...singles.map((l) => l.chunks[0]!.x0)) : 0;
  const blocks: LayoutBlock[] = [];
  let para: { text: string; last: Line; starts: LineStart[] } | undefined;
  const flush = (): void => {
    if (para) blocks.push({ kind: "paragraph", rows: [[para.text]], origin: [para.starts] });
    para = undefined;
  };
  for (let k = 0; k < lines.length; k++) {
    const run = inTable[k];
    if (run !== undefined) {
      flush();
      const [s, e] = runs[run]!;
      if (k === s) blocks.push(buildTable(lines.slice(s, e + 1)));
      continue;
    }
    const line = lines[k]!;
    const text = line.chunks.map((c) => c.text).join(" ");
    const first = line.chunks[0]!;
    if (para) {
      const prev = para.last;
      const prevEnd = prev.chunks[prev.chunks.length - 1]!.x1;
      const full = prevEnd >= margin - 1.5 * prev.size;
      const close = line.y - prev.y <= 2.2 * line.size;
      // The next line starts at the left margin, under a line that started there or was indented.
      const notIndented = first.x0 <= leftMargin + 0.5 * line.size && prev.chunks[0]!.x0 <= leftMargin + 3 * line.size;
      if (full && close && notIndented) {
        const joined = joinText(para.text, text, 0, line.size);
        para = { text: joined, last: line, starts: [...para.starts, { line: line.index, at: joined.length - text.length }] };
        continue;
      }
    }
    flush();
    para = { text, last: line, starts: [{ line: line.index, at: 0 }] };
  }
  flush();
  return blocks;
}

/**
 * Text whose columns are aligned with runs of spaces (pdftotext -layout, fixed-width reports):
 * each line's cells are the pieces separated by two or more spaces (or a full-width space),
 * placed by character column, CJK characters counting two.
 */
export function piecesFromAlignedText(lines: readonly string[]): Piece[] {
  const pieces: Piece[] = [];
  lines.forEach((line, y) => {
    let x = 0;
    let cur: { text: string; x0: number } | undefined;
    let spaces = 0;
    for (const ch of line) {
      const w = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
      if (ch === " " || ch === "\u3000" || ch === "\t") {
        spaces += ch === " " ? 1 : 2;
      } else {
        if (cur && spaces >= 2) {
          pieces.push({ text: cur.text, x0: cur.x0, x1: x - spaces, y, size: 1 });
          cur = undefined;
        }
        if (cur) cur.text += " ".repeat(spaces) + ch;
        else cur = { text: ch, x0: x };
        spaces = 0;
      }
      x += w;
    }
    if (cur) pieces.push({ text: cur.text, x0: cur.x0, x1: x - spaces, y, size: 1 });
  });
  return pieces;
}
