/**
 * The indicator table (绩效指标) shared by DT, PT, DS and PS: a header row naming
 * 一级指标 / 二级指标 / 三级指标 and the value columns, then one row per indicator.
 *
 * Two things make this harder than reading columns:
 * - merged cells: an empty 一级/二级 under a filled one means "same as above" (fill-down);
 *   PDF conversions even put the merged 一级 text on the *second* row of its block, so an
 *   inherited 一级 that contradicts the row's 二级 is taken from the block below instead;
 * - rows shifted sideways: tables extracted from PDF lose an empty leading cell on some rows,
 *   or split a wide cell in two, so a row's cells sit one column left or right of the header.
 *   Each row is read under a few candidate alignments and the one whose cells fit their
 *   columns best wins (category names in category columns, numbers in 分值/得分, nothing
 *   outside the table). See `alignmentCost`.
 */
import type { Grid } from "../grid/grid";
import type { Indicator, Level1Block } from "../forms/indicator";
import type { TracedText } from "../forms/traced";
import { canonicalLevel1, canonicalLevel2, normLabel, statedPoints, withoutPoints } from "./labels";
import { cellText, looksNumeric, tracedNumber, tracedText } from "./cells";
import { INDICATOR_COLUMNS, labelKey, NOT_APPLICABLE, type IndicatorRole } from "./vocabulary";
import { composeValue } from "./split-value";

export type { IndicatorRole } from "./vocabulary";

export interface IndicatorHeader {
  row: number;
  /** Column of each role in the header row. */
  columns: Partial<Record<IndicatorRole, number>>;
  /** A section label left of 一级指标 ("绩效指标", "年度绩效指标"): its column, whose cells below stay empty. */
  labelCol: number | undefined;
  /**
   * A second block of 二级/三级/指标值 columns right of the first, sharing its 一级 (中央部门项目库:
   * 中期指标 on the left, 年度指标 on the right). The first block is then the mid-term one.
   */
  second?: Partial<Record<IndicatorRole, number>>;
}

/** The role a header text names (null: none), by normalised text; dropped when large. */
const roleCache = new Map<string, IndicatorRole | null>();

function roleOf(norm: string): IndicatorRole | undefined {
  const cached = roleCache.get(norm);
  if (cached !== undefined) return cached ?? undefined;
  const key = labelKey(norm);
  const role = INDICATOR_COLUMNS.find(([, re]) => re.test(key))?.[0];
  if (norm.length <= 200) {
    if (roleCache.size >= 50_000) roleCache.clear();
    roleCache.set(norm, role ?? null);
  }
  return role;
}

/** Find the indicator header row within rows [top, bottom]. */
export function findIndicatorHeader(grid: Grid, top: number, bottom: number): IndicatorHeader | undefined {
  for (let r = top; r <= bottom; r++) {
    const columns: Partial<Record<IndicatorRole, number>> = {};
    let labelCol: number | undefined;
    // Cells past the row's last one are empty: nothing to look at there.
    const last = Math.min(grid.colCount, grid.rowLength(r));
    const second: Partial<Record<IndicatorRole, number>> = {};
    for (let c = 0; c < last; c++) {
      const t = normLabel(cellText(grid, r, c));
      if (t === "") continue;
      const role = roleOf(t);
      if (role && columns[role] === undefined) columns[role] = c;
      else if (role && role !== "level1" && columns.target !== undefined && second[role] === undefined) second[role] = c;
      else if (!role && /绩效指标$/.test(t) && columns.level1 === undefined) labelCol = c;
    }
    if (columns.level1 !== undefined && columns.level2 !== undefined && columns.level3 !== undefined) {
      const header: IndicatorHeader = { row: r, columns, labelCol: labelCol !== undefined && labelCol < columns.level1 ? labelCol : undefined };
      if (second.level2 !== undefined && second.level3 !== undefined && second.target !== undefined) header.second = second;
      return header;
    }
    if (isFlatHeader(columns)) return { row: r, columns, labelCol: undefined };
  }
  return undefined;
}

/**
 * A flat list of indicators (重庆 部门整体绩效自评表: 指标名称 | 计量单位 | 指标性质 | 年初指标值 | … |
 * 指标权重 | 指标得分): no 一级/二级 columns, but a name, a value and a weight or score or actual
 * on the same row, which no other table of these forms has.
 */
function isFlatHeader(columns: Partial<Record<IndicatorRole, number>>): boolean {
  if (columns.level1 !== undefined || columns.level2 !== undefined || columns.level3 === undefined || columns.target === undefined) return false;
  return columns.weight !== undefined || columns.score !== undefined || columns.actual !== undefined;
}

/** 指标性质 may hold the kind of the value (定量指标 / 定性指标, 重庆) instead of a comparison. */
const VALUE_KIND = /^(定量|定性)(指标)?$/;

type Mapping = Partial<Record<IndicatorRole, number>>;

const isLevel1Name = (t: string): boolean => canonicalLevel1(t) !== undefined;
const isLevel2Name = (t: string): boolean => canonicalLevel2(t) !== undefined;

/** How badly a row's cells fit the roles under a mapping (lower is better). */
/**
 * What the table's own columns lead us to expect: when most rows have a 分值 / 得分, a row
 * whose score cell is empty is probably shifted; in a form not yet scored, empty is normal.
 */
interface Expectations {
  weight: boolean;
  score: boolean;
}

function alignmentCost(grid: Grid, row: number, mapping: Mapping, header: IndicatorHeader, shiftCost: number, expect: Expectations): number {
  let cost = shiftCost;
  const text = (role: IndicatorRole): string | undefined => {
    const c = mapping[role];
    return c === undefined || c < 0 ? undefined : cellText(grid, row, c);
  };
  const used = new Set(Object.values(mapping).filter((c): c is number => c !== undefined));
  const minCol = Math.min(...used);
  const maxCol = Math.max(...used);
  if (header.second) for (const c of Object.values(header.second)) if (c !== undefined) used.add(c);
  const width = grid.rowWidth(row);
  for (let c = 0; c < width; c++) {
    if (used.has(c) || cellText(grid, row, c) === "") continue;
    if (c < minCol || c > maxCol || c === header.labelCol) cost += 3;
  }
  const l1 = text("level1") ?? "";
  if (l1 !== "") {
    if (isLevel1Name(l1)) cost += 0;
    else if (isLevel2Name(l1)) cost += 2;
    else cost += shiftCost > 0 ? 1.3 : 0.3;
  }
  const l2 = text("level2") ?? "";
  if (l2 !== "") {
    if (isLevel2Name(l2)) cost += 0;
    else if (isLevel1Name(l2)) cost += 2;
    else cost += 0.3;
  }
  const l3 = text("level3") ?? "";
  if (l3 === "") cost += 0.5;
  else if (isLevel1Name(l3) || isLevel2Name(l3) || looksNumeric(l3)) cost += 1;
  const weight = text("weight");
  const score = text("score");
  for (const [t, expected] of [
    [weight, expect.weight],
    [score, expect.score],
  ] as const) {
    if (t === undefined) continue;
    if (t === "") cost += expected ? 0.4 : 0;
    else if (!looksNumeric(t)) cost += 2;
  }
  if (expect.score && weight !== undefined && score === "" && weight !== "" && looksNumeric(weight)) cost += 0.4;
  const target = text("target");
  if (target === "") cost += 0.2;
  return cost;
}

function shifted(columns: Mapping, s: number): Mapping {
  const m: Mapping = {};
  for (const [role, c] of Object.entries(columns) as [IndicatorRole, number][]) m[role] = c + s;
  return m;
}

/**
 * Compaction: the row's non-empty cells, right-aligned onto 一级…指标值. Used for PDF rows
 * that split one cell into two or lost their leading empty cells.
 */
function compacted(grid: Grid, row: number, header: IndicatorHeader): Mapping | undefined {
  const order: IndicatorRole[] = (["level1", "level2", "level3", "description", "target"] as IndicatorRole[]).filter(
    (r) => header.columns[r] !== undefined,
  );
  const cells: number[] = [];
  for (let c = 0; c < grid.rowWidth(row); c++) if (cellText(grid, row, c) !== "") cells.push(c);
  if (cells.length === 0 || cells.length > order.length) return undefined;
  const m: Mapping = {};
  const roles = order.slice(order.length - cells.length);
  roles.forEach((role, i) => (m[role] = cells[i]!));
  return m;
}

function bestMapping(grid: Grid, row: number, header: IndicatorHeader, expect: Expectations): Mapping {
  let best: Mapping = header.columns;
  let bestCost = alignmentCost(grid, row, header.columns, header, 0, expect);
  if (bestCost === 0) return best;
  for (const s of [-1, 1, 2]) {
    const m = shifted(header.columns, s);
    if (Object.values(m).some((c) => c !== undefined && c < 0)) continue;
    const cost = alignmentCost(grid, row, m, header, 0.6 * Math.abs(s), expect);
    if (cost < bestCost) {
      best = m;
      bestCost = cost;
    }
  }
  const comp = compacted(grid, row, header);
  if (comp && alignmentCost(grid, row, comp, header, 1, expect) < bestCost) best = comp;
  return best;
}

const STOP_ROW = /^(总分|合计|总计|备注|注[:：]?|说明|填表人|审核人|单位负责人)/;

export interface IndicatorTable {
  indicators: Indicator[];
  level1Blocks: Level1Block[];
  lastRow: number;
}

/** Read indicators below the header until the table ends (a 总分/备注 row, a paragraph, or `bottom`). */
export function readIndicatorTable(grid: Grid, header: IndicatorHeader, bottom: number): IndicatorTable {
  const indicators: Indicator[] = [];
  const blocks: Level1Block[] = [];
  let lastRow = header.row;
  let level1: TracedText | undefined;
  let level2: TracedText | undefined;
  let lastL1Text = "";
  let secondLevel2: TracedText | undefined;
  const secondIndicators: Indicator[] = [];
  const paragraphRows = new Set<number>();
  for (const b of grid.blocks) if (b.kind === "paragraph") for (let r = b.top; r <= b.bottom; r++) paragraphRows.add(r);
  const expect = expectations(grid, header, bottom, paragraphRows);

  for (let r = header.row + 1; r <= bottom; r++) {
    if (grid.isEmptyRow(r)) continue;
    if (paragraphRows.has(r)) break;
    const first = cellText(grid, r, firstNonEmptyCol(grid, r));
    if (STOP_ROW.test(normLabel(first))) break;
    if (findIndicatorHeader(grid, r, r)) break; // a second table starts

    const m = bestMapping(grid, r, header, expect);
    const at = (role: IndicatorRole): { row: number; col: number } | undefined => {
      const c = m[role];
      return c === undefined ? undefined : { row: r, col: c };
    };
    const textOf = (role: IndicatorRole): string => {
      const a = at(role);
      return a ? cellText(grid, a.row, a.col) : "";
    };

    const l1Text = textOf("level1");
    // 河北 writes "产出指标（50分）" again on every row instead of merging: the same block goes on.
    const sameBlock = l1Text !== "" && blocks.length > 0 && lastL1Text === l1Text;
    if (l1Text !== "" && !sameBlock) {
      level1 = tracedText(grid, at("level1")!, withoutPoints(l1Text));
      level2 = undefined;
      blocks.push({ name: level1, statedWeight: statedPoints(l1Text), rows: [] });
    } else if (sameBlock) {
      level1 = tracedText(grid, at("level1")!, withoutPoints(l1Text));
    }
    if (l1Text !== "") lastL1Text = l1Text;
    const l2Text = textOf("level2");
    if (l2Text !== "") level2 = tracedText(grid, at("level2")!);

    if (header.second && level1) {
      const read = readSecondBlock(grid, r, header.second, level1, l1Text === "", secondLevel2);
      secondLevel2 = read.level2;
      if (read.indicator) secondIndicators.push(read.indicator);
    }

    const l3At = at("level3");
    const hasContent = (["level3", "target", "actual", "weight", "score", "description"] as IndicatorRole[]).some((role) => textOf(role) !== "");
    lastRow = r;
    if (!hasContent || !l3At) continue;

    const ind: Indicator = {
      row: r + 1,
      level1: level1 && l1Text === "" ? { ...level1, inherited: true } : (level1 ?? tracedText(grid, at("level1") ?? l3At, "")),
      level2: level2 && l2Text === "" ? { ...level2, inherited: true } : (level2 ?? tracedText(grid, at("level2") ?? l3At, "")),
      level3: tracedText(grid, l3At),
    };
    const optText = (role: "description" | "basis" | "remark" | "deviation" | "valueType" | "unit" | "scoring"): void => {
      const a = at(role);
      if (a) ind[role] = tracedText(grid, a);
    };
    optText("description");
    optText("basis");
    optText("remark");
    optText("deviation");
    optText("valueType");
    optText("unit");
    optText("scoring");
    // A 指标性质 column holding 定量指标 / 定性指标 is the value's kind, never its comparison.
    const kindInComparison = !ind.valueType && VALUE_KIND.test(labelKey(textOf("comparison")));
    if (kindInComparison) ind.valueType = tracedText(grid, at("comparison")!);
    const split = { comparison: kindInComparison ? undefined : m.comparison, unit: m.unit };
    const valueType = ind.valueType?.value ?? "";
    const quantity = /^定量/.test(valueType) ? ({ expect: "quantity" } as const) : {};
    const target = at("target");
    if (target) {
      const { direction, ...value } = composeValue(grid, r, target.col, split, { useComparison: true, ...quantity });
      ind.target = value;
      if (direction && m.comparison !== undefined) ind.direction = tracedText(grid, { row: r, col: m.comparison });
    }
    const actual = at("actual");
    if (actual) {
      const { direction: _direction, ...value } = composeValue(grid, r, actual.col, split, { useComparison: false, ...quantity });
      ind.actual = value;
    }
    const weight = at("weight");
    if (weight) ind.weight = tracedNumber(grid, weight);
    const score = at("score");
    if (score) ind.score = tracedNumber(grid, score);
    if (isNotApplicable(ind)) ind.notApplicable = true;
    if (header.columns.level1 === undefined && header.columns.level2 === undefined) ind.uncategorised = true;
    indicators.push(ind);
    if (blocks.length === 0 && level1) blocks.push({ name: level1, statedWeight: null, rows: [] });
    blocks[blocks.length - 1]?.rows.push(r + 1);
  }
  correctInheritedLevel1(indicators, blocks);
  if (secondIndicators.length > 0) {
    for (const i of indicators) i.period = "mid-term";
    indicators.push(...secondIndicators);
  }
  return { indicators, level1Blocks: blocks, lastRow };
}

/** One row of the second (annual) block: its own 二级 (filled down), 三级 and 指标值, under the row's 一级. */
function readSecondBlock(
  grid: Grid,
  r: number,
  cols: Partial<Record<IndicatorRole, number>>,
  level1: TracedText,
  l1Inherited: boolean,
  previousLevel2: TracedText | undefined,
): { level2: TracedText | undefined; indicator?: Indicator } {
  const l2Col = cols.level2!;
  const l3Col = cols.level3!;
  const l2Text = cellText(grid, r, l2Col);
  const level2 = l2Text !== "" ? tracedText(grid, { row: r, col: l2Col }) : previousLevel2;
  const l3Text = cellText(grid, r, l3Col);
  const targetCol = cols.target!;
  if (l3Text === "" && cellText(grid, r, targetCol) === "") return { level2 };
  const ind: Indicator = {
    row: r + 1,
    level1: l1Inherited ? { ...level1, inherited: true } : level1,
    level2: level2 ? (l2Text === "" ? { ...level2, inherited: true } : level2) : tracedText(grid, { row: r, col: l2Col }, ""),
    level3: tracedText(grid, { row: r, col: l3Col }),
    period: "annual",
  };
  const { direction: _direction, ...target } = composeValue(grid, r, targetCol, { comparison: cols.comparison, unit: cols.unit });
  ind.target = target;
  if (isNotApplicable(ind)) ind.notApplicable = true;
  return { level2, indicator: ind };
}

/**
 * A row the clerk marked as not applying: 三级 is 不适用 / 无, or the 指标值 is 不适用. A value
 * "无" under a real indicator name is a target ("无安全事故"), not a mark, so it is not one.
 */
function isNotApplicable(ind: Indicator): boolean {
  const name = labelKey(ind.level3.value);
  if (NOT_APPLICABLE.test(name)) return true;
  const value = labelKey(ind.target?.text ?? "");
  return value !== "无" && NOT_APPLICABLE.test(value);
}

/** Does the table fill its 分值 / 得分 columns? (share of its rows with a number there, in their header column) */
function expectations(grid: Grid, header: IndicatorHeader, bottom: number, paragraphRows: Set<number>): Expectations {
  let rows = 0;
  let weights = 0;
  let scores = 0;
  for (let r = header.row + 1; r <= bottom; r++) {
    if (grid.isEmptyRow(r)) continue;
    if (paragraphRows.has(r) || STOP_ROW.test(normLabel(cellText(grid, r, firstNonEmptyCol(grid, r))))) break;
    rows++;
    if (header.columns.weight !== undefined && looksNumeric(cellText(grid, r, header.columns.weight))) weights++;
    if (header.columns.score !== undefined && looksNumeric(cellText(grid, r, header.columns.score))) scores++;
  }
  return { weight: rows > 0 && weights / rows >= 0.4, score: rows > 0 && scores / rows >= 0.4 };
}

function firstNonEmptyCol(grid: Grid, row: number): number {
  const last = Math.min(grid.colCount, grid.rowLength(row));
  for (let c = 0; c < last; c++) if (cellText(grid, row, c) !== "") return c;
  return 0;
}

/**
 * PDF conversions print a merged 一级 cell's text on a middle row of its block, so the rows
 * above that text inherit the previous block's 一级. When an inherited 一级 contradicts the
 * row's own 二级 (社会效益指标 cannot sit under 产出指标) and the next stated 一级 fits it,
 * the row belongs to the next block.
 */
function correctInheritedLevel1(indicators: Indicator[], blocks: Level1Block[]): void {
  for (let i = 0; i < indicators.length; i++) {
    const ind = indicators[i]!;
    if (!ind.level1.inherited) continue;
    const l2 = canonicalLevel2(ind.level2.value);
    const l1 = canonicalLevel1(ind.level1.value);
    if (!l2 || !l1 || l2.level1.includes(l1)) continue;
    const next = indicators.slice(i + 1).find((n) => !n.level1.inherited);
    const nextL1 = next ? canonicalLevel1(next.level1.value) : undefined;
    if (!next || !nextL1 || !l2.level1.includes(nextL1)) continue;
    ind.level1 = { ...next.level1, inherited: true };
    const from = blocks.find((b) => b.rows.includes(ind.row));
    const to = blocks.find((b) => b.rows.includes(next.row));
    if (from && to && from !== to) {
      from.rows = from.rows.filter((r) => r !== ind.row);
      to.rows = [ind.row, ...to.rows].sort((a, b) => a - b);
    }
  }
}
