/** Shared by the task pane's component tests: real MemoryHost workbooks and the pane around them. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { Grid } from "../../../src/grid/grid";
import type { WorkbookHost } from "../../../src/hosts/host";
import { MemoryHost, STORE_SHEET } from "../../../src/hosts/memory";
import { setLocale } from "../../../src/i18n";
import { App, type TabId } from "../../../src/taskpane/App";

export const SEEDS = join(__dirname, "../../fixtures/seeds");

export async function openSeed(name: string): Promise<MemoryHost> {
  return MemoryHost.open(readFileSync(join(SEEDS, name)));
}

export function seedText(name: string): string {
  return readFileSync(join(SEEDS, name), "utf8");
}

/** Every cell's style and note on the clerk's sheets (not the add-in's hidden store sheet). */
export function formatting(host: MemoryHost): string {
  const out: unknown[] = [];
  for (const ws of host.workbook.worksheets) {
    if (ws.name === STORE_SHEET) continue;
    ws.eachRow({ includeEmpty: true }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        out.push([ws.name, cell.address, JSON.stringify(cell.style ?? {}), JSON.stringify(cell.note ?? null)]);
      });
    });
  }
  return JSON.stringify(out);
}

/** A workbook of `count` sheets, each holding a copy of one small project target form. */
export function manySheets(count: number): MemoryHost {
  const rows = [
    ["2024年项目支出绩效目标表"],
    ["项目名称", "测试项目", "", ""],
    ["资金总额", "100", "财政拨款", "100"],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "完成数量", "≥10个"],
    ["产出指标", "质量指标", "合格率", "≥95%"],
    ["效益指标", "社会效益指标", "服务对象", "持续提升"],
    ["满意度指标", "服务对象满意度指标", "满意度", "≥90%"],
  ];
  return MemoryHost.fromGrids(Array.from({ length: count }, (_, i) => Grid.fromRows(`项目${i + 1}`, rows)));
}

/** Renders the pane and waits until its first tab (loaded on demand) is drawn. */
export async function renderPane(host: WorkbookHost, initialTab?: TabId) {
  const view = render(<App host={host} initialTab={initialTab} />);
  await settle();
  return view;
}

/** Waits until no tab is still loading its code. */
export async function settle(): Promise<void> {
  // A tab's code is compiled on first use in the tests: give a busy machine time.
  await waitFor(() => expect(screen.queryByText(/^(正在加载……|Loading…)$/)).toBeNull(), { timeout: 15_000 });
  await act(async () => undefined);
}

export function resetLocale(): void {
  localStorage.clear();
  act(() => setLocale("zh-CN"));
}

/** Opens a tab and waits for its code to load. */
export async function openTab(name: string): Promise<void> {
  fireEvent.click(screen.getByRole("tab", { name }));
  await settle();
}
