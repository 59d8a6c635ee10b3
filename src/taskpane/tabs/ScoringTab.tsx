/**
 * 评分: recalculate the self-evaluation on the active sheet — writing the live scoring formulas
 * (scoreWorkbook) or only showing the breakdown — with every score and the arithmetic behind it;
 * and generate a 自评表 from the target forms on the active sheet (generateSelfEvaluation).
 */
import { useId, useState } from "react";
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Caption1Strong,
  Spinner,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { getLocale, t } from "../../i18n";
import { useLocale } from "../../i18n/react";
import { GRADE_NAMES, show, showPercent, type Explanation, type Grade, type IndicatorEvaluation, type ScoreCheck } from "../../scoring";
import { generateFromSheet, planGenerateFromSheet, planSheetScores, scoreSheet, type GenerateResult, type ScorePlan, type SheetScore, type SheetScoreResult } from "../../usecases/pane-score";
import { insertUndo, plannedChanges, type PlannedSheet } from "../../usecases/pane-insert";
import { snapshotCells } from "../../usecases/pane-write";
import { showExpected, type ScoredCell } from "../../usecases/score-workbook";
import { NoticeBar, type Notice } from "../components/ErrorBar";
import { errorText } from "../components/errors";
import { usePane } from "../components/pane-state";
import { profileFor } from "../components/profile";
import { useShared } from "../components/styles";
import { ConfirmWrite, UndoBar } from "../components/WriteReview";

const useStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  itemHead: { display: "flex", alignItems: "center", justifyContent: "space-between", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  total: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorBrandBackground2,
  },
  summary: { cursor: "pointer", color: tokens.colorBrandForeground1, fontSize: tokens.fontSizeBase200 },
});

const CHECK_COLOUR: Record<ScoreCheck, "success" | "warning" | "danger" | "informative"> = {
  match: "success",
  rounding: "success",
  "in-band": "success",
  differs: "danger",
  "outside-band": "danger",
  "no-stated-score": "warning",
  "not-computed": "informative",
};

function say(e: Explanation): string {
  return e[getLocale()] ?? e["zh-CN"];
}

function gradeName(g: Grade): string {
  return getLocale() === "en" ? GRADE_NAMES[g].en : g;
}

function num(n: number | null): string {
  return n === null ? t("scoring.blank") : show(n);
}

type Busy = "score" | "preview" | "generate" | undefined;

export function ScoringTab() {
  const shared = useShared();
  const pane = usePane();
  const { host } = pane;
  useLocale();
  const [busy, setBusy] = useState<Busy>();
  const [notice, setNotice] = useState<Notice>();
  const [scored, setScored] = useState<SheetScoreResult>();
  const [generated, setGenerated] = useState<GenerateResult>();
  /** The scores about to be written, shown before → after until the clerk confirms. */
  const [plan, setPlan] = useState<ScorePlan>();
  /** The 自评表 sheets about to be generated, shown cell by cell until the clerk confirms. */
  const [genPlan, setGenPlan] = useState<{ sheet: string; sheets: PlannedSheet[] }>();
  const generateTitle = useId();

  /** 计算并写入本表得分: first the cells that will change, written only after 确认. */
  async function review() {
    setBusy("score");
    setNotice(undefined);
    try {
      const next = await planSheetScores(host, await profileFor(host, pane.settings));
      if (next.changes.length === 0) {
        setPlan(undefined);
        setNotice({ intent: "warning", message: "scoring.none", params: { sheet: next.sheet } });
      } else setPlan(next);
    } catch (e) {
      setNotice({ intent: "error", message: "scoring.failed", params: { error: errorText(e) } });
    } finally {
      setBusy(undefined);
    }
  }

  async function score(write: boolean) {
    const planned = plan;
    setBusy(write ? "score" : "preview");
    setNotice(undefined);
    try {
      const profile = await profileFor(host, pane.settings);
      const before = write && planned ? await snapshotCells(host, planned.changes) : undefined;
      const result = await scoreSheet(host, profile, { write, ...(planned ? { sheet: planned.sheet } : {}) });
      setScored(result);
      setPlan(undefined);
      if (before && planned) {
        pane.setLastWrite({ step: { ...before, clearMarks: planned.noted }, message: "scoring.writtenUndoable", params: { sheet: result.sheet, count: before.count }, id: Date.now() });
      }
      if (result.forms.length === 0) setNotice({ intent: "warning", message: "scoring.none", params: { sheet: result.sheet } });
    } catch (e) {
      setNotice({ intent: "error", message: "scoring.failed", params: { error: errorText(e) } });
    } finally {
      setBusy(undefined);
    }
  }

  /** 根据本表目标生成自评表: first the sheets and cells it will fill, generated only after 确认. */
  async function reviewGenerate() {
    setBusy("generate");
    setNotice(undefined);
    try {
      const next = await planGenerateFromSheet(host, await profileFor(host, pane.settings));
      if (next.sheets.length === 0) {
        setGenPlan(undefined);
        setNotice({ intent: "warning", message: "generate.none", params: { sheet: next.sheet } });
      } else setGenPlan(next);
    } catch (e) {
      setNotice({ intent: "error", message: "generate.failed", params: { error: errorText(e) } });
    } finally {
      setBusy(undefined);
    }
  }

  async function generate() {
    const planned = genPlan;
    setBusy("generate");
    setNotice(undefined);
    try {
      const result = await generateFromSheet(host, await profileFor(host, pane.settings), planned?.sheet);
      setGenerated(result);
      setGenPlan(undefined);
      const sheets = result.generated.map((g) => g.sheet);
      const cells = plannedChanges(planned?.sheets ?? []).length;
      if (sheets.length > 0) pane.setLastWrite({ step: insertUndo(sheets, cells), message: "generate.insertedUndoable", params: { sheets: sheets.length, count: cells }, id: Date.now() });
      if (result.generated.length === 0) setNotice({ intent: "warning", message: "generate.none", params: { sheet: result.sheet } });
      else await host.select(result.generated[0]!.sheet, "A1").catch(() => undefined);
    } catch (e) {
      setNotice({ intent: "error", message: "generate.failed", params: { error: errorText(e) } });
    } finally {
      setBusy(undefined);
    }
  }

  async function select(sheet: string, ref: string) {
    try {
      await host.select(sheet, ref);
    } catch (e) {
      setNotice({ intent: "error", message: "common.selectFailed", params: { error: errorText(e) } });
    }
  }

  return (
    <div className={shared.stack}>
      <Body1>{t("scoring.intro")}</Body1>
      <div className={shared.row}>
        <Button appearance="primary" disabled={busy !== undefined || plan !== undefined} onClick={() => void review()}>
          {t("scoring.run")}
        </Button>
        <Button disabled={busy !== undefined} onClick={() => void score(false)}>
          {t("scoring.preview")}
        </Button>
      </div>
      {(busy === "score" || busy === "preview") && <Spinner size="tiny" label={t("scoring.working")} labelPosition="after" />}
      {plan && (
        <ConfirmWrite
          changes={plan.changes}
          busy={busy !== undefined}
          onConfirm={() => void score(true)}
          onCancel={() => setPlan(undefined)}
        />
      )}
      <NoticeBar notice={notice} onDismiss={() => setNotice(undefined)} />
      <UndoBar onUndone={() => setScored(undefined)} />
      {scored && scored.forms.length > 0 && (
        <div className={shared.stack} role="status">
          <Body1>
            {scored.wrote
              ? t("scoring.wrote", {
                  sheet: scored.sheet,
                  count: scored.forms.reduce((n, f) => n + (f.written?.cells.length ?? 0), 0),
                  changed: scored.forms.reduce((n, f) => n + (f.written?.cells.filter((c) => c.changed).length ?? 0), 0),
                })
              : t("scoring.previewed", { sheet: scored.sheet })}
          </Body1>
        </div>
      )}
      {scored?.forms.map((f, i) => (
        <ScoreCard key={`${f.range}-${i}`} score={f} onSelect={(ref) => void select(f.sheet, ref)} />
      ))}

      <section className={shared.section} aria-labelledby={generateTitle}>
        <Subtitle2 as="h2" id={generateTitle} className={shared.heading}>
          {t("generate.title")}
        </Subtitle2>
        <Body1>{t("generate.intro")}</Body1>
        <div className={shared.row}>
          <Button disabled={busy !== undefined || genPlan !== undefined} onClick={() => void reviewGenerate()}>
            {t("generate.run")}
          </Button>
          {busy === "generate" && <Spinner size="tiny" label={t("scoring.working")} labelPosition="after" />}
        </div>
        {genPlan && (
          <ConfirmWrite
            changes={plannedChanges(genPlan.sheets)}
            newSheets={genPlan.sheets.map((p) => p.name)}
            showSheet
            busy={busy !== undefined}
            onConfirm={() => void generate()}
            onCancel={() => setGenPlan(undefined)}
          />
        )}
        {generated && generated.generated.length > 0 && (
          <ul className={shared.list} role="status">
            {generated.generated.map((g) => (
              <li key={g.sheet} className={shared.card}>
                <Body1 className={shared.wrap}>{t("generate.done", { sheet: g.sheet, source: g.source.sheet, name: g.source.name })}</Body1>
                {g.scored && typeof g.scored.total.computed === "number" && g.scored.total.computedGrade ? (
                  <Caption1>{t("scoring.total", { computed: show(g.scored.total.computed), grade: gradeName(g.scored.total.computedGrade) })}</Caption1>
                ) : (
                  <Caption1>{t("generate.blankScores")}</Caption1>
                )}
                {g.draft.remarks.map((r) => (
                  <Caption1 key={r} className={shared.wrap}>
                    {r}
                  </Caption1>
                ))}
                {g.draft.skipped.map((s) => (
                  <Caption1 key={`s-${s.row}`} className={shared.mutedWrap}>
                    {t("generate.skipped", { name: s.name, reason: s.reason })}
                  </Caption1>
                ))}
                {g.draft.moved.map((m) => (
                  <Caption1 key={`m-${m.row}`} className={shared.mutedWrap}>
                    {t("generate.moved", { name: m.name, from: m.from, to: m.to })}
                  </Caption1>
                ))}
                <div>
                  <Button size="small" onClick={() => void select(g.sheet, "A1")}>
                    {t("common.goTo", { sheet: g.sheet })}
                  </Button>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function ScoreCard({ score, onSelect }: { score: SheetScore; onSelect: (ref: string) => void }) {
  const styles = useStyles();
  const shared = useShared();
  const s = score.score;
  const grade = gradeName(s.total.gradeOfComputed);
  const written = new Map((score.written?.cells ?? []).map((c) => [c.ref, c]));
  const exec = s.execution;
  const execCell = score.written?.cells.find((c) => c.role === "execution-score") ?? score.written?.cells.find((c) => c.role === "rate");
  return (
    <article className={shared.card} aria-label={score.title}>
      <Subtitle2 as="h3" className={shared.heading}>
        {score.title}
      </Subtitle2>
      <Caption1 className={shared.muted}>{t("check.location", { sheet: score.sheet, range: score.range })}</Caption1>
      <div className={styles.total}>
        <Text weight="semibold">{t("scoring.total", { computed: show(s.total.computed), grade })}</Text>
        <Caption1>{s.total.stated.score === null ? t("scoring.totalNotStated") : t("scoring.totalStated", { stated: show(s.total.stated.score) })}</Caption1>
        <Caption1 className={shared.wrap}>{say(s.total.explanation)}</Caption1>
      </div>

      <section className={shared.tight} aria-label={t("scoring.execution")}>
        <Caption1Strong>{t("scoring.execution")}</Caption1Strong>
        <div className={styles.item}>
          <div className={styles.itemHead}>
            <Text size={200}>
              {exec.result.rate !== null && exec.result.rate !== undefined ? showPercent(exec.result.rate) : "—"}
            </Text>
            <Badge size="small" appearance="tint" color={CHECK_COLOUR[exec.scoreCheck]}>
              {t(`scoring.check.${exec.scoreCheck}`)}
            </Badge>
          </div>
          <Caption1 className={shared.wrap}>{say(exec.explanation)}</Caption1>
          {execCell && <WrittenCell cell={execCell} onSelect={onSelect} />}
        </div>
      </section>

      <section className={shared.tight} aria-label={t("scoring.blocks")}>
        <Caption1Strong>{t("scoring.blocks")}</Caption1Strong>
        <ul className={shared.list}>
          {s.blocks.map((b, i) => (
            <li key={`${b.name}-${i}`} className={styles.item}>
              <Caption1 className={shared.wrap}>{say(b.explanation)}</Caption1>
            </li>
          ))}
        </ul>
      </section>

      <section className={shared.tight} aria-label={t("scoring.indicators")}>
        <Caption1Strong>{t("scoring.indicators")}</Caption1Strong>
        <ul className={shared.list}>
          {s.indicators.map((ind) => (
            <IndicatorItem key={ind.row} ind={ind} cell={ind.indicator.score ? written.get(ind.indicator.score.ref) : undefined} onSelect={onSelect} />
          ))}
        </ul>
      </section>

      {score.written && score.written.cells.some((c) => c.role === "total" || c.role === "grade") && (
        <section className={shared.tight} aria-label={t("scoring.written")}>
          <Caption1Strong>{t("scoring.written")}</Caption1Strong>
          {score.written.cells
            .filter((c) => c.role === "total" || c.role === "grade")
            .map((c) => (
              <WrittenCell key={c.ref} cell={c} onSelect={onSelect} />
            ))}
        </section>
      )}
    </article>
  );
}

function IndicatorItem({ ind, cell, onSelect }: { ind: IndicatorEvaluation; cell: ScoredCell | undefined; onSelect: (ref: string) => void }) {
  const styles = useStyles();
  const shared = useShared();
  const ref = ind.indicator.score?.ref;
  return (
    <li className={styles.item}>
      <div className={styles.itemHead}>
        <Text size={300} weight="semibold" className={shared.wrap}>
          {ind.name}
        </Text>
        <Badge size="small" appearance="tint" color={CHECK_COLOUR[ind.check]}>
          {t(`scoring.check.${ind.check}`)}
        </Badge>
      </div>
      <Caption1>
        {ind.computed === null
          ? t("scoring.indicatorQualitative", { weight: num(ind.stated.weight), stated: num(ind.stated.score) })
          : t("scoring.indicatorScore", { weight: num(ind.stated.weight), computed: show(ind.computed), stated: num(ind.stated.score) })}
      </Caption1>
      <Caption1 className={shared.mutedWrap}>{say(ind.explanation)}</Caption1>
      {cell ? (
        <WrittenCell cell={cell} onSelect={onSelect} />
      ) : (
        ref && (
          <div>
            <Button size="small" appearance="subtle" onClick={() => onSelect(ref)}>
              {t("scoring.selectCell", { ref })}
            </Button>
          </div>
        )
      )}
    </li>
  );
}

function WrittenCell({ cell, onSelect }: { cell: ScoredCell; onSelect: (ref: string) => void }) {
  const shared = useShared();
  const styles = useStyles();
  const before = cell.before.text.trim() === "" ? t("scoring.blank") : cell.before.text.trim();
  const after = showExpected(cell);
  return (
    <div className={shared.tight}>
      <Caption1 className={shared.wrap}>
        {cell.changed
          ? t("scoring.cellChanged", { label: cell.label, ref: cell.ref, before, after })
          : t("scoring.cellSame", { label: cell.label, ref: cell.ref, after })}
      </Caption1>
      {cell.reason && <Caption1 className={shared.mutedWrap}>{t("scoring.plainValue", { reason: cell.reason })}</Caption1>}
      {cell.formula && (
        <details>
          <summary className={styles.summary}>{t("scoring.formula")}</summary>
          <pre className={shared.code}>{cell.formula}</pre>
        </details>
      )}
      <div>
        <Button size="small" appearance="subtle" onClick={() => onSelect(cell.ref)}>
          {t("scoring.selectCell", { ref: cell.ref })}
        </Button>
      </div>
    </div>
  );
}
