/**
 * Filling templates: from typed JSON (checked, with Chinese messages naming the field), from a
 * recognised form (also last year's, carried over and flagged), from pasted text; and writing
 * safely — text never becomes a formula, numbers stay numbers, nothing outside the form moves.
 */
import { MemoryHost } from "../../../src/hosts/memory";
import { parseRange } from "../../../src/grid/address";
import { FORM_KIND_NAMES, type Form } from "../../../src/forms/forms";
import { checkForms } from "../../../src/rules/engine";
import {
  FillInputError,
  findTemplate,
  importText,
  insertFromForm,
  insertTemplate,
  parseFillInput,
  parseFillJson,
  planTemplate,
  rollForward,
  fillInputFromForm,
} from "../../../src/templates";
import { byValue, formsOnSheet, reopened, seedText, textForms } from "./helpers";
import { DS_HUNAN, DT_GANSU, DT_HUNAN, JS_05, PS_HUNAN, PT_HEBEI, ST_HUNAN } from "./examples";

async function fillAndRead(kind: Parameters<typeof findTemplate>[0], layout: string | undefined, data: unknown): Promise<{ form: Form; unplaced: string[] }> {
  const host = MemoryHost.empty();
  const r = await insertTemplate(host, findTemplate(kind, layout)!, { data });
  const forms = await formsOnSheet(await reopened(host), r.sheet);
  expect(forms).toHaveLength(1);
  return { form: forms[0]!, unplaced: r.unplaced };
}

describe("filling from typed data", () => {
  it("a 河北 project form: every field comes back from the sheet", async () => {
    const { form, unplaced } = await fillAndRead("PT", "hebei", PT_HEBEI);
    expect(unplaced).toEqual([]);
    expect(form.kind).toBe("PT");
    if (form.kind !== "PT") return;
    expect(form.layout).toBe("hebei");
    expect(form.title?.value).toBe("2025年本级公务用车购置绩效目标表");
    expect(form.header).toMatchObject({
      year: { value: 2025 },
      unit: { value: PT_HEBEI.unit },
      project: { value: PT_HEBEI.project },
      projectCode: { value: PT_HEBEI.projectCode },
      moneyUnit: { value: "万元" },
    });
    expect(form.money.map((m) => [m.key, m.amounts.budget?.value])).toEqual([
      ["total", 100],
      ["fiscal", 100],
      ["other", 0],
    ]);
    expect(form.goals.annual?.value).toBe(PT_HEBEI.goals!.annual);
    expect(form.goals.use?.value).toBe(PT_HEBEI.goals!.use);
    expect(form.spendingPlan.map((s) => [s.label, s.percent.value])).toEqual([
      ["3月底", 30],
      ["6月底", 50],
      ["10月底", 80],
      ["12月底", 100],
    ]);
    expect(form.indicators.map((i) => ({ level1: i.level1.value, level2: i.level2.value, level3: i.level3.value, description: i.description?.value, target: i.target?.text, basis: i.basis?.value }))).toEqual(
      PT_HEBEI.indicators,
    );
  });

  it.each([
    ["DT", "hunan-2021", DT_HUNAN],
    ["DT", "gansu-2024", DT_GANSU],
    ["ST", undefined, ST_HUNAN],
    ["PS", undefined, PS_HUNAN],
    ["DS", undefined, DS_HUNAN],
    ["JS", "05", JS_05],
  ] as const)("%s %s: what goes in comes out (the form's data, read back, fills the same sheet)", async (kind, layout, data) => {
    const { form, unplaced } = await fillAndRead(kind, layout, data);
    expect(unplaced).toEqual([]);
    expect(form.kind).toBe(kind);
    const back = fillInputFromForm(form)!;
    // Read back, the data is what was given: the template loses nothing, and adds only what it
    // prints by default — the title, 金额单位 万元, 序号 一、二, the profile's 执行率 分值 and the
    // 决算 block name "main".
    const given = structuredClone(data) as Record<string, unknown>;
    for (const k of ["title", "moneyUnit"]) if (!(k in given)) delete back[k];
    if (kind === "PS" && !("execution" in given)) expect(back.execution).toMatchObject({ weight: 10 });
    if (kind === "PS" && !("execution" in given)) delete back.execution;
    if (kind === "ST") given.rows = ST_HUNAN.rows!.map((r, i) => ({ seq: ["一", "二"][i], ...r }));
    if (kind === "JS") for (const l of back.lines as { section?: string }[]) if (l.section === "main") delete l.section;
    if (kind === "PS") {
      // Typed forms have no field for 支出方向名称（子项目）.
      delete given.subProject;
    }
    expect(normaliseInput(back)).toEqual(normaliseInput(given));
  });

  it("a clean form checks clean: no error-severity finding from the rules present", async () => {
    for (const [kind, layout, data] of [
      ["PT", "hebei", PT_HEBEI],
      ["PS", undefined, { ...PS_HUNAN, execution: { weight: 10, rate: 1, score: 10 }, indicators: PS_HUNAN.indicators!.map((i) => ({ ...i, score: i.weight })), total: { weight: 100, score: 100, grade: "优" } }],
    ] as const) {
      const { form } = await fillAndRead(kind, layout, data);
      const errors = checkForms([form]).filter((f) => f.severity === "error");
      expect({ kind, errors: errors.map((e) => `${e.rule} ${e.message}`) }).toEqual({ kind, errors: [] });
    }
  });

  it("options override the data's year and unit", async () => {
    const { form } = await (async () => {
      const host = MemoryHost.empty();
      const r = await insertTemplate(host, findTemplate("PT", "hebei")!, { data: PT_HEBEI, year: 2026, unit: "另一单位" });
      return { form: (await formsOnSheet(host, r.sheet))[0]! };
    })();
    expect(form.kind === "PT" && [form.header.year?.value, form.header.unit?.value]).toEqual([2026, "另一单位"]);
  });

  it("reports data the layout has no cell for, instead of dropping it silently", () => {
    const { unplaced } = planTemplate(findTemplate("DT", "gansu-2024")!, { data: { ...DT_GANSU, money: { ...DT_GANSU.money, total: 1637.51, governmentFund: 5 }, duties: "职责" } });
    expect(unplaced.sort()).toEqual(["duties", "money.governmentFund", "money.total"]);
  });
});

describe("bad fill data", () => {
  it.each([
    [{ indicators: [{ level1: "产出指标", level2: "数量指标", level3: 5 }] }, /“indicators\[0\]\.level3”应为文字，这里是数字/],
    [{ money: { total: "八十" } }, /“money\.total”应为数字，这里是文字/],
    [{ projct: "拼错的字段" }, /不认识的字段：“projct”/],
    [{ goals: { annual: "x", anual: "y" } }, /不认识的字段：“goals\.anual”/],
    [{ year: 21 }, /“year”不能小于 1949/],
    [{ spendingPlan: { "13": 100 } }, /“spendingPlan”/],
    [{ indicators: [{ level1: "产出指标", level3: "x" }] }, /“indicators\[0\]\.level2”缺失，应为文字/],
    [[1, 2], /“数据”|数据应为对象/],
  ])("%j → one Chinese sentence naming the field", (data, message) => {
    let error: unknown;
    try {
      parseFillInput("PT", data);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FillInputError);
    expect((error as Error).message).toMatch(/^项目支出绩效目标表的填报数据有误：/);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toMatch(/\n/);
  });

  it("says when JSON is not JSON, and when 决算 data belongs to another table", () => {
    expect(() => parseFillJson("PT", "{ project: ")).toThrow(/不是有效的 JSON/);
    expect(() => planTemplate(findTemplate("JS", "01")!, { data: JS_05 })).toThrow("填报数据是公开05表的，不能填入公开01表。");
  });

  it("counts the other problems in the message", () => {
    expect(() => parseFillInput("ST", { rows: [{ amount: "x" }], total: "y" })).toThrow(/（另有 2 处问题）$/);
  });
});

describe("safe writes", () => {
  const tricky = {
    ...PT_HEBEI,
    project: "=HYPERLINK(\"http://example.invalid\",\"点击\")",
    goals: { annual: "+86 10 12345678", use: "@SUM(A1:A3)" },
    indicators: [{ level1: "产出指标", level2: "数量指标", level3: "-1 表示不适用", target: "=1+1", description: "=A1", basis: "计划标准" }],
  };

  it("text that looks like a formula stays text (and is formatted as text); numbers stay numbers", async () => {
    const host = MemoryHost.empty();
    const r = await insertTemplate(host, findTemplate("PT", "hebei")!, { data: tricky });
    const again = await reopened(host);
    const ws = again.workbook.getWorksheet(r.sheet)!;
    const grid = await again.readSheet(r.sheet);
    const texts: string[] = [];
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.isMerged && cell.master !== cell) return; // a covered cell shows its master's value
        expect(cell.formula).toBeUndefined();
        const v = cell.value;
        if (typeof v === "string" && /^[=+\-@]/.test(v)) {
          texts.push(v);
          expect(cell.numFmt).toBe("@");
        }
      }),
    );
    expect(texts.sort()).toEqual(["+86 10 12345678", "-1 表示不适用", "=1+1", "=A1", "=HYPERLINK(\"http://example.invalid\",\"点击\")", "@SUM(A1:A3)"].sort());
    for (let row = 0; row < grid.rowCount; row++) for (let col = 0; col < grid.colCount; col++) expect(grid.cell(row, col)?.formula).toBeUndefined();
    const form = (await formsOnSheet(again, r.sheet))[0]!;
    expect(form.kind === "PT" && form.header.project?.value).toBe(tricky.project);
    // The amounts are numbers in the cells, not text.
    const money = form.kind === "PT" ? form.money.find((m) => m.key === "total")!.amounts.budget! : undefined;
    expect(typeof ws.getCell(money!.ref).value).toBe("number");
  });

  it("pasted text with formula-like cells is imported as text", async () => {
    const pasted = seedText("001").replace("≥9090%及以上", "=9090").replace("430-0502-JBN-GG1U", "-0502-JBN");
    const host = MemoryHost.empty();
    const report = await importText(host, pasted);
    const sheet = report.sheets[0]!.sheet;
    const ws = (await reopened(host)).workbook.getWorksheet(sheet)!;
    const found: string[] = [];
    ws.eachRow((row) =>
      row.eachCell((c) => {
        if (c.master === c && typeof c.value === "string" && /^[=-]/.test(c.value)) found.push(`${c.value}|${c.numFmt}`);
      }),
    );
    expect(found.sort()).toEqual(["-0502-JBN|@", "=9090|@"]);
  });

  it("touches nothing outside the form: other sheets, and cells beyond its range, stay as they were", async () => {
    const host = MemoryHost.empty();
    await host.write("Sheet1", "A1", [[{ value: "我的数据" }, { value: 42 }], [{ formula: "B1*2" }, { value: null }]]);
    await host.applyLayout("Sheet1", [{ op: "format", range: "A1:B2", format: { fill: "#FFFF00" } }]);
    const before = JSON.stringify(host.workbook.getWorksheet("Sheet1")!.model);
    const def = findTemplate("PS")!;
    const { plan } = planTemplate(def, { data: PS_HUNAN });
    const r = await insertTemplate(host, def, { data: PS_HUNAN });
    expect(JSON.stringify(host.workbook.getWorksheet("Sheet1")!.model)).toBe(before);
    const range = parseRange(r.range)!;
    const ws = host.workbook.getWorksheet(r.sheet)!;
    ws.eachRow((row) => row.eachCell((cell) => expect(Number(cell.row) <= range.bottom + 1 && Number(cell.col) <= range.right + 1).toBe(true)));
    for (const op of plan.ops) {
      if (op.op === "columnWidth" || op.op === "print" || op.op === "freeze") continue;
      const at = op.op === "rowHeight" ? { top: op.row - 1, bottom: op.row - 1, left: 0, right: 0 } : parseRange(op.range)!;
      expect({ op: op.op, inside: at.top >= range.top && at.bottom <= range.bottom && at.left >= range.left && at.right <= range.right }).toEqual({ op: op.op, inside: true });
    }
    expect(plan.writes.length).toBe(range.bottom + 1);
    expect(plan.writes.every((row) => row.length === range.right + 1)).toBe(true);
  });
});

describe("filling from a recognised form", () => {
  const pt = textForms("000").find((f) => f.kind === "PT")!;

  it("last year's form becomes this year's: year moved, amounts kept and flagged to confirm", async () => {
    const host = MemoryHost.empty();
    const r = (await insertFromForm(host, pt, { year: 2022 }))!;
    const again = await reopened(host);
    const form = (await formsOnSheet(again, r.sheet))[0]!;
    expect(form.kind).toBe("PT");
    if (form.kind !== "PT" || pt.kind !== "PT") return;
    expect(form.title?.value).toBe("2022年专项资金支出方向绩效目标表");
    expect(form.header.year?.value).toBe(2022);
    expect(form.header.period?.value).toBe("2022");
    expect(form.indicators.map((i) => i.target?.text)).toContain("2022年12月前");
    const total = form.money.find((m) => m.key === "total")!.amounts.budget!;
    expect(total.value).toBe(80);
    expect(r.toConfirm).toEqual([total.ref]);
    // The flag: a prompt on the cell, and an info mark with a note that can be cleared.
    const ws = again.workbook.getWorksheet(r.sheet)!;
    const dv = (ws as unknown as { dataValidations: { find(a: string): { promptTitle?: string; prompt?: string } | undefined } }).dataValidations.find(total.ref);
    expect(dv).toMatchObject({ promptTitle: "请确认金额", prompt: "沿用2021年表格的金额，请按2022年预算核实后修改。" });
    expect(ws.getCell(total.ref).note).toBeDefined();
    await again.clearHighlights(r.sheet);
    expect(ws.getCell(total.ref).note).toBeUndefined();
  });

  it("a self-evaluation carried over loses last year's results, keeps its targets and weights", () => {
    const ps = textForms("003").find((f) => f.kind === "PS")!;
    const next = rollForward(fillInputFromForm(ps)!, 2022) as typeof PS_HUNAN;
    expect(next.year).toBe(2022);
    expect(next.indicators!.every((i) => i.actual === undefined && i.score === undefined && i.deviation === undefined)).toBe(true);
    expect(next.indicators!.map((i) => i.weight)).toEqual((ps.kind === "PS" ? ps.indicators : []).map((i) => i.weight?.value));
    expect(next.execution).toEqual({ weight: 10 });
    expect(next.total).toEqual({ weight: 100 });
    expect(next.money!.total).toEqual({ initialBudget: 433.5, adjustedBudget: 480.21 });
    expect(next.goals).toEqual({ expected: expect.any(String) });
  });

  it("re-lays a form on the same template without flags when the year stays", async () => {
    const host = MemoryHost.empty();
    const r = (await insertFromForm(host, pt))!;
    expect(r.toConfirm).toEqual([]);
    expect(byValue((await formsOnSheet(host, r.sheet))[0]!)).toEqual(byValue(pt));
  });
});

describe("importing text", () => {
  it("turns every form of a pasted document into a sheet of its template", async () => {
    const host = MemoryHost.empty();
    const report = await importText(host, seedText("003"));
    expect(report.sheets.map((s) => s.template)).toEqual([
      "JS/01",
      "JS/02",
      "JS/03",
      "JS/04",
      "JS/05",
      "JS/06",
      "JS/07",
      "JS/08",
      "JS/09",
      "DS/hunan-2021",
      "PS/hunan-2021",
      "PS/hunan-2021",
      "PS/hunan-2021",
      "PS/hunan-2021",
    ]);
    expect(report.messages).toEqual([`“2021年度部门决算情况说明”（${FORM_KIND_NAMES.JN.zh}）没有模板，未生成工作表。`]);
    const sheets = (await host.listSheets()).map((s) => s.name);
    expect(sheets).toEqual(["Sheet1", ...report.sheets.map((s) => s.sheet)]);
    for (const s of report.sheets) expect((await formsOnSheet(host, s.sheet)).map((f) => f.kind)).toEqual([s.kind]);
  });

  it("says so when the text holds no form", async () => {
    const report = await importText(MemoryHost.empty(), "这是一段普通的文字。\n没有表格。");
    expect(report.sheets).toEqual([]);
    expect(report.messages[0]).toMatch(/未识别出/);
  });
});

/** Fill data compared as data: key order and absent/blank values do not matter. */
function normaliseInput(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(normaliseInput);
  if (v && typeof v === "object") {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) {
      const x = normaliseInput((v as Record<string, unknown>)[k]);
      if (x === undefined || x === null || x === "" || (typeof x === "object" && !Array.isArray(x) && Object.keys(x as object).length === 0)) continue;
      out[k] = x;
    }
    return out;
  }
  return v;
}
