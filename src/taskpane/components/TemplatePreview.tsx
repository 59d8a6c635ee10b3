/**
 * A small drawing of a template: its cells as an HTML table, merged areas as row and column
 * spans, column widths in proportion to the form's. Scrolls inside its box at the pane's width.
 */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { t } from "../../i18n";
import type { Style } from "../../templates/dsl";
import type { PlacedCell, TemplatePlan } from "../../templates/layout";

const useStyles = makeStyles({
  box: {
    maxHeight: "320px",
    overflow: "auto",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "#ffffff",
  },
  table: { borderCollapse: "collapse", tableLayout: "fixed", fontSize: "9px", lineHeight: "12px", color: "#000000" },
  cell: { padding: "1px 2px", verticalAlign: "middle", overflow: "hidden", overflowWrap: "anywhere", height: "13px" },
  bordered: { border: "1px solid #7f7f7f" },
  title: { fontSize: "12px", lineHeight: "16px", fontWeight: 700, textAlign: "center", padding: "4px 2px" },
  label: { fontWeight: 700, textAlign: "center", backgroundColor: "#f3f3f3" },
  center: { textAlign: "center" },
  right: { textAlign: "right" },
  note: { color: "#444444" },
  formula: { color: tokens.colorNeutralForeground3, fontStyle: "italic" },
});

/** Excel character units to CSS pixels, shrunk to fit a narrow pane. */
const PX_PER_CHAR = 4.2;

const BORDERED: ReadonlySet<Style> = new Set(["label", "labelLeft", "text", "center", "amount", "rate", "number", "points"]);

function cellText(c: PlacedCell): { text: string; formula: boolean } {
  const w = c.write;
  if (!w) return { text: "", formula: false };
  if ("formula" in w) return { text: t("templates.formula"), formula: true };
  const v = w.value;
  if (v === null) return { text: "", formula: false };
  if (typeof v === "number") return { text: c.style === "rate" ? `${(v * 100).toFixed(2)}%` : String(v), formula: false };
  if (typeof v === "object") return { text: v.error, formula: false };
  return { text: String(v), formula: false };
}

export function TemplatePreview({ plan, columns, label }: { plan: TemplatePlan; columns: readonly number[]; label: string }) {
  const styles = useStyles();
  const starts = new Map<number, PlacedCell[]>();
  for (const c of plan.cells) {
    const list = starts.get(c.row) ?? [];
    list.push(c);
    starts.set(c.row, list);
  }
  const covered = new Set<number>();
  const key = (r: number, c: number) => r * 1024 + c;
  for (const c of plan.cells) for (let r = c.row; r < c.row + c.rows; r++) for (let k = c.col; k < c.col + c.cols; k++) covered.add(key(r, k));
  const width = columns.reduce((s, w) => s + Math.round(w * PX_PER_CHAR), 0);

  const styleClass = (s: Style): string | undefined => {
    switch (s) {
      case "title":
        return styles.title;
      case "label":
        return styles.label;
      case "center":
      case "number":
      case "rate":
      case "points":
      case "caption":
        return styles.center;
      case "amount":
      case "subtitleRight":
        return styles.right;
      case "note":
        return styles.note;
      default:
        return undefined;
    }
  };

  return (
    <div className={styles.box} tabIndex={0} role="group" aria-label={label}>
      <table className={styles.table} style={{ width }}>
        <colgroup>
          {columns.map((w, i) => (
            <col key={i} style={{ width: Math.round(w * PX_PER_CHAR) }} />
          ))}
        </colgroup>
        <tbody>
          {Array.from({ length: plan.height }, (_, r) => {
            const row = starts.get(r) ?? [];
            const tds = [];
            for (let c = 0; c < plan.width; c++) {
              const cell = row.find((x) => x.col === c);
              if (cell) {
                const { text, formula } = cellText(cell);
                tds.push(
                  <td
                    key={c}
                    rowSpan={cell.rows > 1 ? cell.rows : undefined}
                    colSpan={cell.cols > 1 ? cell.cols : undefined}
                    className={mergeClasses(styles.cell, BORDERED.has(cell.style) && styles.bordered, styleClass(cell.style), formula && styles.formula)}
                  >
                    {text}
                  </td>,
                );
              } else if (!covered.has(key(r, c))) {
                tds.push(<td key={c} className={styles.cell} />);
              }
            }
            return <tr key={r}>{tds}</tr>;
          })}
        </tbody>
      </table>
    </div>
  );
}
