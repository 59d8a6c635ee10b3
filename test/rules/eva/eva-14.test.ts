import rule from "../../../src/rules/catalogue/eva/eva-14-achieved-goal";
import { ruleTester } from "../rule-tester";
import { ps, ds } from "../builders";
import { qty } from "../builders-eva";

const indicators = [qty("维修次数", "≥50次", "59次", 90, 90)];
const expected = "负责区直机关后勤服务工作，根据实际需要对车辆进行加油、维修、保险等，保障公车平台正常运行";

ruleTester(rule, {
  valid: [
    { name: "achievements written out", forms: () => [ps({ expected, achieved: "全年派单1346次，车辆完好率100%，保障公车平台正常运行。", indicators })] },
    { name: "no expected goal either", forms: () => [ps({ expected: "", achieved: "", indicators })] },
  ],
  invalid: [
    {
      name: "seed 003 公车平台: a word-for-word copy (spacing and punctuation ignored)",
      forms: () => [ps({ expected, achieved: "负责区直机关后勤服务工作, 根据实际需要对车辆进行加油、维修、保险等, 保障公车平台正常运行", indicators })],
      findings: [
        {
          messageId: "achievedCopiesExpected",
          severity: "warning",
          cells: ["E8", "B8"],
          message: "E8 的实际完成情况与 B8 的预期目标一字不差。实际完成情况应写明全年实际完成了什么（数量、质量、时效和效果），不能照抄预期目标。",
        },
      ],
    },
    {
      name: "achievements blank",
      forms: () => [ds({ expected, achieved: "", indicators })],
      findings: [{ messageId: "achievedEmpty", cells: ["B8"], message: "B8 填了预期目标，但实际完成情况是空的。请写明全年实际完成了哪些工作、达到了什么效果，与预期目标逐项对应。" }],
    },
  ],
});
