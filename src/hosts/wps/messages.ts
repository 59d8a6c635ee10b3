/**
 * What the WPS host says when it refuses something: one Chinese sentence each, shown to the clerk
 * as is. Exceptions thrown by WPS itself (often English, sometimes an empty COM error) never reach
 * the clerk: they are replaced by `failed(action)`.
 */
import { COMMON_HOST_MESSAGES, errorsOf } from "../shared/errors";
export const WPS_HOST_MESSAGES = {
  ...COMMON_HOST_MESSAGES,
  noApplication: () => "未找到 WPS 表格的接口，请在 WPS 表格中通过“绩效表助手”加载项打开本窗格。",
  noWorkbook: () => "WPS 表格中没有打开的工作簿，请先打开或新建一个工作簿。",
  writeIgnored: (sheet: string, ref: string) =>
    `写入工作表“${sheet}”的 ${ref} 没有生效（WPS 未报错，但单元格未改变），请先退出单元格编辑状态、确认工作表未受保护后重试。`,
  addSheetFailed: (name: string) => `无法新建工作表“${name}”：WPS 没有返回新的工作表。`,
  renameFailed: (name: string) => `无法把新工作表命名为“${name}”。`,
  storeFailed: () => "无法在工作簿中保存加载项数据（隐藏工作表“_jixiao”），请确认工作簿结构未受保护。",
  failed: (action: string) => `WPS 表格执行“${action}”时出错，请先退出单元格编辑状态、确认工作表未受保护后重试。`,
} as const;

/** `wpsError("code", …args)`: the HostError for one of the messages above. */
export const wpsError = errorsOf("wps", WPS_HOST_MESSAGES);
