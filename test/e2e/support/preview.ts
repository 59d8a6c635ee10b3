/**
 * Finding things in the preview page by role and accessible name (as a screen reader would), and
 * reading the grid drawing's state for comparisons.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";

export const ROOT = join(__dirname, "..", "..", "..");
export const SEEDS = join(ROOT, "test", "fixtures", "seeds");
/** Where the pictures go (docs/screenshots, or SCREENSHOTS_DIR). */
export const SCREENSHOTS = process.env.SCREENSHOTS_DIR ?? join(ROOT, "docs", "screenshots");

export const SAMPLE_003 = "003 湖南2021 决算与自评表";

export function samplePicker(page: Page): Locator {
  return page.getByRole("combobox", { name: "示例工作簿" });
}

export function pane(page: Page): Locator {
  return page.getByRole("complementary", { name: "任务窗格" });
}

export function paneTab(page: Page, name: string): Locator {
  return pane(page).getByRole("tablist", { name: "功能" }).getByRole("tab", { name, exact: true });
}

export function panel(page: Page, name: string): Locator {
  return pane(page).getByRole("tabpanel", { name, exact: true });
}

export function sheetTabs(page: Page): Locator {
  return page.getByRole("tablist", { name: "工作表", exact: true });
}

export function sheetTab(page: Page, name: string): Locator {
  return sheetTabs(page).getByRole("tab", { name, exact: true });
}

export function activeSheetTab(page: Page): Locator {
  return sheetTabs(page).getByRole("tab", { selected: true });
}

/** The drawing of the active sheet (a table named after it). */
export function sheetTable(page: Page, sheet?: string): Locator {
  return page.getByRole("table", { name: sheet === undefined ? /^工作表“/ : `工作表“${sheet}”`, exact: sheet !== undefined });
}

export function nameBox(page: Page): Locator {
  return page.getByRole("status", { name: "选中的单元格" });
}

export function findingsList(page: Page): Locator {
  return panel(page, "检查").getByRole("list", { name: "检查结果" });
}

/** The buttons of the findings: "错误：…" / "警告：…" / "提示：…". */
export function findingButtons(page: Page): Locator {
  return findingsList(page).getByRole("button", { name: /^(错误|警告|提示)：/ });
}

/** Opens the preview and waits until the first sample is drawn and the pane's 检查 tab is there. */
export async function openPreview(page: Page, base: string): Promise<void> {
  await page.goto(base);
  await sheetTable(page).waitFor();
  await paneTab(page, "检查").waitFor();
}

/** Picks a sample from the list and waits until its first sheet tab is drawn. */
export async function openSample(page: Page, label: string, firstSheet: string): Promise<void> {
  await samplePicker(page).selectOption({ label });
  await sheetTab(page, firstSheet).waitFor();
  await sheetTable(page).waitFor();
}

export interface DrawnCell {
  cell: string;
  text: string;
  background: string;
  note: string | null;
  mark: string | null;
}

/** Every drawn cell of the active sheet: address, text, background colour, note, our mark. */
export async function drawnCells(page: Page): Promise<DrawnCell[]> {
  return sheetTable(page).evaluate((table) =>
    Array.from(table.querySelectorAll<HTMLTableCellElement>("td[data-cell]")).map((td) => ({
      cell: td.dataset.cell ?? "",
      text: td.textContent ?? "",
      background: getComputedStyle(td).backgroundColor,
      note: td.getAttribute("title"),
      mark: td.getAttribute("data-mark"),
    })),
  );
}

/** The drawn cell at an A1 address (a table cell; its address is a data attribute). */
export function drawnCell(page: Page, a1: string): Locator {
  return sheetTable(page).locator(`td[data-cell="${a1}"]`);
}

/** The cells the drawing shows as selected, the active one first. */
export async function selectedCells(page: Page): Promise<string[]> {
  return sheetTable(page).evaluate((table) => {
    const cells = Array.from(table.querySelectorAll<HTMLTableCellElement>("td[data-selected]"));
    cells.sort((a, b) => (a.dataset.selected === "active" ? -1 : b.dataset.selected === "active" ? 1 : 0));
    return cells.map((td) => td.dataset.cell ?? "");
  });
}

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return join(SCREENSHOTS, `${name}.png`);
}

/**
 * Two pictures of the current screen: the whole page at desktop size (desktop-NAME.png) and the
 * task pane alone at its own width (pane-NAME.png), as a clerk sees it beside Excel.
 */
export async function screenshots(page: Page, name: string, { pane: paneToo = true } = {}): Promise<void> {
  // Let Fluent's transitions (tab indicator, accordion) settle.
  await page.waitForTimeout(300);
  await page.screenshot({ path: screenshotPath(`desktop-${name}`), animations: "disabled" });
  if (paneToo) await pane(page).screenshot({ path: screenshotPath(`pane-${name}`), animations: "disabled" });
}

/**
 * Waits until `read()` gives `expected` (compared as JSON), then asserts it — so a timeout fails
 * with the last value seen rather than a bare "timed out".
 */
export async function eventually<T>(read: () => Promise<T>, expected: T, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  let last: T = await read();
  while (JSON.stringify(last) !== JSON.stringify(expected) && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 100));
    last = await read();
  }
  expect(last).toEqual(expected);
}

/** Waits until `read()` gives a value that matches `pattern`, then asserts it. */
export async function eventuallyMatches(read: () => Promise<string | null>, pattern: RegExp, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  let last = await read();
  while (!pattern.test(last ?? "") && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 100));
    last = await read();
  }
  expect(last).toMatch(pattern);
}

/** The accessible names of a tab list's tabs (Fluent draws each label twice, so not textContent). */
export async function tabNames(tablist: Locator): Promise<string[]> {
  const snapshot = await tablist.ariaSnapshot();
  return [...snapshot.matchAll(/^\s*- tab "((?:[^"\\]|\\.)*)"/gm)].map((m) => JSON.parse(`"${m[1]}"`) as string);
}

/** The name of the selected sheet tab. */
export async function activeSheet(page: Page): Promise<string> {
  return (await tabNames(activeSheetTab(page)))[0] ?? "";
}

/** Waits until `test(read())` holds and returns that value; after the timeout, returns the last value read. */
export async function until<T>(read: () => Promise<T>, test: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const stop = Date.now() + timeoutMs;
  let last = await read();
  while (!test(last) && Date.now() < stop) {
    await new Promise((r) => setTimeout(r, 100));
    last = await read();
  }
  return last;
}
