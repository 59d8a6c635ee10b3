/**
 * EVA-01 执行率 = 全年执行数 ÷ 全年预算数. The stated 执行率 must agree with the money columns
 * of the 合计 row within half a percentage point (RATE_TOLERANCE: forms print whole percentages). A blank or
 * unreadable 执行率 cell next to computable money is reported as a warning with the right value.
 * When the money columns are blank there is nothing to check the rate against.
 */
import { scoreSelfEvaluation, showPercent } from "../../../scoring";
import { defineRule } from "../../types";
import { cells } from "../../support";

export default defineRule({
  meta: {
    id: "EVA-01",
    severity: "error",
    forms: ["PS", "DS"],
    description: {
      "zh-CN": "执行率应等于全年执行数 ÷ 全年预算数。",
      en: "The execution rate must equal full-year spending ÷ full-year budget.",
    },
    messages: {
      rateDiffers: {
        "zh-CN": "{ref} 填的执行率 {stated} 与资金数不符：全年执行数 ÷ 全年预算数 = {arithmetic}。请把执行率改为 {computed}。",
        en: "The execution rate in {ref}, {stated}, does not match the money: spending ÷ full-year budget = {arithmetic}. Change it to {computed}.",
      },
      rateMissing: {
        "zh-CN": "{ref} 的执行率没有填写。按全年执行数 ÷ 全年预算数 = {arithmetic}，请填写 {computed}。",
        en: "The execution rate in {ref} is blank. Spending ÷ full-year budget = {arithmetic}; enter {computed}.",
      },
      rateUnreadable: {
        "zh-CN": "{ref} 的执行率“{text}”不是有效的百分数。按全年执行数 ÷ 全年预算数 = {arithmetic}，请填写 {computed}。",
        en: "The execution rate in {ref}, “{text}”, is not a valid percentage. Spending ÷ full-year budget = {arithmetic}; enter {computed}.",
      },
    },
  },
  check(form, ctx) {
    if (form.kind !== "PS" && form.kind !== "DS") return;
    const e = scoreSelfEvaluation(form, ctx.profile).execution;
    const rateCell = form.execution.rate;
    if (!rateCell || e.result.rateSource !== "money" || e.result.rate === null) return;
    const total = form.money.find((m) => m.key === "total");
    const related = cells(rateCell, total?.amounts.executed, total?.amounts.adjustedBudget);
    const data = { ref: rateCell.ref, arithmetic: e.result.rateArithmetic, computed: showPercent(e.result.rate) };
    if (e.rateCheck === "differs") {
      ctx.report({ messageId: "rateDiffers", data: { ...data, stated: showPercent(e.stated.rate!) }, cells: related });
    } else if (e.rateCheck === "no-stated-rate") {
      const blank = rateCell.text.trim() === "";
      ctx.report({
        messageId: blank ? "rateMissing" : "rateUnreadable",
        severity: "warning",
        data: { ...data, text: rateCell.text.trim() },
        cells: related,
      });
    }
  },
});
