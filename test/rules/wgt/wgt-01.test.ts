import rule from "../../../src/rules/catalogue/wgt/wgt-01-block-sums";
import { ruleTester } from "../rule-tester";
import { ds, ps } from "../builders";
import { scoredRows } from "../builders-monwgt";

const LABELS = { output: 50, benefit: 30, satisfaction: 10 };

// psRows: 执行率 分值 in F5; indicators from row 10 (一级 in B, 分值 in G); the 总分 row follows them.
ruleTester(rule, {
  valid: [
    {
      name: "each block adds up to its heading; 总分 = Σ",
      forms: () => [ds({ indicators: scoredRows({ output: [25, 25], benefit: [15, 15], satisfaction: [10] }, LABELS), total: [100, 100, "优"] })],
    },
    { name: "headings without points: nothing to compare", forms: () => [ps({ indicators: scoredRows({ output: [30, 25], benefit: [30], satisfaction: [10] }) })] },
    {
      name: "总分 row states the full 100 while the points make 105: WGT-02 reports the points",
      forms: () => [ps({ indicators: scoredRows({ output: [30, 25], benefit: [30], satisfaction: [10] }), total: [100, 100, "优"] })],
    },
    { name: "no points at all", forms: () => [ps({ indicators: [["产出指标", "数量指标", "次数", "50次", "59次", null, null]] })] },
  ],
  invalid: [
    {
      name: "seed 003 附件1: 5+5+5+5+5+10+10+10 = 55 under “产出指标 (50分)”",
      forms: () => [ds({ indicators: scoredRows({ output: [5, 5, 5, 5, 5, 10, 10, 10], benefit: [15, 15], satisfaction: [10] }, LABELS), total: [100, 92, "优"] })],
      findings: [
        {
          messageId: "blockMismatch",
          severity: "error",
          cells: ["B10", "G10", "G11", "G12", "G13", "G14", "G15", "G16", "G17"],
          message: "一级指标“产出指标”标明 50 分，但其下各指标分值合计为 55 分（5 + 5 + 5 + 5 + 5 + 10 + 10 + 10）。请调整这些指标的分值，或更正 B10 标题中的分数。",
        },
      ],
    },
    {
      name: "two headings off",
      forms: () => [ps({ indicators: scoredRows({ output: [30, 30], benefit: [20], satisfaction: [10] }, LABELS) })],
      findings: [
        { messageId: "blockMismatch", cells: ["B10", "G10", "G11"], message: /^一级指标“产出指标”标明 50 分，但其下各指标分值合计为 60 分（30 \+ 30）/ },
        { messageId: "blockMismatch", cells: ["B12", "G12"], message: /^一级指标“效益指标”标明 30 分，但其下各指标分值合计为 20 分（20）/ },
      ],
    },
    {
      name: "the 总分 row is wrong itself (points make 100, row says 90)",
      forms: () => [ps({ indicators: scoredRows({ output: [25, 25], benefit: [30], satisfaction: [10] }, LABELS), total: [90, 90, "优"] })],
      findings: [
        {
          messageId: "totalRowMismatch",
          cells: ["G14", "F5"],
          message: "总分行的分值写的是 90 分，但执行率分值 10 分加各指标分值 90 分合计为 100 分。请更正 G14。",
        },
      ],
    },
  ],
});
