/**
 * 指标库 in a real Chromium: the pane follows the selection drawn in the preview — a click on a
 * 三级 cell of seed 000's project table brings suggestions of the row's category, a click on
 * another cell while the tab is shown moves them along without any button; 插入 lists the cells, writes after 确认 (the drawing shows the new name) and 撤销 puts the cell
 * back; the tab searches the library; a unit's own indicator is added, saved in the workbook and
 * exported as a file. axe-core finds no serious violation on the tab, and no request leaves the
 * page's origin.
 */
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describeViolations, runAxe, serious, withoutKnownFalsePositives } from "./support/axe";
import { openSession, type Session } from "./support/browser";
import { drawnCell, eventually, nameBox, openPreview, paneTab, panel, screenshots, sheetTab, until } from "./support/preview";

let s: Session;
const SHEET = "零星维修购置及各类合同";

beforeAll(async () => {
  s = await openSession({ width: 1440, height: 900 });
});

afterAll(async () => {
  await s?.close();
});

const library = (page: Page) => panel(page, "指标库");
const suggestions = (page: Page) => library(page).getByRole("list", { name: "推荐的指标" });

async function suggestionNames(page: Page): Promise<string[]> {
  return suggestions(page)
    .getByRole("listitem")
    .evaluateAll((items) => items.map((li) => li.querySelector("span span")?.textContent ?? ""));
}

test("selecting a 三级 cell suggests indicators of its row's category", async () => {
  const { page } = s;
  await openPreview(page, s.server.base);
  await sheetTab(page, SHEET).click();
  await drawnCell(page, "D12").click();
  await eventually(() => nameBox(page).textContent(), "D12");
  await paneTab(page, "指标库").click();
  await library(page).getByText(`选中的是工作表“${SHEET}”的 D12：“零星维修购置及各类合同”中的指标“总费用控制”。`).waitFor({ timeout: 20_000 });
  const names = await suggestionNames(page);
  expect(names).toContain("项目总成本");
  expect(names.every((n) => !n.includes("满意度"))).toBe(true);

  // Another cell, clicked in the drawing while the tab is shown: the pane follows by itself.
  await drawnCell(page, "D17").click();
  await library(page).getByText(/的 D17：“零星维修购置及各类合同”中的指标“全体机关人员满意度”。/).waitFor({ timeout: 10_000 });
  const satisfaction = await until(() => suggestionNames(page), (n) => n.length > 0 && n.every((x) => x.includes("满意度")));
  expect(satisfaction.every((x) => x.includes("满意度"))).toBe(true);
});

test("插入 shows the change, writes it after 确认 (the drawing shows it), and 撤销 puts the cell back", async () => {
  const { page } = s;
  await drawnCell(page, "D12").click();
  await library(page).getByText(/的 D12：.*“总费用控制”。/).waitFor({ timeout: 10_000 });
  await suggestions(page).getByRole("button", { name: "把“项目总成本”插入到选中的指标行" }).click();
  const review = library(page).getByRole("group", { name: "确认改动 1 个单元格" });
  await review.getByText("D12：总费用控制 → 项目总成本").waitFor();
  await library(page).getByText("E12 已有内容“80万元以内”，保留不变。").waitFor();
  await expect(drawnCell(page, "D12").textContent()).resolves.toBe("总费用控制");
  await screenshots(page, "library-insert");
  await review.getByRole("button", { name: "确认改动（1 个）" }).click();
  await library(page).getByText("已把指标“项目总成本”填入 1 个单元格。").waitFor();
  await eventually(() => drawnCell(page, "D12").textContent(), "项目总成本");
  await expect(drawnCell(page, "E12").textContent()).resolves.toBe("80万元以内");
  // The pane reads the new name back: the row is now the library's own 项目总成本.
  await library(page).getByText(/的 D12：.*“项目总成本”。/).waitFor({ timeout: 10_000 });
  await screenshots(page, "library");
  await library(page).getByRole("button", { name: "撤销" }).click();
  await library(page).getByText("已撤销，单元格恢复为原来的内容。").waitFor();
  await eventually(() => drawnCell(page, "D12").textContent(), "总费用控制");
});

test("the tab searches the library by name and area", async () => {
  const { page } = s;
  const box = library(page).getByRole("searchbox", { name: "指标名称或关键词（多个词用空格分开）" });
  await box.fill("满意度");
  const results = library(page).getByRole("list", { name: "查找指标" });
  await results.waitFor();
  const count = Number(/找到 (\d+) 项指标/.exec((await library(page).getByRole("status").first().textContent()) ?? "")?.[1]);
  expect(count).toBeGreaterThan(10);
  await library(page).getByRole("combobox", { name: "适用领域" }).selectOption("医疗卫生");
  await results.getByText("患者满意度", { exact: true }).waitFor();
  await results.getByText("基本公共卫生服务对象满意度", { exact: true }).waitFor();
  await expect(results.getByText("参训学员满意度", { exact: true }).count()).resolves.toBe(0);
  // Details on demand: 指标解释, 评（扣）分标准 and the source.
  const patient = results.getByRole("listitem").filter({ hasText: "患者满意度" }).first();
  await patient.locator("summary").click();
  await patient.getByText(/^来源：/).waitFor();
  await library(page).getByRole("combobox", { name: "适用领域" }).selectOption("");
  await box.fill("");
});

test("a unit's own indicator is added from the pane, saved in the workbook and exported as a file", async () => {
  const { page } = s;
  await library(page).getByRole("button", { name: "添加本单位指标" }).click();
  const form = library(page).getByRole("group", { name: "添加本单位指标" });
  await form.getByRole("textbox", { name: /三级指标/ }).fill("档案数字化页数");
  await form.getByRole("textbox", { name: /指标解释/ }).fill("完成扫描并挂接到档案系统的页数。");
  await form.getByRole("textbox", { name: /计量单位/ }).fill("页");
  await form.getByRole("textbox", { name: /典型指标值/ }).fill("≥X页");
  await form.getByRole("button", { name: "保存到本工作簿" }).click();
  await library(page).getByText("已把“档案数字化页数”保存到本工作簿的本单位指标中。").waitFor();
  await library(page).getByRole("list", { name: "本单位指标" }).getByText("档案数字化页数").waitFor();
  const [download] = await Promise.all([page.waitForEvent("download"), library(page).getByRole("button", { name: "导出本单位指标" }).click()]);
  expect(download.suggestedFilename()).toBe("本单位指标.json");
  const exported = JSON.parse(readFileSync((await download.path())!, "utf8")) as { level3: string; unit: string; sources: string[] }[];
  expect(exported.map((i) => [i.level3, i.unit, i.sources])).toEqual([["档案数字化页数", "页", ["unit"]]]);
  // Saved in the workbook: the downloaded workbook holds it in the add-in's store.
  const [book] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载工作簿" }).click()]);
  const { MemoryHost } = await import("../../src/hosts/memory");
  const { readCustomIndicators } = await import("../../src/library");
  const host = await MemoryHost.open(new Uint8Array(readFileSync((await book.path())!)));
  expect((await readCustomIndicators(host)).indicators.map((i) => i.level3)).toEqual(["档案数字化页数"]);
});

test("axe-core finds no serious or critical violation in the pane on the 指标库 tab", async () => {
  const report = withoutKnownFalsePositives(await runAxe(s.page));
  // The scan covers the page; this suite judges the pane (the drawing beside it is the preview suite's).
  const inPane = async (target: string) => s.page.evaluate((sel) => document.querySelector(sel)?.closest("aside") != null, target);
  const bad = [];
  for (const v of serious(report)) {
    const nodes = [];
    for (const n of v.nodes) if (await inPane(n.target[0] ?? "")) nodes.push(n);
    if (nodes.length > 0) bad.push({ ...v, nodes });
  }
  if (bad.length > 0) throw new Error(`axe-core: serious or critical violations on 指标库:\n${describeViolations(bad)}`);
});

test("nothing left the machine: every request went to the page's own origin", () => {
  expect(s.requests.length).toBeGreaterThan(10);
  expect(s.foreign).toEqual([]);
  expect(s.errors).toEqual([]);
});
