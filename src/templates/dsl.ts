/**
 * The template DSL: a form is described once, as data — rows of cells laid out like an HTML
 * table (each cell takes the next free column; `span` widens it, `down` makes it taller), static
 * labels, data slots (`field`), formulas, styles, input hints and drop-down lists. One
 * definition serves every host: `layoutTemplate` turns it into cells and LayoutOps, and
 * `applyTemplate` sends those through the host seam.
 *
 * A definition reads top to bottom like the printed form:
 *
 *   title((m) => `${yearPrefix(m)}专项资金支出方向绩效目标表`),
 *   row(label("项目金额"), amount("money.total"), label("项目实施期"), text("period", { span: "rest" })),
 *   indicators({ side: label("年度绩效指标"), columns: [...] }),
 *
 * Fields are paths into the fill data of the form's kind (see inputs.ts): "project",
 * "money.total", "goals.annual"; inside a repeated section they are paths into the item
 * ("level3", "target"). A test checks that every path a definition names exists in its kind's
 * input schema.
 */
import type { FinalAccountsTableId } from "../forms/forms";
import type { RegionProfile } from "../rules/profiles/profile";

/** The fill data of a form, as the kind's input schema accepts it (plain JSON values). */
export type Model = Record<string, unknown>;

/** Form kinds that have templates (the narrative JN has none). */
export type TemplateKind = "DT" | "ST" | "PT" | "DS" | "PS" | "JS" | "MT";

export type Style =
  /** The form's title: 黑体, large, centred, no border. */
  | "title"
  /** Lines between title and table (填报单位, 金额单位, 公开01表): 仿宋, no border. */
  | "subtitle"
  | "subtitleRight"
  /** A centred line under the title: "（2024年度）". */
  | "caption"
  /** Notes under the table (注：…): 仿宋, small, no border. */
  | "note"
  /** Row and column labels: 宋体 bold, centred, bordered. */
  | "label"
  /** Labels that read left-aligned (决算 line items: 一、一般公共服务支出). */
  | "labelLeft"
  /** Text the clerk fills in: 宋体, left, wrapped. */
  | "text"
  /** Short values shown centred (代码, 行次, 序号, 指标值). */
  | "center"
  /** Money: right-aligned, #,##0.00. */
  | "amount"
  /** Rates stored as fractions and shown as percentages (执行率). */
  | "rate"
  /** Plain numbers: 分值, 得分, 资金支出计划 percentages. */
  | "number"
  /** Percent points written as numbers (资金支出计划（%）: 25.00). */
  | "points";

export interface Hint {
  title: string;
  text: string;
}

/** What a computed cell can see: the fill data, the current item, and where fields landed. */
export interface Ctx {
  model: Model;
  /** The region profile (weights, 反向 scoring variant, grade bands) the sheet scores by. */
  profile: RegionProfile;
  /** The item of the repeated section the cell belongs to. */
  item?: Model;
  /** 0-based index of the item. */
  index?: number;
  /** A1 address of the cell bound to a field: item-relative first, then from the root. */
  ref(path: string): string | undefined;
  /** A1 range of one field over all items of a repeated section ("H13:H23"). */
  column(items: string, field: string): string | undefined;
  /** Count a data path as placed (a value written inside a computed text, e.g. the year in a title). */
  use(path: string): void;
}

export interface CellSpec {
  /** Static text (a label), or text computed from the data. */
  text?: string | ((ctx: Ctx) => string);
  /** Data slot: a path into the fill data (or the item inside a repeated section). */
  field?: string;
  /** How a field's value is shown, e.g. "目标1:" before a goal. Text fields only. */
  show?: (value: string, ctx: Ctx) => string;
  /**
   * A live formula, written when the data gives no value for the cell's field (a stated value
   * is the clerk's own number and is kept, so the rules can check it).
   */
  formula?: (ctx: Ctx) => string | undefined;
  /** Columns taken; "rest" runs to the last column. */
  span?: number | "rest";
  /** Rows taken (merged down). */
  down?: number;
  style?: Style;
  /** Prompt shown when the cell is selected; may depend on the row (a 定性 indicator's bands). */
  hint?: Hint | ((ctx: Ctx) => Hint | undefined);
  /** Drop-down list (the clerk picks; the prompt says what the list is). */
  list?: ListSpec | ((ctx: Ctx) => ListSpec | undefined);
}

export interface ListSpec {
  items: readonly string[];
  prompt: string;
}

export interface RowSpec {
  cells: CellSpec[];
  /** Minimum height in points; rows grow to fit their text. */
  height?: number;
}

export interface RowsSection {
  type: "rows";
  rows: RowSpec[];
  /** Leave the rows out when this says no (e.g. an optional money line the data does not have). */
  when?: (model: Model, blank: boolean) => boolean;
}

export interface RepeatSection {
  type: "repeat";
  /** Path of the array in the fill data. */
  items: string;
  /** A label cell merged down over the header rows and every item row (年度绩效指标). */
  side?: CellSpec;
  header?: RowSpec[];
  /** One row per item; fields are paths into the item. */
  row: RowSpec;
  /**
   * Fields whose runs of equal values are merged down, outermost first (一级, then 二级 within
   * its 一级): the form's "same as above" cells.
   */
  group?: readonly string[];
  /** Items of the empty template (e.g. the indicator framework's 一级/二级 skeleton). */
  blank?: (model: Model) => Model[];
  /** At least this many rows: missing ones are empty. */
  min?: number;
}

export type Section = RowsSection | RepeatSection;

export interface TemplateDefinition {
  kind: TemplateKind;
  /** Layout name: "hunan-2021", "hebei", "gansu-2024"; "01" … "09" for the 决算 tables. */
  layout: string;
  /** For 决算 tables: which of 公开01–09. */
  table?: FinalAccountsTableId;
  /** Name shown in lists: "项目支出绩效目标表（河北）". */
  name: string;
  /** One sentence: where the layout comes from and what it holds. */
  description: string;
  /** Sheet name for the inserted template. */
  sheetName: (model: Model) => string;
  /** Column widths (Excel character units), A first; the form is exactly this wide. */
  columns: readonly number[];
  body: readonly Section[];
  /** Rows repeated at the top of each printed page (1-based, "4:5"), for long tables. */
  printTitleRows?: (firstTableRow: number) => string;
  /** Region profile the layout comes from (its weights and scoring); default: the national one. */
  profile?: string;
  /**
   * The layout's view of the fill data, when it is not the data itself: defaults (序号),
   * lines paired by 行次, 决算 items split into groups. `handled` lists the data paths it
   * placed, `unplaced` those it could not (they are reported, never silently dropped).
   */
  prepare?: (input: Model, profile: RegionProfile) => Prepared;
}

export interface Prepared {
  model: Model;
  handled?: readonly string[];
  unplaced?: readonly string[];
}

// ---------------------------------------------------------------------------------------------
// Builders: short names so definitions read like the form.

type CellOptions = Omit<CellSpec, "text" | "field">;

export function row(...cells: CellSpec[]): RowSpec {
  return { cells };
}

export function tallRow(height: number, ...cells: CellSpec[]): RowSpec {
  return { cells, height };
}

export function rows(...list: RowSpec[]): RowsSection {
  return { type: "rows", rows: list };
}

export function rowsWhen(when: RowsSection["when"], ...list: RowSpec[]): RowsSection {
  return { type: "rows", rows: list, when };
}

/** A static label (or one computed from the data: "资金情况（万元）"). */
export function label(text: string | ((ctx: Ctx) => string), options: CellOptions = {}): CellSpec {
  return { style: "label", ...options, text };
}

/** Static or computed text without a data slot. */
export function fixed(text: string | ((ctx: Ctx) => string), options: CellOptions = {}): CellSpec {
  return { style: "text", ...options, text };
}

/** A text slot. */
export function text(field: string, options: CellOptions = {}): CellSpec {
  return { style: "text", ...options, field };
}

/** A money slot (万元 or 元 as the form says). */
export function amount(field: string, options: CellOptions = {}): CellSpec {
  return { style: "amount", hint: { title: "金额", text: "填写金额（数字，单位见表头），如 80 或 433.50。" }, ...options, field };
}

/** A plain number slot (分值, 得分). */
export function number(field: string, options: CellOptions = {}): CellSpec {
  return { style: "number", ...options, field };
}

/** The title row: one cell across the whole form. */
export function title(text: string | ((ctx: Ctx) => string)): RowsSection {
  return rows(tallRow(30, { style: "title", span: "rest", text }));
}

/** An empty spacer row without borders. */
export function gap(height = 8): RowSpec {
  return { cells: [{ style: "subtitle", span: "rest", text: "" }], height };
}

export function repeat(section: Omit<RepeatSection, "type">): RepeatSection {
  return { type: "repeat", ...section };
}

// ---------------------------------------------------------------------------------------------
// Helpers shared by definitions

/** "2021年" when the data has a year, "" otherwise (a title without a year stays a title). */
export function yearPrefix(m: Model, suffix = "年"): string {
  return typeof m.year === "number" ? `${m.year}${suffix}` : "";
}

export function str(v: unknown): string {
  return typeof v === "string" ? v : typeof v === "number" ? String(v) : "";
}

/** The data's own title when it has one (the year counts as placed when it says it), else the layout's. */
export function titleOr(fallback: (m: Model) => string): (ctx: Ctx) => string {
  return (ctx) => {
    const t = str(ctx.model.title).trim();
    if (t === "") return fallback(ctx.model);
    if (/(19|20)\d{2}/.exec(t)?.[0] === String(ctx.model.year)) ctx.use("year");
    return t;
  };
}

/** A label naming the money unit: "资金情况（万元）". */
export function inMoneyUnit(prefix: string, open = "（", close = "）"): (ctx: Ctx) => string {
  return (ctx) => `${prefix}${open}${str(ctx.model.moneyUnit) || "万元"}${close}`;
}

/** Sheet names: the project's name for project forms, else a fixed name. */
export function sheetFrom(field: string, fallback: string): (m: Model) => string {
  return (m) => {
    const v = str(m[field]).trim();
    return v !== "" ? v : fallback;
  };
}
