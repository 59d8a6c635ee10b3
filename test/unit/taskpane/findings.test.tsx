/**
 * @jest-environment jsdom
 */
import { act, fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { setLocale } from "../../../src/i18n";
import type { Finding } from "../../../src/rules/types";
import { triage } from "../../../src/taskpane/CheckTab";
import { cellTarget, FindingsList, groupFindings, type FindingsProps } from "../../../src/taskpane/components/Findings";

beforeEach(() => act(() => setLocale("zh-CN")));

const none = { onSelect: () => undefined, onIgnore: () => undefined, onFix: () => undefined, onUnignore: () => undefined };

function list(props: Partial<FindingsProps> & Pick<FindingsProps, "groups">) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <FindingsList {...none} {...props} />
    </FluentProvider>,
  );
}

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
  list({ groups: groupFindings([], [crossSheet, workbookWide]), onSelect });
  expect(screen.getByText("请按各自项目填写。")).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "选中 项目B!C15" }));
  expect(onSelect).toHaveBeenLastCalledWith(crossSheet, crossSheet.cells[1]);
  fireEvent.click(screen.getByRole("button", { name: "警告：两张表的指标一字不差。 点击选中 C12。" }));
  expect(onSelect).toHaveBeenLastCalledWith(crossSheet, crossSheet.cells[0]);
  // A finding without cells is plain text, not a button.
  expect(screen.getByText("各表的类级数字不一致。").closest("button")).toBeNull();
});

test("past the open budget, a form's problems open on demand", () => {
  list({ groups: groupFindings([], [crossSheet]), openBudget: 0 });
  expect(screen.queryByText("两张表的指标一字不差。")).toBeNull();
  fireEvent.click(screen.getByRole("button", { name: "“项目A绩效目标表”的 1 个问题" }));
  expect(screen.getByText("两张表的指标一字不差。")).toBeTruthy();
});

const doubled: Finding = {
  rule: "VAL-01",
  messageId: "doubledNumber",
  severity: "error",
  sheet: "项目A",
  cells: [{ ref: "D7", text: "≥9090%" }],
  message: "D7 的指标值“≥9090%”中的数字“9090”像是把“90”重复输入了两次，这个值超过了 100%，显然不对。请核对后改为“≥90%”，如果确实是其他数值，请按实际填写。".repeat(2),
  form: { kind: "PT", range: "A1:F20", title: "项目A绩效目标表" },
  fix: { ref: "D7", value: "≥90%", from: "≥9090%" },
};
const doubled2: Finding = { ...doubled, cells: [{ ref: "D8", text: "≥8585%" }], message: "D8 重复。", fix: { ref: "D8", value: "≥85%", from: "≥8585%" } };

test("a fix is offered on the card, all of a rule's fixes on its group; long messages fold with 展开", () => {
  const onFix = jest.fn();
  list({ groups: groupFindings([], [doubled, doubled2]), onFix });
  fireEvent.click(screen.getByRole("button", { name: "把 D7 改为“≥90%”" }));
  expect(onFix).toHaveBeenLastCalledWith([doubled], expect.any(String));
  fireEvent.click(screen.getByRole("button", { name: "全部改正（2 处）" }));
  expect(onFix).toHaveBeenLastCalledWith([doubled, doubled2], expect.any(String));
  // The long message is folded with 展开; the short one is not.
  const unfold = screen.getAllByRole("button", { name: "展开" });
  expect(unfold).toHaveLength(1);
  fireEvent.click(unfold[0]!);
  expect(screen.getByRole("button", { name: "收起" }).getAttribute("aria-expanded")).toBe("true");
});

test("忽略 asks where: this cell, this form or the workbook, and confirms beside the button", () => {
  const onIgnore = jest.fn();
  const view = list({ groups: groupFindings([], [doubled]), onIgnore });
  fireEvent.click(screen.getByRole("button", { name: "忽略…" }));
  const ask = screen.getByRole("group", { name: "在哪里忽略规则 VAL-01" });
  expect(screen.getByRole("radio", { name: "只忽略这个单元格（D7）" })).toBeTruthy();
  fireEvent.click(screen.getByRole("radio", { name: "忽略这张表中的这类问题" }));
  fireEvent.click(ask.querySelector("button")!);
  expect(onIgnore).toHaveBeenLastCalledWith(doubled, "form");
  const onUnignore = jest.fn();
  view.rerender(
    <FluentProvider theme={webLightTheme}>
      <FindingsList {...none} groups={groupFindings([], [doubled])} ignoredHere={{ key: "VAL-01|项目A|doubledNumber|!D7", scope: "form", rule: "VAL-01" }} onUnignore={onUnignore} />
    </FluentProvider>,
  );
  expect(screen.getByText("已忽略这张表中的这类问题（规则 VAL-01）。")).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "撤销忽略" }));
  expect(onUnignore).toHaveBeenCalled();
});

test("triage: forms with errors first, a severity filter, only forms with problems", () => {
  const clean = { kind: "PT", sheet: "甲", range: "A1:F20" } as never;
  const warn: Finding = { ...crossSheet, sheet: "乙", form: { kind: "PT", range: "A1:F20", title: "乙" } };
  const err: Finding = { ...doubled, sheet: "丙", form: { kind: "PT", range: "A1:F20", title: "丙" } };
  const groups = groupFindings([clean], [warn, err]);
  expect(triage(groups, undefined, false).map((g) => g.sheet)).toEqual(["丙", "乙", "甲"]);
  expect(triage(groups, undefined, true).map((g) => g.sheet)).toEqual(["丙", "乙"]);
  expect(triage(groups, "warning", false).map((g) => g.sheet)).toEqual(["乙"]);
});
