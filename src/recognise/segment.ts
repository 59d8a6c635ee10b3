/**
 * Where forms start. A sheet (or a whole pasted document) may hold several forms one under
 * another; each starts at its title — "…绩效目标表", "…自评表", "…汇总表", one of the nine
 * 决算 table names, "…决算情况说明" — and runs to the next title or part heading. Titles are
 * matched after removing numbering and markup ("附件3", "1、", "[bookmark: …]").
 *
 * A title alone does not make a form: the readers must find the form's labels inside the
 * segment (a table of contents lists every title and yields nothing). Rows before the first
 * title form an untitled segment, so a sheet whose title was deleted is still read.
 */
import type { Grid } from "../grid/grid";
import { FINAL_ACCOUNTS_TABLES, type FinalAccountsTableId, type FormKind } from "../forms/forms";
import { cleanTitle, normLabel } from "./labels";
import { rowCells } from "./cells";

export interface Segment {
  /** What the title says the form is; undefined for an untitled segment or a part heading. */
  kind: FormKind | undefined;
  /** 0-based row of the title (or of the "附件N" line just above it); -1 when untitled. */
  titleRow: number;
  titleCol: number;
  title: string;
  /** 0-based inclusive rows of the segment, title included. */
  top: number;
  bottom: number;
  /** Last row of a title broken over two lines ("…部门决算情况" / "说明"), when it is. */
  titleEnd?: number;
  /** For 决算 tables: which of 公开01–09. */
  table?: FinalAccountsTableId;
}

const stripQuotes = (s: string): string => s.replace(/[“”"'‘’「」]/g, "");

/**
 * Other names the same tables go by (上海 2024: "一般公共预算财政拨款基本支出决算表" without 明细,
 * "财政拨款“三公”经费支出决算表", "国有资本经营预算财政拨款收入支出决算表"; elsewhere "部门收支决算总表").
 */
const JS_ALIASES: [string, FinalAccountsTableId][] = [
  ["部门收支决算总表", "01"],
  ["收支决算总表", "01"],
  ["部门收入支出决算总表", "01"],
  ["部门收入决算表", "02"],
  ["部门支出决算表", "03"],
  ["财政拨款收支决算总表", "04"],
  ["一般公共预算支出决算表", "05"],
  ["一般公共预算财政拨款基本支出决算表", "06"],
  ["一般公共预算基本支出决算表", "06"],
  ["财政拨款三公经费支出决算表", "07"],
  ["三公经费支出决算表", "07"],
  ["一般公共预算三公经费支出决算表", "07"],
  ["政府性基金预算财政拨款支出决算表", "08"],
  ["国有资本经营预算财政拨款收入支出决算表", "09"],
];

const JS_TITLES: [string, FinalAccountsTableId][] = [
  ...(Object.entries(FINAL_ACCOUNTS_TABLES) as [FinalAccountsTableId, string][]).map(([id, name]): [string, FinalAccountsTableId] => [normLabel(stripQuotes(name)), id]),
  ...JS_ALIASES,
];

/** The heading of the part holding the 决算 tables: "第二部分 …年度部门决算表". */
export const PART_HEADING = /^第[一二三四五六七八九十]+部分.*决算(公开)?表$/;

/** Classify a title text; undefined when it is no form title. */
export function classifyTitle(text: string): { kind: FormKind; table?: FinalAccountsTableId } | { boundary: true } | undefined {
  const cleaned = normLabel(stripQuotes(cleanTitle(text)));
  if (cleaned === "") return undefined;
  if (/^第[一二三四五六七八九十]+部分/.test(normLabel(text)) && cleaned.length <= 2) return { boundary: true };
  if (/^(名词解释|附件)$/.test(cleaned)) return { boundary: true };
  const bare = cleaned.replace(/^(\d{4}年度?)/, "").replace(/[(（]\d{4}年度?[)）]$/, "");
  // "部门预算项目支出绩效自评表(2023年度)", "附表2-1 …绩效目标申报表（试行）": the form's name without them.
  const named = bare.replace(/^附表\s*[\d-]*\s*[:：.、]?/, "").replace(/[(（][^()（）]{0,12}[)）]$/, "");
  // A department's name before the year ("上海市普陀区财政局2024年度收入支出决算总表"): the 公开 table's name after it.
  const afterYear = bare.replace(/^.{0,30}?\d{4}年度?/, "");
  for (const [name, id] of JS_TITLES) if (bare === name || afterYear === name) return { kind: "JS", table: id };
  // The part's own title ("2021年度部门决算情况说明", "单位决算情况说明"), not its numbered
  // sections "二、收入决算情况说明" or "五、一般公共预算财政拨款支出决算情况说明".
  if ((/(部门|单位)决算情况说明$/.test(cleaned) && cleaned.length <= 40) || /^(\d{4}年度?)?决算情况说明$/.test(cleaned)) return { kind: "JN" };
  if (/(执行|运行)监控(情况)?表$|绩效监控表$/.test(named)) return { kind: "MT" };
  if (/绩效自评(价)?表$/.test(named)) return { kind: /整体/.test(named) ? "DS" : "PS" };
  if (/绩效目标汇总表$/.test(named)) return { kind: "ST" };
  if (/绩效目标(申报|批复|审核)?表$|核心绩效指标表$|绩效指标(申报)?表$/.test(named)) return { kind: /整体/.test(named) ? "DT" : "PT" };
  return undefined;
}

/** Split a grid into segments, one per title, plus the untitled rows before the first title. */
export function segmentGrid(grid: Grid): Segment[] {
  const starts: Segment[] = [];
  const rows = grid.rowCount;
  for (let r = 0; r < rows; r++) {
    const cells = rowCells(grid, r);
    if (cells.length === 0 || cells.length > 2) continue;
    const first = cells[0]!;
    if (first.text.length > 60) continue;
    let c = classifyTitle(first.text);
    let titleText = first.text;
    // A PDF line break inside the part's title: "第三部分 …年度部门决算情况" / "说明".
    let titleEnd: number | undefined;
    const whole = cells.map((x) => x.text.trim()).join("");
    if (!c && /^第[一二三四五六七八九十]+部分.*决算(情况)?$/.test(normLabel(whole))) {
      let n = r + 1;
      while (n < rows && n <= r + 3 && rowCells(grid, n).length === 0) n++;
      const next = rowCells(grid, n);
      if (next.length === 1 && next[0]!.text.trim().length <= 6) {
        const joined = `${whole}${next[0]!.text.trim()}`;
        const j = classifyTitle(joined);
        if (j && "kind" in j && j.kind === "JN") {
          c = j;
          titleText = joined;
          titleEnd = n;
        }
      }
    }
    if (!c) continue;
    let top = r;
    // "附件3" on its own line just above the title belongs to the form.
    for (let up = r - 1; up >= Math.max(0, r - 3); up--) {
      const above = rowCells(grid, up);
      if (above.length === 0) continue;
      if (above.length === 1 && /^附\s*件\s*\d+$/.test(above[0]!.text.replace(/\s+/g, " ").trim())) top = up;
      // "第二部分 <单位> 2024 年度部门决算表" over the first table names the unit and the year.
      if (above.length === 1 && c && "kind" in c && c.kind === "JS" && PART_HEADING.test(normLabel(above[0]!.text))) top = up;
      break;
    }
    if ("boundary" in c) {
      starts.push({ kind: undefined, titleRow: r, titleCol: first.col, title: first.text, top, bottom: r });
    } else {
      const seg: Segment = { kind: c.kind, titleRow: r, titleCol: first.col, title: cleanTitle(titleText), top, bottom: r };
      if (titleEnd !== undefined) seg.titleEnd = titleEnd;
      if (c.table) seg.table = c.table;
      starts.push(seg);
    }
  }
  const segments: Segment[] = [];
  const firstTop = starts[0]?.top ?? rows;
  if (firstTop > 0) segments.push({ kind: undefined, titleRow: -1, titleCol: 0, title: "", top: 0, bottom: firstTop - 1 });
  starts.forEach((s, i) => {
    const next = starts[i + 1];
    segments.push({ ...s, bottom: next ? next.top - 1 : rows - 1 });
  });
  return segments;
}
