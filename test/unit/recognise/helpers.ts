import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gridFromText } from "../../../src/grid/from-text";
import { recogniseGrid } from "../../../src/recognise";
import type { Form } from "../../../src/forms/forms";

export const SEEDS = ["000", "001", "002", "003", "004"] as const;

export function seedText(n: string): string {
  return readFileSync(join(__dirname, "../../fixtures/seeds", `${n}.txt`), "utf8");
}

export function seedXlsx(n: string): Uint8Array {
  return new Uint8Array(readFileSync(join(__dirname, "../../fixtures/seeds", `${n}.xlsx`)));
}

export function formsOfSeedText(n: string): Form[] {
  return recogniseGrid(gridFromText(seedText(n), { sheet: n })).forms;
}

export function kindCounts(forms: readonly Form[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of forms) out[f.kind] = (out[f.kind] ?? 0) + 1;
  return out;
}
