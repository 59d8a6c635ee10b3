/**
 * The layout corpus (test/fixtures/layouts, built by `npm run layouts` from the labels and
 * structure of public templates of other provinces and systems): for each layout, every field of
 * its truth is read with the right value from the right cell, and checking the correctly filled
 * copy reports no error.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { FormSchema, hasIndicators, isSelfEvaluation, type Form } from "../../../src/forms/forms";
import type { Indicator } from "../../../src/forms/indicator";
import type { Grid } from "../../../src/grid/grid";
import { MemoryHost } from "../../../src/hosts/memory";
import type { Finding } from "../../../src/rules/types";
import { checkWorkbook } from "../../../src/usecases/check-workbook";
import type { LayoutTruth, TruthCell, TruthValue } from "../../fixtures/layouts/truth";
import { expectTracedToCells } from "./helpers";

const DIR = join(__dirname, "../../fixtures/layouts");
const IDS = readdirSync(DIR)
  .filter((f) => f.endsWith(".truth.json"))
  .map((f) => f.replace(/\.truth\.json$/, ""))
  .sort();

function truthOf(id: string): LayoutTruth {
  return JSON.parse(readFileSync(join(DIR, `${id}.truth.json`), "utf8")) as LayoutTruth;
}

interface Traced {
  value: unknown;
  ref: string;
  text: string;
}

/** The traced field as {value, ref}, for comparing with the truth's cell. */
function seen(field: unknown): { value: unknown; ref: string } | undefined {
  if (!field || typeof field !== "object") return undefined;
  const f = field as Traced;
  return { value: typeof f.value === "number" ? round(f.value) : f.value, ref: f.ref };
}

function want(cell: TruthCell<unknown>): { value: unknown; ref: string } {
  return { value: typeof cell.value === "number" ? round(cell.value) : cell.value, ref: cell.ref };
}

const round = (x: number): number => Math.round(x * 10000) / 10000;

function rowOf(ref: string): number {
  return Number(/\d+$/.exec(ref)?.[0] ?? NaN);
}

/** What a target or actual was read as, in the truth's terms. */
function parsedOf(v: unknown): unknown {
  const t = (v as { value?: Record<string, unknown> } | undefined)?.value;
  if (!t) return undefined;
  switch (t.kind) {
    case "quantitative":
      return { kind: "quantitative", comparator: t.comparator, number: round(t.number as number), unit: t.unit };
    case "deadline":
      return { kind: "deadline", comparator: t.comparator, year: t.year, month: t.month };
    default:
      return { kind: t.kind };
  }
}

function expectValue(path: string, got: unknown, truth: TruthValue, actual = false): void {
  expect({ path, ref: (got as Traced | undefined)?.ref }).toEqual({ path, ref: truth.ref });
  const parsed = parsedOf(got) as Record<string, unknown> | undefined;
  if (actual && truth.parsed.kind === "quantitative") {
    // An actual is compared by its number: the unit may come from the unit column or the cell.
    expect({ path, number: parsed?.number }).toEqual({ path, number: round(truth.parsed.number) });
  } else if (truth.parsed.kind !== "not-applicable") {
    const expected = truth.parsed.kind === "quantitative" ? { ...truth.parsed, number: round(truth.parsed.number) } : truth.parsed;
    expect({ path, parsed }).toEqual({ path, parsed: expected });
  }
  // A target split over columns is traced to every one of its cells.
  const all = JSON.stringify(got ?? null);
  for (const extra of [truth.comparatorRef, truth.unitRef]) if (extra) expect({ path, traces: all.includes(`"${extra}"`) }).toEqual({ path, traces: true });
}

describe.each(IDS)("layout %s", (id) => {
  const truth = truthOf(id);
  let form: Form | undefined;
  let forms: Form[] = [];
  let grid: Grid;
  let findings: Finding[] = [];

  beforeAll(async () => {
    const host = await MemoryHost.open(new Uint8Array(readFileSync(join(DIR, `${id}.xlsx`))));
    grid = await host.readSheet(truth.sheet);
    const result = await checkWorkbook(host);
    forms = result.forms;
    form = forms.find((f) => f.sheet === truth.sheet);
    findings = result.findings;
  });

  it("names its public sources and what it covers", () => {
    expect(truth.id).toBe(id);
    expect(truth.sources.length).toBeGreaterThan(0);
    expect(truth.covers.length).toBeGreaterThan(0);
  });

  it("is read as one form of the right kind, satisfying its schema, every field traced to its cell", () => {
    expect(forms.map((f) => f.kind)).toEqual([truth.kind]);
    expect(() => FormSchema.parse(form)).not.toThrow();
    expectTracedToCells(form!, grid);
  });

  it("reads the title, the year and every header field from their cells", () => {
    expect(seen(form?.title)).toEqual(want(truth.title));
    const header = (form && "header" in form ? form.header : {}) as Record<string, unknown>;
    for (const [key, cell] of Object.entries(truth.header)) {
      expect({ key, got: seen(header[key]) }).toEqual({ key, got: want(cell) });
    }
  });

  it("reads the goals", () => {
    const goals = (form && hasIndicators(form) ? form.goals : {}) as Record<string, unknown>;
    for (const [key, cell] of Object.entries(truth.goals)) expect({ key, got: seen(goals[key]) }).toEqual({ key, got: want(cell) });
  });

  it("reads every money line in its column", () => {
    const lines = form && hasIndicators(form) ? form.money : [];
    for (const m of truth.money) {
      const line = lines.find((l) => l.key === m.key && l.amounts[m.column] !== undefined);
      const key = `${m.key}.${m.column}`;
      expect({ key, got: seen(line?.amounts[m.column]) }).toEqual({ key, got: { value: round(m.value), ref: m.ref } });
    }
  });

  if (truth.execution || truth.total) {
    it("reads the 执行率 row and the 总分 row", () => {
      const f = form && isSelfEvaluation(form) ? form : undefined;
      for (const [key, cell] of Object.entries(truth.execution ?? {})) expect({ key, got: seen((f?.execution as Record<string, unknown> | undefined)?.[key]) }).toEqual({ key, got: want(cell) });
      for (const [key, cell] of Object.entries(truth.total ?? {})) expect({ key, got: seen((f?.total as Record<string, unknown> | undefined)?.[key]) }).toEqual({ key, got: want(cell) });
    });
  }

  it("reads every indicator row: 一级/二级/三级, target, weight, actual, score and their cells", () => {
    const read = form && hasIndicators(form) ? form.indicators : [];
    for (const t of truth.indicators.filter((i) => !i.notApplicable)) {
      const ind: Indicator | undefined = read.find((i) => i.level3.ref === t.level3.ref);
      const path = `${t.level3.ref} ${t.level3.value}`;
      expect({ path, found: ind !== undefined }).toEqual({ path, found: true });
      if (!ind) continue;
      expect({ path, l3: seen(ind.level3) }).toEqual({ path, l3: want(t.level3) });
      if (t.level1) expect({ path, l1: seen(ind.level1) }).toEqual({ path, l1: want(t.level1) });
      if (t.level2) expect({ path, l2: seen(ind.level2) }).toEqual({ path, l2: want(t.level2) });
      if (t.target) expectValue(`${path} target`, ind.target, t.target);
      if (t.actual) expectValue(`${path} actual`, ind.actual, t.actual, true);
      const fields = ind as unknown as Record<string, unknown>;
      for (const key of ["weight", "score", "deviation", "description", "scoring"] as const) {
        const cell = t[key];
        if (cell) expect({ path, key, got: seen(fields[key]) }).toEqual({ path, key, got: want(cell) });
      }
    }
  });

  it("takes a 不适用 row of a fixed-row template as not applicable: no finding on it", () => {
    const naRows = new Set(truth.indicators.filter((i) => i.notApplicable).map((i) => i.row));
    const onThem = findings.filter((f) => f.sheet === truth.sheet && f.cells.some((c) => !c.sheet && naRows.has(rowOf(c.ref))));
    expect(onThem.map((f) => `${f.rule} ${f.cells[0]?.ref}: ${f.message}`)).toEqual([]);
  });

  it("reports no error on the correctly filled copy", () => {
    const errors = findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => `${f.rule} ${f.cells[0]?.ref ?? ""}: ${f.message}`)).toEqual([]);
  });
});

it("the corpus holds at least 12 layouts with distinct sheets' worth of variation", () => {
  expect(IDS.length).toBeGreaterThanOrEqual(12);
  const covers = new Set(IDS.flatMap((id) => truthOf(id).covers));
  expect(covers.size).toBeGreaterThanOrEqual(IDS.length * 3);
});
