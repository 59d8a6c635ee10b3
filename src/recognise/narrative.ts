/**
 * Reader for JN, the 部门决算情况说明 ("第三部分 2021年度部门决算情况说明"): numbered sections
 * "一、收入支出决算总体情况说明", "（一）财政拨款支出决算总体情况", "1、一般公共服务（类）…（项）"
 * with their paragraphs, one paragraph per grid row in column A (grid/from-text).
 *
 * Choices:
 * - every heading starts its own section, whatever its level ("一、" = 1, "（一）" = 2,
 *   "1、"/"（1）" = 3); `level` tells them apart, and a sub-section's parent is the nearest
 *   earlier section of a lower level. Text before the first heading becomes a level-0 section
 *   headed by the title.
 * - a numbered line is a heading only when it is short and states no number other than a year:
 *   "1、因公出国（境）费支出决算为0万元，…" is a paragraph of the section above it.
 * - PDF extractions break sentences across lines ("…比上年决算数减少34.43" / "万元，减少37.78%。");
 *   a paragraph that does not end a sentence is joined with the next one (`continued` keeps the
 *   refs of the joined pieces). A heading is joined only with a short tail ("…（项）" / "支出。"),
 *   and only when the other headings of its level end their sentence.
 * - rows holding a table (more than one cell) are not paragraphs and are skipped.
 * - reading stops at the next part ("第四部分", "名词解释", "附件").
 *
 * A segment whose paragraphs state no number at all (the table of contents) gives undefined.
 */
import type { Grid } from "../grid/grid";
import { rangeToA1 } from "../grid/address";
import type { FinalAccountsNarrativeForm, Header, NarrativeSection, NarrativeText } from "../forms/forms";
import { rowCells, tracedText } from "./cells";
import { normLabel, toHalfWidth, yearIn } from "./labels";
import type { Segment } from "./segment";

const CN_NUM = "[一二三四五六七八九十]+";
const NUMBERING: [RegExp, number][] = [
  [new RegExp(`^${CN_NUM}\\s*[、.．]`), 1],
  [new RegExp(`^[（(]\\s*${CN_NUM}\\s*[)）]`), 2],
  [/^\d{1,2}\s*[、．](?!\d)/, 3],
  [/^\d{1,2}\s*\.(?!\d)/, 3],
  [/^[（(]\s*\d{1,2}\s*[)）]/, 3],
];

const STOP = /^(第[一二三四五六七八九十]+部分|名词解释$|附件\d*$|附件[:：])/;

/** A sentence is complete when the text ends with 。！？；： (maybe followed by a closing quote). */
const SENTENCE_END = /[。！？!?；;：:…]["”’」』)）]*$/;

/** Heading level of a line, or undefined when it is body text. */
export function headingLevel(text: string): number | undefined {
  const t = toHalfWidth(text).replace(/^\s*[-•·]\s*/, "").trim();
  for (const [re, level] of NUMBERING) {
    const m = re.exec(t);
    if (!m) continue;
    if (t.length > 60) return undefined;
    const rest = t.slice(m[0].length).replace(/\d{4}\s*年(度)?/g, "").replace(/\d{1,2}\s*月\s*\d{1,2}\s*日/g, "");
    if (/\d/.test(rest)) return undefined;
    return level;
  }
  return undefined;
}

interface Piece {
  row: number;
  col: number;
  text: string;
}

function joined(grid: Grid, pieces: Piece[]): NarrativeText {
  const first = pieces[0]!;
  const t: NarrativeText = tracedText(grid, { row: first.row, col: first.col }, pieces.map((p) => p.text.trim()).join(""));
  if (pieces.length > 1) t.continued = pieces.slice(1).map((p) => grid.ref(p.row, p.col));
  return t;
}

const NATIONAL_SECTIONS = [
  /收入支出决算总体情况/,
  /^收入决算情况/,
  /^支出决算情况/,
  /财政拨款收入支出决算总体情况/,
  /一般公共预算财政拨款支出决算情况/,
  /基本支出决算情况/,
  /三公/,
  /政府性基金/,
  /国有资本经营/,
  /机关运行经费/,
  /政府采购/,
  /国有资产/,
  /绩效/,
];

export function readNarrative(grid: Grid, seg: Segment): FinalAccountsNarrativeForm | undefined {
  if (seg.kind !== "JN") return undefined;
  // A title broken over two lines ("…部门决算情况" / "说明"): the segment's title is the whole.
  const rawTitle = seg.titleRow >= 0 ? rowCells(grid, seg.titleRow).map((c) => c.text).join(" ") : "";
  const start = seg.titleRow >= 0 ? (seg.titleEnd ?? seg.titleRow) + 1 : seg.top;

  // Lines of text in order, each with its heading level.
  const lines: (Piece & { level: number | undefined })[] = [];
  let lastRow = seg.titleRow >= 0 ? seg.titleRow : seg.top;
  for (let r = start; r <= seg.bottom; r++) {
    const cells = rowCells(grid, r);
    if (cells.length !== 1) continue;
    const cell = cells[0]!;
    if (STOP.test(normLabel(cell.text))) break;
    lines.push({ row: r, col: cell.col, text: cell.text, level: headingLevel(cell.text) });
    lastRow = r;
  }

  // Do the headings of each level usually end a sentence ("1、…（项）。")? Then one that does not
  // was broken before its end.
  const endsSentence = new Map<number, { yes: number; no: number }>();
  for (const l of lines) {
    if (l.level === undefined) continue;
    const e = endsSentence.get(l.level) ?? { yes: 0, no: 0 };
    if (SENTENCE_END.test(l.text.trim())) e.yes++;
    else e.no++;
    endsSentence.set(l.level, e);
  }
  const usuallyEnds = (level: number): boolean => {
    const e = endsSentence.get(level);
    return e !== undefined && e.yes > e.no;
  };

  const sections: NarrativeSection[] = [];
  let current: NarrativeSection | undefined;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    const pieces: Piece[] = [line];
    if (line.level !== undefined) {
      // "5、卫生健康（类）…（项）" / "支出。": a heading broken before its last word.
      const next = lines[i + 1];
      if (
        next &&
        next.level === undefined &&
        usuallyEnds(line.level) &&
        !SENTENCE_END.test(line.text.trim()) &&
        next.text.trim().length <= 8 &&
        SENTENCE_END.test(next.text.trim())
      ) {
        pieces.push(next);
      }
      current = { heading: joined(grid, pieces), level: line.level, paragraphs: [] };
      sections.push(current);
      i += pieces.length;
      continue;
    }
    let j = i;
    while (!SENTENCE_END.test(lines[j]!.text.trim()) && lines[j + 1] && lines[j + 1]!.level === undefined) {
      j++;
      pieces.push(lines[j]!);
    }
    if (!current) {
      const heading =
        seg.titleRow >= 0
          ? tracedText(grid, { row: seg.titleRow, col: seg.titleCol }, seg.title)
          : tracedText(grid, { row: line.row, col: line.col }, "");
      current = { heading, level: 0, paragraphs: [] };
      sections.push(current);
    }
    current.paragraphs.push(joined(grid, pieces));
    i = j + 1;
  }

  if (!sections.some((s) => s.paragraphs.some((p) => /\d/.test(p.value)))) return undefined;

  const header: Header = {};
  let title: FinalAccountsNarrativeForm["title"];
  if (seg.titleRow >= 0) {
    const raw = rawTitle;
    title = tracedText(grid, { row: seg.titleRow, col: seg.titleCol }, seg.title);
    const y = yearIn(raw);
    const ref = grid.ref(seg.titleRow, seg.titleCol);
    if (y) header.year = { value: y, ref, text: raw };
    // "上海市普陀区财政局 2024 年度部门决算情况说明": the unit is named before the year.
    const u = /^(.{2,40}?)\s*\d{4}\s*年度?\s*(部门|单位)?决算情况说明$/.exec(toHalfWidth(seg.title).trim());
    if (u?.[1] && /(局|委|办|院|部|中心|所|站|会|队|馆|室|处|厅|社|校|园|府|镇|街道|单位|部门|[A-Za-z×*]{2,})$/.test(u[1].trim())) header.unit = { value: u[1].trim(), ref, text: raw };
  }
  const level1 = sections.filter((s) => s.level === 1).map((s) => normLabel(s.heading.value).replace(new RegExp(`^${CN_NUM}[、.．]`), ""));
  const national = NATIONAL_SECTIONS.filter((re) => level1.some((h) => re.test(h))).length >= 8;

  let right = 0;
  for (let r = seg.top; r <= lastRow; r++) right = Math.max(right, grid.rowWidth(r) - 1);
  const form: FinalAccountsNarrativeForm = {
    kind: "JN",
    sheet: grid.sheet,
    range: rangeToA1({ top: seg.top, left: 0, bottom: lastRow, right: Math.max(0, right) }),
    layout: national ? "national-2021" : "generic",
    header,
    sections,
  };
  if (title) form.title = title;
  return form;
}
