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

  fireEvent.click(screen.getByRole("button", { name: "按表样插入为工作表" }));
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
  expect(screen.queryByRole("button", { name: "按表样插入为工作表" })).toBeNull();
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
