/**
 * Table-driven rule tests, after ESLint's RuleTester: `valid` cases must stay silent, `invalid`
 * cases must produce exactly the findings listed (rule id, message id, severity, cells, and the
 * message text when given). Reading a rule's test tells you what the rule means.
 */
import type { Form } from "../../src/forms/forms";
import { checkForms } from "../../src/rules/engine";
import { getProfile } from "../../src/rules/profiles";
import type { Finding, Rule, Severity } from "../../src/rules/types";

export interface ExpectedFinding {
  messageId: string;
  severity?: Severity;
  /** A1 refs of the finding's cells, in order. */
  cells?: string[];
  /** Exact message or a pattern. */
  message?: string | RegExp;
}

export interface TestCase {
  name: string;
  forms: () => Form[];
  profile?: string;
  /** 运行监控 options (the month asked for, today's date). */
  options?: { month?: number; today?: Date };
}

export interface InvalidCase extends TestCase {
  findings: ExpectedFinding[];
}

function run(rule: Rule, c: TestCase): Finding[] {
  const profile = getProfile(c.profile ?? "national");
  if (!profile) throw new Error(`unknown profile ${c.profile}`);
  // A rule's own output, unmerged: merging findings across rules is the engine's, tested in test/unit/rules.
  return checkForms(c.forms(), { rules: [rule], profile, merge: false, ...c.options });
}

/**
 * Every table registered by ruleTester, by rule id. scripts/gen-rules-doc.ts loads the rule
 * tests and takes each rule's first invalid case as the broken example of docs/rules.md.
 */
export const RULE_TESTS = new Map<string, { rule: Rule; valid: TestCase[]; invalid: InvalidCase[] }>();

export function ruleTester(rule: Rule, cases: { valid: TestCase[]; invalid: InvalidCase[] }): void {
  RULE_TESTS.set(rule.meta.id, { rule, ...cases });
  describe(`${rule.meta.id}`, () => {
    it("has messages in Chinese and English for every message id", () => {
      for (const [id, m] of Object.entries(rule.meta.messages)) {
        expect({ id, zh: m["zh-CN"].length > 0, en: m.en.length > 0 }).toEqual({ id, zh: true, en: true });
        expect(m["zh-CN"]).toMatch(/[\u4e00-\u9fff]/);
      }
    });

    describe("valid", () => {
      for (const c of cases.valid) {
        it(c.name, () => {
          expect(run(rule, c).map((f) => `${f.messageId}: ${f.message}`)).toEqual([]);
        });
      }
    });

    describe("invalid", () => {
      for (const c of cases.invalid) {
        it(c.name, () => {
          const found = run(rule, c);
          expect(found.map((f) => f.messageId)).toEqual(c.findings.map((e) => e.messageId));
          c.findings.forEach((e, i) => {
            const f = found[i]!;
            expect(f.rule).toBe(rule.meta.id);
            expect(f.message).not.toMatch(/\{\w+\}/);
            if (e.severity) expect(f.severity).toBe(e.severity);
            if (e.cells) expect(f.cells.map((x) => x.ref)).toEqual(e.cells);
            if (typeof e.message === "string") expect(f.message).toBe(e.message);
            else if (e.message) expect(f.message).toMatch(e.message);
          });
        });
      }
    });
  });
}
