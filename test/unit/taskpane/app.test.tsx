/**
 * @jest-environment jsdom
 */
import { act, fireEvent, render, screen } from "@testing-library/react";
import { Grid } from "../../../src/grid/grid";
import type { HostCapabilities, SheetInfo, WorkbookHost } from "../../../src/hosts/host";
import { setLocale } from "../../../src/i18n";
import { App } from "../../../src/taskpane/App";

/** A workbook of two named, empty sheets; every write is refused so the test notices one. */
class FakeHost implements WorkbookHost {
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
    throw new Error("read-only fake");
  }
  async setHighlights(): Promise<void> {
    throw new Error("read-only fake");
  }
  async clearHighlights(): Promise<void> {
    throw new Error("read-only fake");
  }
  async select(): Promise<void> {}
  async addSheet(): Promise<string> {
    throw new Error("read-only fake");
  }
  async applyLayout(): Promise<void> {
    throw new Error("read-only fake");
  }
  async getSetting<T>(): Promise<T | undefined> {
    return undefined;
  }
  async setSetting(): Promise<void> {}
}

beforeEach(() => {
  localStorage.clear();
  act(() => setLocale("zh-CN"));
});

test("reads the workbook and lists each sheet", async () => {
  render(<App host={new FakeHost(["项目支出绩效目标表", "Sheet2"])} />);
  expect(screen.getByRole("tab", { name: "检查" })).toBeTruthy();

  fireEvent.click(screen.getByRole("button", { name: "读取本工作簿" }));

  expect(await screen.findByText("项目支出绩效目标表")).toBeTruthy();
  expect(screen.getByText("Sheet2")).toBeTruthy();
  expect(screen.getAllByText("本表未识别出绩效表格。")).toHaveLength(2);
});

test("shows an honest placeholder on tabs that are not built yet", () => {
  render(<App host={new FakeHost(["Sheet1"])} />);
  fireEvent.click(screen.getByRole("tab", { name: "评分" }));
  expect(screen.getByText("评分功能将在后续版本中提供。")).toBeTruthy();
});

test("switches the pane to English in 设置", async () => {
  render(<App host={new FakeHost(["Sheet1"])} />);
  fireEvent.click(screen.getByRole("tab", { name: "设置" }));
  fireEvent.click(screen.getByRole("radio", { name: "English" }));

  expect(await screen.findByRole("tab", { name: "Check" })).toBeTruthy();
  expect(screen.getByText("Performance Form Assistant")).toBeTruthy();
  expect(localStorage.getItem("jixiao.locale")).toBe("en");

  fireEvent.click(screen.getByRole("tab", { name: "Check" }));
  fireEvent.click(screen.getByRole("button", { name: "Read this workbook" }));
  expect(await screen.findByText("No performance form was recognised on this sheet.")).toBeTruthy();
});
