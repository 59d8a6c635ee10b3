import rule from "../../../src/rules/catalogue/val/val-16-wrong-category";
import { ruleTester } from "../rule-tester";
import { CLEAN_101, CLEAN_88, ptY } from "../builders-strval";
import { formsOfSeedText } from "../../unit/recognise/helpers";

const rows = (...r: (string | null)[][]) => () => [ptY(r)];

ruleTester(rule, {
  valid: [
    { name: "every indicator in its category", forms: () => [ptY(CLEAN_101), ptY(CLEAN_88)] },
    { name: "满意度 under 效益 is the 53号 framework (STR-03's)", forms: rows(["效益指标", "社会效益指标", "群众满意度", "≥90%"]) },
    { name: "a cost saving under 经济效益 is an effect", forms: rows(["效益指标", "经济效益指标", "节约运行成本", "≥5万元"]) },
    { name: "seeds 000, 001, 003", forms: () => ["000", "001", "003"].flatMap((n) => formsOfSeedText(n)) },
  ],
  invalid: [
    {
      name: "满意度 under 时效, a total cost under 社会效益",
      forms: rows(["产出指标", "时效指标", "政协委员对提案答复的满意率", "100%"], ["效益指标", "社会效益指标", "项目总成本", "≤80万元"]),
      findings: [
        {
          messageId: "satisfactionMisfiled",
          severity: "warning",
          cells: ["C9", "B9"],
          message: "C9 的指标“政协委员对提案答复的满意率”是满意度，却列在“时效指标”下。满意度通过调查服务对象得出，应放在“满意度指标”下。",
        },
        { messageId: "costMisfiled", cells: ["C10", "B10"], message: "C10 的指标“项目总成本”是项目的成本，却列在“社会效益指标”下。花多少钱不是项目的效益，应放在“成本指标”下。" },
      ],
    },
    {
      name: "seeds 002 and 004: 后勤服务满意度 under 经济成本指标, 总成本费用 under 经济效益指标",
      forms: () => ["002", "004"].flatMap((n) => formsOfSeedText(n)),
      findings: [
        { messageId: "satisfactionMisfiled", cells: ["D139", "C139"], message: /“各单位后勤服务满意度”是满意度，却列在“经济成本指标”下/ },
        { messageId: "costMisfiled", message: /“总成本费用”是项目的成本，却列在“经济效益指标”下/ },
        { messageId: "costMisfiled", message: /“总成本费用”/ },
      ],
    },
  ],
});
