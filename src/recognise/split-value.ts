/**
 * Targets written across columns. Many templates (财预〔2021〕101号, 四川, 浙江 …) split a
 * target into a comparison column (指标性质 / 指标方向 / 符号: ≥ ≤ = > <, or a direction
 * 正向 / 反向), a value column and a unit column (度量单位 / 计量单位). The reader puts them
 * back together into the one text a single cell would hold ("≥" "95" "%" → "≥95%"), parses
 * that (the value's `text`), and keeps every cell it used (`parts`), so each rule reads the target exactly as if it had been
 * written in one cell and findings can point at all of its cells.
 *
 * Decisions:
 * - the comparison column's meaning is read from each cell: a symbol or comparing word
 *   (≥, 大于等于, 不低于 …) is a comparison, 正向/反向(指标) is a direction;
 * - a direction stands for the comparison 10号 scoring gives it (正向 → ≥, 反向 → ≤) and is
 *   added only to a quantity written without a comparison of its own;
 * - a comparison or unit is added only to a quantity: "健全" with "=" stays "健全";
 * - a unit already written in the value ("95%" under 单位 "%") is not written twice, but its cell is
 *   kept among the value's cells.
 */
import type { Grid } from "../grid/grid";
import type { TracedValue, ValuePart } from "../forms/indicator";
import { parseTargetValue, type ParseTargetOptions } from "../values/target-value";
import { cellText } from "./cells";
import { labelKey } from "./vocabulary";

export interface SplitColumns {
  comparison?: number | undefined;
  unit?: number | undefined;
}

const DIRECTION = /^(正向|反向)(指标)?$/;
const COMPARISON = /^(≥|≤|>|<|=|>=|<=|＞|＜|＝|≧|≦|大于等于|大于或等于|小于等于|小于或等于|不低于|不少于|不小于|不超过|不高于|不多于|不大于|大于|小于|高于|低于|等于|超过|少于)$/;

/** What a comparison-column cell says: a comparison symbol, a direction, or nothing we know. */
export function comparisonCell(text: string): { comparison: string } | { direction: "正向" | "反向" } | undefined {
  const t = labelKey(text);
  if (t === "") return undefined;
  const d = DIRECTION.exec(t);
  if (d) return { direction: d[1] as "正向" | "反向" };
  if (COMPARISON.test(t)) return { comparison: t };
  return undefined;
}

/**
 * The value of `valueCol` on `row`, completed from the row's comparison and unit cells. Without
 * any such cell (or when they are empty) this is the plain cell value, as `tracedValue` reads it.
 */
export function composeValue(
  grid: Grid,
  row: number,
  valueCol: number,
  split: SplitColumns,
  options: ParseTargetOptions & { useComparison: boolean } = { useComparison: true },
): TracedValue & { direction?: "正向" | "反向" } {
  const own = grid.text(row, valueCol);
  const ref = grid.ref(row, valueCol);
  const v = own.trim();
  const unitText = split.unit !== undefined && split.unit !== valueCol ? cellText(grid, row, split.unit) : "";
  // A bare number over a unit such as 元 or 人 is a quantity, never an Excel date serial.
  const expect = options.expect ?? (unitText !== "" && !/[年月日]|日期|时间/.test(unitText) ? "quantity" : undefined);
  const parseOptions: ParseTargetOptions = expect ? { expect } : {};
  const plain = parseTargetValue(own, parseOptions);
  const parts: ValuePart[] = [];
  let prefix = "";
  let suffix = "";
  let direction: "正向" | "反向" | undefined;

  const quantity = plain.kind === "quantitative";
  if (options.useComparison && split.comparison !== undefined && split.comparison !== valueCol) {
    const ct = cellText(grid, row, split.comparison);
    const said = comparisonCell(ct);
    if (said && "direction" in said) direction = said.direction;
    if (said && v !== "" && quantity && plain.comparator === null) {
      prefix = "comparison" in said ? said.comparison : said.direction === "正向" ? "≥" : "≤";
      parts.push({ role: "direction" in said ? "direction" : "comparison", ref: grid.ref(row, split.comparison), text: grid.text(row, split.comparison) });
    }
  }
  if (split.unit !== undefined && split.unit !== valueCol) {
    const unit = unitText.replace(/^[(（]|[)）]$/g, "").trim();
    if (unit !== "" && v !== "" && quantity && !/^(无|\/|—|-|不适用)$/.test(unit)) {
      // A unit already written in the value is not added again, but its cell is still one of the target's.
      if (plain.unit === "") suffix = unit;
      if (plain.unit === "" || plain.unit === unit.replace(/\s+/g, "")) parts.push({ role: "unit", ref: grid.ref(row, split.unit), text: grid.text(row, split.unit) });
    }
  }
  const out: TracedValue & { direction?: "正向" | "反向" } = { value: plain, ref, text: own };
  if (direction) out.direction = direction;
  if (parts.length === 0) return out;
  const combined = `${prefix}${v}${suffix}`;
  out.value = parseTargetValue(combined, parseOptions);
  out.parts = [{ role: "value", ref, text: own }, ...parts];
  return out;
}
