/**
 * RUN-01 Execution against the time elapsed (绩效运行监控表). By month N, N/12 of the year has
 * passed (时间进度); a 预算执行率 more than 20 percentage points below it is 明显滞后 and is reported,
 * and so is a cumulative 正向 indicator (人次, 吨, 公里 …) whose 1–N月 value is that far behind its
 * annual target. A stated 执行率 that is not 执行数 ÷ 预算数 is an error.
 *
 * The month is the one asked for (`--month N`, the pane's 监控月份), else the form's own
 * (截至6月, 1-7月执行数), else the months completed at today's date.
 */
import { fundsProgress, indicatorProgress, monitoringMonth, BEHIND_RED } from "../../../scoring/monitoring";
import { cells, fmt } from "../../support";
import { defineRule } from "../../types";

const pct = (x: number): string => `${fmt(x * 100, 1)}%`;

export default defineRule({
  meta: {
    id: "RUN-01",
    severity: "warning",
    forms: ["MT"],
    description: {
      "zh-CN": "运行监控：预算执行率和累计类指标的完成进度不应明显慢于时间进度（低于 20 个百分点以上）；填报的执行率应等于执行数 ÷ 预算数。",
      en: "Monitoring: budget execution and cumulative indicators should not lag the share of the year elapsed by more than 20 points; a stated execution rate should equal executed ÷ budget.",
    },
    messages: {
      fundsBehind: {
        "zh-CN": "{ref} 截至 {month} 月预算执行率为 {rate}（{executed} ÷ {budget}），比时间进度 {elapsed} 低 {gap} 个百分点，执行明显滞后。请在偏差原因中说明原因并写明加快执行的措施。",
        en: "By month {month} the budget execution in {ref} is {rate} ({executed} ÷ {budget}), {gap} points below the {elapsed} of the year elapsed. Explain why in the deviation reason and state how spending will catch up.",
      },
      indicatorBehind: {
        "zh-CN": "{ref}“{name}”截至 {month} 月完成“{executed}”，只达到年度指标值“{target}”的 {share}，比时间进度 {elapsed} 低 {gap} 个百分点。请核实进度，并填写偏差原因和纠偏措施。",
        en: "“{name}” in {ref} stands at “{executed}” by month {month}: {share} of its annual target “{target}”, {gap} points below the {elapsed} of the year elapsed. Check the figure and give the reason and corrective measures.",
      },
      rateMismatch: {
        "zh-CN": "{ref} 填报的执行率为 {stated}，但执行数 {executed} ÷ 预算数 {budget} = {computed}。请改为 {computed}。",
        en: "The execution rate in {ref} says {stated}, but executed {executed} ÷ budget {budget} = {computed}. Change it to {computed}.",
      },
    },
  },
  check(form, ctx) {
    if (form.kind !== "MT") return;
    const m = monitoringMonth(form, ctx.month, ctx.today);
    for (const line of form.funds) {
      const b = line.budget?.value;
      const e = line.executed?.value;
      const r = line.rate?.value;
      if (b === null || b === undefined || b <= 0 || e === null || e === undefined || r === null || r === undefined) continue;
      if (Math.abs(r - e / b) > 0.0051) {
        ctx.report({
          messageId: "rateMismatch",
          severity: "error",
          data: { ref: line.rate!.ref, stated: line.rate!.text.trim(), executed: fmt(e), budget: fmt(b), computed: pct(e / b) },
          cells: cells(line.rate, line.executed, line.budget),
        });
      }
    }
    if (!m) return;
    const f = fundsProgress(form, m.month);
    if (f && f.gap > BEHIND_RED) {
      ctx.report({
        messageId: "fundsBehind",
        data: { ref: f.line.executed!.ref, month: m.month, rate: pct(f.rate), executed: fmt(f.line.executed!.value!), budget: fmt(f.line.budget!.value!), elapsed: pct(f.elapsed), gap: fmt(f.gap * 100, 1) },
        cells: cells(f.line.executed, f.line.budget),
      });
    }
    for (const ind of form.indicators) {
      const p = indicatorProgress(ind, m.month);
      if (!p || p.gap <= BEHIND_RED) continue;
      ctx.report({
        messageId: "indicatorBehind",
        data: { ref: ind.executed!.ref, name: ind.level3.value, month: m.month, executed: ind.executed!.text.trim(), target: ind.target!.text.trim(), share: pct(p.share), elapsed: pct(p.elapsed), gap: fmt(p.gap * 100, 1) },
        cells: cells(ind.executed, ind.target),
      });
    }
  },
});
