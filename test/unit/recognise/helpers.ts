import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gridFromText } from "../../../src/grid/from-text";
import { recogniseGrid } from "../../../src/recognise";
import type { Form } from "../../../src/forms/forms";
import { parseA1 } from "../../../src/grid/address";
import type { Grid } from "../../../src/grid/grid";

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

/** Walk a form and yield every traced field {ref, text}. */
export function* tracedFields(value: unknown, path = ""): Generator<{ path: string; ref: string; text: string }> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* tracedFields(value[i], `${path}[${i}]`);
  } else if (value && typeof value === "object") {
    const o = value as Record<string, unknown>;
    if (typeof o.ref === "string" && typeof o.text === "string") yield { path, ref: o.ref, text: o.text };
    for (const [k, v] of Object.entries(o)) if (k !== "ref") yield* tracedFields(v, `${path}.${k}`);
  }
}

export function expectTracedToCells(form: Form, grid: Grid): void {
  for (const f of tracedFields(form)) {
    const at = parseA1(f.ref)!;
    expect({ path: f.path, text: grid.text(at.row, at.col) }).toEqual({ path: f.path, text: f.text });
  }
}
