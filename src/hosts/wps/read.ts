/**
 * ET worksheet → Grid. Cost is what matters here: every property read is a call across WPS's
 * JS bridge (roughly 0.1–0.3 ms each), so a sheet is read in a handful of bulk calls and only a
 * few per-cell calls where nothing else gives the answer:
 *
 * - values: `Value2` of row blocks (a 2-D array; a scalar when the block is one cell). Value2
 *   rather than Value: it gives dates as serial numbers (as the grid holds them) and is a property
 *   in every build (`Value` is a method taking a data-type argument).
 * - formulas: `Formula` of the same blocks. For a constant it gives the constant as text, so a
 *   text cell "=1+1" (written with an apostrophe) reads back as the formula "=1+1"; only for those
 *   ambiguous cells (value string equal to the formula text) is `HasFormula` asked per cell.
 * - displayed text: strings, booleans and errors show themselves. Numbers depend on the number
 *   format, so `NumberFormat` is read once per column of the block: a column in General format
 *   ("General", "G/通用格式", "常规", or Text "@") gets the text computed here, exactly as the
 *   other hosts do; other columns read `Text` per numeric cell. `Text` shows "####" when the
 *   column is too narrow — then the computed text is used instead.
 * - error values: depending on the build Value2 gives "#DIV/0!" or the VBA error code
 *   (-2146826281, or 2007): both are recognised, the bare codes only when the cell's Text agrees,
 *   the texts unless the cell's PrefixCharacter says the clerk typed it as text ('#N/A).
 * - merged areas: `MergeCells` answers true / false / null (mixed) for a whole range, so the block
 *   is split in halves only where the answer is not false, and `MergeArea` is asked only of cells
 *   that are merged: about (merged areas × log cells) calls instead of one per cell. Covered cells
 *   (inside an area, not its top-left) are left out of the grid, as Office.js reads them empty.
 */
import { type CellRange, rangeContains } from "../../grid/address";
import { type Cell, type CellValue, ERROR_VALUES, Grid, displayText, isCellError } from "../../grid/grid";
import { usedArea, nameOf } from "./book";
import { type EtRange, type EtWorksheet, a1, areaOf, read, to2D } from "./et";

/** Rows per Value2/Formula call: keeps each answer well below the bridge's comfortable size. */
export const READ_BLOCK_ROWS = 2000;

const GENERAL_FORMATS = new Set(["general", "g/通用格式", "常规", "通用格式", "@", ""]);

/** VBA CVErr codes as a bridge may hand them over (HRESULT form and xlErr form). */
const ERROR_CODES = new Map<number, string>([
  [-2146826288, "#NULL!"],
  [-2146826281, "#DIV/0!"],
  [-2146826273, "#VALUE!"],
  [-2146826265, "#REF!"],
  [-2146826259, "#NAME?"],
  [-2146826252, "#NUM!"],
  [-2146826246, "#N/A"],
]);
const XL_ERROR_CODES = new Map<number, string>([
  [2000, "#NULL!"],
  [2007, "#DIV/0!"],
  [2015, "#VALUE!"],
  [2023, "#REF!"],
  [2029, "#NAME?"],
  [2036, "#NUM!"],
  [2042, "#N/A"],
]);
const ERROR_TEXTS = new Set<string>(ERROR_VALUES);

/** Counts of bridge calls, for tests and diagnostics. */
export interface ReadStats {
  textReads: number;
  mergeProbes: number;
}

export function readGrid(ws: EtWorksheet, range: CellRange | undefined, stats?: ReadStats): Grid {
  const name = nameOf(ws);
  const area = range ?? usedArea(ws);
  if (!area) return new Grid(name, []);

  let merges = findMerges(ws, area, stats);
  // As the other hosts do: a range read reports the merged areas whose top-left cell lies in it.
  if (range) merges = merges.filter((m) => rangeContains(range, m.top, m.left));
  const covered = new Set<number>();
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(key(r, c));
  }

  const width = area.right - area.left + 1;
  const generalColumn = new Map<number, boolean>();
  const isGeneral = (col: number): boolean => {
    let g = generalColumn.get(col);
    if (g === undefined) {
      const fmt = read(ws.Range(a1({ top: area.top, left: col, bottom: area.bottom, right: col })), "NumberFormat");
      g = typeof fmt === "string" && GENERAL_FORMATS.has(fmt.trim().toLowerCase());
      generalColumn.set(col, g);
    }
    return g;
  };

  const rows: (Cell | undefined)[][] = [];
  for (let top = area.top; top <= area.bottom; top += READ_BLOCK_ROWS) {
    const bottom = Math.min(area.bottom, top + READ_BLOCK_ROWS - 1);
    const height = bottom - top + 1;
    const block = ws.Range(a1({ top, left: area.left, bottom, right: area.right }));
    const values = to2D(block.Value2, height, width);
    const formulas = to2D(block.Formula, height, width);
    for (let i = 0; i < height; i++) {
      const r = top + i;
      for (let j = 0; j < width; j++) {
        const c = area.left + j;
        if (covered.has(key(r, c))) continue;
        const cell = readCell(ws, r, c, values[i]?.[j], formulas[i]?.[j], isGeneral, stats);
        if (cell) (rows[r] ??= [])[c] = cell;
      }
    }
  }
  return new Grid(name, rows, merges);
}

function readCell(
  ws: EtWorksheet,
  r: number,
  c: number,
  raw: unknown,
  formulaRaw: unknown,
  isGeneral: (col: number) => boolean,
  stats: ReadStats | undefined,
): Cell | undefined {
  let formula = typeof formulaRaw === "string" && formulaRaw.length > 1 && formulaRaw.startsWith("=") ? formulaRaw : undefined;
  // A text constant "=1+1" reads as Formula "=1+1" too: only HasFormula tells them apart.
  if (formula !== undefined && typeof raw === "string" && raw === formula && read(cellAt(ws, r, c), "HasFormula") !== true) formula = undefined;

  const shownText = (): string | undefined => {
    if (stats) stats.textReads++;
    const t = read(cellAt(ws, r, c), "Text");
    return typeof t === "string" ? t : undefined;
  };

  let value: CellValue;
  let text: string;
  if (typeof raw === "number") {
    const coded = ERROR_CODES.get(raw);
    const xlCoded = XL_ERROR_CODES.get(raw);
    if (coded !== undefined) {
      value = { error: coded };
      text = coded;
    } else if (!Number.isFinite(raw)) {
      value = { error: "#NUM!" };
      text = "#NUM!";
    } else if (isGeneral(c) && xlCoded === undefined) {
      value = raw;
      text = displayText(raw);
    } else {
      const shown = shownText();
      if (xlCoded !== undefined && shown === xlCoded) {
        value = { error: xlCoded };
        text = xlCoded;
      } else {
        value = raw;
        text = shown !== undefined && shown !== "" && !/^#+$/.test(shown) ? shown : displayText(raw);
      }
    }
  } else if (typeof raw === "boolean") {
    value = raw;
    text = displayText(raw);
  } else if (typeof raw === "string") {
    if (raw === "") {
      value = formula === undefined ? null : "";
      text = "";
    } else if (ERROR_TEXTS.has(raw) && (formula !== undefined || read(cellAt(ws, r, c), "PrefixCharacter") !== "'")) {
      // Builds that give errors as text: a quote-prefixed "#N/A" typed by the clerk is text.
      value = { error: raw };
      text = raw;
    } else {
      value = raw;
      text = raw;
    }
  } else if (isCellError(raw)) {
    value = { error: raw.error };
    text = raw.error;
  } else if (raw instanceof Date) {
    // A bridge that converts dates anyway: back to Excel's serial number (1900 system).
    value = raw.getTime() / 86_400_000 + 25569;
    text = displayText(value);
  } else {
    value = null;
    text = "";
  }
  if (value === null && formula === undefined) return undefined;
  const cell: Cell = { value, text };
  if (formula !== undefined) cell.formula = formula.slice(1);
  return cell;
}

function cellAt(ws: EtWorksheet, r: number, c: number): EtRange {
  return ws.Range(a1({ top: r, left: c, bottom: r, right: c }));
}

function key(r: number, c: number): number {
  return r * 16384 + c;
}

/** The merged areas touching `area` (an area reaching outside it is reported whole). */
export function findMerges(ws: EtWorksheet, area: CellRange, stats?: ReadStats): CellRange[] {
  const found: CellRange[] = [];
  const probe = (b: CellRange): unknown => {
    if (stats) stats.mergeProbes++;
    return read(ws.Range(a1(b)), "MergeCells");
  };
  const mergeAreaAt = (r: number, c: number): CellRange | undefined => {
    if (stats) stats.mergeProbes++;
    const m = read(cellAt(ws, r, c), "MergeArea");
    return m ? areaOf(m) : undefined;
  };
  const add = (m: CellRange) => {
    if (!found.some((f) => f.top === m.top && f.left === m.left && f.bottom === m.bottom && f.right === m.right)) found.push(m);
  };
  const inside = (b: CellRange, m: CellRange) => b.top >= m.top && b.bottom <= m.bottom && b.left >= m.left && b.right <= m.right;

  const top = probe(area);
  // A build without MergeCells on ranges: no merges rather than one call per cell.
  if (top !== true && top !== false && top !== null) return found;

  const visit = (b: CellRange, answer: unknown): void => {
    if (answer === false || answer === 0) return;
    if (found.some((m) => inside(b, m))) return;
    const single = b.top === b.bottom && b.left === b.right;
    if (answer === true || single) {
      // All merged: often one area covers the whole block.
      const m = mergeAreaAt(b.top, b.left);
      if (m && (m.top !== m.bottom || m.left !== m.right)) {
        add(m);
        if (inside(b, m)) return;
      }
      if (single) return;
    }
    const halves = split(b, b.bottom - b.top >= b.right - b.left ? "rows" : "cols");
    for (const h of halves) if (!found.some((m) => inside(h, m))) visit(h, probe(h));
  };
  visit(area, top);
  return found;
}

function split(b: CellRange, by: "rows" | "cols"): CellRange[] {
  if (by === "rows") {
    const mid = Math.floor((b.top + b.bottom) / 2);
    return [
      { ...b, bottom: mid },
      { ...b, top: mid + 1 },
    ];
  }
  const mid = Math.floor((b.left + b.right) / 2);
  return [
    { ...b, right: mid },
    { ...b, left: mid + 1 },
  ];
}
