/**
 * Reader for JS, the nine 部门决算 公开表 (01–09). Tables are read by their labels, never by
 * fixed positions: the header names the columns (项目 / 行次 / 金额, 本年支出合计 / 基本支出 …),
 * the 栏次 row numbers them, and data rows are recognised by their content (a 功能/经济分类
 * code, a 行次 number, 合计/总计).
 *
 * PDF extractions move cells: a header row one column right of its data (公开02 when "部门：…"
 * lands in the header row), a 栏次 row one column left (公开04), rows that lost an empty cell
 * (公开04 after a page break). So:
 *
 * - code tables (02, 03, 05, 08, 09): amount columns are placed either under their header
 *   labels or under the 栏次 numbers, whichever covers the numbers in the data rows;
 * - two-sided tables (01, 04): each side is anchored on its 行次 number, so a row that lost a
 *   cell still gives its label, 行次 and amounts;
 * - 06 (three 科目编码 | 科目名称 | 决算数 groups) and 07 (“三公”经费, 栏次 1–12) have their own
 *   readers.
 *
 * Column keys are stable ASCII names (see COLUMN_KEYS); `label` keeps the Chinese header.
 * A segment without a table (a table-of-contents line naming it) gives undefined.
 */
import type { Grid } from "../grid/grid";
import { rangeToA1 } from "../grid/address";
import type { AccountsLine, FinalAccountsTableForm, Header } from "../forms/forms";
import type { TracedNumber, TracedText } from "../forms/traced";
import { cellText, looksNumeric, rowCells, tracedNumber, tracedText } from "./cells";
import { cleanTitle, normLabel, toHalfWidth, yearIn } from "./labels";
import type { Segment } from "./segment";

type Column = FinalAccountsTableForm["columns"][number];

interface Body {
  columns: Column[];
  lines: AccountsLine[];
  /** Follows the 2021 national template (栏次 row, known columns). */
  national: boolean;
  /** First and last grid rows the table occupies (0-based). */
  firstRow: number;
  lastRow: number;
}

interface Ctx {
  grid: Grid;
  top: number;
  bottom: number;
}

// ---------------------------------------------------------------------------------------------
// Labels and cells

/** Header words that name no amount column. Cells with a colon ("部门：…", "单位：万元") neither. */
const STRUCTURAL = /^(项目|项目名称|科目|科目名称|行次|栏次|序号|(功能|经济)?(分类)?(科目)?编码|类|款|项|收入|支出|收入项目|支出项目|本年收入|本年支出|财政拨款)$/;

/**
 * "本年收入" / "本年支出" / "财政拨款" are structural only in two-sided tables' section rows; in
 * code tables they are amount columns or groups (08: 本年收入, 本年支出 小计/基本支出/项目支出).
 */
function isStructural(norm: string, codeTable = false): boolean {
  if (/[:：]/.test(norm)) return true;
  if (codeTable && /^(本年收入|本年支出|财政拨款)$/.test(norm)) return false;
  return STRUCTURAL.test(norm);
}

/** Amount column keys by (normalised) header text. 小计/合计 under a group: see leafColumn. */
const COLUMN_KEYS: { re: RegExp; key: string }[] = [
  { re: /^(金额|决算数|本年决算数)$/, key: "amount" },
  { re: /^(本年)?(收入|支出)合计$/, key: "total" },
  { re: /^(合计|小计|总计)$/, key: "total" },
  { re: /^(当年)?财政拨款(收入)?$/, key: "fiscal" },
  { re: /^上级补助收入$/, key: "superiorGrant" },
  { re: /^事业收入$/, key: "service" },
  { re: /^经营收入$/, key: "operating" },
  { re: /^附属单位上缴收入$/, key: "affiliated" },
  { re: /^其他收入$/, key: "other" },
  { re: /^用事业基金弥补收支差额$/, key: "reserveFund" },
  { re: /^基本支出$/, key: "basic" },
  { re: /^人员经费$/, key: "personnel" },
  { re: /^公用经费$/, key: "publicUse" },
  { re: /^项目支出$/, key: "project" },
  { re: /^上缴上级支出$/, key: "toSuperior" },
  { re: /^经营支出$/, key: "operating" },
  { re: /^对附属单位补助支出$/, key: "toAffiliated" },
  { re: /^一般公共预算(财政拨款)?$/, key: "generalBudget" },
  { re: /^政府性基金预算(财政拨款)?$/, key: "governmentFund" },
  { re: /^国有资本经营预算(财政拨款)?$/, key: "stateCapital" },
  { re: /^年初(财政拨款)?结转和结余$/, key: "opening" },
  { re: /^本年收入$/, key: "income" },
  { re: /^本年支出$/, key: "expenditure" },
  { re: /^年末(财政拨款)?结转和结余$/, key: "closing" },
];

function keyOf(norm: string): string | undefined {
  for (const k of COLUMN_KEYS) if (k.re.test(norm)) return k.key;
  return undefined;
}

/** Displayed text of a cell, or of the merged area covering it. */
function htext(grid: Grid, r: number, c: number): string {
  const m = grid.mergeAt(r, c);
  return m ? cellText(grid, m.top, m.left) : cellText(grid, r, c);
}

interface LabelCell {
  row: number;
  col: number;
  /** Last column the label spans: its merged area's, else up to the next label in the row. */
  right: number;
  norm: string;
}

/** The labels of a header row with their spans. */
function labelCells(grid: Grid, r: number, from = 0, to = grid.colCount - 1): LabelCell[] {
  const cells = rowCells(grid, r, from, to);
  return cells.map((c, i) => {
    const m = grid.mergeAt(r, c.col);
    const next = cells[i + 1];
    const right = m && m.right > c.col ? m.right : next ? next.col - 1 : to;
    return { row: r, col: c.col, right: Math.max(c.col, right), norm: normLabel(c.text) };
  });
}

const isInt = (t: string): boolean => /^\d{1,4}$/.test(toHalfWidth(t).trim());
const isNumeric = (t: string): boolean => t.trim() !== "" && looksNumeric(t);

function isNoteText(text: string): boolean {
  // Every note pattern needs 注, 说明 or 表 (normLabel leaves those alone): most rows have none.
  if (!/[注说表]/.test(text)) return false;
  const n = normLabel(text);
  return /^(注|备注|说明)(\d|[:：.、])/.test(n) || /^注[:：]/.test(n) || /公开\d+表$/.test(n);
}

/** A sentence saying why the table is empty ("…本年度没有政府性基金收入…故本表无数据。"). */
function isEmptyNote(text: string): boolean {
  const n = normLabel(text);
  if (/^注[:：]?本表反映/.test(n)) return false;
  return /无数据|没有|未发生|不涉及|无.{0,12}(收入|支出|收支|安排)|为空表|空表/.test(n);
}

/** "栏次 | | 1 | 2 …" or a bare "1 | 2 | … | N" row. */
function isLanciRow(grid: Grid, r: number): boolean {
  const cells = rowCells(grid, r);
  if (cells.length === 0) return false;
  if (cells.some((c) => normLabel(c.text) === "栏次")) return true;
  if (cells.length < 2 || !cells.every((c) => isInt(c.text))) return false;
  return cells.every((c, i) => Number(toHalfWidth(c.text)) === i + 1);
}

function lanciNumbers(grid: Grid, r: number, from = 0, to = grid.colCount - 1): { col: number; no: number }[] {
  return rowCells(grid, r, from, to)
    .filter((c) => isInt(c.text))
    .map((c) => ({ col: c.col, no: Number(toHalfWidth(c.text)) }));
}

/** Make keys unique within a section: a second "operating" becomes "operating2". */
function uniqueKeys(columns: Column[]): void {
  const seen = new Set<string>();
  for (const col of columns) {
    let k = col.key;
    for (let i = 2; seen.has(`${col.section}|${k}`); i++) k = `${col.key}${i}`;
    col.key = k;
    seen.add(`${col.section}|${k}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Codes over several columns: 类 | 款 | 项 (功能分类: 201 | 06 | 01 → 2010601), 类 | 款
// (经济分类: 301 | 01 → 30101), as the national templates and the PDFs made from them lay them out.

/**
 * The columns right of a 3-digit class code that continue it with 2-digit 款/项 codes, up to
 * `limit` (the name or first amount column, exclusive). Empty cells are skipped (a 类 row leaves
 * 款 and 项 empty); the first cell that is neither stops the search.
 */
function splitCodeCols(grid: Grid, row: number, codeCol: number, limit: number): number[] {
  if (!/^\d{3}$/.test(toHalfWidth(cellText(grid, row, codeCol)).trim())) return [];
  const out: number[] = [];
  for (let c = codeCol + 1; c < limit && out.length < 2; c++) {
    const t = toHalfWidth(cellText(grid, row, c)).trim();
    if (t === "") {
      if (out.length > 0) break;
      continue;
    }
    if (!/^\d{2}$/.test(t)) break;
    out.push(c);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Code tables: 02, 03, 05, 08, 09

/** 功能分类 code (201, 20103, 2010301), alone or followed by its name in the same cell. */
const FUNC_CODE = /^(\d{3}(?:\d{2}){0,2})(?:\s*([^\d\s.,].*))?$/;
const TOTAL_LABEL = /^(合计|总计)$/;
/** The 科目编码 header, with the 类 (款, 项) of the row below joined to it where a PDF's wrapped header was. */
const CODE_LABEL = /科目编码(类(款(项)?)?)?$|^编码$/;
const HEADER_START = /^(项目|(功能|经济)?(分类)?科目编码|科目名称)$/;

interface Leaf {
  col: number;
  norm: string;
  /** Group labels above it, outermost first. */
  parents: string[];
}

/** Amount columns named by the header rows: the labels with no label under them. */
function headerLeaves(grid: Grid, rows: number[], from: number, to: number, codeTable: boolean): Leaf[] {
  const byRow = rows.map((r) => labelCells(grid, r, from, to));
  const amount = byRow.map((ls) => ls.filter((l) => !isStructural(l.norm, codeTable)));
  const leaves: Leaf[] = [];
  amount.forEach((labels, i) => {
    for (const l of labels) {
      const below = amount.slice(i + 1).some((ls) => ls.some((x) => x.col >= l.col && x.col <= l.right));
      if (below) continue;
      const parents: string[] = [];
      for (let j = 0; j < i; j++) {
        const p = amount[j]!.find((x) => x.col <= l.col && l.col <= x.right);
        if (p) parents.push(p.norm);
      }
      leaves.push({ col: l.col, norm: l.norm, parents });
    }
  });
  return leaves.sort((a, b) => a.col - b.col);
}

/** Key and label of a leaf column. 小计/合计 under a group is the group's total. */
function leafColumn(leaf: Leaf, roots: number): { key: string | undefined; label: string } {
  const parent = leaf.parents[leaf.parents.length - 1];
  // A label wrapped over two header rows in a PDF (本年收入合 / 计, 附属单 / 位上缴收入).
  if (parent && !keyOf(leaf.norm) && keyOf(parent + leaf.norm)) return { key: keyOf(parent + leaf.norm), label: parent + leaf.norm };
  if (/^(小计|合计)$/.test(leaf.norm) && parent) {
    const pk = keyOf(parent);
    return { key: roots > 1 && pk ? pk : "total", label: parent + leaf.norm };
  }
  return { key: keyOf(leaf.norm), label: leaf.norm };
}

function readCodeTable(ctx: Ctx): Body | undefined {
  const { grid } = ctx;
  let headerTop = -1;
  for (let r = ctx.top; r <= ctx.bottom && headerTop < 0; r++) {
    if (rowCells(grid, r).some((c) => HEADER_START.test(normLabel(c.text)))) headerTop = r;
  }
  if (headerTop < 0) return undefined;

  // Where the header puts codes and names (the 科目编码 row may come after a 合计 row: 公开02).
  let codeCol = -1;
  let nameCol = -1;
  for (let r = headerTop; r <= Math.min(ctx.bottom, headerTop + 5); r++) {
    const cells = rowCells(grid, r);
    if (cells.some((c) => isNumeric(c.text) && !isInt(c.text))) continue;
    for (const c of cells) {
      const n = normLabel(c.text);
      if (codeCol < 0 && CODE_LABEL.test(n)) codeCol = c.col;
      if (nameCol < 0 && /^科目名称$/.test(n)) nameCol = c.col;
    }
  }
  // The code is in the 科目编码 column, or (a label centred over 类 | 款 | 项) the first cell.
  const codeAt = (cells: { col: number; text: string }[]): { col: number; text: string } | undefined => {
    const c = (codeCol >= 0 ? cells.find((x) => x.col === codeCol && FUNC_CODE.test(toHalfWidth(x.text))) : undefined) ?? cells[0];
    return c && c.col <= Math.max(2, codeCol) && FUNC_CODE.test(toHalfWidth(c.text)) ? c : undefined;
  };

  let lanciRow = -1;
  const headerRows: number[] = [];
  const dataRows: { row: number; kind: "code" | "total" }[] = [];
  let codeSeen = false;
  for (let r = headerTop; r <= ctx.bottom; r++) {
    const cells = rowCells(grid, r);
    if (cells.length === 0) continue;
    const first = cells[0]!;
    if (r > headerTop && (isNoteText(first.text) || (cells.length === 1 && first.text.length > 20))) {
      if (dataRows.length > 0) break;
      continue;
    }
    if (lanciRow < 0 && isLanciRow(grid, r)) {
      lanciRow = r;
      continue;
    }
    if (codeAt(cells) && cells.length > 1) {
      dataRows.push({ row: r, kind: "code" });
      codeSeen = true;
      continue;
    }
    // 合计 may follow the 类 | 款 | 项 labels on one row (a PDF's header and total rows joined).
    const lead = cells.find((c) => !/^(类|款|项)$/.test(normLabel(c.text))) ?? first;
    if (TOTAL_LABEL.test(normLabel(lead.text)) && (r > headerTop || cells.length === 1)) {
      dataRows.push({ row: r, kind: "total" });
      continue;
    }
    if (!codeSeen && !cells.some((c) => isNumeric(c.text))) headerRows.push(r);
  }

  // Without a 科目名称 label, the names are the first text cells of the code rows.
  if (nameCol < 0) {
    for (const d of dataRows) {
      if (d.kind !== "code") continue;
      const cells = rowCells(grid, d.row);
      const code = codeAt(cells)!;
      const m = FUNC_CODE.exec(toHalfWidth(code.text));
      const named = m?.[2] ? code : cells.find((c) => c !== code && !isNumeric(c.text));
      if (named) {
        nameCol = named.col;
        break;
      }
    }
  }
  const labelsEnd = Math.max(nameCol, codeCol);

  const leaves = headerLeaves(grid, headerRows, labelsEnd + 1, grid.colCount - 1, true);
  const lanci = lanciRow >= 0 ? lanciNumbers(grid, lanciRow, labelsEnd + 1) : [];

  // Numbers in the data rows decide between header positions and 栏次 positions.
  const dataCols: number[] = [];
  for (const d of dataRows) for (const c of rowCells(grid, d.row, labelsEnd + 1)) if (isNumeric(c.text)) dataCols.push(c.col);
  const cover = (cols: number[]): number => dataCols.filter((c) => cols.includes(c)).length;
  let positions = leaves.map((l) => l.col);
  const zip = lanci.length > 0 && lanci.length === leaves.length;
  if (zip) {
    const lanciCols = lanci.map((l) => l.col);
    if (cover(lanciCols) >= cover(positions)) positions = lanciCols;
  } else if (leaves.length === 0 && lanci.length > 0) {
    positions = lanci.map((l) => l.col);
  }

  const roots = new Set(leaves.map((l) => l.parents[0] ?? l.norm)).size;
  let allKnown = leaves.length > 0;
  const columns: (Column & { col: number })[] = positions.map((col, i) => {
    const leaf = leaves[i];
    const no = zip ? lanci[i]!.no : (lanci.find((l) => l.col === col)?.no ?? null);
    if (!leaf) {
      allKnown = false;
      return { key: `c${no ?? i + 1}`, label: "", columnNo: no, section: "main", col };
    }
    const { key, label } = leafColumn(leaf, roots);
    if (!key) allKnown = false;
    return { key: key ?? `c${no ?? i + 1}`, label, columnNo: no, section: "main", col };
  });
  uniqueKeys(columns);
  if (columns.length === 0 && dataRows.length === 0) return undefined;

  const firstAmount = columns.length > 0 ? Math.min(...columns.map((c) => c.col)) : grid.colCount;
  const lines: AccountsLine[] = [];
  for (const d of dataRows) {
    const cells = rowCells(grid, d.row, 0, firstAmount - 1);
    let code: TracedText | undefined;
    let label: TracedText | undefined;
    const codeCell = d.kind === "code" ? codeAt(rowCells(grid, d.row)) : undefined;
    const parts = codeCell ? splitCodeCols(grid, d.row, codeCell.col, nameCol > codeCell.col ? nameCol : firstAmount) : [];
    for (const c of cells) {
      if (parts.includes(c.col)) continue;
      const m = FUNC_CODE.exec(toHalfWidth(c.text));
      if (codeCell && c.col === codeCell.col && m) {
        code = tracedText(grid, { row: d.row, col: c.col }, m[1] + parts.map((p) => toHalfWidth(cellText(grid, d.row, p)).trim()).join(""));
        if (m[2]) label = tracedText(grid, { row: d.row, col: c.col }, m[2]);
        continue;
      }
      if (!label && !isNumeric(c.text) && !/^(类|款|项)$/.test(normLabel(c.text))) label = tracedText(grid, { row: d.row, col: c.col });
    }
    label ??= tracedText(grid, { row: d.row, col: Math.max(0, nameCol) });
    const amounts: Record<string, TracedNumber> = {};
    for (const col of columns) amounts[col.key] = tracedNumber(grid, { row: d.row, col: col.col });
    const line: AccountsLine = { row: d.row + 1, section: "main", label, lineNo: null, amounts };
    if (code) line.code = code;
    lines.push(line);
  }

  // A loop, not Math.max(...rows): a table of 150,000 lines would overflow the call stack.
  let lastRow = Math.max(headerTop, lanciRow);
  for (const r of headerRows) if (r > lastRow) lastRow = r;
  for (const d of dataRows) if (d.row > lastRow) lastRow = d.row;
  return {
    columns: columns.map(({ col: _col, ...c }) => c),
    lines,
    national: lanciRow >= 0 && allKnown,
    firstRow: headerTop,
    lastRow,
  };
}

// ---------------------------------------------------------------------------------------------
// Two-sided tables: 01 收入支出决算总表, 04 财政拨款收入支出决算总表

interface Side {
  name: string;
  start: number;
  end: number;
  itemCol: number;
  lineCol: number | undefined;
  /** The column objects themselves: their keys are made unique after all sides are read. */
  amounts: { column: Column; col: number }[];
  prevLineNo: number | undefined;
}

function sectionName(norm: string): string | undefined {
  if (/收入/.test(norm)) return "income";
  if (/支出/.test(norm)) return "expenditure";
  return undefined;
}

function readTwoSided(ctx: Ctx): Body | undefined {
  const { grid } = ctx;
  let headerRow = -1;
  let items: { col: number; text: string }[] = [];
  for (let r = ctx.top; r <= ctx.bottom && headerRow < 0; r++) {
    const found = rowCells(grid, r).filter((c) => /^(收入|支出)?项目$/.test(normLabel(c.text)));
    if (found.length >= 2 && rowCells(grid, r).some((c) => /^(行次|金额|合计|决算数)$/.test(normLabel(c.text)))) {
      headerRow = r;
      items = found;
    }
  }
  if (headerRow < 0) return undefined;

  // Section names from the row above ("收入 | | | 支出"), else from "收入项目", else by order.
  const above: LabelCell[] = [];
  for (let r = headerRow - 1; r >= Math.max(ctx.top, headerRow - 2) && above.length === 0; r--) {
    const ls = labelCells(grid, r).filter((l) => sectionName(l.norm) && l.norm.length <= 6);
    if (ls.length > 0) above.push(...ls);
  }
  let lanciRow = -1;
  for (let r = headerRow + 1; r <= Math.min(ctx.bottom, headerRow + 3) && lanciRow < 0; r++) if (isLanciRow(grid, r)) lanciRow = r;

  const columns: Column[] = [];
  let allKnown = true;
  const named = new Set<string>();
  const sides: Side[] = items.map((item, i) => {
    const start = item.col;
    const end = (items[i + 1]?.col ?? grid.colCount) - 1;
    // A section label starting inside the side names it (a PDF centres 支出 over its side, so
    // 收入's span reaches into it); else one spanning it.
    const sec = above.find((l) => l.col >= start && l.col <= end) ?? above.find((l) => l.col <= end && l.right >= start) ?? above[i];
    const byOrder = i === 0 ? "income" : i === 1 ? "expenditure" : `side${i + 1}`;
    let name = sectionName(normLabel(item.text)) ?? (sec ? sectionName(sec.norm) : undefined) ?? byOrder;
    // Two sides are never the same section: a 收入 label reaching over both sides (its 支出 joined
    // to the next header word in a PDF, "支出一般公共预算") names only the first.
    if (named.has(name)) name = named.has(byOrder) ? `side${i + 1}` : byOrder;
    named.add(name);
    const header = labelCells(grid, headerRow, start, end);
    const lineCol = header.find((l) => l.norm === "行次")?.col;
    const leaves = header.filter((l) => l.col !== item.col && l.col !== lineCol && !isStructural(l.norm));
    const nums = lanciRow >= 0 ? lanciNumbers(grid, lanciRow, start, end) : [];
    const amounts = leaves.map((l, j) => {
      const key = keyOf(l.norm);
      if (!key) allKnown = false;
      const no = nums.length === leaves.length ? nums[j]!.no : (nums.find((n) => n.col === l.col)?.no ?? null);
      const column: Column = { key: key ?? `c${no ?? j + 1}`, label: l.norm, columnNo: no, section: name };
      columns.push(column);
      return { column, col: l.col };
    });
    return { name, start, end, itemCol: item.col, lineCol, amounts, prevLineNo: undefined };
  });
  uniqueKeys(columns);

  const lines: AccountsLine[] = [];
  let lastRow = Math.max(headerRow, lanciRow);
  for (let r = Math.max(headerRow, lanciRow) + 1; r <= ctx.bottom; r++) {
    const cells = rowCells(grid, r);
    if (cells.length === 0) continue;
    if (isNoteText(cells[0]!.text) || (cells.length === 1 && cells[0]!.text.length > 20)) break;
    if (isLanciRow(grid, r)) continue;

    // Anchor each side on its 行次 number; a row that lost a cell shifts the side.
    const shifts: number[] = [];
    const lineNos: (number | null)[] = [];
    let minCol = 0;
    for (const side of sides) {
      let shift = 0;
      let lineNo: number | null = null;
      if (side.lineCol !== undefined) {
        let at: number | undefined;
        if (isInt(cellText(grid, r, side.lineCol)) && side.lineCol >= minCol) at = side.lineCol;
        else {
          const want = side.prevLineNo !== undefined ? side.prevLineNo + 1 : undefined;
          let best: { col: number; d: number } | undefined;
          for (let c = Math.max(minCol, side.lineCol - 2); c <= side.lineCol + 2; c++) {
            if (c === side.lineCol || !isInt(cellText(grid, r, c))) continue;
            const v = Number(toHalfWidth(cellText(grid, r, c)));
            if (want !== undefined ? v !== want : Math.abs(c - side.lineCol) > 1) continue;
            const d = Math.abs(c - side.lineCol);
            if (!best || d < best.d) best = { col: c, d };
          }
          at = best?.col;
        }
        if (at !== undefined) {
          shift = at - side.lineCol;
          lineNo = Number(toHalfWidth(cellText(grid, r, at)));
          minCol = at + 1;
        }
      }
      shifts.push(shift);
      lineNos.push(lineNo);
      if (lineNo === null) minCol = Math.max(minCol, side.start);
    }

    let any = false;
    sides.forEach((side, i) => {
      const shift = shifts[i]!;
      const lo = i === 0 ? 0 : Math.max(0, sides[i - 1]!.lineCol !== undefined && lineNos[i - 1] !== null ? sides[i - 1]!.lineCol! + shifts[i - 1]! + 1 : side.start + shift);
      // The next side's label cell bounds this side; when that side is shifted onto one of our
      // amount cells and the cell holds a number or nothing, it is our amount.
      const next = sides[i + 1];
      let hi = grid.colCount - 1;
      if (next) {
        const nextLabel = next.itemCol + shifts[i + 1]!;
        const t = cellText(grid, r, nextLabel);
        hi = shifts[i + 1] !== 0 && (t === "" || isNumeric(t)) ? nextLabel : nextLabel - 1;
      }
      const labelCol = side.itemCol + shift;
      const labelOk = labelCol >= lo && labelCol <= hi && !isNumeric(cellText(grid, r, labelCol));
      const label = tracedText(grid, { row: r, col: Math.max(0, labelCol) }, labelOk ? undefined : "");
      const amounts: Record<string, TracedNumber> = {};
      for (const a of side.amounts) {
        const col = a.col + shift;
        if (col < lo || col > hi) continue;
        amounts[a.column.key] = tracedNumber(grid, { row: r, col });
      }
      const lineNo = lineNos[i] ?? null;
      if (lineNo !== null) side.prevLineNo = lineNo;
      const hasAmount = Object.values(amounts).some((a) => a.value !== null);
      if (label.value === "" && !hasAmount) return;
      lines.push({ row: r + 1, section: side.name, label, lineNo, amounts });
      any = true;
    });
    if (any) lastRow = r;
  }

  return { columns, lines, national: lanciRow >= 0 && allKnown && columns.length > 0, firstRow: Math.min(headerRow, ...above.map((a) => a.row)), lastRow };
}

// ---------------------------------------------------------------------------------------------
// 06 一般公共预算财政拨款基本支出决算明细表: groups of 科目编码 | 科目名称 | 决算数

const ECON_CODE = /^\d{3}(\d{2})?$/;

function econSection(norm: string): string | undefined {
  if (/人员经费/.test(norm)) return "personnel";
  if (/公用经费/.test(norm)) return "publicUse";
  return undefined;
}

function readDetail(ctx: Ctx): Body | undefined {
  const { grid } = ctx;
  let headerRow = -1;
  for (let r = ctx.top; r <= ctx.bottom && headerRow < 0; r++) {
    const ls = rowCells(grid, r).map((c) => normLabel(c.text));
    if (ls.some((n) => CODE_LABEL.test(n)) && ls.some((n) => /^(科目)?名称$|^科目名称$/.test(n))) headerRow = r;
  }
  if (headerRow < 0) return undefined;
  const header = labelCells(grid, headerRow);
  const groups: { code: number; name: number; amount: number; amountLabel: string; end: number; section: string | undefined }[] = [];
  header.forEach((l, i) => {
    if (!CODE_LABEL.test(l.norm)) return;
    const rest = header.slice(i + 1);
    const stop = rest.findIndex((x) => CODE_LABEL.test(x.norm));
    const own = stop < 0 ? rest : rest.slice(0, stop);
    const name = own.find((x) => /名称$/.test(x.norm));
    const amount = own.find((x) => x !== name && !isStructural(x.norm));
    const end = stop < 0 ? grid.colCount - 1 : rest[stop]!.col - 1;
    groups.push({ code: l.col, name: name?.col ?? l.col + 1, amount: amount?.col ?? l.col + 2, amountLabel: amount?.norm ?? "决算数", end, section: undefined });
  });
  if (groups.length === 0) return undefined;

  // 人员经费 | 公用经费 above the groups: a group belongs to the label over it or left of it.
  let sectionRow = -1;
  for (let r = headerRow - 1; r >= Math.max(ctx.top, headerRow - 2) && sectionRow < 0; r--) {
    const ls = labelCells(grid, r).filter((l) => econSection(l.norm));
    if (ls.length === 0) continue;
    sectionRow = r;
    for (const g of groups) {
      const over = ls.filter((l) => l.col <= g.code).pop();
      g.section = over ? econSection(over.norm) : undefined;
    }
  }

  const lines: AccountsLine[] = [];
  const consumed = new Set<number>();
  let lastRow = headerRow;
  const codeSection = (code: string): string => (/^30[13]/.test(code) ? "personnel" : "publicUse");
  for (let r = headerRow + 1; r <= ctx.bottom; r++) {
    if (consumed.has(r)) continue;
    const cells = rowCells(grid, r);
    if (cells.length === 0) continue;
    if (isNoteText(cells[0]!.text) || (cells.length === 1 && cells[0]!.text.length > 20)) break;

    const totals = cells.filter((c) => /合计$/.test(normLabel(c.text)));
    if (totals.length > 0) {
      totals.forEach((t, i) => {
        const limit = totals[i + 1]?.col ?? grid.colCount;
        let at = rowCells(grid, r, t.col + 1, limit - 1).find((c) => isNumeric(c.text));
        let atRow = r;
        for (let down = r + 1; !at && down <= Math.min(ctx.bottom, r + 2); down++) {
          const below = rowCells(grid, down);
          if (below.some((c) => !isNumeric(c.text))) break;
          at = rowCells(grid, down, t.col, limit - 1).find((c) => isNumeric(c.text));
          if (at) {
            atRow = down;
            consumed.add(down);
          }
        }
        const norm = normLabel(t.text);
        const group = groups.filter((g) => g.code <= t.col).pop() ?? groups[0]!;
        const section = econSection(norm) ?? (norm === "合计" ? "all" : (group.section ?? "all"));
        const amount = at ? tracedNumber(grid, { row: atRow, col: at.col }) : tracedNumber(grid, { row: r, col: group.amount });
        lines.push({ row: r + 1, section, label: tracedText(grid, { row: r, col: t.col }), lineNo: null, amounts: { amount } });
        lastRow = Math.max(lastRow, atRow);
      });
    }

    // Item lines; a total may share the row with another group's last item.
    for (const g of groups) {
      if (totals.some((t) => t.col >= g.code && t.col <= g.end)) continue;
      const parts = splitCodeCols(grid, r, g.code, g.name);
      const codeText = cellText(grid, r, g.code) + parts.map((p) => toHalfWidth(cellText(grid, r, p)).trim()).join("");
      const nameText = cellText(grid, r, g.name);
      const hasCode = ECON_CODE.test(toHalfWidth(codeText));
      if (!hasCode && nameText === "") continue;
      const line: AccountsLine = {
        row: r + 1,
        section: g.section ?? (hasCode ? codeSection(codeText) : "publicUse"),
        label: tracedText(grid, { row: r, col: g.name }),
        lineNo: null,
        amounts: { amount: tracedNumber(grid, { row: r, col: g.amount }) },
      };
      if (hasCode) line.code = tracedText(grid, { row: r, col: g.code }, parts.length > 0 ? toHalfWidth(codeText) : undefined);
      lines.push(line);
      lastRow = r;
    }
  }

  const columns: Column[] = [];
  for (const g of groups) {
    const section = g.section ?? codeSection(cellText(grid, headerRow + 1, g.code));
    if (!columns.some((c) => c.section === section)) columns.push({ key: "amount", label: g.amountLabel, columnNo: null, section });
  }
  return { columns, lines, national: groups.length === 3 && sectionRow >= 0, firstRow: sectionRow >= 0 ? sectionRow : headerRow, lastRow };
}

// ---------------------------------------------------------------------------------------------
// 07 “三公”经费支出决算表: 预算数 and 决算数, each 合计 | 因公出国(境)费 | 公务用车购置及运行费
// (小计 | 购置费 | 运行费) | 公务接待费

function threeCostsKey(leaf: string, parent: string | undefined): string | undefined {
  if (/^(小计|合计)$/.test(leaf) && parent && /公务用车/.test(parent)) return "vehicles";
  if (/^(合计|小计|总计)$/.test(leaf)) return "total";
  if (/因公出国/.test(leaf)) return "abroad";
  if (/公务用车购置及运行(维护)?费$/.test(leaf)) return "vehicles";
  if (/公务用车购置费?$/.test(leaf)) return "vehiclePurchase";
  if (/公务用车运行(维护)?费$/.test(leaf)) return "vehicleOperation";
  if (/公务接待/.test(leaf)) return "reception";
  return undefined;
}

const THREE_COSTS_LABELS: Record<string, string> = {
  total: "合计",
  abroad: "因公出国(境)费",
  vehicles: "公务用车购置及运行费",
  vehiclePurchase: "公务用车购置费",
  vehicleOperation: "公务用车运行费",
  reception: "公务接待费",
};

const budgetSection = (norm: string): string | undefined => (/预算/.test(norm) ? "budget" : /决算/.test(norm) ? "final" : undefined);

function readThreeCosts(ctx: Ctx): Body | undefined {
  const { grid } = ctx;
  let headerTop = -1;
  for (let r = ctx.top; r <= ctx.bottom && headerTop < 0; r++) {
    if (rowCells(grid, r).some((c) => /^(预算数|决算数|合计|因公出国\(境\)费)$/.test(normLabel(c.text)))) headerTop = r;
  }
  if (headerTop < 0) return undefined;
  let lanciRow = -1;
  for (let r = headerTop + 1; r <= Math.min(ctx.bottom, headerTop + 6) && lanciRow < 0; r++) if (isLanciRow(grid, r)) lanciRow = r;
  if (lanciRow < 0) return readThreeCostsByRows(ctx, headerTop);

  const groupLabels = labelCells(grid, headerTop).filter((l) => budgetSection(l.norm));
  const numbered = lanciNumbers(grid, lanciRow);
  // Each numbered column: its leaf label is the lowest header text over it.
  const cols: { col: number; no: number; key: string | undefined; label: string }[] = numbered.map(({ col, no }) => {
    let leaf: string | undefined;
    let parent: string | undefined;
    for (let r = lanciRow - 1; r >= headerTop; r--) {
      let t = normLabel(htext(grid, r, col));
      if (t === "" && leaf !== undefined && r > headerTop) {
        // A group label in a text grid sits at its first column only.
        const left = labelCells(grid, r, 0, col).filter((l) => !budgetSection(l.norm)).pop();
        t = left && /公务用车/.test(left.norm) && col - left.col <= 2 ? left.norm : "";
      }
      if (t === "" || budgetSection(t)) continue;
      // A merged label reaching here from a column to the left and over several numbered
      // columns belongs to another column (or is a group): not this column's own label.
      const m = grid.mergeAt(r, col);
      if (leaf === undefined && m && m.left !== col && numbered.filter((n) => n.col >= m.left && n.col <= m.right).length > 1) continue;
      if (leaf === undefined) leaf = t;
      else if (t !== leaf) {
        parent = t;
        break;
      }
    }
    const key = leaf ? threeCostsKey(leaf, parent) : undefined;
    return { col, no, key, label: leaf ?? "" };
  });
  // Split into groups where a key repeats: 1–6 预算数, 7–12 决算数.
  const groups: (typeof cols)[] = [];
  for (const c of cols) {
    const cur = groups[groups.length - 1];
    if (!cur || (c.key !== undefined && cur.some((x) => x.key === c.key))) groups.push([c]);
    else cur.push(c);
  }

  let valuesRow = -1;
  for (let r = lanciRow + 1; r <= ctx.bottom && valuesRow < 0; r++) {
    const cells = rowCells(grid, r);
    if (cells.length === 0) continue;
    if (isNoteText(cells[0]!.text)) break;
    if (cells.some((c) => isNumeric(c.text))) valuesRow = r;
  }

  const columns: Column[] = [];
  const lines: AccountsLine[] = [];
  let allKnown = cols.length > 0;
  groups.forEach((g, i) => {
    const gl = groupLabels[i];
    const section = (gl ? budgetSection(gl.norm) : undefined) ?? (i === 0 ? "budget" : i === 1 ? "final" : `group${i + 1}`);
    const cs: Column[] = g.map((c) => {
      if (!c.key) allKnown = false;
      return { key: c.key ?? `c${c.no}`, label: c.key ? (THREE_COSTS_LABELS[c.key] ?? c.label) : c.label, columnNo: c.no, section };
    });
    uniqueKeys(cs);
    columns.push(...cs);
    if (valuesRow < 0) return;
    const amounts: Record<string, TracedNumber> = {};
    g.forEach((c, j) => (amounts[cs[j]!.key] = tracedNumber(grid, { row: valuesRow, col: c.col })));
    const label = gl ? tracedText(grid, { row: gl.row, col: gl.col }) : tracedText(grid, { row: valuesRow, col: g[0]!.col }, section === "budget" ? "预算数" : "决算数");
    lines.push({ row: valuesRow + 1, section, label, lineNo: null, amounts });
  });
  return { columns, lines, national: numbered.length === 12 && allKnown, firstRow: headerTop, lastRow: Math.max(lanciRow, valuesRow) };
}

/** 07 laid out the other way round: rows 合计 / 因公出国(境)费 / …, columns 预算数 | 决算数. */
function readThreeCostsByRows(ctx: Ctx, headerTop: number): Body | undefined {
  const { grid } = ctx;
  let headerRow = -1;
  let groupCols: LabelCell[] = [];
  for (let r = headerTop; r <= ctx.bottom && headerRow < 0; r++) {
    const ls = labelCells(grid, r).filter((l) => /^(全年)?(预算数|决算数)$/.test(l.norm));
    if (ls.length >= 2) {
      headerRow = r;
      groupCols = ls;
    }
  }
  if (headerRow < 0) return undefined;
  if (groupCols.length === 12) return readThreeCostsPairs(ctx, headerTop, headerRow, groupCols);
  const columns: Column[] = [];
  const lines: AccountsLine[] = groupCols.map((g) => ({
    row: g.row + 1,
    section: budgetSection(g.norm) ?? "budget",
    label: tracedText(grid, { row: g.row, col: g.col }),
    lineNo: null,
    amounts: {},
  }));
  let lastRow = headerRow;
  let parent: string | undefined;
  for (let r = headerRow + 1; r <= ctx.bottom; r++) {
    const cells = rowCells(grid, r);
    if (cells.length === 0) continue;
    if (isNoteText(cells[0]!.text)) break;
    const labelCell = cells.find((c) => !isNumeric(c.text) && c.col < groupCols[0]!.col);
    if (!labelCell) continue;
    const norm = normLabel(labelCell.text).replace(/^其中[:：]?/, "");
    const key = threeCostsKey(norm, parent);
    if (/公务用车购置及运行/.test(norm)) parent = norm;
    if (!key) continue;
    groupCols.forEach((g, i) => {
      const line = lines[i]!;
      if (line.amounts[key]) return;
      line.amounts[key] = tracedNumber(grid, { row: r, col: g.col });
      if (!columns.some((c) => c.section === line.section && c.key === key)) columns.push({ key, label: THREE_COSTS_LABELS[key] ?? norm, columnNo: null, section: line.section });
    });
    lastRow = r;
  }
  return { columns, lines, national: false, firstRow: headerTop, lastRow };
}

/**
 * The 上海 layout: no 栏次 row, one row of 预算数 | 决算数 pairs under the six cost names (合计,
 * 因公出国(境)费, 公务用车购置及运行(维护)费 小计 | 购置费 | 运行(维护)费, 公务接待费) and one row
 * of amounts. The names' cells are merged over the pairs and land anywhere in a PDF's text, so
 * the pairs are taken in the template's order; each amount is the one under its 预算数/决算数.
 */
const PAIR_KEYS = ["total", "abroad", "vehicles", "vehiclePurchase", "vehicleOperation", "reception"] as const;

function readThreeCostsPairs(ctx: Ctx, headerTop: number, headerRow: number, pairs: LabelCell[]): Body | undefined {
  const { grid } = ctx;
  const names: string[] = [];
  for (let r = Math.max(ctx.top, Math.min(headerTop, headerRow - 4)); r < headerRow; r++) names.push(...rowCells(grid, r).map((c) => normLabel(c.text)));
  const text = names.join("|");
  if (![/合计/, /因公出国/, /公务用车/, /公务接待/].every((re) => re.test(text))) return undefined;
  if (!pairs.every((p, i) => budgetSection(p.norm) === (i % 2 === 0 ? "budget" : "final"))) return undefined;
  let dataRow = -1;
  for (let r = headerRow + 1; r <= Math.min(ctx.bottom, headerRow + 2) && dataRow < 0; r++) {
    const cells = rowCells(grid, r);
    if (cells.length > 0 && cells.every((c) => isNumeric(c.text))) dataRow = r;
  }
  const columns: Column[] = [];
  const lines: AccountsLine[] = ["budget", "final"].map((section, k) => ({
    row: headerRow + 1,
    section,
    label: tracedText(grid, { row: headerRow, col: pairs[k]!.col }),
    lineNo: null,
    amounts: {},
  }));
  PAIR_KEYS.forEach((key, i) => {
    for (const k of [0, 1]) {
      const at = pairs[i * 2 + k]!;
      const line = lines[k]!;
      line.amounts[key] = dataRow >= 0 ? tracedNumber(grid, { row: dataRow, col: at.col }) : tracedNumber(grid, { row: headerRow, col: at.col }, "");
      columns.push({ key, label: THREE_COSTS_LABELS[key]!, columnNo: null, section: line.section });
    }
  });
  return { columns, lines, national: false, firstRow: headerTop, lastRow: Math.max(headerRow, dataRow) };
}

// ---------------------------------------------------------------------------------------------
// Header fields, note, form

const UNIT = /^(部门|部门名称|单位名称|编制单位|填报单位|预算单位)\s*[:：]\s*(.+?)(?:\s+(?:金额)?单位\s*[:：].*)?$/;
const MONEY_UNIT = /(?:金额)?单位\s*[:：]?\s*(万元|元)\s*[)）]?\s*$/;

/** "第二部分 上海市普陀区财政局 2024 年度部门决算表": the unit before the year. */
const PART = /^第[一二三四五六七八九十]+部分\s*(.*?)\s*\d{4}\s*年度?\s*(?:部门|单位)?决算(?:公开)?表$/;

function readHeader(grid: Grid, seg: Segment, top: number, bottom: number): Header {
  const header: Header = {};
  if (seg.titleRow >= 0) {
    const y = yearIn(cellText(grid, seg.titleRow, seg.titleCol));
    if (y) header.year = { value: y, ref: grid.ref(seg.titleRow, seg.titleCol), text: grid.text(seg.titleRow, seg.titleCol) };
  }
  for (let r = top; r <= bottom; r++) {
    const cs = rowCells(grid, r);
    const part = cs.length === 1 && r < (seg.titleRow >= 0 ? seg.titleRow : top) ? PART.exec(toHalfWidth(cs[0]!.text).trim()) : null;
    if (part) {
      const at = { row: r, col: cs[0]!.col };
      if (!header.unit && part[1]) header.unit = tracedText(grid, at, part[1].trim());
      const y = yearIn(cs[0]!.text);
      if (!header.year && y) header.year = { value: y, ref: grid.ref(r, at.col), text: grid.text(r, at.col) };
      continue;
    }
    for (const c of cs) {
      const t = toHalfWidth(c.text).trim();
      const at = { row: r, col: c.col };
      // Both patterns need a colon or "单位": test the regular expressions only on such cells.
      const u = t.includes(":") || t.includes("：") ? UNIT.exec(t) : null;
      if (!header.unit && u?.[2] && !/^(万元|元)$/.test(u[2].trim())) header.unit = tracedText(grid, at, u[2].trim());
      const m = t.includes("单位") ? MONEY_UNIT.exec(t) : null;
      if (!header.moneyUnit && m?.[1] && t.length <= 40) header.moneyUnit = { value: m[1] as "万元" | "元", ref: grid.ref(r, c.col), text: grid.text(r, c.col) };
      if (!header.year && t.length <= 12 && /^[(（]?\s*\d{4}\s*年度?\s*[)）]?$/.test(t)) {
        const y = yearIn(t);
        if (y) header.year = { value: y, ref: grid.ref(r, c.col), text: grid.text(r, c.col) };
      }
    }
  }
  return header;
}

export function readFinalAccountsTable(grid: Grid, seg: Segment): FinalAccountsTableForm | undefined {
  if (seg.kind !== "JS" || !seg.table) return undefined;
  const ctx: Ctx = { grid, top: seg.titleRow >= 0 ? seg.titleRow + 1 : seg.top, bottom: seg.bottom };
  let body: Body | undefined;
  switch (seg.table) {
    case "01":
    case "04":
      body = readTwoSided(ctx);
      break;
    case "06":
      body = readDetail(ctx);
      break;
    case "07":
      body = readThreeCosts(ctx);
      break;
    default:
      body = readCodeTable(ctx);
  }
  if (!body) return undefined;

  const empty = !body.lines.some((l) => Object.values(l.amounts).some((a) => a.value !== null));
  const form: FinalAccountsTableForm = {
    kind: "JS",
    sheet: grid.sheet,
    range: "A1",
    layout: body.national ? "national-2021" : "generic",
    table: seg.table,
    header: readHeader(grid, seg, seg.top, seg.bottom),
    columns: body.columns,
    lines: body.lines,
    empty,
  };
  if (seg.titleRow >= 0) form.title = tracedText(grid, { row: seg.titleRow, col: seg.titleCol }, cleanTitle(cellText(grid, seg.titleRow, seg.titleCol)));
  for (let r = body.lastRow + 1; r <= seg.bottom && !form.note; r++) {
    const cells = rowCells(grid, r);
    if (cells.length === 1 && isEmptyNote(cells[0]!.text)) form.note = tracedText(grid, { row: r, col: cells[0]!.col });
  }
  let right = 0;
  for (let r = body.firstRow; r <= body.lastRow; r++) right = Math.max(right, grid.rowWidth(r) - 1);
  form.range = rangeToA1({ top: seg.titleRow >= 0 ? seg.top : body.firstRow, left: 0, bottom: body.lastRow, right: Math.max(0, right) });
  return form;
}
