/**
 * Builds test/fixtures/seeds/NNN.xlsx from the seed texts test/fixtures/seeds/NNN.txt: one
 * sheet per form, as a clerk's workbook has them — merged title, merged 一级/二级 blocks and
 * label cells, numbers stored as numbers with their number formats, borders, widths.
 *
 * The PDF extraction misplaces some indicator cells sideways; in the workbook every indicator
 * is written in its column, as in the original form. Everything else is copied cell by cell.
 *
 *   npm run fixtures
 */
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { detectTextShape, gridFromText } from "../src/grid/from-text";
import { Grid, makeCell, type Cell } from "../src/grid/grid";
import { parseRange, rangeToA1, columnLetters, type CellRange } from "../src/grid/address";
import { recogniseGrid } from "../src/recognise";
import { hasIndicators, type Form } from "../src/forms/forms";
import { MemoryHost } from "../src/hosts/memory";
import type { LayoutOp } from "../src/hosts/host";
import { parseNumber } from "../src/values/numbers";

const DIR = join(__dirname, "..", "test", "fixtures", "seeds");

/** A cell of the copied form: typed like a clerk's workbook (numbers as numbers). */
function typedCell(text: string): { cell: Cell; numFmt?: string } {
  const t = text.trim();
  const pct = /^(\d+(?:\.\d+)?)%$/.exec(t);
  if (pct && pct[1]) {
    const decimals = pct[1].split(".")[1]?.length ?? 0;
    return { cell: makeCell(Number(pct[1]) / 100, t), numFmt: decimals > 0 ? `0.${"0".repeat(decimals)}%` : "0%" };
  }
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$|^-?\d+(\.\d+)?$/.test(t) && !/^0\d/.test(t)) {
    const n = parseNumber(t);
    if (n && "value" in n) {
      const decimals = t.split(".")[1]?.length ?? 0;
      const grouping = t.includes(",") ? "#,##0" : "0";
      return { cell: makeCell(n.value, t), numFmt: decimals > 0 ? `${grouping}.${"0".repeat(decimals)}` : grouping === "#,##0" ? "#,##0" : undefined };
    }
  }
  return { cell: makeCell(t) };
}

/** Sheet names as clerks give them: the project's name, or the form's short name. */
function sheetNameFor(form: Form): string {
  const base =
    form.kind === "PT" || form.kind === "PS"
      ? (form.header.project?.value ?? form.title?.value ?? form.kind)
      : form.kind === "JS"
        ? `公开${form.table}表`
        : { DT: "部门整体绩效目标表", ST: "专项资金汇总表", DS: "部门整体自评表", JN: "决算情况说明", MT: "运行监控表" }[form.kind];
  return base.replace(/[[\]:*?/\\“”"]/g, "").replace(/\s+/g, "").slice(0, 28);
}

interface SheetBuild {
  grid: Grid;
  ops: LayoutOp[];
}

/** Copy one form's rows to a new sheet, aligned and merged like the original form. */
function buildSheet(source: Grid, form: Form, name: string, wordTables: boolean): SheetBuild {
  const range = parseRange(form.range)!;
  const width = range.right + 1;
  const rows: (Cell | undefined)[][] = [];
  const numFmts: { ref: string; fmt: string }[] = [];
  const merges: CellRange[] = [];
  const top = range.top;

  const put = (r: number, c: number, text: string): void => {
    if (text === "") return;
    const { cell, numFmt } = typedCell(text);
    (rows[r] ??= [])[c] = cell;
    if (numFmt) numFmts.push({ ref: rangeToA1({ top: r, left: c, bottom: r, right: c }), fmt: numFmt });
  };

  // Rows holding indicators are rewritten in their columns; the rest are copied verbatim.
  const rewritten = new Set<number>();
  if (hasIndicators(form) && form.indicators.length > 0) {
    const header = findHeaderColumns(source, range, form);
    if (header) {
      let prevL1 = "";
      let prevL2 = "";
      let l1Start = -1;
      let l2Start = -1;
      const closeMerge = (start: number, end: number, col: number): void => {
        if (start >= 0 && end > start) merges.push({ top: start, left: col, bottom: end, right: col });
      };
      const firstRow = form.indicators[0]!.row - 1 - top;
      const lastRow = form.indicators[form.indicators.length - 1]!.row - 1 - top;
      for (let r = firstRow; r <= lastRow; r++) rewritten.add(r + top);
      for (const ind of form.indicators) {
        const r = ind.row - 1 - top;
        const l1 = ind.level1.value;
        const l2 = ind.level2.value;
        if (l1 !== prevL1 || l1Start < 0) {
          closeMerge(l1Start, r - 1, header.level1);
          closeMerge(l2Start, r - 1, header.level2);
          const block = form.level1Blocks.find((b) => b.rows.includes(ind.row));
          put(r, header.level1, block?.statedWeight != null ? `${l1} (${block.statedWeight}分)` : l1);
          l1Start = r;
          prevL1 = l1;
          prevL2 = "";
          l2Start = -1;
        }
        if (l2 !== prevL2 || l2Start < 0) {
          closeMerge(l2Start, r - 1, header.level2);
          put(r, header.level2, l2);
          l2Start = r;
          prevL2 = l2;
        }
        put(r, header.level3, ind.level3.value);
        const cols = header.others;
        if (cols.description !== undefined && ind.description) put(r, cols.description, ind.description.value);
        if (cols.target !== undefined && ind.target) put(r, cols.target, ind.target.text.trim());
        if (cols.basis !== undefined && ind.basis) put(r, cols.basis, ind.basis.value);
        if (cols.remark !== undefined && ind.remark) put(r, cols.remark, ind.remark.value);
        if (cols.actual !== undefined && ind.actual) put(r, cols.actual, ind.actual.text.trim());
        if (cols.weight !== undefined && ind.weight) put(r, cols.weight, ind.weight.text.trim());
        if (cols.score !== undefined && ind.score) put(r, cols.score, ind.score.text.trim());
        if (cols.deviation !== undefined && ind.deviation) put(r, cols.deviation, ind.deviation.value);
      }
      closeMerge(l1Start, lastRow, header.level1);
      closeMerge(l2Start, lastRow, header.level2);
      if (header.labelCol !== undefined) closeMerge(header.row - top, lastRow, header.labelCol);
    }
  }

  for (let sr = range.top; sr <= range.bottom; sr++) {
    if (rewritten.has(sr)) continue;
    const r = sr - top;
    for (let c = 0; c <= range.right; c++) put(r, c, source.text(sr, c).trim());
    const used = source.rowWidth(sr);
    if (used === 0) continue;
    // A single cell on its row (title, notes): spread across the form.
    if (used === 1 || rowCount(source, sr) === 1) {
      // Spread from the cell itself, so a lone cell right of column A stays visible.
      const left = used - 1;
      if (range.right > left) merges.push({ top: r, left, bottom: r, right: range.right });
    } else if (wordTables && used < width && source.blocks.some((b) => b.kind === "table" && sr >= b.top && sr <= b.bottom)) {
      // Word rows with fewer cells than the table: the last cell spans to the right edge.
      merges.push({ top: r, left: used - 1, bottom: r, right: range.right });
    }
  }

  const dedup = mergesWithoutOverlap(merges);
  const titleRef = form.title ? `A${Number(/\d+/.exec(form.title.ref)?.[0] ?? top + 1) - top}` : "A1";
  const grid = new Grid(name, rows, dedup);
  const last = Math.max(0, grid.rowCount - 1);
  if (form.kind === "JN") {
    // The narrative is prose: one wide column of paragraphs, as the document prints it.
    return {
      grid,
      ops: [
        { op: "format", range: `A1:A${last + 1}`, format: { font: { name: "仿宋", size: 11 }, wrap: true, vertical: "top" } },
        { op: "format", range: "A1", format: { font: { name: "黑体", size: 14, bold: true }, horizontal: "center" } },
        { op: "columnWidth", column: "A", width: 90 },
        { op: "print", orientation: "portrait", paper: "A4", fitToWidth: true },
      ],
    };
  }
  const ops: LayoutOp[] = [
    { op: "format", range: `A1:${columnLetters(range.right)}${last + 1}`, format: { font: { name: "宋体", size: 10 }, wrap: true, vertical: "middle", borders: true } },
    { op: "format", range: titleRef, format: { font: { name: "黑体", size: 14, bold: true }, horizontal: "center", borders: false } },
    ...numFmts.map((n): LayoutOp => ({ op: "format", range: n.ref, format: { numberFormat: n.fmt } })),
    ...Array.from({ length: width }, (_, c): LayoutOp => ({ op: "columnWidth", column: columnLetters(c), width: c === 0 ? 16 : 14 })),
    { op: "print", orientation: "landscape", paper: "A4", fitToWidth: true },
  ];
  return { grid, ops };
}

function rowCount(grid: Grid, row: number): number {
  let n = 0;
  for (const _ of grid.cellsOfRow(row)) n++;
  return n;
}

function mergesWithoutOverlap(merges: CellRange[]): CellRange[] {
  const out: CellRange[] = [];
  for (const m of merges) {
    if (m.bottom === m.top && m.right === m.left) continue;
    const overlaps = out.some((o) => !(m.right < o.left || m.left > o.right || m.bottom < o.top || m.top > o.bottom));
    if (!overlaps) out.push(m);
  }
  return out;
}

interface HeaderColumns {
  row: number;
  level1: number;
  level2: number;
  level3: number;
  labelCol: number | undefined;
  others: Partial<Record<"description" | "target" | "basis" | "remark" | "actual" | "weight" | "score" | "deviation", number>>;
}

/** Column of each indicator field, from the header row the recogniser found (the row above the first indicator). */
function findHeaderColumns(source: Grid, range: CellRange, form: Form): HeaderColumns | undefined {
  if (!hasIndicators(form)) return undefined;
  const first = form.indicators[0]!.row - 1;
  for (let r = first - 1; r >= range.top; r--) {
    const cols = new Map<string, number>();
    let labelCol: number | undefined;
    for (let c = 0; c <= range.right; c++) {
      const t = source.text(r, c).replace(/\s+/g, "");
      if (/^一级指标/.test(t)) cols.set("level1", c);
      else if (/^二级指标/.test(t)) cols.set("level2", c);
      else if (/^三级指标/.test(t)) cols.set("level3", c);
      else if (/指标描述/.test(t)) cols.set("description", c);
      else if (/确定依据/.test(t)) cols.set("basis", c);
      else if (/实际完成值/.test(t)) cols.set("actual", c);
      else if (/指标值/.test(t)) cols.set("target", c);
      else if (/^分值/.test(t)) cols.set("weight", c);
      else if (/^得分/.test(t)) cols.set("score", c);
      else if (/偏差原因/.test(t)) cols.set("deviation", c);
      else if (/^备注$/.test(t)) cols.set("remark", c);
      else if (/绩效指标$/.test(t)) labelCol = c;
    }
    if (cols.has("level1") && cols.has("level2") && cols.has("level3")) {
      const others: HeaderColumns["others"] = {};
      for (const k of ["description", "target", "basis", "remark", "actual", "weight", "score", "deviation"] as const) {
        const c = cols.get(k);
        if (c !== undefined) others[k] = c;
      }
      return { row: r, level1: cols.get("level1")!, level2: cols.get("level2")!, level3: cols.get("level3")!, labelCol, others };
    }
  }
  return undefined;
}

export async function workbookFromText(text: string): Promise<Uint8Array> {
  const source = gridFromText(text, { sheet: "文本" });
  const wordTables = detectTextShape(text) === "cell-lines";
  const { forms } = recogniseGrid(source);
  const builds = forms.map((f) => buildSheet(source, f, sheetNameFor(f), wordTables));
  const host = MemoryHost.fromGrids(builds.map((b) => b.grid));
  const sheets = await host.listSheets();
  for (let i = 0; i < builds.length; i++) await host.applyLayout(sheets[i]!.name, builds[i]!.ops);
  return host.save();
}

async function main(): Promise<void> {
  for (const file of readdirSync(DIR).filter((f) => /^\d{3}\.txt$/.test(f)).sort()) {
    const bytes = await workbookFromText(readFileSync(join(DIR, file), "utf8"));
    const out = join(DIR, file.replace(/\.txt$/, ".xlsx"));
    writeFileSync(out, bytes);
    process.stdout.write(`${out.slice(out.indexOf("test/"))}\n`);
  }
}

if (require.main === module) {
  main().catch((e: unknown) => {
    process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 1;
  });
}
