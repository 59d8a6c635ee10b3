/**
 * Every write the pane makes is shown first and can be taken back:
 * - `ConfirmWrite` lists the cells that will change (before → after) where the clerk asked for
 *   the write, and writes only after 确认;
 * - `UndoBar` says what the last write did and offers 撤销, which puts the cells' previous
 *   contents back in one step (Excel's own undo does not cover an add-in's writes).
 */
import { useEffect, useRef, useState } from "react";
import { Button, Caption1, MessageBar, MessageBarActions, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { t } from "../../i18n";
import { canUndo, undoWrites, type CellChange, type SkippedFix } from "../../usecases/pane-write";
import { errorText } from "./errors";
import { usePane } from "./pane-state";
import { useShared } from "./styles";

const useStyles = makeStyles({
  box: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  item: { overflowWrap: "anywhere" },
});

/** Changes listed before they are asked for; more than this and the rest are counted. */
const LISTED = 30;

export interface ConfirmWriteProps {
  changes: readonly CellChange[];
  skipped?: readonly SkippedFix[];
  onConfirm(): void;
  onCancel(): void;
  busy?: boolean;
  /** Show the sheet in each line (the changes span sheets, or the pane is not on that sheet). */
  showSheet?: boolean;
  /** Sheets the write adds (an insert): named above the cells, and removed again by 撤销. */
  newSheets?: readonly string[];
}

export function ConfirmWrite({ changes, skipped = [], onConfirm, onCancel, busy, showSheet, newSheets = [] }: ConfirmWriteProps) {
  const styles = useStyles();
  const shared = useShared();
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => confirm.current?.focus(), []);
  const where = (c: { sheet: string; ref: string }) => (showSheet ? t("write.cellOn", { sheet: c.sheet, ref: c.ref }) : c.ref);
  const blank = t("write.blank");
  return (
    <div className={styles.box} role="group" aria-label={t("write.reviewLabel", { count: changes.length })}>
      {newSheets.length > 0 && <Text weight="semibold">{t("write.newSheets", { names: newSheets.map((n) => `“${n}”`).join("、") })}</Text>}
      <Text weight="semibold">{changes.length > 0 ? t("write.review", { count: changes.length }) : t("write.nothing")}</Text>
      {changes.length > 0 && (
        <ul className={styles.list}>
          {changes.slice(0, LISTED).map((c) => (
            <li key={`${c.sheet}!${c.ref}`} className={styles.item}>
              <Caption1>{t("write.change", { cell: where(c), before: c.before.trim() || blank, after: c.after || blank })}</Caption1>
            </li>
          ))}
          {changes.length > LISTED && (
            <li className={styles.item}>
              <Caption1>{t("write.more", { count: changes.length - LISTED })}</Caption1>
            </li>
          )}
        </ul>
      )}
      {skipped.map((s) => (
        <Caption1 key={`${s.sheet}!${s.ref}`} className={shared.mutedWrap}>
          {t(s.reason === "formula" ? "write.skippedFormula" : "write.skippedChanged", { cell: where(s) })}
        </Caption1>
      ))}
      <Caption1 className={shared.muted}>{t("write.undoHint")}</Caption1>
      <div className={shared.row}>
        {changes.length > 0 && (
          <Button ref={confirm} appearance="primary" size="small" onClick={onConfirm} disabled={busy}>
            {t("write.confirm", { count: changes.length })}
          </Button>
        )}
        <Button size="small" onClick={onCancel} disabled={busy}>
          {t("write.cancel")}
        </Button>
      </div>
    </div>
  );
}

/** The last write and its 撤销; `onUndone` lets the tab refresh what it shows. */
export function UndoBar({ onUndone }: { onUndone?: () => void }) {
  const pane = usePane();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  /** What the last 撤销 did: put cells back, or also removed the sheets an insert added. */
  const [undone, setUndone] = useState<"cells" | "sheets">();
  const last = pane.lastWrite;

  async function undo() {
    if (!last) return;
    setBusy(true);
    setError(undefined);
    try {
      await undoWrites(pane.host, last.step);
      pane.setLastWrite(undefined);
      setUndone((last.step.addedSheets ?? []).length > 0 ? "sheets" : "cells");
      onUndone?.();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }

  if (error) {
    return (
      <MessageBar intent="error" layout="multiline" politeness="assertive">
        <MessageBarBody>{t("write.undoFailed", { error })}</MessageBarBody>
      </MessageBar>
    );
  }
  if (!last && undone) {
    return (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{t(undone === "sheets" ? "write.undoneSheets" : "write.undone")}</MessageBarBody>
      </MessageBar>
    );
  }
  if (!last || !canUndo(pane.host, last.step)) return null;
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>{t(last.message, last.params)}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={() => void undo()} disabled={busy}>
          {t("write.undo")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
