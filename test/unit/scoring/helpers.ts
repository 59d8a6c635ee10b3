/** Hand-made indicators for scoring tests (values read by the real parser, cells invented). */
import type { Indicator } from "../../../src/forms/indicator";
import { parseTargetValue } from "../../../src/values/target-value";

export interface IndicatorSpec {
  level1?: string;
  level2?: string;
  name?: string;
  target?: string;
  actual?: string;
  weight?: number | null;
  score?: number | null;
  deviation?: string;
  row?: number;
}

export function indicator(spec: IndicatorSpec): Indicator {
  const row = spec.row ?? 10;
  const text = (col: string, value: string) => ({ value, ref: `${col}${row}`, text: value });
  const num = (col: string, value: number | null | undefined) => ({ value: value ?? null, ref: `${col}${row}`, text: value === null || value === undefined ? "" : String(value) });
  const ind: Indicator = {
    row,
    level1: text("B", spec.level1 ?? "产出指标"),
    level2: text("C", spec.level2 ?? "数量指标"),
    level3: text("D", spec.name ?? "维修次数"),
  };
  if (spec.target !== undefined) ind.target = { value: parseTargetValue(spec.target), ref: `E${row}`, text: spec.target };
  if (spec.actual !== undefined) ind.actual = { value: parseTargetValue(spec.actual, { expect: "quantity" }), ref: `F${row}`, text: spec.actual };
  if (spec.weight !== undefined) ind.weight = num("G", spec.weight);
  if (spec.score !== undefined) ind.score = num("H", spec.score);
  if (spec.deviation !== undefined) ind.deviation = text("I", spec.deviation);
  return ind;
}
