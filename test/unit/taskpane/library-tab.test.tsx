/**
 * @jest-environment jsdom
 */
import { act, fireEvent, screen, within } from "@testing-library/react";
import { readCustomIndicators } from "../../../src/library";
import { formatting, openSeed, renderPane, resetLocale } from "./helpers";

jest.setTimeout(60_000);
beforeEach(resetLocale);

const SHEET = "零星维修购置及各类合同";

async function cellText(host: Awaited<ReturnType<typeof openSeed>>, ref: string): Promise<string> {
  const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
  const col = m[1]!.charCodeAt(0) - 65;
  return (await host.readSheet(SHEET, ref)).cell(Number(m[2]) - 1, col)?.text ?? "";
}

test("a selected 三级 cell gets suggestions of its category; 插入 shows the cells, writes after 确认, keeps the clerk's target, and 撤销 puts the row back", async () => {
  const host = await openSeed("000.xlsx");
  await host.select(SHEET, "D12");
  const before = formatting(host);
  await renderPane(host, "library");
  expect(await screen.findByText(`选中的是工作表“${SHEET}”的 D12：“零星维修购置及各类合同”中的指标“总费用控制”。`, undefined, { timeout: 20_000 })).toBeTruthy();
  const list = screen.getByRole("list", { name: "推荐的指标" });
  const names = within(list).getAllByRole("listitem").map((li) => li.querySelector("span span")?.textContent ?? "");
  // A 成本 row (产出成本 in this 88号-style table) is offered 成本 indicators only.
  expect(names).toContain("项目总成本");
  expect(names).not.toContain("服务对象满意度");

  fireEvent.click(within(list).getByRole("button", { name: "把“项目总成本”插入到选中的指标行" }));
  const review = await screen.findByRole("group", { name: "确认改动 1 个单元格" });
  expect(within(review).getByText("D12：总费用控制 → 项目总成本")).toBeTruthy();
  expect(screen.getByText("E12 已有内容“80万元以内”，保留不变。")).toBeTruthy();
  expect(await cellText(host, "D12")).toBe("总费用控制");

  fireEvent.click(within(review).getByRole("button", { name: "确认改动（1 个）" }));
  expect(await screen.findByText("已把指标“项目总成本”填入 1 个单元格。")).toBeTruthy();
  expect(await cellText(host, "D12")).toBe("项目总成本");
  expect(await cellText(host, "E12")).toBe("80万元以内");

  fireEvent.click(screen.getByRole("button", { name: "撤销" }));
  expect(await screen.findByText("已撤销，单元格恢复为原来的内容。")).toBeTruthy();
  expect(await cellText(host, "D12")).toBe("总费用控制");
  expect(formatting(host)).toBe(before);
});

test("an empty row gets the name and a target skeleton; a cell outside every form says so", async () => {
  const host = await openSeed("000.xlsx");
  await host.select(SHEET, "A1");
  await renderPane(host, "library");
  expect(await screen.findByText(`选中的 A1（工作表“${SHEET}”）不在已识别的绩效目标表或自评表的指标行上。请选中某一行的三级指标单元格。`, undefined, { timeout: 20_000 })).toBeTruthy();
  expect(screen.queryByRole("list", { name: "推荐的指标" })).toBeNull();

  // Row 13 is 经济效益 with 三级 “无”: the row is free.
  await host.select(SHEET, "D13");
  fireEvent.click(screen.getByRole("button", { name: "重新读取选中的单元格" }));
  expect(await screen.findByText(/的 D13：“零星维修购置及各类合同”中的指标“无”。/)).toBeTruthy();
  const list = screen.getByRole("list", { name: "推荐的指标" });
  fireEvent.click(within(list).getAllByRole("button", { name: /^把“.+”插入到选中的指标行$/ })[0]!);
  const review = await screen.findByRole("group", { name: "确认改动 2 个单元格" });
  expect(within(review).getByText(/^D13：无 → /)).toBeTruthy();
  expect(within(review).getByText(/^E13：（空） → [≥≤=]/)).toBeTruthy();
  fireEvent.click(within(review).getByRole("button", { name: "取消" }));
  expect(await cellText(host, "D13")).toBe("无");
});

test("search by name and area; a unit's own indicator is saved in the workbook, searchable, exportable and removable", async () => {
  const host = await openSeed("000.xlsx");
  await host.select(SHEET, "A1");
  await renderPane(host, "library");
  fireEvent.change(screen.getByRole("searchbox", { name: "指标名称或关键词（多个词用空格分开）" }), { target: { value: "接种" } });
  const results = await screen.findByRole("list", { name: "查找指标" });
  expect(within(results).getByText("适龄儿童国家免疫规划疫苗接种率")).toBeTruthy();
  expect(screen.getByRole("status").textContent).toBe("找到 1 项指标。");
  fireEvent.change(screen.getByRole("combobox", { name: "适用领域" }), { target: { value: "教育" } });
  expect(screen.getByRole("status").textContent).toBe("找到 0 项指标。");
  fireEvent.change(screen.getByRole("combobox", { name: "适用领域" }), { target: { value: "医疗卫生" } });
  expect(screen.getByRole("status").textContent).toBe("找到 1 项指标。");
  fireEvent.change(screen.getByRole("combobox", { name: "适用领域" }), { target: { value: "" } });

  fireEvent.click(screen.getByRole("button", { name: "添加本单位指标" }));
  const form = screen.getByRole("group", { name: "添加本单位指标" });
  fireEvent.click(within(form).getByRole("button", { name: "保存到本工作簿" }));
  expect(within(form).getByText("请填写三级指标（指标名称）。")).toBeTruthy();
  fireEvent.change(within(form).getByRole("textbox", { name: /三级指标/ }), { target: { value: "档案数字化页数" } });
  fireEvent.change(within(form).getByRole("textbox", { name: /指标解释/ }), { target: { value: "完成扫描并挂接的档案页数。" } });
  fireEvent.change(within(form).getByRole("textbox", { name: /计量单位/ }), { target: { value: "页" } });
  fireEvent.change(within(form).getByRole("textbox", { name: /典型指标值/ }), { target: { value: "≥X页" } });
  fireEvent.click(within(form).getByRole("button", { name: "保存到本工作簿" }));
  expect(await screen.findByText("已把“档案数字化页数”保存到本工作簿的本单位指标中。")).toBeTruthy();
  const saved = await readCustomIndicators(host);
  expect(saved.indicators.map((i) => [i.level3, i.unit, i.target, i.sources])).toEqual([["档案数字化页数", "页", "≥X页", ["unit"]]]);
  expect(within(screen.getByRole("list", { name: "本单位指标" })).getByText("档案数字化页数")).toBeTruthy();

  fireEvent.change(screen.getByRole("searchbox", { name: "指标名称或关键词（多个词用空格分开）" }), { target: { value: "档案 页数" } });
  expect(within(await screen.findByRole("list", { name: "查找指标" })).getByText("档案数字化页数")).toBeTruthy();

  const urls: Blob[] = [];
  const create = jest.fn((b: Blob) => (urls.push(b), "blob:own"));
  Object.assign(URL, { createObjectURL: create, revokeObjectURL: jest.fn() });
  const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
  fireEvent.click(screen.getByRole("button", { name: "导出本单位指标" }));
  expect(click).toHaveBeenCalled();
  const text = await new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(urls[0]!);
  });
  expect(JSON.parse(text).map((i: { level3: string }) => i.level3)).toEqual(["档案数字化页数"]);
  click.mockRestore();

  await act(async () => fireEvent.click(screen.getByRole("button", { name: "删除本单位指标“档案数字化页数”" })));
  expect(await screen.findByText("已删除本单位指标“档案数字化页数”。")).toBeTruthy();
  expect((await readCustomIndicators(host)).indicators).toEqual([]);
});
