/**
 * The check's result, form by form (forms with errors first): what was read, then the findings
 * grouped by rule, each with its message (long ones folded after three lines) and hint. Clicking
 * a finding selects its first cell; the other cells it names have their own small buttons.
 * A finding that carries a fix offers "改为 …", a rule with several "全部改正（N 处）"; both show
 * the change before it is written. Ignoring asks where it applies, beside the button.
 */
import { useEffect, useRef, useState, type ReactNode } from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Caption1,
  Caption1Strong,
  Radio,
  RadioGroup,
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
import { sheetNotices } from "../../usecases/read-outcome";
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
  folded: { display: "-webkit-box", WebkitLineClamp: "3", WebkitBoxOrient: "vertical", overflow: "hidden" },
  current: { outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`, borderRadius: tokens.borderRadiusMedium },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, paddingLeft: tokens.spacingHorizontalXS, alignItems: "center" },
  findingPlain: { paddingLeft: tokens.spacingHorizontalXS, overflowWrap: "anywhere" },
  badge: { marginRight: tokens.spacingHorizontalXS, verticalAlign: "text-bottom", flexShrink: 0, whiteSpace: "nowrap" },
  cell: { minWidth: "auto", paddingLeft: tokens.spacingHorizontalS, paddingRight: tokens.spacingHorizontalS, fontWeight: tokens.fontWeightRegular },
  hint: { color: tokens.colorNeutralForeground3, paddingLeft: tokens.spacingHorizontalXS, overflowWrap: "anywhere" },
  cells: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, paddingLeft: tokens.spacingHorizontalXS },
  accordionHeader: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalS },
});

/** What a finding card can do besides selecting its cells; CheckTab carries them out. */
export interface FindingActions {
  onSelect(finding: Finding, cell: FindingCell): void;
  /** Show the fixes of these findings, to be written after 确认 (see `review`). */
  onFix(findings: readonly Finding[], key: string): void;
  /** The fix review open now, under the button whose key it carries. */
  review?: { key: string; node: ReactNode };
  /** Ignore a rule for one cell, one form or the workbook. */
  onIgnore(finding: Finding, scope: IgnoreScope): void;
  /** The last ignore, to say so and offer to take it back beside its button. */
  ignoredHere?: { key: string; scope: IgnoreScope; rule: string };
  onUnignore(): void;
  /** Rule whose ignore is being saved (its button is disabled). */
  ignoring?: string;
  /** The finding the 上一个/下一个 buttons stand on. */
  current?: Finding;
}

export type IgnoreScope = "cell" | "form" | "workbook";

export interface FindingsProps extends FindingActions {
  groups: readonly FormGroup[];
  /** How the workbook was read (merged areas resolved, …): each form's "读取到的内容" shows those naming its sheet. */
  notices?: readonly string[];
  /** Findings drawn open at first, form by form (the rest open on a click or as 下一个 reaches them). */
  openBudget?: number;
}

/** A finding's key for lists and for the review and ignore panels. */
export function findingKey(f: Finding): string {
  return `${f.rule}|${f.sheet}|${f.messageId}|${f.cells.map((c) => `${c.sheet ?? ""}!${c.ref}`).join(",")}`;
}

export function FindingsList({ groups, notices = [], openBudget = 60, ...actions }: FindingsProps) {
  const shared = useShared();
  const opens = startOpen(groups, openBudget);
  return (
    <ul className={shared.list} aria-label={t("check.forms")}>
      {groups.map((g, i) => (
        <FormCard key={g.key} group={g} notices={notices} startOpen={opens[i]!} {...actions} />
      ))}
    </ul>
  );
}

/** Which forms start with their problems open: the first ones, until `budget` findings are drawn. */
function startOpen(groups: readonly FormGroup[], budget: number): boolean[] {
  const out: boolean[] = [];
  let left = budget;
  for (const g of groups) {
    const open = g.findings.length > 0 && left > 0;
    if (open) left -= g.findings.length;
    out.push(open);
  }
  return out;
}

/** Findings listed per rule before "显示其余 N 处". */
const SHOWN_PER_RULE = 20;

function FormCard({ group, notices, startOpen, ...actions }: { group: FormGroup; notices: readonly string[]; startOpen: boolean } & FindingActions) {
  const styles = useStyles();
  const shared = useShared();
  const form = group.form;
  const locale = getLocale();
  const summary = group.summary;
  const kind = form?.kind ?? summary?.kind;
  const kindName = kind ? (locale === "en" ? FORM_KIND_NAMES[kind].en : FORM_KIND_NAMES[kind].zh) : "";
  const title = form
    ? form.title?.value.trim() || kindName
    : summary
      ? summary.title.trim() || kindName
      : t("check.workbookFindings");
  const range = form?.range ?? summary?.range;
  const c = countOf(group.findings);
  const [open, setOpen] = useState<string[]>(startOpen ? ["problems"] : []);
  // 上一个/下一个 reaching a finding of this form opens its problems (adjusting state while rendering, once per finding).
  const [reached, setReached] = useState<Finding>();
  if (actions.current !== undefined && actions.current !== reached && group.findings.includes(actions.current)) {
    setReached(actions.current);
    if (!open.includes("problems")) setOpen([...open, "problems"]);
  }
  return (
    <li className={shared.card}>
      <div className={shared.tight}>
        <div className={styles.formHead}>
          {kind && kindName !== title && (
            <Badge appearance="tint" color="brand">
              {kindName}
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
        openItems={open}
        onToggle={(_, d) => setOpen(d.openItems as string[])}
      >
        {group.findings.length > 0 && (
          <AccordionItem value="problems">
            <AccordionHeader size="small" button={{ "aria-label": t("check.problemsOf", { title, count: group.findings.length }) }}>
              {t("check.problemsHeader", { count: group.findings.length })}
            </AccordionHeader>
            <AccordionPanel className={styles.panel}>
              {open.includes("problems") && group.rules.map((r) => <RuleBlock key={r.rule} group={r} formKey={group.key} {...actions} />)}
            </AccordionPanel>
          </AccordionItem>
        )}
        {form && (
          <AccordionItem value="read">
            <AccordionHeader size="small" button={{ "aria-label": t("check.whatWasReadOf", { title }) }}>
              {t("check.whatWasRead")}
            </AccordionHeader>
            <AccordionPanel className={styles.panel}>
              {open.includes("read") && <FormDetails form={form} notices={sheetNotices(notices, form.sheet)} />}
            </AccordionPanel>
          </AccordionItem>
        )}
      </Accordion>
    </li>
  );
}

function RuleBlock({ group, formKey, ...actions }: { group: RuleGroup; formKey: string } & FindingActions) {
  const styles = useStyles();
  const shared = useShared();
  const [all, setAll] = useState(false);
  const edge = group.severity === "error" ? styles.ruleError : group.severity === "warning" ? styles.ruleWarning : styles.ruleInfo;
  const description = ruleDescription(group.rule);
  const fixable = group.findings.filter((f) => f.fix !== undefined);
  const key = `${formKey}|${group.rule}`;
  const currentAt = actions.current ? group.findings.indexOf(actions.current) : -1;
  const shown = all || currentAt >= SHOWN_PER_RULE ? group.findings : group.findings.slice(0, SHOWN_PER_RULE);
  return (
    <section className={mergeClasses(styles.rule, edge)} aria-label={`${group.rule} ${description}`}>
      <div className={styles.ruleHead}>
        <div className={styles.ruleTitle}>
          <Caption1Strong className={shared.wrap}>{description || group.rule}</Caption1Strong>
          <Caption1 className={shared.muted}>{t("check.ruleCount", { count: group.findings.length, rule: group.rule })}</Caption1>
        </div>
        {fixable.length > 1 && (
          <Button size="small" appearance="outline" onClick={() => actions.onFix(fixable, key)}>
            {t("check.fixAll", { count: fixable.length })}
          </Button>
        )}
      </div>
      {actions.review?.key === key && actions.review.node}
      <ul className={shared.list}>
        {shown.map((f) => (
          <FindingItem key={findingKey(f)} finding={f} {...actions} />
        ))}
      </ul>
      {shown.length < group.findings.length && (
        <Button size="small" appearance="subtle" onClick={() => setAll(true)}>
          {t("check.showRest", { count: group.findings.length - shown.length })}
        </Button>
      )}
    </section>
  );
}

/** Messages longer than this start folded to three lines. */
const FOLD_OVER = 60;

function FindingItem({ finding, ...actions }: { finding: Finding } & FindingActions) {
  const styles = useStyles();
  const shared = useShared();
  const [unfolded, setUnfolded] = useState(false);
  const [asking, setAsking] = useState(false);
  const [scope, setScope] = useState<IgnoreScope>("cell");
  const item = useRef<HTMLLIElement>(null);
  const isCurrent = actions.current === finding;
  useEffect(() => {
    if (isCurrent) item.current?.scrollIntoView?.({ block: "nearest" });
  }, [isCurrent]);
  const key = findingKey(finding);
  const first = finding.cells[0];
  const foldable = finding.message.length > FOLD_OVER;
  const badge = (
    <Badge size="small" appearance="tint" color={SEVERITY_COLOUR[finding.severity]} className={styles.badge}>
      {t(SEVERITY_LABEL[finding.severity])}
    </Badge>
  );
  const message = (
    <Text size={300} className={foldable && !unfolded ? styles.folded : undefined}>
      {finding.message}
    </Text>
  );
  const cellLabel = (c: FindingCell) =>
    c.sheet && c.sheet !== finding.sheet ? t("check.selectCellOn", { sheet: c.sheet, ref: c.ref }) : t("check.selectCell", { ref: c.ref });
  const ignored = actions.ignoredHere?.key === key ? actions.ignoredHere : undefined;
  return (
    <li ref={item} className={mergeClasses(styles.finding, isCurrent && styles.current)} aria-current={isCurrent ? "true" : undefined}>
      {first ? (
        <Button
          appearance="subtle"
          className={styles.findingButton}
          onClick={() => actions.onSelect(finding, first)}
          aria-label={t("check.findingLabel", {
            severity: t(SEVERITY_LABEL[finding.severity]),
            message: finding.message,
            ref: first.sheet && first.sheet !== finding.sheet ? `${first.sheet}!${first.ref}` : first.ref,
          })}
        >
          <span className={styles.findingText}>
            {badge}
            {message}
          </span>
        </Button>
      ) : (
        <div className={styles.findingPlain}>
          {badge}
          {message}
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
              onClick={() => actions.onSelect(finding, c)}
              aria-label={cellLabel(c)}
              title={c.text}
            >
              {c.sheet && c.sheet !== finding.sheet ? `${c.sheet}!${c.ref}` : c.ref}
            </Button>
          ))}
        </div>
      )}
      <div className={styles.actions}>
        {foldable && (
          <Button size="small" appearance="transparent" aria-expanded={unfolded} onClick={() => setUnfolded((u) => !u)}>
            {unfolded ? t("check.fold") : t("check.unfold")}
          </Button>
        )}
        {finding.fix && (
          <Button
            size="small"
            appearance="outline"
            aria-label={t("check.fixLabel", { ref: finding.fix.ref, value: String(finding.fix.value) })}
            onClick={() => actions.onFix([finding], key)}
          >
            {t("check.fix", { value: String(finding.fix.value) })}
          </Button>
        )}
        {!ignored && (
          <Button size="small" appearance="subtle" aria-expanded={asking} disabled={actions.ignoring === finding.rule} onClick={() => setAsking((a) => !a)}>
            {t("check.ignore")}
          </Button>
        )}
      </div>
      {actions.review?.key === key && actions.review.node}
      {asking && !ignored && (
        <div className={shared.card} role="group" aria-label={t("check.ignoreWhere", { rule: finding.rule })}>
          <RadioGroup value={scope} onChange={(_, d) => setScope(d.value as IgnoreScope)} aria-label={t("check.ignoreWhere", { rule: finding.rule })}>
            <Radio value="cell" label={t("check.ignore.cell", { ref: first?.ref ?? "" })} disabled={!first} />
            <Radio value="form" label={t("check.ignore.form")} disabled={!finding.form} />
            <Radio value="workbook" label={t("check.ignore.workbook")} />
          </RadioGroup>
          <div className={shared.row}>
            <Button
              size="small"
              appearance="primary"
              onClick={() => {
                setAsking(false);
                actions.onIgnore(finding, scope);
              }}
            >
              {t("check.ignoreConfirm")}
            </Button>
            <Button size="small" onClick={() => setAsking(false)}>
              {t("write.cancel")}
            </Button>
          </div>
        </div>
      )}
      {ignored && (
        <div className={styles.actions} role="status">
          <Caption1>{t(IGNORED_MESSAGE[ignored.scope], { rule: ignored.rule, ref: first?.ref ?? "" })}</Caption1>
          <Button size="small" appearance="outline" onClick={actions.onUnignore}>
            {t("check.unignore")}
          </Button>
        </div>
      )}
    </li>
  );
}

const IGNORED_MESSAGE = { cell: "check.ignored.cell", form: "check.ignored.form", workbook: "check.ignored.workbook" } as const;
