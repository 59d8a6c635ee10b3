import rule from "../../../src/rules/catalogue/js/js-07-basic-expenditure-detail";
import { ruleTester } from "../rule-tester";
import { PERSONNEL_06, jsForms, t06 } from "../builders-js";

ruleTester(rule, {
  valid: [
    { name: "classes = Σ items, 人员经费合计 = 301 + 303, 公用经费合计 = 302", forms: () => jsForms(t06()) },
    // Seed 003: 303 30.45 over items adding to 30.44.
    {
      name: "a class within 0.01 per stated item",
      forms: () => jsForms(t06({ personnel: [...PERSONNEL_06.slice(0, 3), ["303", "对个人和家庭的补助", 10.01], ["30305", "生活补助", 5], ["30307", "医疗费补助", 5]], personnelTotal: 60.01 })),
    },
    { name: "a 合计 line = 人员经费合计 + 公用经费合计", forms: () => jsForms(t06({ basicTotal: 80 })) },
  ],
  invalid: [
    {
      name: "301 ≠ Σ its items",
      forms: () => jsForms(t06({ personnel: [["301", "工资福利支出", 51], ["30101", "基本工资", 30], ["30102", "津贴补贴", 20], ["303", "对个人和家庭的补助", 10], ["30305", "生活补助", 10]] })),
      findings: [{ messageId: "classDiffers", severity: "error", cells: ["C4", "C5", "C6"], message: "公开06表：301 工资福利支出 51 万元不等于其下各款之和 50 万元，相差 1 万元。" }],
    },
    {
      name: "人员经费合计 ≠ 301 + 303",
      forms: () => jsForms(t06({ personnelTotal: 65 })),
      findings: [{ messageId: "groupDiffers", cells: ["C9", "C4", "C7"], message: "公开06表：人员经费合计 65 万元不等于301 + 303之和 60 万元，相差 5 万元。" }],
    },
    {
      name: "a class under the wrong group still counts by its code: 303 placed under 公用经费",
      forms: () => jsForms(t06({ personnel: PERSONNEL_06.slice(0, 3), publicUse: [["302", "商品和服务支出", 20], ["30201", "办公费", 20], ["303", "对个人和家庭的补助", 10], ["30305", "生活补助", 10]], personnelTotal: 50, publicTotal: 30 })),
      findings: [
        { messageId: "groupDiffers", cells: ["C8", "C4", "F6"], message: /人员经费合计 50 万元不等于301 \+ 303之和 60 万元/ },
        { messageId: "groupDiffers", cells: ["F8", "F4"], message: /公用经费合计 30 万元不等于302之和 20 万元/ },
      ],
    },
    {
      name: "合计 ≠ 人员经费合计 + 公用经费合计",
      forms: () => jsForms(t06({ basicTotal: 81 })),
      findings: [{ messageId: "basicDiffers", cells: ["C10", "C9", "F9"], message: "公开06表：合计 81 万元不等于人员经费合计与公用经费合计之和 80 万元，相差 1 万元。" }],
    },
  ],
});
