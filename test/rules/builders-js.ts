/**
 * Builders for 部门决算 rule tests: the nine 公开表 in the national 2021 layout (as in seed 003,
 * smaller), and the 决算情况说明, as rows of a grid run through the real recogniser. Every
 * builder returns rows; `jsForms(...blocks)` stacks blocks one under another (one empty row
 * between) on one sheet and recognises them, so findings carry real cell addresses.
 *
 * Defaults are a small consistent department (万元):
 *   income   一般公共预算财政拨款 150 + 其他收入 20 = 170
 *   spending 201 一般公共服务 120 (20103 → 2010301 行政运行 80 basic, 2010302 40 project),
 *            210 卫生健康 30 (21004 → 2100410 30 project), 229 其他支出 20 (22999 → 2299999 20 project)
 *   basic 80 = 人员经费 60 (301 50, 303 10) + 公用经费 20 (302 20); 三公 budget 10 / final 8.
 */
import { Grid } from "../../src/grid/grid";
import { recogniseGrid } from "../../src/recognise";
import type { FinalAccountsTableForm, FinalAccountsTableId, Form } from "../../src/forms/forms";

export type Cell = string | number | null;
export type Rows = Cell[][];

/** Stack blocks (one empty row between) on one sheet and recognise them. */
export function jsForms(...blocks: Rows[]): Form[] {
  return jsFormsOn("决算", ...blocks);
}

export function jsFormsOn(sheet: string, ...blocks: Rows[]): Form[] {
  const rows: Rows = [];
  for (const b of blocks) {
    if (rows.length > 0) rows.push([]);
    rows.push(...b);
  }
  const { forms, messages } = recogniseGrid(Grid.fromRows(sheet, rows));
  if (forms.length === 0) throw new Error(`builder grid not recognised: ${messages.join("; ")}`);
  return forms;
}

/** The one JS table of that id among the forms (fails loudly when the recogniser missed it). */
export function table(forms: Form[], id: FinalAccountsTableId): FinalAccountsTableForm {
  const t = forms.find((f): f is FinalAccountsTableForm => f.kind === "JS" && f.table === id);
  if (!t) throw new Error(`no 公开${id}表 among ${forms.map((f) => (f.kind === "JS" ? f.table : f.kind)).join(", ")}`);
  return t;
}

const sum = (xs: Cell[]): number => Math.round(xs.reduce<number>((s, x) => s + (typeof x === "number" ? x : 0), 0) * 100) / 100;

// ---------------------------------------------------------------------------------------------
// 01 收入支出决算总表

export interface T01Spec {
  income?: [string, Cell][];
  expenditure?: [string, Cell][];
  incomeTotal?: Cell;
  expenditureTotal?: Cell;
  unused?: Cell;
  opening?: Cell;
  distribution?: Cell;
  closing?: Cell;
  incomeGrand?: Cell;
  expenditureGrand?: Cell;
}

export const INCOME_01: [string, Cell][] = [
  ["一、一般公共预算财政拨款收入", 150],
  ["二、政府性基金预算财政拨款收入", null],
  ["三、国有资本经营预算财政拨款收入", null],
  ["四、上级补助收入", null],
  ["五、事业收入", null],
  ["六、经营收入", null],
  ["七、附属单位上缴收入", null],
  ["八、其他收入", 20],
];

export const EXPENDITURE_01: [string, Cell][] = [
  ["一、一般公共服务支出", 120],
  ["二、外交支出", null],
  ["九、卫生健康支出", 30],
  ["十一、城乡社区支出", null],
  ["二十三、其他支出", 20],
];

export function t01(spec: T01Spec = {}): Rows {
  const income = spec.income ?? INCOME_01;
  const expenditure = spec.expenditure ?? EXPENDITURE_01;
  const it = spec.incomeTotal !== undefined ? spec.incomeTotal : sum(income.map((l) => l[1]));
  const et = spec.expenditureTotal !== undefined ? spec.expenditureTotal : sum(expenditure.map((l) => l[1]));
  const ig = spec.incomeGrand !== undefined ? spec.incomeGrand : sum([it, spec.unused ?? null, spec.opening ?? null]);
  const eg = spec.expenditureGrand !== undefined ? spec.expenditureGrand : sum([et, spec.distribution ?? null, spec.closing ?? null]);
  const n = Math.max(income.length, expenditure.length);
  const rows: Rows = [
    ["收入支出决算总表"],
    ["收入", null, null, "支出"],
    ["项目", "行次", "金额", "项目", "行次", "金额"],
    ["栏次", null, 1, "栏次", null, 2],
  ];
  for (let i = 0; i < n; i++) {
    const a = income[i];
    const b = expenditure[i];
    rows.push([a ? a[0] : null, i + 1, a ? a[1] : null, b ? b[0] : null, 32 + i, b ? b[1] : null]);
  }
  rows.push(["本年收入合计", 27, it, "本年支出合计", 58, et]);
  rows.push(["使用非财政拨款结余", 28, spec.unused ?? null, "结余分配", 59, spec.distribution ?? null]);
  rows.push(["年初结转和结余", 29, spec.opening ?? null, "年末结转和结余", 60, spec.closing ?? null]);
  rows.push(["总计", 31, ig, "总计", 62, eg]);
  rows.push(["注：本表反映部门本年度的总收支和年末结转结余情况。"]);
  return rows;
}

// ---------------------------------------------------------------------------------------------
// 04 财政拨款收入支出决算总表

/** [label, 合计, 一般公共预算, 政府性基金, 国有资本经营] */
export type FundLine = [string, Cell, Cell, Cell, Cell];

export interface T04Spec {
  income?: [string, Cell][];
  expenditure?: FundLine[];
  incomeTotal?: Cell;
  /** 本年支出合计: [合计, 一般公共预算, 政府性基金, 国有资本经营] */
  expenditureTotal?: [Cell, Cell, Cell, Cell];
  /** 年初财政拨款结转和结余: [itself, 一般公共预算, 政府性基金, 国有资本经营] */
  opening?: [Cell, Cell, Cell, Cell];
  /** 年末财政拨款结转和结余 by column. */
  closing?: [Cell, Cell, Cell, Cell];
  incomeGrand?: Cell;
  expenditureGrand?: [Cell, Cell, Cell, Cell];
}

export const EXPENDITURE_04: FundLine[] = [
  ["一、一般公共服务支出", 120, 120, null, null],
  ["二、外交支出", null, null, null, null],
  ["九、卫生健康支出", 30, 30, null, null],
];

export function t04(spec: T04Spec = {}): Rows {
  const income = spec.income ?? [
    ["一、一般公共预算财政拨款", 150],
    ["二、政府性基金预算财政拨款", null],
    ["三、国有资本经营预算财政拨款", null],
  ];
  const exp = spec.expenditure ?? EXPENDITURE_04;
  const it = spec.incomeTotal !== undefined ? spec.incomeTotal : sum(income.map((l) => l[1]));
  const col = (i: 1 | 2 | 3 | 4): number => sum(exp.map((l) => l[i]));
  const et = spec.expenditureTotal ?? [col(1), col(2), col(3) || null, col(4) || null];
  const opening = spec.opening ?? [null, null, null, null];
  const closing = spec.closing ?? [null, null, null, null];
  const ig = spec.incomeGrand !== undefined ? spec.incomeGrand : sum([it, ...(opening[0] !== null ? [opening[0]] : opening.slice(1))]);
  const eg = spec.expenditureGrand ?? (et.map((x, i) => (x === null && closing[i] === null ? null : sum([x, closing[i] ?? null]))) as [Cell, Cell, Cell, Cell]);
  const n = Math.max(income.length, exp.length);
  const rows: Rows = [
    ["财政拨款收入支出决算总表"],
    ["收入", null, null, "支出"],
    ["项目", "行次", "金额", "项目", "行次", "合计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"],
    ["栏次", null, 1, "栏次", null, 2, 3, 4, 5],
  ];
  for (let i = 0; i < n; i++) {
    const a = income[i];
    const b = exp[i];
    rows.push([a ? a[0] : null, i + 1, a ? a[1] : null, b ? b[0] : null, 33 + i, ...(b ? b.slice(1) : [null, null, null, null])]);
  }
  rows.push(["本年收入合计", 27, it, "本年支出合计", 59, ...et]);
  rows.push(["年初财政拨款结转和结余", 28, opening[0], "年末财政拨款结转和结余", 60, ...closing]);
  rows.push(["一般公共预算财政拨款", 29, opening[1], null, 61]);
  rows.push(["政府性基金预算财政拨款", 30, opening[2], null, 62]);
  rows.push(["国有资本经营预算财政拨款", 31, opening[3], null, 63]);
  rows.push(["总计", 32, ig, "总计", 64, ...eg]);
  rows.push(["注：本表反映部门本年度财政拨款的总收支和年末结转结余情况。"]);
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Code tables 02, 03, 05, 08, 09: [code | null, name, ...amounts]; the 合计 line is [null, "合计", …]

const CODE_HEADERS: Record<"02" | "03" | "05" | "08" | "09", { title: string; header: Rows }> = {
  "02": {
    title: "收入决算表",
    header: [
      ["项目", null, "本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"],
      ["功能分类科目编码", "科目名称"],
      ["栏次", null, 1, 2, 3, 4, 5, 6, 7],
    ],
  },
  "03": {
    title: "支出决算表",
    header: [
      ["项目", null, "本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"],
      ["功能分类科目编码", "科目名称"],
      ["栏次", null, 1, 2, 3, 4, 5, 6],
    ],
  },
  "05": {
    title: "一般公共预算财政拨款支出决算表",
    header: [
      ["项目", null, "本年支出"],
      ["功能分类科目编码", "科目名称", "小计", "基本支出", "项目支出"],
      ["栏次", null, 1, 2, 3],
    ],
  },
  "08": {
    title: "政府性基金预算财政拨款收入支出决算表",
    header: [
      ["项目", null, "年初结转和结余", "本年收入", "本年支出", null, null, "年末结转和结余"],
      ["功能分类科目编码", "科目名称", null, null, "小计", "基本支出", "项目支出"],
      ["栏次", null, 1, 2, 3, 4, 5, 6],
    ],
  },
  "09": {
    title: "国有资本经营预算财政拨款支出决算表",
    header: [
      ["项目", null, "本年支出"],
      ["功能分类科目编码", "科目名称", "合计", "基本支出", "项目支出"],
      ["栏次", null, 1, 2, 3],
    ],
  },
};

export function codeTable(id: "02" | "03" | "05" | "08" | "09", lines: Rows, note?: string): Rows {
  const h = CODE_HEADERS[id];
  return [[h.title], ["金额单位：万元"], ...h.header, ...lines, ["注：本表反映部门本年度情况。"], ...(note ? [[note]] : [])];
}

export const LINES_02: Rows = [
  [null, "合计", 170, 150, null, null, null, null, 20],
  ["201", "一般公共服务支出", 120, 120, null, null, null, null, null],
  ["20103", "政府办公厅（室）及相关机构事务", 120, 120, null, null, null, null, null],
  ["2010301", "行政运行", 80, 80, null, null, null, null, null],
  ["2010302", "一般行政管理事务", 40, 40, null, null, null, null, null],
  ["210", "卫生健康支出", 30, 30, null, null, null, null, null],
  ["21004", "公共卫生", 30, 30, null, null, null, null, null],
  ["2100410", "突发公共卫生事件应急处理", 30, 30, null, null, null, null, null],
  ["229", "其他支出", 20, null, null, null, null, null, 20],
  ["22999", "其他支出", 20, null, null, null, null, null, 20],
  ["2299999", "其他支出", 20, null, null, null, null, null, 20],
];

export const LINES_03: Rows = [
  [null, "合计", 170, 80, 90, null, null, null],
  ["201", "一般公共服务支出", 120, 80, 40, null, null, null],
  ["20103", "政府办公厅（室）及相关机构事务", 120, 80, 40, null, null, null],
  ["2010301", "行政运行", 80, 80, null, null, null, null],
  ["2010302", "一般行政管理事务", 40, null, 40, null, null, null],
  ["210", "卫生健康支出", 30, null, 30, null, null, null],
  ["21004", "公共卫生", 30, null, 30, null, null, null],
  ["2100410", "突发公共卫生事件应急处理", 30, null, 30, null, null, null],
  ["229", "其他支出", 20, null, 20, null, null, null],
  ["22999", "其他支出", 20, null, 20, null, null, null],
  ["2299999", "其他支出", 20, null, 20, null, null, null],
];

export const LINES_05: Rows = [
  [null, "合计", 150, 80, 70],
  ["201", "一般公共服务支出", 120, 80, 40],
  ["20103", "政府办公厅(室)及相关机构事务", 120, 80, 40],
  ["2010301", "行政运行", 80, 80, null],
  ["2010302", "一般行政管理事务", 40, null, 40],
  ["210", "卫生健康支出", 30, null, 30],
  ["21004", "公共卫生", 30, null, 30],
  ["2100410", "突发公共卫生事件应急处理", 30, null, 30],
];

export const t02 = (lines: Rows = LINES_02): Rows => codeTable("02", lines);
export const t03 = (lines: Rows = LINES_03): Rows => codeTable("03", lines);
export const t05 = (lines: Rows = LINES_05): Rows => codeTable("05", lines);
/** 08 without data ("本表无数据") unless lines are given. */
export const t08 = (lines?: Rows): Rows =>
  codeTable("08", lines ?? [[null, "合计", null, null, null, null, null, null]], lines ? undefined : "本单位本年度没有政府性基金收入，也没有使用政府性基金安排的支出，故本表无数据。");
export const t09 = (lines?: Rows): Rows =>
  codeTable("09", lines ?? [[null, "合计", null, null, null]], lines ? undefined : "本单位本年度没有国有资本经营预算财政拨款支出，故本表无数据。");

// ---------------------------------------------------------------------------------------------
// 06 基本支出决算明细表: two groups (人员经费 | 公用经费) side by side

export interface T06Spec {
  personnel?: [string, string, Cell][];
  publicUse?: [string, string, Cell][];
  personnelTotal?: Cell;
  publicTotal?: Cell;
  /** A 合计 line under the group totals (some layouts print one). */
  basicTotal?: Cell;
}

export const PERSONNEL_06: [string, string, Cell][] = [
  ["301", "工资福利支出", 50],
  ["30101", "基本工资", 30],
  ["30102", "津贴补贴", 20],
  ["303", "对个人和家庭的补助", 10],
  ["30305", "生活补助", 10],
];

export const PUBLIC_06: [string, string, Cell][] = [
  ["302", "商品和服务支出", 20],
  ["30201", "办公费", 12],
  ["30215", "会议费", null],
  ["30216", "培训费", 2],
  ["30231", "公务用车运行维护费", 6],
];

export function t06(spec: T06Spec = {}): Rows {
  const p = spec.personnel ?? PERSONNEL_06;
  const q = spec.publicUse ?? PUBLIC_06;
  const classSum = (ls: [string, string, Cell][]): number => sum(ls.filter((l) => l[0].length === 3).map((l) => l[2]));
  const rows: Rows = [
    ["一般公共预算财政拨款基本支出决算明细表"],
    ["人员经费", null, null, "公用经费"],
    ["科目编码", "科目名称", "决算数", "科目编码", "科目名称", "决算数"],
  ];
  for (let i = 0; i < Math.max(p.length, q.length); i++) {
    const a = p[i];
    const b = q[i];
    rows.push([...(a ?? [null, null, null]), ...(b ?? [null, null, null])]);
  }
  rows.push(["人员经费合计", null, spec.personnelTotal !== undefined ? spec.personnelTotal : classSum(p), "公用经费合计", null, spec.publicTotal !== undefined ? spec.publicTotal : classSum(q)]);
  if (spec.basicTotal !== undefined) rows.push(["合计", null, spec.basicTotal]);
  rows.push(["注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。"]);
  return rows;
}

// ---------------------------------------------------------------------------------------------
// 07 “三公”经费: 预算数 1–6 | 决算数 7–12 (合计, 因公出国, 公务用车小计, 购置, 运行, 公务接待)

export type ThreeCosts = [Cell, Cell, Cell, Cell, Cell, Cell];

export function t07(budget: ThreeCosts = [10, null, 6, null, 6, 4], final: ThreeCosts = [8, null, 5, null, 5, 3]): Rows {
  const head = ["合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"];
  const sub = [null, null, "小计", "公务用车购置费", "公务用车运行费", null];
  return [
    ["一般公共预算财政拨款“三公”经费支出决算表"],
    ["金额单位：万元"],
    ["预算数", null, null, null, null, null, "决算数"],
    [...head, ...head],
    [...sub, ...sub],
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
    [...budget, ...final],
    ["注：本表反映部门本年度“三公”经费支出预决算情况。"],
  ];
}

/** All nine tables of the default department. */
export function allTables(): Rows[] {
  return [t01(), t02(), t03(), t04(), t05(), t06(), t07(), t08(), t09()];
}

// ---------------------------------------------------------------------------------------------
// 决算情况说明: a title, then headings and paragraphs one per row

/** Sections as [heading, ...paragraphs]. */
export function narrative(sections: string[][], title = "2021年度部门决算情况说明"): Rows {
  const rows: Rows = [[title]];
  for (const s of sections) for (const line of s) rows.push([line]);
  return rows;
}

/**
 * A 决算情况说明 with every section the national template asks for, consistent with the default
 * tables: one heading row and one paragraph row per section (the 05 section has its three parts).
 */
export const FULL_NARRATIVE: string[][] = [
  ["一、收入支出决算总体情况说明", "2021年度收、支总计170万元。与上年相比，减少30万元，减少15%，主要原因是厉行节约。"],
  ["二、收入决算情况说明", "本年收入合计170万元，其中：财政拨款收入150万元，占88.24%；其他收入20万元，占11.76%。"],
  ["三、支出决算情况说明", "本年支出合计170万元，其中：基本支出80万元，占47.06%；项目支出90万元，占52.94%。"],
  ["四、财政拨款收入支出决算总体情况说明", "2021年度财政拨款收、支总计150万元，与上年持平。"],
  [
    "五、一般公共预算财政拨款支出决算情况说明",
    "（一）一般公共预算财政拨款支出决算总体情况",
    "2021年度一般公共预算财政拨款支出150万元，占本年支出合计的88.24%。",
    "（二）一般公共预算财政拨款支出决算结构情况",
    "2021年度一般公共预算财政拨款支出150万元，主要用于以下方面：一般公共服务（类）支出120万元，占80%；卫生健康（类）支出30万元，占20%。",
    "（三）一般公共预算财政拨款支出决算具体情况",
    "1、一般公共服务（类）政府办公厅（室）及相关机构事务（款）行政运行（项）。",
    "年初预算为80万元，支出决算为80万元，完成年初预算的100%，决算数等于年初预算数。",
  ],
  ["六、一般公共预算财政拨款基本支出决算情况说明", "2021年度一般公共预算财政拨款基本支出80万元，其中：人员经费60万元；公用经费20万元。"],
  ["七、一般公共预算财政拨款“三公”经费支出决算情况说明", "“三公”经费财政拨款支出预算为10万元，支出决算为8万元，完成预算的80%。"],
  ["八、政府性基金预算财政拨款收入支出决算情况说明", "本单位2021年度无政府性基金预算财政拨款收入和支出，故公开08表为空表。"],
  ["九、国有资本经营预算财政拨款支出决算情况说明", "本单位2021年度无国有资本经营预算财政拨款支出，故公开09表为空表。"],
  ["十、机关运行经费支出情况说明", "2021年度本单位机关运行经费支出20万元。"],
  ["十一、政府采购支出情况说明", "2021年度本单位政府采购支出总额0万元。"],
  ["十二、国有资产占用情况说明", "截至2021年12月31日，本单位共有车辆5辆。"],
  ["十三、预算绩效管理情况说明", "2021年度本单位对2个项目开展了绩效自评，涉及资金70万元。"],
];

/** The full narrative without the sections whose heading matches. */
export function narrativeWithout(re: RegExp): string[][] {
  return FULL_NARRATIVE.filter((s) => !re.test(s[0]!));
}
