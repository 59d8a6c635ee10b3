/**
 * @jest-environment jsdom
 */
import { act, fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { setLocale } from "../../../src/i18n";
import type { Finding } from "../../../src/rules/types";
import { cellTarget, FindingsList, groupFindings } from "../../../src/taskpane/components/Findings";

beforeEach(() => act(() => setLocale("zh-CN")));

const crossSheet: Finding = {
  rule: "XDOC-01",
  messageId: "copied",
  severity: "warning",
  sheet: "项目A",
  cells: [
    { ref: "C12", text: "完成数量" },
    { ref: "C15", text: "完成数量", sheet: "项目B" },
  ],
  message: "两张表的指标一字不差。",
  hint: "请按各自项目填写。",
  form: { kind: "PT", range: "A1:F20", title: "项目A绩效目标表" },
};
const workbookWide: Finding = { rule: "JS-13", messageId: "x", severity: "error", sheet: "", cells: [], message: "各表的类级数字不一致。" };

test("findings are grouped by form, then by rule; workbook-wide ones last", () => {
  const groups = groupFindings([], [workbookWide, crossSheet]);
  expect(groups.map((g) => g.key === "" ? "workbook" : g.sheet)).toEqual(["项目A", "workbook"]);
  expect(groups[0]!.rules.map((r) => r.rule)).toEqual(["XDOC-01"]);
});

test("a cell on another sheet is selected on that sheet", () => {
  expect(cellTarget(crossSheet, crossSheet.cells[1]!)).toEqual({ sheet: "项目B", range: "C15" });
  expect(cellTarget(crossSheet, crossSheet.cells[0]!)).toEqual({ sheet: "项目A", range: "C12" });
  const onSelect = jest.fn();
  render(
    <FluentProvider theme={webLightTheme}>
      <FindingsList groups={groupFindings([], [crossSheet, workbookWide])} onSelect={onSelect} onIgnore={() => undefined} expanded />
    </FluentProvider>,
  );
  expect(screen.getByText("请按各自项目填写。")).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "选中 项目B!C15" }));
  expect(onSelect).toHaveBeenLastCalledWith(crossSheet, crossSheet.cells[1]);
  fireEvent.click(screen.getByRole("button", { name: "警告：两张表的指标一字不差。 点击选中 C12。" }));
  expect(onSelect).toHaveBeenLastCalledWith(crossSheet, crossSheet.cells[0]);
  // A finding without cells is plain text, not a button.
  expect(screen.getByText("各表的类级数字不一致。").closest("button")).toBeNull();
});

test("a big result starts folded: the problems open on demand", () => {
  render(
    <FluentProvider theme={webLightTheme}>
      <FindingsList groups={groupFindings([], [crossSheet])} onSelect={() => undefined} onIgnore={() => undefined} expanded={false} />
    </FluentProvider>,
  );
  expect(screen.queryByText("两张表的指标一字不差。")).toBeNull();
  fireEvent.click(screen.getByRole("button", { name: "“项目A绩效目标表”的 1 个问题" }));
  expect(screen.getByText("两张表的指标一字不差。")).toBeTruthy();
});
