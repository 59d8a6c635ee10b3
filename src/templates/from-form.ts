/**
 * A recognised form as fill data: every traced field reduced to its value (texts as the clerk
 * wrote them, numbers as numbers), ready for its template. Used to re-lay a pasted or imported
 * form onto the official template, and to carry last year's form into this year's: the year
 * changes, amounts are kept but flagged "to confirm", and a self-evaluation's results (actuals,
 * scores, grade) are cleared because they belong to last year.
 */
import type { DepartmentTargetForm, Form, MonitoringForm, PerformanceForm, ProjectTargetForm, SelfEvaluationForm } from "../forms/forms";
import type { Likelihood } from "../forms/monitoring";
import type { Indicator } from "../forms/indicator";
import type { TracedNumber, TracedText } from "../forms/traced";
import type { WorkbookHost } from "../hosts/host";
import type { Model, TemplateDefinition } from "./dsl";
import { insertTemplate, type TemplateOptions, type TemplateResult } from "./apply";
import { templateForForm } from "./registry";

const text = (t: TracedText | undefined): string | undefined => (t && t.value.trim() !== "" ? t.value : undefined);
const num = (n: TracedNumber | undefined): number | null | undefined => (n === undefined ? undefined : n.value);
/** The written text of a value cell (指标值, 实际完成值), as the clerk typed it. */
const written = (t: { text: string } | undefined): string | undefined => (t && t.text.trim() !== "" ? t.text : undefined);

function compact<T extends Model>(o: T): T {
  for (const k of Object.keys(o)) {
    const v = o[k];
    if (v === undefined || (typeof v === "object" && v !== null && !Array.isArray(v) && Object.keys(v).length === 0)) delete o[k];
  }
  return o;
}

function header(form: Form): Model {
  const h = form.header;
  return compact({
    title: text(form.title),
    year: h.year?.value,
    unit: text(h.unit),
    moneyUnit: h.moneyUnit?.value,
  });
}

function indicator(i: Indicator, selfEvaluation: boolean): Model {
  const out: Model = {
    level1: i.level1.value,
    level2: i.level2.value,
    level3: i.level3.value,
    description: text(i.description),
    target: written(i.target),
    basis: text(i.basis),
    remark: text(i.remark),
  };
  if (selfEvaluation) Object.assign(out, { actual: written(i.actual), weight: num(i.weight), score: num(i.score), deviation: text(i.deviation) });
  return compact(out);
}

function goals(form: PerformanceForm): Model {
  const g = form.goals;
  const items = g.items?.map((i) => i.value);
  // With a 目标1/目标2 list the annual goal is the list joined: the list is what the form holds.
  return compact({
    longTerm: text(g.longTerm),
    annual: items && items.length > 0 ? undefined : text(g.annual),
    items: items && items.length > 0 ? items : undefined,
    use: text(g.use),
    expected: text(g.expected),
    achieved: text(g.achieved),
  });
}

/**
 * A self-evaluation's goals are 预期目标 and 实际完成情况; a 年度总体目标 text read beside its label
 * (a second label row in PDF copies) is the expected goal.
 */
function selfEvaluationGoals(form: SelfEvaluationForm): Model {
  const g = form.goals;
  return compact({ expected: text(g.expected) ?? text(g.annual), achieved: text(g.achieved) });
}

function selfEvaluation(form: SelfEvaluationForm): Model {
  const money: Model = {};
  for (const line of form.money) {
    money[line.key] = compact({ initialBudget: num(line.amounts.initialBudget), adjustedBudget: num(line.amounts.adjustedBudget), executed: num(line.amounts.executed) });
  }
  const weights: Record<string, number> = {};
  for (const b of form.level1Blocks) if (b.statedWeight !== null) weights[b.name.value] = b.statedWeight;
  return compact({
    ...header(form),
    money,
    execution: compact({ weight: num(form.execution.weight), rate: num(form.execution.rate), score: num(form.execution.score) }),
    goals: selfEvaluationGoals(form),
    indicators: form.indicators.map((i) => indicator(i, true)),
    weights,
    total: compact({ weight: num(form.total.weight), score: num(form.total.score), grade: text(form.total.grade) }),
  });
}

/** The fill data of a recognised form (the input schema of its kind accepts it). */
export function fillInputFromForm(form: Form): Model | undefined {
  switch (form.kind) {
    case "DT":
    case "PT": {
      const money: Model = {};
      for (const line of form.money) money[line.key] = line.amounts.budget?.value ?? null;
      const base: Model = {
        ...header(form),
        money,
        goals: goals(form),
        indicators: form.indicators.map((i) => indicator(i, false)),
      };
      if (form.kind === "DT") {
        return compact({
          ...base,
          duties: text(form.duties),
          tasks: form.tasks.length > 0 ? form.tasks.map((t) => compact({ name: t.name.value, owner: text(t.owner), goal: text(t.goal) })) : undefined,
        });
      }
      const plan: Model = {};
      for (const s of form.spendingPlan) if (s.month !== null) plan[String(s.month)] = s.percent.value;
      const h = form.header;
      return compact({
        ...base,
        project: text(h.project),
        projectCode: text(h.projectCode),
        specialFund: text(h.specialFund),
        period: text(h.period),
        implementer: text(h.implementer),
        spendingPlan: plan,
      });
    }
    case "ST":
      return compact({
        ...header(form),
        rows: form.rows.map((r) =>
          compact({ seq: text(r.seq), direction: r.direction.value, amount: r.amount.value, longTermGoal: text(r.longTermGoal), annualGoal: text(r.annualGoal) }),
        ),
        total: num(form.total),
      });
    case "DS":
      return selfEvaluation(form);
    case "PS":
      return compact({
        ...selfEvaluation(form),
        project: text(form.header.project),
        period: text(form.header.period),
        investment: compact({ total: num(form.investment.total), fiscal: num(form.investment.fiscal) }),
      });
    case "JS":
      return compact({
        ...header(form),
        table: form.table,
        lines: form.lines.map((l) => {
          const amounts: Record<string, number | null> = {};
          for (const [k, v] of Object.entries(l.amounts)) amounts[k] = v.value;
          return { ...compact({ section: l.section, code: text(l.code), label: l.label.value, lineNo: l.lineNo ?? undefined }), amounts };
        }),
        note: text(form.note),
      });
    case "MT":
      return monitoring(form);
    case "JN":
      return undefined;
  }
}

const LIKELIHOOD_WORDS: Record<Likelihood, string> = { certain: "确定能", possible: "有可能", impossible: "完全不可能" };

function monitoring(form: MonitoringForm): Model {
  const funds: Model = {};
  for (const l of form.funds) funds[l.key] = compact({ budget: num(l.budget), executed: num(l.executed), expected: num(l.expected) });
  const h = form.header;
  return compact({
    ...header(form),
    project: text(h.project),
    projectCode: text(h.projectCode),
    implementer: text(h.implementer),
    month: form.month?.value,
    funds,
    goals: compact({ annual: text(form.goals.annual) }),
    indicators: form.indicators.map((i) =>
      compact({
        ...indicator(i, false),
        executed: written(i.executed),
        expected: written(i.expected),
        reason: text(i.reason),
        measures: text(i.measures),
        likelihood: i.likelihood ? LIKELIHOOD_WORDS[i.likelihood.value] : undefined,
      }),
    ),
  });
}

/** The money lines a monitoring form has rows for; other sources count into 其他资金. */
const MONITORED_LINES = new Set(["total", "fiscal", "carryover", "other"]);

/**
 * A 绩效运行监控表's fill data from an approved 目标表: the same project, goal and indicators
 * (三级 and 年度指标值 as written, rows marked 不适用 left out), 年初预算数 from the form's
 * budget; the monitoring columns (执行数, 执行情况, 预计完成, 偏差原因, 纠偏措施) stay empty.
 */
export function monitoringInputFromTargets(form: ProjectTargetForm | DepartmentTargetForm, month?: number): Model {
  const funds: Model = {};
  let otherSum: number | null = null;
  for (const line of form.money) {
    const v = line.amounts.budget?.value ?? null;
    if (MONITORED_LINES.has(line.key)) funds[line.key] = compact({ budget: v ?? undefined });
    else if (v !== null && line.key !== "basic" && line.key !== "project" && line.key !== "personnel" && line.key !== "publicUse" && line.key !== "basicTotal") otherSum = (otherSum ?? 0) + v;
  }
  if (otherSum !== null && !funds.other) funds.other = { budget: otherSum };
  const h = form.header;
  const annual = text(form.goals.annual) ?? (form.goals.items?.map((i) => i.value).join("\n") || undefined) ?? text(form.goals.longTerm);
  return compact({
    ...header(form),
    title: undefined,
    project: text(h.project) ?? (form.kind === "DT" ? text(h.unit) : undefined),
    projectCode: text(h.projectCode),
    implementer: text(h.implementer),
    month,
    funds,
    goals: compact({ annual }),
    indicators: form.indicators
      .filter((i) => !i.notApplicable && i.period !== "mid-term")
      .map((i) => compact({ level1: i.level1.value, level2: i.level2.value, level3: i.level3.value, target: written(i.target), remark: text(i.remark) })),
  });
}

/**
 * Last year's fill data as this year's: the year (and a title, a 实施期 naming it) moved to
 * `year`, deadlines in 指标值 moved with it; a self-evaluation loses last year's results.
 */
export function rollForward(input: Model, year: number): Model {
  const from = typeof input.year === "number" ? input.year : undefined;
  const out: Model = structuredClone(input);
  out.year = year;
  const move = (s: unknown): unknown => (typeof s === "string" && from !== undefined ? s.replace(new RegExp(`${from}(?=\\s*年)`, "g"), String(year)) : s);
  // A title naming last year names this year; one without a year gives way to the layout's,
  // which states the year where that layout does.
  if (typeof out.title === "string") {
    if (from !== undefined && out.title.includes(String(from))) out.title = move(out.title);
    else delete out.title;
  }
  if (typeof out.period === "string" && from !== undefined && new RegExp(`^\\s*${from}\\s*(年度?)?\\s*$`).test(out.period)) {
    out.period = out.period.replace(String(from), String(year));
  }
  if (Array.isArray(out.indicators)) {
    out.indicators = (out.indicators as Model[]).map((i) => {
      const next: Model = { ...i, target: move(i.target) };
      delete next.actual;
      delete next.score;
      delete next.deviation;
      return compact(next);
    });
  }
  if (out.execution && typeof out.execution === "object") {
    const e = out.execution as Model;
    delete e.rate;
    delete e.score;
  }
  if (out.total && typeof out.total === "object") {
    const t = out.total as Model;
    delete t.score;
    delete t.grade;
  }
  if (out.money && typeof out.money === "object") {
    for (const line of Object.values(out.money as Record<string, unknown>)) if (line && typeof line === "object") delete (line as Model).executed;
  }
  if (out.goals && typeof out.goals === "object") delete (out.goals as Model).achieved;
  return out;
}

export interface FormFillOptions {
  /** This year: carry the form over (see rollForward) and flag its amounts to confirm. */
  year?: number;
  /** Another template than the form's own layout. */
  template?: TemplateDefinition;
  sheetName?: string;
}

export interface FormFillResult extends TemplateResult {
  template: TemplateDefinition;
}

/** The template and fill options a recognised form goes in with; undefined when no template fits. */
export function fillFromForm(form: Form, options: FormFillOptions = {}): { template: TemplateDefinition; options: TemplateOptions } | undefined {
  const template = options.template ?? templateForForm(form);
  const input = fillInputFromForm(form);
  if (!template || !input) return undefined;
  const from = typeof input.year === "number" ? input.year : undefined;
  const carried = options.year !== undefined && options.year !== from;
  const data = carried ? rollForward(input, options.year!) : input;
  return {
    template,
    options: {
      data,
      ...(options.sheetName !== undefined ? { sheetName: options.sheetName } : {}),
      ...(carried ? { confirm: { note: `沿用${from !== undefined ? `${from}年` : "上年"}表格的金额，请按${options.year}年预算核实后修改。` } } : {}),
    },
  };
}

/** Insert a recognised form as a new sheet laid out on its template, filled with its data. */
export async function insertFromForm(host: WorkbookHost, form: Form, options: FormFillOptions = {}): Promise<FormFillResult | undefined> {
  const fill = fillFromForm(form, options);
  if (!fill) return undefined;
  const result = await insertTemplate(host, fill.template, fill.options);
  return { ...result, template: fill.template };
}
