/**
 * Generators for the property tests: cell texts as clerks and converters produce them, grids of
 * any such cells with random merges, text documents in both shapes, and "almost forms" — the
 * seed forms with cells blanked, shifted or replaced by error values.
 *
 * Sizes are bounded so a run stays in milliseconds; the point is the variety of content.
 */
import fc from "fast-check";
import type { CellRange } from "../../src/grid/address";
import { ERROR_VALUES, Grid, displayText, makeCell, type Cell, type CellValue } from "../../src/grid/grid";

/** Words that steer the readers into their paths: labels, titles, categories, units. */
export const LABELS = [
  "2021年部门整体支出绩效目标表",
  "项目支出绩效目标表",
  "项目支出绩效自评表",
  "2021 年度部门整体支出绩效自评表",
  "2021年专项资金预算绩效目标汇总表",
  "收入支出决算总表",
  "收入决算表",
  "支出决算表",
  "财政拨款收入支出决算总表",
  "一般公共预算财政拨款支出决算表",
  "一般公共预算财政拨款基本支出决算明细表",
  "一般公共预算财政拨款“三公”经费支出决算表",
  "政府性基金预算财政拨款收入支出决算表",
  "2021年度部门决算情况说明",
  "附件3",
  "第一部分",
  "部门名称",
  "项目名称",
  "项目编码",
  "主管部门",
  "实施单位",
  "金额单位：万元",
  "单位：万元",
  "资金总额：917.4946",
  "年度资金总额",
  "年初预算数",
  "全年预算数",
  "全年执行数",
  "分值",
  "执行率",
  "得分",
  "得分(分值×执行率)",
  "其中：当年财政拨款",
  "其他资金",
  "合计",
  "总计",
  "总分",
  "等级：优",
  "年度总体目标",
  "预期目标",
  "实际完成情况",
  "实施期绩效目标",
  "年度绩效目标",
  "绩效指标",
  "年度绩效指标",
  "一级指标",
  "二级指标",
  "三级指标",
  "指标值",
  "年度指标值",
  "实际完成值",
  "偏差原因分析及改进措施",
  "备注",
  "产出指标",
  "产出指标 (50分)",
  "效益指标",
  "满意度指标",
  "成本指标",
  "数量指标",
  "质量指标",
  "时效指标",
  "成本指标",
  "社会效益指标",
  "可持续影响指标",
  "服务对象满意度指标",
  "项目",
  "行次",
  "金额",
  "栏次",
  "功能分类科目编码",
  "科目名称",
  "科目编码",
  "本年支出合计",
  "基本支出",
  "项目支出",
  "人员经费",
  "公用经费",
  "收入",
  "支出",
  "因公出国(境)费",
  "公务接待费",
  "预算数",
  "决算数",
  "201",
  "20103",
  "2010301",
  "行政运行",
  "3月底",
  "6月底",
  "9月底",
  "12月底",
  "事项",
  "责任单位/科室",
  "工作目标",
  "注：本表反映部门本年度的总收支。",
  "本部门本年度没有政府性基金收入，故本表无数据。",
  "一、收入决算情况说明",
  "无",
  "/",
];

/** Values as they are typed into forms: numbers as text, targets, dates, junk. */
export const VALUE_TEXTS = [
  "1,406.53",
  "１４０６．５３",
  "588.50",
  " 588.50 ",
  "(3.5)",
  "-3",
  "¥1,200",
  "1 406.53",
  "1,40",
  "1.2.3万元",
  "95%",
  "９５％",
  "0.95",
  "≥95%",
  "≥9090%及以上",
  "$\\geq 95\\%$",
  "≤588.50万元",
  "588.50万元以内",
  "50次以上",
  "90%-95%",
  "80 个部门 30000 份",
  "2021年12月前",
  "2021 年 12 月",
  "12月底前",
  "2021年13月",
  "44561",
  "健全",
  "明显提升",
  "发现故障是否及时维修",
  "xx",
  "×××",
  "—",
  "*",
  "100",
  "0",
  "-0",
  "1e308",
  "1e309",
  "NaN",
  "Infinity",
  "10",
  "5",
  "92",
  "436.20 万元",
  "等级：良",
];

const ERRORS = ERROR_VALUES.map((e) => e);

/** Text of a cell: labels, values, errors, random unicode, whitespace, very long strings. */
export const cellText: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...LABELS) },
  { weight: 5, arbitrary: fc.constantFrom(...VALUE_TEXTS) },
  { weight: 1, arbitrary: fc.constantFrom(...ERRORS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 8 }) },
  { weight: 1, arbitrary: fc.constantFrom("", " ", "\u3000", "\n", "\t", "\u00a0") },
  // Long digit runs stay below 10^309: parseTargetValue reads longer ones as Infinity (see values.test.ts).
  { weight: 1, arbitrary: fc.constantFrom("长".repeat(5000), "1".repeat(300), "9".repeat(40) + ".5", `${"合计".repeat(40)}表`) },
  { weight: 2, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => String(n)) },
);

/** A cell as any source may give it: text, a number (with or without a formatted text), a boolean, an error. */
export const cell: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 6, arbitrary: cellText.map((t) => makeCell(t)) },
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: -1e6, max: 1e6 }), fc.constantFrom(0, -0, 0.95, 1, 100, 1406.53, 44561)), fc.option(fc.constantFrom("#,##0.00", "0%", "0.00", "yyyy-mm-dd")))
      .map(([n, fmt]) => makeCell(n, fmt === "#,##0.00" ? n.toLocaleString("en", { minimumFractionDigits: 2, maximumFractionDigits: 2 }) : fmt === "0%" ? `${Math.round(n * 100)}%` : fmt === "0.00" ? n.toFixed(2) : displayText(n))),
  },
  { weight: 1, arbitrary: fc.boolean().map((b) => makeCell(b)) },
  { weight: 1, arbitrary: fc.constantFrom(...ERRORS).map((e) => makeCell({ error: e } as CellValue)) },
  { weight: 1, arbitrary: fc.tuple(cellText, fc.constantFrom("SUM(B2:B9)", "C3/D3", "#REF!+1")).map(([t, f]) => makeCell(t, undefined, f)) },
);

export interface GridSpec {
  rows: (Cell | undefined)[][];
  merges: CellRange[];
}

/** A merged area inside (or reaching a little past) a rows × cols box; overlaps happen. */
function merge(rows: number, cols: number): fc.Arbitrary<CellRange> {
  return fc
    .tuple(fc.nat({ max: rows }), fc.nat({ max: cols }), fc.nat({ max: 4 }), fc.nat({ max: 3 }))
    .map(([top, left, h, w]) => ({ top, left, bottom: top + h, right: left + w }));
}

/** A merged area over a whole column (A1:A1048576) or a whole row, as clerks make by selecting headers. */
export function sheetWideMerge(rows: number, cols: number): fc.Arbitrary<CellRange> {
  return fc.oneof(
    fc.nat({ max: cols }).map((left) => ({ top: 0, left, bottom: 1_048_575, right: left })),
    fc.nat({ max: rows }).map((top) => ({ top, left: 0, bottom: top, right: 16_383 })),
  );
}

/** A sparse grid of up to `maxRows` × `maxCols` cells with random merged areas. */
export function gridSpec(maxRows = 24, maxCols = 10, wide = false): fc.Arbitrary<GridSpec> {
  return fc
    .tuple(fc.integer({ min: 0, max: maxRows }), fc.integer({ min: 1, max: maxCols }))
    .chain(([rows, cols]) =>
      fc.record({
        rows: fc.array(fc.array(fc.option(cell, { nil: undefined, freq: 2 }), { maxLength: cols }), { maxLength: rows }),
        merges: wide
          ? fc.tuple(fc.array(merge(rows, cols), { maxLength: 3 }), sheetWideMerge(rows, cols)).map(([ms, w]) => [...ms, w])
          : fc.array(merge(rows, cols), { maxLength: 4 }),
      }),
    );
}

export const grid: fc.Arbitrary<Grid> = gridSpec().map((s) => new Grid("随机", s.rows, s.merges));

/** A text document copied out of Word or a PDF: tab-separated rows, or one cell per line. */
export const textDocument: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(fc.array(fc.oneof(cellText, fc.constant("")), { minLength: 1, maxLength: 8 }), { maxLength: 30 }),
    fc.constantFrom<"tsv" | "cell-lines" | "mixed">("tsv", "cell-lines", "mixed"),
    fc.constantFrom("\n", "\r\n", "\r"),
    fc.boolean(),
  )
  .map(([rows, shape, eol, bom]) => {
    const clean = (s: string) => s.replace(/[\t\r\n]/g, " ");
    const lines: string[] = [];
    for (const row of rows) {
      const as = shape === "mixed" ? (row.length % 2 === 0 ? "tsv" : "cell-lines") : shape;
      if (row.length === 1) lines.push(clean(row[0]!)); // a paragraph
      else if (as === "tsv") lines.push(row.map(clean).join("\t"));
      else {
        // Word: one cell per line with a leading tab; a cell of several paragraphs continues untabbed.
        for (const c of row) lines.push(`\t${c.replace(/[\t\r]/g, " ")}`);
        lines.push("");
      }
    }
    return `${bom ? "\uFEFF" : ""}${lines.join(eol)}`;
  });

/** Raw text of any kind, control characters and lone surrogates included. */
export const anyText: fc.Arbitrary<string> = fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: "binary", maxLength: 200 }), textDocument);

// ---------------------------------------------------------------------------------------------
// Almost forms

export type Mutation =
  | { op: "blank"; row: number; col: number }
  | { op: "error"; row: number; col: number; error: string }
  | { op: "text"; row: number; col: number; text: string }
  | { op: "number"; row: number; col: number; value: number }
  | { op: "shiftRow"; row: number; by: number }
  | { op: "dropRow"; row: number }
  | { op: "duplicateRow"; row: number }
  | { op: "swapRows"; row: number; other: number }
  | { op: "truncate"; row: number }
  | { op: "dropMerges" };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant("blank" as const), row: fc.nat(200), col: fc.nat(12) }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant("error" as const), row: fc.nat(200), col: fc.nat(12), error: fc.constantFrom(...ERRORS) }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant("text" as const), row: fc.nat(200), col: fc.nat(12), text: cellText }) },
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant("number" as const),
      row: fc.nat(200),
      col: fc.nat(12),
      value: fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, -0, -5, 0.5, 1.5, 100, 101, 1e308, -1e308, 5e-324, 44561)),
    }),
  },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("shiftRow" as const), row: fc.nat(200), by: fc.integer({ min: -2, max: 2 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("dropRow" as const), row: fc.nat(200) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("duplicateRow" as const), row: fc.nat(200) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("swapRows" as const), row: fc.nat(200), other: fc.nat(200) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("truncate" as const), row: fc.nat(200) }) },
  { weight: 1, arbitrary: fc.constant({ op: "dropMerges" as const }) },
);

/** The grid with the mutations applied (row and column indexes taken modulo the grid's size). */
export function mutate(source: Grid, mutations: readonly Mutation[]): Grid {
  const height = Math.max(1, source.rowCount);
  const width = Math.max(1, source.colCount);
  let rows: (Cell | undefined)[][] = [];
  for (let r = 0; r < source.rowCount; r++) {
    const row: (Cell | undefined)[] = [];
    for (let c = 0; c < source.colCount; c++) row.push(source.cell(r, c));
    rows.push(row);
  }
  let merges: CellRange[] = [...source.merges];
  for (const m of mutations) {
    const r = "row" in m ? m.row % height : 0;
    const c = "col" in m ? m.col % width : 0;
    switch (m.op) {
      case "blank":
        if (rows[r]) rows[r]![c] = undefined;
        break;
      case "error":
        (rows[r] ??= [])[c] = makeCell({ error: m.error });
        break;
      case "text":
        (rows[r] ??= [])[c] = makeCell(m.text);
        break;
      case "number":
        (rows[r] ??= [])[c] = makeCell(m.value);
        break;
      case "shiftRow": {
        const row = rows[r] ?? [];
        rows[r] = m.by >= 0 ? [...new Array<undefined>(m.by).fill(undefined), ...row] : row.slice(-m.by);
        break;
      }
      case "dropRow":
        rows.splice(r, 1);
        break;
      case "duplicateRow":
        rows.splice(r, 0, [...(rows[r] ?? [])]);
        break;
      case "swapRows": {
        const o = m.other % height;
        const a = rows[r];
        rows[r] = rows[o] ?? [];
        rows[o] = a ?? [];
        break;
      }
      case "truncate":
        rows = rows.slice(0, r);
        break;
      case "dropMerges":
        merges = [];
        break;
    }
  }
  return new Grid(source.sheet, rows, merges, source.blocks);
}
