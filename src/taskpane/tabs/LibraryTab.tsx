/**
 * 指标库: what the library suggests for the indicator row the clerk has selected (by the name
 * typed in its 三级 cell and by the project's own words), 插入 that fills the row through the
 * same previewed, undoable write as the other tabs (ConfirmWrite, applyChanges, UndoBar), a
 * search over the whole library, and the unit's own indicators kept in the workbook.
 *
 * The selection is followed while the tab is shown: every 1.5 s the pane asks the host where the
 * selection is (one small call) and reads the selected cell; only when either changed is the
 * sheet read and recognised again. A hidden tab asks nothing.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import { Badge, Body1, Button, Caption1, Field, Input, Select, Spinner, Subtitle2, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { parseA1 } from "../../grid/address";
import { t } from "../../i18n";
import { useLocale } from "../../i18n/react";
import { AREAS, SOURCE_SHORT, exportCustomIndicators, readCustomIndicators, saveCustomIndicators, searchLibrary, withCustom, type CustomIndicator, type LibraryIndicator } from "../../library";
import { planIndicatorInsert, selectionContext, suggestForSlot, type InsertPlan, type SelectionContext } from "../../usecases/pane-library";
import { applyChanges } from "../../usecases/pane-write";
import { NoticeBar, type Notice } from "../components/ErrorBar";
import { errorText } from "../components/errors";
import { usePane } from "../components/pane-state";
import { useShared } from "../components/styles";
import { ConfirmWrite, UndoBar } from "../components/WriteReview";

const POLL_MS = 1500;
/** Search results listed at most. */
const LISTED = 20;

const useStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke2}`,
    minWidth: 0,
  },
  head: { display: "flex", alignItems: "center", justifyContent: "space-between", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  name: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS, flexWrap: "wrap", minWidth: 0 },
  summary: { cursor: "pointer", color: tokens.colorBrandForeground1, fontSize: tokens.fontSizeBase200 },
});

function details(ind: LibraryIndicator): string {
  return t("library.details", {
    level1: ind.level1,
    level2: ind.level2,
    unit: ind.unit || t("library.noUnit"),
    direction: t(ind.direction === "正向" ? "library.positive" : "library.negative"),
    target: ind.target,
  });
}

/** One library indicator: name, category, unit, direction, typical target; details on demand; 插入 when a row is selected. */
function IndicatorItem({ ind, reason, onInsert, onRemove, busy }: { ind: LibraryIndicator; reason?: string; onInsert?: () => void; onRemove?: () => void; busy?: boolean }) {
  const styles = useStyles();
  const shared = useShared();
  const own = ind.sources.includes("unit");
  return (
    <li className={styles.item}>
      <div className={styles.head}>
        <span className={styles.name}>
          <Text weight="semibold" className={shared.wrap}>
            {ind.level3}
          </Text>
          {ind.core && (
            <Badge size="small" appearance="tint" color="brand">
              {t("library.core")}
            </Badge>
          )}
          {own && (
            <Badge size="small" appearance="tint" color="informative">
              {t("library.own")}
            </Badge>
          )}
        </span>
        <span className={shared.row}>
          {onInsert && (
            <Button size="small" appearance="primary" onClick={onInsert} disabled={busy} aria-label={t("library.insertLabel", { name: ind.level3 })}>
              {t("library.insert")}
            </Button>
          )}
          {onRemove && (
            <Button size="small" onClick={onRemove} disabled={busy} aria-label={t("library.removeLabel", { name: ind.level3 })}>
              {t("library.remove")}
            </Button>
          )}
        </span>
      </div>
      <Caption1 className={shared.mutedWrap}>{details(ind)}</Caption1>
      {reason && <Caption1 className={shared.wrap}>{reason}</Caption1>}
      <details>
        <summary className={styles.summary}>{t("library.explanation", { text: "" }).replace(/[:：]\s*$/, "")}</summary>
        <Caption1 as="p" className={shared.wrap}>
          {t("library.explanation", { text: ind.explanation })}
        </Caption1>
        <Caption1 as="p" className={shared.wrap}>
          {t("library.scoring", { text: ind.scoring })}
        </Caption1>
        <Caption1 as="p" className={shared.mutedWrap}>
          {t("library.sources", { sources: ind.sources.map((s) => SOURCE_SHORT[s]).join("、") })}
        </Caption1>
      </details>
    </li>
  );
}

type Draft = Record<"level1" | "level2" | "level3" | "explanation" | "unit" | "kind" | "direction" | "target" | "scoring" | "area", string>;

const EMPTY_DRAFT: Draft = {
  level1: "产出指标",
  level2: "数量指标",
  level3: "",
  explanation: "",
  unit: "",
  kind: "定量",
  direction: "正向",
  target: "",
  scoring: "达到目标值得满分；未达到的按实际值/目标值×分值计分。",
  area: "通用",
};

const REQUIRED: readonly (keyof Draft)[] = ["level2", "level3", "explanation", "target", "scoring"];

/** The form that adds one of the unit's own indicators. */
function OwnIndicatorForm({ onSave, onCancel, busy }: { onSave: (d: Draft) => void; onCancel: () => void; busy: boolean }) {
  const shared = useShared();
  const [d, setD] = useState<Draft>(EMPTY_DRAFT);
  const [missing, setMissing] = useState<keyof Draft>();
  const set = (k: keyof Draft) => (_: unknown, data: { value: string }) => setD((x) => ({ ...x, [k]: data.value }));
  const label = (k: keyof Draft) => t(`library.form.${k === "area" ? "area" : k}` as "library.form.level1");
  function save() {
    const gap = REQUIRED.find((k) => d[k].trim().length < (k === "target" ? 1 : 2));
    setMissing(gap);
    if (!gap) onSave(d);
  }
  const error = (k: keyof Draft) => (missing === k ? t("library.form.missing", { field: label(k) }) : undefined);
  return (
    <div className={shared.card} role="group" aria-label={t("library.add")}>
      <Field label={label("level1")}>
        <Select value={d.level1} onChange={set("level1")} className={shared.select}>
          {["产出指标", "成本指标", "效益指标", "满意度指标"].map((x) => (
            <option key={x}>{x}</option>
          ))}
        </Select>
      </Field>
      <Field label={label("level2")} validationMessage={error("level2")} required>
        <Input value={d.level2} onChange={set("level2")} />
      </Field>
      <Field label={label("level3")} validationMessage={error("level3")} required>
        <Input value={d.level3} onChange={set("level3")} />
      </Field>
      <Field label={label("explanation")} validationMessage={error("explanation")} required>
        <Textarea value={d.explanation} onChange={set("explanation")} rows={2} resize="vertical" />
      </Field>
      <Field label={label("unit")}>
        <Input value={d.unit} onChange={set("unit")} />
      </Field>
      <div className={shared.row}>
        <Field label={label("kind")}>
          <Select value={d.kind} onChange={set("kind")}>
            <option value="定量">{t("library.quantitative")}</option>
            <option value="定性">{t("library.qualitative")}</option>
          </Select>
        </Field>
        <Field label={label("direction")}>
          <Select value={d.direction} onChange={set("direction")}>
            <option value="正向">{t("library.positive")}</option>
            <option value="反向">{t("library.negative")}</option>
          </Select>
        </Field>
      </div>
      <Field label={label("target")} validationMessage={error("target")} required>
        <Input value={d.target} onChange={set("target")} />
      </Field>
      <Field label={label("scoring")} validationMessage={error("scoring")} required>
        <Textarea value={d.scoring} onChange={set("scoring")} rows={2} resize="vertical" />
      </Field>
      <Field label={label("area")}>
        <Select value={d.area} onChange={set("area")} className={shared.select}>
          {AREAS.map((a) => (
            <option key={a}>{a}</option>
          ))}
        </Select>
      </Field>
      <div className={shared.row}>
        <Button appearance="primary" size="small" onClick={save} disabled={busy}>
          {t("library.form.save")}
        </Button>
        <Button size="small" onClick={onCancel} disabled={busy}>
          {t("library.form.cancel")}
        </Button>
      </div>
    </div>
  );
}

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function LibraryTab() {
  const shared = useShared();
  const pane = usePane();
  const { host } = pane;
  useLocale();
  const root = useRef<HTMLDivElement>(null);
  const searchId = useId();

  const [own, setOwn] = useState<CustomIndicator[]>([]);
  const [ownProblems, setOwnProblems] = useState<string[]>([]);
  const library = useMemo(() => withCustom(own), [own]);

  const [ctx, setCtx] = useState<SelectionContext>();
  const [reading, setReading] = useState(false);
  const [readError, setReadError] = useState<string>();
  const last = useRef<{ sheet: string; range: string; text: string } | undefined>(undefined);
  const busyRead = useRef(false);

  const [query, setQuery] = useState("");
  const [area, setArea] = useState("");
  const [review, setReview] = useState<InsertPlan & { name: string }>();
  const [writing, setWriting] = useState(false);
  const [notice, setNotice] = useState<Notice>();
  const [adding, setAdding] = useState(false);

  useEffect(() => {
    let live = true;
    readCustomIndicators(host)
      .then((r) => {
        if (!live) return;
        setOwn(r.indicators);
        setOwnProblems(r.problems);
      })
      .catch((e: unknown) => live && setOwnProblems([errorText(e)]));
    return () => {
      live = false;
    };
  }, [host]);

  /** Reads where the selection is; the sheet is recognised again only when the selection or its text changed (or `force`). */
  const follow = useCallback(
    async (force = false) => {
      if (busyRead.current) return;
      busyRead.current = true;
      try {
        const sel = await host.selection();
        const first = sel.range.split(":")[0] ?? sel.range;
        const at = parseA1(first);
        const text = at ? ((await host.readSheet(sel.sheet, first)).cell(at.row, at.col)?.text ?? "") : "";
        const prev = last.current;
        if (!force && prev && prev.sheet === sel.sheet && prev.range === sel.range && prev.text === text) return;
        last.current = { sheet: sel.sheet, range: sel.range, text };
        setReading(true);
        setCtx(await selectionContext(host, sel));
        setReadError(undefined);
      } catch (e) {
        setReadError(errorText(e));
      } finally {
        busyRead.current = false;
        setReading(false);
      }
    },
    [host],
  );

  // While a write is being reviewed, the selection it was planned for stays put.
  const reviewing = useRef(false);
  useEffect(() => {
    reviewing.current = review !== undefined;
  }, [review]);
  useEffect(() => {
    last.current = undefined;
    const first = setTimeout(() => void follow(true), 0);
    const timer = setInterval(() => {
      // A hidden tab (display:none) has no offsetParent: it asks the host nothing.
      if (root.current?.offsetParent !== null && !reviewing.current) void follow();
    }, POLL_MS);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [follow]);

  const suggestions = useMemo(() => (ctx ? suggestForSlot(ctx, library) : []), [ctx, library]);
  const hits = useMemo(() => (query.trim() === "" && area === "" ? [] : searchLibrary(query, { library, area: area || undefined })), [query, area, library]);

  async function insert(ind: LibraryIndicator) {
    setNotice(undefined);
    if (!ctx?.slot) {
      setNotice({ intent: "warning", message: "library.insertNeedsRow" });
      return;
    }
    try {
      const plan = await planIndicatorInsert(host, ctx.slot, ind);
      setReview({ ...plan, name: ind.level3 });
    } catch (e) {
      setNotice({ intent: "error", message: "library.insertFailed", params: { error: errorText(e) } });
    }
  }

  async function confirm() {
    if (!review) return;
    setWriting(true);
    try {
      const undo = await applyChanges(host, review.changes);
      pane.setLastWrite({ step: undo, message: "library.inserted", params: { name: review.name, count: undo.count }, id: Date.now() });
      setReview(undefined);
      await follow(true);
    } catch (e) {
      setNotice({ intent: "error", message: "library.insertFailed", params: { error: errorText(e) } });
    } finally {
      setWriting(false);
    }
  }

  async function saveOwn(list: CustomIndicator[], done: Notice) {
    setWriting(true);
    try {
      const read = await saveCustomIndicators(host, list);
      if (read.problems.length > 0) {
        setNotice({ intent: "error", message: "library.saveFailed", params: { error: read.problems.join(" ") } });
        return false;
      }
      setOwn(read.indicators);
      setNotice(done);
      return true;
    } catch (e) {
      setNotice({ intent: "error", message: "library.saveFailed", params: { error: errorText(e) } });
      return false;
    } finally {
      setWriting(false);
    }
  }

  async function add(d: Draft) {
    const entry: CustomIndicator = {
      id: `unit-${Date.now().toString(36)}`,
      level1: d.level1 as LibraryIndicator["level1"],
      level2: d.level2.trim(),
      level3: d.level3.trim(),
      explanation: d.explanation.trim(),
      unit: d.unit.trim(),
      kind: d.kind as LibraryIndicator["kind"],
      direction: d.direction as LibraryIndicator["direction"],
      target: d.target.trim(),
      scoring: d.scoring.trim(),
      areas: [d.area as LibraryIndicator["areas"][number]],
      keywords: [],
      core: false,
      sources: ["unit"],
    };
    if (await saveOwn([...own, entry], { intent: "success", message: "library.saved", params: { name: entry.level3 } })) setAdding(false);
  }

  const slot = ctx?.slot;
  const canInsert = slot !== undefined && !review;

  return (
    <div ref={root} className={shared.stack}>
      <Body1 className={shared.wrap}>{t("library.intro")}</Body1>
      <UndoBar onUndone={() => void follow(true)} />

      <section className={shared.tight} aria-live="polite">
        <div className={shared.row}>
          {reading && <Spinner size="extra-tiny" label={t("library.reading")} labelPosition="after" />}
          <Button size="small" onClick={() => void follow(true)} disabled={reading}>
            {t("library.refresh")}
          </Button>
        </div>
        {readError && <Caption1 className={shared.wrap}>{t("library.readFailed", { error: readError })}</Caption1>}
        {ctx && slot && (
          <Caption1 className={shared.wrap}>
            {slot.indicator.level3.value.trim() === ""
              ? t("library.hereEmpty", { sheet: ctx.sheet, ref: ctx.ref, project: slot.project })
              : t("library.here", { sheet: ctx.sheet, ref: ctx.ref, name: slot.indicator.level3.value.trim(), project: slot.project })}
          </Caption1>
        )}
        {ctx && !slot && <Caption1 className={shared.mutedWrap}>{t("library.notInForm", { sheet: ctx.sheet, ref: ctx.ref })}</Caption1>}
      </section>

      {review && <ConfirmWrite changes={review.changes} skipped={review.skipped} onConfirm={() => void confirm()} onCancel={() => setReview(undefined)} busy={writing} />}
      {review?.kept.map((k) => (
        <Caption1 key={k.ref} className={shared.mutedWrap}>
          {t("library.kept", { ref: k.ref, text: k.text })}
        </Caption1>
      ))}
      <NoticeBar notice={notice} onDismiss={() => setNotice(undefined)} />

      {slot && (
        <section className={shared.tight} aria-labelledby={`${searchId}-suggest`}>
          <Subtitle2 as="h2" id={`${searchId}-suggest`} className={shared.heading}>
            {t("library.suggestions")}
          </Subtitle2>
          {suggestions.length === 0 ? (
            <Caption1 className={shared.mutedWrap}>{t("library.noSuggestions")}</Caption1>
          ) : (
            <ul className={shared.list} aria-label={t("library.suggestions")}>
              {suggestions.map((s) => (
                <IndicatorItem key={s.indicator.id} ind={s.indicator} reason={s.reason} onInsert={canInsert ? () => void insert(s.indicator) : undefined} busy={writing} />
              ))}
            </ul>
          )}
        </section>
      )}

      <section className={shared.section} aria-labelledby={`${searchId}-search`}>
        <Subtitle2 as="h2" id={`${searchId}-search`} className={shared.heading}>
          {t("library.search")}
        </Subtitle2>
        <Field label={t("library.searchLabel")}>
          <Input type="search" value={query} onChange={(_, d) => setQuery(d.value)} />
        </Field>
        <Field label={t("library.area")}>
          <Select value={area} onChange={(_, d) => setArea(d.value)} className={shared.select}>
            <option value="">{t("library.allAreas")}</option>
            {AREAS.map((a) => (
              <option key={a}>{a}</option>
            ))}
          </Select>
        </Field>
        {(query.trim() !== "" || area !== "") && (
          <Caption1 className={shared.muted} role="status">
            {hits.length > LISTED ? t("library.resultsMore", { count: hits.length, shown: LISTED }) : t("library.results", { count: hits.length })}
          </Caption1>
        )}
        {hits.length > 0 && (
          <ul className={shared.list} aria-label={t("library.search")}>
            {hits.slice(0, LISTED).map((h) => (
              <IndicatorItem key={h.indicator.id} ind={h.indicator} onInsert={canInsert ? () => void insert(h.indicator) : undefined} busy={writing} />
            ))}
          </ul>
        )}
      </section>

      <section className={shared.section} aria-labelledby={`${searchId}-own`}>
        <Subtitle2 as="h2" id={`${searchId}-own`} className={shared.heading}>
          {t("library.ownTitle")}
        </Subtitle2>
        <Caption1 className={shared.mutedWrap}>{t("library.ownIntro")}</Caption1>
        {ownProblems.length > 0 && <Caption1 className={shared.wrap}>{t("library.ownProblems", { problems: ownProblems.join(" ") })}</Caption1>}
        {own.length === 0 ? (
          <Caption1 className={shared.muted}>{t("library.ownNone")}</Caption1>
        ) : (
          <ul className={shared.list} aria-label={t("library.ownTitle")}>
            {own.map((ind) => (
              <IndicatorItem
                key={ind.id}
                ind={ind}
                onInsert={canInsert ? () => void insert(ind) : undefined}
                onRemove={() => void saveOwn(own.filter((x) => x.id !== ind.id), { intent: "success", message: "library.removed", params: { name: ind.level3 } })}
                busy={writing}
              />
            ))}
          </ul>
        )}
        {adding ? (
          <OwnIndicatorForm onSave={(d) => void add(d)} onCancel={() => setAdding(false)} busy={writing} />
        ) : (
          <div className={shared.row}>
            <Button size="small" onClick={() => setAdding(true)}>
              {t("library.add")}
            </Button>
            {own.length > 0 && (
              <Button size="small" onClick={() => download("本单位指标.json", exportCustomIndicators(own))}>
                {t("library.export")}
              </Button>
            )}
          </div>
        )}
      </section>
    </div>
  );
}
