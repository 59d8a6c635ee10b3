/**
 * Reader for the 绩效运行监控表 (MT): a project's targets as approved, with what was done by
 * month N. The upper part and the indicator columns it shares with a target form (项目名称,
 * 主管部门, 年度总体目标, 一级/二级/三级, 年度指标值) are read by the target form's reader; this file
 * adds what monitoring adds, all found by label:
 *
 * - the month monitored to: "1-7月执行数" (中央部门项目库, 财预〔2019〕136号's 项目支出绩效目标执行监控表),
 *   "截至6月底完成值", "1—6月实际完成值";
 * - the money table: 年初预算数 | 1–N月执行数 | 1–N月执行率 | 全年预计执行数, a row per source;
 * - per indicator: 1–N月执行情况, 全年预计完成, 偏差原因 (or 偏差原因分析 with its 原因说明 sub-column),
 *   纠偏措施 and 完成目标可能性 (three tick columns 确定能 / 有可能 / 完全不可能, or one column of words).
 */
import type { Grid } from "../grid/grid";
import type { MonitoringForm } from "../forms/forms";
import type { Likelihood, MonitoringIndicator, MonitoringMoneyLine } from "../forms/monitoring";
import { cellText, rowCells, tracedNumber, tracedPercent, tracedText, tracedValue, type At } from "./cells";
import { findIndicatorHeader } from "./indicator-table";
import { normLabel, toHalfWidth } from "./labels";
import { readPerformanceForm } from "./performance";
import { labelKey, moneyLineKey } from "./vocabulary";
import type { Segment } from "./segment";

/** "1-7月", "1—6月", "1至6月", "截至6月底", "6月底", "上半年": the month a label runs to. */
export function monthOfLabel(text: string): number | undefined {
  const t = toHalfWidth(text).replace(/\s+/g, "");
  const range = /(?:^|[^\d])1\s*[-—–~～至到]\s*(\d{1,2})\s*月/.exec(t);
  const upTo = /截[至止](?:\d{4}年)?(\d{1,2})月/.exec(t);
  const end = /^(\d{1,2})月(?:底|末)/.exec(t);
  const m = range?.[1] ?? upTo?.[1] ?? end?.[1];
  if (m !== undefined) {
    const n = Number(m);
    return n >= 1 && n <= 12 ? n : undefined;
  }
  if (/^上半年/.test(t)) return 6;
  if (/^前三季度/.test(t)) return 9;
  return undefined;
}

/** A column of what was done by month N: "1-7月执行数", "截至6月底完成值", "1—6月实际完成情况". */
const EXECUTED = /^(1[-—–~～至到]\d{1,2}月|截[至止](\d{4}年)?\d{1,2}月(底|末)?|\d{1,2}月(底|末)|上半年|前三季度|当前|累计)(累计)?(实际)?(执行|完成)/;
const EXPECTED = /^(全年|年底|年末)预计(完成|执行)|^预计(全年|年底|年末)(完成|执行)|^预计完成/;
const RATE = /执行率$|执行进度$/;
const BUDGET = /^(年初|全年|调整后)?预算(数|金额)|^年初(安排|批复)(数|金额)?$/;
const REASON = /^偏差原因|^原因说明$|^原因分析$|^未完成原因/;
const MEASURES = /纠偏措施|改进措施|整改措施|^保障措施/;
const LIKELIHOOD = /完成目标可能性|能否完成|是否(能)?完成(目标)?$/;
const TICK = /^[✔✓√☑●■是yY]$|^[Xx×✗]$/;

const LIKELIHOOD_COLUMNS: readonly (readonly [Likelihood, RegExp])[] = [
  ["certain", /^确定能/],
  ["possible", /^有可能/],
  ["impossible", /^完全不可能|^不可能/],
];

/** 完成目标可能性 written as words. */
export function likelihoodOf(text: string): Likelihood | undefined {
  const t = normLabel(text);
  if (t === "") return undefined;
  if (/^(完全)?不可能|^不能|^否$|^无法/.test(t)) return "impossible";
  if (/^有可能|^可能|^基本(能|可以)|^较大可能/.test(t)) return "possible";
  if (/^(确定|肯定|一定)?能|^是$|^可以/.test(t)) return "certain";
  return undefined;
}

interface Columns {
  executed?: number;
  expected?: number;
  reason?: number;
  measures?: number;
  likelihood?: number;
  ticks?: { col: number; value: Likelihood }[];
}

function monitoringColumns(grid: Grid, headerRow: number): Columns {
  const cols: Columns = {};
  const found = (key: keyof Omit<Columns, "ticks">, col: number): void => {
    if (cols[key] === undefined) cols[key] = col;
  };
  for (const { col, text } of rowCells(grid, headerRow)) {
    const k = labelKey(text);
    if (EXECUTED.test(k)) found("executed", col);
    else if (EXPECTED.test(k)) found("expected", col);
    else if (MEASURES.test(k)) found("measures", col);
    else if (REASON.test(k)) found("reason", col);
    else if (LIKELIHOOD.test(k)) found("likelihood", col);
  }
  // Sub-headings on the next row: 偏差原因分析 › 经费保障 … 原因说明, 完成目标可能性 › 确定能 / 有可能 / 完全不可能.
  const ticks: { col: number; value: Likelihood }[] = [];
  for (const { col, text } of rowCells(grid, headerRow + 1)) {
    const k = labelKey(text);
    if (/^原因说明$|^具体原因$/.test(k) && (cols.reason === undefined || col >= cols.reason)) cols.reason = col;
    if (MEASURES.test(k)) cols.measures = col;
    const tick = LIKELIHOOD_COLUMNS.find(([, re]) => re.test(k));
    if (tick) ticks.push({ col, value: tick[0] });
  }
  if (ticks.length >= 2) cols.ticks = ticks;
  return cols;
}

/** The month the form monitors to: the first label above or in the indicator header that says. */
function readMonth(grid: Grid, top: number, bottom: number): MonitoringForm["month"] {
  for (let r = top; r <= bottom; r++) {
    for (const { col, text } of rowCells(grid, r)) {
      if (text.length > 40) continue;
      const n = monthOfLabel(text);
      if (n !== undefined && (EXECUTED.test(labelKey(text)) || /截[至止]|监控(时点|期间)/.test(text))) return { value: n, ref: grid.ref(r, col), text: grid.text(r, col) };
    }
  }
  return undefined;
}

/** The money table: a heading row with 预算数 and an 执行数 column, then a row per source. */
function readFunds(grid: Grid, top: number, bottom: number): MonitoringMoneyLine[] {
  for (let r = top; r <= bottom; r++) {
    const cols: { budget?: number; executed?: number; rate?: number; expected?: number } = {};
    for (const { col, text } of rowCells(grid, r)) {
      const k = labelKey(text);
      if (RATE.test(k)) cols.rate ??= col;
      else if (EXPECTED.test(k)) cols.expected ??= col;
      else if (EXECUTED.test(k) || /^(\d{1,2}月)?执行(数|金额)$/.test(k)) cols.executed ??= col;
      // The adjusted budget (调整后预算数, 全年预算数) is the year's budget where the form has both.
      else if (BUDGET.test(k)) cols.budget = cols.budget === undefined || /^(调整后|全年)/.test(k) ? col : cols.budget;
    }
    if (cols.budget === undefined || cols.executed === undefined) continue;
    const first = Math.min(cols.budget, cols.executed);
    const lines: MonitoringMoneyLine[] = [];
    for (let rr = r + 1; rr <= bottom; rr++) {
      const label = rowCells(grid, rr).find((c) => c.col < first && moneyLineKey(c.text) !== undefined);
      if (!label) {
        if (lines.length > 0 || rr > r + 2) break;
        continue;
      }
      const at = (col: number | undefined): At | undefined => (col === undefined ? undefined : { row: rr, col });
      const line: MonitoringMoneyLine = { key: moneyLineKey(label.text)!, label: tracedText(grid, label, normLabel(label.text).replace(/^其中[:：]?/, "")) };
      const b = at(cols.budget);
      const e = at(cols.executed);
      const rate = at(cols.rate);
      const x = at(cols.expected);
      if (b) line.budget = tracedNumber(grid, b);
      if (e) line.executed = tracedNumber(grid, e);
      if (rate) line.rate = tracedPercent(grid, rate);
      if (x) line.expected = tracedNumber(grid, x);
      lines.push(line);
    }
    return lines;
  }
  return [];
}

/**
 * central-2019: the tick columns of 财预〔2019〕136号; national: our template's own labels
 * (全年预计完成 | 偏差原因 | 纠偏措施 | 完成目标可能性); generic: anything else.
 */
function layoutOf(grid: Grid, headerRow: number, cols: Columns): string {
  if (cols.ticks) return "central-2019";
  const label = (col: number | undefined): string => (col === undefined ? "" : labelKey(cellText(grid, headerRow, col)));
  if (label(cols.expected) === "全年预计完成" && label(cols.measures) === "纠偏措施" && label(cols.likelihood) === "完成目标可能性") return "national";
  return "generic";
}

export function readMonitoringForm(grid: Grid, seg: Segment): MonitoringForm | undefined {
  const ih = findIndicatorHeader(grid, seg.top, seg.bottom);
  if (!ih) return undefined;
  const base = readPerformanceForm(grid, { ...seg, kind: "PT" });
  if (!base) return undefined;
  const cols = monitoringColumns(grid, ih.row);
  const indicators = base.indicators.map((i): MonitoringIndicator => {
    const r = i.row - 1;
    const out: MonitoringIndicator = { ...i };
    // The target reader's guess at 偏差原因 (the group heading's own column) gives way to ours.
    delete out.deviation;
    const text = (col: number | undefined): ReturnType<typeof tracedText> | undefined => (col === undefined ? undefined : tracedText(grid, { row: r, col }));
    if (cols.executed !== undefined) out.executed = tracedValue(grid, { row: r, col: cols.executed });
    if (cols.expected !== undefined) out.expected = tracedValue(grid, { row: r, col: cols.expected });
    const reason = text(cols.reason);
    if (reason) out.reason = reason;
    const measures = text(cols.measures);
    if (measures) out.measures = measures;
    if (cols.ticks) {
      const ticked = cols.ticks.find((t) => TICK.test(cellText(grid, r, t.col)) && !/^[Xx×✗]$/.test(cellText(grid, r, t.col)));
      if (ticked) out.likelihood = { value: ticked.value, ref: grid.ref(r, ticked.col), text: grid.text(r, ticked.col) };
    } else if (cols.likelihood !== undefined) {
      const v = likelihoodOf(cellText(grid, r, cols.likelihood));
      if (v) out.likelihood = { value: v, ref: grid.ref(r, cols.likelihood), text: grid.text(r, cols.likelihood) };
    }
    return out;
  });
  const month = readMonth(grid, seg.top, ih.row + 1);
  const form: MonitoringForm = {
    kind: "MT",
    sheet: grid.sheet,
    range: "A1",
    layout: layoutOf(grid, ih.row, cols),
    header: base.header,
    goals: base.goals,
    level1Blocks: base.level1Blocks,
    funds: readFunds(grid, seg.top, ih.row - 1),
    indicators,
    ...(base.title ? { title: base.title } : {}),
  };
  if (month) form.month = month;
  return form;
}
