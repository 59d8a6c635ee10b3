/** The Excel host (Office.js). See excel-host.ts. */
export { ExcelHost, type ExcelHostOptions, type BatchRunner } from "./excel-host";
export { ExcelHostError, EXCEL_HOST_MESSAGES } from "./messages";
export { MARKS_SETTING, MARK_FORMULA, MARK_TAG } from "./marks";
export { STORE_SHEET } from "./layout";
export type { XlContext } from "./api";
