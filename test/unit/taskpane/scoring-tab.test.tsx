/**
 * @jest-environment jsdom
 */
import { fireEvent, screen, within } from "@testing-library/react";
import { recogniseWorkbook } from "../../../src/usecases/recognise-workbook";
import { openSeed, renderPane, resetLocale } from "./helpers";

jest.setTimeout(30_000);
beforeEach(resetLocale);

test("the breakdown shows every score and the arithmetic behind it, without writing", async () => {
  const host = await openSeed("003.xlsx");
  await host.select("公车平台经费", "A1");
  const before = (await host.readSheet("公车平台经费", "H16")).cell(15, 7);
  await renderPane(host, "scoring");
  fireEvent.click(await screen.findByRole("button", { name: "只看明细，不写入" }));
  expect(await screen.findByText("以下是工作表“公车平台经费”的计算明细，尚未写入工作簿。")).toBeTruthy();
  const card = screen.getByRole("article");
  expect(within(card).getByText("按规则计算，总分为 91.33 分，等级为“优”。")).toBeTruthy();
  expect(within(card).getByText("表中填写的总分为 92 分。")).toBeTruthy();
  expect(within(card).getByText(/14 ÷ 15 × 10 = 9\.33 分/)).toBeTruthy();
  expect(within(card).getByText("分值 10 分，按规则 9.33 分，表中填 10 分。")).toBeTruthy();
  expect((await host.readSheet("公车平台经费", "H16")).cell(15, 7)).toEqual(before);
});

test("recalculating shows the cells first, writes the formulas after 确认, lists what changed, and 撤销 puts them back", async () => {
  const host = await openSeed("003.xlsx");
  await host.select("公车平台经费", "A1");
  const sheetBefore = await host.readSheet("公车平台经费");
  const formatsBefore = await host.numberFormats("公车平台经费", "A1:L40");
  await renderPane(host, "scoring");
  fireEvent.click(await screen.findByRole("button", { name: "计算并写入本表得分" }));
  const review = await screen.findByRole("group", { name: /^确认改动 \d+ 个单元格$/ });
  expect(within(review).getByText("H16：10 → 9.33")).toBeTruthy();
  // Nothing is written before 确认.
  expect((await host.readSheet("公车平台经费", "H16")).cell(15, 7)?.formula).toBeUndefined();
  fireEvent.click(within(review).getByRole("button", { name: /^确认改动（\d+ 个）$/ }));
  expect(await screen.findByText(/^已在工作表“公车平台经费”写入 \d+ 个单元格，其中 \d+ 个的数值有变化。$/)).toBeTruthy();
  expect(screen.getByText("得分（公车平台司勤人员）（H16）：10 → 9.33")).toBeTruthy();
  const cell = (await host.readSheet("公车平台经费", "H16")).cell(15, 7);
  expect(cell?.formula).toMatch(/^=?IF\(/);
  fireEvent.click(screen.getAllByRole("button", { name: "选中 H16" })[0]!);
  expect(await host.selection()).toEqual({ sheet: "公车平台经费", range: "H16" });

  fireEvent.click(screen.getByRole("button", { name: "撤销" }));
  expect(await screen.findByText("已撤销，单元格恢复为原来的内容。")).toBeTruthy();
  const after = await host.readSheet("公车平台经费");
  // Every cell holds its value, formula and number format as before: it shows the same text.
  const cells = (g: typeof after) => g.toTextRows().map((row, r) => row.map((_, c) => [g.cell(r, c)?.value ?? null, g.cell(r, c)?.formula ?? null]));
  expect(cells(after)).toEqual(cells(sheetBefore));
  expect(after.toTextRows()).toEqual(sheetBefore.toTextRows());
  expect(await host.numberFormats("公车平台经费", "A1:L40")).toEqual(formatsBefore);
});

test("a sheet without a self-evaluation says so", async () => {
  const host = await openSeed("003.xlsx");
  await host.select("公开01表", "A1");
  await renderPane(host, "scoring");
  fireEvent.click(await screen.findByRole("button", { name: "只看明细，不写入" }));
  expect(await screen.findByText("工作表“公开01表”上没有识别出自评表。请先切换到自评表所在的工作表。")).toBeTruthy();
});

test("generates a self-evaluation from the targets on this sheet", async () => {
  const host = await openSeed("000.xlsx");
  await host.select("公车平台", "A1");
  const sheetsBefore = (await host.listSheets()).length;
  await renderPane(host, "scoring");
  fireEvent.click(await screen.findByRole("button", { name: "根据本表目标生成自评表" }));
  // First the new sheet and the cells it will fill; nothing is inserted before 确认.
  const review = await screen.findByRole("group", { name: /^确认改动 \d+ 个单元格$/ }, { timeout: 20_000 });
  expect(within(review).getByText(/^将新建工作表：“.+自评”。撤销时会删除这些工作表。$/)).toBeTruthy();
  expect(within(review).getAllByText(/^工作表“.+自评”A\d+：（空） → .+/).length).toBeGreaterThan(5);
  expect((await host.listSheets()).length).toBe(sheetsBefore);
  fireEvent.click(within(review).getByRole("button", { name: /^确认改动（\d+ 个）$/ }));
  const done = await screen.findByText(/^已根据工作表“公车平台”上的“.+”生成“.+”。$/, {}, { timeout: 20_000 });
  const sheet = /生成“(.+)”。$/.exec(done.textContent ?? "")![1]!;
  expect((await host.listSheets()).length).toBe(sheetsBefore + 1);
  const [read] = await recogniseWorkbook(host, { scope: { kind: "sheet", sheet } });
  expect(read!.forms.map((f) => f.kind)).toContain("PS");
  expect((await host.selection()).sheet).toBe(sheet);
  // 撤销 removes the generated sheet again.
  expect(screen.getByText(/^已生成 1 张自评表工作表，共填入 \d+ 个单元格。$/)).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "撤销" }));
  expect(await screen.findByText("已撤销，插入的工作表已删除。")).toBeTruthy();
  expect((await host.listSheets()).map((s) => s.name)).not.toContain(sheet);
  expect((await host.listSheets()).length).toBe(sheetsBefore);
});

test("generating on a sheet without targets says so", async () => {
  const host = await openSeed("003.xlsx");
  await host.select("公开01表", "A1");
  await renderPane(host, "scoring");
  fireEvent.click(await screen.findByRole("button", { name: "根据本表目标生成自评表" }));
  expect(await screen.findByText("工作表“公开01表”上没有识别出部门整体或项目绩效目标表。")).toBeTruthy();
});
