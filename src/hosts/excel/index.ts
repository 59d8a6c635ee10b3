/** The Excel host (Office.js). See excel-host.ts. */
export { HostError } from "../shared/errors";
export { ExcelHost, type ExcelHostOptions, type BatchRunner } from "./excel-host";
export { EXCEL_HOST_MESSAGES } from "./messages";
export { MARKS_SETTING, MARK_FORMULA, MARK_TAG } from "./marks";
export { STORE_SHEET } from "./layout";
export type { XlContext } from "./api";
