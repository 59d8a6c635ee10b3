/**
 * 科目编码 over several columns, as the national templates lay them out and as a PDF's text
 * gives them back: 功能分类 类 | 款 | 项 (201 | 06 | 01 → 2010601) in 公开02/03/05, 经济分类
 * 类 | 款 (301 | 01 → 30101) in 公开06; the 科目编码 label centred over the three columns; the
 * 合计 row sharing its line with the 类 | 款 | 项 labels; 公开04 with 支出 centred over its
 * side (so 收入's span reaches into it). Rows are written from the templates' labels with
 * made-up amounts; a broken copy of each shows the rules still see real mistakes.
 */
import { gridFromText } from "../../../src/grid/from-text";
import { recogniseGrid } from "../../../src/recognise";
import { checkForms } from "../../../src/rules/engine";
import type { FinalAccountsTableForm } from "../../../src/forms/forms";
import { T05, t04 } from "../../fixtures/juesuan-lines";


const T02 = [
  "收入决算表",
  "\t\t\t\t\t单位：万元",
  "\t\t\t项目\t本年收入合计\t财政拨款收入\t其他收入",
  "\t支出功能分类科目编码\t\t科目名称",
  "类\t款\t项\t合计\t131.00\t130.00\t1.00",
  "201\t\t\t一般公共服务支出\t111.00\t110.00\t1.00",
  "201\t06\t\t财政事务\t111.00\t110.00\t1.00",
  "201\t06\t01\t行政运行\t101.00\t100.00\t1.00",
  "201\t06\t02\t一般行政管理事务\t10.00\t10.00\t",
  "208\t\t\t社会保障和就业支出\t20.00\t20.00\t",
  "208\t05\t\t行政事业单位养老支出\t20.00\t20.00\t",
  "208\t05\t05\t机关事业单位基本养老保险缴费支出\t20.00\t20.00\t",
];

const T06 = [
  "一般公共预算财政拨款基本支出决算表",
  "\t\t\t\t\t\t\t单位：万元",
  "经济分类\t\t\t\t经济分类",
  "科目编码\t\t科目名称\t决算数\t科目编码\t\t科目名称\t决算数",
  "类\t款\t\t\t类\t款",
  "301\t\t工资福利支出\t100.00\t302\t\t商品和服务支出\t20.00",
  "301\t01\t基本工资\t60.00\t302\t01\t办公费\t15.00",
  "301\t02\t津贴补贴\t40.00\t302\t11\t差旅费\t5.00",
  "人员经费合计\t100.00\t\t\t公用经费合计\t20.00",
];


function read(lines: string[]): { forms: ReturnType<typeof recogniseGrid>["forms"]; table: (id: string) => FinalAccountsTableForm } {
  const forms = recogniseGrid(gridFromText(lines.join("\n"), { sheet: "决算" })).forms;
  return {
    forms,
    table: (id) => {
      const f = forms.find((x): x is FinalAccountsTableForm => x.kind === "JS" && x.table === id);
      if (!f) throw new Error(`公开${id} not read`);
      return f;
    },
  };
}

const rulesOf = (forms: Parameters<typeof checkForms>[0]): string[] => checkForms(forms).map((f) => `${f.rule} ${f.cells[0]?.ref}`);

describe("功能分类 codes over 类 | 款 | 项", () => {
  it("are joined into one code per line, traced to the 类 cell, and the names stay the labels", () => {
    const { table } = read([...T05, "", ...T02]);
    const t05 = table("05");
    expect(t05.lines.map((l) => l.code?.value ?? "")).toEqual(["201", "20106", "2010601", "2010602", "208", "20805", "2080505", ""]);
    expect(t05.lines.find((l) => l.code?.value === "2010601")).toMatchObject({ label: { value: "行政运行" }, code: { ref: "A9" } }); // the title and the 单位 line are paragraphs: row 9
    const t02 = table("02");
    // The 合计 row shares its line with the 类 | 款 | 项 labels.
    expect(t02.lines[0]!.label.value).toBe("合计");
    expect(t02.lines[0]!.amounts.total?.value).toBe(131);
    expect(t02.lines.map((l) => l.code?.value ?? "")).toEqual(["", "201", "20106", "2010601", "2010602", "208", "20805", "2080505"]);
  });

  it("give no false roll-up error on a correct table, and the real one on a broken copy", () => {
    expect(rulesOf(read(T05).forms)).toEqual([]);
    const broken = T05.map((l) => l.replace("201\t06\t02\t一般行政管理事务\t10.00\t\t10.00", "201\t06\t02\t一般行政管理事务\t12.00\t\t12.00"));
    expect(rulesOf(read(broken).forms).filter((r) => r.startsWith("JS-06"))).not.toEqual([]);
  });
});

describe("经济分类 codes over 类 | 款 (公开06)", () => {
  it("are joined, and 人员经费 / 公用经费 add up without a false error", () => {
    const { forms, table } = read(T06);
    expect(table("06").lines.filter((l) => l.code).map((l) => l.code!.value)).toEqual(["301", "302", "30101", "30201", "30102", "30211"]);
    expect(rulesOf(forms)).toEqual([]);
  });

  it("still report an item that does not add up to its class", () => {
    const broken = T06.map((l) => l.replace("基本工资\t60.00", "基本工资\t61.00"));
    expect(rulesOf(read(broken).forms).filter((r) => r.startsWith("JS-07"))).not.toEqual([]);
  });
});

describe("公开04 with 支出 centred over its side", () => {
  it("names the sides 收入 and 支出 and reads no false subtotal error", () => {
    const { forms, table } = read(t04("20.00"));
    const sections = new Set(table("04").lines.map((l) => l.section));
    expect([...sections].sort()).toEqual(["expenditure", "income"]);
    expect(table("04").lines.find((l) => l.label.value === "本年收入合计")?.section).toBe("income");
    expect(rulesOf(forms)).toEqual([]);
  });

  it("names the sides 收入 and 支出 when 支出 is joined to the next header word and 收入 reaches over both", () => {
    // A PDF sets 支出 so close to 一般公共预算财政拨款 that they read as one cell; the 收入 label
    // then spans up to it, over the 支出 side's 项目 and 合计.
    const lines = t04("20.00").map((l) => (l === "收入\t\t\t\t支出" ? "收入\t\t\t\t支出一般公共预算" : l));
    expect(lines).toContain("收入\t\t\t\t支出一般公共预算");
    const { forms, table } = read(lines);
    expect(table("04").lines.find((l) => l.label.value === "本年收入合计")?.section).toBe("income");
    expect(table("04").lines.find((l) => l.label.value === "本年支出合计")?.section).toBe("expenditure");
    expect(rulesOf(forms)).toEqual([]);
  });

  it("a 类 amount 0.01 apart in 公开04 and 公开05 is reported on the 04 cell (JS-13)", () => {
    const { forms } = read([...t04("19.99"), "", ...T05]);
    const found = checkForms(forms).filter((f) => f.rule === "JS-13");
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain("19.99");
    expect(found[0]!.cells.map((c) => c.ref)).toContain("E8"); // 公开04 一般公共预算财政拨款 of 社会保障和就业支出
  });
});

describe("公开07 in the 上海 layout: one row of 预算数 | 决算数 pairs", () => {
  const T07 = (amounts: string): string[] => [
    "财政拨款“三公”经费支出决算表",
    "\t\t\t\t\t\t\t\t\t\t\t单位：万元",
    "\t\t因公出国\t\t\t财政拨款“三公”经费\t公务用车购置及运行维护费",
    "合计\t\t（境）费\t\t\t小计\t公务用车\t\t公务用车\t\t公务接待费",
    "\t\t\t\t\t\t购置费\t\t运行维护费",
    "预算数\t决算数\t预算数\t决算数\t预算数\t决算数\t预算数\t决算数\t预算数\t决算数\t预算数\t决算数",
    amounts,
  ];

  it("takes the pairs in the template's order, whatever column the merged names landed in", () => {
    const { forms, table } = read(T07("2.85\t0.39\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t2.85\t0.39"));
    const t07 = table("07");
    const budget = t07.lines.find((l) => l.section === "budget")!;
    const final = t07.lines.find((l) => l.section === "final")!;
    expect(budget.amounts.total?.value).toBe(2.85);
    expect(budget.amounts.reception?.value).toBe(2.85);
    expect(final.amounts.total?.value).toBe(0.39);
    expect(final.amounts.abroad?.value).toBe(0);
    expect(rulesOf(forms)).toEqual([]);
  });

  it("still reports a 合计 that is not the sum of the costs (JS-08)", () => {
    const { forms } = read(T07("2.85\t0.49\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t2.85\t0.39"));
    expect(rulesOf(forms).filter((r) => r.startsWith("JS-08"))).toHaveLength(1);
  });
});
