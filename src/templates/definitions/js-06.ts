/**
 * 公开06 一般公共预算财政拨款基本支出决算明细表: three 科目编码 | 科目名称 | 决算数 groups —
 * 人员经费 (301, 303), 公用经费 商品和服务支出 (302), 公用经费 other classes (307, 310, 399) —
 * and the 人员经费合计 / 公用经费合计 row.
 */
import { amount, label, repeat, row, rows, text, type Model, type TemplateDefinition } from "../dsl";
import type { AccountsLineInput } from "../inputs";
import { TABLE_06_GOODS, TABLE_06_OTHER, TABLE_06_PERSONNEL } from "./js-lists";
import { jsHeading, jsNotes } from "./js-common";

const group = (g: string) => [text(`${g}.code`, { style: "center" }), text(`${g}.label`, { style: "labelLeft" }), amount(`${g}.amount`)];

export const js06: TemplateDefinition = {
  kind: "JS",
  layout: "06",
  table: "06",
  name: "公开06表 一般公共预算财政拨款基本支出决算明细表",
  description: "人员经费（工资福利支出、对个人和家庭的补助）与公用经费（商品和服务支出、债务利息、资本性支出、其他支出）按经济分类科目列示，末行为两项合计。",
  sheetName: () => "公开06表",
  columns: [8, 24, 11, 8, 22, 11, 8, 26, 11],
  printTitleRows: (first) => `${first}:${first + 1}`,
  body: [
    ...jsHeading("06", 3),
    repeat({
      items: "rows",
      header: [
        row(label("人员经费", { span: 3 }), label("公用经费", { span: 6 })),
        row(label("科目编码"), label("科目名称"), label("决算数"), label("科目编码"), label("科目名称"), label("决算数"), label("科目编码"), label("科目名称"), label("决算数")),
      ],
      row: row(...group("g1"), ...group("g2"), ...group("g3")),
    }),
    rows(row(label("人员经费合计", { span: 2 }), amount("totals.personnel"), label("公用经费合计", { span: 5 }), amount("totals.publicUse"))),
    ...jsNotes("06"),
  ],
  prepare: (input) => {
    const given = Array.isArray(input.lines) ? (input.lines as AccountsLineInput[]) : [];
    const lines = given.length > 0 ? given : [...TABLE_06_PERSONNEL, ...TABLE_06_GOODS, ...TABLE_06_OTHER];
    const columns: Model[][] = [[], [], []];
    const totals: Model = {};
    const handled: string[] = [];
    const unplaced: string[] = [];
    lines.forEach((l, i) => {
      const path = `lines[${i}]`;
      const amountValue = l.amounts.amount;
      for (const [k, v] of Object.entries(l.amounts)) if (k !== "amount" && v !== null) unplaced.push(`${path}.amounts.${k}`);
      if (typeof l.lineNo === "number") unplaced.push(`${path}.lineNo`);
      handled.push(`${path}.section`, `${path}.label`, `${path}.code`, `${path}.amounts.amount`);
      if (l.code === undefined && /合计$/.test(l.label.replace(/\s+/g, ""))) {
        const key = l.section === "personnel" || /人员/.test(l.label) ? "personnel" : "publicUse";
        if (amountValue !== undefined) totals[key] = amountValue;
        return;
      }
      const entry: Model = { label: l.label, ...(l.code !== undefined ? { code: l.code } : {}), ...(amountValue !== undefined ? { amount: amountValue } : {}) };
      const column = l.section === "personnel" ? 0 : /^302/.test(l.code ?? "") ? 1 : 2;
      columns[column]!.push(entry);
    });
    const count = Math.max(...columns.map((c) => c.length));
    const rowsOut: Model[] = Array.from({ length: count }, (_, k) => ({ g1: columns[0]![k] ?? {}, g2: columns[1]![k] ?? {}, g3: columns[2]![k] ?? {} }));
    return { model: { ...input, rows: rowsOut, totals }, handled: given.length > 0 ? handled : [], unplaced };
  },
};
