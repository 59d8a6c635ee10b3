/**
 * Realistic workbooks of any size for the benchmarks, built from the seed forms
 * (test/fixtures/seeds/*.xlsx) as a clerk's workbook has them: values, number formats, fonts,
 * borders, merged areas and column widths copied cell by cell.
 *
 * A workbook of N cells (non-empty cells, as the grid sees them) is made of:
 * - 40 % performance forms (DT, ST, PT, DS, PS), half of them one form per sheet, half stacked
 *   ten to a sheet (a compiled 汇编), every copy with its own numbers and project name;
 * - 60 % 部门决算: one copy of the nine 公开 tables and the 决算情况说明, where 公开03表 (支出决算表)
 *   is grown to thousands of 功能分类 lines (类 / 款 / 项, each 类 and 款 the sum of its lines, so
 *   the roll-up rules see consistent numbers, as in a real 决算).
 *
 * The mix is the same at every size, so timings at 10k, 100k and 1M cells compare like with
 * like. Everything comes from a seeded generator: the same size gives the same file.
 *
 *   npx tsx bench/generate.ts 100000 out.xlsx
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { worksheetToGrid } from "../src/hosts/memory";
import { recogniseGrid } from "../src/recognise";
import type { FormKind } from "../src/forms/forms";

const SEEDS = join(__dirname, "..", "test", "fixtures", "seeds");

/** Bumped whenever the generator's output changes, so cached files are rebuilt. */
export const GENERATOR_VERSION = 4;

/** exceljs ValueType values used here. */
const MERGE = 1;
const FORMULA = 6;

/** mulberry32: small, fast, seeded. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface TemplateCell {
  row: number; // 0-based within the template
  col: number;
  value: ExcelJS.CellValue;
  style: Partial<ExcelJS.Style>;
}

interface Template {
  seed: string;
  sheet: string;
  kinds: FormKind[];
  rows: number;
  cells: TemplateCell[];
  merges: { top: number; left: number; bottom: number; right: number }[];
  widths: (number | undefined)[];
  /** Text of the project name cell(s), made unique per copy. */
  project: string | undefined;
  /** Names of the 单位 the forms belong to, made unique per department (see placeTemplate). */
  units: string[];
}

let cachedTemplates: Template[] | undefined;

/** Every sheet of every seed workbook, with the forms the recogniser finds on it. */
export async function loadTemplates(): Promise<Template[]> {
  if (cachedTemplates) return cachedTemplates;
  const out: Template[] = [];
  for (const file of readdirSync(SEEDS).filter((f) => /^\d{3}\.xlsx$/.test(f)).sort()) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(join(SEEDS, file)) as unknown as ExcelJS.Buffer);
    for (const ws of wb.worksheets) {
      if (ws.state !== "visible") continue;
      const grid = worksheetToGrid(ws);
      const rec = recogniseGrid(grid);
      const cells: TemplateCell[] = [];
      ws.eachRow((row, r) => {
        row.eachCell((cell, c) => {
          if ((cell.type as number) === MERGE || cell.value === null || cell.value === undefined) return;
          // Formulas keep their cached result only: the bench workbook holds what a clerk's does.
          const value = (cell.type as number) === FORMULA ? ((cell.result as ExcelJS.CellValue) ?? null) : cell.value;
          if (value === null || value === "") return;
          cells.push({ row: r - 1, col: c - 1, value, style: cell.style ?? {} });
        });
      });
      const merges = (ws.model.merges ?? []).map((a1) => {
        const [a, b] = a1.split(":");
        const p = ws.getCell(a!);
        const q = ws.getCell(b ?? a!);
        return { top: Number(p.row) - 1, left: Number(p.col) - 1, bottom: Number(q.row) - 1, right: Number(q.col) - 1 };
      });
      const widths: (number | undefined)[] = [];
      for (let c = 1; c <= ws.columnCount; c++) widths.push(ws.getColumn(c).width);
      const pt = rec.forms.find((f) => (f.kind === "PT" || f.kind === "PS") && f.header.project);
      const project = pt && (pt.kind === "PT" || pt.kind === "PS") ? pt.header.project?.value : undefined;
      const units = [...new Set(rec.forms.map((f) => ("header" in f ? f.header.unit?.value.trim() : undefined)).filter((u): u is string => !!u && u.length >= 2))];
      out.push({ seed: file, sheet: ws.name, kinds: rec.forms.map((f) => f.kind), rows: ws.rowCount, cells, merges, widths, project, units });
    }
  }
  cachedTemplates = out;
  return out;
}

const PERFORMANCE: readonly FormKind[] = ["DT", "ST", "PT", "DS", "PS"];

function decimalsOf(numFmt: string | undefined): number {
  const m = /0\.(0+)/.exec(numFmt ?? "");
  return m?.[1]?.length ?? 0;
}

/** A copy's numbers: money scaled by the copy's factor; some scores and counts nudged. */
function varyNumber(v: number, numFmt: string | undefined, factor: number, random: () => number): number {
  if (numFmt?.includes("%")) return random() < 0.2 ? Math.round(v * (0.85 + random() * 0.15) * 100) / 100 : v;
  const decimals = decimalsOf(numFmt);
  if (decimals > 0 || v > 100) {
    const p = 10 ** Math.max(2, decimals);
    return Math.round(v * factor * p) / p;
  }
  // Weights, scores, counts: mostly kept (so the sums hold), sometimes a point off.
  if (random() < 0.1 && v >= 1) return Math.max(0, v - 1);
  return v;
}

interface Placed {
  cells: number;
  rows: number;
}

/**
 * Writes one template at `top` (0-based) into a sheet being written row by row. `department`
 * numbers the department the copy belongs to: its 单位 names carry that number, so a large
 * workbook holds many departments of a few forms each, as a compiled 汇编 does, rather than
 * thousands of forms of one department.
 */
function placeTemplate(
  rows: Map<number, Map<number, { value: ExcelJS.CellValue; style: Partial<ExcelJS.Style> }>>,
  merges: { top: number; left: number; bottom: number; right: number }[],
  t: Template,
  top: number,
  copy: number,
  random: () => number,
  department = 0,
): Placed {
  const factor = 0.5 + random();
  const suffix = `（${copy}）`;
  let cells = 0;
  for (const c of t.cells) {
    let value = c.value;
    if (typeof value === "number") value = varyNumber(value, c.style.numFmt, factor, random);
    else if (typeof value === "string" && t.project && value.trim() === t.project) value = `${value}${suffix}`;
    else if (typeof value === "string" && department > 0) for (const u of t.units) if (value.includes(u)) value = (value as string).split(u).join(`${u}（${department}）`);
    let row = rows.get(top + c.row);
    if (!row) rows.set(top + c.row, (row = new Map()));
    row.set(c.col, { value, style: c.style });
    cells++;
  }
  for (const m of t.merges) merges.push({ top: m.top + top, left: m.left, bottom: m.bottom + top, right: m.right });
  return { cells, rows: t.rows };
}

function writeSheet(
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  widths: (number | undefined)[],
  rows: Map<number, Map<number, { value: ExcelJS.CellValue; style: Partial<ExcelJS.Style> }>>,
  merges: { top: number; left: number; bottom: number; right: number }[],
): void {
  const ws = wb.addWorksheet(name);
  ws.columns = widths.map((w) => ({ width: w ?? 12 }));
  for (const m of merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  for (const r of [...rows.keys()].sort((a, b) => a - b)) {
    const row = ws.getRow(r + 1);
    for (const [c, cell] of rows.get(r)!) {
      const target = row.getCell(c + 1);
      target.value = cell.value;
      target.style = cell.style;
    }
    row.commit();
  }
  ws.commit();
}

function uniqueName(base: string, used: Set<string>): string {
  const clean = base.replace(/[[\]:*?/\\]/g, "").slice(0, 24) || "Sheet";
  let name = clean;
  for (let i = 2; used.has(name); i++) name = `${clean.slice(0, 24)}-${i}`;
  used.add(name);
  return name;
}

// ---------------------------------------------------------------------------------------------
// The big 公开03表

/** 科目名称 for generated 功能分类 lines (from the national 2021 classification). */
const CLASS_NAMES = ["一般公共服务支出", "公共安全支出", "教育支出", "科学技术支出", "文化旅游体育与传媒支出", "社会保障和就业支出", "卫生健康支出", "节能环保支出", "城乡社区支出", "农林水支出", "交通运输支出", "住房保障支出", "其他支出"];
const CLASS_CODES = [201, 204, 205, 206, 207, 208, 210, 211, 212, 213, 214, 221, 229];
const KUAN_NAMES = ["政府办公厅（室）及相关机构事务", "发展与改革事务", "统计信息事务", "财政事务", "税收事务", "审计事务", "人力资源事务", "纪检监察事务", "商贸事务", "其他一般公共服务支出"];
const XIANG_NAMES = ["行政运行", "一般行政管理事务", "机关服务", "专项业务活动", "信息化建设", "事业运行", "其他政府办公厅（室）及相关机构事务支出", "突发公共卫生事件应急处理", "其他城乡社区管理事务支出"];

interface JsLine {
  code: string;
  name: string;
  /** 本年支出合计, 基本支出, 项目支出 in cents (null: blank). */
  total: number;
  basic: number | null;
  project: number | null;
}

/**
 * 类 → 款 → 项 lines, about `count` of them, with unique codes (up to 99 类 × 99 款 × 98 项), whose
 * 类 and 款 amounts are the sums of their 项 and whose 合计 is the sum of the 类.
 */
function expenditureLines(count: number, random: () => number): { lines: JsLine[]; grand: JsLine } {
  const lines: JsLine[] = [];
  const grand: JsLine = { code: "", name: "合计", total: 0, basic: 0, project: 0 };
  const classes = Math.min(99, Math.max(1, Math.round(count / 60)));
  const perClass = count / classes - 1;
  const kuans = Math.min(99, Math.max(1, Math.round(Math.sqrt(perClass))));
  const xiangs = Math.min(98, Math.max(1, Math.round(perClass / kuans) - 1));
  const classCodes = [...CLASS_CODES, ...Array.from({ length: 99 }, (_, i) => 201 + i).filter((c) => !CLASS_CODES.includes(c))];
  for (let k = 0; k < classes; k++) {
    const code = classCodes[k]!;
    const cls: JsLine = { code: String(code), name: CLASS_NAMES[k % CLASS_NAMES.length]!, total: 0, basic: 0, project: 0 };
    lines.push(cls);
    for (let j = 1; j <= kuans; j++) {
      const kc = `${code}${String(j).padStart(2, "0")}`;
      const kuan: JsLine = { code: kc, name: KUAN_NAMES[(k + j) % KUAN_NAMES.length]!, total: 0, basic: 0, project: 0 };
      lines.push(kuan);
      for (let i = 1; i <= xiangs; i++) {
        const basic = random() < 0.4 ? Math.round(random() * 5_000_000) : null;
        const project = basic === null || random() < 0.3 ? Math.round(random() * 20_000_000) : null;
        const total = (basic ?? 0) + (project ?? 0);
        const name = XIANG_NAMES[(k * 7 + j * 3 + i) % XIANG_NAMES.length]!;
        lines.push({ code: `${kc}${String(i === xiangs && i > 1 ? 99 : i).padStart(2, "0")}`, name, total, basic, project });
        for (const up of [kuan, cls, grand]) {
          up.total += total;
          up.basic! += basic ?? 0;
          up.project! += project ?? 0;
        }
      }
    }
  }
  for (const l of [grand, ...lines]) {
    if (l.basic === 0) l.basic = null;
    if (l.project === 0) l.project = null;
  }
  return { lines, grand };
}

/** 公开03表 from its template, with about `cells` cells of lines. */
function bigExpenditureTable(t: Template, cells: number, random: () => number) {
  const rows = new Map<number, Map<number, { value: ExcelJS.CellValue; style: Partial<ExcelJS.Style> }>>();
  const merges = t.merges.map((m) => ({ ...m }));
  // Header rows: everything above the 合计 line.
  const totalRow = t.cells.find((c) => c.value === "合计")?.row ?? 11;
  const styleAt = (col: number): Partial<ExcelJS.Style> => t.cells.find((c) => c.row === totalRow + 2 && c.col === col)?.style ?? t.cells.find((c) => c.row === totalRow && c.col === col)?.style ?? {};
  let n = 0;
  for (const c of t.cells) {
    if (c.row >= totalRow) continue;
    let row = rows.get(c.row);
    if (!row) rows.set(c.row, (row = new Map()));
    row.set(c.col, { value: c.value, style: c.style });
    n++;
  }
  const { lines, grand } = expenditureLines(Math.max(1, Math.round(cells / 4.5)), random);
  const put = (r: number, l: JsLine): void => {
    const row = new Map<number, { value: ExcelJS.CellValue; style: Partial<ExcelJS.Style> }>();
    if (l.code !== "") row.set(0, { value: Number(l.code), style: styleAt(0) });
    row.set(1, { value: l.name, style: styleAt(1) });
    row.set(2, { value: l.total / 100, style: styleAt(2) });
    if (l.basic !== null) row.set(3, { value: l.basic / 100, style: styleAt(3) });
    if (l.project !== null) row.set(4, { value: l.project / 100, style: styleAt(4) });
    n += row.size;
    rows.set(r, row);
  };
  put(totalRow, grand);
  lines.forEach((l, i) => put(totalRow + 1 + i, l));
  return { rows, merges, cells: n, lines: lines.length + 1 };
}

// ---------------------------------------------------------------------------------------------

export interface GeneratedWorkbook {
  file: string;
  /** Non-empty cells written. */
  cells: number;
  sheets: number;
  /** Performance forms placed (each is recognised as one form). */
  performanceForms: number;
  /** Lines of the big 公开03表. */
  bigTableRows: number;
  bytes: number;
}

/** Writes a workbook of about `targetCells` cells to `file`. */
export async function generateWorkbook(file: string, targetCells: number, seed = 20240601): Promise<GeneratedWorkbook> {
  const templates = await loadTemplates();
  const random = rng(seed ^ targetCells);
  const performance = templates.filter((t) => t.kinds.length === 1 && PERFORMANCE.includes(t.kinds[0]!));
  const accounts = templates.filter((t) => t.kinds.length === 1 && (t.kinds[0] === "JS" || t.kinds[0] === "JN"));
  const big = accounts.find((t) => /公开03/.test(t.sheet));
  if (performance.length === 0 || !big) throw new Error("the seed workbooks are missing (test/fixtures/seeds/*.xlsx)");

  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: true });
  const used = new Set<string>();
  let cells = 0;
  let sheets = 0;
  let forms = 0;

  // 决算: the tables as they are, 公开03 grown to fill its share.
  const accountsShare = Math.round(targetCells * 0.6);
  const others = accounts.filter((t) => t !== big);
  const otherCells = others.reduce((s, t) => s + t.cells.length, 0);
  let bigTableRows = 0;
  for (const t of accounts) {
    if (t === big) {
      const b = bigExpenditureTable(t, Math.max(200, accountsShare - otherCells), random);
      writeSheet(wb, uniqueName(t.sheet, used), t.widths, b.rows, b.merges);
      cells += b.cells;
      bigTableRows = b.lines;
    } else {
      const rows = new Map<number, Map<number, { value: ExcelJS.CellValue; style: Partial<ExcelJS.Style> }>>();
      const merges: Template["merges"] = [];
      cells += placeTemplate(rows, merges, t, 0, 1, random).cells;
      writeSheet(wb, uniqueName(t.sheet, used), t.widths, rows, merges);
    }
    sheets++;
  }

  // Performance forms: half one per sheet, half ten to a sheet.
  const formsShare = targetCells - cells;
  let copy = 0;
  let single = 0;
  let next = 0;
  const nextTemplate = (): Template => performance[next++ % performance.length]!;
  /** Each pass over the templates is another department. */
  const department = (): number => Math.floor((next - 1) / performance.length) + 1;
  while (single < formsShare / 2) {
    const t = nextTemplate();
    const rows = new Map<number, Map<number, { value: ExcelJS.CellValue; style: Partial<ExcelJS.Style> }>>();
    const merges: Template["merges"] = [];
    const placed = placeTemplate(rows, merges, t, 0, ++copy, random, department());
    writeSheet(wb, uniqueName(`${t.sheet}`, used), t.widths, rows, merges);
    single += placed.cells;
    cells += placed.cells;
    sheets++;
    forms++;
  }
  let bundle = 0;
  while (cells < targetCells) {
    const rows = new Map<number, Map<number, { value: ExcelJS.CellValue; style: Partial<ExcelJS.Style> }>>();
    const merges: Template["merges"] = [];
    let top = 0;
    let widths: (number | undefined)[] = [];
    for (let i = 0; i < 10 && cells < targetCells; i++) {
      const t = nextTemplate();
      const placed = placeTemplate(rows, merges, t, top, ++copy, random, department());
      if (t.widths.length > widths.length) widths = t.widths;
      top += placed.rows + 2;
      cells += placed.cells;
      forms++;
    }
    writeSheet(wb, uniqueName(`汇编${++bundle}`, used), widths, rows, merges);
    sheets++;
  }
  await wb.commit();
  return { file, cells, sheets, performanceForms: forms, bigTableRows, bytes: statSync(file).size };
}

if (require.main === module) {
  const [size, out] = process.argv.slice(2);
  if (!size || !out) {
    process.stderr.write("usage: tsx bench/generate.ts <cells> <out.xlsx>\n");
    process.exitCode = 2;
  } else {
    generateWorkbook(out, Number(size)).then(
      (g) => process.stdout.write(`${JSON.stringify(g)}\n`),
      (e: unknown) => {
        process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
        process.exitCode = 1;
      },
    );
  }
}
