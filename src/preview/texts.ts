/**
 * The preview's own few words that the shared message table (src/i18n) does not hold: the grid's
 * labels for screen readers, the name box and the readable names of the sample workbooks.
 * Same locales and placeholders as src/i18n.
 */
import { getLocale, type Params } from "../i18n";

const zhCN = {
  sheetTabs: "工作表",
  sheetRegion: "工作表“{sheet}”的内容",
  sheetTable: "工作表“{sheet}”",
  nameBox: "选中的单元格",
  selected: "已选中 {sheet}!{ref}",
  noSelection: "未选中单元格",
  truncated: "这张表有 {rows} 行、{cols} 列，预览只画出前 {shownRows} 行、{shownCols} 列。",
  keysHint: "方向键移动选中的单元格，Shift+方向键扩展选区。",
  pane: "任务窗格",
  workbook: "工作簿",
} as const;

type Key = keyof typeof zhCN;

const en: Record<Key, string> = {
  sheetTabs: "Sheets",
  sheetRegion: "Contents of sheet “{sheet}”",
  sheetTable: "Sheet “{sheet}”",
  nameBox: "Selected cell",
  selected: "Selected {sheet}!{ref}",
  noSelection: "No cell selected",
  truncated: "This sheet has {rows} rows and {cols} columns; the preview draws only the first {shownRows} rows and {shownCols} columns.",
  keysHint: "Arrow keys move the selected cell; Shift+arrow keys extend the selection.",
  pane: "Task pane",
  workbook: "Workbook",
};

export function p(key: Key, params?: Params): string {
  const text: string = getLocale() === "en" ? en[key] : zhCN[key];
  return params ? text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole)) : text;
}

/**
 * Readable names of the seed workbooks (test/fixtures/seeds), shown in the sample picker:
 * number, region and year, what the workbook holds.
 */
const SAMPLE_NAMES: Record<string, { "zh-CN": string; en: string }> = {
  "000.xlsx": { "zh-CN": "000 湖南2021 目标表", en: "000 Hunan 2021 target forms" },
  "001.xlsx": { "zh-CN": "001 河北2020 项目目标表", en: "001 Hebei 2020 project target forms" },
  "002.xlsx": { "zh-CN": "002 甘肃2024 目标表", en: "002 Gansu 2024 target forms" },
  "003.xlsx": { "zh-CN": "003 湖南2021 决算与自评表", en: "003 Hunan 2021 final accounts and self-evaluations" },
  "004.xlsx": { "zh-CN": "004 河北2025 项目目标表", en: "004 Hebei 2025 project target forms" },
};

/** "003.xlsx" → "003 湖南2021 决算与自评表"; any other file → its name without ".xlsx". */
export function sampleName(file: string): string {
  const known = SAMPLE_NAMES[file];
  if (known) return known[getLocale()] ?? known["zh-CN"];
  return file.replace(/\.xlsx$/i, "");
}
