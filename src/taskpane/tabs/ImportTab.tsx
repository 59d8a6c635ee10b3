/**
 * 导入: text pasted from Word or PDF → a preview of the forms found in it → new sheets laid out
 * on the official templates (or the text's table as it is).
 */
import { useState } from "react";
import { Badge, Body1, Button, Caption1, Checkbox, Field, Input, Spinner, Subtitle2, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { FORM_KIND_NAMES, hasIndicators, type Form } from "../../forms/forms";
import { getLocale, t } from "../../i18n";
import { useLocale } from "../../i18n/react";
import { templateName } from "../../templates/registry";
import { insertPastedForms, insertPastedGrid, pastedName, planPastedForms, readPastedText, type PastedText } from "../../usecases/pane-import";
import { insertUndo, plannedChanges, type PlannedSheet } from "../../usecases/pane-insert";
import { NoticeBar, type Notice } from "../components/ErrorBar";
import { errorText } from "../components/errors";
import { FormDetails } from "../components/FormDetails";
import { usePane } from "../components/pane-state";
import { useShared } from "../components/styles";
import { ConfirmWrite, UndoBar } from "../components/WriteReview";

const useStyles = makeStyles({
  head: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  details: { marginTop: tokens.spacingVerticalXS },
  summary: { cursor: "pointer", color: tokens.colorBrandForeground1, fontSize: tokens.fontSizeBase200 },
});

function sizeOf(form: Form): string {
  if (hasIndicators(form)) return t("import.indicatorCount", { count: form.indicators.length });
  if (form.kind === "JS") return t("import.lineCount", { count: form.lines.length });
  if (form.kind === "ST") return t("import.lineCount", { count: form.rows.length });
  return "";
}

function yearOf(text: string): number | undefined | "invalid" {
  const s = text.trim();
  if (s === "") return undefined;
  if (!/^\d{4}$/.test(s)) return "invalid";
  const n = Number(s);
  return n >= 2000 && n <= 2100 ? n : "invalid";
}

export function ImportTab() {
  const styles = useStyles();
  const shared = useShared();
  const pane = usePane();
  const { host } = pane;
  useLocale();
  const [text, setText] = useState("");
  const [year, setYear] = useState("");
  const [pasted, setPasted] = useState<PastedText>();
  /** Indexes of the forms ticked for inserting (all, once read). */
  const [chosen, setChosen] = useState<ReadonlySet<number>>(new Set());
  /** The sheets about to be added, shown cell by cell until the clerk confirms. */
  const [plan, setPlan] = useState<PlannedSheet[]>();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>();
  const [done, setDone] = useState<string[]>([]);
  const y = yearOf(year);

  function read() {
    setDone([]);
    setNotice(undefined);
    setPlan(undefined);
    if (text.trim() === "") {
      setPasted(undefined);
      setNotice({ intent: "warning", message: "import.empty" });
      return;
    }
    try {
      const next = readPastedText(text);
      setPasted(next);
      setChosen(new Set(next.forms.flatMap((f, i) => (f.template !== undefined ? [i] : []))));
    } catch (e) {
      setPasted(undefined);
      setNotice({ intent: "error", message: "import.failed", params: { error: errorText(e) } });
    }
  }

  /** 按表样插入: first the sheets and cells the chosen forms will fill, inserted only after 确认. */
  function review() {
    if (!pasted || y === "invalid") return;
    setNotice(undefined);
    try {
      setPlan(planPastedForms(pasted, y, chosen));
    } catch (e) {
      setNotice({ intent: "error", message: "import.failed", params: { error: errorText(e) } });
    }
  }

  function toggle(i: number, on: boolean) {
    const next = new Set(chosen);
    if (on) next.add(i);
    else next.delete(i);
    setChosen(next);
    setPlan(undefined);
  }

  async function insert(raw: boolean) {
    if (!pasted || y === "invalid") return;
    setBusy(true);
    setNotice(undefined);
    try {
      if (raw) {
        const sheet = await insertPastedGrid(host, pasted.grid);
        setDone([t("import.insertedRaw", { sheet })]);
        pane.setLastWrite({ step: insertUndo([sheet], 0), message: "templates.insertedUndoable", params: { sheet }, id: Date.now() });
        await host.select(sheet, "A1").catch(() => undefined);
      } else {
        const cells = plannedChanges(plan ?? []).length;
        const report = await insertPastedForms(host, pasted, y, chosen);
        setPlan(undefined);
        const sheets = report.sheets.map((s) => s.sheet);
        pane.setLastWrite({ step: insertUndo(sheets, cells), message: "import.insertedUndoable", params: { sheets: sheets.length, count: cells }, id: Date.now() });
        const lines = report.sheets.flatMap((s) => [
          t("import.inserted", { sheet: s.sheet, template: templateName(s.template) }),
          ...(s.unplaced.length > 0 ? [t("import.unplaced", { sheet: s.sheet, paths: s.unplaced.join("、") })] : []),
        ]);
        setDone([...lines, ...report.messages]);
        if (report.sheets[0]) await host.select(report.sheets[0].sheet, "A1").catch(() => undefined);
      }
    } catch (e) {
      setNotice({ intent: "error", message: "import.failed", params: { error: errorText(e) } });
    } finally {
      setBusy(false);
    }
  }

  const en = getLocale() === "en";
  const insertable = pasted ? pasted.forms.filter((f, i) => f.template !== undefined && chosen.has(i)).length : 0;
  return (
    <div className={shared.stack}>
      <Body1>{t("import.intro")}</Body1>
      <Field label={t("import.text")} hint={t("import.textHint")}>
        <Textarea value={text} onChange={(_, d) => setText(d.value)} rows={8} resize="vertical" />
      </Field>
      <div className={shared.row}>
        <Button appearance="primary" onClick={read} disabled={busy}>
          {t("import.read")}
        </Button>
      </div>
      <NoticeBar notice={notice} onDismiss={() => setNotice(undefined)} />
      {pasted && (
        <div className={shared.stack}>
          <Body1 role="status">{pasted.forms.length === 0 ? t("import.none") : t("import.found", { count: pasted.forms.length })}</Body1>
          {pasted.messages.map((m) => (
            <Caption1 key={m} className={shared.mutedWrap}>
              {m}
            </Caption1>
          ))}
          {pasted.forms.length > 0 && (
            <ul className={shared.list} aria-label={t("import.choose")}>
              {pasted.forms.map(({ form, template }, i) => (
                <li key={`${form.range}-${i}`} className={shared.card}>
                  <div className={styles.head}>
                    <Checkbox
                      checked={chosen.has(i)}
                      disabled={!template || busy}
                      onChange={(_, d) => toggle(i, d.checked === true)}
                      aria-label={pastedName(form) || form.title?.value.trim() || FORM_KIND_NAMES[form.kind].zh}
                    />
                    <Badge appearance="tint" color="brand">
                      {en ? FORM_KIND_NAMES[form.kind].en : FORM_KIND_NAMES[form.kind].zh}
                    </Badge>
                    <Body1 className={shared.wrap}>{pastedName(form) || form.title?.value.trim() || FORM_KIND_NAMES[form.kind].zh}</Body1>
                  </div>
                  <Caption1 className={shared.muted}>{[template && t("import.layout", { name: templateName(template) }), sizeOf(form)].filter(Boolean).join(" · ")}</Caption1>
                  {!template && <Caption1 className={shared.muted}>{t("import.noTemplate")}</Caption1>}
                  <details className={styles.details}>
                    <summary className={styles.summary}>{t("check.whatWasRead")}</summary>
                    <FormDetails form={form} />
                  </details>
                </li>
              ))}
            </ul>
          )}
          {pasted.unread.length > 0 && (
            <section className={shared.tight} aria-label={t("import.unreadTitle", { count: pasted.unread.length })}>
              <Subtitle2 as="h2" className={shared.heading}>
                {t("import.unreadTitle", { count: pasted.unread.length })}
              </Subtitle2>
              <ul className={shared.list}>
                {pasted.unread.map((u) => (
                  <li key={`${u.line}-${u.title}`}>
                    <Caption1 className={shared.mutedWrap}>{t("import.unread", { line: u.line, title: u.title, reason: u.reason })}</Caption1>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <Field
            label={t("import.year")}
            hint={t("import.yearHint")}
            validationState={y === "invalid" ? "error" : "none"}
            validationMessage={y === "invalid" ? t("import.yearInvalid") : undefined}
          >
            <Input type="number" inputMode="numeric" min={2000} max={2100} value={year} onChange={(_, d) => (setYear(d.value), setPlan(undefined))} />
          </Field>
          <div className={shared.row}>
            {pasted.forms.some((f) => f.template !== undefined) && (
              <Button appearance="primary" disabled={busy || y === "invalid" || insertable === 0 || plan !== undefined} onClick={review}>
                {t("import.insertChosen", { count: insertable })}
              </Button>
            )}
            <Button disabled={busy} onClick={() => void insert(true)}>
              {t("import.insertRaw")}
            </Button>
            {busy && <Spinner size="tiny" label={t("templates.inserting")} labelPosition="after" />}
          </div>
          {plan && (
            <ConfirmWrite
              changes={plannedChanges(plan)}
              newSheets={plan.map((p) => p.name)}
              showSheet
              busy={busy}
              onConfirm={() => void insert(false)}
              onCancel={() => setPlan(undefined)}
            />
          )}
        </div>
      )}
      <UndoBar />
      {done.length > 0 && (
        <ul className={shared.list} role="status">
          {done.map((line) => (
            <li key={line}>
              <Body1 className={shared.wrap}>{line}</Body1>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
