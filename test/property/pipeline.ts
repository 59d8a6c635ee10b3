/**
 * The whole engine on one or more grids — recognise, check with the whole catalogue, score every
 * self-evaluation — with everything the property tests require of it:
 *
 * - nothing throws (`runPipeline` lets an exception through, so fast-check shrinks it);
 * - every recognised form is a valid typed form (the zod schema) with a valid range;
 * - every message and finding is a readable sentence: no stack, no "undefined", no "{placeholder}"
 *   left unfilled, cells with valid addresses;
 * - one cell, one shown finding, and never two different replacements offered for one cell
 *   (mergeProblems, issue 17).
 *
 * What a reader or rule could not handle is *contained* by the engine (a reader's exception
 * becomes a message, a rule's an "internal" info finding); those are returned as `contained`
 * so the tests can say which part failed and on what input.
 */
import { parseRange } from "../../src/grid/address";
import type { Grid } from "../../src/grid/grid";
import { FormSchema, type Form } from "../../src/forms/forms";
import { recogniseGrid } from "../../src/recognise";
import { checkForms, mergeProblems } from "../../src/rules/engine";
import { DEFAULT_PROFILE, getProfile } from "../../src/rules/profiles";
import type { Finding } from "../../src/rules/types";
import { scoreSelfEvaluation } from "../../src/scoring";

export interface Contained {
  /** "reader": a form reader threw; "rule": a rule threw; "scoring": a score came out NaN or infinite. */
  part: "reader" | "rule" | "scoring";
  what: string;
}

export interface PipelineResult {
  forms: Form[];
  findings: Finding[];
  messages: string[];
  contained: Contained[];
}

/** Words that only a program's own failure puts into a sentence. */
const LEAK = /\bundefined\b|\bNaN\b|\[object Object\]|\bTypeError\b|\bRangeError\b|is not a function|Cannot read propert|\n\s+at /;

export function expectReadable(sentence: string, where: string): void {
  if (typeof sentence !== "string" || sentence.trim() === "") throw new Error(`${where}: empty message`);
  // What the clerk typed is quoted (“NaN” is a cell's text, not a failure): look outside quotes.
  const own = sentence.replace(/“[^”]*”/g, "“”");
  if (LEAK.test(own)) throw new Error(`${where}: message leaks a program error: ${sentence}`);
}

function nonFinite(value: unknown, path: string, out: string[]): void {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) out.push(path);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => nonFinite(v, `${path}[${i}]`, out));
  } else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) nonFinite(v, `${path}.${k}`, out);
  }
}

export function runPipeline(grids: readonly Grid[]): PipelineResult {
  const forms: Form[] = [];
  const messages: string[] = [];
  const contained: Contained[] = [];
  for (const grid of grids) {
    const rec = recogniseGrid(grid);
    if (rec.sheet !== grid.sheet) throw new Error(`recognition reports sheet ${rec.sheet} for ${grid.sheet}`);
    for (const m of rec.messages) {
      if (/无法读取：|读取工作表.*时出错/.test(m)) contained.push({ part: "reader", what: m });
      else expectReadable(m, "recognition message");
      messages.push(m);
    }
    for (const form of rec.forms) {
      const parsed = FormSchema.safeParse(form);
      if (!parsed.success) throw new Error(`invalid ${form.kind} form on ${grid.sheet}: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
      if (!parseRange(form.range)) throw new Error(`invalid form range ${form.range}`);
      if (form.sheet !== grid.sheet) throw new Error(`form on ${form.sheet} read from ${grid.sheet}`);
      forms.push(form);
    }
  }

  const findings = checkForms(forms);
  const merge = mergeProblems(findings);
  if (merge.length > 0) throw new Error(`merged findings: ${merge.slice(0, 3).join("; ")}`);
  for (const f of findings) {
    if (f.messageId === "internal") {
      contained.push({ part: "rule", what: f.message });
      continue;
    }
    if (!["error", "warning", "info"].includes(f.severity)) throw new Error(`${f.rule}: severity ${String(f.severity)}`);
    expectReadable(f.message, `${f.rule} ${f.messageId}`);
    if (/\{\w+\}/.test(f.message)) throw new Error(`${f.rule} ${f.messageId}: placeholder left in “${f.message}”`);
    if (f.hint !== undefined && /\{\w+\}/.test(f.hint)) throw new Error(`${f.rule} ${f.messageId}: placeholder left in the hint “${f.hint}”`);
    for (const c of f.cells) if (!parseRange(c.ref)) throw new Error(`${f.rule}: finding names the cell “${c.ref}”`);
  }

  const profile = getProfile(DEFAULT_PROFILE)!;
  for (const form of forms) {
    if (form.kind !== "DS" && form.kind !== "PS") continue;
    const score = scoreSelfEvaluation(form, profile);
    const bad: string[] = [];
    nonFinite(score, "score", bad);
    if (bad.length > 0) contained.push({ part: "scoring", what: `${form.sheet}!${form.range}: ${bad.slice(0, 3).join(", ")}` });
  }
  return { forms, findings, messages, contained };
}
