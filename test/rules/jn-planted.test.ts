/**
 * The planted-mistake check of issue 21, on a package built here (the default department of
 * builders-js, laid out as 上海 publishes it: the part heading "第二部分 <单位><年>年度部门决算表"
 * over 公开01, the 说明 under "第三部分 …"). The mistakes are the kinds the public GovBudgetChecker
 * test file plants — a placeholder unit name, a heading with the wrong year, one figure 0.01 apart
 * between two tables, a share that does not follow from the amounts — plus those found in the
 * published 上海 2024 documents (a 收入支出总计 of 0, "决算数大于预算数" when it is less, a 国有资产
 * date of last year). Each must be reported at its cell by the whole catalogue, and nothing else
 * may be an error.
 */
import { checkForms } from "../../src/rules/engine";
import { allTables, FULL_NARRATIVE, jsForms, narrative, t04, type Rows } from "./builders-js";

const UNIT = "石峰区机关事务服务中心";

function planted(): ReturnType<typeof jsForms> {
  const [t01Rows, t02Rows, t03Rows, , t05Rows, t06Rows, t07Rows, t08Rows, t09Rows] = allTables();
  const part: Rows = [["第二部分 上海市普陀区XX局2021年度部门决算表"], []];
  const t04Rows = t04({ expenditure: [["一、一般公共服务支出", 120, 120, null, null], ["九、卫生健康支出", 30.01, 30.01, null, null]] });
  const sections = FULL_NARRATIVE.map((s) =>
    s.map((l) =>
      l
        .replace("2021年度收、支总计170万元。与上年相比，减少30万元，减少15%", "2021年度收入支出总计0万元。与上年相比，减少30万元")
        .replace("一般公共服务（类）支出120万元，占80%", "一般公共服务（类）支出120万元，占80.5%")
        .replace("决算数等于年初预算数。", "")
        .replace("年初预算为80万元，支出决算为80万元，完成年初预算的100%，", "年初预算为90万元，支出决算为80万元。决算数大于预算数的主要原因：人员减少。")
        .replace("截至2021年12月31日", "截至2020年12月31日"),
    ),
  );
  return jsForms([...part, ...t01Rows!], t02Rows!, t03Rows!, t04Rows, t05Rows!, t06Rows!, t07Rows!, t08Rows!, t09Rows!, narrative(sections, `第三部分 ${UNIT}2020年度部门决算情况说明`));
}

describe("a 决算 package with planted mistakes", () => {
  const findings = checkForms(planted());
  const at = (rule: string, messageId: string) => findings.filter((f) => f.rule === rule && f.messageId === messageId).map((f) => f.cells[0]!.ref);
  const narrativeTitle = (): string => {
    const n = planted().find((f) => f.kind === "JN")!;
    return n.title!.ref;
  };

  it("the placeholder unit name, at the part heading over 公开01", () => {
    expect(at("JN-05", "placeholder")).toEqual(["A1"]);
  });

  it("the heading with the wrong year, at the 说明's title; the 国有资产 date of last year", () => {
    expect(at("JN-04", "titleYear")).toEqual([narrativeTitle()]);
    expect(at("JN-04", "asOfYear")).toHaveLength(1);
  });

  it("the class 0.01 apart between 公开04 and 公开05, at 04's cell", () => {
    const f = findings.filter((x) => x.rule === "JS-13" && x.messageId === "classTail");
    expect(f.map((x) => x.cells.map((c) => c.ref))).toEqual([["G62", "C82"]]);
    expect(f[0]!.severity).toBe("warning");
  });

  it("the share that does not follow from the amounts, the 收入支出总计 of 0, the wrong comparison", () => {
    expect(findings.filter((f) => f.rule === "XDOC-03").map((f) => f.messageId)).toEqual(["amountDiffers", "shareWrong", "comparisonWrong"]);
  });

  it("the change on last year without its reason is not planted: its reason is there", () => {
    expect(at("JN-03", "reasonMissing")).toEqual([]);
  });

  it("no other finding is an error", () => {
    const errors = findings.filter((f) => f.severity === "error").map((f) => `${f.rule} ${f.messageId} ${f.cells[0]?.ref}`);
    expect(errors).toEqual([`JN-05 placeholder A1`, `JN-04 titleYear ${narrativeTitle()}`]);
  });
});
