/**
 * The 上海 2024 layout of the 部门决算 (as the district template prints it): table titles without
 * 明细 / 一般公共预算 ("一般公共预算财政拨款基本支出决算表", "财政拨款“三公”经费支出决算表",
 * "国有资本经营预算财政拨款收入支出决算表"), 公开01 with 决算数 columns and no 行次, the part heading
 * "第二部分 <单位> <年> 年度部门决算表" over the tables, and the 说明's title broken over two lines
 * by a PDF extraction. Rows are written here from the template's labels with made-up amounts.
 */
import { gridFromText } from "../../../src/grid/from-text";
import { recogniseGrid } from "../../../src/recognise";
import { classifyTitle } from "../../../src/recognise/segment";
import type { FinalAccountsNarrativeForm, FinalAccountsTableForm } from "../../../src/forms/forms";

describe("上海 2024 table titles", () => {
  it.each([
    ["一般公共预算财政拨款基本支出决算表", "06"],
    ["财政拨款“三公”经费支出决算表", "07"],
    ["国有资本经营预算财政拨款收入支出决算表", "09"],
    ["部门收支决算总表", "01"],
    ["2024年度收入支出决算总表", "01"],
  ])("%s → 公开%s", (title, id) => {
    expect(classifyTitle(title)).toEqual({ kind: "JS", table: id });
  });
});

const TEXT = [
  "第二部分 上海市某区示例局 2024 年度部门决算表",
  "",
  "收入支出决算总表",
  "\t\t\t单位：万元",
  "收入\t\t支出",
  "项目\t决算数\t项目\t决算数",
  "一、一般公共预算财政拨款收入\t100.00\t一、一般公共服务支出\t90.00",
  "二、政府性基金预算财政拨款收入\t\t二、外交支出\t",
  "八、其他收入\t5.00\t八、社会保障和就业支出\t15.00",
  "本年收入合计\t105.00\t本年支出合计\t105.00",
  "年初结转和结余\t\t年末结转和结余\t",
  "总计\t105.00\t总计\t105.00",
  "",
  "第三部分 上海市某区示例局 2024 年度部门决算情况",
  "",
  "说明",
  "一、收入支出决算总体情况说明",
  "上海市某区示例局 2024 年度收入支出总计 105.00 万元。",
  "第四部分 名词解释",
].join("\n");

describe("上海 2024 part headings and 公开01", () => {
  const forms = recogniseGrid(gridFromText(TEXT, { sheet: "决算" })).forms;
  const t01 = forms.find((f): f is FinalAccountsTableForm => f.kind === "JS" && f.table === "01")!;
  const jn = forms.find((f): f is FinalAccountsNarrativeForm => f.kind === "JN")!;

  it("reads 公开01 with 决算数 columns and no 行次", () => {
    expect(t01).toBeDefined();
    const subtotal = t01.lines.filter((l) => /本年(收入|支出)合计/.test(l.label.value)).map((l) => Object.values(l.amounts)[0]?.value);
    expect(subtotal).toEqual([105, 105]);
  });

  it("takes the unit and the year of 公开01 from the part heading above it", () => {
    expect(t01.header.unit).toMatchObject({ value: "上海市某区示例局", ref: "A1" });
    expect(t01.header.year?.value).toBe(2024);
  });

  it("joins the 说明's title broken before “说明”, names its unit, and starts reading after it", () => {
    expect(jn.title?.value).toBe("上海市某区示例局 2024 年度部门决算情况说明");
    expect(jn.header.unit?.value).toBe("上海市某区示例局");
    expect(jn.header.year?.value).toBe(2024);
    expect(jn.sections.map((s) => s.heading.value)).toEqual(["一、收入支出决算总体情况说明"]);
    expect(jn.sections[0]!.paragraphs.map((p) => p.value)).toEqual(["上海市某区示例局 2024 年度收入支出总计 105.00 万元。"]);
  });
});
