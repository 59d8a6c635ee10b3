/**
 * The STR and VAL families over every form of the five seed documents: how many findings each
 * rule gives on each seed, which of them are errors, and a few specific ones. The numbers are
 * the measurements quoted in the rules' `meta.heuristic`; each finding here was read and judged
 * (see the rule files for the ones judged debatable). A change in a count means a rule (or the
 * recogniser, or src/scoring/direction.ts) changed behaviour on real forms: re-judge, then
 * update both this table and the heuristic text.
 */
import { checkForms } from "../../src/rules/engine";
import { getProfile } from "../../src/rules/profiles";
import { STR_RULES } from "../../src/rules/catalogue/str";
import { VAL_RULES } from "../../src/rules/catalogue/val";
import type { Finding } from "../../src/rules/types";
import { formsOfSeedText, SEEDS } from "../unit/recognise/helpers";

const RULES = [...STR_RULES, ...VAL_RULES];

const findingsCache = new Map<string, Finding[]>();
function findings(seed: string, locale: "zh-CN" | "en" = "zh-CN"): Finding[] {
  const key = `${seed}|${locale}`;
  if (!findingsCache.has(key)) findingsCache.set(key, checkForms(formsOfSeedText(seed), { rules: RULES, locale, merge: false })); // per rule, unmerged
  return findingsCache.get(key)!;
}

function countBy(fs: readonly Finding[], key: (f: Finding) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of fs) out[key(f)] = (out[key(f)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

const EXPECTED_COUNTS: Record<string, Record<string, number>> = {
  // STR-07: the 效益 rows seed 000 marks “无” (经济效益, 生态效益) do not apply and are not reported.
  "000": { "STR-07": 10 }, // STR-03 silent since issue 17: 000 follows 财预〔2013〕53号 (满意度 inside 效益, no 满意度 一级)
  "001": { "STR-04": 9, "STR-05": 5, "VAL-01": 27, "VAL-04": 1, "VAL-07": 5, "VAL-09": 4 /* 经费到位率 under 时效 (issue 17) */, "VAL-12": 9 },
  "002": { "STR-06": 2, "VAL-01": 5, "VAL-02": 19 /* three “12个月” periods no longer asked for ≥/≤; 100次/辆, 28000人/次, 7部 under 数量 are amounts to deliver (issue 17) */, "VAL-03": 4, "VAL-04": 6, "VAL-07": 17, "VAL-08": 3 /* 及时 for a 时效/数量 target (E70, E94, E194); 提高接待质量 under 社会效益 is a 定性 效益 target (issue 17) */, "VAL-09": 7 /* + money under 时效 (issue 17) */, "VAL-16": 1 /* 后勤服务满意度 under 经济成本指标 (issue 17) */ },
  "003": { "VAL-01": 1, "VAL-02": 6 /* the 50 次, 250 场次, 40 家 … under 数量 are amounts to deliver (issue 17) */ },
  "004": { "STR-05": 2, "STR-06": 1, "VAL-02": 1 /* three “365天” periods no longer asked for ≥/≤ (issue 17) */, "VAL-03": 2, "VAL-04": 6, "VAL-07": 1, "VAL-09": 7 /* + 资金支出情况 under 时效 (issue 17) */, "VAL-12": 6, "VAL-14": 3 /* 节支率, 节约率, 增值率 ≥95% (issue 17) */, "VAL-16": 2 /* 总成本费用 under 经济效益指标 (issue 17) */ },
};

/** The only errors: wrong numbers and structure a reviewer rejects. Everything else on the seeds is a warning. */
const EXPECTED_ERRORS: Record<string, Record<string, number>> = {
  "000": { "STR-07 missingValue": 10 },
  "001": { "VAL-01 doubledNumber": 27 },
  "002": {},
  "003": {},
  "004": {},
};

describe("STR and VAL over the seeds", () => {
  it.each(SEEDS)("seed %s: findings per rule", (seed) => {
    expect(countBy(findings(seed), (f) => f.rule)).toEqual(EXPECTED_COUNTS[seed]);
  });

  it.each(SEEDS)("seed %s: errors", (seed) => {
    const errors = findings(seed).filter((f) => f.severity === "error");
    expect(countBy(errors, (f) => `${f.rule} ${f.messageId}`)).toEqual(EXPECTED_ERRORS[seed]);
  });

  it.each(SEEDS)("seed %s: every finding points at cells and reads without placeholders in both languages", (seed) => {
    for (const f of [...findings(seed), ...findings(seed, "en")]) {
      expect(f.cells.length).toBeGreaterThan(0);
      expect(f.message).not.toMatch(/\{\w+\}/);
      expect(f.form).toBeDefined();
    }
  });

  it("001: all 27 “≥9090%及以上” / “≥8080%及以上” values are errors with the value meant", () => {
    const doubled = findings("001").filter((f) => f.rule === "VAL-01");
    expect(doubled).toHaveLength(27);
    expect(doubled.filter((f) => f.message.includes("“≥9090%及以上”数字重复，应为“≥90%”"))).toHaveLength(18);
    expect(doubled.filter((f) => f.message.includes("“≥8080%及以上”数字重复，应为“≥80%”"))).toHaveLength(9);
    expect(doubled[0]).toMatchObject({ severity: "error", cells: [{ ref: "E39", text: "≥9090%及以上" }], message: "E39 的指标值“≥9090%及以上”数字重复，应为“≥90%”。请改为规范写法。" });
  });

  it("002: the LaTeX values are warnings that give the plain value", () => {
    const latex = findings("002").filter((f) => f.rule === "VAL-01");
    expect(latex.map((f) => [f.severity, f.cells[0]?.ref, /应写成“(≥9\d%)”/.exec(f.message)?.[1]])).toEqual([
      ["warning", "E139", "≥95%"],
      ["warning", "E140", "≥98%"],
      ["warning", "E144", "≥98%"],
      ["warning", "E147", "≥98%"],
      ["warning", "D148", "≥98%"],
    ]);
  });

  it("000: the 满意度 rows under 效益指标 follow 财预〔2013〕53号 — silent where the profile accepts it, reported where it does not", () => {
    expect(findings("000").filter((f) => f.rule === "STR-03")).toEqual([]);
    const gansu = checkForms(formsOfSeedText("000"), { rules: RULES, profile: getProfile("gansu")!, merge: false }).filter((f) => f.rule === "STR-03" && f.cells[0]?.ref === "C24");
    expect(gansu.map((f) => `${f.severity} ${f.messageId}`)).toEqual(["warning notInProfile"]);
  });

  it("duplicates: 004's 采购计划落实 (same value), 002's 全年预计接待批次 and 加强业务培训 (different values)", () => {
    expect(findings("004").filter((f) => f.rule === "STR-06").map((f) => [f.messageId, f.cells[0]?.ref])).toEqual([["sameValue", "C89"]]);
    expect(findings("002").filter((f) => f.rule === "STR-06").map((f) => [f.messageId, /^三级指标“([^”]+)”在 (\S+) 出现了 (\d) 次/.exec(f.message)?.slice(1)])).toEqual([
      ["differentValues", ["加强业务培训", "E22、E23、C24", "3"]],
      ["differentValues", ["全年预计接待批次", "D115、D116", "2"]],
    ]);
  });

  it("001: coverage — each table lacks 数量 (8) or 质量/时效 (1)", () => {
    expect(countBy(findings("001").filter((f) => f.rule === "STR-04"), (f) => f.messageId)).toEqual({ missingQualityOrTimeliness: 1, missingQuantity: 8 });
  });

  it("VAL-12: 001's blank column and 004's copied names, one finding per table", () => {
    expect(countBy(findings("001").filter((f) => f.rule === "VAL-12"), (f) => f.messageId)).toEqual({ columnEmpty: 9 });
    const copies = findings("004").filter((f) => f.rule === "VAL-12");
    expect(copies.map((f) => [f.messageId, f.cells.length])).toEqual(Array.from({ length: 6 }, () => ["columnCopiesNames", 9]));
  });

  it("the satisfaction targets, deadlines, percentages and date cells of the seeds are all in order (VAL-05, 06, 10, 11, 13 silent)", () => {
    const quiet = new Set(["VAL-05", "VAL-06", "VAL-10", "VAL-11", "VAL-13", "STR-01", "STR-02"]);
    expect(SEEDS.flatMap((s) => findings(s)).filter((f) => quiet.has(f.rule))).toEqual([]);
  });
});
