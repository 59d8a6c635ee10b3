/**
 * The all-clear is a promise: "未发现问题" only when forms were read, in full, with no part of a
 * sheet unreadable. Every output takes its status from read-outcome; the report's own wording
 * follows it.
 */
import { Grid } from "../../../src/grid/grid";
import { MemoryHost } from "../../../src/hosts/memory";
import { checkActiveSheetOn, checkSummary } from "../../../src/usecases/ribbon-commands";
import { recogniseGrid } from "../../../src/recognise";
import { reportRows, reportText } from "../../../src/usecases/check-report";
import { readStatus, sheetNotices, unreadParts } from "../../../src/usecases/read-outcome";

const FORM = { kind: "PT" as const, sheet: "表1", range: "A1:D3", title: "项目支出绩效目标表" };

describe("readStatus", () => {
  it("is clean only with forms read in full, nothing found and nothing unreadable", () => {
    expect(readStatus([FORM], 0, [])).toBe("clean");
    expect(readStatus([], 0, [])).toBe("nothing-read");
    expect(readStatus([{ ...FORM, missing: ["预算年度"] }], 0, [])).toBe("partial");
    expect(readStatus([FORM], 0, ["工作表“表1”第 9 行起的“自评表”无法读取：坏了"])).toBe("partial");
    expect(readStatus([{ ...FORM, missing: ["预算年度"] }], 2, [])).toBe("problems");
  });

  it("takes the messages of sheets holding forms as unread parts, not those of sheets without any", () => {
    const withForm = recogniseGrid(Grid.fromRows("表1", [["项目支出绩效目标表"], ["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "维修次数", "≥50次"]]));
    const empty = recogniseGrid(Grid.fromRows("封面", [["说明"]]));
    expect(empty.messages).toHaveLength(1);
    const broken = { ...withForm, messages: ["工作表“表1”第 9 行起的“自评表”无法读取：坏了"] };
    expect(unreadParts([withForm, empty])).toEqual([]);
    expect(unreadParts([broken, empty])).toEqual(broken.messages);
  });

  it("gives a sheet the notices that name it", () => {
    const notices = ["工作表“执行监控”中有相互重叠的合并单元格，已取消其中 A3:C6 的合并。", "“a.xlsx”已按内容读取。"];
    expect(sheetNotices(notices, "执行监控")).toEqual([notices[0]]);
    expect(sheetNotices(notices, "表1")).toEqual([]);
  });
});

describe("the check report never gives a false all-clear", () => {
  const texts = (input: Parameters<typeof reportRows>[0]): string[] =>
    reportRows(input).rows.flatMap((r) => r.map((c) => ("value" in c ? String(c.value ?? "") : ""))).filter((t) => t !== "");

  it("says 未发现问题 for forms read in full with nothing found", () => {
    expect(texts({ forms: [FORM], findings: [] })).toContain("未发现问题。");
  });

  it("says what could not be read, and only that nothing was found in what was", () => {
    const unread = ["工作表“表1”第 9 行起的“自评表”无法读取：坏了"];
    const rows = texts({ forms: [FORM], findings: [], unread });
    expect(rows).toContain(`⚠ 无法读取：${unread[0]}`);
    expect(rows).toContain("读到的内容中未发现问题；未读到的部分没有检查。");
    expect(rows).not.toContain("未发现问题。");
    const text = reportText({ forms: [{ ...FORM, missing: ["预算年度"] }], findings: [], locale: "en" });
    expect(text).toContain("⚠ Not found: 预算年度 (not checked)");
    expect(text).toContain("No problems found in what was read; the parts not read were not checked.");
  });

  it("with no form says nothing was checked", () => {
    expect(texts({ forms: [], findings: [] })).toContain("没有识别出任何表格，没有做任何检查。");
  });
});

describe("检查本表 (ribbon) sums up without a false all-clear", () => {
  it("says a sheet whose form was read in part had nothing found only in what was read", async () => {
    const grid = Grid.fromRows("表1", [["项目支出绩效目标表"], ["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "维修次数", "≥50次"]]);
    const result = await checkActiveSheetOn(MemoryHost.fromGrids([grid]));
    const quiet = { ...result, findings: [] };
    expect(checkSummary(quiet)).toBe("绩效表助手：工作表“表1”读到的内容中未发现问题，但有未读到的部分没有检查；详情请点“打开助手”。");
    expect(checkSummary({ ...quiet, forms: quiet.forms.map((f) => ({ ...f, missing: [] })) })).toBe("绩效表助手：工作表“表1”未发现问题。");
  });
});
