/**
 * 检查: check the selected range, this sheet or the whole workbook; show what was read and what
 * is wrong, counts by severity, findings grouped by form and rule. Clicking a finding selects its
 * cells; marks on the cells can be shown and hidden; a rule can be ignored for this workbook.
 *
 * Big workbooks: the check runs in slices (usecases/pane-check.ts) and reports progress sheet
 * by sheet, so the pane keeps drawing — a progress bar and a cancel button — while it works.
 */
import { useMemo, useRef, useState } from "react";
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Field,
  ProgressBar,
  Radio,
  RadioGroup,
  Switch,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { t } from "../i18n";
import { useLocale } from "../i18n/react";
import type { Finding, FindingCell, Severity } from "../rules/types";
import { markFindings, paneCheck, resolveScope, type PaneCheckResult, type PaneProgress, type PaneScope } from "../usecases/pane-check";
import { NoticeBar, type Notice } from "./components/ErrorBar";
import { errorText } from "./components/errors";
import { cellTarget, countOf, FindingsList, groupFindings, SEVERITY_COLOUR } from "./components/Findings";
import { usePane } from "./components/pane-state";
import { profileFor } from "./components/profile";
import { useShared } from "./components/styles";

const useStyles = makeStyles({
  scope: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalXS },
  counts: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, margin: 0, padding: 0, listStyleType: "none" },
  progress: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

/** Results with more findings than this start folded, form by form. */
const EXPAND_UP_TO = 100;

const SCOPES: readonly PaneScope[] = ["selection", "sheet", "workbook"];
const SCOPE_LABEL = { selection: "check.scope.selection", sheet: "check.scope.sheet", workbook: "check.scope.workbook" } as const;
const COUNT_LABEL = { error: "check.count.error", warning: "check.count.warning", info: "check.count.info" } as const;

interface Done {
  result: PaneCheckResult;
  findings: Finding[];
  /** Settings revision and language the check ran under. */
  revision: number;
  locale: string;
}

type Run = { status: "idle" } | { status: "running"; progress?: PaneProgress } | { status: "done"; done: Done };

export function CheckTab() {
  const styles = useStyles();
  const shared = useShared();
  const pane = usePane();
  const { host } = pane;
  const locale = useLocale();
  const [scope, setScope] = useState<PaneScope>("workbook");
  const [run, setRun] = useState<Run>({ status: "idle" });
  const [marks, setMarks] = useState(true);
  const [notice, setNotice] = useState<Notice>();
  const [ignoring, setIgnoring] = useState<string>();
  const [marking, setMarking] = useState<{ done: number; total: number }>();
  const runId = useRef(0);
  const markId = useRef(0);
  const signal = useRef<{ aborted: boolean }>({ aborted: false });

  const done = run.status === "done" ? run.done : undefined;
  const groups = useMemo(() => (done ? groupFindings(done.result.forms, done.findings) : []), [done]);

  async function check() {
    const id = ++runId.current;
    signal.current.aborted = true;
    const mine = { aborted: false };
    signal.current = mine;
    setNotice(undefined);
    setRun({ status: "running" });
    try {
      const profile = await profileFor(host, pane.settings);
      const resolved = await resolveScope(host, scope);
      const result = await paneCheck(host, resolved, {
        profile,
        locale,
        signal: mine,
        onProgress: (progress) => {
          if (id === runId.current) setRun({ status: "running", progress });
        },
      });
      if (id !== runId.current) return;
      if (result.cancelled) {
        setRun({ status: "idle" });
        setNotice({ intent: "info", message: "check.cancelled" });
        return;
      }
      setRun({ status: "done", done: { result, findings: result.findings, revision: pane.revision, locale } });
      if (marks) await mark(result.findings, result);
    } catch (e) {
      if (id !== runId.current) return;
      setRun({ status: "idle" });
      setNotice({ intent: "error", message: "check.failed", params: { error: errorText(e) } });
    }
  }

  function cancel() {
    signal.current.aborted = true;
  }

  async function mark(findings: readonly Finding[], result: PaneCheckResult) {
    const id = ++markId.current;
    try {
      await markFindings(host, findings, result.sheets.map((s) => s.sheet), {
        wholeWorkbook: result.scope.kind === "workbook",
        onProgress: (done, total) => {
          if (id === markId.current) setMarking(total > 1 && done < total ? { done, total } : undefined);
        },
      });
    } catch (e) {
      setNotice({ intent: "error", message: "check.highlightFailed", params: { error: errorText(e) } });
    } finally {
      if (id === markId.current) setMarking(undefined);
    }
  }

  async function toggleMarks(on: boolean) {
    setMarks(on);
    markId.current++;
    setMarking(undefined);
    if (on) {
      if (done) await mark(done.findings, done.result);
      return;
    }
    try {
      await host.clearHighlights();
    } catch (e) {
      setNotice({ intent: "error", message: "check.clearFailed", params: { error: errorText(e) } });
    }
  }

  async function select(finding: Finding, cell: FindingCell) {
    try {
      const target = cellTarget(finding, cell);
      await host.select(target.sheet, target.range);
    } catch (e) {
      setNotice({ intent: "error", message: "common.selectFailed", params: { error: errorText(e) } });
    }
  }

  async function ignore(rule: string) {
    if (!done) return;
    setIgnoring(rule);
    try {
      await pane.setRuleIgnored(rule, true);
      const findings = done.findings.filter((f) => f.rule !== rule);
      // Still current: ignoring a rule changes the settings, but this result already reflects it.
      setRun({ status: "done", done: { ...done, findings, revision: done.revision + 1 } });
      setNotice({ intent: "success", message: "check.ignored", params: { rule } });
      if (marks) await mark(findings, done.result);
    } catch (e) {
      setNotice({ intent: "error", message: "check.ignoreFailed", params: { rule, error: errorText(e) } });
    } finally {
      setIgnoring(undefined);
    }
  }

  const running = run.status === "running";
  const progress = run.status === "running" ? run.progress : undefined;
  const stale = done !== undefined && (done.revision !== pane.revision || done.locale !== locale);
  const counts = done ? countOf(done.findings) : undefined;
  const total = counts ? counts.error + counts.warning + counts.info : 0;
  const partial = done ? done.result.forms.filter((f) => (f.missing ?? []).length > 0).length : 0;
  const noForms = done ? done.result.sheets.filter((s) => s.forms.length === 0).map((s) => s.sheet) : [];

  return (
    <div className={shared.stack}>
      <Body1>{t("check.intro")}</Body1>
      <Field label={t("check.scope")}>
        <RadioGroup className={styles.scope} layout="horizontal" value={scope} onChange={(_, d) => setScope(d.value as PaneScope)} disabled={running}>
          {SCOPES.map((s) => (
            <Radio key={s} value={s} label={t(SCOPE_LABEL[s])} />
          ))}
        </RadioGroup>
      </Field>
      <div className={shared.row}>
        <Button appearance="primary" onClick={() => void check()} disabled={running}>
          {done ? t("check.rerun") : t("check.run")}
        </Button>
        {running && <Button onClick={cancel}>{t("check.cancel")}</Button>}
      </div>
      {running && (
        <div className={styles.progress}>
          <Field
            label={
              !progress
                ? t("check.starting")
                : progress.phase === "workbook"
                  ? t("check.progressWorkbook")
                  : t("check.progress", { done: progress.done, total: progress.total, sheet: progress.sheet })
            }
          >
            <ProgressBar value={progress ? progress.done / Math.max(1, progress.total) : undefined} thickness="large" />
          </Field>
        </div>
      )}
      <NoticeBar notice={notice} onDismiss={() => setNotice(undefined)} />
      {done && counts && (
        <>
          <div className={shared.tight} role="status">
            <Body1>{checkedLine(done.result)}</Body1>
            <Body1>
              {done.result.forms.length === 0
                ? t("check.nothingRead")
                : total > 0
                  ? t("check.problems", { total, error: counts.error, warning: counts.warning, info: counts.info })
                  : partial > 0
                    ? t("check.noProblemsInRead")
                    : t("check.noProblems")}
            </Body1>
            {done.result.forms.length > 0 && partial > 0 && <Body1>{t("check.partialForms", { count: partial })}</Body1>}
          </div>
          <ul className={styles.counts} aria-label={t("check.counts")}>
            {(["error", "warning", "info"] as Severity[]).map((s) => (
              <li key={s}>
                <Badge size="large" appearance={counts[s] > 0 ? "filled" : "outline"} color={SEVERITY_COLOUR[s]} aria-label={t(COUNT_LABEL[s], { count: counts[s] })}>
                  {t(COUNT_LABEL[s], { count: counts[s] })}
                </Badge>
              </li>
            ))}
          </ul>
          {marking && (
            <Field label={t("check.marking", { done: marking.done, total: marking.total })}>
              <ProgressBar value={marking.done / marking.total} />
            </Field>
          )}
          <Switch checked={marks} onChange={(_, d) => void toggleMarks(d.checked)} label={t("check.highlights")} />
          <Caption1 className={shared.muted}>{t("check.highlightsHint")}</Caption1>
          {stale && <NoticeBar notice={{ intent: "warning", message: "check.stale" }} />}
          {pane.ignored.length > 0 && <Caption1 className={shared.muted}>{t("check.ignoredCount", { count: pane.ignored.length })}</Caption1>}
          <FindingsList
            groups={groups}
            onSelect={(f, c) => void select(f, c)}
            onIgnore={(r) => void ignore(r)}
            ignoring={ignoring}
            expanded={done.result.findings.length <= EXPAND_UP_TO}
          />
          {noForms.length > 0 && <Caption1 className={shared.muted}>{t("check.sheetsWithoutForms", { sheets: noForms.join("、") })}</Caption1>}
        </>
      )}
    </div>
  );
}

function checkedLine(result: PaneCheckResult): string {
  const forms = result.forms.length;
  const s = result.scope;
  if (s.kind === "range") return t("check.checkedRange", { sheet: s.sheet, range: s.range, forms });
  if (s.kind === "sheet") return t("check.checkedSheet", { sheet: result.sheets[0]?.sheet ?? s.sheet, forms });
  return t("check.checkedWorkbook", { sheets: result.sheets.length, forms });
}
