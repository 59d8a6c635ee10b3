import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import rule from "../../../src/rules/catalogue/val/val-17-library";
import { checkForms } from "../../../src/rules/engine";
import { MemoryHost } from "../../../src/hosts/memory";
import { recogniseWorkbook } from "../../../src/usecases/recognise-workbook";
import { ruleTester } from "../rule-tester";
import { CLEAN_101, CLEAN_88, ptY } from "../builders-strval";
import { formsOfSeedText, SEEDS } from "../../unit/recognise/helpers";

const rows = (...r: (string | null)[][]) => () => [ptY(r)];

ruleTester(rule, {
  valid: [
    { name: "clean tables", forms: () => [ptY(CLEAN_101), ptY(CLEAN_88)] },
    {
      name: "library indicators in their own unit and direction",
      forms: rows(
        ["产出指标", "质量指标", "培训考核合格率", "≥90%"],
        [null, "数量指标", "培训人次", "≥200人次"],
        ["成本指标", "经济成本指标", "项目总成本", "≤80万元"],
        [null, "经济成本指标", "成本控制率", "≤100%"],
        ["效益指标", "社会效益指标", "安全责任事故发生次数", "=0次"],
        ["满意度指标", "服务对象满意度指标", "有效投诉次数", "≤3次"],
      ),
    },
    {
      name: "names only alike, a library name inside a longer one of under five characters, units without % or money, ranges and qualitative values are not judged",
      forms: rows(
        ["产出指标", "数量指标", "培训人数", "≥60%"],
        [null, "质量指标", "系统差错率", "≥1次"],
        [null, "数量指标", "道路建设（养护）里程", "≥12km"],
        [null, "质量指标", "验收合格率", "90%-100%"],
        ["效益指标", "可持续影响指标", "长效管理机制", "健全"],
      ),
    },
    { name: "a satisfaction not in % is VAL-10's", forms: rows(["满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90分"]) },
    { name: "a direction the name shows is VAL-03's (项目总成本 ≥)", forms: rows(["成本指标", "经济成本指标", "项目总成本", "≥100万元"]) },
    { name: "a cost as a share of the budget (seed 004: 项目总成本 ≤90%)", forms: rows(["成本指标", "经济成本指标", "项目总成本", "≤90%"]) },
    ...SEEDS.map((n) => ({ name: `seed ${n}`, forms: () => formsOfSeedText(n) })),
  ],
  invalid: [
    {
      name: "a library rate written as a count",
      forms: rows(["产出指标", "质量指标", "培训考核合格率", "≥90人"]),
      findings: [
        {
          messageId: "unit",
          severity: "warning",
          cells: ["D9"],
          message: "D9 的指标“培训考核合格率”是指标库中的“培训考核合格率”（来源：各省共性指标、中央部门项目库），应以“%”计（百分比），指标值“≥90人”却是数量（人）。请写成“≥90%”这样的形式，或换一个与指标值相符的指标名称。",
        },
      ],
    },
    {
      name: "a library cost written as a count, with a prefix before the library name",
      forms: rows(["成本指标", "经济成本指标", "2024年项目总成本", "≤95次"]),
      findings: [{ messageId: "unit", cells: ["D9"], message: /是指标库中的“项目总成本”.*应以“万元”计（金额）.*请写成“≤95万元”/ }],
    },
    {
      name: "library indicators whose names show no direction, pointing the wrong way",
      forms: rows(["效益指标", "生态效益指标", "区域环境噪声平均值", ">55分贝"], ["效益指标", "社会效益指标", "受益人口数", "≤500人"]),
      findings: [
        {
          messageId: "direction",
          cells: ["D9"],
          message: "D9 的指标“区域环境噪声平均值”是指标库中的“区域环境噪声平均值”（来源：临沂市环保模范城市指标），属于反向指标（越小越好，指标值是上限），指标值“>55分贝”却用了“>”。请改为“<55分贝”。",
        },
        { messageId: "direction", cells: ["D10"], message: /属于正向指标（越大越好，指标值是下限）.*请改为“≥500人”/ },
      ],
    },
  ],
});

describe("VAL-17 on the committed layouts", () => {
  it("finds nothing on any layout of test/fixtures/layouts", async () => {
    const dir = join(__dirname, "../../fixtures/layouts");
    const found: string[] = [];
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".xlsx"))) {
      const host = await MemoryHost.open(new Uint8Array(readFileSync(join(dir, file))));
      const forms = (await recogniseWorkbook(host)).flatMap((s) => s.forms);
      for (const f of checkForms(forms, { rules: [rule], merge: false })) found.push(`${file} ${f.sheet}!${f.cells[0]?.ref}: ${f.message}`);
    }
    expect(found).toEqual([]);
  }, 60_000);
});
