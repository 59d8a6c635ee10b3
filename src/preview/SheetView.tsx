/** Draws one sheet of the preview workbook as an HTML table (merged cells via rowSpan/colSpan). */
import { useEffect, useRef, useState } from "react";
import { Body1, Caption1, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import type { Grid } from "../grid/grid";
import { columnLetters, parseRange, type CellRange } from "../grid/address";
import { HIGHLIGHT_COLOURS, type Highlight, type Severity } from "../hosts/host";
import { t } from "../i18n";
import type { ObservedHost } from "./observe";

/** Past this the drawing is cut off: the preview is for looking at forms, not whole ledgers. */
const MAX_ROWS = 500;
const MAX_COLS = 60;

const SEVERITY_RANK: Record<Severity, number> = { info: 1, warning: 2, error: 3 };

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minHeight: 0, height: "100%" },
  scroller: { flex: "1 1 auto", overflow: "auto", minHeight: 0, backgroundColor: tokens.colorNeutralBackground1 },
  table: {
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    fontFamily: tokens.fontFamilyBase,
    tableLayout: "auto",
  },
  head: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "2px 6px",
    minWidth: "48px",
  },
  rowHead: {
    position: "sticky",
    left: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "2px 6px",
    textAlign: "right",
  },
  corner: { left: 0, zIndex: 2 },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "2px 6px",
    verticalAlign: "middle",
    whiteSpace: "pre-wrap",
    maxWidth: "320px",
    minWidth: "24px",
  },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
  tabs: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, overflowX: "auto", flexWrap: "nowrap" },
  note: { padding: tokens.spacingHorizontalM },
});

export interface SheetViewProps {
  host: ObservedHost;
  sheets: readonly string[];
  active: string;
  onActivate: (sheet: string) => void;
  /** Bumped whenever the workbook changed, to redraw. */
  version: number;
  selection?: { sheet: string; range: string };
}

export function SheetView({ host, sheets, active, onActivate, version, selection }: SheetViewProps) {
  const styles = useStyles();
  const [grid, setGrid] = useState<{ sheet: string; grid: Grid } | undefined>();
  const scroller = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let live = true;
    if (!active) return;
    host.readSheet(active).then(
      (g) => {
        if (live) setGrid({ sheet: active, grid: g });
      },
      () => {
        if (live) setGrid(undefined);
      },
    );
    return () => {
      live = false;
    };
  }, [host, active, version]);

  const shown = grid && grid.sheet === active ? grid.grid : undefined;
  const marks = markIndex(host.highlights(active));
  const selected = selection && selection.sheet === active ? parseRange(selection.range) : undefined;
  const target = selected ? `${selected.top}:${selected.left}` : undefined;

  useEffect(() => {
    if (!target || !shown) return;
    const cell = scroller.current?.querySelector(`[data-ref="${target}"]`);
    cell?.scrollIntoView?.({ block: "nearest", inline: "nearest" });
  }, [target, shown]);

  return (
    <div className={styles.root}>
      <div className={styles.scroller} ref={scroller}>
        {sheets.length === 0 ? (
          <Body1 as="p" className={styles.note}>
            {t("preview.noSheets")}
          </Body1>
        ) : shown && shown.rowCount === 0 ? (
          <Body1 as="p" className={styles.note}>
            {t("preview.emptySheet")}
          </Body1>
        ) : shown ? (
          <GridTable grid={shown} marks={marks} selected={selected} styles={styles} />
        ) : null}
      </div>
      {sheets.length > 0 && (
        <TabList
          className={styles.tabs}
          size="small"
          selectedValue={active}
          onTabSelect={(_, data) => onActivate(String(data.value))}
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

function markIndex(highlights: readonly Highlight[]): Map<string, Highlight> {
  const index = new Map<string, Highlight>();
  for (const h of highlights) {
    const r = parseRange(h.ref);
    if (!r) continue;
    for (let row = r.top; row <= Math.min(r.bottom, MAX_ROWS); row++) {
      for (let col = r.left; col <= Math.min(r.right, MAX_COLS); col++) {
        const key = `${row}:${col}`;
        const prev = index.get(key);
        if (!prev || SEVERITY_RANK[h.severity] > SEVERITY_RANK[prev.severity]) index.set(key, h);
      }
    }
  }
  return index;
}

function inRange(r: CellRange | undefined, row: number, col: number): boolean {
  return r !== undefined && row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
}

function GridTable({
  grid,
  marks,
  selected,
  styles,
}: {
  grid: Grid;
  marks: Map<string, Highlight>;
  selected: CellRange | undefined;
  styles: ReturnType<typeof useStyles>;
}) {
  const rows = Math.min(grid.rowCount, MAX_ROWS);
  const cols = Math.min(grid.colCount, MAX_COLS);
  const body = [];
  for (let r = 0; r < rows; r++) {
    const cells = [];
    for (let c = 0; c < cols; c++) {
      if (grid.isCoveredByMerge(r, c)) continue;
      const m = grid.mergeAt(r, c);
      const cell = grid.cell(r, c);
      const mark = marks.get(`${r}:${c}`);
      const classes = [styles.cell];
      if (typeof cell?.value === "number") classes.push(styles.number);
      if (inRange(selected, r, c)) classes.push(styles.selected);
      cells.push(
        <td
          key={c}
          data-ref={`${r}:${c}`}
          className={classes.join(" ")}
          rowSpan={m ? Math.min(m.bottom, rows - 1) - r + 1 : undefined}
          colSpan={m ? Math.min(m.right, cols - 1) - c + 1 : undefined}
          style={mark ? { backgroundColor: HIGHLIGHT_COLOURS[mark.severity] } : undefined}
          title={mark?.note ?? (cell?.formula ? `=${cell.formula}` : undefined)}
        >
          {cell?.text ?? ""}
        </td>,
      );
    }
    body.push(
      <tr key={r}>
        <th className={styles.rowHead} scope="row">
          {r + 1}
        </th>
        {cells}
      </tr>,
    );
  }
  return (
    <>
      <table className={styles.table}>
        <thead>
          <tr>
            <th className={`${styles.head} ${styles.corner}`} />
            {Array.from({ length: cols }, (_, c) => (
              <th key={c} className={styles.head} scope="col">
                {columnLetters(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{body}</tbody>
      </table>
      {(grid.rowCount > rows || grid.colCount > cols) && (
        <Caption1 as="p" style={{ padding: 8 }}>
          {t("preview.truncated", { rows, cols })}
        </Caption1>
      )}
    </>
  );
}
