/**
 * @jest-environment jsdom
 */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { checkWorkbook, countBySeverity } from "../../../src/usecases/check-workbook";
import { Grid } from "../../../src/grid/grid";
import { MemoryHost } from "../../../src/hosts/memory";
import { formatting, manySheets, openSeed, openTab, renderPane, resetLocale } from "./helpers";

jest.setTimeout(60_000);

beforeEach(resetLocale);

test("checks the workbook: counts by severity and findings grouped by form and rule", async () => {
  const host = await openSeed("003.xlsx");
  const expected = await checkWorkbook(host);
  const c = countBySeverity(expected.findings);
  await renderPane(host);
  fireEvent.click(screen.getByRole("button", { name: "开始检查" }));
  const total = c.error + c.warning + c.info;
  expect(await screen.findByText(`发现 ${total} 个问题：错误 ${c.error} 个，警告 ${c.warning} 个，提示 ${c.info} 个。`, {}, { timeout: 20_000 })).toBeTruthy();
  expect(screen.getByText(`检查了 ${expected.sheets.length} 张工作表，识别出 ${expected.forms.length} 张表格。`)).toBeTruthy();
  expect(screen.getByText(`错误 ${c.error}`)).toBeTruthy();
  // One card per form, headed by its title; rule groups inside with the rule's description.
  const list = screen.getByRole("list", { name: "检查结果" });
  expect(within(list).getAllByRole("heading", { level: 3 })).toHaveLength(expected.forms.length);
  const first = expected.findings[0]!;
  expect(screen.getAllByRole("region", { name: new RegExp(`^${first.rule} `) }).length).toBeGreaterThan(0);
  expect(screen.getAllByText(first.message).length).toBeGreaterThan(0);
});

test("clicking a finding selects its cell", async () => {
  const host = await openSeed("003.xlsx");
  const expected = await checkWorkbook(host);
  const f = expected.findings.find((x) => x.cells.length > 0 && x.sheet !== (expected.sheets[0]?.sheet ?? ""))!;
  const cell = f.cells[0]!;
  await renderPane(host);
  fireEvent.click(screen.getByRole("button", { name: "开始检查" }));
  await screen.findByText(/^发现 \d+ 个问题/, {}, { timeout: 20_000 });
  const label = `${{ error: "错误", warning: "警告", info: "提示" }[f.severity]}：${f.message} 点击选中 ${cell.sheet && cell.sheet !== f.sheet ? `${cell.sheet}!${cell.ref}` : cell.ref}。`;
  fireEvent.click(screen.getAllByRole("button", { name: label })[0]!);
  await waitFor(async () => expect(await host.selection()).toEqual({ sheet: cell.sheet ?? f.sheet, range: cell.ref }));
});

test("marks are shown after a check and hiding them puts every cell back as it was", async () => {
  const host = await openSeed("003.xlsx");
  const before = formatting(host);
  const clear = jest.spyOn(host, "clearHighlights");
  await renderPane(host);
  fireEvent.click(screen.getByRole("button", { name: "开始检查" }));
  await screen.findByText(/^发现 \d+ 个问题/, {}, { timeout: 20_000 });
  await waitFor(() => expect(formatting(host)).not.toBe(before));
  await waitFor(() => expect(screen.queryByText(/^正在单元格上标出问题/)).toBeNull());
  const calls = clear.mock.calls.length;
  fireEvent.click(screen.getByRole("switch", { name: "在单元格上标出问题" }));
  await waitFor(() => expect(clear.mock.calls.length).toBe(calls + 1));
  expect(clear.mock.calls[calls]).toEqual([]);
  await waitFor(() => expect(formatting(host)).toBe(before));
});

test("ignoring a rule removes its findings and remembers it in the workbook", async () => {
  const host = await openSeed("003.xlsx");
  const expected = await checkWorkbook(host);
  const rule = expected.findings[0]!.rule;
  await renderPane(host);
  fireEvent.click(screen.getByRole("button", { name: "开始检查" }));
  await screen.findByText(/^发现 \d+ 个问题/, {}, { timeout: 20_000 });
  fireEvent.click(screen.getAllByRole("button", { name: `忽略此规则：${rule}（在本工作簿中）` })[0]!);
  expect(await screen.findByText(`已在本工作簿中忽略规则 ${rule}，可在“设置”中恢复。`)).toBeTruthy();
  expect(screen.queryAllByRole("button", { name: `忽略此规则：${rule}（在本工作簿中）` })).toHaveLength(0);
  expect(await host.getSetting("ignoredRules")).toContain(rule);

  // 设置 lists it; checking it again there brings it back on the next check.
  await openTab("设置");
  fireEvent.click(await screen.findByRole("button", { name: `恢复检查规则 ${rule}` }));
  await screen.findByText(`已恢复检查规则 ${rule}。`);
  expect(await host.getSetting("ignoredRules")).not.toContain(rule);
  await openTab("检查");
  expect(screen.getByText("设置或语言已更改，点“重新检查”可按新的设置检查。")).toBeTruthy();
});

test("a many-sheet workbook shows a progress bar, and the check can be cancelled", async () => {
  const host = manySheets(80);
  // Hold the check on its sixth sheet, so the test sees it in progress however fast the machine.
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const read = host.readSheet.bind(host);
  let reads = 0;
  host.readSheet = async (sheet, range) => {
    if (++reads === 6) await gate;
    return read(sheet, range);
  };
  await renderPane(host);
  fireEvent.click(screen.getByRole("button", { name: "开始检查" }));
  expect(await screen.findByRole("progressbar")).toBeTruthy();
  await screen.findByText(/^已读取 \d+\/80 张工作表：项目\d+$/, {}, { timeout: 20_000 });
  fireEvent.click(screen.getByRole("button", { name: "取消检查" }));
  release();
  expect(await screen.findByText("检查已取消，工作簿没有任何改动。", {}, { timeout: 20_000 })).toBeTruthy();
  expect(screen.queryByRole("progressbar")).toBeNull();
});

test("a many-sheet workbook is checked to the end with progress", async () => {
  const host = manySheets(30);
  // Hold the check on its second sheet until the progress bar has been seen.
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const read = host.readSheet.bind(host);
  let reads = 0;
  host.readSheet = async (sheet, range) => {
    if (++reads === 2) await gate;
    return read(sheet, range);
  };
  await renderPane(host);
  fireEvent.click(screen.getByRole("button", { name: "开始检查" }));
  expect(await screen.findByRole("progressbar")).toBeTruthy();
  release();
  expect(await screen.findByText("检查了 30 张工作表，识别出 30 张表格。", {}, { timeout: 30_000 })).toBeTruthy();
});

test("this sheet and the selected range limit the check", async () => {
  const host = await openSeed("003.xlsx");
  await host.select("公车平台经费", "A1:I24");
  await renderPane(host);
  fireEvent.click(screen.getByRole("radio", { name: "本工作表" }));
  fireEvent.click(screen.getByRole("button", { name: "开始检查" }));
  expect(await screen.findByText("检查了工作表“公车平台经费”，识别出 1 张表格。", {}, { timeout: 20_000 })).toBeTruthy();
  fireEvent.click(screen.getByRole("radio", { name: "选中区域" }));
  fireEvent.click(screen.getByRole("button", { name: "重新检查" }));
  expect(await screen.findByText("检查了工作表“公车平台经费”的 A1:I24 区域，识别出 1 张表格。", {}, { timeout: 20_000 })).toBeTruthy();
});

test("what was read: the form's indicators with their levels and targets", async () => {
  const host = await openSeed("003.xlsx");
  await renderPane(host);
  fireEvent.click(screen.getByRole("radio", { name: "本工作表" }));
  await host.select("公车平台经费", "A1");
  fireEvent.click(screen.getByRole("button", { name: "开始检查" }));
  await screen.findByText(/^发现 \d+ 个问题|^未发现问题/, {}, { timeout: 20_000 });
  const header = screen.getByRole("button", { name: /读取到的内容$/ });
  fireEvent.click(header);
  const level3 = (await screen.findAllByRole("list", { name: "三级指标" }, { timeout: 5_000 }))[0]!;
  expect(within(level3).getByText("公车平台“网上派单”次数", { exact: false })).toBeTruthy();
  expect(within(level3).getByText("1000 次")).toBeTruthy();
  expect(screen.getAllByText("一级指标").length).toBeGreaterThan(0);
  expect(screen.getByText("年度：2021")).toBeTruthy();
  expect(screen.getByText(/^合计/)).toBeTruthy();
  // Each header and goal field with the cell it was read from.
  const fields = screen.getByRole("list", { name: "读取到的字段" });
  expect(within(fields).getByText(/^预算年度：2021（[A-Z]+\d+）$/)).toBeTruthy();
  expect(within(fields).getByText(/^预期目标：.+（[A-Z]+\d+）$/)).toBeTruthy();
});

test("a form read only in part says what was not read, and gives no all-clear", async () => {
  const grid = Grid.fromRows("表1", [["项目支出绩效目标表"], ["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "维修次数", "≥50次"]]);
  await renderPane(MemoryHost.fromGrids([grid]));
  fireEvent.click(screen.getByRole("button", { name: "开始检查" }));
  expect(await screen.findByText("有 1 张表没有完整读取（见各表的“未读到”），这些部分没有检查。", {}, { timeout: 20_000 })).toBeTruthy();
  expect(screen.queryByText("未发现问题。")).toBeNull();
  fireEvent.click(screen.getByRole("button", { name: /读取到的内容$/ }));
  expect(await screen.findByText(/^未读到：预算年度、单位名称、项目名称、资金金额、绩效目标。/)).toBeTruthy();
});

test("a host that fails shows the message, not a crash", async () => {
  const host = await openSeed("003.xlsx");
  jest.spyOn(host, "readSheet").mockRejectedValue(new Error("工作簿连接已断开。"));
  await renderPane(host);
  fireEvent.click(screen.getByRole("button", { name: "开始检查" }));
  expect(await screen.findByText("检查没有完成：工作簿连接已断开。")).toBeTruthy();
  expect(screen.getByRole("button", { name: "开始检查" })).toBeTruthy();
});
