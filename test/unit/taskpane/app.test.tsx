/**
 * @jest-environment jsdom
 */
import { act, fireEvent, render, screen } from "@testing-library/react";
import { Grid } from "../../../src/grid/grid";
import type { HostCapabilities, SheetInfo, WorkbookHost } from "../../../src/hosts/host";
import { setLocale } from "../../../src/i18n";
import { ErrorBoundary } from "../../../src/taskpane/components/ErrorBoundary";
import { openTab, renderPane } from "./helpers";

// The check tab is loaded on demand and compiled on first use; a busy machine needs more than 5 s.
jest.setTimeout(30_000);

/** A workbook of named, empty sheets; every write is refused, as a read-only workbook would. */
class ReadOnlyHost implements WorkbookHost {
  readonly kind = "memory" as const;
  constructor(private readonly sheets: string[]) {}
  capabilities(): HostCapabilities {
    return { notes: false, safeHighlights: true, save: false };
  }
  async listSheets(): Promise<SheetInfo[]> {
    return this.sheets.map((name, index) => ({ name, index, visible: true }));
  }
  async activeSheet() {
    return this.sheets[0] ?? "";
  }
  async selection() {
    return { sheet: this.sheets[0] ?? "", range: "A1" };
  }
  async readSheet(sheet: string) {
    return Grid.fromRows(sheet, []);
  }
  async write(): Promise<void> {
    throw new Error("工作簿是只读的。");
  }
  async setHighlights(): Promise<void> {
    throw new Error("工作簿是只读的。");
  }
  async clearHighlights(): Promise<void> {
    throw new Error("工作簿是只读的。");
  }
  async select(): Promise<void> {}
  async addSheet(): Promise<string> {
    throw new Error("工作簿是只读的。");
  }
  async applyLayout(): Promise<void> {
    throw new Error("工作簿是只读的。");
  }
  async getSetting<T>(): Promise<T | undefined> {
    return undefined;
  }
  async setSetting(): Promise<void> {
    throw new Error("工作簿是只读的。");
  }
}

beforeEach(() => {
  localStorage.clear();
  act(() => setLocale("zh-CN"));
});

test("six tabs with their names; the first one open", async () => {
  await renderPane(new ReadOnlyHost(["Sheet1"]));
  expect(screen.getAllByRole("tab")).toHaveLength(6);
  for (const name of ["检查", "模板", "评分", "导入", "指标库", "设置"]) expect(screen.getByRole("tab", { name })).toBeTruthy();
  expect(screen.getByRole("tab", { name: "检查" }).getAttribute("aria-selected")).toBe("true");
  expect(screen.getByRole("tabpanel", { name: "检查" })).toBeTruthy();
  expect(screen.getByText("当前为浏览器预览，工作簿只保存在本页面中。")).toBeTruthy();
});

test("opens on the tab the ribbon asked for; tabs loaded on demand appear", async () => {
  await renderPane(new ReadOnlyHost(["Sheet1"]), "templates");
  expect(await screen.findByRole("button", { name: "插入为新工作表" })).toBeTruthy();
  await openTab("评分");
  expect(await screen.findByRole("button", { name: "计算并写入本表得分" })).toBeTruthy();
  await openTab("导入");
  expect(await screen.findByRole("button", { name: "识别表格" })).toBeTruthy();
});

test("a tab keeps its results when the clerk looks at another tab", async () => {
  await renderPane(new ReadOnlyHost(["Sheet1", "Sheet2"]));
  fireEvent.click(screen.getByRole("button", { name: "开始检查" }));
  expect(await screen.findByText("检查了 2 张工作表，识别出 0 张表格。")).toBeTruthy();
  await openTab("设置");
  await openTab("检查");
  expect(screen.getByText("检查了 2 张工作表，识别出 0 张表格。")).toBeTruthy();
  expect(screen.getByText("以下工作表未识别出表格：Sheet1、Sheet2。")).toBeTruthy();
});

test("a read-only workbook: the check still reports, and the refused marks are explained", async () => {
  await renderPane(new ReadOnlyHost(["Sheet1"]));
  fireEvent.click(screen.getByRole("button", { name: "开始检查" }));
  // No form was read, so the pane does not claim there are no problems.
  expect(await screen.findByText(/^工作簿中没有识别出绩效表格，所以没有检查任何内容。/)).toBeTruthy();
  expect(screen.queryByText("未发现问题。")).toBeNull();
  expect(await screen.findByText("无法在单元格上标出问题：工作簿是只读的。")).toBeTruthy();
  fireEvent.click(screen.getByRole("switch", { name: "在单元格上标出问题" }));
  expect(await screen.findByText("无法清除单元格上的标记：工作簿是只读的。")).toBeTruthy();
});

test("an error while drawing a tab shows a message with Retry, not a blank pane", () => {
  let fail = true;
  function Boom() {
    if (fail) throw new Error("找不到指标列。");
    return <p>恢复正常</p>;
  }
  const quiet = jest.spyOn(console, "error").mockImplementation(() => undefined);
  render(
    <ErrorBoundary>
      <Boom />
    </ErrorBoundary>,
  );
  expect(screen.getByText("这一页出了问题：找不到指标列。 工作簿没有因此改动，可以点“重试”再试一次。")).toBeTruthy();
  fail = false;
  fireEvent.click(screen.getByRole("button", { name: "重试" }));
  expect(screen.getByText("恢复正常")).toBeTruthy();
  quiet.mockRestore();
});

test("every control on every tab has an accessible name", async () => {
  await renderPane(new ReadOnlyHost(["Sheet1"]));
  const probes: Record<string, string> = { 检查: "开始检查", 模板: "插入为新工作表", 评分: "计算并写入本表得分", 导入: "识别表格", 指标库: "添加本单位指标", 设置: "恢复检查" };
  for (const [tab, probe] of Object.entries(probes)) {
    await openTab(tab);
    if (tab !== "设置") await screen.findByRole("button", { name: probe });
    for (const role of ["button", "radio", "tab", "textbox", "combobox", "switch", "spinbutton"] as const) {
      // Every element of the role also answers to "has a non-blank accessible name".
      expect([tab, role, screen.queryAllByRole(role, { name: /\S/ }).length]).toEqual([tab, role, screen.queryAllByRole(role).length]);
    }
  }
  fireEvent.click(screen.getByRole("tab", { name: "检查" }));
  expect(screen.getByRole("radiogroup", { name: "检查范围" })).toBeTruthy();
});
