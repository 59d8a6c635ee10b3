/**
 * Recognise every form in a workbook, sheet by sheet, through the host seam.
 */
import type { WorkbookHost } from "../hosts/host";
import { recogniseGrid, type SheetRecognition } from "../recognise";

export async function recogniseWorkbook(host: WorkbookHost): Promise<SheetRecognition[]> {
  const out: SheetRecognition[] = [];
  for (const info of await host.listSheets()) {
    if (!info.visible) continue;
    const grid = await host.readSheet(info.name);
    out.push(recogniseGrid(grid));
  }
  return out;
}
