/**
 * @jest-environment jsdom
 */
import { fireEvent, screen, within } from "@testing-library/react";
import { MemoryHost } from "../../../src/hosts/memory";
import { recogniseWorkbook } from "../../../src/usecases/recognise-workbook";
import { renderPane, resetLocale, seedText } from "./helpers";

jest.setTimeout(60_000);
beforeEach(resetLocale);

test("pasted text: the forms found are previewed, then inserted on their layouts", async () => {
  const host = MemoryHost.empty();
  await renderPane(host, "import");
  const text = seedText("000.txt");
  fireEvent.change(await screen.findByRole("textbox", { name: "粘贴的文字" }), { target: { value: text } });
  fireEvent.click(screen.getByRole("button", { name: "识别表格" }));
  const found = await screen.findByText(/^找到 \d+ 张表格。$/);
  const count = Number(/\d+/.exec(found.textContent ?? "")![0]);
  expect(count).toBeGreaterThan(0);
  // Words a clerk uses: form names and template names, never codes like PT or PT/hunan-2021.
  const list = found.parentElement!.textContent ?? "";
  expect(list).not.toMatch(/\b(DT|ST|PT|DS|PS|JS|JN)\b/);
  expect(list).toMatch(/按“.+”插入/);

  fireEvent.click(screen.getByRole("button", { name: `按表样插入所选表格（${count} 张）` }));
  const review = await screen.findByRole("group", { name: /^确认改动 \d+ 个单元格$/ });
  fireEvent.click(within(review).getByRole("button", { name: /^确认改动（\d+ 个）$/ }));
  const inserted = await screen.findAllByText(/^已按“.+”插入工作表“.+”。$/, {}, { timeout: 30_000 });
  expect(inserted.length).toBeGreaterThan(0);
  const sheets = (await host.listSheets()).map((s) => s.name);
  const first = /工作表“(.+)”。$/.exec(inserted[0]!.textContent ?? "")![1]!;
  expect(inserted[0]!.textContent).not.toMatch(/\b(DT|ST|PT|DS|PS|JS)\b/);
  expect(sheets).toContain(first);
  const [read] = await recogniseWorkbook(host, { scope: { kind: "sheet", sheet: first } });
  expect(read!.forms.length).toBeGreaterThan(0);
});

test("text without a form can still go in as it is", async () => {
  const host = MemoryHost.empty();
  await renderPane(host, "import");
  fireEvent.change(await screen.findByRole("textbox", { name: "粘贴的文字" }), { target: { value: "项目\t金额\n办公费\t1,200.50\n=SUM(B2)\t01" } });
  fireEvent.click(screen.getByRole("button", { name: "识别表格" }));
  expect(await screen.findByText("没有在文字中找到绩效表格。")).toBeTruthy();
  expect(screen.queryByRole("button", { name: /^按表样插入所选表格/ })).toBeNull();
  fireEvent.click(screen.getByRole("button", { name: "按原样插入文字" }));
  const done = await screen.findByText(/^已把文字按原样插入工作表“.+”。$/);
  const sheet = /“(.+)”/.exec(done.textContent ?? "")![1]!;
  const grid = await host.readSheet(sheet);
  expect(grid.cell(1, 1)?.value).toBe(1200.5);
  // Text that looks like a formula stays text; a code with a leading zero stays text.
  expect(grid.cell(2, 0)?.value).toBe("=SUM(B2)");
  expect(grid.cell(2, 0)?.formula).toBeFalsy();
  expect(grid.cell(2, 1)?.value).toBe("01");
});

test("nothing pasted asks for text", async () => {
  await renderPane(MemoryHost.empty(), "import");
  fireEvent.click(await screen.findByRole("button", { name: "识别表格" }));
  expect(await screen.findByText("请先粘贴文字。")).toBeTruthy();
});

test("a form's details can be opened in the preview", async () => {
  await renderPane(MemoryHost.empty(), "import");
  fireEvent.change(await screen.findByRole("textbox", { name: "粘贴的文字" }), { target: { value: seedText("000.txt") } });
  fireEvent.click(screen.getByRole("button", { name: "识别表格" }));
  await screen.findByText(/^找到 \d+ 张表格。$/);
  const cards = screen.getAllByRole("listitem").filter((li) => within(li).queryByText("读取到的内容"));
  expect(cards.length).toBeGreaterThan(0);
});

test("two documents pasted together: every form is listed by its project or unit with a check box, only the ticked ones go in, after a preview, and 撤销 removes them", async () => {
  const host = MemoryHost.empty();
  await renderPane(host, "import");
  // Seed 002 (甘肃) holds a department form and eight projects; pasted twice over, as two documents.
  const text = `${seedText("002.txt")}\n\n${seedText("002.txt")}`;
  fireEvent.change(await screen.findByRole("textbox", { name: "粘贴的文字" }), { target: { value: text } });
  fireEvent.click(screen.getByRole("button", { name: "识别表格" }));
  expect(await screen.findByText("找到 18 张表格。")).toBeTruthy();
  const list = screen.getByRole("list", { name: "选择要插入的表格" });
  const boxes = within(list).getAllByRole("checkbox");
  expect(boxes).toHaveLength(18);
  expect(boxes.every((b) => (b as HTMLInputElement).checked)).toBe(true);
  // Named by project or unit, not by the form's kind.
  expect(within(list).getAllByText("2024年公务接待费")).toHaveLength(2);
  expect(within(list).getAllByText("和政县机关事务管理局")).toHaveLength(2);
  expect(within(list).getAllByRole("checkbox", { name: "2024年公务接待费" })).toHaveLength(2);
  // Untick all but the two 公务接待费 forms.
  for (const box of boxes) if (box.getAttribute("aria-label") !== "2024年公务接待费") fireEvent.click(box);
  fireEvent.click(screen.getByRole("button", { name: "按表样插入所选表格（2 张）" }));
  const review = await screen.findByRole("group", { name: /^确认改动 \d+ 个单元格$/ });
  expect(within(review).getByText(/^将新建工作表：“2024年公务接待费”、“2024年公务接待费”。/)).toBeTruthy();
  expect(within(review).getAllByText(/^工作表“2024年公务接待费”A\d+：（空） → /).length).toBeGreaterThan(0);
  expect((await host.listSheets()).length).toBe(1);
  fireEvent.click(within(review).getByRole("button", { name: /^确认改动（\d+ 个）$/ }));
  expect(await screen.findByText(/^已插入 2 张工作表，共填入 \d+ 个单元格。$/, {}, { timeout: 30_000 })).toBeTruthy();
  const names = (await host.listSheets()).map((s) => s.name);
  expect(names).toHaveLength(3);
  expect(names.slice(1).every((n) => n.startsWith("2024年公务接待费"))).toBe(true);
  fireEvent.click(screen.getByRole("button", { name: "撤销" }));
  expect(await screen.findByText("已撤销，插入的工作表已删除。")).toBeTruthy();
  expect((await host.listSheets()).map((s) => s.name)).toEqual(["Sheet1"]);
});

test("tables that could not be read are listed with the reason", async () => {
  await renderPane(MemoryHost.empty(), "import");
  const text = "2021年项目支出绩效目标表\n\n名称\t数量\t备注\n办公桌\t3\t无\n椅子\t5\t无\n";
  fireEvent.change(await screen.findByRole("textbox", { name: "粘贴的文字" }), { target: { value: text } });
  fireEvent.click(screen.getByRole("button", { name: "识别表格" }));
  const unread = await screen.findByRole("region", { name: "没有读出的表格（1 张）" });
  expect(within(unread).getByText("第 1 行起的“2021年项目支出绩效目标表”：不是绩效目标表、自评表或决算表的样式（没有找到它们的表头和栏目）")).toBeTruthy();
});
