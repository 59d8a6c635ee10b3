/**
 * The Office host: round trips (context.sync) per sheet when the task pane checks a workbook and
 * marks what it found, counted by the fake Excel of test/fakes/office. Sheets are filled with the
 * seed forms as a clerk types them (values, merged areas), 1, 10 and 100 of them.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Grid } from "../src/grid/grid";
import { rangeToA1 } from "../src/grid/address";
import { isCellError } from "../src/grid/grid";

export interface HostRow {
  sheets: number;
  /** Syncs of checkWorkbook (settings, sheet list, every sheet read). */
  syncs: number;
  /** Syncs of marking the findings afterwards (highlightFindings). */
  markSyncs: number;
  forms: number;
  findings: number;
}

export type HostResult = { measured: false; message: string; rows: HostRow[] } | { measured: true; rows: HostRow[] };

async function seedGrids(root: string): Promise<Grid[]> {
  const { MemoryHost } = await import("../src/hosts/memory");
  const { recogniseGrid } = await import("../src/recognise");
  const dir = join(root, "test", "fixtures", "seeds");
  const grids: Grid[] = [];
  for (const f of readdirSync(dir).filter((n) => /^\d{3}\.xlsx$/.test(n)).sort()) {
    const host = await MemoryHost.open(readFileSync(join(dir, f)));
    for (const s of await host.listSheets()) {
      const g = await host.readSheet(s.name);
      if (recogniseGrid(g).forms.some((form) => form.kind !== "JS" && form.kind !== "JN")) grids.push(g);
    }
  }
  return grids;
}

export async function measureHost(root: string, counts: readonly number[] = [1, 10, 100]): Promise<HostResult> {
  if (!existsSync(join(root, "src", "hosts", "excel", "index.ts")) || !existsSync(join(root, "test", "fakes", "office", "index.ts"))) {
    return { measured: false, message: "not measured yet: the Excel host is not built", rows: [] };
  }
  try {
    const { ExcelHost } = await import("../src/hosts/excel");
    const { FakeExcel } = await import("../test/fakes/office");
    const { checkWorkbook } = await import("../src/usecases/check-workbook");
    const { highlightFindings } = await import("../src/usecases/highlight-findings");
    const grids = await seedGrids(root);
    const rows: HostRow[] = [];
    for (const n of counts) {
      const names = Array.from({ length: n }, (_, i) => `表${i + 1}`);
      const fake = new FakeExcel({ sheets: names });
      names.forEach((name, i) => {
        const g = grids[i % grids.length]!;
        const values = g.toTextRows().map((row, r) =>
          row.map((_, c) => {
            const cell = g.cell(r, c);
            if (!cell || isCellError(cell.value)) return null;
            return typeof cell.value === "number" || typeof cell.value === "boolean" ? cell.value : cell.text;
          }),
        );
        fake.type(name, "A1", values);
        for (const m of g.merges) fake.merge(name, rangeToA1(m));
      });
      const host = new ExcelHost({ run: fake.run, isSetSupported: fake.isSetSupported });
      const start = fake.syncCount;
      const result = await checkWorkbook(host);
      const checked = fake.syncCount;
      await highlightFindings(host, result.findings);
      rows.push({ sheets: n, syncs: checked - start, markSyncs: fake.syncCount - checked, forms: result.forms.length, findings: result.findings.length });
    }
    return { measured: true, rows };
  } catch (e) {
    return { measured: false, message: `not measured: the Excel host or its fake failed (${(e as Error).message.split("\n")[0]})`, rows: [] };
  }
}
