/**
 * Recognise the forms of a workbook, a sheet or a selected range, through the host seam.
 *
 * Big workbooks are read sheet by sheet; between sheets the work yields to the event loop and
 * reports progress, so a task pane stays responsive and can draw a progress bar while a
 * workbook of a hundred project sheets is read.
 */
import type { WorkbookHost } from "../hosts/host";
import { recogniseGrid, type SheetRecognition } from "../recognise";

export type Scope = { kind: "workbook" } | { kind: "sheet"; sheet: string } | { kind: "range"; sheet: string; range: string };

export interface Progress {
  /** Sheets done so far and in all. */
  done: number;
  total: number;
  sheet: string;
}

export interface RecogniseOptions {
  scope?: Scope;
  onProgress?: (p: Progress) => void;
  /** Resolves after the UI had a chance to paint; the default yields to the event loop. */
  yieldToUi?: () => Promise<void>;
  signal?: { aborted: boolean };
}

const defaultYield = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

async function sheetsInScope(host: WorkbookHost, scope: Scope): Promise<{ sheet: string; range?: string }[]> {
  if (scope.kind === "sheet") return [{ sheet: scope.sheet }];
  if (scope.kind === "range") return [{ sheet: scope.sheet, range: scope.range }];
  return (await host.listSheets()).filter((s) => s.visible).map((s) => ({ sheet: s.name }));
}

export async function recogniseWorkbook(host: WorkbookHost, options: RecogniseOptions = {}): Promise<SheetRecognition[]> {
  const targets = await sheetsInScope(host, options.scope ?? { kind: "workbook" });
  const out: SheetRecognition[] = [];
  const pause = options.yieldToUi ?? (options.onProgress ? defaultYield : undefined);
  for (let i = 0; i < targets.length; i++) {
    if (options.signal?.aborted) break;
    const t = targets[i]!;
    const grid = await host.readSheet(t.sheet, t.range);
    out.push(recogniseGrid(grid));
    options.onProgress?.({ done: i + 1, total: targets.length, sheet: t.sheet });
    if (pause && i + 1 < targets.length) await pause();
  }
  return out;
}
