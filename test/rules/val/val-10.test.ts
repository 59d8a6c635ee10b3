import rule from "../../../src/rules/catalogue/val/val-10-satisfaction";
import { ruleTester } from "../rule-tester";
import { CLEAN_101, ptY } from "../builders-strval";
import { formsOfSeedText, SEEDS } from "../../unit/recognise/helpers";

const rows = (...r: (string | null)[][]) => () => [ptY(r)];

ruleTester(rule, {
  valid: [
    { name: "≥90%", forms: () => [ptY(CLEAN_101)] },
    { name: "at the floor, a range from the floor, LaTeX ≥ 95%", forms: rows(["满意度指标", "服务对象满意度指标", "职工满意度", "≥80%"], [null, "服务对象满意度指标", "群众满意度", "80%-90%"], [null, "服务对象满意度指标", "租户满意度", "$\\geq 95\\%$"]) },
    { name: "blank, placeholder and doubled values belong to other rules", forms: rows(["满意度指标", "服务对象满意度指标", "职工满意度", null], [null, "服务对象满意度指标", "群众满意度", "xx"], [null, "服务对象满意度指标", "租户满意度", "≥8080%及以上"]) },
    ...SEEDS.map((n) => ({ name: `seed ${n}`, forms: () => formsOfSeedText(n) })),
  ],
  invalid: [
    {
      name: "below the national floor of 80%",
      forms: rows(["满意度指标", "服务对象满意度指标", "职工满意度", "≥75%"]),
      findings: [
        {
          messageId: "belowFloor",
          severity: "warning",
          cells: ["D9"],
          message: "D9 的满意度指标“职工满意度”目标为“≥75%”，低于全国通用（财预〔2020〕10号）要求的 80%。请把目标提高到不低于 80%，如“≥80%”。",
        },
      ],
    },
    {
      name: "not a percentage",
      forms: rows(["满意度指标", "服务对象满意度指标", "职工满意度", "满意"], [null, "服务对象满意度指标", "群众满意度", "≥90分"]),
      findings: [
        {
          messageId: "notPercent",
          cells: ["D9"],
          message: "D9 的满意度指标“职工满意度”的指标值“满意”不是百分比。满意度应通过问卷等方式测得，写成百分比，如“≥80%”。",
        },
        { messageId: "notPercent", cells: ["D10"] },
      ],
    },
    {
      name: "a 满意度 name filed elsewhere still counts",
      forms: rows(["成本指标", "经济成本指标", "各单位后勤服务满意度", "≥60%"]),
      findings: [{ messageId: "belowFloor", cells: ["D9"] }],
    },
  ],
});
