/**
 * The browser preview in a real Chromium: the production build served on 127.0.0.1, the pane's
 * tabs used as a clerk would (mouse), the grid drawing checked after each step, pictures of every
 * screen saved to docs/screenshots, and not one request leaving the page's own origin.
 *
 * The tests run in order on one page: each starts where the one before stopped.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { HIGHLIGHT_COLOURS } from "../../src/hosts/host";
import { MemoryHost } from "../../src/hosts/memory";
import { openSession, type Session } from "./support/browser";
import {
  SAMPLE_003,
  SEEDS,
  activeSheet,
  drawnCell,
  drawnCells,
  eventually,
  eventuallyMatches,
  findingButtons,
  findingsList,
  nameBox,
  openPreview,
  openSample,
  pane,
  paneTab,
  panel,
  samplePicker,
  screenshots,
  selectedCells,
  sheetTab,
  sheetTable,
  sheetTabs,
  tabNames,
  until,
  type DrawnCell,
} from "./support/preview";

/** "#FFC7CE" → "rgb(255, 199, 206)", as getComputedStyle reports it. */
function rgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}
const MARK_RGB = new Set(Object.values(HIGHLIGHT_COLOURS).map(rgb));

let s: Session;

beforeAll(async () => {
  s = await openSession({ width: 1440, height: 900 });
});

afterAll(async () => {
  await s?.close();
});

test("the preview draws the first sample beside the task pane; the samples have readable names", async () => {
  const { page } = s;
  await openPreview(page, s.server.base);
  const labels = await samplePicker(page).locator("option").allTextContents();
  expect(labels).toEqual(
    expect.arrayContaining(["000 湖南2021 目标表", "001 河北2020 项目目标表", "002 甘肃2024 目标表", SAMPLE_003, "004 河北2025 项目目标表", "空白工作簿"]),
  );
  await expect(samplePicker(page).inputValue()).resolves.toBe("sample:000.xlsx");
  // Seed 000's five sheets as tabs, the first one drawn with its title and merged title cell.
  await expect(tabNames(sheetTabs(page))).resolves.toEqual([
    "部门整体绩效目标表",
    "专项资金汇总表",
    "零星维修购置及各类合同",
    "物业管理及水电气供应",
    "公车平台",
  ]);
  await expect(activeSheet(page)).resolves.toBe("部门整体绩效目标表");
  const title = sheetTable(page, "部门整体绩效目标表").getByRole("cell", { name: "2021年部门整体支出绩效目标表", exact: true });
  await expect(title.getAttribute("colspan")).resolves.toBe("6");
  await expect(pane(page).getByRole("heading", { name: "绩效表助手", level: 1 }).isVisible()).resolves.toBe(true);
  await expect(paneTab(page, "检查").getAttribute("aria-selected")).resolves.toBe("true");
  await expect(nameBox(page).textContent()).resolves.toBe("A1");
  await screenshots(page, "check");
});

test("模板: inserting a template adds a sheet tab, selects it and draws its title cell", async () => {
  const { page } = s;
  await paneTab(page, "模板").click();
  const tab = panel(page, "模板");
  await tab.getByRole("textbox", { name: "填报单位" }).fill("石峰区机关事务服务中心");
  const year = await tab.getByRole("spinbutton", { name: "年度" }).inputValue();
  await tab.getByRole("button", { name: "插入为新工作表" }).click();
  await sheetTab(page, "部门整体绩效目标表 (2)").waitFor();
  await eventually(() => activeSheet(page), "部门整体绩效目标表 (2)");
  const title = sheetTable(page, "部门整体绩效目标表 (2)").getByRole("cell", { name: `${year}年部门整体支出绩效目标表`, exact: true });
  await title.waitFor();
  await expect(title.getAttribute("data-cell")).resolves.toBe("A1");
  await eventually(() => nameBox(page).textContent(), "A1");
  await expect(selectedCells(page)).resolves.toEqual(["A1"]);
  // The template's bold title is drawn bold.
  await expect(title.evaluate((td) => Number(getComputedStyle(td).fontWeight))).resolves.toBeGreaterThanOrEqual(700);
  await expect(tab.getByText("已插入新工作表“部门整体绩效目标表 (2)”。").isVisible()).resolves.toBe(true);
  await screenshots(page, "templates");
});

test("download gives back the workbook as it now is, the inserted sheet included", async () => {
  const { page } = s;
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载工作簿" }).click()]);
  expect(download.suggestedFilename()).toBe("000.xlsx");
  const file = await download.path();
  const host = await MemoryHost.open(new Uint8Array(readFileSync(file)));
  const names = (await host.listSheets()).map((x) => x.name);
  expect(names).toContain("部门整体绩效目标表 (2)");
  await expect(host.activeSheet()).resolves.toBe("部门整体绩效目标表 (2)");
});

/** Each sheet's drawing, visited by its tab. */
async function drawAll(sheets: readonly string[]): Promise<Map<string, DrawnCell[]>> {
  const out = new Map<string, DrawnCell[]>();
  for (const sheet of sheets) {
    await sheetTab(s.page, sheet).click();
    await sheetTable(s.page, sheet).waitFor();
    out.set(sheet, await drawnCells(s.page));
  }
  return out;
}

test("检查 on seed 003: findings listed, cells marked in colour with notes, a finding selects its cell, clearing the marks restores every sheet", async () => {
  const { page } = s;
  await openSample(page, SAMPLE_003, "公开01表");
  const sheets = await tabNames(sheetTabs(page));
  expect(sheets).toHaveLength(15);
  const before = await drawAll(sheets);
  // Nothing of ours on the sheets yet.
  for (const cells of before.values()) expect(cells.filter((c) => c.mark !== null || MARK_RGB.has(c.background))).toEqual([]);
  await sheetTab(page, "公开01表").click();

  await paneTab(page, "检查").click();
  await panel(page, "检查").getByRole("button", { name: "开始检查" }).click();
  await findingsList(page).waitFor();
  const summary = await panel(page, "检查").getByRole("status").first().textContent();
  expect(summary).toMatch(/检查了 15 张工作表，识别出 15 张表格。/);
  expect(summary).toMatch(/发现 \d+ 个问题：错误 [1-9]\d* 个/);
  const findings = findingButtons(page);
  expect(await findings.count()).toBeGreaterThan(20);

  // The first error: its sheet tab becomes the active one and its cell the selection.
  const first = findings.filter({ hasText: /^错误/ }).first();
  const label = (await first.getAttribute("aria-label")) ?? "";
  const ref = /点击选中 (\S+?)。$/.exec(label)?.[1];
  expect(ref).toBe("B13");
  await expect(activeSheet(page)).resolves.toBe("公开01表");
  await first.click();
  await eventually(() => activeSheet(page), "部门整体自评表");
  await eventually(() => nameBox(page).textContent(), "B13");
  await expect(selectedCells(page)).resolves.toEqual(["B13"]);

  // Marks on the drawn sheet (set just after the findings are listed): our colours, a note on the
  // first cell of each finding.
  const marked = await until(() => drawnCells(page), (cells) => cells.some((c) => c.cell === "B13" && c.mark !== null));
  const marks = marked.filter((c) => c.mark !== null);
  expect(marks.length).toBeGreaterThan(10);
  for (const c of marks) expect(MARK_RGB.has(c.background)).toBe(true);
  const b13 = marked.find((c) => c.cell === "B13");
  expect(b13).toMatchObject({ mark: "error", background: rgb(HIGHLIGHT_COLOURS.error) });
  expect(b13?.note).toContain("一级指标“产出指标”标明 50 分");
  expect(marked).not.toEqual(before.get("部门整体自评表"));
  await expect(drawnCell(page, "B13").getAttribute("title")).resolves.toContain("55 分");
  await first.scrollIntoViewIfNeeded();
  await screenshots(page, "check-findings");

  // Another finding on another sheet: the tab switches again.
  const narrative = findings.filter({ hasText: "一般公共服务（类）支出1406.53万元" }).first();
  await narrative.click();
  await eventually(() => activeSheet(page), "决算情况说明");
  await eventually(() => nameBox(page).textContent(), "A27");
  await expect(drawnCell(page, "A27").getAttribute("data-selected")).resolves.toBe("active");
  await expect(drawnCell(page, "A27").getAttribute("data-mark")).resolves.toBe("warning");

  // Clearing the marks: every sheet is drawn exactly as before the check.
  const toggle = panel(page, "检查").getByRole("switch", { name: "在单元格上标出问题" });
  await toggle.click();
  await eventually(() => drawnCell(page, "A27").getAttribute("data-mark"), null);
  const after = await drawAll(sheets);
  for (const sheet of sheets) expect({ sheet, cells: after.get(sheet) }).toEqual({ sheet, cells: before.get(sheet) });

  // And back on: the marks return.
  await toggle.click();
  await sheetTab(page, "部门整体自评表").click();
  await eventually(async () => (await drawnCells(page)).filter((c) => c.mark !== null).length, marks.length);
});

test("评分: recalculating 公车平台经费 shows every score, 司勤人员 at 9.33, and writes the formulas", async () => {
  const { page } = s;
  await sheetTab(page, "公车平台经费").click();
  await paneTab(page, "评分").click();
  const tab = panel(page, "评分");
  await tab.getByRole("button", { name: "计算并写入本表得分" }).click();
  // The cells that will change are shown first (before → after) and written after 确认.
  const review = tab.getByRole("group", { name: /^确认改动 \d+ 个单元格$/ });
  await expect(review.textContent()).resolves.toContain("H16：10 → 9.33");
  await review.getByRole("button", { name: /^确认改动/ }).click();
  const card = tab.getByRole("article", { name: "2021 年度项目支出绩效自评表" });
  await card.waitFor();
  await expect(tab.getByRole("status").first().textContent()).resolves.toMatch(/已在工作表“公车平台经费”写入 \d+ 个单元格/);
  await expect(card.textContent()).resolves.toContain("按规则计算，总分为 91.33 分，等级为“优”。");
  const indicators = card.getByRole("region", { name: "各项指标" }).getByRole("listitem");
  const driver = indicators.filter({ hasText: "公车平台司勤人员" });
  await expect(driver.textContent()).resolves.toContain("分值 10 分，按规则 9.33 分，表中填 10 分。");
  await expect(driver.textContent()).resolves.toContain("14 ÷ 15 × 10 = 9.33 分");
  // 选中 H16 moves the selection to the score cell, where the drawing now shows the formula.
  await driver.getByRole("button", { name: "选中 H16" }).click();
  await eventually(() => nameBox(page).textContent(), "H16");
  await expect(drawnCell(page, "H16").getAttribute("data-selected")).resolves.toBe("active");
  await expect(drawnCell(page, "H16").textContent()).resolves.toMatch(/^=/);
  await card.scrollIntoViewIfNeeded();
  await screenshots(page, "scoring");
});

test("导入: pasted text is read into forms; 设置 shows the workbook's settings", async () => {
  const { page } = s;
  await paneTab(page, "导入").click();
  const tab = panel(page, "导入");
  const text = readFileSync(join(SEEDS, "002.txt"), "utf8");
  await tab.getByRole("textbox", { name: "粘贴的文字" }).fill(text);
  await tab.getByRole("button", { name: "识别表格" }).click();
  await eventuallyMatches(() => tab.getByRole("status").first().textContent(), /找到 \d+ 张表格。/);
  await pane(page).evaluate((el) => el.scrollTo(0, 0));
  await screenshots(page, "import");

  await paneTab(page, "设置").click();
  await panel(page, "设置").getByRole("radiogroup").first().waitFor();
  await screenshots(page, "settings");
});

test("open your own .xlsx: a big sheet is drawn only in part, and the drawing says so", async () => {
  const { page } = s;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("台账");
  for (let r = 1; r <= 3000; r++) ws.addRow(Array.from({ length: 12 }, (_, c) => (c === 0 ? `第${r}行` : r * 100 + c)));
  const folder = mkdtempSync(join(tmpdir(), "jixiao-e2e-"));
  const file = join(folder, "台账.xlsx");
  writeFileSync(file, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.getByRole("button", { name: "打开本地文件（.xlsx .xls .et .ods .csv .pdf .txt）" }).click()]);
  const started = Date.now();
  await chooser.setFiles(file);
  await sheetTab(page, "台账").waitFor();
  await sheetTable(page, "台账").waitFor();
  const drawn = await drawnCells(page);
  expect(drawn.length).toBeLessThanOrEqual(4000);
  expect(drawn.length).toBeGreaterThan(1000);
  await expect(page.getByRole("main", { name: /^工作簿 / }).getByRole("note").textContent()).resolves.toMatch(/这张表有 3000 行、12 列，预览只画出前 \d+ 行、12 列。/);
  expect(Date.now() - started).toBeLessThan(15_000);
  await expect(samplePicker(page).inputValue()).resolves.toBe("local");
  await screenshots(page, "big-sheet", { pane: false });
  rmSync(folder, { recursive: true, force: true });
});

test("nothing left the machine: every request went to the page's own origin", () => {
  expect(s.requests.length).toBeGreaterThan(10);
  expect(s.foreign).toEqual([]);
  for (const url of s.requests) expect(url.startsWith(`${s.server.origin}/`) || url.startsWith("data:") || url.startsWith(`blob:${s.server.origin}/`)).toBe(true);
  expect(s.errors).toEqual([]);
});
