/**
 * The task pane's texts. zh-CN is the reference table: every key it has must exist in every other
 * locale (the type below enforces it). Placeholders are written {name} and filled by t().
 * Messages are complete sentences, so the pane never glues fragments together.
 */
export const zhCN = {
  "app.title": "绩效表助手",
  "tab.check": "检查",
  "tab.templates": "模板",
  "tab.scoring": "评分",
  "tab.import": "导入",
  "tab.settings": "设置",

  "check.intro": "读取当前工作簿，列出每张工作表中识别出的绩效表格。",
  "check.read": "读取本工作簿",
  "check.reading": "正在读取工作簿……",
  "check.noSheets": "这个工作簿没有工作表。",
  "check.noForms": "本表未识别出绩效表格。",
  "check.formCount": "本表识别出 {count} 张表格。",
  "check.range": "区域：{range}",
  "check.indicators": "指标：{count} 项",
  "check.untitled": "（无标题）",
  "check.failed": "读取工作簿失败：{error}",

  "later.templates": "插入模板功能将在后续版本中提供。",
  "later.scoring": "评分功能将在后续版本中提供。",
  "later.import": "导入功能将在后续版本中提供。",

  "settings.language": "界面语言",
  "settings.languageHint": "切换后界面立即使用所选语言。",

  "host.memory": "当前为浏览器预览，工作簿只保存在本页面中。",
  "host.excel": "当前运行在 Excel 中。",
  "host.wps": "当前运行在 WPS 表格中。",
  "boot.loading": "正在启动……",
  "boot.wpsComing": "已检测到 WPS 表格。WPS 支持正在开发中，将在后续版本中提供。",
  "boot.excelComing": "已检测到 Excel。Excel 宿主接口正在开发中，将在后续版本中提供。",

  "preview.title": "绩效表助手 · 浏览器预览",
  "preview.sample": "示例工作簿",
  "preview.emptyWorkbook": "空白工作簿",
  "preview.open": "打开本地 .xlsx 文件",
  "preview.download": "下载工作簿",
  "preview.loading": "正在打开工作簿……",
  "preview.openFailed": "无法打开这个文件：{error}",
  "preview.saveFailed": "无法保存工作簿：{error}",
  "preview.emptySheet": "这张工作表是空的。",
  "preview.noSheets": "这个工作簿没有工作表。",
  "preview.truncated": "这张表较大，预览只显示前 {rows} 行、{cols} 列。",
  "preview.privacy": "文件只在本浏览器中处理，不会上传到任何服务器。",
} as const;

export type MessageKey = keyof typeof zhCN;
export type MessageTable = Record<MessageKey, string>;

export const enUS: MessageTable = {
  "app.title": "Performance Form Assistant",
  "tab.check": "Check",
  "tab.templates": "Templates",
  "tab.scoring": "Scoring",
  "tab.import": "Import",
  "tab.settings": "Settings",

  "check.intro": "Read the current workbook and list the performance forms found on each sheet.",
  "check.read": "Read this workbook",
  "check.reading": "Reading the workbook…",
  "check.noSheets": "This workbook has no sheets.",
  "check.noForms": "No performance form was recognised on this sheet.",
  "check.formCount": "{count} form(s) were recognised on this sheet.",
  "check.range": "Range: {range}",
  "check.indicators": "Indicators: {count}",
  "check.untitled": "(untitled)",
  "check.failed": "The workbook could not be read: {error}",

  "later.templates": "Inserting templates arrives in a later version.",
  "later.scoring": "Scoring arrives in a later version.",
  "later.import": "Importing arrives in a later version.",

  "settings.language": "Language",
  "settings.languageHint": "The pane switches to the chosen language at once.",

  "host.memory": "This is the browser preview; the workbook lives only in this page.",
  "host.excel": "Running in Excel.",
  "host.wps": "Running in WPS Spreadsheets.",
  "boot.loading": "Starting…",
  "boot.wpsComing": "WPS Spreadsheets was detected. WPS support is being built and arrives in a later version.",
  "boot.excelComing": "Excel was detected. The Excel host is being built and arrives in a later version.",

  "preview.title": "Performance Form Assistant · Browser preview",
  "preview.sample": "Sample workbook",
  "preview.emptyWorkbook": "Empty workbook",
  "preview.open": "Open a local .xlsx file",
  "preview.download": "Download workbook",
  "preview.loading": "Opening the workbook…",
  "preview.openFailed": "This file could not be opened: {error}",
  "preview.saveFailed": "The workbook could not be saved: {error}",
  "preview.emptySheet": "This sheet is empty.",
  "preview.noSheets": "This workbook has no sheets.",
  "preview.truncated": "This sheet is large; the preview shows only the first {rows} rows and {cols} columns.",
  "preview.privacy": "Files are processed in this browser only and are never uploaded.",
};
