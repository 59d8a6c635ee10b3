/**
 * Keyboard and screen reader: the preview and the pane used with the keyboard alone (Tab, Enter,
 * Space, arrow keys), and axe-core's scan of every tab with no serious or critical violation.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { describeViolations, runAxe, serious, withoutKnownFalsePositives, type AxeViolation } from "./support/axe";
import { openSession, type Session } from "./support/browser";
import {
  activeSheet,
  drawnCell,
  drawnCells,
  eventually,
  findingsList,
  nameBox,
  openPreview,
  paneTab,
  panel,
  samplePicker,
  SEEDS,
  sheetTabs,
  tabNames,
  until,
} from "./support/preview";

let s: Session;

beforeAll(async () => {
  s = await openSession({ width: 1440, height: 900 });
});

afterAll(async () => {
  await s?.close();
});

async function focused(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => el === document.activeElement).catch(() => false);
}

/** What has the focus, as a screen reader would name it: role and accessible name or text. */
async function focusDescription(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return "(body)";
    const role = el.getAttribute("role") ?? el.tagName.toLowerCase();
    const name = el.getAttribute("aria-label") ?? (el.textContent ?? "").trim().slice(0, 60);
    return `${role} “${name}”`;
  });
}

/**
 * Presses `key` until `done()` holds; fails after `max` presses, naming every stop on the way so
 * an unreachable control is easy to see.
 */
async function pressUntil(page: Page, key: string, done: () => Promise<boolean>, max = 120): Promise<string[]> {
  const stops: string[] = [];
  for (let i = 0; i < max; i++) {
    if (await done()) return stops;
    await page.keyboard.press(key);
    stops.push(await focusDescription(page));
  }
  if (await done()) return stops;
  throw new Error(`Not reached with ${key} after ${max} presses; the focus went:\n  ${stops.join("\n  ")}`);
}

async function focusedLabel(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "");
}

test("keyboard only: pick seed 003, tab to 检查, run the check, move to a finding, Enter selects its cell", async () => {
  const { page } = s;
  await openPreview(page, s.server.base);
  await page.locator("body").focus();

  // The sample list is the first stop; the arrow keys pick 003.
  await pressUntil(page, "Tab", () => focused(samplePicker(page)));
  for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowDown");
  await eventually(() => samplePicker(page).inputValue(), "sample:003.xlsx");
  await sheetTabs(page).getByRole("tab", { name: "公开01表", exact: true }).waitFor();
  expect(await focused(samplePicker(page))).toBe(true);

  // Tab to the pane's 检查 tab, then to 开始检查, and run it with Enter.
  await pressUntil(page, "Tab", () => focused(paneTab(page, "检查")));
  const run = panel(page, "检查").getByRole("button", { name: "开始检查" });
  await pressUntil(page, "Tab", () => focused(run));
  await page.keyboard.press("Enter");
  await findingsList(page).waitFor();

  // On to the first finding, and Enter.
  const stops = await pressUntil(page, "Tab", async () => /^(错误|警告|提示)：/.test(await focusedLabel(page)), 200);
  expect(stops.length).toBeGreaterThan(0);
  const label = await focusedLabel(page);
  const ref = /点击选中 (\S+?)。$/.exec(label)?.[1] ?? "";
  expect(ref).toMatch(/^[A-Z]+\d+$/);
  // The form the finding belongs to names its sheet: 工作表“…”.
  const card = findingsList(page).getByRole("listitem").filter({ has: page.locator(":focus") }).first();
  const sheet = /工作表“([^”]+)”/.exec((await card.textContent()) ?? "")?.[1] ?? "";
  expect(sheet).not.toBe("");
  expect(await activeSheet(page)).not.toBe(sheet);
  await page.keyboard.press("Enter");
  await eventually(() => activeSheet(page), sheet);
  await eventually(() => nameBox(page).textContent(), ref);
  await expect(drawnCell(page, ref).getAttribute("data-selected")).resolves.toBe("active");
  await expect(until(() => drawnCell(page, ref).getAttribute("data-mark"), (mark) => mark !== null)).resolves.toMatch(/^(error|warning|info)$/);
  // The focus stays on the finding, so the next one is one Tab away.
  expect(/^(错误|警告|提示)：/.test(await focusedLabel(page))).toBe(true);
});

test("keyboard only: Space switches the marks off and on again", async () => {
  const { page } = s;
  const toggle = panel(page, "检查").getByRole("switch", { name: "在单元格上标出问题" });
  await pressUntil(page, "Shift+Tab", () => focused(toggle));
  const marked = (await drawnCells(page)).filter((c) => c.mark !== null).length;
  expect(marked).toBeGreaterThan(0);
  await page.keyboard.press("Space");
  await eventually(async () => (await drawnCells(page)).filter((c) => c.mark !== null).length, 0);
  await expect(toggle.isChecked()).resolves.toBe(false);
  await page.keyboard.press("Space");
  await eventually(async () => (await drawnCells(page)).filter((c) => c.mark !== null).length, marked);
});

test("keyboard only: arrow keys move between the pane's tabs, the sheet tabs and the cells of the drawing", async () => {
  const { page } = s;
  // The pane's tabs.
  await pressUntil(page, "Shift+Tab", () => focused(paneTab(page, "检查")));
  await page.keyboard.press("ArrowRight");
  expect(await focused(paneTab(page, "模板"))).toBe(true);
  await page.keyboard.press("Enter");
  await expect(paneTab(page, "模板").getAttribute("aria-selected")).resolves.toBe("true");
  await panel(page, "模板").getByRole("button", { name: "插入为新工作表" }).waitFor();
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("Space");
  await expect(paneTab(page, "检查").getAttribute("aria-selected")).resolves.toBe("true");

  // The sheet tabs: ArrowRight then Enter opens the next sheet.
  const sheets = await tabNames(sheetTabs(page));
  const current = await activeSheet(page);
  const next = sheets[sheets.indexOf(current) + 1] ?? sheets[0]!;
  await pressUntil(page, "Shift+Tab", () => focused(sheetTabs(page).getByRole("tab", { selected: true })));
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  await eventually(() => activeSheet(page), next);

  // The drawing: focusable, and the arrow keys move the selection (Shift extends it).
  const region = page.getByRole("region", { name: `工作表“${next}”的内容` });
  await pressUntil(page, "Shift+Tab", () => focused(region));
  const start = (await nameBox(page).textContent()) ?? "";
  expect(start).toMatch(/^[A-Z]+\d+/);
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowRight");
  const moved = (await nameBox(page).textContent()) ?? "";
  expect(moved).not.toBe(start);
  await page.keyboard.press("Shift+ArrowDown");
  await expect(nameBox(page).textContent()).resolves.toMatch(/^[A-Z]+\d+:[A-Z]+\d+$/);
  expect(await focused(region)).toBe(true);
});

const scans: { screen: string; violations: AxeViolation[] }[] = [];

/** Scans the page as it is now; fails on any serious or critical violation, listing them all. */
async function expectNoSeriousViolations(screen: string): Promise<void> {
  const report = withoutKnownFalsePositives(await runAxe(s.page));
  scans.push({ screen, violations: report.violations });
  const bad = serious(report);
  if (bad.length > 0) throw new Error(`axe-core: serious or critical violations on ${screen}:\n${describeViolations(bad)}`);
}

/** Each screen, reached from the one before (the keyboard tests leave seed 003 checked). */
const SCREENS: [string, (page: Page) => Promise<void>][] = [
  ["检查 with findings", async (page) => {
    await paneTab(page, "检查").click();
    await findingsList(page).waitFor();
  }],
  ["模板", async (page) => {
    await paneTab(page, "模板").click();
    await panel(page, "模板").getByRole("button", { name: "插入为新工作表" }).waitFor();
  }],
  ["评分 with scores", async (page) => {
    await sheetTabs(page).getByRole("tab", { name: "公车平台经费", exact: true }).click();
    await paneTab(page, "评分").click();
    await panel(page, "评分").getByRole("button", { name: "计算并写入本表得分" }).click();
    await panel(page, "评分").getByRole("button", { name: /^确认改动/ }).click();
    await panel(page, "评分").getByRole("article").first().waitFor();
  }],
  ["导入 with forms read", async (page) => {
    await paneTab(page, "导入").click();
    await panel(page, "导入").getByRole("textbox", { name: "粘贴的文字" }).fill(readFileSync(join(SEEDS, "000.txt"), "utf8"));
    await panel(page, "导入").getByRole("button", { name: "识别表格" }).click();
    await panel(page, "导入").getByRole("status").first().waitFor();
  }],
  ["设置", async (page) => {
    await paneTab(page, "设置").click();
    await panel(page, "设置").getByRole("radiogroup").first().waitFor();
  }],
  ["the first view (检查, nothing checked yet)", async (page) => {
    await page.reload();
    await openPreview(page, s.server.base);
  }],
];

describe("axe-core finds no serious or critical violation", () => {
  test.each(SCREENS)("on %s", async (screen, reach) => {
    await reach(s.page);
    await expectNoSeriousViolations(screen);
  });

  afterAll(() => {
    // The whole picture, moderate and minor included, for whoever reads the log.
    const lines = scans.map(({ screen, violations }) =>
      `  ${screen}: ${violations.length === 0 ? "none" : violations.map((v) => `${v.impact} ${v.id} ×${v.nodes.length}`).join(", ")}`,
    );
    const details = process.env.E2E_VERBOSE ? `\n${scans.map(({ screen, violations }) => violations.map((v) => `[${screen}] ${describeViolations([v])}`).join("\n")).join("\n")}` : "";
    process.stdout.write(`\naxe-core, all violations by screen:\n${lines.join("\n")}\n${details}\n`);
  });
});

test("nothing left the machine: every request went to the page's own origin", () => {
  expect(s.requests.length).toBeGreaterThan(10);
  expect(s.foreign).toEqual([]);
  expect(s.errors).toEqual([]);
});
