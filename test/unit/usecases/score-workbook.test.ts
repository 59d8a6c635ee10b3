/**
 * scoreWorkbook: which cells get which formula, what each should show (the engine's numbers,
 * worked out by hand on generated cases), what is left to the clerk, and the seeds.
 * The formulas are evaluated here by the small Excel-semantics evaluator; test/calc has a real
 * spreadsheet (LibreOffice) compute them.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { MemoryHost } from "../../../src/hosts/memory";
import { getProfile } from "../../../src/rules/profiles";
import { roundTo } from "../../../src/scoring";
import { compactRefs, formulaReading, scoreWorkbook, type ScoredCell, type ScoredForm } from "../../../src/usecases/score-workbook";
import { caseGrid, LINEAR_CASES, NATIONAL_CASES, type CaseForm } from "../../calc/cases";
import { evaluateFormula, type Cells } from "../scoring/formula-eval";

const national = getProfile("national")!;
const hebei = getProfile("hebei")!;

function seed(n: string): Uint8Array {
  return new Uint8Array(readFileSync(join(__dirname, "../../fixtures/seeds", `${n}.xlsx`)));
}

/** The cell values of a sheet, for the evaluator (numbers stay numbers, everything else its text). */
async function cellsOf(host: MemoryHost, sheet: string): Promise<Cells> {
  const grid = await host.readSheet(sheet);
  const out: Cells = {};
  for (let r = 0; r < grid.rowCount; r++) {
    for (let c = 0; c < grid.colCount; c++) {
      const cell = grid.cell(r, c);
      if (!cell || cell.formula) continue;
      out[grid.ref(r, c)] = typeof cell.value === "number" ? cell.value : typeof cell.value === "string" ? cell.value : null;
    }
  }
  return out;
}

function cellAt(form: ScoredForm, ref: string): ScoredCell {
  const c = form.cells.find((x) => x.ref === ref);
  if (!c) throw new Error(`no written cell ${ref} in ${form.sheet}: ${form.cells.map((x) => x.ref).join(", ")}`);
  return c;
}

async function scoreCases(cases: CaseForm[], profile = national) {
  const host = MemoryHost.fromGrids(cases.map(caseGrid));
  const result = await scoreWorkbook(host, profile);
  return { host, result };
}

describe("formulaReading (what numberFromCell reads)", () => {
  it.each([
    [null, "人", { kind: "blank" }],
    ["", "人", { kind: "blank" }],
    [14, "人", { kind: "number", n: 14 }],
    [0.95, "%", { kind: "number", n: 95 }],
    ["14 人", "人", { kind: "number", n: 14 }],
    ["1,346 次", "次", { kind: "number", n: 1346 }],
    ["≥96%", "%", { kind: "number", n: 96 }],
    ["全部完成", "%", { kind: "error" }],
    ["约14人", "人", { kind: "unsure" }],
    ["１４人", "人", { kind: "unsure" }],
  ] as const)("%j with unit %j", (v, unit, expected) => {
    expect(formulaReading(v, unit)).toEqual(expected);
  });
});

describe("compactRefs", () => {
  it("groups consecutive rows of one column", () => {
    expect(compactRefs(["H7", "H13", "H14", "H15", "H17", "I18"])).toEqual(["H7", "H13:H15", "H17", "I18"]);
  });
});

describe("scoreWorkbook on generated cases (national profile)", () => {
  it("every indicator, 执行率, 总分 and 等级 as worked out by hand", async () => {
    const { result } = await scoreCases(NATIONAL_CASES);
    expect(result.forms.map((f) => f.sheet)).toEqual(NATIONAL_CASES.map((c) => c.sheet));
    for (const [k, c] of NATIONAL_CASES.entries()) {
      const form = result.forms[k]!;
      const first = 12;
      c.rows.forEach((row, i) => {
        if (row.expect === undefined) return;
        expect([c.sheet, row.level3, cellAt(form, `H${first + i}`).expected]).toEqual([c.sheet, row.level3, row.expect]);
      });
      expect([c.sheet, cellAt(form, "G8").expected]).toEqual([c.sheet, c.expectRate === "" ? "" : expect.closeTo(c.expectRate, 12)]);
      if (c.expectExecScore !== null) expect([c.sheet, cellAt(form, "H8").expected]).toEqual([c.sheet, c.expectExecScore]);
      const totalRow = first + c.rows.length;
      expect([c.sheet, cellAt(form, `G${totalRow}`).expected, cellAt(form, `H${totalRow}`).expected]).toEqual([c.sheet, c.expectTotal, c.expectGrade]);
      expect(form.total.computed).toBe(c.expectTotal);
    }
  });

  it("the formulas, evaluated on the sheet, give the expected values", async () => {
    const { host, result } = await scoreCases(NATIONAL_CASES);
    let compared = 0;
    for (const form of result.forms) {
      const cells = await cellsOf(host, form.sheet);
      // Evaluate in sheet order so the total sees the scores (the evaluator has no COUNT or &: those are LibreOffice's job).
      for (const c of form.cells) {
        if (c.formula === undefined) {
          cells[c.ref] = c.value ?? null;
          continue;
        }
        if (c.role === "total" || c.role === "grade") continue;
        const v = evaluateFormula(c.formula, cells);
        cells[c.ref] = typeof v === "number" || typeof v === "string" ? v : null;
        if (typeof c.expected === "number") expect([form.sheet, c.ref, v]).toEqual([form.sheet, c.ref, expect.closeTo(c.expected, 9)]);
        else expect([form.sheet, c.ref, v]).toEqual([form.sheet, c.ref, c.expected]);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(30);
  });

  it("the 总分 sums the score cells; without a 执行率得分 cell it carries the execution score itself", async () => {
    const { result } = await scoreCases(NATIONAL_CASES);
    const plain = result.forms.find((f) => f.sheet === "正向")!;
    expect(cellAt(plain, "G23").formula).toBe('=IF(COUNT(H8,H12:H22)=0,"",ROUND(SUM(H8,H12:H22),2))');
    expect(cellAt(plain, "H23").formula).toBe('="等级："&IF(G23="","",IF(ROUND(G23,2)>=90,"优",IF(ROUND(G23,2)>=80,"良",IF(ROUND(G23,2)>=60,"中","差"))))');
    const noCell = result.forms.find((f) => f.sheet === "无得分格")!;
    expect(cellAt(noCell, "G15").formula).toBe("=ROUND(SUM(IF(ISNUMBER(G8),ROUND(F8*MAX(0,MIN(G8,1)),2),0),H12:H14),2)");
  });

  it("the 执行率 stays blank until both amounts are filled; a zero budget gives no rate", async () => {
    const { result } = await scoreCases(NATIONAL_CASES);
    const rate = (sheet: string) => cellAt(result.forms.find((f) => f.sheet === sheet)!, "G8");
    expect(rate("正向").formula).toBe('=IF(E8="","",IFERROR(IF(D8=0,"",E8/D8),""))');
    expect(rate("零预算").expected).toBe("");
    expect(rate("未执行").expected).toBe("");
    expect(rate("超支").expected).toBeCloseTo(1.205, 12);
  });

  it("定性 scores are left as they are, with the band as an info note", async () => {
    const { host, result } = await scoreCases(NATIONAL_CASES);
    const form = result.forms.find((f) => f.sheet === "反向与等于")!;
    expect(form.cells.some((c) => c.ref === "H19")).toBe(false);
    const kept = form.kept.find((k) => k.ref === "H19")!;
    expect(kept).toMatchObject({ kind: "qualitative", outsideBand: { stated: 13, min: 9, max: 12, band: "partial" } });
    expect(kept.note).toContain("达成年度指标 12–15 分");
    expect(kept.note).toContain("应在“部分达成年度指标并具有一定效果”档（9 分至不足 12 分），现填 13 分");
    const ws = host.workbook.getWorksheet("反向与等于")!;
    expect(ws.getCell("H19").value).toBe(13);
    expect(JSON.stringify(ws.getCell("H19").note)).toContain("定性指标");
  });

  it("a 时效 score and several quantities in one value are written as numbers, with the reason", async () => {
    const { result } = await scoreCases(NATIONAL_CASES);
    const form = result.forms.find((f) => f.sheet === "正向")!;
    expect(cellAt(form, "H19")).toMatchObject({ value: 10, expected: 10, why: "deadline" });
    expect(cellAt(form, "H19").formula).toBeUndefined();
  });

  it("lists the cells whose value changes", async () => {
    const { result } = await scoreCases(NATIONAL_CASES);
    const form = result.forms.find((f) => f.sheet === "正向")!;
    expect(form.cells.filter((c) => c.changed).map((c) => `${c.ref} ${c.label}: ${c.before.text} → ${c.expected}`)).toEqual([
      "G8 执行率:  → 0.862",
      "H8 执行率得分:  → 8.62",
      "H13 得分（司勤人员）: 10 → 9.33",
      "H15 得分（培训人次）:  → 3.75",
      "H16 得分（设备完好率）:  → 4.72",
      "H17 得分（验收合格率）:  → 5",
      "H18 得分（维修及时率）:  → 0",
      "H21 得分（节能宣传覆盖率）: 15 → ",
      "G23 总分: 91 → 75.42",
      "H23 等级: 等级：优 → 等级：中",
    ]);
  });
});

describe("scoreWorkbook, 河北 profile (反向 by the linear method)", () => {
  it("scores a missed ceiling linearly, down to 0 at twice the ceiling", async () => {
    const { result } = await scoreCases(LINEAR_CASES, hebei);
    const [form] = result.forms;
    LINEAR_CASES[0]!.rows.forEach((row, i) => expect([row.level3, cellAt(form!, `H${12 + i}`).expected]).toEqual([row.level3, row.expect]));
    expect(cellAt(form!, "H12").formula).toMatch(/MAX\(0,G12\*\(1-\(/);
    expect(form!.total.computed).toBe(67.28);
  });

  it("the same sheet under the national profile scores by ratio", async () => {
    const { result } = await scoreCases(LINEAR_CASES, national);
    expect(cellAt(result.forms[0]!, "H12").expected).toBe(roundTo((20 * 450) / 480.21, 2));
  });
});

describe("scoreWorkbook on seed 003", () => {
  it("writes formulas into the five self-evaluations; stated against the rules", async () => {
    const host = await MemoryHost.open(seed("003"));
    const result = await scoreWorkbook(host, national);
    expect(result.forms.map((f) => `${f.kind} ${f.sheet} ${f.total.stated} → ${f.total.computed} ${f.total.statedGrade}→${f.total.computedGrade}`)).toEqual([
      "DS 部门整体自评表 92 → 97 优→优",
      "PS 物业管理及水电气经费 90 → 90 优→优",
      "PS 零星维修购置及各类合同经费 93 → 93 优→优",
      "PS 公车平台经费 92 → 91.33 优→优",
      "PS 工程改造项目及机关服务后勤保障工作经费等 90 → 90 优→优",
    ]);
    const bus = result.forms.find((f) => f.sheet === "公车平台经费")!;
    expect(bus.cells.filter((c) => c.changed).map((c) => `${c.ref} ${c.label} ${c.before.text} → ${c.expected} (${c.explanation})`)).toEqual([
      "H16 得分（公车平台司勤人员） 10 → 9.33 (14 ÷ 15 × 10 = 9.33)",
      "G24 总分 92 → 91.33 (执行率得分 10（表中没有执行率得分一格） + 产出指标 49.33 + 效益指标 22 + 满意度指标 10 = 91.33)",
    ]);
    const ws = host.workbook.getWorksheet("公车平台经费")!;
    expect(ws.getCell("H16").formula).toMatch(/^IF\(F16="","",IFERROR\(ROUND\(IF\(.*>=15,G16,G16\*MAX\(0,/);
    expect(ws.getCell("H24").formula).toBe('"等级: "&IF(G24="","",IF(ROUND(G24,2)>=90,"优",IF(ROUND(G24,2)>=80,"良",IF(ROUND(G24,2)>=60,"中","差"))))');
    expect(host.workbook.calcProperties.fullCalcOnLoad).toBe(true);
  });

  it("every written indicator score is the engine's score, rounded to two decimals", async () => {
    const host = await MemoryHost.open(seed("003"));
    const result = await scoreWorkbook(host, national);
    for (const f of result.forms) {
      for (const e of f.score.indicators) {
        const c = f.cells.find((x) => x.ref === e.indicator.score?.ref);
        if (!c) continue;
        expect([f.sheet, c.ref, c.expected]).toEqual([f.sheet, c.ref, e.computed === null ? "" : roundTo(e.computed, 2)]);
      }
    }
  });

  it("the text copy (003.txt, numbers stored as text) scores the same", async () => {
    const { openDocument } = await import("../../../src/usecases/open-document");
    const doc = await openDocument("003.txt", new Uint8Array(readFileSync(join(__dirname, "../../fixtures/seeds/003.txt"))));
    const result = await scoreWorkbook(doc.host, national);
    expect(result.forms.map((f) => f.total.computed)).toEqual([97, 90, 93, 91.33, 90]);
    // The 定性 scores the 总分 sums were numbers stored as text: written back as numbers.
    const ds = result.forms[0]!;
    expect(ds.retyped.length).toBeGreaterThan(0);
    expect(ds.cells.filter((c) => c.changed).map((c) => c.label)).toEqual(["总分"]);
  });

  it("notes: false leaves the sheets unmarked", async () => {
    const host = await MemoryHost.open(seed("003"));
    const result = await scoreWorkbook(host, national, { notes: false });
    expect(result.forms.every((f) => f.notes.length === 0)).toBe(true);
    expect(host.workbook.getWorksheet("部门整体自评表")!.getCell("H22").note).toBeUndefined();
  });
});
