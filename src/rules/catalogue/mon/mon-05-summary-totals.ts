/**
 * MON-05 专项资金汇总表 and the amounts of one department's forms agree:
 *
 * - the summary's 合计 = Σ its 支出方向 rows;
 * - 合计 = the 项目支出 of the department table (DT);
 * - each 支出方向 row of the summary = the 项目金额 of the project table (PT) of that name;
 * - Σ project budgets (PT 年度资金总额 / 项目金额) = the department's 项目支出.
 *
 * Forms belong to one department when their 单位 names agree (one containing the other, or one
 * of them unnamed) and their years agree (or one is unknown). Project tables are matched to
 * summary rows by name, after dropping the year, 本级 and endings such as 经费/费用/专项经费
 * ("公车平台" = "公车平台经费"). Amounts are compared in the department's money unit, within
 * the profile's rounding tolerance per addend.
 *
 * Σ projects above 项目支出 is an error (the projects cannot spend more than the department
 * plans for projects); below it is a warning, since the workbook may not hold every project's
 * table.
 *
 * Cells of different forms are listed without merging equal addresses: the forms may sit on
 * different sheets.
 */
import type { DepartmentTargetForm, Form, ProjectTargetForm, SpecialFundRow, SpecialFundsSummaryForm } from "../../../forms/forms";
import type { TracedNumber } from "../../../forms/traced";
import { toHalfWidth } from "../../../recognise/labels";
import { defineWorkbookRule } from "../../types";
import { amountOrZero, cells, fmt, sumMatches } from "../../support";
import { MONEY_UNIT_YUAN } from "./mon-02-cost-within-budget";

/** A project's name reduced to what identifies it: no year, 本级, quotes, or 经费/费用 ending. */
export function projectKey(name: string): string {
  let s = toHalfWidth(name)
    .replace(/[\s"'“”‘’「」()（）[\]【】,，.。:：;；]/g, "")
    .replace(/^(?:19|20)\d{2}年度?/, "")
    .replace(/^本级/, "");
  for (;;) {
    const next = s.replace(/(?:专项经费|专项资金|经费|费用|资金|项目|专项|支出)$/, "");
    if (next === s || next.length < 2) break;
    s = next;
  }
  return s;
}

/** The name a project form goes by: 项目名称, else its title. */
export function projectName(form: Form): string {
  if ("header" in form && form.header.project) return form.header.project.value;
  return form.title?.value ?? "";
}

/** Normalised unit names, computed once per form: workbook rules compare every pair of forms. */
const unitKeys = new WeakMap<Form, string | undefined>();

function unitKey(form: Form): string | undefined {
  if (unitKeys.has(form)) return unitKeys.get(form);
  const u = "header" in form ? form.header.unit?.value : undefined;
  const k = u
    ? toHalfWidth(u)
        .replace(/\s+/g, "")
        .replace(/[(（]盖章[)）]/g, "")
        .replace(/本级$/, "")
    : "";
  const key = k === "" ? undefined : k;
  unitKeys.set(form, key);
  return key;
}

/** Same department: unit names agree (or one is missing) and years agree (or one is missing). */
export function sameDepartment(a: Form, b: Form): boolean {
  const ua = unitKey(a);
  const ub = unitKey(b);
  if (ua && ub && !ua.includes(ub) && !ub.includes(ua)) return false;
  const ya = "header" in a ? a.header.year?.value : undefined;
  const yb = "header" in b ? b.header.year?.value : undefined;
  return ya === undefined || yb === undefined || ya === yb;
}

function unitOf(form: Form): string {
  return ("header" in form ? form.header.moneyUnit?.value : undefined) ?? "万元";
}

/** An amount converted from one form's money unit to another's. */
function convert(value: number, from: string, to: string): number {
  return (value * (MONEY_UNIT_YUAN[from] ?? 10_000)) / (MONEY_UNIT_YUAN[to] ?? 10_000);
}

function withValue(n: TracedNumber | undefined): (TracedNumber & { value: number }) | undefined {
  return n && n.value !== null ? (n as TracedNumber & { value: number }) : undefined;
}

function projectAmount(pt: ProjectTargetForm): (TracedNumber & { value: number }) | undefined {
  return withValue(pt.money.find((m) => m.key === "total")?.amounts.budget);
}

function departmentProjects(dt: DepartmentTargetForm): (TracedNumber & { value: number }) | undefined {
  return withValue(dt.money.find((m) => m.key === "project")?.amounts.budget);
}

/** The summary rows with their keys, computed once per summary rather than once per project. */
function keyedRows(st: SpecialFundsSummaryForm): { row: SpecialFundRow; key: string }[] {
  return st.rows.map((row) => ({ row, key: projectKey(row.direction.value) }));
}

/** The summary row of a project: same key, else the one row whose key contains (or is contained in) it. */
function rowFor(rows: readonly { row: SpecialFundRow; key: string }[], name: string): SpecialFundRow | undefined {
  const key = projectKey(name);
  if (key.length < 2) return undefined;
  const exact = rows.filter((r) => r.key === key);
  if (exact.length === 1) return exact[0]!.row;
  if (exact.length > 1) return undefined;
  const near = rows.filter((r) => r.key.length >= 2 && (r.key.includes(key) || key.includes(r.key)));
  return near.length === 1 ? near[0]!.row : undefined;
}

/**
 * The forms of a kind grouped by unit name, to find the forms of one department without
 * comparing every pair (a compiled workbook may hold thousands): the unit names that match a
 * given one are found among the distinct names, then their forms gathered in workbook order.
 * Same answers as filtering with sameDepartment.
 */
export class DepartmentIndex<F extends Form> {
  private readonly byUnit = new Map<string | undefined, number[]>();
  private readonly matching = new Map<string | undefined, number[]>();

  constructor(private readonly forms: readonly F[]) {
    forms.forEach((f, i) => {
      const k = unitKey(f);
      (this.byUnit.get(k) ?? this.byUnit.set(k, []).get(k)!).push(i);
    });
  }

  /** Indexes (ascending) of the forms whose unit names agree with `u` (either unnamed, or one containing the other). */
  private indexesFor(u: string | undefined): number[] {
    const cached = this.matching.get(u);
    if (cached) return cached;
    const out: number[] = [];
    for (const [k, idx] of this.byUnit) if (u === undefined || k === undefined || u.includes(k) || k.includes(u)) out.push(...idx);
    out.sort((a, b) => a - b);
    this.matching.set(u, out);
    return out;
  }

  /** The forms of `of`'s department, in workbook order. */
  sameDepartment(of: Form): F[] {
    return this.indexesFor(unitKey(of))
      .map((i) => this.forms[i]!)
      .filter((f) => sameDepartment(of, f));
  }

  /** The first form of `of`'s department. */
  first(of: Form): F | undefined {
    for (const i of this.indexesFor(unitKey(of))) if (sameDepartment(of, this.forms[i]!)) return this.forms[i];
    return undefined;
  }
}

export default defineWorkbookRule({
  meta: {
    id: "MON-05",
    severity: "error",
    forms: "workbook",
    description: {
      "zh-CN": "专项资金汇总表：各支出方向之和 = 合计 = 部门的项目支出，各行 = 对应项目表的金额；各项目预算之和 = 部门的项目支出。",
      en: "Special-funds summary: rows add up to the total, which equals the department's project spending, and each row equals its project table's amount; the projects' budgets add up to the department's project spending.",
    },
    messages: {
      rowsDoNotAddUp: {
        "zh-CN": "专项资金汇总表的合计 {total} {unit}不等于各支出方向金额之和 {sum} {unit}（{parts}），相差 {diff} {unit}。请核对合计 {ref} 和各行金额。",
        en: "The summary's total {total} does not equal the sum of its rows {sum} ({parts}); the difference is {diff}. Check the total in {ref} and the row amounts.",
      },
      summaryVsDepartment: {
        "zh-CN": "专项资金汇总表的合计 {summary} {unit}与部门整体支出绩效目标表的项目支出 {department} {unit}不一致，相差 {diff} {unit}。汇总表合计应等于部门的项目支出：请核对 {ref} 和 {otherRef}。",
        en: "The summary's total {summary} {unit} differs from the department table's project spending {department} {unit} by {diff}. They must be equal: check {ref} and {otherRef}.",
      },
      rowVsProject: {
        "zh-CN": "项目“{project}”的项目金额 {amount} {unit}与专项资金汇总表中“{direction}”一行的金额 {row} {unit}不一致，相差 {diff} {unit}。同一支出方向在两张表中的金额应相同：请核对 {ref} 和 {otherRef}。",
        en: "Project “{project}” states {amount} {unit}, but the summary's row “{direction}” states {row} {unit} (difference {diff}). The same spending line must have the same amount in both tables: check {ref} and {otherRef}.",
      },
      projectsExceedDepartment: {
        "zh-CN": "本工作簿中 {count} 个项目表的金额合计 {sum} {unit}（{parts}），超过了部门整体支出绩效目标表的项目支出 {department} {unit}，多出 {diff} {unit}。各项目预算之和应等于部门的项目支出：请核对 {ref} 和各项目金额。",
        en: "The {count} project tables in this workbook add up to {sum} {unit} ({parts}), {diff} more than the department table's project spending of {department} {unit}. The projects' budgets must add up to it: check {ref} and the project amounts.",
      },
      projectsBelowDepartment: {
        "zh-CN": "本工作簿中 {count} 个项目表的金额合计 {sum} {unit}（{parts}），比部门整体支出绩效目标表的项目支出 {department} {unit}少 {diff} {unit}。如果还有项目的绩效目标表不在本工作簿中，可以忽略此提示；否则请核对 {ref} 和各项目金额。",
        en: "The {count} project tables in this workbook add up to {sum} {unit} ({parts}), {diff} less than the department table's project spending of {department} {unit}. If some projects' tables are not in this workbook, ignore this; otherwise check {ref} and the project amounts.",
      },
    },
  },
  checkWorkbook(forms, ctx) {
    const tol = ctx.profile.moneyTolerancePerAddend;
    const dts = forms.filter((f): f is DepartmentTargetForm => f.kind === "DT");
    const sts = forms.filter((f): f is SpecialFundsSummaryForm => f.kind === "ST");
    const pts = forms.filter((f): f is ProjectTargetForm => f.kind === "PT");
    const ptIndex = new DepartmentIndex(pts);
    const dtIndex = new DepartmentIndex(dts);

    for (const st of sts) {
      const unit = unitOf(st);
      // The summary's own total against its rows.
      const filled = st.rows.filter((r) => r.amount.value !== null);
      if (st.total && st.total.value !== null && filled.length > 0) {
        const m = sumMatches(st.total.value, filled.map((r) => amountOrZero(r.amount)), tol);
        if (!m.ok) {
          ctx.report({
            messageId: "rowsDoNotAddUp",
            data: {
              total: fmt(st.total.value),
              sum: fmt(m.sum),
              diff: fmt(m.diff),
              unit,
              parts: filled.map((r) => `${r.direction.value} ${fmt(r.amount.value ?? 0)}`).join(" + "),
              ref: st.total.ref,
            },
            cells: cells(st.total, ...filled.map((r) => r.amount)),
            form: st,
          });
        }
      }
      // Each project table against its row of the summary.
      const rows = keyedRows(st);
      for (const pt of ptIndex.sameDepartment(st)) {
        const amount = projectAmount(pt);
        const row = rowFor(rows, projectName(pt));
        if (!amount || !row || row.amount.value === null) continue;
        const a = convert(amount.value, unitOf(pt), unit);
        const m = sumMatches(row.amount.value, [a], tol);
        if (m.ok) continue;
        ctx.report({
          messageId: "rowVsProject",
          data: {
            project: projectName(pt),
            direction: row.direction.value,
            amount: fmt(a),
            row: fmt(row.amount.value),
            diff: fmt(Math.abs(m.diff)),
            unit,
            ref: amount.ref,
            otherRef: row.amount.ref,
          },
          cells: [...cells(amount), ...cells(row.amount)],
          form: pt,
        });
      }
      // The summary's total against the department's 项目支出.
      const dt = dtIndex.first(st);
      const dept = dt && departmentProjects(dt);
      const total = withValue(st.total);
      if (!dt || !dept || !total) continue;
      const d = convert(dept.value, unitOf(dt), unit);
      const m = sumMatches(total.value, [d], tol);
      if (m.ok) continue;
      ctx.report({
        messageId: "summaryVsDepartment",
        data: { summary: fmt(total.value), department: fmt(d), diff: fmt(Math.abs(m.diff)), unit, ref: total.ref, otherRef: dept.ref },
        cells: [...cells(total), ...cells(dept)],
        form: st,
      });
    }

    // Σ project budgets against each department's 项目支出.
    for (const dt of dts) {
      const dept = departmentProjects(dt);
      if (!dept) continue;
      const unit = unitOf(dt);
      const group = ptIndex.sameDepartment(dt);
      const amounts = group.map(projectAmount);
      if (group.length === 0 || amounts.some((a) => a === undefined)) continue;
      const values = group.map((p, i) => convert(amounts[i]!.value, unitOf(p), unit));
      const m = sumMatches(dept.value, values, tol);
      if (m.ok) continue;
      const over = m.diff < 0;
      ctx.report({
        messageId: over ? "projectsExceedDepartment" : "projectsBelowDepartment",
        severity: over ? "error" : "warning",
        data: {
          count: group.length,
          sum: fmt(m.sum),
          parts: group.map((p, i) => `${projectName(p)} ${fmt(values[i]!)}`).join(" + "),
          department: fmt(dept.value),
          diff: fmt(Math.abs(m.diff)),
          unit,
          ref: dept.ref,
        },
        cells: [...cells(dept), ...amounts.flatMap((a) => cells(a))],
        form: dt,
      });
    }
  },
});
