/**
 * What the in-memory host says when it refuses something: one Chinese sentence each, shown to the
 * clerk as is (the CLI prints it, the browser preview puts it in a banner). exceljs's own errors
 * and stacks never reach the clerk.
 */
import { COMMON_HOST_MESSAGES, errorsOf } from "../shared/errors";
export const MEMORY_HOST_MESSAGES = {
  ...COMMON_HOST_MESSAGES,
  emptyFile: () => "无法读取该文件：文件是空的。",
  notXlsx: () => "无法读取该文件：它不是有效的 .xlsx 工作簿。",
  legacyOrEncrypted: () => "无法读取该文件：它是旧版 .xls 文件或设有打开密码的工作簿，请在 Excel 或 WPS 中另存为不加密的 .xlsx 后再试。",
  saveFailed: () => "无法保存工作簿：生成 .xlsx 文件时出错。",
  readOnly: () => "这个工作簿是以只读方式打开的，不能修改；请用会写出新文件的命令（例如 check --annotate）。",
} as const;

/** `memoryError("code", …args)`: the HostError for one of the messages above. */
export const memoryError = errorsOf("memory", MEMORY_HOST_MESSAGES);
