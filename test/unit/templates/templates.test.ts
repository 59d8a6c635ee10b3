/**
 * Every template, empty: it is a form like any other (the recogniser reads it, no special path),
 * it looks like the official form (title, merges, borders, fonts, widths, A4 landscape), it
 * offers the lists and prompts a clerk needs, and the self-evaluations score themselves with the
 * formulas of scoring/formulas.ts.
 */
import type ExcelJS from "exceljs";
import { z } from "zod";
import { MemoryHost } from "../../../src/hosts/memory";
import type { LayoutOp } from "../../../src/hosts/host";
import { FILL_INPUT_SCHEMAS, TEMPLATES, findTemplate, insertTemplate, layoutTemplate, planTemplate, templateId, type TemplateDefinition } from "../../../src/templates";
import type { Section } from "../../../src/templates/dsl";
import { BASIS, LEVEL2_101 } from "../../../src/templates/lists";
import { executionRateFormula, executionScoreFormula, indicatorScoreFormula } from "../../../src/scoring/formulas";
import { getProfile } from "../../../src/rules/profiles";
import { formsOnSheet, reopened } from "./helpers";
import { PS_HUNAN } from "./examples";

const EXPECTED_LAYOUT: Record<string, string> = {
  "DT/hunan-2021": "hunan-2021",
  "DT/gansu-2024": "gansu-2024",
  "ST/hunan-2021": "hunan-2021",
  "PT/hunan-2021": "hunan-2021",
  "PT/hebei": "hebei",
  "PT/gansu-2024": "gansu-2024",
  "DS/hunan-2021": "hunan-2021-selfeval",
  "PS/hunan-2021": "hunan-2021-selfeval",
  "MT/national": "national",
};

const ids = TEMPLATES.map((t) => [templateId(t), t] as const);

describe.each(ids)("template %s", (_id, def) => {
  let host: MemoryHost;
  let sheet: string;
  let ws: ExcelJS.Worksheet;

  beforeAll(async () => {
    const h = MemoryHost.empty();
    sheet = (await insertTemplate(h, def, { year: 2025, unit: "示例单位" })).sheet;
    host = await reopened(h);
    ws = host.workbook.getWorksheet(sheet)!;
  });

  it("is recognised as its kind and layout, with the year and the unit", async () => {
    const forms = await formsOnSheet(host, sheet);
    expect(forms).toHaveLength(1);
    const form = forms[0]!;
    expect(form.kind).toBe(def.kind);
    if (form.kind === "JS") expect({ table: form.table, layout: form.layout }).toEqual({ table: def.table, layout: "national-2021" });
    else expect(form.layout).toBe(EXPECTED_LAYOUT[templateId(def)]);
    expect(form.kind !== "JN" && form.header.year?.value).toBe(2025);
    expect(form.kind !== "JN" && form.header.unit?.value).toBe("示例单位");
    expect(form.kind !== "JN" && form.header.moneyUnit?.value).toBe("万元");
  });

  it("looks like the official form: titled, merged, bordered, in 宋体/黑体, A4 landscape", () => {
    const title = ws.getCell(1, 1);
    expect(title.font).toMatchObject({ name: "黑体", bold: true });
    expect(title.alignment).toMatchObject({ horizontal: "center" });
    expect(ws.model.merges).toContain(`A1:${String.fromCharCode(64 + def.columns.length)}1`);
    expect(ws.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1 });
    def.columns.forEach((w, c) => expect(ws.getColumn(c + 1).width).toBe(w));
    // The table: thin borders and 宋体 10 on every label cell.
    let labels = 0;
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.font?.bold && Number(cell.row) > 1 && cell.font.name === "宋体") {
          labels++;
          expect(cell.border).toMatchObject({ top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" } });
          expect(cell.font.size).toBe(10);
        }
      }),
    );
    expect(labels).toBeGreaterThan(3);
  });

  it("names only fields its kind's fill data has", () => {
    for (const path of fieldPaths(def)) expect({ path, known: hasPath(FILL_INPUT_SCHEMAS[def.kind], path) }).toEqual({ path, known: true });
  });
});

describe("lists and prompts", () => {
  const ops = (def: TemplateDefinition, data?: unknown): LayoutOp[] => planTemplate(def, { year: 2025, ...(data ? { data } : {}) }).plan.ops;
  const lists = (o: LayoutOp[]): string[][] => o.flatMap((op) => (op.op === "validationList" ? [[...op.items]] : []));

  it("河北 offers 一级 (with 效果指标), the older 二级 and 指标值确定依据", () => {
    const l = lists(ops(findTemplate("PT", "hebei")!));
    expect(l).toContainEqual(["产出指标", "成本指标", "效益指标", "效果指标", "满意度指标"]);
    expect(l.some((x) => x[0] === "数量指标" && x.includes("可持续影响指标") && x.includes("经济成本指标"))).toBe(true);
    expect(l).toContainEqual([...BASIS]);
  });

  it("甘肃 2024 offers the 101号 二级 first; 湖南 its short names", () => {
    expect(lists(ops(findTemplate("PT", "gansu-2024")!)).some((x) => x.slice(0, LEVEL2_101.length).join() === LEVEL2_101.join())).toBe(true);
    expect(lists(ops(findTemplate("PT", "hunan-2021")!)).some((x) => x[0] === "产出数量")).toBe(true);
  });

  it("prompts for the 指标值 and the 三级指标 of every indicator row", () => {
    const hints = ops(findTemplate("PT", "hebei")!).filter((o) => o.op === "inputHint");
    expect(hints.map((h) => (h.op === "inputHint" ? h.title : ""))).toEqual(expect.arrayContaining(["指标值", "三级指标", "绩效指标描述", "资金支出计划"]));
  });

  it("a self-evaluation offers the 定性 bands for qualitative rows and states them under the table", () => {
    const def = findTemplate("PS")!;
    const plan = planTemplate(def, { data: PS_HUNAN }).plan;
    const qualitative = plan.ops.find((o) => o.op === "validationList" && o.items.includes("部分达成年度指标并具有一定效果"));
    expect(qualitative).toMatchObject({ items: ["详细准确", "达成年度指标", "部分达成年度指标并具有一定效果", "未达成年度指标且效果较差"] });
    const actualOfRow2 = plan.refs.get("indicators[1].actual");
    expect(qualitative && qualitative.op === "validationList" ? qualitative.range : "").toBe(actualOfRow2);
    const notes = plan.cells.filter((c) => c.style === "note").map((c) => (c.write && "value" in c.write ? String(c.write.value) : ""));
    expect(notes.join("")).toMatch(/达成年度指标得分值的80%（含）—100%（含）；部分达成年度指标并具有一定效果得分值的60%（含）—80%/);
    const scoreHint = plan.ops.find((o) => o.op === "inputHint" && o.range === plan.refs.get("indicators[1].score"));
    expect(scoreHint).toMatchObject({ title: "得分（定性）", text: "分值 10 分：达成年度指标 8—10 分；部分达成年度指标并具有一定效果 6—8 分；未达成年度指标且效果较差 0—6 分。" });
  });
});

describe("target-form sums", () => {
  it("add up the money live, and stay blank until an amount is filled", () => {
    const { plan } = planTemplate(findTemplate("DT", "gansu-2024")!, { year: 2025 });
    const at = (p: string): string => plan.refs.get(p)!;
    const formula = (p: string): unknown => plan.cells.find((c) => c.path === p)?.write;
    expect(formula("money.basic")).toEqual({ formula: `=IF(COUNT(${at("money.personnel")},${at("money.publicUse")})=0,"",SUM(${at("money.personnel")},${at("money.publicUse")}))` });
    expect(formula("money.expenseTotal")).toEqual({ formula: `=IF(COUNT(${at("money.basic")},${at("money.project")})=0,"",SUM(${at("money.basic")},${at("money.project")}))` });
    const st = planTemplate(findTemplate("ST")!, { data: { rows: [{ direction: "甲", amount: 1 }, { direction: "乙", amount: 2 }] } }).plan;
    const rows = `${st.refs.get("rows[0].amount")}:${st.refs.get("rows[2].amount")}`;
    expect(st.cells.find((c) => c.path === "total")?.write).toEqual({ formula: `=IF(COUNT(${rows})=0,"",SUM(${rows}))` });
  });
});

describe("self-evaluation formulas", () => {
  const def = findTemplate("PS")!;
  const plan = planTemplate(def, { data: PS_HUNAN }).plan;
  const at = (path: string): string => plan.refs.get(path)!;
  const formulaAt = (path: string): string | undefined => {
    const c = plan.cells.find((x) => x.path === path);
    return c?.write && "formula" in c.write ? c.write.formula : undefined;
  };

  it("computes 执行率 and its score with the scoring module's formulas", () => {
    expect(formulaAt("execution.rate")).toBe(executionRateFormula({ budget: at("money.total.adjustedBudget"), executed: at("money.total.executed") }));
    expect(formulaAt("execution.score")).toBe(executionScoreFormula({ weight: at("execution.weight"), rate: at("execution.rate") }));
  });

  it("scores quantitative indicators by direction; 定性 and 时效 are left to the evaluator", () => {
    expect(formulaAt("indicators[0].score")).toBe(
      indicatorScoreFormula({ direction: "positive", target: 1000, actual: at("indicators[0].actual"), unit: "次", weight: at("indicators[0].weight") }),
    );
    expect(formulaAt("indicators[3].score")).toBe(
      indicatorScoreFormula({ direction: "negative", target: 119.48, actual: at("indicators[3].actual"), unit: "万元", weight: at("indicators[3].weight") }),
    );
    expect(formulaAt("indicators[1].score")).toBeUndefined();
    expect(formulaAt("indicators[2].score")).toBeUndefined();
  });

  it("sums 分值 and 得分 into 总分 and grades it; a stated value is kept instead of a formula", () => {
    const scores = `${at("indicators[0].score")}:${at("indicators[5].score")}`;
    expect(formulaAt("total.score")).toBe(`=IF(COUNT(${scores})=0,"",ROUND(SUM(${at("execution.score")},${scores}),2))`);
    expect(formulaAt("total.weight")).toBe(`=ROUND(SUM(${at("execution.weight")},${at("indicators[0].weight")}:${at("indicators[5].weight")}),2)`);
    expect(formulaAt("total.grade")).toMatch(/^="等级："&IF\(/);
    const stated = planTemplate(def, { data: { ...PS_HUNAN, total: { score: 93, grade: "优" } } }).plan;
    const cell = stated.cells.find((c) => c.path === "total.score");
    expect(cell?.write).toEqual({ value: 93 });
  });

  it("scores by the region profile: its 反向 variant, its grade bands, its weights", () => {
    const hebei = planTemplate(def, { data: PS_HUNAN, profile: getProfile("hebei")! }).plan;
    const cost = hebei.cells.find((c) => c.path === "indicators[3].score")!.write;
    expect(cost).toEqual({
      formula: indicatorScoreFormula({ direction: "negative", variant: "linear", target: 119.48, actual: hebei.refs.get("indicators[3].actual")!, unit: "万元", weight: hebei.refs.get("indicators[3].weight")! }),
    });
    const gansu = planTemplate(findTemplate("DS")!, { profile: getProfile("gansu")! });
    expect(gansu.model.weights).toEqual({ 产出指标: 40, 成本指标: 10, 效益指标: 30, 满意度指标: 10 });
    // Without a stated 分值 for 执行率, the profile's.
    expect(planTemplate(def, { data: { ...PS_HUNAN, execution: undefined } }).model.execution).toEqual({ weight: 10 });
    expect(planTemplate(def, { data: { ...PS_HUNAN, execution: { weight: null } } }).model.execution).toEqual({ weight: null });
  });

  it("the empty template starts from the default weights: 执行率 10, 产出 50, 效益 30, 满意度 10", () => {
    const empty = layoutTemplate(def, planTemplate(def).model, { blank: true });
    const texts = empty.cells.map((c) => (c.write && "value" in c.write ? c.write.value : null));
    expect(texts).toEqual(expect.arrayContaining(["产出指标 (50分)", "效益指标 (30分)", "满意度指标 (10分)", 10]));
  });
});

// ---------------------------------------------------------------------------------------------

/** Every field path a definition names, with repeated sections' item fields under "items[]". */
function fieldPaths(def: TemplateDefinition): string[] {
  const paths: string[] = [];
  const derived = (s: Section): boolean => s.type === "repeat" && def.prepare !== undefined && !hasPath(FILL_INPUT_SCHEMAS[def.kind], s.items);
  for (const s of def.body) {
    if (derived(s)) continue;
    if (s.type === "rows") {
      for (const r of s.rows) for (const c of r.cells) if (c.field) paths.push(c.field);
    } else {
      for (const r of [...(s.header ?? []), s.row]) for (const c of r.cells) if (c.field) paths.push(r === s.row ? (c.field === "." ? `${s.items}[]` : `${s.items}[].${c.field}`) : c.field);
    }
  }
  // Derived models (决算 rows paired by 行次) name fields of their own view.
  return def.prepare && def.kind === "JS" && def.table !== undefined && ["01", "04", "06", "07"].includes(def.table) ? [] : paths;
}

/** Does a zod schema accept a value at this path ("money.total", "indicators[].level3")? */
function hasPath(schema: z.ZodType, path: string): boolean {
  let cur: z.ZodType | undefined = schema;
  for (const part of path.split(/\.|(?=\[\])/)) {
    cur = unwrap(cur);
    if (!cur) return false;
    const def = (cur as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
    if (part === "[]") {
      if (def.type !== "array") return false;
      cur = def.element as z.ZodType;
    } else if (def.type === "object") {
      cur = (def.shape as Record<string, z.ZodType>)[part];
    } else if (def.type === "record") {
      const key = unwrap(def.keyType as z.ZodType);
      const kd = (key as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
      if (kd.type === "enum" && !Object.values(kd.entries as Record<string, string>).includes(part)) return false;
      cur = def.valueType as z.ZodType;
    } else return false;
  }
  return cur !== undefined;
}

function unwrap(s: z.ZodType | undefined): z.ZodType | undefined {
  let cur = s;
  for (;;) {
    const def = (cur as unknown as { _zod?: { def: Record<string, unknown> } } | undefined)?._zod?.def;
    if (!def || (def.type !== "optional" && def.type !== "nullable")) return cur;
    cur = def.innerType as z.ZodType;
  }
}

