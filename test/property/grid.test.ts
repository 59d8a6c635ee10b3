/**
 * The grid's merged-area index against the obvious model (scan every area, the last listed one
 * wins where areas overlap), for small, tall, overlapping and sheet-wide areas; and the row and
 * column counts against their definitions.
 */
import fc from "fast-check";
import { rangeContains, type CellRange } from "../../src/grid/address";
import { Grid } from "../../src/grid/grid";
import { gridSpec, sheetWideMerge } from "./arbitraries";

function modelMergeAt(merges: readonly CellRange[], row: number, col: number): CellRange | undefined {
  let found: CellRange | undefined;
  for (const m of merges) if (rangeContains(m, row, col)) found = m;
  return found;
}

const area = fc
  .tuple(fc.nat(40), fc.nat(8), fc.oneof(fc.nat(3), fc.integer({ min: 30, max: 80 })), fc.nat(3))
  .map(([top, left, h, w]): CellRange => ({ top, left, bottom: top + h, right: left + w }));

describe("Grid", () => {
  test("mergeAt and isCoveredByMerge agree with scanning every merged area", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof({ weight: 9, arbitrary: area }, { weight: 1, arbitrary: sheetWideMerge(40, 8) }), { maxLength: 12 }), (merges) => {
        const g = new Grid("合并", [], merges);
        // One comparison per run (expect() per cell would dominate the run time).
        const wrong: string[] = [];
        for (let r = 0; r < 90; r++) {
          for (let c = 0; c < 14; c++) {
            const want = modelMergeAt(merges, r, c);
            if (g.mergeAt(r, c) !== want) wrong.push(`mergeAt(${r}, ${c})`);
            if (g.isCoveredByMerge(r, c) !== (want !== undefined && (want.top !== r || want.left !== c))) wrong.push(`isCoveredByMerge(${r}, ${c})`);
          }
        }
        expect(wrong).toEqual([]);
        // Far inside a sheet-wide area.
        expect(g.mergeAt(1_000_000, 3)).toBe(modelMergeAt(merges, 1_000_000, 3));
        expect(g.mergeAt(5, 16_000)).toBe(modelMergeAt(merges, 5, 16_000));
      }),
      { numRuns: 200 },
    );
  });

  test("rowCount, colCount, rowLength and rowWidth follow the cells and the merged areas", () => {
    fc.assert(
      fc.property(gridSpec(20, 8), (s) => {
        const g = new Grid("计数", s.rows, s.merges);
        expect(g.rowCount).toBe(Math.max(s.rows.length, ...s.merges.map((m) => m.bottom + 1)));
        expect(g.colCount).toBe(Math.max(0, ...s.rows.map((r) => r.length), ...s.merges.map((m) => m.right + 1)));
        for (let r = 0; r < g.rowCount; r++) {
          const row = s.rows[r] ?? [];
          expect(g.rowLength(r)).toBe(row.length);
          let width = 0;
          row.forEach((cell, c) => {
            if (cell && cell.text.trim() !== "") width = c + 1;
          });
          expect(g.rowWidth(r)).toBe(width);
        }
      }),
      { numRuns: 200 },
    );
  });
});
