/**
 * 检查: check the selected range, this sheet or the whole workbook; show what was read and what
 * is wrong. The list is for triage: forms with errors first, the severity badges filter it,
 * 只看有问题的表 hides clean forms, 上一个/下一个问题 (Alt+↑ / Alt+↓) walk the findings and
 * select each one's cell in the sheet. Findings that carry a fix can be corrected in one click,
 * after the change is shown; 撤销 takes the last write back. A rule can be ignored on one cell,
 * one form or the whole workbook, and the ignore taken back from the same card.
 *
 * A selection is checked on its whole sheet (a few cells hold no form on their own) and the list
 * keeps what lies inside it; when no form overlaps it the pane says so and leaves the marks alone.
 *
 * Big workbooks: the check runs in slices (usecases/pane-check.ts) and reports progress sheet
 * by sheet, so the pane keeps drawing — a progress bar and a cancel button — while it works.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  Body1,
  Button,
  Caption1,
  Field,
  ProgressBar,
  Radio,
  RadioGroup,
  Switch,
  ToggleButton,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { t } from "../i18n";
import { useLocale } from "../i18n/react";
import type { Finding, FindingCell, Severity } from "../rules/types";
import { markFindings, paneCheck, resolveScope, type PaneCheckResult, type PaneProgress, type PaneScope } from "../usecases/pane-check";
import { reportText, writeCheckReport, type ReportInput } from "../usecases/check-report";
import { partialForms } from "../usecases/read-outcome";
import { applyChanges, fixOf, planFixes, type CellChange, type SkippedFix } from "../usecases/pane-write";
import type { Scope } from "../usecases/recognise-workbook";
import { inferProfileId } from "../usecases/infer-profile";
import { effectiveProfile, ignoredPlaces, isIgnoredAt, loadSettings, placeOf, type WorkbookSettings } from "../usecases/settings";
import type { Form } from "../forms/forms";
import type { RegionProfile } from "../rules/profiles/profile";
import { NoticeBar, type Notice } from "./components/ErrorBar";
import { errorText } from "./components/errors";
import { cellTarget, countOf, findingKey, FindingsList, groupFindings, type FormGroup, type IgnoreScope } from "./components/Findings";
import { usePane } from "./components/pane-state";
import { useShared } from "./components/styles";
import { ConfirmWrite, UndoBar } from "./components/WriteReview";

const useStyles = makeStyles({
  scope: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalXS },
  counts: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, margin: 0, padding: 0, listStyleType: "none" },
  progress: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  nav: { position: "sticky", top: 0, zIndex: 1, backgroundColor: tokens.colorNeutralBackground1, paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS },
});

const SCOPES: readonly PaneScope[] = ["selection", "sheet", "workbook"];
const SCOPE_LABEL = { selection: "check.scope.selection", sheet: "check.scope.sheet", workbook: "check.scope.workbook" } as const;
const COUNT_LABEL = { error: "check.count.error", warning: "check.count.warning", info: "check.count.info" } as const;
const COUNT_FILTER_LABEL = { error: "check.filter.error", warning: "check.filter.warning", info: "check.filter.info" } as const;

interface Done {
  result: PaneCheckResult;
  findings: Finding[];
  /** Settings revision and language the check ran under. */
  revision: number;
  locale: string;
}

/** A fix review open under the button that asked for it. */
interface Review {
  key: string;
  changes: CellChange[];
  skipped: SkippedFix[];
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** Forms with the worst problems first (errors, then warnings, then notes), clean forms last; workbook order otherwise. */
export function triage(groups: readonly FormGroup[], filter: Severity | undefined, onlyProblems: boolean): FormGroup[] {
  const shown = groups
    .map((g) => (filter ? narrow(g, filter) : g))
    .filter((g) => !(onlyProblems || filter) || g.findings.length > 0);
  const worst = (g: FormGroup) => Math.max(0, ...g.findings.map((f) => RANK[f.severity]));
  return shown.map((g, i) => ({ g, i, w: worst(g) })).sort((a, b) => b.w - a.w || a.i - b.i).map(({ g }) => g);
}

function narrow(g: FormGroup, severity: Severity): FormGroup {
  const findings = g.findings.filter((f) => f.severity === severity);
  return { ...g, findings, rules: g.rules.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === severity) })).filter((r) => r.findings.length > 0) };
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
  const [ignoredHere, setIgnoredHere] = useState<{ key: string; scope: IgnoreScope; rule: string; finding: Finding }>();
  const [marking, setMarking] = useState<{ done: number; total: number }>();
  const [filter, setFilter] = useState<Severity>();
  const [onlyProblems, setOnlyProblems] = useState(false);
  const [current, setCurrent] = useState<Finding>();
  const [review, setReview] = useState<Review>();
  const [writing, setWriting] = useState(false);
  const runId = useRef(0);
  const markId = useRef(0);
  const signal = useRef<{ aborted: boolean }>({ aborted: false });

  const done = run.status === "done" ? run.done : undefined;
  const groups = useMemo(() => (done ? triage(groupFindings(done.result.forms, done.findings), filter, onlyProblems) : []), [done, filter, onlyProblems]);
  /**
   * What 上一个/下一个 walk: the findings in the order the list shows them, one stop per cell
   * (two problems on one cell are one place to go).
   */
  const ordered = useMemo(() => {
    const seen = new Set<string>();
    return groups
      .flatMap((g) => g.rules.flatMap((r) => r.findings))
      .filter((f) => {
        const c = f.cells[0];
        const key = c ? `${c.sheet ?? f.sheet}!${c.ref}` : findingKey(f);
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
  }, [groups]);

  async function check(again?: Scope) {
    const id = ++runId.current;
    signal.current.aborted = true;
    const mine = { aborted: false };
    signal.current = mine;
    setNotice(undefined);
    setReview(undefined);
    setCurrent(undefined);
    setIgnoredHere(undefined);
    setRun({ status: "running" });
    try {
      // The pane may not have read the settings yet (a click right after opening): read them here,
      // so the region is inferred from the layout whenever the clerk has not chosen one.
      const settings = pane.settings ?? (await loadSettings(host));
      const profile = effectiveProfile(settings);
      const resolved = again ?? (await resolveScope(host, scope));
      const chosen = settings.profileChosen === true;
      const places = await ignoredPlaces(host);
      const result = await paneCheck(host, resolved, {
        profile,
        places,
        ...(chosen ? {} : { inferProfile: inferredProfile(settings) }),
        ...(settings.monitorMonth !== undefined ? { month: settings.monitorMonth } : {}),
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
      // A selection outside every form says so and leaves the marks as they were.
      if (marks && !result.selection?.outside) await mark(result.selection?.sheetFindings ?? result.findings, result);
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
        ...(result.lights ? { lights: result.lights } : {}),
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

  function marksOf(d: Done): Finding[] {
    const sheet = d.result.selection?.sheetFindings;
    if (!sheet) return d.findings;
    const listed = new Set(d.result.findings);
    const shown = new Set(d.findings);
    // Findings removed from the list (ignored) leave the marks too.
    return sheet.filter((f) => !listed.has(f) || shown.has(f));
  }

  async function toggleMarks(on: boolean) {
    setMarks(on);
    markId.current++;
    setMarking(undefined);
    if (on) {
      if (done && !done.result.selection?.outside) await mark(marksOf(done), done.result);
      return;
    }
    try {
      await host.clearHighlights();
    } catch (e) {
      setNotice({ intent: "error", message: "check.clearFailed", params: { error: errorText(e) } });
    }
  }

  const select = useCallback(
    async (finding: Finding, cell: FindingCell) => {
      try {
        const target = cellTarget(finding, cell);
        await host.select(target.sheet, target.range);
      } catch (e) {
        setNotice({ intent: "error", message: "common.selectFailed", params: { error: errorText(e) } });
      }
    },
    [host],
  );

  const step = useCallback(
    (by: 1 | -1) => {
      if (ordered.length === 0) return;
      const at = current ? ordered.indexOf(current) : -1;
      const next = at < 0 ? (by === 1 ? 0 : ordered.length - 1) : (at + by + ordered.length) % ordered.length;
      const f = ordered[next]!;
      setCurrent(f);
      if (f.cells[0]) void select(f, f.cells[0]);
    },
    [ordered, current, select],
  );

  useEffect(() => {
    if (!done) return;
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || e.ctrlKey || e.metaKey || (e.key !== "ArrowDown" && e.key !== "ArrowUp")) return;
      const role = (e.target as HTMLElement | null)?.getAttribute?.("role");
      if (role === "combobox" || role === "listbox" || (e.target as HTMLElement | null)?.tagName === "SELECT") return;
      e.preventDefault();
      step(e.key === "ArrowDown" ? 1 : -1);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [done, step]);

  async function fix(findings: readonly Finding[], key: string) {
    setNotice(undefined);
    try {
      const fixes = findings.map(fixOf).filter((f) => f !== undefined);
      const plan = await planFixes(host, fixes);
      setReview({ key, ...plan });
    } catch (e) {
      setNotice({ intent: "error", message: "check.fixFailed", params: { error: errorText(e) } });
    }
  }

  async function confirmFix() {
    if (!review || !done) return;
    setWriting(true);
    try {
      const undo = await applyChanges(host, review.changes);
      pane.setLastWrite({ step: undo, message: "check.fixed", params: { count: undo.count }, id: Date.now() });
      setReview(undefined);
      await check(done.result.scope);
    } catch (e) {
      setNotice({ intent: "error", message: "check.fixFailed", params: { error: errorText(e) } });
    } finally {
      setWriting(false);
    }
  }

  async function ignore(finding: Finding, where: IgnoreScope) {
    if (!done) return;
    const place = where === "workbook" ? undefined : placeOf(finding, where);
    setIgnoring(finding.rule);
    try {
      if (place) await pane.setPlaceIgnored(place, true);
      else await pane.setRuleIgnored(finding.rule, true);
      // The same test as the next check (and the command line) applies: nothing reappears there.
      const gone = (f: Finding) => f !== finding && f.rule === finding.rule && (place === undefined || isIgnoredAt(f, [place]));
      const findings = done.findings.filter((f) => !gone(f));
      // Still current: ignoring changes the settings, but this result already reflects it.
      setRun({ status: "done", done: { ...done, findings, revision: done.revision + 1 } });
      setIgnoredHere({ key: findingKey(finding), scope: where, rule: finding.rule, finding });
      if (marks) await mark(marksOf({ ...done, findings: findings.filter((f) => f !== finding) }), done.result);
    } catch (e) {
      setNotice({ intent: "error", message: "check.ignoreFailed", params: { rule: finding.rule, error: errorText(e) } });
    } finally {
      setIgnoring(undefined);
    }
  }

  async function unignore() {
    if (!ignoredHere || !done) return;
    const { finding, scope: where } = ignoredHere;
    try {
      if (where === "workbook") await pane.setRuleIgnored(finding.rule, false);
      else await pane.setPlaceIgnored(placeOf(finding, where), false);
      setIgnoredHere(undefined);
      await check(done.result.scope);
    } catch (e) {
      setNotice({ intent: "error", message: "check.ignoreFailed", params: { rule: finding.rule, error: errorText(e) } });
    }
  }

  function reportInput(d: Done): ReportInput {
    return {
      forms: d.result.forms.map((f) => ({ kind: f.kind, sheet: f.sheet, range: f.range, title: f.title?.value ?? "", missing: f.missing ?? [] })),
      findings: d.findings,
      unread: d.result.unread,
      notices: d.result.notices,
      ignored: d.result.ignoredHere,
      locale,
    };
  }

  async function exportReport() {
    if (!done) return;
    setNotice(undefined);
    try {
      const sheet = await writeCheckReport(host, reportInput(done));
      await host.select(sheet, "A1").catch(() => undefined);
      setNotice({ intent: "success", message: "check.reportWritten", params: { sheet } });
    } catch (e) {
      setNotice({ intent: "error", message: "check.reportFailed", params: { error: errorText(e) } });
    }
  }

  async function copyReport() {
    if (!done) return;
    try {
      const clipboard = globalThis.navigator?.clipboard;
      if (!clipboard) throw new Error(t("check.noClipboard"));
      await clipboard.writeText(reportText(reportInput(done)));
      setNotice({ intent: "success", message: "check.reportCopied" });
    } catch (e) {
      setNotice({ intent: "error", message: "check.reportFailed", params: { error: errorText(e) } });
    }
  }

  const running = run.status === "running";
  const progress = run.status === "running" ? run.progress : undefined;
  const stale = done !== undefined && (done.revision !== pane.revision || done.locale !== locale);
  const counts = done ? countOf(done.findings) : undefined;
  const total = counts ? counts.error + counts.warning + counts.info : 0;
  const partial = done ? partialForms(done.result.forms) : 0;
  const unread = done?.result.unread ?? [];
  const noForms = done ? done.result.sheets.filter((s) => s.forms.length === 0).map((s) => s.sheet) : [];
  const reviewNode = review ? (
    <ConfirmWrite changes={review.changes} skipped={review.skipped} busy={writing} onConfirm={() => void confirmFix()} onCancel={() => setReview(undefined)} />
  ) : undefined;
  const position = current ? ordered.indexOf(current) : -1;

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
      <UndoBar onUndone={() => done && void check(done.result.scope)} />
      {done && counts && (
        <>
          <div className={shared.tight} role="status">
            <Body1>{checkedLine(done.result)}</Body1>
            <Caption1 className={shared.muted}>
              {t(done.result.inferred ? "check.profileInferred" : "check.profile", { name: done.result.profile.name[locale === "en" ? "en" : "zh-CN"] })}
            </Caption1>
            {outcome(done.result, total, counts, partial + unread.length)}
            {done.result.forms.length > 0 && partial > 0 && <Body1>{t("check.partialForms", { count: partial })}</Body1>}
            {unread.map((m) => (
              <Body1 key={m}>{t("check.unreadPart", { part: m })}</Body1>
            ))}
            {done.result.notices.map((m) => (
              <Caption1 key={m} className={shared.muted}>
                {t("check.readNotice", { notice: m })}
              </Caption1>
            ))}
          </div>
          {total > 0 && (
            <div className={styles.counts} role="group" aria-label={t("check.counts")}>
              {(["error", "warning", "info"] as Severity[]).map((s) => (
                <ToggleButton
                  key={s}
                  size="small"
                  shape="circular"
                  checked={filter === s}
                  disabled={counts[s] === 0}
                  appearance={filter === s ? "primary" : "outline"}
                  onClick={() => {
                    setFilter((f) => (f === s ? undefined : s));
                    setCurrent(undefined);
                  }}
                  aria-label={t(COUNT_FILTER_LABEL[s], { count: counts[s] })}
                >
                  {t(COUNT_LABEL[s], { count: counts[s] })}
                </ToggleButton>
              ))}
            </div>
          )}
          {marking && (
            <Field label={t("check.marking", { done: marking.done, total: marking.total })}>
              <ProgressBar value={marking.done / marking.total} />
            </Field>
          )}
          {!done.result.selection?.outside && (
            <>
              <Switch checked={marks} onChange={(_, d) => void toggleMarks(d.checked)} label={t("check.highlights")} />
              <Caption1 className={shared.muted}>{t("check.highlightsHint")}</Caption1>
            </>
          )}
          {stale && <NoticeBar notice={{ intent: "warning", message: "check.stale" }} />}
          {pane.ignored.length > 0 && <Caption1 className={shared.muted}>{t("check.ignoredCount", { count: pane.ignored.length })}</Caption1>}
          {done.result.forms.length > 0 && (
            <div className={styles.nav}>
              <div className={shared.row}>
                {total > 0 && (
                  <>
                    <Button size="small" onClick={() => step(-1)} aria-keyshortcuts="Alt+ArrowUp" title={t("check.prevHint")}>
                      {t("check.prev")}
                    </Button>
                    <Button size="small" onClick={() => step(1)} aria-keyshortcuts="Alt+ArrowDown" title={t("check.nextHint")}>
                      {t("check.next")}
                    </Button>
                    {position >= 0 && <Caption1 aria-live="polite">{t("check.position", { at: position + 1, count: ordered.length })}</Caption1>}
                  </>
                )}
                <Switch checked={onlyProblems} onChange={(_, d) => setOnlyProblems(d.checked)} label={t("check.onlyProblems")} />
              </div>
            </div>
          )}
          <FindingsList
            groups={groups}
            notices={done.result.notices}
            onSelect={(f, c) => {
              setCurrent(f);
              void select(f, c);
            }}
            onFix={(fs, key) => void fix(fs, key)}
            review={review && reviewNode ? { key: review.key, node: reviewNode } : undefined}
            onIgnore={(f, where) => void ignore(f, where)}
            ignoredHere={ignoredHere}
            onUnignore={() => void unignore()}
            ignoring={ignoring}
            current={current}
          />
          {done.result.forms.length > 0 && (
            <div className={shared.row}>
              <Button size="small" onClick={() => void exportReport()}>
                {t("check.exportReport")}
              </Button>
              <Button size="small" appearance="subtle" onClick={() => void copyReport()}>
                {t("check.copyReport")}
              </Button>
            </div>
          )}
          {noForms.length > 0 && !done.result.selection && <Caption1 className={shared.muted}>{t("check.sheetsWithoutForms", { sheets: noForms.join("、") })}</Caption1>}
        </>
      )}
    </div>
  );
}

/** The region the forms point to, with the clerk's other settings (framework, tolerance) kept. */
function inferredProfile(settings: WorkbookSettings): (forms: readonly Form[]) => RegionProfile | undefined {
  return (forms) => {
    const id = inferProfileId(forms);
    return id && id !== settings.profile ? effectiveProfile({ ...settings, profile: id }) : undefined;
  };
}

/** What the check found, said honestly: no forms is not "no problems". */
function outcome(result: PaneCheckResult, total: number, counts: Record<Severity, number>, partial: number) {
  if (result.selection?.outside) return <Body1>{t("check.selectionOutside")}</Body1>;
  if (result.forms.length === 0) {
    if (result.sheets.length === 0) return <Body1>{t("check.noSheets")}</Body1>;
    return <Body1>{t(result.scope.kind === "workbook" ? "check.noFormsWorkbook" : "check.noFormsSheet")}</Body1>;
  }
  // A form read only in part gets no plain all-clear: what was read had no problem.
  if (total === 0) return <Body1>{result.selection ? t("check.noProblemsInSelection") : partial > 0 ? t("check.noProblemsInRead") : t("check.noProblems")}</Body1>;
  return <Body1>{t("check.problems", { total, error: counts.error, warning: counts.warning, info: counts.info })}</Body1>;
}

function checkedLine(result: PaneCheckResult): string {
  const forms = result.forms.length;
  const s = result.scope;
  if (s.kind === "range") return t("check.checkedRange", { sheet: s.sheet, range: s.range, forms });
  if (s.kind === "sheet") return t("check.checkedSheet", { sheet: result.sheets[0]?.sheet ?? s.sheet, forms });
  return t("check.checkedWorkbook", { sheets: result.sheets.length, forms });
}
