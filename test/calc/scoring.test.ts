/**
 * A real spreadsheet engine agrees with the scoring engine. Workbooks are scored (formulas
 * written, no cached values), saved, recalculated by LibreOffice headless in one conversion,
 * read back, and every formula cell must hold exactly the value `scoreWorkbook` expects for it
 * (the scoring engine's number, rounded as the formula rounds): seed 003's five
 * self-evaluations, generated cases reaching every branch (test/calc/cases.ts), and the
 * 自评表 generated from seeds 000 and 002 and filled in — which, recalculated by LibreOffice,
 * must also pass `jixiao check` without error.
 *
 * Run by `npm run test:calc`, not by `npm test`. Without LibreOffice the suite fails, naming the
 * package to install.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { MemoryHost } from "../../src/hosts/memory";
import { getProfile } from "../../src/rules/profiles";
import type { RegionProfile } from "../../src/rules/profiles/profile";
import type { Finding } from "../../src/rules/types";
import { checkWorkbook, type CheckWorkbookResult } from "../../src/usecases/check-workbook";
import { generateSelfEvaluation, type GeneratedSelfEvaluation } from "../../src/usecases/generate-self-evaluation";
import { scoreWorkbook, type ScoredCell, type ScoreWorkbookResult } from "../../src/usecases/score-workbook";
import { roundTo } from "../../src/scoring";
import { caseGrid, fillAsMet, LINEAR_CASES, NATIONAL_CASES, randomCases, type CaseForm } from "./cases";
import { recalculate, requireSoffice } from "./libreoffice";
import { main, nodeContext } from "../../src/cli/main";

const soffice = requireSoffice();

const national = getProfile("national")!;
const hebei = getProfile("hebei")!;
const FIX = join(__dirname, "../fixtures/seeds");

interface Book {
  name: string;
  host: MemoryHost;
  scored: ScoreWorkbookResult;
  generated?: GeneratedSelfEvaluation[];
  /** The targets' own check, to tell errors carried over from the approved targets. */
  sourceCheck?: CheckWorkbookResult;
  /** After LibreOffice: the workbook as exceljs reads it (cached values), and as a host. */
  recalculated?: ExcelJS.Workbook;
  reopened?: MemoryHost;
}

async function scored(name: string, host: MemoryHost, profile: RegionProfile): Promise<Book> {
  return { name, host, scored: await scoreWorkbook(host, profile) };
}

async function casesBook(name: string, cases: CaseForm[], profile: RegionProfile): Promise<Book> {
  return scored(name, MemoryHost.fromGrids(cases.map(caseGrid)), profile);
}

/** Generated from a target workbook, filled in as met, scored again (as the clerk presses 评分). */
async function selfEvaluationBook(seed: string): Promise<Book> {
  const source = await MemoryHost.open(new Uint8Array(readFileSync(join(FIX, `${seed}.xlsx`))));
  const sourceCheck = await checkWorkbook(source, { profile: national });
  const host = MemoryHost.empty();
  const generated = await generateSelfEvaluation(host, sourceCheck.forms, national);
  await fillAsMet(host, generated.map((g) => g.sheet));
  const book = await scored(`selfeval-${seed}`, host, national);
  return { ...book, generated, sourceCheck };
}

/**
 * What LibreOffice left in a cell: a formula's cached result ("" for an empty one), or the value.
 * `cell.result`, not `cell.value.result`: exceljs's copy in `value` drops falsy results (0).
 */
function computed(wb: ExcelJS.Workbook, sheet: string, ref: string): unknown {
  const cell = wb.getWorksheet(sheet)?.getCell(ref);
  if (!cell) return undefined;
  if (cell.type === ExcelJS.ValueType.Formula) {
    const r = cell.result as unknown;
    return r === undefined || r === null ? "" : r;
  }
  return cell.value ?? "";
}

function agrees(cell: ScoredCell, value: unknown): boolean {
  if (typeof cell.expected === "number") return typeof value === "number" && Math.abs(value - cell.expected) <= 1e-9;
  return value === cell.expected;
}

describe("LibreOffice computes what the scoring engine computes", () => {
  const work = mkdtempSync(join(tmpdir(), "jixiao-calc-"));
  const books: Book[] = [];
  const byName = (name: string): Book => books.find((b) => b.name === name)!;
  let compared = 0;
  let plainValues = 0;

  beforeAll(async () => {
    books.push(
      await scored("seed-003", await MemoryHost.open(new Uint8Array(readFileSync(join(FIX, "003.xlsx")))), national),
      await casesBook("cases-national", NATIONAL_CASES, national),
      await casesBook("cases-linear", LINEAR_CASES, hebei),
      await casesBook("random-national", randomCases(20240601, 6, 30), national),
      await casesBook("random-linear", randomCases(20210101, 6, 30), hebei),
      await selfEvaluationBook("000"),
      await selfEvaluationBook("002"),
    );
    // A sentinel whose cached result is wrong: proves LibreOffice recalculates, not just fills blanks.
    const sentinel = byName("cases-national").host.workbook.addWorksheet("sentinel");
    sentinel.getCell("A1").value = { formula: "1+1", result: 5 } as ExcelJS.CellFormulaValue;
    sentinel.getCell("A2").value = { formula: "A1*3" };
    const inDir = join(work, "in");
    mkdirSync(inDir);
    const files: string[] = [];
    for (const b of books) {
      const file = join(inDir, `${b.name}.xlsx`);
      writeFileSync(file, await b.host.save());
      files.push(file);
    }
    // What `jixiao score --out` writes: the same formulas, with the engine's values cached.
    const cli = join(inDir, "cli-003.xlsx");
    const ctx = nodeContext();
    Object.assign(ctx, { out: () => undefined, err: () => undefined });
    expect(await main(["score", join(FIX, "003.xlsx"), "--out", cli], ctx)).toBe(0);
    books.push({ ...byName("seed-003"), name: "cli-003" });
    files.push(cli);
    const outputs = recalculate(soffice, files, join(work, "out"), work);
    for (const [i, b] of books.entries()) {
      const bytes = readFileSync(outputs[i]!);
      b.recalculated = new ExcelJS.Workbook();
      await b.recalculated.xlsx.load(bytes as unknown as ExcelJS.Buffer);
      b.reopened = await MemoryHost.open(new Uint8Array(bytes));
    }
  });

  afterAll(() => {
    rmSync(work, { recursive: true, force: true });
    if (compared > 0) console.log(`LibreOffice agreed with the scoring engine on ${compared} formula cells (and ${plainValues} cells written as plain values).`);
  });

  /** Every formula cell of a book: LibreOffice's value against the expected one. */
  function disagreements(b: Book): string[] {
    const out: string[] = [];
    for (const f of b.scored.forms) {
      for (const c of f.cells) {
        const value = computed(b.recalculated!, f.sheet, c.ref);
        if (c.formula !== undefined) compared++;
        else plainValues++;
        if (!agrees(c, value)) out.push(`${f.sheet}!${c.ref} ${c.label}: LibreOffice ${JSON.stringify(value)}, engine ${JSON.stringify(c.expected)} — ${c.formula ?? "(value)"}`);
      }
    }
    return out;
  }

  it("recalculates every formula on load (a wrong cached result is replaced)", () => {
    const wb = byName("cases-national").recalculated!;
    expect(computed(wb, "sentinel", "A1")).toBe(2);
    expect(computed(wb, "sentinel", "A2")).toBe(6);
  });

  it("seed 003: the five self-evaluations", () => {
    const b = byName("seed-003");
    expect(b.scored.forms).toHaveLength(5);
    expect(disagreements(b)).toEqual([]);
    expect(computed(b.recalculated!, "公车平台经费", "H16")).toBe(9.33);
    expect(computed(b.recalculated!, "公车平台经费", "G24")).toBe(91.33);
    expect(computed(b.recalculated!, "部门整体自评表", "G24")).toBe(97);
    expect(computed(b.recalculated!, "部门整体自评表", "H24")).toBe("等级：优");
  });

  it("the copy `jixiao score --out` writes (values cached) opens and recalculates to the same values", () => {
    expect(disagreements(byName("cli-003"))).toEqual([]);
  });

  it("generated cases, national profile: every branch, and the values worked out by hand", () => {
    const b = byName("cases-national");
    expect(disagreements(b)).toEqual([]);
    for (const c of NATIONAL_CASES) {
      const at = (ref: string) => computed(b.recalculated!, c.sheet, ref);
      c.rows.forEach((row, i) => {
        if (row.expect !== undefined) expect([c.sheet, row.level3, at(`H${12 + i}`)]).toEqual([c.sheet, row.level3, row.expect]);
      });
      expect([c.sheet, at("G8")]).toEqual([c.sheet, c.expectRate === "" ? "" : expect.closeTo(c.expectRate, 12)]);
      if (c.expectExecScore !== null) expect([c.sheet, at("H8")]).toEqual([c.sheet, c.expectExecScore]);
      const total = 12 + c.rows.length;
      expect([c.sheet, at(`G${total}`), at(`H${total}`)]).toEqual([c.sheet, c.expectTotal, c.expectGrade]);
    }
  });

  it("generated cases, 河北 profile: 反向 by the linear method", () => {
    const b = byName("cases-linear");
    expect(disagreements(b)).toEqual([]);
    const [c] = LINEAR_CASES;
    c!.rows.forEach((row, i) => expect([row.level3, computed(b.recalculated!, c!.sheet, `H${12 + i}`)]).toEqual([row.level3, row.expect]));
    expect(computed(b.recalculated!, c!.sheet, `G${12 + c!.rows.length}`)).toBe(c!.expectTotal);
  });

  it.each(["random-national", "random-linear"])("%s: 180 random indicators (symbols, units, targets 0, actuals as numbers, text, fractions, blanks, words)", (name) => {
    const b = byName(name);
    expect(b.scored.forms).toHaveLength(6);
    expect(disagreements(b)).toEqual([]);
    // The written values are the scoring engine's: each indicator's score, rounded.
    for (const f of b.scored.forms) {
      for (const e of f.score.indicators) {
        const c = f.cells.find((x) => x.ref === e.indicator.score?.ref);
        if (c?.formula !== undefined) expect([f.sheet, c.ref, c.expected]).toEqual([f.sheet, c.ref, e.computed === null ? "" : roundTo(e.computed, 2)]);
      }
    }
  });

  describe.each(["000", "002"])("自评表 generated from seed %s, filled in with every target met", (seed) => {
    it("every formula cell agrees; every 总分 is 100", () => {
      const b = byName(`selfeval-${seed}`);
      expect(disagreements(b)).toEqual([]);
      for (const f of b.scored.forms) {
        const total = f.cells.find((c) => c.role === "total");
        // seed 002's 部门整体自评表 is misread by the recogniser (see the unit test's known issue).
        if (seed === "002" && f.kind === "DS") continue;
        expect([f.sheet, total && computed(b.recalculated!, f.sheet, total.ref)]).toEqual([f.sheet, 100]);
      }
    });

    it("recalculated by LibreOffice, it is recognised and checked without error (beyond the targets' own)", async () => {
      const b = byName(`selfeval-${seed}`);
      const check = await checkWorkbook(b.reopened!, { profile: national });
      expect(check.forms.map((f) => f.kind)).toEqual(b.generated!.map((g) => g.kind));
      const carried = (f: Finding): boolean => {
        const g = b.generated!.find((x) => x.sheet === f.sheet);
        return b.sourceCheck!.findings.some((s) => s.severity === "error" && s.rule === f.rule && s.sheet === g?.source.sheet && s.cells[0]?.text === f.cells[0]?.text);
      };
      const knownIssue = (f: Finding) => seed === "002" && b.generated!.find((g) => g.sheet === f.sheet)?.kind === "DS";
      const errors = check.findings.filter((f) => f.severity === "error" && !carried(f) && !knownIssue(f)).map((f) => `${f.rule} ${f.sheet}!${f.cells[0]?.ref ?? ""} ${f.message}`);
      expect(errors).toEqual([]);
    });
  });
});
