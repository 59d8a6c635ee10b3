/**
 * Reader for the performance forms with indicators: DT, PT (targets) and DS, PS
 * (self-evaluations). Everything is found by its label: the header fields above the indicator
 * table (部门名称, 项目名称, 项目编码, 金额单位 …), the money lines (资金总额 = 财政拨款 +
 * 上年结转 + 其他资金, 基本支出 / 项目支出, or the 年初预算数 / 全年预算数 / 全年执行数 columns
 * of a self-evaluation), the goals, the 资金支出计划 and the indicator table itself.
 */
import type { Grid } from "../grid/grid";
import type {
  DepartmentSelfEvaluationForm,
  DepartmentTargetForm,
  FormKind,
  Goals,
  Header,
  ProjectSelfEvaluationForm,
  ProjectTargetForm,
} from "../forms/forms";
import type { Execution, MoneyColumn, MoneyLine, SpendingPlanStep } from "../forms/money";
import type { TracedNumber, TracedText } from "../forms/traced";
import { cellText, looksNumeric, rowCells, tracedNumber, tracedPercent, tracedText, valueRightOf, type At } from "./cells";
import { findIndicatorHeader, readIndicatorTable } from "./indicator-table";
import { cleanTitle, normLabel, toHalfWidth, yearIn } from "./labels";
import { GOAL_FIELDS, GOAL_HEADINGS, HEADER_FIELDS, labelKey, MONEY_COLUMNS, moneyLineKey } from "./vocabulary";
import type { Segment } from "./segment";

type PerformanceForm = DepartmentTargetForm | ProjectTargetForm | DepartmentSelfEvaluationForm | ProjectSelfEvaluationForm;

const moneyKey = moneyLineKey;
const HEADER_LABELS = HEADER_FIELDS;
const GOAL_LABELS = GOAL_FIELDS;

/** Is this text one of the labels of the form's upper part (used to stop value look-ups)? */
function isAnyLabel(text: string): boolean {
  const n = normLabel(text);
  return (
    moneyKey(text) !== undefined ||
    HEADER_LABELS.some(([, re]) => re.test(n)) ||
    /^(按(收入|支出|来源|资金)(性质|类型)分|预算金额|分值|执行率|得分|年初预算数|全年预算数|全年执行数|项目总投资)/.test(n) ||
    /^其中[:：]?财政拨款/.test(n) ||
    /^(3|6|10|12)月底$/.test(n)
  );
}

function stripStamp(text: string): string {
  return text.replace(/[(（]\s*盖章\s*[)）]/g, "").replace(/^[:：]/, "").trim();
}

function readHeader(grid: Grid, seg: Segment, top: number, bottom: number): Header {
  const header: Header = {};
  // Year: a "(2024年度)" line under the title, else the title ("2021年…"), else (below) a
  // 预算年度 cell, the 实施期 or the project code. The line wins: a title may carry the year of
  // the project's name ("2021年全民健身…绩效目标表" over "( 2022年度)").
  const first = Math.max(seg.titleRow, top);
  let titleYear: Header["year"];
  for (let r = first; r <= Math.min(bottom, first + 2) && !header.year; r++) {
    for (const { col, text } of rowCells(grid, r)) {
      const y = yearIn(text);
      if (!y) continue;
      const at = { value: y, ref: grid.ref(r, col), text: grid.text(r, col) };
      if (/^[(（]?\s*\d{4}\s*年度?\s*[)）]?$/.test(text)) {
        header.year = at;
        break;
      }
      if (r === seg.titleRow && !titleYear) titleYear = at;
    }
  }
  if (!header.year && titleYear) header.year = titleYear;
  for (let r = top; r <= bottom; r++) {
    for (const { col, text } of rowCells(grid, r)) {
      const n = labelKey(text);
      // "预算年度 | 2023" / "填报年度：2023年"
      if (!header.year && /^(预算|填报|项目|申报)?年度$|^(预算|填报|申报)年度[:：]/.test(n)) {
        const v = valueRightOf(grid, { row: r, col });
        const y = v ? (yearIn(v.text) ?? (/^\d{4}$/.test(v.text.trim()) ? Number(v.text.trim()) : undefined)) : undefined;
        if (v && y && y >= 1990 && y <= 2100) header.year = { value: y, ref: grid.ref(v.row, v.col), text: grid.text(v.row, v.col) };
      }
      // 金额单位：万元 / 单位：万元 / 项目资金（万元）
      if (!header.moneyUnit) {
        const mu = /(?:金额)?单位[:：]\s*(万元|元)$/.exec(toHalfWidth(text).replace(/\s+/g, ""));
        const inLabel = /[(（](万元|元)[)）]/.exec(text);
        const unit = mu?.[1] ?? inLabel?.[1];
        if (unit === "万元" || unit === "元") header.moneyUnit = { value: unit, ref: grid.ref(r, col), text: grid.text(r, col) };
      }
      // "项目总实施期: 2021 年度" in one cell
      if (!header.period && /^项目(总)?实施期[:：]/.test(n)) {
        const v = valueRightOf(grid, { row: r, col });
        if (v) header.period = tracedText(grid, v, v.text);
      }
      // "项目主管部门：（盖章）石峰区机关事务服务中心" in one cell
      if (!header.unit && /^(项目)?主管部门[:：]/.test(n)) {
        const v = stripStamp(text.replace(/^[^:：]*[:：]/, ""));
        if (v !== "") header.unit = tracedText(grid, { row: r, col }, v);
      }
      for (const [key, re] of HEADER_LABELS) {
        if (header[key] || !re.test(n)) continue;
        const v = valueRightOf(grid, { row: r, col }, isAnyLabel);
        if (!v) continue;
        const value = stripStamp(v.text);
        if (value === "") continue;
        if (key === "period" && !header.year && yearIn(value)) header.year = { value: yearIn(value)!, ref: grid.ref(v.row, v.col), text: grid.text(v.row, v.col) };
        (header as Record<string, TracedText>)[key] = tracedText(grid, v, value);
      }
    }
  }
  // 河北: the first table row is "430002秦皇岛市…管理局 | 单位：万元" — the unit without a label.
  if (!header.unit) {
    for (let r = top; r <= Math.min(bottom, top + 4); r++) {
      const cells = rowCells(grid, r);
      const unitCell = cells.find((c) => /单位[:：]\s*(万元|元)$/.test(c.text.replace(/\s+/g, "")));
      const other = cells.find((c) => c !== unitCell && !isAnyLabel(c.text) && c.text.length >= 4 && notATitle(c.text));
      if (unitCell && other) {
        header.unit = tracedText(grid, { row: r, col: other.col }, other.text.replace(/^\d{3,}\s*/, ""));
        break;
      }
    }
  }
  if (!header.year && header.period) {
    const y = yearIn(header.period.value) ?? (/^\d{4}$/.test(header.period.value) ? Number(header.period.value) : undefined);
    if (y) header.year = { value: y, ref: header.period.ref, text: header.period.text };
  }
  // "51000023R000000019951-2023年农村公路养护补助资金": the code written in front of the name.
  if (!header.projectCode && header.project) {
    const code = /^([0-9]{6,}[0-9A-Z]{4,})\s*[-—_－]/.exec(toHalfWidth(header.project.value));
    if (code?.[1]) header.projectCode = { value: code[1], ref: header.project.ref, text: header.project.text };
  }
  // The project code: "51000021R000000019951" (region 510000, year 21) or "…-2023年…".
  if (!header.year && header.projectCode) {
    const y = yearOfProjectCode(header.projectCode.value);
    if (y) header.year = { value: y, ref: header.projectCode.ref, text: header.projectCode.text, from: "code" };
  }
  if (!header.year && header.project) {
    const y = /[-—_－]\s*((?:19|20)\d{2})\s*年/.exec(toHalfWidth(header.project.value));
    if (y?.[1]) header.year = { value: Number(y[1]), ref: header.project.ref, text: header.project.text };
  }
  return header;
}

/**
 * The budget year a project code carries. Codes of the budget systems start with the 6-digit
 * region code and the 2-digit year ("51000021R000000019951": 四川 510000, 2021;
 * "440306231391500000173": 深圳宝安 440306, 2023); a code may also spell "2023年" out.
 */
export function yearOfProjectCode(code: string): number | undefined {
  const c = toHalfWidth(code).replace(/\s+/g, "");
  const spelled = yearIn(c);
  if (spelled) return spelled;
  const m = /^[1-8]\d{5}(\d{2})[0-9A-Z]{6,}$/.exec(c);
  if (!m?.[1]) return undefined;
  const yy = Number(m[1]);
  return yy >= 10 && yy <= 40 ? 2000 + yy : undefined;
}

/** Text that is not a title: the department name on the 河北 first row is plain text. */
const notATitle = (text: string): boolean => !/绩效目标表|自评表/.test(text);

/** Money lines of a target form: each money label and the number beside it. */
function readTargetMoney(grid: Grid, top: number, bottom: number): MoneyLine[] {
  const lines: MoneyLine[] = [];
  let sawPersonnel = false;
  // "中期资金总额 | 900 | 年度资金总额 | 300" (中央部门项目库): the lines under 中期 are not the year's.
  const midTermCols = new Set<number>();
  for (let r = top; r <= bottom; r++) {
    for (const { col, text } of rowCells(grid, r)) {
      const own = labelKey(text);
      if (/^中期(资金)?(总额|预算|资金)/.test(own)) midTermCols.add(col);
      if (midTermCols.has(col)) continue;
      // "资金总额：917.4946" carries its value after the colon; "其中：基本支出" does not.
      const labelPart = own.replace(/[:：][\d.,]+(万?元)?$/, "");
      let key = moneyKey(labelPart);
      if (!key) continue;
      if (key === "personnel" || key === "publicUse") sawPersonnel = true;
      // 甘肃: "合计" right under 人员经费 / 公用经费 is the 基本支出 total.
      if (key === "total" && /^合计$/.test(labelPart) && sawPersonnel) key = "basic";
      let v: (At & { text: string }) | undefined = valueRightOf(grid, { row: r, col }, isAnyLabel, { colon: "numeric" });
      // A row of labels with the amounts on the row below ("资金总额 | 其中：财政拨款 | …").
      const right = cellText(grid, r, col + 1);
      const below = cellText(grid, r + 1, col);
      if (!v && (right === "" || isAnyLabel(right)) && looksNumeric(below)) v = { row: r + 1, col, text: below };
      const amount: TracedNumber | undefined = v && looksNumericOrBlank(v.text) ? tracedNumber(grid, v, v.text) : undefined;
      if (!amount && lines.some((l) => l.key === key)) continue;
      const label = tracedText(grid, { row: r, col }, labelPart.replace(/^其中[:：]?/, ""));
      const line: MoneyLine = { key, label, amounts: {} };
      if (amount) line.amounts.budget = amount;
      const existing = lines.findIndex((l) => l.key === key);
      if (existing >= 0 && !lines[existing]!.amounts.budget) lines[existing] = line;
      else if (existing < 0) lines.push(line);
    }
  }
  return lines;
}

function looksNumericOrBlank(text: string): boolean {
  return text.trim() === "" || looksNumeric(text.replace(/\s*(万元|元)$/, ""));
}

/** Self-evaluation money: the header row with 年初预算数 / 全年预算数 / 全年执行数 / 分值 / 执行率 / 得分. */
function readSelfEvaluationMoney(grid: Grid, top: number, bottom: number): { money: MoneyLine[]; execution: Execution } | undefined {
  for (let r = top; r <= bottom; r++) {
    const cols: Partial<Record<MoneyColumn | "label" | "weight" | "rate" | "score", number>> = {};
    for (const { col, text } of rowCells(grid, r)) {
      const n = labelKey(text);
      const column = MONEY_COLUMNS.find(([, re]) => re.test(n))?.[0];
      if (column && cols[column] === undefined) cols[column] = col;
    }
    if (cols.adjustedBudget === undefined || cols.executed === undefined) continue;
    const money: MoneyLine[] = [];
    const execution: Execution = {};
    for (let rr = r + 1; rr <= bottom; rr++) {
      const cells = rowCells(grid, rr);
      if (cells.length === 0) continue;
      const own = cells.find((c) => moneyKey(c.text) !== undefined && (cols.initialBudget === undefined || c.col < cols.initialBudget));
      const labelCell = own ?? (rr === r + 1 ? headingOverAmounts(grid, r, rr, cols) : undefined);
      if (!labelCell) break;
      const key = own ? moneyKey(own.text)! : "total";
      const line: MoneyLine = { key, label: tracedText(grid, labelCell, normLabel(labelCell.text).replace(/^其中[:：]?/, "")), amounts: {} };
      for (const c of ["initialBudget", "adjustedBudget", "executed"] as const) {
        const col = cols[c];
        if (col !== undefined) line.amounts[c] = tracedNumber(grid, { row: rr, col });
      }
      money.push(line);
      if (key === "total") {
        if (cols.weight !== undefined) execution.weight = tracedNumber(grid, { row: rr, col: cols.weight });
        if (cols.rate !== undefined) execution.rate = tracedPercent(grid, { row: rr, col: cols.rate });
        if (cols.score !== undefined) execution.score = tracedNumber(grid, { row: rr, col: cols.score });
      }
    }
    return { money, execution };
  }
  return undefined;
}

/**
 * 重庆: "部门预算执行情况（万元）" merged down beside the column headings, the amounts of the
 * whole budget on the row below with no label of their own. The heading cell is the line's label.
 */
function headingOverAmounts(grid: Grid, headRow: number, row: number, cols: Partial<Record<string, number>>): { row: number; col: number; text: string } | undefined {
  const first = Math.min(...Object.values(cols).filter((c): c is number => c !== undefined));
  const heading = rowCells(grid, headRow).find((c) => c.col < first && /预算(执行)?情况|资金(情况|总额)|^预算资金/.test(normLabel(c.text)));
  if (!heading) return undefined;
  const merge = grid.mergeAt(headRow, heading.col);
  if (!merge || merge.bottom < row || rowCells(grid, row, 0, first - 1).length > 0) return undefined;
  return looksNumeric(cellText(grid, row, cols.adjustedBudget!)) ? heading : undefined;
}

/** Goals: labelled texts, "目标1/目标2" lists (甘肃), 预期目标 / 实际完成情况 (self-evaluations). */
function readGoals(grid: Grid, top: number, bottom: number): Goals {
  const goals: Goals = {};
  for (let r = top; r <= bottom; r++) {
    const cells = rowCells(grid, r);
    if (readGoalHeadings(grid, r, cells, goals)) continue;
    for (const { col, text } of cells) {
      const n = labelKey(text);
      for (const [key, re] of GOAL_LABELS) {
        if (goals[key] || !re.test(n)) continue;
        // Self-evaluation: "年度总体目标 | 预期目标 | 实际完成情况" then the texts on the next row.
        const heads = cells.filter((c) => EXPECTED_HEAD.test(normLabel(c.text)) || ACHIEVED_HEAD.test(normLabel(c.text)));
        if (heads.length > 0) {
          readExpectedAchieved(grid, r, heads, bottom, goals);
          continue;
        }
        const v = valueRightOf(grid, { row: r, col }, isAnyLabel);
        if (!v) continue;
        if (/^目标\s*\d/.test(v.text)) {
          goals.items = readGoalItems(grid, r, v.col, bottom);
          goals[key] = tracedText(grid, v, goals.items.map((i) => i.value).join("\n"));
        } else {
          goals[key] = tracedText(grid, v);
        }
      }
      // 河北: "预算规模及资金用途 | 预算数 …" and the use on the next row.
      if (/^预算规模及资金用途$/.test(n) && !goals.use) {
        const next = rowCells(grid, r + 1).filter((c) => c.col > col);
        const long = next.find((c) => !looksNumeric(c.text) && !isAnyLabel(c.text));
        if (long && rowCells(grid, r + 1).every((c) => c.col > col || c === long)) goals.use = tracedText(grid, { row: r + 1, col: long.col });
      }
    }
  }
  return goals;
}

const goalKeyOf = (text: string): "longTerm" | "annual" | "achieved" | undefined => {
  const n = labelKey(text);
  return GOAL_HEADINGS.find(([, re]) => re.test(n))?.[0];
};

/**
 * "总体目标 | 中期目标 | 年度目标" with each text under its heading (中央部门项目库), or "项目年度目标 |
 * 年度目标完成情况" (四川): a row of two or more goal headings reads the cell under each one.
 * True when the row was such a row.
 */
function readGoalHeadings(grid: Grid, r: number, cells: { col: number; text: string }[], goals: Goals): boolean {
  const heads = cells.filter((c) => goalKeyOf(c.text) !== undefined);
  if (heads.length < 2 || heads.length !== cells.length) return false;
  let read = false;
  for (const h of heads) {
    const below = cellText(grid, r + 1, h.col);
    if (below === "" || goalKeyOf(below) || isAnyLabel(below)) continue;
    const key = goalKeyOf(h.text)!;
    if (!goals[key]) goals[key] = tracedText(grid, { row: r + 1, col: h.col });
    read = true;
  }
  return read;
}

function readGoalItems(grid: Grid, row: number, col: number, bottom: number): TracedText[] {
  const items: TracedText[] = [];
  for (let r = row; r <= bottom; r++) {
    const t = cellText(grid, r, col);
    if (!/^目标\s*\d/.test(t)) break;
    items.push(tracedText(grid, { row: r, col }, t.replace(/^目标\s*\d+\s*[:：]\s*/, "")));
  }
  return items;
}

/** Headings over a self-evaluation's goal texts: 预期目标 (重庆: 年初绩效目标) and 实际完成情况 (全年目标实际完成情况). */
const EXPECTED_HEAD = /^(预期目标|年初(绩效)?目标)$/;
const ACHIEVED_HEAD = /^(全年)?(目标)?实际完成情况$/;

function readExpectedAchieved(grid: Grid, row: number, heads: { col: number; text: string }[], bottom: number, goals: Goals): void {
  for (let r = row + 1; r <= Math.min(bottom, row + 3); r++) {
    const cells = rowCells(grid, r).filter((c) => !/^年度总体目标$/.test(normLabel(c.text)));
    if (cells.length === 0) continue;
    const expectedHead = heads.find((h) => EXPECTED_HEAD.test(normLabel(h.text)));
    const achievedHead = heads.find((h) => ACHIEVED_HEAD.test(normLabel(h.text)));
    // The texts sit under their headings; PDF extraction may move them a column or two.
    const nearest = (col: number | undefined): { col: number; text: string } | undefined =>
      col === undefined ? undefined : cells.reduce<{ col: number; text: string } | undefined>((best, c) => (!best || Math.abs(c.col - col) < Math.abs(best.col - col) ? c : best), undefined);
    const e = nearest(expectedHead?.col);
    const a = nearest(achievedHead?.col);
    if (e) goals.expected = tracedText(grid, { row: r, col: e.col });
    if (a && a !== e) goals.achieved = tracedText(grid, { row: r, col: a.col });
    else if (cells.length > 1) goals.achieved = tracedText(grid, { row: r, col: cells[cells.length - 1]!.col });
    return;
  }
}

/** 资金支出计划（%）: the 3月底 … 12月底 labels and the percentages on the row below. */
function readSpendingPlan(grid: Grid, top: number, bottom: number): SpendingPlanStep[] {
  for (let r = top; r <= bottom; r++) {
    const labels = rowCells(grid, r).filter((c) => /^\d{1,2}月(底|末)?$/.test(normLabel(c.text)));
    if (labels.length < 2) continue;
    return labels.map((l) => {
      const month = Number(/^(\d{1,2})/.exec(normLabel(l.text))?.[1]);
      const cell: At = { row: r + 1, col: l.col };
      const text = cellText(grid, cell.row, cell.col).replace(/%$/, "");
      return { label: l.text, month: month >= 1 && month <= 12 ? month : null, percent: tracedNumber(grid, cell, text) };
    });
  }
  return [];
}

/**
 * 总分 row: 分值 total, 得分 total and the 等级 text ("等级：优"). The totals are the numbers of
 * the row, or — in a sheet whose formulas have not been calculated yet — the formula cells
 * under the 分值 and 得分 headings.
 */
function readTotal(
  grid: Grid,
  from: number,
  bottom: number,
  columns: { weight?: number; score?: number },
): { weight?: TracedNumber; score?: TracedNumber; grade?: TracedText } {
  for (let r = from; r <= Math.min(bottom, from + 4); r++) {
    const cells = rowCells(grid, r);
    if (cells.length === 0 || !/^总分|^合计$/.test(normLabel(cells[0]!.text))) continue;
    const out: { weight?: TracedNumber; score?: TracedNumber; grade?: TracedText } = {};
    const numbers = cells.slice(1).filter((c) => looksNumeric(c.text));
    const formulaAt = (col: number | undefined): At | undefined =>
      col !== undefined && grid.cell(r, col)?.formula !== undefined ? { row: r, col } : undefined;
    if (numbers.length >= 2) {
      out.weight = tracedNumber(grid, numbers[0]!);
      out.score = tracedNumber(grid, numbers[1]!);
    } else if (numbers.length === 1) {
      out.score = tracedNumber(grid, numbers[0]!);
    }
    const weightFormula = formulaAt(columns.weight);
    const scoreFormula = formulaAt(columns.score);
    if (!out.weight && weightFormula) out.weight = tracedNumber(grid, weightFormula);
    if (scoreFormula && (!out.score || out.score.ref === out.weight?.ref)) out.score = tracedNumber(grid, scoreFormula);
    const grade = cells.find((c) => /等级/.test(c.text) || /^[优良中差]$/.test(c.text.trim()));
    if (grade) out.grade = tracedText(grid, grade, grade.text.replace(/^.*等级\s*[:：]?\s*/, "").trim());
    else {
      // A 等级 formula not yet calculated: the cell right of the score, when it holds a formula.
      const g = formulaAt(columns.score !== undefined ? columns.score + 1 : undefined);
      if (g) out.grade = tracedText(grid, g, "");
    }
    return out;
  }
  return {};
}

function readTasks(grid: Grid, top: number, bottom: number): DepartmentTargetForm["tasks"] {
  for (let r = top; r <= bottom; r++) {
    const cells = rowCells(grid, r);
    const name = cells.find((c) => /^(事项|任务名称|重点工作|工作任务)$/.test(normLabel(c.text)));
    if (!name) continue;
    const owner = cells.find((c) => /责任/.test(c.text));
    const goal = cells.find((c) => /工作目标|主要内容|目标/.test(c.text) && c !== name);
    const tasks: DepartmentTargetForm["tasks"] = [];
    for (let rr = r + 1; rr <= bottom; rr++) {
      const t = cellText(grid, rr, name.col);
      if (t === "") break;
      const task: DepartmentTargetForm["tasks"][number] = { name: tracedText(grid, { row: rr, col: name.col }) };
      if (owner) task.owner = tracedText(grid, { row: rr, col: owner.col });
      if (goal) task.goal = tracedText(grid, { row: rr, col: goal.col });
      tasks.push(task);
    }
    return tasks;
  }
  return [];
}

function findLabelled(grid: Grid, re: RegExp, top: number, bottom: number): TracedText | undefined {
  for (let r = top; r <= bottom; r++) {
    for (const { col, text } of rowCells(grid, r)) {
      if (!re.test(normLabel(text))) continue;
      const v = valueRightOf(grid, { row: r, col }, isAnyLabel);
      if (v) return tracedText(grid, v);
    }
  }
  return undefined;
}

function findLabelledNumber(grid: Grid, re: RegExp, top: number, bottom: number): TracedNumber | undefined {
  for (let r = top; r <= bottom; r++) {
    for (const { col, text } of rowCells(grid, r)) {
      if (!re.test(normLabel(text))) continue;
      const v = valueRightOf(grid, { row: r, col }, isAnyLabel, { colon: "numeric" });
      if (v && looksNumericOrBlank(v.text)) return tracedNumber(grid, v, v.text);
    }
  }
  return undefined;
}

/**
 * The title says which form it is; the columns say whether it is a self-evaluation (a
 * "目标表" with 实际完成值 and 得分 columns is one); without a title, a 项目名称 or 项目编码
 * makes it a project form.
 */
function decideKind(seg: Segment, selfEval: boolean, header: Header): FormKind {
  if (seg.kind === "DS" || seg.kind === "PS") return seg.kind;
  if (selfEval) {
    if (seg.kind === "DT") return "DS";
    if (seg.kind === "PT") return "PS";
    return header.project ? "PS" : "DS";
  }
  if (seg.kind === "DT" || seg.kind === "PT") return seg.kind;
  return header.project || header.projectCode ? "PT" : "DT";
}

function decideLayout(kind: FormKind, grid: Grid, top: number, bottom: number, level1Names: string[]): string {
  const has = (re: RegExp): boolean => {
    for (let r = top; r <= bottom; r++) for (const { text } of rowCells(grid, r)) if (re.test(normLabel(text))) return true;
    return false;
  };
  if (kind === "DS" || kind === "PS") return has(/^得分[(（]分值×执行率[)）]$/) ? "hunan-2021-selfeval" : "generic-selfeval";
  if (has(/^项目编码$/) && has(/资金支出计划/)) return "hebei";
  if (level1Names[0] && /^成本指标/.test(level1Names[0])) return "gansu-2024";
  if (has(/^按支出类型分$/)) return "gansu-2024";
  if (has(/^年度绩效指标$/)) return "hunan-2021";
  return "generic";
}

export function readPerformanceForm(grid: Grid, seg: Segment): PerformanceForm | undefined {
  const ih = findIndicatorHeader(grid, seg.top, seg.bottom);
  if (!ih) return undefined;
  const c = ih.columns;
  const selfEval = c.actual !== undefined && (c.score !== undefined || c.weight !== undefined);
  const upperTop = seg.top;
  const upperBottom = ih.row - 1;
  const header = readHeader(grid, seg, upperTop, upperBottom);
  const kind = decideKind(seg, selfEval, header);
  const table = readIndicatorTable(grid, ih, seg.bottom);
  const goals = readGoals(grid, upperTop, upperBottom);
  const title = seg.titleRow >= 0 ? tracedText(grid, { row: seg.titleRow, col: seg.titleCol }, cleanTitle(cellText(grid, seg.titleRow, seg.titleCol))) : undefined;
  const layout = decideLayout(kind, grid, seg.top, ih.row, table.level1Blocks.map((b) => b.name.value));
  const base = {
    sheet: grid.sheet,
    range: "A1",
    layout,
    header,
    goals,
    indicators: table.indicators,
    level1Blocks: table.level1Blocks,
    ...(title ? { title } : {}),
  };
  if (kind === "DS" || kind === "PS") {
    const sm = readSelfEvaluationMoney(grid, upperTop, upperBottom);
    const total = readTotal(grid, table.lastRow + 1, seg.bottom, { weight: ih.columns.weight, score: ih.columns.score });
    // 重庆: "自评总分（分） | 99.50" in the header instead of a 总分 row under the table.
    if (!total.score) {
      const stated = findLabelledNumber(grid, /^(自评)?总分(值)?([(]分[)])?$|^自评得分([(]分[)])?$/, upperTop, upperBottom);
      if (stated) total.score = stated;
    }
    const common = { ...base, money: sm?.money ?? [], execution: sm?.execution ?? {}, total };
    if (kind === "DS") return { kind: "DS", ...common };
    const investment: ProjectSelfEvaluationForm["investment"] = {};
    const inv = findLabelledNumber(grid, /^项目总投资/, upperTop, upperBottom);
    if (inv) investment.total = inv;
    const fiscal = findLabelledNumber(grid, /^其中[:：]?财政拨款/, upperTop, upperBottom);
    if (fiscal) investment.fiscal = fiscal;
    return { kind: "PS", ...common, investment };
  }
  const money = readTargetMoney(grid, upperTop, upperBottom);
  if (kind === "DT") {
    const form: DepartmentTargetForm = { kind: "DT", ...base, money, tasks: readTasks(grid, upperTop, upperBottom) };
    const duties = findLabelled(grid, /^部门职责(概述)?$/, upperTop, upperBottom);
    if (duties) form.duties = duties;
    return form;
  }
  return { kind: "PT", ...base, money, spendingPlan: readSpendingPlan(grid, upperTop, upperBottom) };
}
