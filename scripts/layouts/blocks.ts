/**
 * Blocks shared by several templates: the 财预〔2020〕10号 self-evaluation header (项目资金 with
 * 年初预算数 / 全年预算数 / 全年执行数 / 分值 / 执行率 / 得分, then 年度总体目标) and its 总分 row,
 * the money lines of a target table. Labels are parameters, so each province's wording is kept.
 */
import type { MoneyLineKey } from "../../src/forms/money";
import { columnLetters } from "../../src/grid/address";
import type { LayoutTruth, TruthCell, TruthMoney } from "../../test/fixtures/layouts/truth";
import { round2 } from "./indicators";
import type { At, SheetBuilder } from "./sheet";

export function cell<T extends string | number>(at: At<T>, value?: T): TruthCell<T> {
  return { value: value ?? at.value, ref: at.ref, text: at.text };
}

export interface SelfEvalMoney {
  key: MoneyLineKey;
  label: string;
  initial: number;
  adjusted: number;
  executed: number;
}

export interface SelfEvalMoneyOptions {
  /** Row of the 项目资金 heading line. */
  row: number;
  /** Heading cell text, e.g. "项目资金（万元）". */
  heading: string;
  /** Column labels: 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分 (as the template words them). */
  columns: [string, string, string, string, string, string];
  lines: SelfEvalMoney[];
  weight: number;
  /** The first line's amounts as SUM formulas of the lines below it. */
  formulas?: boolean;
  /** Column index of the heading; line labels go one column right, amounts after them. */
  left?: number;
  /** Columns the line label spans. */
  labelSpan?: number;
}

/**
 * 项目资金 block of a self-evaluation. Returns money truth, the 执行率 row's truth and the next row.
 * 执行率 = 全年执行数 / 全年预算数 of the first line; 得分 = 分值 × min(执行率, 1).
 */
export function selfEvalMoney(s: SheetBuilder, o: SelfEvalMoneyOptions): { money: TruthMoney[]; execution: NonNullable<LayoutTruth["execution"]>; next: number } {
  const left = o.left ?? 0;
  const span = o.labelSpan ?? 1;
  const c0 = left + 1 + span; // first amount column
  s.put(left, o.row, o.heading, { down: o.lines.length + 1 });
  s.put(left + 1, o.row, "", span > 1 ? { span } : {});
  o.columns.forEach((label, i) => s.put(c0 + i, o.row, label, { center: true }));
  const money: TruthMoney[] = [];
  let execution: NonNullable<LayoutTruth["execution"]> = {};
  o.lines.forEach((line, i) => {
    const r = o.row + 1 + i;
    s.put(left + 1, r, line.label, span > 1 ? { span } : {});
    const first = i === 0 && o.formulas && o.lines.length > 1;
    const sum = (col: number): string => `SUM(${colRef(col, r + 1)}:${colRef(col, r + o.lines.length - 1)})`;
    const amounts: [keyof typeof line & ("initial" | "adjusted" | "executed"), "initialBudget" | "adjustedBudget" | "executed"][] = [
      ["initial", "initialBudget"],
      ["adjusted", "adjustedBudget"],
      ["executed", "executed"],
    ];
    amounts.forEach(([field, column], j) => {
      const at = s.put(c0 + j, r, line[field], { numFmt: "0.00", ...(first ? { formula: sum(c0 + j) } : {}) });
      money.push({ key: line.key, column, value: line[field], ref: at.ref, text: at.text });
    });
    if (i === 0) {
      const rate = Math.round((line.executed / line.adjusted) * 10000) / 10000;
      const w = s.put(c0 + 3, r, o.weight);
      const ra = s.put(c0 + 4, r, rate, { numFmt: "0.00%" });
      const score = round2(o.weight * Math.min(rate, 1));
      const sc = s.put(c0 + 5, r, score, { numFmt: "0.00" });
      execution = { weight: cell(w), rate: cell(ra), score: cell(sc) };
    } else {
      for (let j = 3; j < 6; j++) s.put(c0 + j, r, "—", { center: true });
    }
  });
  const total = o.lines[0]!;
  const parts = o.lines.slice(1);
  for (const f of ["initial", "adjusted", "executed"] as const) {
    const sum = round2(parts.reduce((a, l) => a + l[f], 0));
    if (parts.length > 0 && sum !== total[f]) throw new Error(`money lines do not add up (${f}: ${sum} ≠ ${total[f]})`);
  }
  return { money, execution, next: o.row + o.lines.length + 1 };
}

function colRef(col: number, row: number): string {
  return `${columnLetters(col)}${row}`;
}

/** Money of a target table: label + one amount per line; checks the parts add up to the first. */
export function targetMoney(
  s: SheetBuilder,
  at: { col: number; row: number }[],
  lines: { key: MoneyLineKey; label: string; amount: number; labelCol?: number }[],
  firstIsTotal = true,
): TruthMoney[] {
  const total = lines[0]!;
  const parts = lines.slice(1);
  const sum = round2(parts.reduce((a, l) => a + l.amount, 0));
  if (firstIsTotal && parts.length > 0 && sum !== total.amount) throw new Error(`money lines do not add up (${sum} ≠ ${total.amount})`);
  return lines.map((l, i) => {
    const p = at[i]!;
    if (l.labelCol !== undefined) s.put(l.labelCol, p.row, l.label);
    const c = s.put(p.col, p.row, l.amount, { numFmt: "0.00" });
    return { key: l.key, column: "budget" as const, value: l.amount, ref: c.ref, text: c.text };
  });
}
