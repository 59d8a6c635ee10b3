/**
 * 导入: text pasted from Word or PDF → a preview of the forms found in it → new sheets laid out
 * on the official templates (or the text's table as it is).
 */
import { useState } from "react";
import { Badge, Body1, Button, Caption1, Field, Input, Spinner, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { FORM_KIND_NAMES, hasIndicators, type Form } from "../../forms/forms";
import { getLocale, t } from "../../i18n";
import { useLocale } from "../../i18n/react";
import { templateName } from "../../templates/registry";
import { insertPastedForms, insertPastedGrid, readPastedText, type PastedText } from "../../usecases/pane-import";
import { NoticeBar, type Notice } from "../components/ErrorBar";
import { errorText } from "../components/errors";
import { FormDetails } from "../components/FormDetails";
import { usePane } from "../components/pane-state";
import { useShared } from "../components/styles";

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

/** The project or unit the form is about: what tells two pasted forms of one kind apart. */
function nameOf(form: Form): string {
  if (!("header" in form)) return "";
  return (form.header.project?.value ?? form.header.unit?.value ?? "").trim();
}

export function ImportTab() {
  const styles = useStyles();
  const shared = useShared();
  const { host } = usePane();
  useLocale();
  const [text, setText] = useState("");
  const [year, setYear] = useState("");
  const [pasted, setPasted] = useState<PastedText>();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>();
  const [done, setDone] = useState<string[]>([]);
  const y = yearOf(year);

  function read() {
    setDone([]);
    setNotice(undefined);
    if (text.trim() === "") {
      setPasted(undefined);
      setNotice({ intent: "warning", message: "import.empty" });
      return;
    }
    try {
      setPasted(readPastedText(text));
    } catch (e) {
      setPasted(undefined);
      setNotice({ intent: "error", message: "import.failed", params: { error: errorText(e) } });
    }
  }

  async function insert(raw: boolean) {
    if (!pasted || y === "invalid") return;
    setBusy(true);
    setNotice(undefined);
    try {
      if (raw) {
        const sheet = await insertPastedGrid(host, pasted.grid);
        setDone([t("import.insertedRaw", { sheet })]);
        await host.select(sheet, "A1").catch(() => undefined);
      } else {
        const report = await insertPastedForms(host, pasted, y);
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
  const insertable = pasted ? pasted.forms.filter((f) => f.template !== undefined).length : 0;
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
            <ul className={shared.list}>
              {pasted.forms.map(({ form, template }, i) => (
                <li key={`${form.range}-${i}`} className={shared.card}>
                  <div className={styles.head}>
                    <Badge appearance="tint" color="brand">
                      {en ? FORM_KIND_NAMES[form.kind].en : FORM_KIND_NAMES[form.kind].zh}
                    </Badge>
                    <Body1 className={shared.wrap}>{nameOf(form) || form.title?.value.trim() || FORM_KIND_NAMES[form.kind].zh}</Body1>
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
          <Field
            label={t("import.year")}
            hint={t("import.yearHint")}
            validationState={y === "invalid" ? "error" : "none"}
            validationMessage={y === "invalid" ? t("import.yearInvalid") : undefined}
          >
            <Input type="number" inputMode="numeric" min={2000} max={2100} value={year} onChange={(_, d) => setYear(d.value)} />
          </Field>
          <div className={shared.row}>
            {insertable > 0 && (
              <Button appearance="primary" disabled={busy || y === "invalid"} onClick={() => void insert(false)}>
                {t("import.insert")}
              </Button>
            )}
            <Button disabled={busy} onClick={() => void insert(true)}>
              {t("import.insertRaw")}
            </Button>
            {busy && <Spinner size="tiny" label={t("templates.inserting")} labelPosition="after" />}
          </div>
        </div>
      )}
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
