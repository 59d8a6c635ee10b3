import { readFileSync } from "node:fs";
import { join } from "node:path";
import { detectTextShape, gridFromText, parseTextBlocks } from "../../../src/grid/from-text";

const seed = (n: string): string => readFileSync(join(__dirname, "../../fixtures/seeds", `${n}.txt`), "utf8");

describe("text shapes", () => {
  it.each([
    ["000", "cell-lines"],
    ["001", "cell-lines"],
    ["002", "tsv"],
    ["003", "tsv"],
    ["004", "cell-lines"],
  ])("seed %s is %s", (n, shape) => {
    expect(detectTextShape(seed(n))).toBe(shape);
  });
});

describe("cell-lines (Word tables)", () => {
  it("reads one cell per line, rows separated by blank lines", () => {
    const blocks = parseTextBlocks("标题\n\n\t一级指标\n\t二级指标\n\n\t产出指标\n\t数量指标\n", "cell-lines");
    expect(blocks).toEqual([
      { kind: "paragraph", rows: [["标题"]] },
      { kind: "table", rows: [["一级指标", "二级指标"], ["产出指标", "数量指标"]] },
    ]);
  });

  it("joins a line without the leading tab to the previous cell", () => {
    const blocks = parseTextBlocks("\t绩效目标\n\t1、资金到位及时。\n2、资金全部用于支出。\n\n\t下一行\n\t值\n", "cell-lines");
    expect(blocks[0]!.rows[0]).toEqual(["绩效目标", "1、资金到位及时。\n2、资金全部用于支出。"]);
    expect(blocks[0]!.rows[1]).toEqual(["下一行", "值"]);
  });

  it("rejoins a row that Word split with an empty paragraph inside a cell (seed 004)", () => {
    const g = gridFromText(seed("004"));
    const rows = g.toTextRows().filter((r) => r.includes("车辆购置费专款专用率"));
    expect(rows[0]!.slice(0, 6)).toEqual(["", "质量指标", "车辆购置费专款专用率", "车辆购置费专款专用率", "≥95%", "车辆购置费专款专用率"]);
  });

  it("does not join short rows that are not split pieces (title and label rows)", () => {
    const g = gridFromText(seed("000"));
    const texts = g.toTextRows().map((r) => r.filter((c) => c !== ""));
    expect(texts).toContainEqual(["实施期绩效目标", "保障机关大楼的正常运转及改善干部职工的办公环境"]);
    expect(texts).toContainEqual(["2021年专项资金支出方向绩效目标表"]);
  });
});

describe("tsv (PDF extractions)", () => {
  it("splits rows on tabs and keeps paragraphs", () => {
    const g = gridFromText("说明文字\n\na\tb\tc\n1\t2\t3\n");
    expect(g.toTextRows()).toEqual([
      ["说明文字", "", ""],
      ["", "", ""],
      ["a", "b", "c"],
      ["1", "2", "3"],
    ]);
    expect(g.blocks).toEqual([
      { kind: "paragraph", top: 0, bottom: 0 },
      { kind: "table", top: 2, bottom: 3 },
    ]);
  });

  it("keeps the narrative paragraphs of seed 003", () => {
    const g = gridFromText(seed("003"));
    const paragraphs = g.blocks.filter((b) => b.kind === "paragraph").map((b) => g.text(b.top, 0));
    expect(paragraphs).toContain("本年支出合计1474.07万元，其中：基本支出335.54万元，占22.76%；项目支出1138.53万元，占77.24%；上缴上级支出0万元，占0%；经营支出0万元，占0%；对附属单位补助支出0万元，占0%。");
  });

  it("handles CRLF, a BOM and an empty document", () => {
    expect(gridFromText("\uFEFFa\tb\r\n1\t2\r\n").toTextRows()).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
    const empty = gridFromText("");
    expect(empty.rowCount).toBe(0);
  });
});
