/**
 * One root cause, one finding (issue 17): findings sharing a cell or a cause are merged, the most
 * specific shown and the others attached as related; errors come first. Checked on small cases
 * of mergeRelated and over the whole catalogue on the seeds (text and workbook); the property
 * tests (test/property/pipeline.ts) check the same invariants on generated and damaged forms.
 */
import { checkForms, mergeProblems, mergeRelated, suggestedReplacement } from "../../src/rules/engine";
import type { Finding, Severity } from "../../src/rules/types";
import { formsOfSeedText, SEEDS } from "../unit/recognise/helpers";

const finding = (rule: string, severity: Severity, ref: string, message = `${rule} at ${ref}`, cause?: string): Finding => ({
  rule,
  messageId: "m",
  severity,
  sheet: "表",
  cells: [{ ref, text: "" }],
  message,
  form: { kind: "PS", range: "A1:I24", title: "" },
  ...(cause ? { cause } : {}),
});

describe("mergeRelated", () => {
  it("shows the more severe of two findings on one cell and attaches the other", () => {
    const [f, ...rest] = mergeRelated([finding("VAL-02", "warning", "E20"), finding("MON-02", "error", "E20")]);
    expect(rest).toEqual([]);
    expect(f!.rule).toBe("MON-02");
    expect(f!.related?.map((r) => r.rule)).toEqual(["VAL-02"]);
  });

  it("at equal severity shows the more specific rule (a malformed value before a missing symbol)", () => {
    const [f] = mergeRelated([finding("VAL-02", "warning", "E9"), finding("VAL-01", "warning", "E9")]);
    expect([f!.rule, ...(f!.related ?? []).map((r) => r.rule)]).toEqual(["VAL-01", "VAL-02"]);
  });

  it("merges one cause across cells of one form, not across forms", () => {
    const a = finding("WGT-01", "error", "B13", "block", "weights");
    const b = finding("WGT-02", "error", "F24", "total", "weights");
    const c = finding("EVA-08", "error", "G24", "score", "weights");
    const other = { ...finding("WGT-02", "error", "F24", "total", "weights"), sheet: "另一表" };
    const out = mergeRelated([c, b, a, other]);
    expect(out.map((f) => `${f.sheet} ${f.rule} ${(f.related ?? []).map((r) => r.rule).join("+")}`)).toEqual(["表 WGT-01 WGT-02+EVA-08", "另一表 WGT-02 "]);
  });

  it("is idempotent: merging merged findings changes nothing", () => {
    const once = mergeRelated([finding("VAL-02", "warning", "E20"), finding("MON-02", "error", "E20"), finding("VAL-03", "warning", "E21")]);
    expect(mergeRelated(once)).toEqual(once);
  });

  it("leaves findings on different cells alone", () => {
    expect(mergeRelated([finding("VAL-02", "warning", "E20"), finding("VAL-02", "warning", "E21")])).toHaveLength(2);
  });

  it("finds the replacement a message offers", () => {
    expect(suggestedReplacement({ message: "E13 的指标值“50 次”没有比较符号。应写成“≥50次”。" })).toBe("≥50次");
    expect(suggestedReplacement({ message: "请核对 E20 的金额。" })).toBeUndefined();
  });

  it("mergeProblems names two shown findings on one cell and conflicting replacements", () => {
    const twice = [finding("VAL-02", "warning", "E20"), finding("VAL-03", "warning", "E20")];
    expect(mergeProblems(twice)).toHaveLength(1);
    const conflict: Finding = { ...finding("VAL-01", "warning", "E9", "应写成“≥98%”"), related: [{ ...finding("VAL-03", "warning", "E9", "请改为“≤98%”") }] };
    expect(mergeProblems([conflict])).toEqual(["表!E9: different replacements “≥98%” / “≤98%”"]);
  });
});

describe("the whole catalogue on the seeds", () => {
  const all = new Map<string, Finding[]>(SEEDS.map((n) => [n, checkForms(formsOfSeedText(n))]));

  it.each(SEEDS)("seed %s: one shown finding per cell, no conflicting replacements", (n) => {
    expect(mergeProblems(all.get(n)!)).toEqual([]);
  });

  it.each(SEEDS)("seed %s: errors first, then warnings, then infos", (n) => {
    const rank = { error: 0, warning: 1, info: 2 };
    const ranks = all.get(n)!.map((f) => rank[f.severity]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it("seed 003: the 产出 block's 55 of “(50分)” is one finding, with the 105-point total and the capped 总分 attached", () => {
    const weights = all.get("003")!.filter((f) => ["WGT-01", "WGT-02", "EVA-08"].includes(f.rule));
    expect(weights.map((f) => `${f.rule} ${f.cells[0]!.ref} ${(f.related ?? []).map((r) => `${r.rule} ${r.cells[0]!.ref}`).join(", ")}`)).toEqual([
      "WGT-01 B620 WGT-02 F631, EVA-08 G631",
    ]);
  });

  it("seed 003: a cost over the budget and its missing symbol on one cell are one finding, the money first", () => {
    const e = all.get("003")!.filter((f) => f.rule === "MON-02" && f.related?.some((r) => r.rule === "VAL-02"));
    expect(e.map((f) => `${f.severity} ${f.messageId} ${f.cells[0]!.ref}`)).toEqual(["error costExceedsBudget E685", "error costExceedsBudget D744", "warning costOverByRounding D714"]);
  });

  it("merging shows fewer findings than the rules raise, and loses none", () => {
    for (const n of SEEDS) {
      const raw = checkForms(formsOfSeedText(n), { merge: false });
      const shown = all.get(n)!;
      expect(shown.length + shown.reduce((a, f) => a + (f.related?.length ?? 0), 0)).toBe(raw.length);
    }
  });
});
