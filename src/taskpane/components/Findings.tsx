/**
 * The check's result, form by form: what was read, then the findings grouped by rule, each with
 * its message and hint. Clicking a finding selects its first cell; the other cells it names have
 * their own small buttons. A rule can be ignored for this workbook from its group's header.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Caption1,
  Caption1Strong,
  Subtitle2,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { FORM_KIND_NAMES, type Form } from "../../forms/forms";
import { getLocale, t, type MessageKey } from "../../i18n";
import { ALL_RULES } from "../../rules/catalogue";
import type { Finding, FindingCell, Severity } from "../../rules/types";
import { FormDetails } from "./FormDetails";
import { useShared } from "./styles";

export const SEVERITY_LABEL: Record<Severity, MessageKey> = { error: "severity.error", warning: "severity.warning", info: "severity.info" };
export const SEVERITY_COLOUR: Record<Severity, "danger" | "warning" | "informative"> = { error: "danger", warning: "warning", info: "informative" };
const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

const DESCRIPTIONS = new Map(ALL_RULES.map((r) => [r.meta.id, r.meta.description]));

export function ruleDescription(rule: string): string {
  const d = DESCRIPTIONS.get(rule);
  return d ? (d[getLocale()] ?? d["zh-CN"]) : "";
}

export interface RuleGroup {
  rule: string;
  severity: Severity;
  findings: Finding[];
}

export interface FormGroup {
  key: string;
  /** The form read (undefined for findings about the workbook as a whole). */
  form?: Form;
  /** What the findings say about their form, when the form itself is not among those read. */
  summary?: Finding["form"];
  sheet: string;
  findings: Finding[];
  rules: RuleGroup[];
}

function formKey(sheet: string, range: string): string {
  return `${sheet}\u0000${range}`;
}

/** Every form read, in workbook order, with its findings grouped by rule (worst rule first). */
export function groupFindings(forms: readonly Form[], findings: readonly Finding[]): FormGroup[] {
  const groups = new Map<string, FormGroup>();
  for (const form of forms) {
    const key = formKey(form.sheet, form.range);
    if (!groups.has(key)) groups.set(key, { key, form, sheet: form.sheet, findings: [], rules: [] });
  }
  const workbook: FormGroup = { key: "", sheet: "", findings: [], rules: [] };
  for (const f of findings) {
    const key = f.form ? formKey(f.sheet, f.form.range) : "";
    let group = key === "" ? workbook : groups.get(key);
    if (!group) {
      group = { key, sheet: f.sheet, findings: [], rules: [], ...(f.form ? { summary: f.form } : {}) };
      groups.set(key, group);
    }
    group.findings.push(f);
  }
  const out = [...groups.values()];
  if (workbook.findings.length > 0) out.push(workbook);
  for (const g of out) {
    const byRule = new Map<string, RuleGroup>();
    for (const f of g.findings) {
      const r = byRule.get(f.rule) ?? { rule: f.rule, severity: f.severity, findings: [] };
      if (RANK[f.severity] > RANK[r.severity]) r.severity = f.severity;
      r.findings.push(f);
      byRule.set(f.rule, r);
    }
    g.rules = [...byRule.values()].sort((a, b) => RANK[b.severity] - RANK[a.severity]);
  }
  return out;
}

/** Where a finding's cell is: its own sheet when it names one (cross-form findings), else the finding's. */
export function cellTarget(finding: Finding, cell: FindingCell): { sheet: string; range: string } {
  return { sheet: cell.sheet ?? finding.sheet, range: cell.ref };
}

export function countOf(findings: readonly Finding[]): Record<Severity, number> {
  const c = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

const useStyles = makeStyles({
  formHead: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap", rowGap: tokens.spacingVerticalXXS },
  ruleHead: { display: "flex", alignItems: "flex-start", justifyContent: "space-between", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  ruleTitle: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, minWidth: 0, flex: "1 1 160px" },
  rule: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
  },
  ruleError: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  ruleWarning: { borderLeftColor: tokens.colorPaletteMarigoldBorder2 },
  ruleInfo: { borderLeftColor: tokens.colorPaletteBlueBorderActive },
  finding: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
  findingButton: {
    justifyContent: "flex-start",
    alignItems: "flex-start",
    textAlign: "left",
    fontWeight: tokens.fontWeightRegular,
    height: "auto",
    minWidth: 0,
    width: "100%",
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    whiteSpace: "normal",
    overflowWrap: "anywhere",
    columnGap: tokens.spacingHorizontalXS,
  },
  findingText: { display: "block", minWidth: 0, textAlign: "left" },
  findingPlain: { paddingLeft: tokens.spacingHorizontalXS, overflowWrap: "anywhere" },
  badge: { marginRight: tokens.spacingHorizontalXS, verticalAlign: "text-bottom", flexShrink: 0, whiteSpace: "nowrap" },
  cell: { minWidth: "auto", paddingLeft: tokens.spacingHorizontalS, paddingRight: tokens.spacingHorizontalS, fontWeight: tokens.fontWeightRegular },
  hint: { color: tokens.colorNeutralForeground3, paddingLeft: tokens.spacingHorizontalXS, overflowWrap: "anywhere" },
  cells: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, paddingLeft: tokens.spacingHorizontalXS },
  accordionHeader: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalS },
});

export interface FindingsProps {
  groups: readonly FormGroup[];
  onSelect(finding: Finding, cell: FindingCell): void;
  onIgnore(rule: string): void;
  /** Rule whose ignore is being saved (its button is disabled). */
  ignoring?: string;
  /**
   * Show each form's problems at once. A big workbook's result starts with the problems folded
   * (a list of forms with their counts): drawing hundreds of findings at once would hold the pane.
   */
  expanded: boolean;
}

export function FindingsList({ groups, onSelect, onIgnore, ignoring, expanded }: FindingsProps) {
  const shared = useShared();
  return (
    <ul className={shared.list} aria-label={t("check.forms")}>
      {groups.map((g) => (
        <FormCard key={g.key} group={g} onSelect={onSelect} onIgnore={onIgnore} ignoring={ignoring} expanded={expanded} />
      ))}
    </ul>
  );
}

function FormCard({ group, onSelect, onIgnore, ignoring, expanded }: { group: FormGroup } & Omit<FindingsProps, "groups">) {
  const styles = useStyles();
  const shared = useShared();
  const form = group.form;
  const locale = getLocale();
  const summary = group.summary;
  const title = form
    ? form.title?.value.trim() || FORM_KIND_NAMES[form.kind].zh
    : summary
      ? summary.title.trim() || FORM_KIND_NAMES[summary.kind].zh
      : t("check.workbookFindings");
  const kind = form?.kind ?? summary?.kind;
  const range = form?.range ?? summary?.range;
  const c = countOf(group.findings);
  return (
    <li className={shared.card}>
      <div className={shared.tight}>
        <div className={styles.formHead}>
          {kind && (
            <Badge appearance="tint" color="brand" title={locale === "en" ? FORM_KIND_NAMES[kind].en : FORM_KIND_NAMES[kind].zh}>
              {kind}
            </Badge>
          )}
          <Subtitle2 as="h3" className={shared.heading}>
            {title}
          </Subtitle2>
        </div>
        {kind && range && <Caption1 className={shared.muted}>{t("check.location", { sheet: group.sheet, range })}</Caption1>}
        <Caption1>
          {group.findings.length > 0
            ? t("check.formCounts", { error: c.error, warning: c.warning, info: c.info })
            : form?.missing?.length
              ? t("check.formPartial", { missing: form.missing.join("、") })
              : t("check.formNoProblems")}
        </Caption1>
      </div>
      <Accordion
        collapsible
        multiple
        className={styles.accordionHeader}
        defaultOpenItems={expanded && group.findings.length > 0 ? ["problems"] : []}
      >
        {group.findings.length > 0 && (
          <AccordionItem value="problems">
            <AccordionHeader size="small" button={{ "aria-label": t("check.problemsOf", { title, count: group.findings.length }) }}>
              {t("check.problemsHeader", { count: group.findings.length })}
            </AccordionHeader>
            <AccordionPanel className={styles.panel}>
              {group.rules.map((r) => (
                <RuleBlock key={r.rule} group={r} onSelect={onSelect} onIgnore={onIgnore} ignoring={ignoring} />
              ))}
            </AccordionPanel>
          </AccordionItem>
        )}
        {form && (
          <AccordionItem value="read">
            <AccordionHeader size="small" button={{ "aria-label": t("check.whatWasReadOf", { title }) }}>
              {t("check.whatWasRead")}
            </AccordionHeader>
            <AccordionPanel className={styles.panel}>
              <FormDetails form={form} />
            </AccordionPanel>
          </AccordionItem>
        )}
      </Accordion>
    </li>
  );
}

function RuleBlock({ group, onSelect, onIgnore, ignoring }: { group: RuleGroup } & Omit<FindingsProps, "groups" | "expanded">) {
  const styles = useStyles();
  const shared = useShared();
  const edge = group.severity === "error" ? styles.ruleError : group.severity === "warning" ? styles.ruleWarning : styles.ruleInfo;
  const description = ruleDescription(group.rule);
  return (
    <section className={mergeClasses(styles.rule, edge)} aria-label={`${group.rule} ${description}`}>
      <div className={styles.ruleHead}>
        <div className={styles.ruleTitle}>
          <Caption1Strong className={shared.wrap}>
            {group.rule}
            {description ? ` · ${description}` : ""}
          </Caption1Strong>
          <Caption1 className={shared.muted}>{t("check.ruleCount", { count: group.findings.length })}</Caption1>
        </div>
        <Button
          size="small"
          appearance="subtle"
          aria-label={t("check.ignoreRuleLabel", { rule: group.rule })}
          disabled={ignoring === group.rule}
          onClick={() => onIgnore(group.rule)}
        >
          {t("check.ignoreRule")}
        </Button>
      </div>
      <ul className={shared.list}>
        {group.findings.map((f, i) => (
          <FindingItem key={`${f.messageId}-${i}`} finding={f} onSelect={onSelect} />
        ))}
      </ul>
    </section>
  );
}

function FindingItem({ finding, onSelect }: { finding: Finding; onSelect: FindingsProps["onSelect"] }) {
  const styles = useStyles();
  const first = finding.cells[0];
  const badge = (
    <Badge size="small" appearance="tint" color={SEVERITY_COLOUR[finding.severity]} className={styles.badge}>
      {t(SEVERITY_LABEL[finding.severity])}
    </Badge>
  );
  const cellLabel = (c: FindingCell) =>
    c.sheet && c.sheet !== finding.sheet ? t("check.selectCellOn", { sheet: c.sheet, ref: c.ref }) : t("check.selectCell", { ref: c.ref });
  return (
    <li className={styles.finding}>
      {first ? (
        <Button
          appearance="subtle"
          className={styles.findingButton}
          onClick={() => onSelect(finding, first)}
          aria-label={t("check.findingLabel", {
            severity: t(SEVERITY_LABEL[finding.severity]),
            message: finding.message,
            ref: first.sheet && first.sheet !== finding.sheet ? `${first.sheet}!${first.ref}` : first.ref,
          })}
        >
          <span className={styles.findingText}>
            {badge}
            <Text size={300}>{finding.message}</Text>
          </span>
        </Button>
      ) : (
        <div className={styles.findingPlain}>
          {badge}
          <Text size={300}>{finding.message}</Text>
        </div>
      )}
      {finding.hint && <Caption1 className={styles.hint}>{finding.hint}</Caption1>}
      {finding.cells.length > 1 && (
        <div className={styles.cells}>
          {finding.cells.map((c, i) => (
            <Button
              key={`${c.sheet ?? ""}!${c.ref}-${i}`}
              size="small"
              appearance="outline"
              className={styles.cell}
              onClick={() => onSelect(finding, c)}
              aria-label={cellLabel(c)}
              title={c.text}
            >
              {c.sheet && c.sheet !== finding.sheet ? `${c.sheet}!${c.ref}` : c.ref}
            </Button>
          ))}
        </div>
      )}
    </li>
  );
}
