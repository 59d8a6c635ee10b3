import rule from "../../../src/rules/catalogue/val/val-14-implausible";
import { ruleTester } from "../rule-tester";
import { formFrom, ptRows } from "../builders";
import { CLEAN_101, CLEAN_88, ptY } from "../builders-strval";
import { formsOfSeedText } from "../../unit/recognise/helpers";

const rows = (...r: (string | null)[][]) => () => [ptY(r)];

/** A target form with a 指标值类型 column (定量 / 定性) after the 指标值. */
const typed = (...r: (string | null)[][]) => () => {
  const grid = ptRows({ indicators: r });
  grid[grid.length - r.length - 1] = ["一级指标", "二级指标", "三级指标", "指标值", "指标值类型"];
  return [formFrom("PT", grid)];
};

ruleTester(rule, {
  valid: [
    { name: "plausible targets", forms: () => [ptY(CLEAN_101), ptY(CLEAN_88)] },
    { name: "a saving rate under 50%, and a ceiling on a saving rate", forms: rows(["效益指标", "经济效益指标", "能耗节约率", "≥5%"], [null, "经济效益指标", "成本降低率", "≤60%"]) },
    { name: "a unit cost of 0 is not a total (免费)", forms: rows(["产出指标", "成本指标", "人均报名费用", "0元"]) },
    { name: "the value type column agrees", forms: typed(["产出指标", "质量指标", "验收合格率", "≥95%", "定量"], ["效益指标", "社会效益指标", "办公环境", "明显改善", "定性"]) },
    { name: "seeds 000, 001, 002, 003", forms: () => ["000", "001", "002", "003"].flatMap((n) => formsOfSeedText(n)) },
  ],
  invalid: [
    {
      name: "a saving rate of 50% or more",
      forms: rows(["效益指标", "经济效益指标", "办公经费节约率", "≥50%"], [null, "经济效益指标", "资产增值率", "80%"]),
      findings: [
        {
          messageId: "savingRate",
          severity: "warning",
          cells: ["D9"],
          message: "D9 的指标“办公经费节约率”目标为“≥50%”：一年内节约或降低一半以上不合常理，可能是数字写错（如 5% 写成 50%），或写成了保留的比例。请核对。",
        },
        { messageId: "savingRate", cells: ["D10"] },
      ],
    },
    {
      name: "a total cost of 0",
      forms: rows(["产出指标", "成本指标", "项目总成本", "≤0万元"]),
      findings: [{ messageId: "zeroCost", cells: ["D9"], message: "D9 的成本指标“项目总成本”目标为“≤0万元”，即项目不花一分钱，这不可能。请填写按测算依据得出的成本上限，如“≤X万元”。" }],
    },
    {
      name: "定性 with a number and unit, 定量 in words",
      forms: typed(["产出指标", "质量指标", "验收合格率", "≥95%", "定性"], ["效益指标", "社会效益指标", "办公环境", "良好", "定量"]),
      findings: [
        { messageId: "qualitativeWithUnit", cells: ["D9", "E9"], message: /在“指标值类型”列（E9）标为定性，指标值“≥95%”却是带单位的数值/ },
        { messageId: "quantitativeInWords", cells: ["D10", "E10"], message: /标为定量，指标值“良好”却是文字/ },
      ],
    },
    {
      name: "seed 004: saving and appreciation rates of ≥95% (the rate kept written for the rate saved)",
      forms: () => formsOfSeedText("004"),
      findings: [
        { messageId: "savingRate", cells: ["E87"], message: /“政府采购节支率”目标为“≥95%”/ },
        { messageId: "savingRate", cells: ["E129"], message: /“取暖费用节约率”/ },
        { messageId: "savingRate", cells: ["E150"], message: /“国有资产保障增值率”/ },
      ],
    },
  ],
});
