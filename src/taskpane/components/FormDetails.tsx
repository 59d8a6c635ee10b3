/**
 * "What was read": the typed form as the recogniser understood it — kind, title, range, header
 * fields, amounts and the indicators under their 一级 and 二级 headings with their 指标值 — so
 * the clerk can see that the pane read the form the way they meant it.
 */
import { Caption1, Caption1Strong, Text, makeStyles, tokens } from "@fluentui/react-components";
import {
  FINAL_ACCOUNTS_TABLES,
  hasIndicators,
  isSelfEvaluation,
  type Form,
  type PerformanceForm,
  type SpecialFundsSummaryForm,
  type FinalAccountsTableForm,
  type FinalAccountsNarrativeForm,
} from "../../forms/forms";
import type { Indicator } from "../../forms/indicator";
import type { MoneyColumn } from "../../forms/money";
import type { TracedNumber } from "../../forms/traced";
import { t, type MessageKey } from "../../i18n";
import { readFields } from "../../recognise/read-summary";
import { useShared } from "./styles";

const useStyles = makeStyles({
  block: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
  level1: { margin: `${tokens.spacingVerticalXS} 0 0`, padding: 0, listStyleType: "none" },
  level2: { margin: 0, paddingLeft: tokens.spacingHorizontalS, listStyleType: "none" },
  items: { margin: 0, paddingLeft: tokens.spacingHorizontalM, listStyleType: "disc" },
  item: { overflowWrap: "anywhere", paddingBottom: tokens.spacingVerticalXXS },
  target: { color: tokens.colorBrandForeground1, fontWeight: tokens.fontWeightSemibold },
  tag: {
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase100,
    marginRight: tokens.spacingHorizontalXS,
  },
});

/** Long lists are cut here in the pane (the sheet has them all). */
const MAX_ITEMS = 60;

const COLUMNS: Record<MoneyColumn, MessageKey> = {
  budget: "read.col.budget",
  initialBudget: "read.col.initialBudget",
  adjustedBudget: "read.col.adjustedBudget",
  executed: "read.col.executed",
};

function shown(n: TracedNumber | undefined): string {
  if (!n) return t("read.blank");
  const text = n.text.trim();
  if (text !== "") return text;
  return n.value === null ? t("read.blank") : String(n.value);
}

/** What was read of a form: its range, the essential parts not found, how its sheet was read (`notices`), every field with its cell. */
export function FormDetails({ form, notices = [] }: { form: Form; notices?: readonly string[] }) {
  const shared = useShared();
  return (
    <div className={shared.tight}>
      <Caption1>{t("read.range", { range: form.range })}</Caption1>
      {form.missing && form.missing.length > 0 && <Caption1Strong role="note">{t("read.missing", { missing: form.missing.join("、") })}</Caption1Strong>}
      {!form.missing?.length && <Caption1>{t("read.complete")}</Caption1>}
      {notices.map((n) => (
        <Caption1 key={n} role="note">
          {t("read.notice", { notice: n })}
        </Caption1>
      ))}
      <FieldList form={form} />
      {hasIndicators(form) && <PerformanceDetails form={form} />}
      {form.kind === "ST" && <SummaryDetails form={form} />}
      {form.kind === "JS" && <AccountsDetails form={form} />}
      {form.kind === "JN" && <NarrativeDetails form={form} />}
    </div>
  );
}

/** The header, money and goal fields as read: label, value and the cell each came from. */
function FieldList({ form }: { form: Form }) {
  const styles = useStyles();
  // Money, indicators and summary rows have their own lists below; the title is the card's heading.
  const fields = readFields(form).filter((f) => (f.part === "header" && f.label !== "标题") || f.part === "goals");
  if (fields.length === 0) return null;
  const listed = fields.slice(0, MAX_ITEMS);
  return (
    <div className={styles.block}>
      <Caption1Strong>{t("read.fields")}</Caption1Strong>
      <ul className={styles.items} aria-label={t("read.fields")}>
        {listed.map((f) => (
          <li key={`${f.label}-${f.ref}`} className={styles.item}>
            <Caption1>{t("read.field", { label: f.label, value: f.value === null || f.value === "" ? t("read.blank") : String(f.value), ref: f.ref })}</Caption1>
          </li>
        ))}
      </ul>
    </div>
  );
}

function HeaderLines({ form }: { form: Form }) {
  const h = "header" in form ? form.header : undefined;
  if (!h) return null;
  const lines: string[] = [];
  if (h.year) lines.push(t("read.year", { year: h.year.value }));
  if (h.unit?.value.trim()) lines.push(t("read.unit", { unit: h.unit.value.trim() }));
  if (h.project?.value.trim()) lines.push(t("read.project", { project: h.project.value.trim() }));
  if (h.moneyUnit) lines.push(t("read.moneyUnit", { unit: h.moneyUnit.value }));
  return (
    <>
      {lines.map((l) => (
        <Caption1 key={l}>{l}</Caption1>
      ))}
    </>
  );
}

function PerformanceDetails({ form }: { form: PerformanceForm }) {
  const styles = useStyles();
  const shared = useShared();
  return (
    <>
      <HeaderLines form={form} />
      {form.money.length > 0 && (
        <div className={styles.block}>
          <Caption1Strong>{t("read.money")}</Caption1Strong>
          <ul className={styles.items}>
            {form.money.map((m) => (
              <li key={m.label.ref} className={styles.item}>
                <Caption1>
                  {m.label.value.trim()}
                  {(Object.keys(m.amounts) as MoneyColumn[]).map((c) => (
                    <span key={c}>
                      {" · "}
                      {t("read.amount", { column: t(COLUMNS[c]), amount: shown(m.amounts[c]) })}
                    </span>
                  ))}
                </Caption1>
              </li>
            ))}
          </ul>
        </div>
      )}
      {isSelfEvaluation(form) && (form.execution.rate || form.execution.score) && (
        <Caption1>
          {t("read.execution", { rate: shown(form.execution.rate), weight: shown(form.execution.weight), score: shown(form.execution.score) })}
        </Caption1>
      )}
      {isSelfEvaluation(form) && (form.total.score || form.total.grade) && (
        <Caption1>{t("read.total", { score: shown(form.total.score), grade: form.total.grade?.value.trim() || t("read.blank") })}</Caption1>
      )}
      <div className={styles.block}>
        <Caption1Strong>{t("read.indicators", { count: form.indicators.length })}</Caption1Strong>
        {form.indicators.length === 0 ? (
          <Caption1 className={shared.muted}>{t("read.noIndicators")}</Caption1>
        ) : (
          <IndicatorTree indicators={form.indicators} selfEvaluation={isSelfEvaluation(form)} />
        )}
      </div>
    </>
  );
}

interface Group<T> {
  name: string;
  items: T[];
}

/** Runs of equal names, in order (a 一级 that comes back later is a new run, as on the form). */
function runs<T>(items: readonly T[], name: (item: T) => string): Group<T>[] {
  const out: Group<T>[] = [];
  for (const item of items) {
    const n = name(item).trim();
    const last = out[out.length - 1];
    if (last && last.name === n) last.items.push(item);
    else out.push({ name: n, items: [item] });
  }
  return out;
}

function IndicatorTree({ indicators, selfEvaluation }: { indicators: readonly Indicator[]; selfEvaluation: boolean }) {
  const styles = useStyles();
  const shared = useShared();
  const listed = indicators.slice(0, MAX_ITEMS);
  return (
    <>
      <ul className={styles.level1} aria-label={t("read.level1")}>
        {runs(listed, (i) => i.level1.value).map((g1, a) => (
          <li key={`${g1.name}-${a}`}>
            <Caption1Strong>
              <span className={styles.tag}>{t("read.level1")}</span>
              {g1.name || "—"}
            </Caption1Strong>
            <ul className={styles.level2} aria-label={t("read.level2")}>
              {runs(g1.items, (i) => i.level2.value).map((g2, b) => (
                <li key={`${g2.name}-${b}`}>
                  <Caption1>
                    <span className={styles.tag}>{t("read.level2")}</span>
                    {g2.name || "—"}
                  </Caption1>
                  <ul className={styles.items} aria-label={t("read.level3")}>
                    {g2.items.map((ind) => (
                      <li key={ind.row} className={styles.item}>
                        <Text size={200}>
                          {ind.level3.value.trim() || "—"}
                          {"："}
                          {ind.target && ind.target.text.trim() !== "" ? (
                            <span className={styles.target}>{ind.target.text.trim()}</span>
                          ) : (
                            <span className={shared.muted}>{t("read.noTarget")}</span>
                          )}
                        </Text>
                        {selfEvaluation && (
                          <Caption1 block className={shared.muted}>
                            {t("read.selfEvaluation", {
                              actual: ind.actual?.text.trim() || t("read.blank"),
                              weight: shown(ind.weight),
                              score: shown(ind.score),
                            })}
                          </Caption1>
                        )}
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {indicators.length > listed.length && <Caption1 className={shared.muted}>{t("read.more", { count: indicators.length - listed.length })}</Caption1>}
    </>
  );
}

function SummaryDetails({ form }: { form: SpecialFundsSummaryForm }) {
  const styles = useStyles();
  const shared = useShared();
  const listed = form.rows.slice(0, MAX_ITEMS);
  return (
    <>
      <HeaderLines form={form} />
      <Caption1Strong>{t("read.stRows", { count: form.rows.length })}</Caption1Strong>
      <ul className={styles.items}>
        {listed.map((r) => (
          <li key={r.row} className={styles.item}>
            <Caption1>{t("read.amount", { column: r.direction.value.trim() || "—", amount: shown(r.amount) })}</Caption1>
          </li>
        ))}
      </ul>
      {form.rows.length > listed.length && <Caption1 className={shared.muted}>{t("read.more", { count: form.rows.length - listed.length })}</Caption1>}
      {form.total && <Caption1>{t("read.stTotal", { amount: shown(form.total) })}</Caption1>}
    </>
  );
}

function AccountsDetails({ form }: { form: FinalAccountsTableForm }) {
  const columns = [...new Set(form.columns.map((c) => c.label.trim()).filter((l) => l !== ""))];
  return (
    <>
      <Caption1>{t("read.jsTable", { table: form.table, name: FINAL_ACCOUNTS_TABLES[form.table] })}</Caption1>
      <HeaderLines form={form} />
      {form.empty ? <Caption1>{t("read.jsEmpty")}</Caption1> : <Caption1>{t("read.jsLines", { count: form.lines.length })}</Caption1>}
      {columns.length > 0 && <Caption1>{t("read.jsColumns", { columns: columns.join("、") })}</Caption1>}
    </>
  );
}

function NarrativeDetails({ form }: { form: FinalAccountsNarrativeForm }) {
  const styles = useStyles();
  const shared = useShared();
  const headings = form.sections.filter((s) => s.heading.value.trim() !== "" && (s.level ?? 1) <= 1);
  const listed = headings.slice(0, 12);
  return (
    <>
      <Caption1>{t("read.jnSections", { count: form.sections.length })}</Caption1>
      <ul className={styles.items}>
        {listed.map((s) => (
          <li key={s.heading.ref} className={styles.item}>
            <Caption1>{s.heading.value.trim()}</Caption1>
          </li>
        ))}
      </ul>
      {headings.length > listed.length && <Caption1 className={shared.muted}>{t("read.more", { count: headings.length - listed.length })}</Caption1>}
    </>
  );
}
