/**
 * 设置: region profile, indicator framework (88/101), money tolerance, the month 运行监控 is
 * checked to, and language, stored in
 * the workbook (usecases/settings.ts); and the rules ignored for this workbook, each with a
 * button to check it again.
 */
import { useEffect, useId, useState } from "react";
import {
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { LOCALES, LOCALE_NAMES, setLocale, t, type Locale } from "../../i18n";
import { useLocale } from "../../i18n/react";
import { PROFILES, getProfile, DEFAULT_PROFILE } from "../../rules/profiles";
import { WorkbookSettingsSchema, type WorkbookSettings } from "../../usecases/settings";
import { inferProfileId } from "../../usecases/infer-profile";
import { recogniseWorkbook } from "../../usecases/recognise-workbook";
import { NoticeBar, type Notice } from "../components/ErrorBar";
import { errorText } from "../components/errors";
import { ruleDescription } from "../components/Findings";
import { usePane } from "../components/pane-state";
import { useShared } from "../components/styles";

type Framework = "profile" | "88" | "101" | "both";

const useStyles = makeStyles({
  ignored: { display: "flex", alignItems: "center", justifyContent: "space-between", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  ignoredText: { display: "flex", flexDirection: "column", minWidth: 0, flex: "1 1 160px" },
});

const DEFAULTS = WorkbookSettingsSchema.parse({});

function frameworkOf(s: WorkbookSettings): Framework {
  if (!s.frameworks) return "profile";
  if (s.frameworks.length === 2) return "both";
  return s.frameworks[0]!;
}

function frameworksText(list: readonly string[]): string {
  if (list.length >= 2) return t("settings.frameworks.both");
  return list[0] === "88" ? t("settings.frameworks.88") : t("settings.frameworks.101");
}

export function SettingsTab() {
  const styles = useStyles();
  const shared = useShared();
  const pane = usePane();
  const locale = useLocale();
  const settings = pane.settings ?? DEFAULTS;
  const [notice, setNotice] = useState<Notice>();
  /** What the clerk is typing into the tolerance field; undefined shows the stored value. */
  const [draft, setDraft] = useState<string>();
  const tolerance = draft ?? (settings.moneyTolerance === undefined ? "" : String(settings.moneyTolerance));
  const [toleranceError, setToleranceError] = useState(false);
  const ids = { ignored: useId() };

  /** Until the clerk chooses a region, the one the workbook's forms point to (as 检查 infers it). */
  const [inferred, setInferred] = useState<string>();
  const { host } = pane;
  const chosen = settings.profileChosen === true;
  useEffect(() => {
    if (chosen || pane.loading) return;
    let live = true;
    recogniseWorkbook(host)
      .then((sheets) => live && setInferred(inferProfileId(sheets.flatMap((r) => r.forms))))
      .catch(() => live && setInferred(undefined));
    return () => {
      live = false;
    };
  }, [host, chosen, pane.loading, pane.revision]);
  const shownProfile = !chosen && inferred ? inferred : settings.profile;
  const base = getProfile(shownProfile) ?? getProfile(DEFAULT_PROFILE)!;

  async function save(next: WorkbookSettings) {
    try {
      await pane.saveSettings(next);
      setNotice({ intent: "success", message: "settings.saved" });
    } catch (e) {
      setNotice({ intent: "error", message: "settings.saveFailed", params: { error: errorText(e) } });
    }
  }

  function setFramework(f: Framework) {
    const next: WorkbookSettings = { ...settings };
    if (f === "profile") delete next.frameworks;
    else next.frameworks = f === "both" ? ["88", "101"] : [f];
    void save(next);
  }

  function commitTolerance() {
    const text = tolerance.trim();
    if (text === "") {
      setToleranceError(false);
      setDraft(undefined);
      if (settings.moneyTolerance === undefined) return;
      const next = { ...settings };
      delete next.moneyTolerance;
      void save(next);
      return;
    }
    const n = Number(text);
    if (!Number.isFinite(n) || n < 0 || n > 100) {
      setToleranceError(true);
      return;
    }
    setToleranceError(false);
    setDraft(undefined);
    if (n !== settings.moneyTolerance) void save({ ...settings, moneyTolerance: n });
  }

  function setMonth(value: string) {
    const next = { ...settings };
    if (value === "") delete next.monitorMonth;
    else next.monitorMonth = Number(value);
    void save(next);
  }

  function changeLocale(l: Locale) {
    setLocale(l);
    void save({ ...settings, locale: l });
  }

  async function unignore(rule: string) {
    try {
      await pane.setRuleIgnored(rule, false);
      setNotice({ intent: "success", message: "settings.unignored", params: { rule } });
    } catch (e) {
      setNotice({ intent: "error", message: "settings.saveFailed", params: { error: errorText(e) } });
    }
  }

  return (
    <div className={shared.stack}>
      <Body1>{t("settings.intro")}</Body1>
      {pane.loading && <Spinner size="tiny" label={t("settings.loading")} labelPosition="after" />}
      {pane.loadError && <NoticeBar notice={{ intent: "warning", message: "settings.loadFailed", params: { error: pane.loadError } }} />}
      <NoticeBar notice={notice} onDismiss={() => setNotice(undefined)} />

      <Field label={t("settings.profile")} hint={t("settings.profileBasis", { basis: base.basis })}>
        <Select className={shared.select} value={shownProfile} onChange={(_, d) => void save({ ...settings, profile: d.value, profileChosen: true })} disabled={pane.loading}>
          {Object.values(PROFILES).map((p) => (
            <option key={p.id} value={p.id}>
              {p.name[locale] ?? p.name["zh-CN"]}
            </option>
          ))}
        </Select>
      </Field>
      {!chosen && inferred && (
        <Caption1 className={shared.muted} role="status">
          {t("check.profileInferred", { name: base.name[locale === "en" ? "en" : "zh-CN"] })}
        </Caption1>
      )}

      <Field label={t("settings.framework")} hint={t("settings.frameworkHint")}>
        <RadioGroup value={frameworkOf(settings)} onChange={(_, d) => setFramework(d.value as Framework)} disabled={pane.loading}>
          <Radio value="profile" label={t("settings.framework.profile", { frameworks: frameworksText(base.frameworks) })} />
          <Radio value="88" label={t("settings.framework.88")} />
          <Radio value="101" label={t("settings.framework.101")} />
          <Radio value="both" label={t("settings.framework.both")} />
        </RadioGroup>
      </Field>

      <Field
        label={t("settings.tolerance")}
        hint={t("settings.toleranceHint", { value: base.moneyTolerancePerAddend })}
        validationState={toleranceError ? "error" : "none"}
        validationMessage={toleranceError ? t("settings.toleranceInvalid") : undefined}
      >
        <Input
          type="number"
          inputMode="decimal"
          min={0}
          max={100}
          step={0.01}
          value={tolerance}
          placeholder={String(base.moneyTolerancePerAddend)}
          disabled={pane.loading}
          onChange={(_, d) => setDraft(d.value)}
          onBlur={commitTolerance}
          onKeyDown={(e) => {
            if (e.key === "Enter") commitTolerance();
          }}
        />
      </Field>

      <Field label={t("settings.monitorMonth")} hint={t("settings.monitorMonthHint")}>
        <Select className={shared.select} value={settings.monitorMonth === undefined ? "" : String(settings.monitorMonth)} onChange={(_, d) => setMonth(d.value)} disabled={pane.loading}>
          <option value="">{t("settings.monitorMonth.auto")}</option>
          {Array.from({ length: 12 }, (_, i) => (
            <option key={i + 1} value={String(i + 1)}>
              {t("settings.monitorMonth.month", { month: i + 1 })}
            </option>
          ))}
        </Select>
      </Field>

      <Field label={t("settings.language")} hint={t("settings.languageHint")}>
        <RadioGroup value={locale} onChange={(_, d) => changeLocale(d.value as Locale)}>
          {LOCALES.map((l) => (
            <Radio key={l} value={l} label={LOCALE_NAMES[l]} lang={l} />
          ))}
        </RadioGroup>
      </Field>

      <section className={shared.section} aria-labelledby={ids.ignored}>
        <Subtitle2 as="h2" id={ids.ignored} className={shared.heading}>
          {t("settings.ignored")}
        </Subtitle2>
        {pane.ignored.length === 0 ? (
          <Caption1 className={shared.muted}>{t("settings.ignoredNone")}</Caption1>
        ) : (
          <ul className={shared.list}>
            {pane.ignored.map((rule) => (
              <li key={rule} className={styles.ignored}>
                <div className={styles.ignoredText}>
                  <Body1>{rule}</Body1>
                  <Caption1 className={shared.mutedWrap}>{ruleDescription(rule)}</Caption1>
                </div>
                <Button size="small" aria-label={t("settings.unignoreLabel", { rule })} onClick={() => void unignore(rule)}>
                  {t("settings.unignore")}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
