import rule from "../../../src/rules/catalogue/str/str-03-level2-under-level1";
import { ruleTester } from "../rule-tester";
import { CLEAN_101, CLEAN_88, dt, ptY } from "../builders-strval";
import { formsOfSeedText } from "../../unit/recognise/helpers";

ruleTester(rule, {
  valid: [
    {
      name: "seed 000 follows 财预〔2013〕53号: 社会公众及服务对象满意度 is a 二级 of 效益指标 and the form has no 满意度 一级",
      forms: () => formsOfSeedText("000"),
    },
    {
      name: "a 53号 form: 满意度 inside 效益 with 产出 › 成本 (seed 000's layout)",
      forms: () => [ptY([["产出指标", "数量指标", "维修次数", "≥50次"], [null, "成本指标", "总费用控制", "≤80万元"], ["效益指标", "社会效益", "环境改善", "达到国家标准"], [null, "社会公众及服务对象满意度", "职工满意度", "≥90%"]])],
    },
    { name: "101号 framework", forms: () => [ptY(CLEAN_101)] },
    { name: "88号 framework", forms: () => [ptY(CLEAN_88)] },
    { name: "101号 only under the 甘肃 profile", forms: () => [ptY(CLEAN_101)], profile: "gansu" },
    { name: "abbreviations (产出数量, 效果指标, 服务对象满意度指 cut off)", forms: () => [ptY([["产出指标", "产出数量", "维修次数", "≥50次"], ["效果指标", "社会效益", "环境改善", "明显改善"], ["满意度指标", "服务对象满意度指", "职工满意度", "≥90%"]])] },
    { name: "a department's own 一级 categories", forms: () => [dt({ indicators: [["部门管理", "计划制定", "工作计划制定健全性", "健全"], ["履职效果", "公车管理", "保障公车数量", "70辆"]] })] },
    { name: "seed 002: 101号 throughout, and the department table's own categories", forms: () => formsOfSeedText("002"), profile: "gansu" },
    { name: "seeds 001, 003, 004: 88号 throughout", forms: () => [...formsOfSeedText("001"), ...formsOfSeedText("003"), ...formsOfSeedText("004")] },
  ],
  invalid: [
    {
      name: "a 满意度 row left inside the 效益指标 block of a form that has a 满意度指标 一级",
      forms: () => [
        ptY([["产出指标", "数量指标", "维修次数", "≥50次"], ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"], ["效益指标", "社会效益", "环境改善", "达到国家标准"], [null, "社会公众及服务对象满意度", "职工满意度", "≥90%"]]),
      ],
      findings: [
        {
          messageId: "wrongLevel1",
          severity: "error",
          cells: ["B12", "A11"],
          message: "B12 的二级指标“社会公众及服务对象满意度”放在了一级指标“效益指标”（A11）下，它应属于“满意度指标”。请把这一行移到“满意度指标”下，或在一级指标列单独写明“满意度指标”。",
        },
      ],
    },
    {
      name: "the 53号 framework (满意度 inside 效益, no 满意度 一级) under a profile that accepts 101号 only",
      profile: "gansu",
      forms: () => [ptY([["成本指标", "经济成本指标", "维修单价", "≤500元"], ["产出指标", "数量指标", "维修次数", "≥50次"], ["效益指标", "社会效益指标", "环境改善", "达到国家标准"], [null, "社会公众及服务对象满意度", "职工满意度", "≥90%"]])],
      findings: [{ messageId: "notInProfile", severity: "warning", cells: ["B12", "A11"], message: /只属于财预〔2013〕53号指标体系，而甘肃只采用财预〔2021〕101号/ }],
    },
    {
      name: "社会效益 under 产出指标",
      forms: () => [ptY([["产出指标", "数量指标", "维修次数", "≥50次"], [null, "社会效益指标", "环境改善", "达到国家标准"]])],
      findings: [{ messageId: "wrongLevel1", severity: "error", cells: ["B10", "A9"], message: /应属于“效益指标”/ }],
    },
    {
      name: "88号 and 101号 mixed in one form",
      forms: () => [ptY([["产出指标", "数量指标", "维修次数", "≥50次"], [null, "成本指标", "项目总成本", "≤100万元"], ["成本指标", "经济成本指标", "维修单价", "≤500元"]])],
      findings: [
        {
          messageId: "mixedFrameworks",
          severity: "warning",
          cells: ["B10", "B11"],
          message: "这张表混用了两套指标体系：B10 的“产出指标 › 成本指标”是财预〔2015〕88号体系的写法，B11 的“成本指标 › 经济成本指标”是财预〔2021〕101号体系的写法。可以接受，但建议统一为一套体系。",
        },
      ],
    },
    {
      name: "88号 pairs under a profile that accepts 101号 only",
      profile: "gansu",
      forms: () => [ptY(CLEAN_88)],
      findings: [
        {
          messageId: "notInProfile",
          severity: "warning",
          cells: ["B12", "A9"],
          message: "B12 的“产出指标 › 成本指标”只属于财预〔2015〕88号指标体系，而甘肃只采用财预〔2021〕101号。请按财预〔2021〕101号体系调整指标类别。",
        },
        { messageId: "notInProfile", severity: "warning", cells: ["B14", "A13"], message: /“效益指标 › 可持续影响指标”只属于财预〔2015〕88号/ },
      ],
    },
    {
      name: "a 二级 name of neither framework",
      forms: () => [ptY([["产出指标", "工作量指标", "维修次数", "≥50次"], ...CLEAN_101.slice(1)])],
      findings: [
        {
          messageId: "unknownLevel2",
          severity: "warning",
          cells: ["B9", "A9"],
          message: "B9 的二级指标“工作量指标”不是一级指标“产出指标”下的标准类别（应为数量指标、质量指标、时效指标、成本指标之一）。请改用标准的二级指标名称。",
        },
      ],
    },
    {
      name: "a project form with a 一级 of its own, reported once per cell",
      forms: () => [ptY([["工作指标", "数量指标", "维修次数", "≥50次"], [null, "质量指标", "验收合格率", "≥95%"], ...CLEAN_101.slice(3)])],
      findings: [
        {
          messageId: "unknownLevel1",
          severity: "warning",
          cells: ["A9"],
          message: "A9 的一级指标“工作指标”不是标准类别（产出指标、成本指标、效益指标、满意度指标）。请改用标准的一级指标名称。",
        },
      ],
    },
  ],
});
