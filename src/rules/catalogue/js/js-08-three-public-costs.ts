/**
 * JS-08 (§5, eighth identity): 公开07 “三公”经费 合计 = 因公出国(境)费 + 公务用车购置及运行费 +
 * 公务接待费, and 公务用车购置及运行费 = 公务用车购置费 + 公务用车运行费 — for 预算数 and for
 * 决算数 alike (one line each in the form).
 *
 * A layout without the 公务用车 小计 column adds 购置费 and 运行费 straight into the 合计. Blank
 * cells count as 0; a check is skipped when its total and parts are all blank. Tolerance 0.01
 * per stated addend.
 */
import { defineRule } from "../../types";
import { cells, fmt } from "../../support";
import { addsUp, stated, tableName, tableNameEn } from "./tables";

const SECTION_NAMES: Record<string, { zh: string; en: string }> = { budget: { zh: "预算数", en: "budget" }, final: { zh: "决算数", en: "final accounts" } };

export default defineRule({
  meta: {
    id: "JS-08",
    severity: "error",
    forms: ["JS"],
    description: {
      "zh-CN": "公开07表：“三公”经费合计 = 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费，公务用车购置及运行费 = 购置费 + 运行费（预算数、决算数分别核对）。",
      en: "Table 07: the three public costs = travel abroad + official vehicles + official reception, and vehicles = purchase + operation (budget and final accounts alike).",
    },
    messages: {
      totalDiffers: {
        "zh-CN": "{table}{section}：“三公”经费合计 {total} 万元不等于因公出国（境）费、公务用车购置及运行费、公务接待费之和 {sum} 万元，相差 {diff} 万元。",
        en: "{tableEn}, {sectionEn}: the total {total} does not equal travel abroad + official vehicles + reception, {sum}; the difference is {diff}.",
      },
      vehiclesDiffer: {
        "zh-CN": "{table}{section}：公务用车购置及运行费 {total} 万元不等于购置费与运行费之和 {sum} 万元，相差 {diff} 万元。",
        en: "{tableEn}, {sectionEn}: official vehicles {total} does not equal purchase + operation, {sum}; the difference is {diff}.",
      },
    },
  },
  check(form, ctx) {
    if (form.kind !== "JS" || form.table !== "07") return;
    const tol = ctx.profile.moneyTolerancePerAddend;
    for (const line of form.lines) {
      const a = line.amounts;
      const names = SECTION_NAMES[line.section] ?? { zh: line.label.value, en: line.label.value };
      const base = { table: tableName(form), tableEn: tableNameEn(form), section: names.zh, sectionEn: names.en };
      const vehicleParts = [a.vehiclePurchase, a.vehicleOperation].filter(stated);
      if (a.vehicles && (a.vehiclePurchase || a.vehicleOperation) && (stated(a.vehicles) || vehicleParts.length > 0)) {
        const m = addsUp(a.vehicles, vehicleParts, tol);
        if (!m.ok) ctx.report({ messageId: "vehiclesDiffer", data: { ...base, total: fmt(m.total), sum: fmt(m.sum), diff: fmt(m.diff) }, cells: cells(a.vehicles, ...vehicleParts) });
      }
      if (!a.total) continue;
      const parts = (a.vehicles ? [a.abroad, a.vehicles, a.reception] : [a.abroad, a.vehiclePurchase, a.vehicleOperation, a.reception]).filter(stated);
      if (!stated(a.total) && parts.length === 0) continue;
      const m = addsUp(a.total, parts, tol);
      if (!m.ok) ctx.report({ messageId: "totalDiffers", data: { ...base, total: fmt(m.total), sum: fmt(m.sum), diff: fmt(m.diff) }, cells: cells(a.total, ...parts) });
    }
  },
});
