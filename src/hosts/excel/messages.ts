/**
 * What the Excel host says when something fails or is left out: one Chinese sentence each, shown
 * to the clerk as is. Office.js error codes never reach the clerk bare; an unexpected one is named
 * in brackets so a support call can quote it.
 */
import { COMMON_HOST_MESSAGES, errorsOf, HostError } from "../shared/errors";
import type { XlError } from "./api";

export const EXCEL_HOST_MESSAGES = {
  ...COMMON_HOST_MESSAGES,
  tooOld: () => "此版本的 Excel 过旧（需要 ExcelApi 1.4，即 Excel 2016 的更新版本或更新的 Excel），无法使用绩效表助手。",
  tooMuchData: () => "数据量太大，Excel 无法一次处理，请缩小区域后再试。",
  notSupported: () => "当前 Excel 版本不支持这项操作。",
  failed: (code: string) => `Excel 未能完成操作（${code}），请稍后重试。`,
  // Limitations reported through ExcelHostOptions.onLimitation.
  mergesUnavailable: () => "此版本的 Excel 无法读取合并单元格（需要 ExcelApi 1.13），检查时按未合并处理。",
  tooManyMerges: (sheet: string) => `工作表“${sheet}”的合并单元格超过 512 个，Excel 无法一次报告，检查时按未合并处理。`,
  layoutSkipped: (what: string, set: string) => `此版本的 Excel 不支持${what}（需要 ExcelApi ${set}），已跳过。`,
  notesUnavailable: () => "此版本的 Excel 不能添加批注，问题只以颜色标出。",
} as const;

/** `excelError("code", …args)`: the HostError for one of the messages above. */
export const excelError = errorsOf("excel", EXCEL_HOST_MESSAGES);

export function errorCode(e: unknown): string {
  const x = e as XlError | undefined;
  return (typeof x?.code === "string" && x.code) || (typeof x?.debugInfo?.code === "string" && x.debugInfo.code) || "";
}

export function errorLocation(e: unknown): string {
  const loc = (e as XlError | undefined)?.debugInfo?.errorLocation;
  return typeof loc === "string" ? loc : "";
}

export function isPayloadError(e: unknown): boolean {
  return /PayloadSizeLimitExceeded/i.test(errorCode(e));
}

/** True when a sync failed because `WorksheetCollection.getItem` found no such sheet. */
export function isMissingSheet(e: unknown): boolean {
  return errorCode(e) === "ItemNotFound" && /^WorksheetCollection\.getItem\b/.test(errorLocation(e));
}

/** Any failure as a one-line Chinese HostError. */
export function asHostError(e: unknown, sheet?: string): HostError {
  if (e instanceof HostError) return e;
  const code = errorCode(e);
  if (sheet !== undefined && isMissingSheet(e)) return excelError("unknownSheet", sheet);
  if (isPayloadError(e)) return excelError("tooMuchData");
  if (code === "ApiNotFound") return excelError("notSupported");
  return excelError("failed", code.replace(/[^\w.-]/g, "") || "Unknown");
}
