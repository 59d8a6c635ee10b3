/**
 * @jest-environment jsdom
 */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { MemoryHost } from "../../../src/hosts/memory";
import { loadSettings, setRuleIgnored } from "../../../src/usecases/settings";
import { openSeed, openTab, renderPane, resetLocale } from "./helpers";

// The check tab is loaded on demand and compiled on first use; a busy machine needs more than 5 s.
jest.setTimeout(30_000);

beforeEach(resetLocale);

test("switches the pane to English and back", async () => {
  const host = MemoryHost.empty();
  await renderPane(host, "settings");
  fireEvent.click(screen.getByRole("radio", { name: "English" }));
  expect(await screen.findByRole("tab", { name: "Check" })).toBeTruthy();
  expect(screen.getByText("Performance Form Assistant")).toBeTruthy();
  expect(screen.getByRole("radio", { name: "Only the older framework (No. 88: costs under outputs)" })).toBeTruthy();
  expect(localStorage.getItem("jixiao.locale")).toBe("en");
  await waitFor(async () => expect((await loadSettings(host)).locale).toBe("en"));

  await openTab("Check");
  fireEvent.click(screen.getByRole("button", { name: "Check" }));
  expect(await screen.findByText("Checked 1 sheet and recognised 0 forms.")).toBeTruthy();
  expect(screen.getByText(/^No performance form was recognised in this workbook, so nothing was checked\./)).toBeTruthy();
  expect(screen.queryByText("No problems were found.")).toBeNull();

  await openTab("Settings");
  fireEvent.click(screen.getByRole("radio", { name: "中文" }));
  expect(await screen.findByRole("tab", { name: "检查" })).toBeTruthy();
});

test("region profile, framework and money tolerance are stored in the workbook", async () => {
  const host = MemoryHost.empty();
  await renderPane(host, "settings");
  await waitFor(() => expect((screen.getByRole("combobox", { name: "地区规则" }) as HTMLSelectElement).disabled).toBe(false));

  fireEvent.change(screen.getByRole("combobox", { name: "地区规则" }), { target: { value: "gansu" } });
  await screen.findByText("已保存到本工作簿。");
  expect((await loadSettings(host)).profile).toBe("gansu");
  // 甘肃 accepts only the 101 framework: the "as the region says" choice says so.
  expect(screen.getByRole("radio", { name: "按地区规则（新体系，101号文）" })).toBeTruthy();

  fireEvent.click(screen.getByRole("radio", { name: "新旧两种指标体系都可以" }));
  await waitFor(async () => expect((await loadSettings(host)).frameworks).toEqual(["88", "101"]));

  const tolerance = screen.getByRole("spinbutton", { name: "金额容差（每个加数）" });
  fireEvent.change(tolerance, { target: { value: "0.05" } });
  fireEvent.blur(tolerance);
  await waitFor(async () => expect((await loadSettings(host)).moneyTolerance).toBe(0.05));

  fireEvent.change(tolerance, { target: { value: "500" } });
  fireEvent.blur(tolerance);
  expect(await screen.findByText("请填写 0 到 100 之间的数字，或者留空。")).toBeTruthy();
  expect((await loadSettings(host)).moneyTolerance).toBe(0.05);

  fireEvent.change(tolerance, { target: { value: "" } });
  fireEvent.blur(tolerance);
  await waitFor(async () => expect((await loadSettings(host)).moneyTolerance).toBeUndefined());
});

test("settings already in the workbook are shown, ignored rules can be checked again", async () => {
  const host = MemoryHost.empty();
  await host.setSetting("settings", { profile: "sichuan", locale: "zh-CN", moneyTolerance: 0.1 });
  await setRuleIgnored(host, "VAL-02", true);
  await renderPane(host, "settings");
  expect(await screen.findByDisplayValue("0.1")).toBeTruthy();
  expect((screen.getByRole("combobox", { name: "地区规则" }) as HTMLSelectElement).value).toBe("sichuan");
  fireEvent.click(await screen.findByRole("button", { name: "恢复检查规则 VAL-02" }));
  expect(await screen.findByText("本工作簿没有忽略任何规则。")).toBeTruthy();
  expect(await host.getSetting("ignoredRules")).toEqual([]);
});

test("a workbook whose settings cannot be saved says so", async () => {
  const host = MemoryHost.empty();
  jest.spyOn(host, "setSetting").mockRejectedValue(new Error("工作簿是只读的。"));
  await renderPane(host, "settings");
  await waitFor(() => expect((screen.getByRole("combobox", { name: "地区规则" }) as HTMLSelectElement).disabled).toBe(false));
  fireEvent.change(screen.getByRole("combobox", { name: "地区规则" }), { target: { value: "hebei" } });
  expect(await screen.findByText("设置没有保存：工作簿是只读的。")).toBeTruthy();
});

test("until a region is chosen, 设置 shows the one inferred from the forms (a 湖南 layout → 湖南)", async () => {
  const host = await openSeed("000.xlsx");
  await renderPane(host, "settings");
  expect(await screen.findByText("地区规则：湖南（按表样自动识别，可修改）", {}, { timeout: 20_000 })).toBeTruthy();
  expect((screen.getByRole("combobox", { name: "地区规则" }) as HTMLSelectElement).value).toBe("hunan");
});

test("the month 运行监控 is checked to is chosen in 设置 and stored in the workbook; 自动 removes it", async () => {
  const host = MemoryHost.empty();
  await renderPane(host, "settings");
  const month = () => screen.getByRole("combobox", { name: "运行监控截至月份" }) as HTMLSelectElement;
  await waitFor(() => expect(month().disabled).toBe(false));
  expect(month().value).toBe("");
  fireEvent.change(month(), { target: { value: "7" } });
  await waitFor(async () => expect((await loadSettings(host)).monitorMonth).toBe(7));
  expect(month().value).toBe("7");
  fireEvent.change(month(), { target: { value: "" } });
  await waitFor(async () => expect((await loadSettings(host)).monitorMonth).toBeUndefined());
});
