/** The message table: every English text has the placeholders of its Chinese one, and plurals work. */
import { enUS, zhCN, type MessageKey } from "../../../src/i18n/messages";
import { translate } from "../../../src/i18n";

const placeholders = (text: string): string[] => [...new Set([...text.matchAll(/\{(\w+)(?::[^}]*)?\}/g)].map((m) => m[1]!))].sort();

test.each(Object.keys(zhCN) as MessageKey[])("%s has the same placeholders in both languages", (key) => {
  expect(enUS[key].trim()).not.toBe("");
  expect(placeholders(enUS[key])).toEqual(placeholders(zhCN[key]));
});

test("English plurals follow the count; Chinese has none", () => {
  expect(translate("en", "check.checkedWorkbook", { sheets: 1, forms: 2 })).toBe("Checked 1 sheet and recognised 2 forms.");
  expect(translate("en", "check.checkedWorkbook", { sheets: 3, forms: 1 })).toBe("Checked 3 sheets and recognised 1 form.");
  expect(translate("zh-CN", "check.checkedWorkbook", { sheets: 1, forms: 2 })).toBe("检查了 1 张工作表，识别出 2 张表格。");
});

test("an unknown placeholder stays visible rather than vanishing", () => {
  expect(translate("zh-CN", "check.failed", {})).toBe("检查没有完成：{error}");
});
