/**
 * 公开07 一般公共预算财政拨款“三公”经费支出决算表: 预算数 and 决算数, each 合计 = 因公出国(境)费
 * + 公务用车购置及运行费 (小计 = 购置费 + 运行费) + 公务接待费, 栏次 1–12.
 */
import { amount, label, row, rows, type Model, type RowSpec, type TemplateDefinition } from "../dsl";
import type { AccountsLineInput } from "../inputs";
import { jsHeading, jsNotes } from "./js-common";

const KEYS = ["total", "abroad", "vehicles", "vehiclePurchase", "vehicleOperation", "reception"] as const;

const groupHeader = (): RowSpec["cells"] => [
  label("合计", { down: 2 }),
  label("因公出国（境）费", { down: 2 }),
  label("公务用车购置及运行费", { span: 3 }),
  label("公务接待费", { down: 2 }),
];

export const js07: TemplateDefinition = {
  kind: "JS",
  layout: "07",
  table: "07",
  name: "公开07表 一般公共预算财政拨款“三公”经费支出决算表",
  description: "“三公”经费预算数与决算数：合计、因公出国（境）费、公务用车购置及运行费（小计、购置费、运行费）、公务接待费。",
  sheetName: () => "公开07表",
  columns: [11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11],
  body: [
    ...jsHeading("07", 6),
    rows(
      row(label("预算数", { span: 6 }), label("决算数", { span: 6 })),
      row(...groupHeader(), ...groupHeader()),
      row(label("小计"), label("公务用车购置费"), label("公务用车运行费"), label("小计"), label("公务用车购置费"), label("公务用车运行费")),
      row(...Array.from({ length: 12 }, (_, i) => label(String(i + 1)))),
      row(...KEYS.map((k) => amount(`values.budget.${k}`)), ...KEYS.map((k) => amount(`values.final.${k}`))),
    ),
    ...jsNotes("07"),
  ],
  prepare: (input) => {
    const lines = Array.isArray(input.lines) ? (input.lines as AccountsLineInput[]) : [];
    const values: Model = {};
    const handled: string[] = [];
    const unplaced: string[] = [];
    lines.forEach((l, i) => {
      const section = l.section === "final" || /决算/.test(l.label) ? "final" : l.section === "budget" || /预算/.test(l.label) ? "budget" : undefined;
      if (!section || values[section] !== undefined) {
        unplaced.push(`lines[${i}]`);
        return;
      }
      values[section] = l.amounts;
      handled.push(`lines[${i}].section`, `lines[${i}].label`);
      if (typeof l.lineNo === "number") unplaced.push(`lines[${i}].lineNo`);
      if (l.code !== undefined) unplaced.push(`lines[${i}].code`);
      for (const [k, v] of Object.entries(l.amounts)) {
        if ((KEYS as readonly string[]).includes(k)) handled.push(`lines[${i}].amounts.${k}`);
        else if (v !== null) unplaced.push(`lines[${i}].amounts.${k}`);
      }
    });
    return { model: { ...input, values }, handled, unplaced };
  },
};
