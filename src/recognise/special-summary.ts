/**
 * Reader for ST, 专项资金预算绩效目标汇总表: one row per 支出方向 (序号 | 支出方向（子项） | 金额 |
 * 实施期绩效目标 | 年度绩效目标) and a 合计 row. Word leaves empty rows under each direction
 * (the merged goal cells); they are skipped.
 */
import type { Grid } from "../grid/grid";
import type { SpecialFundRow, SpecialFundsSummaryForm } from "../forms/forms";
import { cellText, rowCells, tracedNumber, tracedText } from "./cells";
import { cleanTitle, normLabel, toHalfWidth, yearIn } from "./labels";
import type { Segment } from "./segment";

export function readSpecialFundsSummary(grid: Grid, seg: Segment): SpecialFundsSummaryForm | undefined {
  let headerRow = -1;
  const cols: Partial<Record<"seq" | "direction" | "amount" | "longTermGoal" | "annualGoal", number>> = {};
  for (let r = seg.top; r <= seg.bottom && headerRow < 0; r++) {
    for (const { col, text } of rowCells(grid, r)) {
      const n = normLabel(text);
      if (/^序号$/.test(n)) cols.seq = col;
      else if (/^(支出方向|项目名称|专项(资金)?名称)/.test(n)) cols.direction = col;
      else if (/^(金额|预算金额|资金金额|预算数)/.test(n)) cols.amount = col;
      else if (/^实施期(绩效)?目标/.test(n)) cols.longTermGoal = col;
      else if (/^年度(绩效)?目标/.test(n)) cols.annualGoal = col;
    }
    if (cols.direction !== undefined && cols.amount !== undefined) headerRow = r;
    else for (const k of Object.keys(cols)) delete cols[k as keyof typeof cols];
  }
  if (headerRow < 0 || cols.direction === undefined || cols.amount === undefined) return undefined;

  const rows: SpecialFundRow[] = [];
  let total: SpecialFundsSummaryForm["total"];
  for (let r = headerRow + 1; r <= seg.bottom; r++) {
    const cells = rowCells(grid, r);
    if (cells.length === 0) continue;
    const direction = cellText(grid, r, cols.direction);
    const amountText = cellText(grid, r, cols.amount);
    if (/^合计$/.test(normLabel(direction)) || cells.some((c) => /^合计$/.test(normLabel(c.text)))) {
      total = tracedNumber(grid, { row: r, col: cols.amount });
      continue;
    }
    if (direction === "" && amountText === "") {
      if (cells.length === 1 && cells[0]!.text.length > 30) break; // a paragraph after the table
      continue;
    }
    const row: SpecialFundRow = {
      row: r + 1,
      direction: tracedText(grid, { row: r, col: cols.direction }),
      amount: tracedNumber(grid, { row: r, col: cols.amount }),
    };
    if (cols.seq !== undefined && cellText(grid, r, cols.seq) !== "") row.seq = tracedText(grid, { row: r, col: cols.seq });
    if (cols.longTermGoal !== undefined) row.longTermGoal = tracedText(grid, { row: r, col: cols.longTermGoal });
    if (cols.annualGoal !== undefined) row.annualGoal = tracedText(grid, { row: r, col: cols.annualGoal });
    rows.push(row);
  }

  const form: SpecialFundsSummaryForm = { kind: "ST", sheet: grid.sheet, range: "A1", layout: "hunan-2021", header: {}, rows };
  if (total) form.total = total;
  if (seg.titleRow >= 0) {
    const t = cellText(grid, seg.titleRow, seg.titleCol);
    form.title = tracedText(grid, { row: seg.titleRow, col: seg.titleCol }, cleanTitle(t));
    const y = yearIn(t);
    if (y) form.header.year = { value: y, ref: grid.ref(seg.titleRow, seg.titleCol), text: grid.text(seg.titleRow, seg.titleCol) };
  }
  for (let r = seg.top; r < headerRow; r++) {
    for (const { col, text } of rowCells(grid, r)) {
      const flat = toHalfWidth(text).replace(/\s+/g, "");
      const dept = /^(项目)?主管部门[:：](?:[(（]盖章[)）])?(.+)$/.exec(flat);
      if (dept && dept[2]) form.header.unit = tracedText(grid, { row: r, col }, dept[2]);
      const unit = /单位[:：](万元|元)$/.exec(flat);
      if (unit && (unit[1] === "万元" || unit[1] === "元")) form.header.moneyUnit = { value: unit[1], ref: grid.ref(r, col), text: grid.text(r, col) };
    }
  }
  return form;
}
