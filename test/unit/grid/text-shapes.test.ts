/** Pasted text in every common shape becomes tables with rows; text placed on a page too. */
import { gridFromText } from "../../../src/grid/from-text";
import { layoutPieces, type Piece } from "../../../src/grid/positioned";

const rows = (text: string): string[][] => gridFromText(text).toTextRows().filter((r) => r.some((c) => c !== ""));
const INDICATORS = [
  ["一级指标", "二级指标", "指标值"],
  ["产出指标", "数量指标", "≥95%"],
  ["效益指标", "社会效益", "明显"],
];

describe("pasted text without tabs", () => {
  it("reads | tables, with and without the Markdown rule and outer pipes", () => {
    expect(rows("| 一级指标 | 二级指标 | 指标值 |\n|---|:---:|---|\n| 产出指标 | 数量指标 | ≥95% |\n| 效益指标 | 社会效益 | 明显 |\n")).toEqual(INDICATORS);
    expect(rows("一级指标 | 二级指标 | 指标值\n产出指标 | 数量指标 | ≥95%\n效益指标 | 社会效益 | 明显\n")).toEqual(INDICATORS);
  });

  it("reads one cell per line, rows between blank lines", () => {
    expect(rows("一级指标\n二级指标\n指标值\n\n产出指标\n数量指标\n≥95%\n\n效益指标\n社会效益\n明显\n")).toEqual(INDICATORS);
  });

  it("reads one cell per paragraph, rows between longer runs of blank lines", () => {
    expect(rows("一级指标\n\n二级指标\n\n指标值\n\n\n产出指标\n\n数量指标\n\n≥95%\n\n\n效益指标\n\n社会效益\n\n明显\n")).toEqual(INDICATORS);
  });

  it("reads columns aligned with spaces, keeping empty cells in their column", () => {
    const text = [
      "收入支出决算总表",
      "项目                            决算数  项目                  决算数",
      "一、一般公共预算财政拨款收入    307.82  一、一般公共服务支出  264.87",
      "二、政府性基金预算财政拨款收入          二、外交支出",
      "本年收入合计                    307.82  本年支出合计          307.82",
    ].join("\n");
    expect(rows(text)).toEqual([
      ["收入支出决算总表", "", "", ""],
      ["项目", "决算数", "项目", "决算数"],
      ["一、一般公共预算财政拨款收入", "307.82", "一、一般公共服务支出", "264.87"],
      ["二、政府性基金预算财政拨款收入", "", "二、外交支出", ""],
      ["本年收入合计", "307.82", "本年支出合计", "307.82"],
    ]);
  });

  it("reads rows a PDF viewer copies with single spaces, and keeps sentences as paragraphs", () => {
    const g = gridFromText("项目 决算数 项目 决算数\n一、一般公共预算财政拨款收入 307.82 一、一般公共服务支出 264.87\n本年收入合计 307.82 本年支出合计 307.82\n\n本年收入合计 307.82 万元，其中：财政拨款收入 307.82 万元。\n");
    const table = g.toTextRows().filter((r) => r.some((c) => c !== ""));
    expect(table[1]).toEqual(["一、一般公共预算财政拨款收入", "307.82", "一、一般公共服务支出", "264.87"]);
    expect(table[3]![0]).toBe("本年收入合计 307.82 万元，其中：财政拨款收入 307.82 万元。");
    expect(g.blocks.map((b) => b.kind)).toEqual(["table", "paragraph"]);
  });
});

describe("text placed on a page", () => {
  const p = (text: string, x0: number, y: number, size = 10): Piece => ({ text, x0, x1: x0 + text.length * size, y, size });
  /** In 12-point type: a label from its left edge, an amount from its right edge. */
  const l = (text: string, x0: number, y: number): Piece => p(text, x0, y, 12);
  const n = (text: string, x1: number, y: number): Piece => ({ text, x0: x1 - text.length * 5, x1, y, size: 12 });
  /** The header of 财政拨款收入支出决算总表 (公开04), on baseline 40. */
  const HEAD = [l("项目", 10, 40), l("决算数", 170, 40), l("项目", 250, 40), l("合计", 400, 40)];

  it("joins a header wrapped over lines and a label wrapped beside its centred numbers", () => {
    const blocks = layoutPieces([
      p("单位：万元", 400, 10),
      // header: 功能分类 / 科目编码 wrapped in column A, 科目名称 centred, 附属单位 / 上缴收入 wrapped
      p("功能分类", 10, 40),
      p("科目名称", 100, 47),
      p("本年收入合计", 220, 47),
      p("附属单位", 350, 40),
      p("科目编码", 10, 54),
      p("上缴收入", 350, 54),
      // body: rows 24 apart; the second row's label wraps around its numbers
      p("201", 10, 90),
      p("一般公共服务支出", 100, 90),
      p("264.87", 240, 90),
      p("机关事业单位基本养老保险", 100, 106),
      p("2080505", 10, 114),
      p("6.18", 250, 114),
      p("缴费支出", 100, 122),
      p("210", 10, 146),
      p("卫生健康支出", 100, 146),
      p("2.71", 250, 146),
    ]);
    const table = blocks.find((b) => b.kind === "table")!;
    expect(table.rows).toEqual([
      ["功能分类科目编码", "科目名称", "本年收入合计", "附属单位上缴收入"],
      ["201", "一般公共服务支出", "264.87", ""],
      ["2080505", "机关事业单位基本养老保险缴费支出", "6.18", ""],
      ["210", "卫生健康支出", "2.71", ""],
    ]);
    expect(blocks[0]).toMatchObject({ kind: "paragraph", rows: [["单位：万元"]] });
    // Each row remembers the page's lines it was joined from (baselines 10, 40, 47, 54, 90, 106,
    // 114, 122, 146 are lines 1–9): the header's three, the wrapped label's three.
    expect(blocks[0]!.origin).toEqual([[{ line: 1, at: 0 }]]);
    expect(table.origin!.map((r) => r.map((l) => l.line))).toEqual([[2, 3, 4], [5], [6, 7, 8], [9]]);
  });
  it("reads amounts set a little above their row's labels as one row with them", () => {
    // 财政拨款收入支出决算总表 as some PDFs draw it: rows 17 apart, a label wrapped over two lines,
    // then the 本年收入合计 row whose amounts (收入 决算数, 支出 合计) sit 7 above the labels'
    // baseline while its last amount sits on it.
    const blocks = layoutPieces([
      ...HEAD,
      l("一般公共预算财政拨款", 480, 40),
      l("二十三、其他支出", 250, 57),
      l("二十六、抗疫特别国债安排", 250, 74),
      l("的支出", 250, 87),
      n("2,940.05", 220, 105),
      n("2,940.05", 450, 105),
      l("本年收入合计", 10, 112),
      l("本年支出合计", 290, 112),
      n("2,940.05", 560, 112),
      l("年初财政拨款结转和结余", 10, 129),
      n("21.63", 220, 129),
      l("年末财政拨款结转和结余", 250, 129),
      n("21.63", 450, 129),
      n("21.63", 560, 129),
    ]);
    const table = blocks.find((b) => b.kind === "table")!;
    expect(table.rows).toEqual([
      ["项目", "决算数", "项目", "合计", "一般公共预算财政拨款"],
      ["", "", "二十三、其他支出", "", ""],
      ["", "", "二十六、抗疫特别国债安排的支出", "", ""],
      ["本年收入合计", "2,940.05", "本年支出合计", "2,940.05", "2,940.05"],
      ["年初财政拨款结转和结余", "21.63", "年末财政拨款结转和结余", "21.63", "21.63"],
    ]);
    // The amounts' line (5) is read into the labels' row (line 6), not the wrapped label's.
    expect(table.origin!.map((r) => r.map((x) => x.line))).toEqual([[1], [2], [3, 4], [5, 6], [7]]);
  });

  it("keeps a line of amounts with the label wrapped over the two lines above it", () => {
    const blocks = layoutPieces([
      ...HEAD,
      l("二十一、国有资本经营预算", 250, 57),
      l("支出", 250, 70),
      n("12.00", 440, 78),
      l("二十三、其他支出", 250, 88),
      n("3.00", 440, 88),
    ]);
    const table = blocks.find((b) => b.kind === "table")!;
    expect(table.rows).toEqual([
      ["项目", "决算数", "项目", "合计"],
      ["", "", "二十一、国有资本经营预算支出", "12.00"],
      ["", "", "二十三、其他支出", "3.00"],
    ]);
  });
});
