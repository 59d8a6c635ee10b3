/**
 * @jest-environment jsdom
 */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { MemoryHost } from "../../../src/hosts/memory";
import { recogniseWorkbook } from "../../../src/usecases/recognise-workbook";
import { TEMPLATES, templateId } from "../../../src/templates";
import { openTab, renderPane, resetLocale } from "./helpers";

jest.setTimeout(30_000);
beforeEach(resetLocale);

test("the gallery lists every template and previews the chosen one", async () => {
  await renderPane(MemoryHost.empty(), "templates");
  const select = (await screen.findByRole("combobox", { name: "表样" })) as HTMLSelectElement;
  expect(within(select).getAllByRole("option")).toHaveLength(TEMPLATES.length);
  const preview = screen.getByRole("group", { name: `“${TEMPLATES[0]!.name}”的预览` });
  expect(within(preview).getAllByRole("cell").length).toBeGreaterThan(10);

  const hebei = TEMPLATES.find((d) => d.kind === "PT" && d.layout === "hebei")!;
  fireEvent.change(select, { target: { value: templateId(hebei) } });
  expect(screen.getByText(hebei.description)).toBeTruthy();
  expect(screen.getByRole("group", { name: `“${hebei.name}”的预览` })).toBeTruthy();
});

test("year and unit go into the preview and into the inserted sheet", async () => {
  const host = MemoryHost.empty();
  await renderPane(host, "templates");
  const select = await screen.findByRole("combobox", { name: "表样" });
  const pt = TEMPLATES.find((d) => d.kind === "PT")!;
  fireEvent.change(select, { target: { value: templateId(pt) } });
  fireEvent.change(screen.getByRole("spinbutton", { name: "年度" }), { target: { value: "2026" } });
  fireEvent.change(screen.getByRole("textbox", { name: "填报单位" }), { target: { value: "某某区机关事务服务中心" } });
  const preview = screen.getByRole("group", { name: `“${pt.name}”的预览` });
  expect(within(preview).getAllByText(/2026/).length).toBeGreaterThan(0);

  fireEvent.click(screen.getByRole("button", { name: "插入为新工作表" }));
  const done = await screen.findByText(/^已插入新工作表“.+”。$/);
  const sheet = /“(.+)”/.exec(done.textContent ?? "")![1]!;
  expect((await host.listSheets()).map((s) => s.name)).toContain(sheet);
  expect((await host.selection()).sheet).toBe(sheet);
  const [read] = await recogniseWorkbook(host, { scope: { kind: "sheet", sheet } });
  expect(read!.forms[0]!.kind).toBe("PT");
  expect(read!.forms[0]!.header.year?.value).toBe(2026);
  // 撤销 removes the inserted sheet.
  fireEvent.click(screen.getByRole("button", { name: "撤销" }));
  expect(await screen.findByText("已撤销，插入的工作表已删除。")).toBeTruthy();
  expect((await host.listSheets()).map((s) => s.name)).toEqual(["Sheet1"]);
});

test("an impossible year disables inserting and says why", async () => {
  await renderPane(MemoryHost.empty(), "templates");
  fireEvent.change(await screen.findByRole("spinbutton", { name: "年度" }), { target: { value: "26" } });
  expect(screen.getByText("年度请填写 2000 到 2100 之间的年份。")).toBeTruthy();
  expect((screen.getByRole("button", { name: "插入为新工作表" }) as HTMLButtonElement).disabled).toBe(true);
});

test("a host that refuses the new sheet shows its message", async () => {
  const host = MemoryHost.empty();
  jest.spyOn(host, "addSheet").mockRejectedValue(new Error("工作簿受保护，不能添加工作表。"));
  await renderPane(host, "check");
  await openTab("模板");
  fireEvent.click(await screen.findByRole("button", { name: "插入为新工作表" }));
  expect(await screen.findByText("模板没有插入：工作簿受保护，不能添加工作表。")).toBeTruthy();
  await waitFor(() => expect((screen.getByRole("button", { name: "插入为新工作表" }) as HTMLButtonElement).disabled).toBe(false));
});
