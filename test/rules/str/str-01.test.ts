import rule from "../../../src/rules/catalogue/str/str-01-header-fields";
import { ruleTester } from "../rule-tester";
import { ps, pt } from "../builders";
import { CLEAN_101, dt, ptY, st } from "../builders-strval";
import { formsOfSeedText } from "../../unit/recognise/helpers";

ruleTester(rule, {
  valid: [
    { name: "project form with year, unit, project, amount and goal", forms: () => [ptY(CLEAN_101)] },
    { name: "department form", forms: () => [dt({ indicators: CLEAN_101 })] },
    { name: "special-funds summary with goals on every row", forms: () => [st({ rows: [["方向一", 60, "长期目标", "年度目标"], ["方向二", 40, null, "年度目标"]] })] },
    {
      name: "self-evaluation: year in the title, 预期目标 filled",
      forms: () => [ps({ indicators: [["产出指标", "数量指标", "维修次数", "50次", "59次", 50, 50]] })],
    },
    { name: "seed 000 (湖南 2021): the department's goals are the 工作目标 of its 重点工作计划", forms: () => formsOfSeedText("000") },
    { name: "seed 001 (河北): the layout has no year cell, so no year is asked for", forms: () => formsOfSeedText("001") },
  ],
  invalid: [
    {
      name: "no year in a generic project form",
      forms: () => [pt({ indicators: CLEAN_101 })],
      findings: [
        {
          messageId: "missingYear",
          severity: "error",
          cells: ["A1"],
          message: "“项目支出绩效目标表”没有写预算年度。请在标题或表头注明年度（如“2024年”），否则无法核对时效指标是否在本年度内。",
        },
      ],
    },
    {
      name: "department form without unit, amount and goal",
      forms: () => [dt({ unit: null, amount: null, goal: null, indicators: CLEAN_101 })],
      findings: [
        { messageId: "missingUnit", cells: ["A1"], message: "“2024年部门整体支出绩效目标表”没有填写部门（单位）名称。请填写单位全称。" },
        { messageId: "missingAmount", cells: ["A1"], message: "“2024年部门整体支出绩效目标表”没有填写资金金额。请填写年度资金总额（万元）。" },
        { messageId: "missingGoal", cells: ["A1"], message: "“2024年部门整体支出绩效目标表”没有填写年度绩效目标。请写明本年度要达到的绩效目标。" },
      ],
    },
    {
      name: "self-evaluation whose 合计 row is blank",
      forms: () => [ps({ budget: [null, null, null], sources: [["其中：当年财政拨款", null, null, null]], indicators: [["产出指标", "数量指标", "维修次数", "50次", "59次", 50, 50]] })],
      findings: [{ messageId: "blankAmount", cells: ["C5"], message: "C5 的合计是空的。请填写金额（万元）。" }],
    },
    {
      name: "project form without project name",
      forms: () => [ptY(CLEAN_101, { project: "" })],
      findings: [{ messageId: "missingProject", cells: ["A1"], message: "“2024年项目支出绩效目标表”没有填写项目名称。请填写项目（支出方向）的名称。" }],
    },
    {
      name: "summary row without goal or amount",
      forms: () => [st({ rows: [["方向一", 60, "长期目标", "年度目标"], ["方向二", null, null, null]] })],
      findings: [
        { messageId: "missingRowAmount", cells: ["C6", "B6"], message: "支出方向“方向二”的金额（C6）是空的。请填写这一支出方向的金额。" },
        { messageId: "missingRowGoal", cells: ["E6", "B6"], message: "支出方向“方向二”的年度绩效目标（E6）是空的。请补上这一支出方向的目标。" },
      ],
    },
  ],
});
