/**
 * Draws the active sheet of the preview workbook as a spreadsheet would: column letters and row
 * numbers, merged cells, the workbook's own fills, fonts, borders, widths and heights, our marks
 * (which are fills and notes in the cells), notes on hover (a red corner, the note as the cell's
 * title), the selection outlined with its address in a name box, and the sheet tabs below.
 *
 * Only the first MAX_CELLS cells are drawn (sheet-picture.ts) and the drawing says so when a sheet
 * is bigger. Clicking a cell selects it (Shift+click extends); with the drawing focused, the arrow
 * keys move the selection (Shift+arrows extend) — so 选中区域 can be checked in the preview too.
 */
import { useEffect, useId, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent, type MouseEvent } from "react";
import { Body1, Caption1, Tab, TabList, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { columnLetters, parseRange, rangeContains, rangeToA1, type CellRange } from "../grid/address";
import type { Grid } from "../grid/grid";
import { HIGHLIGHT_COLOURS, type Highlight, type Severity } from "../hosts/host";
import type { MemoryHost } from "../hosts/memory";
import { t } from "../i18n";
import type { ObservedHost } from "./observe";
import { drawSheet, type CellLook, type SheetPicture } from "./sheet-picture";
import { p } from "./texts";

const SEVERITY_RANK: Record<Severity, number> = { ok: 0, info: 1, warning: 2, error: 3 };
const GRIDLINE = "#D4D4D4";
const ROW_HEAD_WIDTH = 44;
/** Excel's last row and column (0-based). */
const MAX_ROW = 1_048_575;
const MAX_COL = 16_383;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minHeight: 0, height: "100%" },
  bar: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    minHeight: "28px",
  },
  nameBox: {
    flex: "0 0 auto",
    minWidth: "96px",
    padding: `0 ${tokens.spacingHorizontalS}`,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusSmall,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    lineHeight: "22px",
    whiteSpace: "nowrap",
  },
  content: {
    flex: "1 1 auto",
    minWidth: 0,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  truncated: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorPaletteYellowBackground1,
    color: tokens.colorNeutralForeground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  scroller: {
    flex: "1 1 auto",
    overflow: "auto",
    minHeight: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  table: {
    borderCollapse: "collapse",
    tableLayout: "fixed",
    fontSize: "12px",
    fontFamily: tokens.fontFamilyBase,
    color: "#000000",
    backgroundColor: "#FFFFFF",
  },
  head: {
    position: "sticky",
    top: 0,
    zIndex: 2,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "1px 4px",
    overflow: "hidden",
  },
  headSelected: { backgroundColor: tokens.colorNeutralBackground3Selected, color: tokens.colorBrandForeground1, fontWeight: tokens.fontWeightSemibold },
  rowHead: {
    position: "sticky",
    left: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "1px 4px",
    textAlign: "right",
  },
  corner: { left: 0, zIndex: 3 },
  cell: {
    position: "relative",
    border: `1px solid ${GRIDLINE}`,
    padding: "1px 4px",
    verticalAlign: "bottom",
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    overflow: "hidden",
    cursor: "cell",
  },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  // One line, cut off: a scoring formula is long, and the name box's neighbour shows it whole.
  formula: {
    display: "block",
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
    color: tokens.colorNeutralForeground3,
    fontStyle: "italic",
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: "11px",
  },
  // Excel's note corner: a small red triangle in the cell's top-right corner.
  noted: {
    "::after": {
      content: '""',
      position: "absolute",
      top: 0,
      right: 0,
      borderTop: "6px solid #D13438",
      borderLeft: "6px solid transparent",
    },
  },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
  active: { outline: `3px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-3px" },
  tabs: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, overflowX: "auto", flexWrap: "nowrap", flexShrink: 0 },
  note: { padding: tokens.spacingHorizontalM },
});

type Styles = ReturnType<typeof useStyles>;

export interface SheetViewProps {
  host: ObservedHost;
  memory: MemoryHost;
  sheets: readonly string[];
  active: string;
  onActivate: (sheet: string) => void;
  /** Bumped whenever the workbook changed, to redraw. */
  version: number;
  selection?: { sheet: string; range: string };
  /** A cell or range was clicked or moved to with the keyboard. */
  onSelect: (sheet: string, range: string) => void;
}

export function SheetView({ host, memory, sheets, active, onActivate, version, selection, onSelect }: SheetViewProps) {
  const styles = useStyles();
  const [picture, setPicture] = useState<SheetPicture>();
  const scroller = useRef<HTMLDivElement>(null);
  const hintId = useId();
  /** The cell a Shift-extension starts from, and the cell the keyboard moves from. */
  const anchor = useRef<{ row: number; col: number }>(undefined);
  const cursor = useRef<{ row: number; col: number }>(undefined);

  useEffect(() => {
    let live = true;
    if (!active) return;
    drawSheet(memory, active).then(
      (pic) => {
        if (live) setPicture(pic);
      },
      () => {
        if (live) setPicture(undefined);
      },
    );
    return () => {
      live = false;
    };
  }, [memory, active, version]);

  const shown = picture && picture.sheet === active ? picture : undefined;
  const highlights = host.highlights(active);
  const marks = useMemo(() => markIndex(highlights, shown), [highlights, shown]);
  const selected = selection && selection.sheet === active ? parseRange(selection.range) : undefined;
  const target = selected ? `${selected.top}:${selected.left}` : undefined;

  useEffect(() => {
    if (target && shown && scroller.current) bringIntoView(scroller.current, target);
  }, [target, shown]);

  /** Where the keyboard moves from: the last cell moved to, unless the selection moved elsewhere since. */
  function currentCursor(): { row: number; col: number } {
    const c = cursor.current;
    if (c && selected && rangeContains(selected, c.row, c.col)) return c;
    const at = selected ? { row: selected.top, col: selected.left } : { row: 0, col: 0 };
    anchor.current = at;
    cursor.current = at;
    return at;
  }

  function selectCell(row: number, col: number, extend: boolean) {
    if (!shown) return;
    row = Math.max(0, Math.min(row, MAX_ROW));
    col = Math.max(0, Math.min(col, MAX_COL));
    let range: CellRange;
    if (extend && anchor.current) {
      const a = anchor.current;
      range = { top: Math.min(a.row, row), left: Math.min(a.col, col), bottom: Math.max(a.row, row), right: Math.max(a.col, col) };
    } else {
      range = shown.grid.mergeAt(row, col) ?? { top: row, left: col, bottom: row, right: col };
      anchor.current = { row, col };
    }
    cursor.current = { row, col };
    onSelect(active, rangeToA1(range));
  }

  function onClick(e: MouseEvent<HTMLTableElement>) {
    const td = (e.target as HTMLElement).closest("td[data-ref]");
    const ref = td?.getAttribute("data-ref");
    if (!ref) return;
    const [row, col] = ref.split(":").map(Number) as [number, number];
    if (e.shiftKey) currentCursor();
    selectCell(row, col, e.shiftKey);
  }

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (!shown || e.target !== e.currentTarget || e.altKey || e.ctrlKey || e.metaKey) return;
    const from = currentCursor();
    // From a merged area, move off its far edge, as Excel does.
    const merge = e.shiftKey ? undefined : shown.grid.mergeAt(from.row, from.col);
    let { row, col } = from;
    if (e.key === "ArrowDown") row = (merge ? merge.bottom : row) + 1;
    else if (e.key === "ArrowUp") row = (merge ? merge.top : row) - 1;
    else if (e.key === "ArrowRight") col = (merge ? merge.right : col) + 1;
    else if (e.key === "ArrowLeft") col = (merge ? merge.left : col) - 1;
    else return;
    e.preventDefault();
    if (row < 0 || col < 0) return;
    selectCell(row, col, e.shiftKey);
  }

  const activeCell = selected ? shown?.grid.cell(selected.top, selected.left) : undefined;
  const content = activeCell?.formula ? `=${activeCell.formula}` : (activeCell?.text ?? "");

  return (
    <div className={styles.root}>
      {sheets.length > 0 && (
        <div className={styles.bar}>
          <output className={styles.nameBox} aria-label={p("nameBox")} aria-live="polite" data-testid="name-box">
            {selected ? rangeToA1(selected) : "\u00a0"}
          </output>
          <span className={styles.content} title={content || undefined}>
            {content}
          </span>
        </div>
      )}
      {shown && (shown.rows > shown.shownRows || shown.cols > shown.shownCols) && (
        <Caption1 as="p" className={styles.truncated} role="note" style={{ margin: 0 }}>
          {p("truncated", { rows: shown.rows, cols: shown.cols, shownRows: shown.shownRows, shownCols: shown.shownCols })}
        </Caption1>
      )}
      {sheets.length === 0 ? (
        <Body1 as="p" className={styles.note}>
          {t("preview.noSheets")}
        </Body1>
      ) : shown && (shown.rows === 0 || shown.cols === 0) ? (
        <Body1 as="p" className={styles.note}>
          {t("preview.emptySheet")}
        </Body1>
      ) : (
        <div
          className={styles.scroller}
          ref={scroller}
          role="region"
          aria-label={p("sheetRegion", { sheet: active })}
          aria-describedby={hintId}
          tabIndex={0}
          onKeyDown={onKeyDown}
        >
          <span id={hintId} hidden>
            {p("keysHint")}
          </span>
          {shown && <GridTable picture={shown} marks={marks} selected={selected} styles={styles} onClick={onClick} />}
        </div>
      )}
      {sheets.length > 0 && (
        <TabList
          className={styles.tabs}
          size="small"
          selectedValue={active}
          onTabSelect={(_, data) => onActivate(String(data.value))}
          aria-label={p("sheetTabs")}
        >
          {sheets.map((s) => (
            <Tab key={s} value={s}>
              {s}
            </Tab>
          ))}
        </TabList>
      )}
    </div>
  );
}

/**
 * Scrolls the drawing so the selected cell's top-left corner shows below the sticky column letters
 * and right of the sticky row numbers (scrollIntoView would hide it under them, and would scroll a
 * merged cell wider than the view to its middle).
 */
function bringIntoView(scroller: HTMLElement, target: string): void {
  const cell = scroller.querySelector<HTMLElement>(`td[data-ref="${target}"]`);
  if (!cell) return;
  const head = scroller.querySelector("thead")?.getBoundingClientRect().height ?? 0;
  const view = scroller.getBoundingClientRect();
  const box = cell.getBoundingClientRect();
  const top = view.top + head;
  const left = view.left + ROW_HEAD_WIDTH;
  const bottom = view.top + scroller.clientHeight;
  const right = view.left + scroller.clientWidth;
  if (box.top < top) scroller.scrollTop -= top - box.top;
  else if (box.bottom > bottom) scroller.scrollTop += Math.min(box.bottom - bottom, box.top - top);
  if (box.left < left) scroller.scrollLeft -= left - box.left;
  else if (box.right > right) scroller.scrollLeft += Math.min(box.right - right, box.left - left);
}

/** Our marks on the drawn cells, worst severity first where marks overlap. */
function markIndex(highlights: readonly Highlight[], picture: SheetPicture | undefined): Map<string, Severity> {
  const index = new Map<string, Severity>();
  if (!picture) return index;
  for (const h of highlights) {
    const r = parseRange(h.ref);
    if (!r) continue;
    for (let row = r.top; row <= Math.min(r.bottom, picture.shownRows - 1); row++) {
      for (let col = r.left; col <= Math.min(r.right, picture.shownCols - 1); col++) {
        const key = `${row}:${col}`;
        const prev = index.get(key);
        if (!prev || SEVERITY_RANK[h.severity] > SEVERITY_RANK[prev]) index.set(key, h.severity);
      }
    }
  }
  return index;
}

function edge(e: CellLook["top"]): string | undefined {
  return e === "thick" ? "2px solid #000000" : e === "thin" ? "1px solid #000000" : undefined;
}

function cellStyle(look: CellLook | undefined, mark: Severity | undefined, height: number | undefined): CSSProperties | undefined {
  const fill = look?.fill ?? (mark ? HIGHLIGHT_COLOURS[mark] : undefined);
  if (!look && !fill && height === undefined) return undefined;
  const s: CSSProperties = {};
  if (fill) s.backgroundColor = fill;
  if (look?.color) s.color = look.color;
  if (look?.bold) s.fontWeight = 700;
  if (look?.italic) s.fontStyle = "italic";
  if (look?.underline) s.textDecoration = "underline";
  if (look?.size && look.size !== 11) s.fontSize = `${(look.size / 11).toFixed(2)}em`;
  if (look?.horizontal) s.textAlign = look.horizontal;
  if (look?.vertical) s.verticalAlign = look.vertical;
  const top = edge(look?.top);
  const right = edge(look?.right);
  const bottom = edge(look?.bottom);
  const left = edge(look?.left);
  if (top) s.borderTop = top;
  if (right) s.borderRight = right;
  if (bottom) s.borderBottom = bottom;
  if (left) s.borderLeft = left;
  return s;
}

function GridTable({
  picture,
  marks,
  selected,
  styles,
  onClick,
}: {
  picture: SheetPicture;
  marks: Map<string, Severity>;
  selected: CellRange | undefined;
  styles: Styles;
  onClick: (e: MouseEvent<HTMLTableElement>) => void;
}) {
  const { grid, looks, widths, heights, shownRows: rows, shownCols: cols } = picture;
  const body = [];
  for (let r = 0; r < rows; r++) {
    const cells = [];
    for (let c = 0; c < cols; c++) {
      if (grid.isCoveredByMerge(r, c)) continue;
      cells.push(<GridCell key={c} grid={grid} r={r} c={c} rows={rows} cols={cols} look={looks.get(`${r}:${c}`)} mark={marks.get(`${r}:${c}`)} selected={selected} styles={styles} />);
    }
    const rowSelected = selected !== undefined && r >= selected.top && r <= selected.bottom;
    body.push(
      <tr key={r} style={heights.has(r) ? { height: heights.get(r) } : undefined}>
        <th className={mergeClasses(styles.rowHead, rowSelected && styles.headSelected)} scope="row">
          {r + 1}
        </th>
        {cells}
      </tr>,
    );
  }
  const width = ROW_HEAD_WIDTH + widths.reduce((a, b) => a + b, 0);
  return (
    // Clicking selects a cell; the keyboard's way is the arrow keys on the focusable region around.
    <table className={styles.table} style={{ width }} aria-label={p("sheetTable", { sheet: picture.sheet })} onClick={onClick}>
      <colgroup>
        <col style={{ width: ROW_HEAD_WIDTH }} />
        {widths.map((w, c) => (
          <col key={c} style={{ width: w }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <td className={mergeClasses(styles.head, styles.corner)} />
          {Array.from({ length: cols }, (_, c) => (
            <th key={c} className={mergeClasses(styles.head, selected && c >= selected.left && c <= selected.right && styles.headSelected)} scope="col">
              {columnLetters(c)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{body}</tbody>
    </table>
  );
}

function GridCell({
  grid,
  r,
  c,
  rows,
  cols,
  look,
  mark,
  selected,
  styles,
}: {
  grid: Grid;
  r: number;
  c: number;
  rows: number;
  cols: number;
  look: CellLook | undefined;
  mark: Severity | undefined;
  selected: CellRange | undefined;
  styles: Styles;
}) {
  const m = grid.mergeAt(r, c);
  const cell = grid.cell(r, c);
  // A formula written here has no value until Excel or WPS calculates it: show the formula.
  const uncalculated = cell?.formula !== undefined && cell.formula !== "" && cell.text === "";
  const isActive = selected !== undefined && selected.top === r && selected.left === c;
  const inSelection = selected !== undefined && rangeContains(selected, r, c);
  const classes = mergeClasses(
    styles.cell,
    typeof cell?.value === "number" && !look?.horizontal && styles.number,
    look?.note !== undefined && styles.noted,
    inSelection && styles.selected,
    isActive && styles.active,
  );
  return (
    <td
      data-ref={`${r}:${c}`}
      data-cell={`${columnLetters(c)}${r + 1}`}
      data-mark={mark}
      data-selected={inSelection ? (isActive ? "active" : "range") : undefined}
      className={classes}
      rowSpan={m ? Math.min(m.bottom, rows - 1) - r + 1 : undefined}
      colSpan={m ? Math.min(m.right, cols - 1) - c + 1 : undefined}
      style={cellStyle(look, mark, undefined)}
      title={look?.note}
    >
      {uncalculated ? <span className={styles.formula}>={cell?.formula}</span> : (cell?.text ?? "")}
    </td>
  );
}
