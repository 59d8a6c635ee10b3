/** The in-memory workbook host (exceljs): CLI, browser preview and tests. */
export { HostError } from "../shared/errors";
export { MemoryHost } from "./memory-host";
export { MEMORY_HOST_MESSAGES } from "./messages";
export { worksheetToGrid, worksheetMerges, readCell } from "./xlsx-to-grid";
export { formatNumber, dateToSerial } from "./number-format";
export { sanitiseSheetName, uniqueSheetName } from "./sheet-names";
export { STORE_SHEET } from "./store";
