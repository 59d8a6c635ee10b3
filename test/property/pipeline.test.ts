/**
 * Unbreakable on any input: random grids, random text documents (both shapes) and "almost forms"
 * (the seed forms with cells blanked, shifted, replaced by error values) go through import,
 * recognition, the whole rule catalogue and scoring. Never an exception, never a hang, every
 * problem a finding or a readable message (see pipeline.ts for what is checked).
 *
 * Sizes are bounded and run counts kept small so the suite stays fast; a failure prints the
 * fast-check seed and the shrunk input to reproduce it.
 */
import fc from "fast-check";
import { gridFromText, detectTextShape } from "../../src/grid/from-text";
import { Grid } from "../../src/grid/grid";
import { anyText, cellText, grid, gridSpec, mutate, mutation, textDocument } from "./arbitraries";
import { runPipeline, type Contained } from "./pipeline";
import { seedGrids, seedNames, seedText } from "./seeds";

jest.setTimeout(120_000);

/** Nothing the engine had to contain: no reader or rule threw, no score came out NaN. */
function expectNothingContained(contained: readonly Contained[]): void {
  expect(contained).toEqual([]);
}

describe("random grids", () => {
  test("any cells — numbers, numbers as text, error values, huge and empty strings — and random merges", () => {
    fc.assert(
      fc.property(fc.array(grid, { minLength: 1, maxLength: 3 }), (grids) => {
        expectNothingContained(runPipeline(grids).contained);
      }),
      { numRuns: 150 },
    );
  });

  test("a merged area over a whole column or a whole row", () => {
    // A million rows: few runs (each walks every row of the sheet several times).
    fc.assert(
      fc.property(gridSpec(12, 8, true), (s) => {
        const result = runPipeline([new Grid("整列合并", s.rows, s.merges)]);
        expectNothingContained(result.contained);
      }),
      { numRuns: 3 },
    );
  });

  test("an empty grid, a grid of empty strings, a grid of one huge string", () => {
    for (const g of [new Grid("空", []), Grid.fromRows("空串", [["", "", ""], [], [""]]), Grid.fromRows("长", [["字".repeat(200_000)]])]) {
      const result = runPipeline([g]);
      expect(result.forms).toEqual([]);
      expect(result.messages).toHaveLength(1);
      expectNothingContained(result.contained);
    }
  });
});

describe("random text documents", () => {
  test("tab-separated rows, Word's one cell per line, and both mixed", () => {
    fc.assert(
      fc.property(textDocument, (text) => {
        const g = gridFromText(text, { sheet: "文本" });
        expectNothingContained(runPipeline([g]).contained);
      }),
      { numRuns: 200 },
    );
  });

  test("any string at all, read in either shape", () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom<"tsv" | "cell-lines" | undefined>("tsv", "cell-lines", undefined), (text, shape) => {
        const g = gridFromText(text, shape ? { shape } : {});
        expectNothingContained(runPipeline([g]).contained);
      }),
      { numRuns: 200 },
    );
  });

  test("seed documents with lines deleted, repeated, inserted or stripped of their tabs", () => {
    const names = seedNames();
    const edit = fc.oneof(
      fc.record({ op: fc.constant("delete" as const), at: fc.nat(2000) }),
      fc.record({ op: fc.constant("repeat" as const), at: fc.nat(2000) }),
      fc.record({ op: fc.constant("insert" as const), at: fc.nat(2000), text: cellText, tab: fc.boolean() }),
      fc.record({ op: fc.constant("untab" as const), at: fc.nat(2000) }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.array(edit, { maxLength: 15 }), (name, edits) => {
        const lines = seedText(name).split("\n");
        for (const e of edits) {
          const i = e.at % Math.max(1, lines.length);
          if (e.op === "delete") lines.splice(i, 1);
          else if (e.op === "repeat") lines.splice(i, 0, lines[i] ?? "");
          else if (e.op === "insert") lines.splice(i, 0, `${e.tab ? "\t" : ""}${e.text.replace(/[\n\r]/g, " ")}`);
          else lines[i] = (lines[i] ?? "").replace(/\t/g, "    ");
        }
        const text = lines.join("\n");
        expectNothingContained(runPipeline([gridFromText(text, { sheet: name, shape: detectTextShape(text) })]).contained);
      }),
      { numRuns: 60 },
    );
  });
});

describe("almost forms", () => {
  let seeds: Grid[] = [];
  beforeAll(async () => {
    seeds = await seedGrids();
  });

  test("the seeds themselves read without trouble", () => {
    const result = runPipeline(seeds);
    expect(result.forms.length).toBeGreaterThan(50);
    expectNothingContained(result.contained);
  });

  test("seed forms with cells blanked, shifted sideways, replaced by error values or junk, rows dropped or swapped", () => {
    fc.assert(
      fc.property(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 12 }), (i, mutations) => {
        const g = mutate(seeds[i % seeds.length]!, mutations);
        expectNothingContained(runPipeline([g]).contained);
      }),
      { numRuns: 150 },
    );
  });

  test("several mutated forms checked together (the rules across forms)", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.array(mutation, { maxLength: 6 })), { minLength: 2, maxLength: 6 }), (picks) => {
        const grids = picks.map(([i, ms], k) => {
          const g = mutate(seeds[i % seeds.length]!, ms);
          return new Grid(`${g.sheet}-${k}`, g.toTextRows().map((row, r) => row.map((_, c) => g.cell(r, c))), [...g.merges]);
        });
        expectNothingContained(runPipeline(grids).contained);
      }),
      { numRuns: 40 },
    );
  });
});
