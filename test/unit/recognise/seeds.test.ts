/**
 * Every seed document yields all its forms, with the right kind, from its text and from its
 * workbook; every form satisfies its zod schema; every traced field points at a cell that
 * really shows that text.
 */
import { gridFromText } from "../../../src/grid/from-text";
import type { Grid } from "../../../src/grid/grid";
import { FormSchema, hasIndicators, type Form } from "../../../src/forms/forms";
import { MemoryHost } from "../../../src/hosts/memory";
import { recogniseGrid } from "../../../src/recognise";
import { recogniseWorkbook } from "../../../src/usecases/recognise-workbook";
import { expectTracedToCells, kindCounts, SEEDS, seedText, seedXlsx } from "./helpers";

const EXPECTED: Record<string, Record<string, number>> = {
  "000": { DT: 1, ST: 1, PT: 3 },
  "001": { PT: 9 },
  "002": { DT: 1, PT: 8 },
  "003": { JS: 9, JN: 1, DS: 1, PS: 4 },
  "004": { PT: 6 },
};

async function xlsxForms(n: string): Promise<{ forms: Form[]; grids: Map<string, Grid> }> {
  const host = await MemoryHost.open(seedXlsx(n));
  const grids = new Map<string, Grid>();
  for (const s of await host.listSheets()) grids.set(s.name, await host.readSheet(s.name));
  return { forms: (await recogniseWorkbook(host)).flatMap((s) => s.forms), grids };
}

describe.each(SEEDS)("seed %s", (n) => {
  const grid = gridFromText(seedText(n), { sheet: n });
  const { forms } = recogniseGrid(grid);

  it("yields every form of the document from its text", () => {
    expect(kindCounts(forms)).toEqual(EXPECTED[n]);
  });

  it("yields the same forms from its workbook, one sheet per form", async () => {
    const x = await xlsxForms(n);
    expect(kindCounts(x.forms)).toEqual(EXPECTED[n]);
    expect(new Set(x.forms.map((f) => f.sheet)).size).toBe(x.forms.length);
    // Same indicators, read from aligned and merged cells instead of text.
    const strip = (f: Form): unknown[] =>
      hasIndicators(f) ? f.indicators.map((i) => [i.level1.value, i.level2.value, i.level3.value, i.target?.text.trim(), i.actual?.text.trim(), i.weight?.value, i.score?.value]) : [];
    expect(x.forms.map(strip)).toEqual(forms.map(strip));
    for (const f of x.forms) expectTracedToCells(f, x.grids.get(f.sheet)!);
  });

  it("gives forms that satisfy their schemas, every field traced to its cell", () => {
    for (const f of forms) {
      expect(() => FormSchema.parse(f)).not.toThrow();
      expectTracedToCells(f, grid);
    }
  });
});

it("reports the two empty 决算 tables of seed 003", () => {
  const js = recogniseGrid(gridFromText(seedText("003"))).forms.filter((f) => f.kind === "JS");
  expect(js.filter((f) => f.kind === "JS" && f.empty).map((f) => (f.kind === "JS" ? f.table : ""))).toEqual(["08", "09"]);
});
