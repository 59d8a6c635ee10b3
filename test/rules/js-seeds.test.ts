/**
 * The 部门决算 rules on the seeds. Seed 003 is the only one with 决算 tables (公开01–09) and a
 * 决算情况说明; its tables are consistent (up to rounding), its narrative is not. Every XDOC-03
 * finding on it is listed below with the verdict of a reading by hand — that list is the
 * measure of the heuristic's false positives (none found).
 */
import { gridFromText } from "../../src/grid/from-text";
import { recogniseGrid } from "../../src/recognise";
import { JS_RULES } from "../../src/rules/catalogue/js";
import { JN_RULES } from "../../src/rules/catalogue/jn";
import xdoc03 from "../../src/rules/catalogue/xdoc/xdoc-03-narrative-numbers";
import { checkForms } from "../../src/rules/engine";
import { MemoryHost } from "../../src/hosts/memory";
import { recogniseWorkbook } from "../../src/usecases/recognise-workbook";
import { formsOfSeedText, SEEDS, seedText, seedXlsx } from "../unit/recognise/helpers";

const RULES = [...JS_RULES, xdoc03];

describe("seed 003: 2021 部门决算 of 株洲市石峰区机关事务服务中心", () => {
  // Each rule's own findings, unmerged (merging across rules is tested in test/rules/merge-seeds.test.ts).
  const findings = checkForms(formsOfSeedText("003"), { rules: RULES, merge: false });

  it("has all nine tables and the narrative", () => {
    const forms = formsOfSeedText("003");
    expect(forms.filter((f) => f.kind === "JS").map((f) => (f.kind === "JS" ? f.table : ""))).toEqual(["01", "02", "03", "04", "05", "06", "07", "08", "09"]);
    expect(forms.filter((f) => f.kind === "JN")).toHaveLength(1);
  });

  it("the tables pass every JS identity: 03 合计 项目支出 1,138.54 and 06 303 30.45 are rounding within 0.01 per addend", () => {
    expect(findings.filter((f) => f.rule.startsWith("JS-")).map((f) => `${f.rule} ${f.messageId} ${f.message}`)).toEqual([]);
  });

  it("the narrative's contradictions, each with its verdict", () => {
    const xdoc = findings.filter((f) => f.rule === "XDOC-03");
    expect(xdoc.every((f) => f.severity === "warning" && f.form?.kind === "JN")).toBe(true);
    expect(xdoc.map((f) => `${f.messageId} ${f.cells.map((c) => c.ref).join(",")}`)).toEqual([
      // Real: 财政拨款 spending by class — 一般公共服务（类） is 1,256.53 in 公开05 (C267); 1,406.53 is all 财政拨款 (201 + 210 + 212).
      "amountDiffers A400,C267",
      // Real (×4): 年初预算为0万元 … 完成年初预算的100% — a rate over a budget of 0 does not exist.
      "rateUndefined A416",
      "rateUndefined A420",
      "rateUndefined A426",
      "rateUndefined A430",
      // Real: “三公” 92.51 ÷ 95 = 97.38%, not 124.13%.
      "rateWrong A440",
      // Real: the same for 公务用车购置费及运行维护费 …
      "rateWrong A446",
      // … which also says 决算数大于预算数 (92.51 < 95) …
      "comparisonWrong A446",
      // … and 减少40.23万元，减少30.17%: last year 92.51 + 40.23 = 132.74, so 30.31%.
      "changeInconsistent A446",
      // Real: 公务用车购置费及运行维护费支出决算92.51万元，占0% — it is 100% of the 三公 决算 92.51 (公开07 G338).
      "shareWrong A450",
      // Real: “3、公务用车购置费及运行维护费支出决算为0万元” against 92.51 in 公开07 (I338).
      "amountDiffers A456,I338",
      // Real: 开支培训费0万元, but 公开06 30216 培训费 shows 0.44 of 财政拨款 basic spending alone.
      "amountBelowTable A474,F308",
      // Real: 政府采购 483.82 + 50 + 0 = 533.82 ≠ 532.13.
      "partsDoNotAddUp A478",
      // Real: vehicles 1 + 1 + 32 + 1 + 1 + 0 = 36 ≠ 35.
      "partsDoNotAddUp A482",
      // Real: 共涉及资金1406.53万元，占一般公共预算项目支出总额的100% — 公开05 项目支出 is 1,070.99 (E266); 1,406.53 includes 基本支出.
      "shareWrong A488",
      // Real (a defect of the text): “疫情防控专项经费 101.06” has no unit. Not a contradiction with the tables' 100.00:
      // the list is by project, the tables by 功能分类 (the list adds up to 项目支出 1,138.53 only with 101.06; 后勤保障经费 143.69 vs 4.52 in 2019999 is the same split).
      "unitMissing A488",
      // Real: “项目全年预算数为 433.50 万元” — 433.50 is the 年初预算数; the self-evaluation's 全年预算数 is 480.21 (D646).
      "amountDiffers A494,D646",
      // Real: the same for 零星维修购置及各类合同经费: 80 is 年初, 全年 101.92 (D675).
      "amountDiffers A500,D675",
    ]);
  });

  it("what it finds right stays silent: shares 95.42/4.58, 22.76/77.24, 83.10/16.90, 153.30%, 101.99%, 107.78%, 机关运行经费 56.70, changes 16.48% and 7.98% and 37.78%", () => {
    const cells = new Set(findings.filter((f) => f.rule === "XDOC-03").map((f) => f.cells[0]!.ref));
    for (const ref of ["A378", "A382", "A386", "A390", "A396", "A404", "A408", "A412", "A434", "A442", "A444", "A452", "A454", "A460", "A468"]) {
      expect({ ref, found: cells.has(ref) }).toEqual({ ref, found: false });
    }
  });

  it("the JN rules find nothing: every section of the 说明 is there, every change has its reason, one year (2021) and one unit throughout, no placeholder, no amount in 元", () => {
    expect(checkForms(formsOfSeedText("003"), { rules: JN_RULES }).map((f) => `${f.rule} ${f.messageId} ${f.message}`)).toEqual([]);
  });

  it("a placeholder and last year's title put into the seed are found at their cells", () => {
    const text = seedText("003").replace("\n2021年度部门决算情况说明", "\n2020年度部门决算情况说明").replace("2021年度收、支总计", "XX单位2021年度收、支总计");
    const forms = recogniseGrid(gridFromText(text, { sheet: "003" })).forms;
    const found = checkForms(forms, { rules: JN_RULES }).map((f) => `${f.rule} ${f.messageId} ${f.cells[0]!.ref}`);
    const n = forms.find((f) => f.kind === "JN")!;
    expect(found).toEqual([`JN-04 titleYear ${n.title!.ref}`, expect.stringMatching(/^JN-05 placeholder A\d+$/)]);
  });

  it("a table error put into the seed is found: 公开03 合计 项目支出 1,148.54", () => {
    const text = seedText("003").replace("\t合计\t1,474.07\t335.54\t1,138.54", "\t合计\t1,474.07\t335.54\t1,148.54");
    const found = checkForms(recogniseGrid(gridFromText(text, { sheet: "003" })).forms, { rules: JS_RULES });
    expect(found.map((f) => `${f.rule} ${f.messageId} ${f.cells[0]!.ref}`)).toEqual(["JS-05 expenditureColumns C188", "JS-06 totalDiffers E188"]);
  });
});

describe("seed 003 as a workbook: one sheet per table", () => {
  it("gives the same findings as the text, with each table's cells on its own sheet", async () => {
    const host = await MemoryHost.open(seedXlsx("003"));
    const forms = (await recogniseWorkbook(host)).flatMap((s) => s.forms);
    const fromText = checkForms(formsOfSeedText("003"), { rules: RULES });
    const fromBook = checkForms(forms, { rules: RULES });
    expect(fromBook.map((f) => `${f.rule} ${f.messageId}`)).toEqual(fromText.map((f) => `${f.rule} ${f.messageId}`));
    expect(new Set(fromBook.map((f) => f.sheet))).toEqual(new Set(["决算情况说明"]));
    // Cells on other sheets are named in the message, not listed.
    expect(fromBook.every((f) => f.cells.length === 1)).toBe(true);
    expect(fromBook.find((f) => f.messageId === "amountDiffers")!.message).toMatch(/（公开05表 公开05表!C\d+）/);
  });
});

describe("the other seeds have no 决算: nothing to report", () => {
  for (const n of SEEDS.filter((s) => s !== "003")) {
    it(n, () => {
      expect(checkForms(formsOfSeedText(n), { rules: RULES }).map((f) => `${f.rule} ${f.message}`)).toEqual([]);
    });
  }
});
