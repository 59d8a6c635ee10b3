import rule from "../../../src/rules/catalogue/jn/jn-02-empty-table-statement";
import { ruleTester } from "../rule-tester";
import { codeTable, FULL_NARRATIVE, jsForms, narrative, narrativeWithout, t05, t07, t08, t09 } from "../builders-js";

/** 07 with blank amounts and no note. */
const blank07 = () => t07([null, null, null, null, null, null], [null, null, null, null, null, null]);

/** 08 without the note under it: its 合计 line and nothing else. */
const bare08 = () => codeTable("08", [[null, "合计", null, null, null, null, null, null]]);
/** 08 with 10 万元 of 政府性基金 spending. */
const full08 = () =>
  codeTable("08", [
    [null, "合计", null, 10, 10, null, 10, null],
    ["212", "城乡社区支出", null, 10, 10, null, 10, null],
  ]);

ruleTester(rule, {
  valid: [
    { name: "empty 08 and 09 with “本表无数据” under them", forms: () => jsForms(t05(), t08(), t09()) },
    { name: "empty 08 without a note, but the narrative says there was no such money", forms: () => jsForms(t05(), bare08(), t09(), narrative(FULL_NARRATIVE)) },
    { name: "08 with amounts and a narrative that reports them", forms: () => jsForms(full08(), narrative([...narrativeWithout(/政府性基金/), ["八、政府性基金预算财政拨款收入支出决算情况说明", "2021年度政府性基金预算财政拨款支出10万元。"]])) },
    {
      name: "an empty 07 whose section in the 说明 reports amounts: a contradiction for XDOC-03, not a missing statement",
      forms: () => jsForms(t05(), blank07(), narrative(FULL_NARRATIVE)),
    },
    {
      name: "… also when the amounts are in a sub-section (“（一）” under the 三公 heading)",
      forms: () =>
        jsForms(t05(), blank07(), narrative([...narrativeWithout(/三公/), ["七、“三公”经费支出决算情况说明", "（一）", "“三公”经费财政拨款支出决算总体情况说明。", "“三公”经费支出决算为8万元。"]])),
    },
  ],
  invalid: [
    {
      name: "empty 08 with no statement anywhere",
      forms: () => jsForms(t05(), bare08(), t09(), narrative(narrativeWithout(/政府性基金/))),
      findings: [
        {
          messageId: "emptyWithoutStatement",
          severity: "warning",
          cells: ["A16"],
          message: "公开08表“政府性基金预算财政拨款收入支出决算表”没有数据，但表下和决算情况说明中都没有说明原因；请注明（如“本单位无政府性基金预算财政拨款收支，故本表为空表”）。",
        },
      ],
    },
    {
      name: "the narrative says 无政府性基金 while 08 shows amounts",
      forms: () => jsForms(full08(), narrative(FULL_NARRATIVE)),
      findings: [{ messageId: "statementButAmounts", cells: ["A32"], message: /^决算情况说明称“本单位2021年度无政府性基金预算财政拨款收入和支出，故公开08表为空表。”，但公开08表/ }],
    },
  ],
});
