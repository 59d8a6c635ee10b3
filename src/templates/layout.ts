/**
 * Template definition + fill data → a plan: the cells to write (a block from A1) and the
 * LayoutOps that make it look like the official form. Pure: no host here, so the plan can be
 * inspected in tests and sent to any host.
 *
 * Placement follows HTML tables: each cell of a row takes the next column not already taken by
 * a taller cell above; `span` and `down` merge. Repeated sections (indicators, tasks, 决算
 * lines) have one row per item; runs of equal 一级/二级 values are merged down, as in the
 * printed forms.
 *
 * Safety: data only ever becomes `{ value }` writes — never `{ formula }` — and text that a
 * spreadsheet could take for a formula (starting with = + - @) also gets the Text number format,
 * so a host that interprets typed text keeps it as text. Numbers are written as numbers.
 * Formulas come from the definition only. Everything stays inside the plan's range.
 */
import { columnLetters, rangeToA1, toA1 } from "../grid/address";
import type { CellWrite, CellFormat, LayoutOp } from "../hosts/host";
import type { CellSpec, Ctx, Hint, ListSpec, Model, RepeatSection, RowSpec, Style, TemplateDefinition } from "./dsl";
import { STYLE_FORMATS, TEXT_FORMAT, fontSize, isNumericStyle } from "./styles";
import { DEFAULT_PROFILE, getProfile } from "../rules/profiles";
import type { RegionProfile } from "../rules/profiles/profile";
import { escapeRegExp } from "../recognise/labels";

export interface PlacedCell {
  /** 0-based position and size. */
  row: number;
  col: number;
  rows: number;
  cols: number;
  style: Style;
  write: CellWrite | null;
  /** Full data path of the field bound to the cell ("indicators[2].level3"). */
  path?: string;
  /** The text was written as text although it looks like a formula or a number sign. */
  guarded?: boolean;
  hint?: Hint;
  list?: ListSpec;
  spec: CellSpec;
}

export interface TemplatePlan {
  /** Number of columns and rows of the form. */
  width: number;
  height: number;
  /** The form's range on its sheet, from A1. */
  range: string;
  cells: PlacedCell[];
  /** Values and formulas, one row per form row, starting at A1. */
  writes: CellWrite[][];
  ops: LayoutOp[];
  /** Where each bound field landed: data path → A1. */
  refs: Map<string, string>;
  /** Data paths whose values were written (or read by computed cells). */
  used: Set<string>;
  /** 1-based first row of each repeated section's items, by items path. */
  sections: Map<string, { header: number; first: number; last: number }>;
}

export interface LayoutOptions {
  /** The empty template: repeated sections show their skeleton rows. */
  blank?: boolean;
  /** Region profile for computed cells (default: the definition's, else the national one). */
  profile?: RegionProfile;
}

/** The profile a definition scores by, unless the caller chooses another. */
export function profileFor(def: TemplateDefinition, chosen?: RegionProfile): RegionProfile {
  return chosen ?? getProfile(def.profile ?? DEFAULT_PROFILE) ?? getProfile(DEFAULT_PROFILE)!;
}

/** Read a path ("money.total.budget", "lines.3.code") from plain data. */
export function getPath(data: unknown, path: string): unknown {
  if (path === "." || path === "") return data;
  let cur: unknown = data;
  for (const key of path.split(".")) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

class TemplateDefinitionError extends Error {
  override readonly name = "TemplateDefinitionError";
}

interface Scope {
  item?: Model;
  index?: number;
  /** Data path of the item ("indicators[2]"). */
  prefix?: string;
  /** Fields covered by the run above (grouped cells not placed on this row). */
  skip?: ReadonlySet<string>;
  /** Rows taken by grouped cells that start a run here. */
  down?: ReadonlyMap<string, number>;
}

interface Pending {
  cell: PlacedCell;
  ctx: Ctx;
}

export function layoutTemplate(def: TemplateDefinition, model: Model, options: LayoutOptions = {}): TemplatePlan {
  const width = def.columns.length;
  const blank = options.blank === true;
  const profile = profileFor(def, options.profile);
  const cells: PlacedCell[] = [];
  const refs = new Map<string, string>();
  const used = new Set<string>();
  const sections = new Map<string, { header: number; first: number; last: number }>();
  const taken = new Set<number>();
  const rowHeights = new Map<number, number>();
  const pending: Pending[] = [];
  const key = (r: number, c: number): number => r * 1024 + c;
  let r = 0;

  // Computed cells may read top-level values (year, title, unit…): count those as used.
  const tracked: Model = new Proxy(model, {
    get(target, prop, receiver) {
      const v = Reflect.get(target, prop, receiver) as unknown;
      if (typeof prop === "string" && v !== undefined && v !== null && typeof v !== "object") used.add(prop);
      return v;
    },
  });

  const makeCtx = (scope: Scope): Ctx => ({
    model: tracked,
    profile,
    ...(scope.item !== undefined ? { item: scope.item } : {}),
    ...(scope.index !== undefined ? { index: scope.index } : {}),
    ref: (path) => (scope.prefix !== undefined ? refs.get(joinPath(scope.prefix, path)) : undefined) ?? refs.get(path),
    column: (items, field) => {
      const addrs: { row: number; col: number }[] = [];
      for (const c of cells) if (c.path !== undefined && new RegExp(`^${escapeRegExp(items)}\\[\\d+\\]\\.${escapeRegExp(field)}$`).test(c.path)) addrs.push({ row: c.row, col: c.col });
      if (addrs.length === 0) return undefined;
      const top = Math.min(...addrs.map((a) => a.row));
      const bottom = Math.max(...addrs.map((a) => a.row));
      const col = addrs[0]!.col;
      return rangeToA1({ top, left: col, bottom, right: col });
    },
    use: (path) => void used.add(path),
  });

  const placeRow = (spec: RowSpec, scope: Scope): void => {
    let c = 0;
    for (const cell of spec.cells) {
      if (cell.field !== undefined && scope.skip?.has(cell.field)) {
        // Shown by the merged cell above ("same as above").
        if (scope.prefix !== undefined && getPath(scope.item, cell.field) !== undefined) used.add(joinPath(scope.prefix, cell.field));
        continue;
      }
      while (c < width && taken.has(key(r, c))) c++;
      const span = cell.span === "rest" ? width - c : (cell.span ?? 1);
      const down = (cell.field !== undefined ? scope.down?.get(cell.field) : undefined) ?? cell.down ?? 1;
      if (span < 1 || c + span > width) {
        throw new TemplateDefinitionError(`模板 ${def.kind}/${def.layout} 第 ${r + 1} 行超出了表格宽度（${width} 列）。`);
      }
      for (let rr = r; rr < r + down; rr++) for (let cc = c; cc < c + span; cc++) taken.add(key(rr, cc));
      const placed: PlacedCell = { row: r, col: c, rows: down, cols: span, style: cell.style ?? "text", write: null, spec: cell };
      const ctx = makeCtx(scope);
      fillCell(placed, cell, scope, ctx);
      const hint = typeof cell.hint === "function" ? cell.hint(ctx) : cell.hint;
      const list = typeof cell.list === "function" ? cell.list(ctx) : cell.list;
      if (hint) placed.hint = hint;
      if (list) placed.list = list;
      cells.push(placed);
      if (placed.write === null && cell.formula) pending.push({ cell: placed, ctx });
      c += span;
    }
    if (spec.height !== undefined) rowHeights.set(r, Math.max(rowHeights.get(r) ?? 0, spec.height));
    r++;
  };

  const fillCell = (placed: PlacedCell, cell: CellSpec, scope: Scope, ctx: Ctx): void => {
    if (cell.field !== undefined) {
      const path = scope.prefix !== undefined ? joinPath(scope.prefix, cell.field) : cell.field;
      placed.path = path;
      refs.set(path, toA1(placed.row, placed.col));
      const value = getPath(scope.item !== undefined ? scope.item : model, cell.field);
      if (value !== undefined && value !== null) used.add(path);
      if (typeof value === "number" && Number.isFinite(value)) {
        placed.write = { value };
      } else if (typeof value === "string" && value.trim() !== "") {
        const shown = cell.show ? cell.show(value, ctx) : value;
        placed.write = { value: shown };
        if (looksLikeFormula(shown)) placed.guarded = true;
      } else if (typeof value === "boolean") {
        placed.write = { value: value ? "是" : "否" };
      }
      return;
    }
    if (cell.text !== undefined) {
      const t = typeof cell.text === "function" ? cell.text(ctx) : cell.text;
      if (t !== "") placed.write = { value: t };
      if (looksLikeFormula(t)) placed.guarded = true;
    }
  };

  for (const section of def.body) {
    if (section.type === "rows") {
      if (section.when && !section.when(tracked, blank)) continue;
      for (const spec of section.rows) placeRow(spec, {});
      continue;
    }
    placeRepeat(section);
  }

  function placeRepeat(section: RepeatSection): void {
    const given = getPath(model, section.items);
    let items: unknown[] = Array.isArray(given) && given.length > 0 ? given : [];
    if (items.length === 0) items = section.blank ? section.blank(tracked) : [];
    while (items.length < (section.min ?? 0)) items.push({});
    const headerRows = section.header ?? [];
    const start = r;
    const total = headerRows.length + items.length;
    const runs = groupRuns(items, section.group ?? []);
    headerRows.forEach((h, i) => {
      const cellsOf = i === 0 && section.side ? [{ ...section.side, down: total }, ...h.cells] : h.cells;
      placeRow({ ...h, cells: cellsOf }, {});
    });
    const first = r;
    items.forEach((item, i) => {
      const spec = i === 0 && headerRows.length === 0 && section.side ? { ...section.row, cells: [{ ...section.side, down: total }, ...section.row.cells] } : section.row;
      placeRow(spec, { item: item as Model, index: i, prefix: `${section.items}[${i}]`, skip: runs.skip[i]!, down: runs.down[i]! });
    });
    sections.set(section.items, { header: start + 1, first: first + 1, last: r });
  }

  // Formulas last: they may point at cells placed after them (总分 → every 得分 above).
  for (const p of pending) {
    const f = p.cell.spec.formula?.(p.ctx);
    if (f !== undefined && f !== "") p.cell.write = { formula: f };
  }

  const height = r;
  const writes: CellWrite[][] = Array.from({ length: height }, () => Array.from({ length: width }, (): CellWrite => ({ value: null })));
  for (const c of cells) if (c.write) writes[c.row]![c.col] = c.write;

  const ops = layoutOps(def, cells, height, rowHeights);
  return { width, height, range: rangeToA1({ top: 0, left: 0, bottom: Math.max(0, height - 1), right: width - 1 }), cells, writes, ops, refs, used, sections };
}

/** Text a spreadsheet might read as a formula or a signed number when typed or pasted. */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@]/.test(text.trimStart());
}

function joinPath(prefix: string, field: string): string {
  return field === "." ? prefix : `${prefix}.${field}`;
}

/**
 * For each item: the grouped fields it does not show (covered by the run above) and, for the
 * items that start a run, how many rows the run takes. An inner group's runs end where an
 * outer one's do; empty values never merge.
 */
function groupRuns(items: readonly unknown[], group: readonly string[]): { skip: Set<string>[]; down: Map<string, number>[] } {
  const skip = items.map(() => new Set<string>());
  const down = items.map(() => new Map<string, number>());
  const value = (i: number, f: string): string => {
    const v = getPath(items[i], f);
    return typeof v === "string" ? v.trim() : typeof v === "number" ? String(v) : "";
  };
  let breaks = new Set<number>([0]);
  for (const f of group) {
    const starts = new Set<number>(breaks);
    for (let i = 1; i < items.length; i++) {
      const v = value(i, f);
      if (v === "" || v !== value(i - 1, f)) starts.add(i);
    }
    const sorted = [...starts].sort((a, b) => a - b);
    sorted.forEach((s, k) => {
      const end = k + 1 < sorted.length ? sorted[k + 1]! : items.length;
      if (end - s > 1) down[s]!.set(f, end - s);
      for (let i = s + 1; i < end; i++) skip[i]!.add(f);
    });
    breaks = starts;
  }
  return { skip, down };
}

// ---------------------------------------------------------------------------------------------
// Layout ops

const LINE_HEIGHT = 1.4; // points per point of font size
const MIN_ROW_HEIGHT = 20;

/** Display width of text in Excel column units (a CJK character is about two). */
export function textUnits(text: string, size = 10): number {
  let units = 0;
  for (const ch of text) units += /[\u1100-\uFFFF]/.test(ch) && !/[\uFF61-\uFF9F]/.test(ch) ? 1.8 : 0.95;
  return (units * size) / 10;
}

function estimateLines(text: string, widthUnits: number, size: number): number {
  const usable = Math.max(2, widthUnits - 0.4);
  return text.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil(textUnits(line, size) / usable)), 0);
}

function layoutOps(def: TemplateDefinition, cells: PlacedCell[], height: number, rowHeights: Map<number, number>): LayoutOp[] {
  const ops: LayoutOp[] = [];
  def.columns.forEach((w, c) => ops.push({ op: "columnWidth", column: columnLetters(c), width: w }));

  // Row heights: at least the definition's, tall enough for wrapped text in one-row cells.
  for (const c of cells) {
    const size = fontSize(c.style);
    const base = Math.max(MIN_ROW_HEIGHT, size * LINE_HEIGHT + 6);
    if (c.rows !== 1) continue;
    const w = c.write && "value" in c.write && typeof c.write.value === "string" ? c.write.value : "";
    const span = def.columns.slice(c.col, c.col + c.cols).reduce((a, b) => a + b, 0);
    const lines = w === "" || isNumericStyle(c.style) ? 1 : estimateLines(w, span, size);
    const need = lines === 1 ? base : lines * size * LINE_HEIGHT + 6;
    rowHeights.set(c.row, Math.max(rowHeights.get(c.row) ?? 0, need));
  }
  for (let r = 0; r < height; r++) {
    const h = rowHeights.get(r);
    if (h !== undefined) ops.push({ op: "rowHeight", row: r + 1, height: Math.round(h * 10) / 10 });
  }

  for (const c of cells) {
    const range = rangeToA1({ top: c.row, left: c.col, bottom: c.row + c.rows - 1, right: c.col + c.cols - 1 });
    if (c.rows > 1 || c.cols > 1) ops.push({ op: "merge", range });
    const format: CellFormat = { ...STYLE_FORMATS[c.style] };
    if (c.guarded) format.numberFormat = TEXT_FORMAT;
    ops.push({ op: "format", range, format });
  }

  // Lists and hints: one op per run of rows in a column with the same list or hint.
  const runs = <T>(pick: (c: PlacedCell) => T | undefined, same: (a: T, b: T) => boolean, emit: (range: string, v: T) => void): void => {
    const sorted = cells.filter((c) => pick(c) !== undefined).sort((a, b) => a.col - b.col || a.row - b.row);
    let i = 0;
    while (i < sorted.length) {
      const start = sorted[i]!;
      const v = pick(start)!;
      let end = start;
      let j = i + 1;
      while (j < sorted.length) {
        const n = sorted[j]!;
        if (n.col !== start.col || n.row !== end.row + end.rows || !same(pick(n)!, v)) break;
        end = n;
        j++;
      }
      emit(rangeToA1({ top: start.row, left: start.col, bottom: end.row, right: start.col }), v);
      i = j;
    }
  };
  runs(
    (c) => c.list,
    (a, b) => a === b || (a.prompt === b.prompt && a.items.join("\u0001") === b.items.join("\u0001")),
    (range, l) => ops.push({ op: "validationList", range, items: l.items, prompt: l.prompt }),
  );
  runs(
    (c) => c.hint,
    (a, b) => a.title === b.title && a.text === b.text,
    (range, h) => ops.push({ op: "inputHint", range, title: h.title, text: h.text }),
  );

  const firstTable = cells.find((c) => STYLE_FORMATS[c.style].borders === true);
  const titleRows = def.printTitleRows && firstTable ? def.printTitleRows(firstTable.row + 1) : undefined;
  ops.push({ op: "print", orientation: "landscape", paper: "A4", fitToWidth: true, ...(titleRows ? { titleRows } : {}) });
  return ops;
}
