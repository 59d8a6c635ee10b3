/**
 * 模板: the gallery of official layouts (src/templates' registry) with a preview of the chosen
 * one, year and unit fields, and a button that inserts it as a new sheet.
 */
import { useMemo, useState } from "react";
import { Body1, Button, Caption1, Field, Input, Select, Spinner, Subtitle2 } from "@fluentui/react-components";
import { FORM_KIND_NAMES } from "../../forms/forms";
import { getLocale, t } from "../../i18n";
import { useLocale } from "../../i18n/react";
import { insertTemplate, planTemplate, TEMPLATES, templateId, type TemplateDefinition } from "../../templates";
import { NoticeBar, type Notice } from "../components/ErrorBar";
import { errorText } from "../components/errors";
import { usePane } from "../components/pane-state";
import { useShared } from "../components/styles";
import { TemplatePreview } from "../components/TemplatePreview";
import { UndoBar } from "../components/WriteReview";
import { insertUndo } from "../../usecases/pane-insert";
import { writeText } from "../../usecases/pane-write";

const KINDS = [...new Set(TEMPLATES.map((d) => d.kind))];

function validYear(text: string): number | undefined {
  if (!/^\d{4}$/.test(text.trim())) return undefined;
  const n = Number(text.trim());
  return n >= 2000 && n <= 2100 ? n : undefined;
}

export function TemplatesTab() {
  const shared = useShared();
  const pane = usePane();
  const { host } = pane;
  useLocale();
  const [chosen, setChosen] = useState(templateId(TEMPLATES[0]!));
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [unit, setUnit] = useState("");
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>();

  const def: TemplateDefinition = TEMPLATES.find((d) => templateId(d) === chosen) ?? TEMPLATES[0]!;
  const y = validYear(year);
  const options = useMemo(() => ({ ...(y !== undefined ? { year: y } : {}), ...(unit.trim() !== "" ? { unit: unit.trim() } : {}) }), [y, unit]);
  const preview = useMemo(() => {
    try {
      return { plan: planTemplate(def, options).plan };
    } catch (e) {
      return { error: errorText(e) };
    }
  }, [def, options]);

  async function insert() {
    if (y === undefined) return;
    setBusy(true);
    setNotice(undefined);
    try {
      const result = await insertTemplate(host, def, options);
      const cells = preview.plan ? preview.plan.writes.flat().filter((w) => writeText(w).trim() !== "").length : 0;
      pane.setLastWrite({ step: insertUndo([result.sheet], cells), message: "templates.insertedUndoable", params: { sheet: result.sheet }, id: Date.now() });
      // Without 撤销 (a host that cannot delete sheets) the undo bar stays hidden: say it here.
      if (!host.removeSheet) setNotice({ intent: "success", message: "templates.inserted", params: { sheet: result.sheet } });
      await host.select(result.sheet, "A1").catch(() => undefined);
    } catch (e) {
      setNotice({ intent: "error", message: "templates.failed", params: { error: errorText(e) } });
    } finally {
      setBusy(false);
    }
  }

  const en = getLocale() === "en";
  return (
    <div className={shared.stack}>
      <Body1>{t("templates.intro")}</Body1>
      <Field label={t("templates.choose")}>
        <Select className={shared.select} value={chosen} onChange={(_, d) => setChosen(d.value)}>
          {KINDS.map((kind) => (
            <optgroup key={kind} label={en ? `${FORM_KIND_NAMES[kind].en} (${FORM_KIND_NAMES[kind].zh})` : FORM_KIND_NAMES[kind].zh}>
              {TEMPLATES.filter((d) => d.kind === kind).map((d) => (
                <option key={templateId(d)} value={templateId(d)}>
                  {d.name}
                </option>
              ))}
            </optgroup>
          ))}
        </Select>
      </Field>
      <Caption1 className={shared.wrap}>{def.description}</Caption1>
      <Field
        label={t("templates.year")}
        validationState={y === undefined ? "error" : "none"}
        validationMessage={y === undefined ? t("templates.yearInvalid") : undefined}
      >
        <Input type="number" inputMode="numeric" min={2000} max={2100} value={year} onChange={(_, d) => setYear(d.value)} />
      </Field>
      <Field label={t("templates.unit")} hint={t("templates.unitHint")}>
        <Input value={unit} onChange={(_, d) => setUnit(d.value)} />
      </Field>
      <div className={shared.row}>
        <Button appearance="primary" onClick={() => void insert()} disabled={busy || y === undefined || "error" in preview}>
          {t("templates.insert")}
        </Button>
        {busy && <Spinner size="tiny" label={t("templates.inserting")} labelPosition="after" />}
      </div>
      <NoticeBar notice={notice} onDismiss={() => setNotice(undefined)} />
      <UndoBar />
      <section className={shared.tight} aria-label={t("templates.preview")}>
        <Subtitle2 as="h2" className={shared.heading}>
          {t("templates.preview")}
        </Subtitle2>
        {"error" in preview ? (
          <NoticeBar notice={{ intent: "error", message: "templates.previewFailed", params: { error: preview.error ?? "" } }} />
        ) : (
          <>
            <Caption1 className={shared.muted}>{t("templates.previewSize", { rows: preview.plan.height, cols: preview.plan.width })}</Caption1>
            <TemplatePreview plan={preview.plan} columns={def.columns} label={t("templates.previewLabel", { name: def.name })} />
          </>
        )}
      </section>
    </div>
  );
}
