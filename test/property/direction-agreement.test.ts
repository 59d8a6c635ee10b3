/**
 * Found by the pipeline property (seed 1084595759): a LaTeX target `$\geq 95\%$` on a 反向
 * indicator (采购单价涨幅比率) got “≥95%” from VAL-01 (the writing) and “≤95%” from VAL-03 (the
 * direction). Both now offer the repaired value with the symbol turned round.
 */
import { mutate } from "./arbitraries";
import { seedGrids } from "./seeds";
import { recogniseGrid } from "../../src/recognise";
import { checkForms, mergeProblems, suggestedReplacement } from "../../src/rules/engine";

test("VAL-01 and VAL-03 offer one replacement for a malformed target that also points the wrong way", async () => {
  const seeds = await seedGrids();
  const g = mutate(seeds[2145386496 % seeds.length]!, [
    { op: "text", row: 120, col: 5, text: "$\\geq 95\\%$" },
    { op: "number", row: 36, col: 2, value: 0 },
    { op: "number", row: 0, col: 0, value: 0 },
  ]);
  const forms = recogniseGrid(g).forms;
  const separate = checkForms(forms, { merge: false }).filter((f) => f.message.includes("$\\geq 95\\%$"));
  const offers = separate.filter((f) => f.rule === "VAL-01" || f.rule === "VAL-03").map((f) => [f.rule, suggestedReplacement(f)]);
  expect(offers).toEqual([
    ["VAL-01", "≤95%"],
    ["VAL-03", "≤95%"],
  ]);
  expect(mergeProblems(checkForms(forms))).toEqual([]);
});
