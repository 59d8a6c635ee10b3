/**
 * XDOC-01 Identical indicator blocks across different projects (copy-paste).
 *
 * Two indicators are identical when their 三级 names and their values read the same after
 * normalising (spaces, punctuation, full-width signs, "$\geq 95\%$" = "≥95%"); the 二级 is
 * ignored, since copied blocks are often re-sorted under other 二级 names. Rows whose 三级 is
 * empty or "无" are left out. Two project forms of the same kind (PT with PT, PS with PS) for
 * different projects share an "identical block" when either
 *   - at least MIN_RUN identical indicators follow each other in the same order in both, or
 *   - at least MIN_MATCHES indicators are identical and they make up at least MIN_SHARE of the
 *     smaller table.
 * Each form is reported once, against the earlier form it shares most with; the later form is
 * the one that shows the finding (the copy is usually the later table). Department-wide forms
 * (DT, DS) are not compared: they legitimately repeat their projects' indicators.
 */
import type { Form } from "../../../forms/forms";
import type { Indicator } from "../../../forms/indicator";
import { formatTargetValue } from "../../../values/target-value";
import { toHalfWidth } from "../../../recognise/labels";
import { defineWorkbookRule } from "../../types";
import { cells } from "../../support";
import { projectKey, projectName } from "../mon/mon-05-summary-totals";

export const MIN_RUN = 5;
export const MIN_MATCHES = 4;
export const MIN_SHARE = 0.75;

const norm = (s: string): string => toHalfWidth(s).replace(/[\s,，。.、;；:：()（）“”"'‘’]/g, "");

/** Name and value as compared; undefined for rows that do not count. */
export function indicatorKey(i: Indicator): string | undefined {
  const name = norm(i.level3.value);
  if (name === "" || /^(?:无|\/|—+|-+)$/.test(name)) return undefined;
  const v = i.target?.value;
  const value = !v ? "" : v.kind === "quantitative" || v.kind === "deadline" ? formatTargetValue(v).replace(/\s+/g, "") : norm(v.text);
  return `${name}|${value}`;
}

interface Overlap {
  /** Positions of the later table's indicators that have an identical one in the earlier table, and of those. */
  mine: number[];
  theirs: number[];
  run: number;
  share: number;
}

/** How two tables' indicator keys overlap; depends on the keys only. */
function overlap(ka: readonly (string | undefined)[], kb: readonly (string | undefined)[]): Overlap {
  const used = new Set<number>();
  const mine: number[] = [];
  const theirs: number[] = [];
  kb.forEach((k, j) => {
    if (k === undefined) return;
    const i = ka.findIndex((x, idx) => x === k && !used.has(idx));
    if (i < 0) return;
    used.add(i);
    mine.push(j);
    theirs.push(i);
  });
  let run = 0;
  for (let i = 0; i < ka.length; i++) {
    for (let j = 0; j < kb.length; j++) {
      let l = 0;
      while (ka[i + l] !== undefined && ka[i + l] === kb[j + l]) l++;
      if (l > run) run = l;
    }
  }
  const smaller = Math.min(ka.filter((k) => k !== undefined).length, kb.filter((k) => k !== undefined).length);
  return { mine, theirs, run, share: smaller > 0 ? mine.length / smaller : 0 };
}

export function isCopiedBlock(o: Overlap): boolean {
  return o.run >= MIN_RUN || (o.mine.length >= MIN_MATCHES && o.share >= MIN_SHARE - 1e-9);
}

function isProjectForm(f: Form): f is Extract<Form, { kind: "PT" | "PS" }> {
  return f.kind === "PT" || f.kind === "PS";
}

export default defineWorkbookRule({
  meta: {
    id: "XDOC-01",
    severity: "warning",
    forms: "workbook",
    description: {
      "zh-CN": "不同项目的绩效指标成组照抄（名称和指标值完全相同）。",
      en: "Blocks of identical indicators (same names and values) copied between different projects.",
    },
    messages: {
      copiedBlock: {
        "zh-CN":
          "项目“{project}”的 {total} 个绩效指标中有 {count} 个与项目“{other}”{otherWhere}的指标名称和指标值完全相同（从 {ref} 起）。不同项目照抄同一组指标，说明这些指标不是针对本项目设定的；请按本项目的实际产出和效益改写。",
        en: "{count} of the {total} indicators of project “{project}” have exactly the same names and values as those of project “{other}”{otherWhereEn} (from {ref}). A set of indicators copied between projects was not set for this project; rewrite them to reflect this project's own outputs and effects.",
      },
    },
    heuristic:
      `Identical = same 三级 name and same value after normalising (二级 ignored). Block = ≥ ${MIN_RUN} identical indicators in the same order, or ≥ ${MIN_MATCHES} identical making ≥ ${MIN_SHARE * 100}% of the smaller table; same-kind project forms of different projects only. ` +
      "Measured on the five seeds, 88 same-kind project pairs (000: 3, 001: 36, 002: 28, 003: 6 PS, 004: 15): 2 flagged. " +
      "002 机关灶 vs 劳务派遣: 9 of 10 identical, run 9 (the known copy). 004 本级其他人员日常工作经费 vs 本级独生子女父母退休一次性奖励: 7 of 9 identical (相关支出次数 ≥95%, 保障支出 ≥96%, 资金支出情况 365天, 总成本费用 ≥95% …) — judged right: the generic names are the symptom, the same values in two unrelated projects show a template copied without adapting. " +
      "Highest pairs left alone: 003 PS pairs 5 of 9 (56%, run ≤ 3: shared department-level 效益/满意度 rows), 001 pairs 2 of 3 (长期使用性 ≥9090%, 服务对象满意度 ≥8080%), 000 pairs 2 of 7.",
  },
  checkWorkbook(forms, ctx) {
    const projects = forms.filter(isProjectForm);
    const keys = projects.map((p) => p.indicators.map(indicatorKey));
    const names = projects.map((p) => projectKey(projectName(p)));
    // Forms with the same indicator keys in the same order compare alike with any other form, so
    // pairs are found and measured per class of identical tables, not per form: a workbook of
    // thousands of forms copied from a few tables costs what a few tables cost.
    const classOf: number[] = [];
    const classes: { members: number[]; keys: (string | undefined)[] }[] = [];
    const bySignature = new Map<string, number>();
    keys.forEach((ks, i) => {
      const sig = ks.map((k) => k ?? "").join("\u0001");
      let c = bySignature.get(sig);
      if (c === undefined) {
        c = classes.length;
        bySignature.set(sig, c);
        classes.push({ members: [], keys: ks });
      }
      classes[c]!.members.push(i);
      classOf.push(c);
    });
    // key → the classes holding it with their count of it.
    const holders = new Map<string, number[]>();
    const counts = classes.map((cl) => {
      const m = new Map<string, number>();
      for (const k of cl.keys) if (k !== undefined) m.set(k, (m.get(k) ?? 0) + 1);
      return m;
    });
    // Stored flat as class, count, class, count …
    counts.forEach((m, c) => {
      for (const [k, n] of m) (holders.get(k) ?? holders.set(k, []).get(k)!).push(c, n);
    });
    /** The first member of class c before j, of j's kind, for another project than j's. */
    const earliest = (c: number, j: number): number | undefined => {
      for (const i of classes[c]!.members) {
        if (i >= j) return undefined;
        if (projects[i]!.kind === projects[j]!.kind && names[i] !== names[j]) return i;
      }
      return undefined;
    };
    const needed = Math.min(MIN_MATCHES, MIN_RUN);
    /** A class worth measuring against another: its bound, then its overlap once measured (null: no block). */
    type Candidate = { c: number; bound: number; o?: Overlap | null };
    const candidates = new Map<number, Candidate[]>();
    const shared = new Int32Array(classes.length);
    /** Per class: the classes sharing enough identical indicators with it to be worth measuring, most first. */
    const candidatesOf = (cb: number): Candidate[] => {
      let list = candidates.get(cb);
      if (list) return list;
      // Identical indicators each class shares with cb's table: an upper bound of the matches.
      const touched: number[] = [];
      for (const [k, n] of counts[cb]!) {
        const h = holders.get(k)!;
        for (let x = 0; x < h.length; x += 2) {
          const c = h[x]!;
          if (shared[c] === 0) touched.push(c);
          shared[c] = shared[c]! + Math.min(n, h[x + 1]!);
        }
      }
      list = [];
      for (const c of touched) {
        if (shared[c]! >= needed) list.push({ c, bound: shared[c]! });
        shared[c] = 0;
      }
      list.sort((x, y) => y.bound - x.bound || x.c - y.c);
      candidates.set(cb, list);
      return list;
    };
    projects.forEach((b, j) => {
      const cb = classOf[j]!;
      let best: { i: number; o: Overlap } | undefined;
      for (const cand of candidatesOf(cb)) {
        if (best && cand.bound < best.o.mine.length) break;
        if (cand.o === null) continue;
        const i = earliest(cand.c, j);
        if (i === undefined) continue;
        if (cand.o === undefined) {
          const o = overlap(classes[cand.c]!.keys, classes[cb]!.keys);
          cand.o = isCopiedBlock(o) ? o : null;
          if (cand.o === null) continue;
        }
        const o = cand.o;
        // The form sharing most; among equals, the earliest.
        if (!best || o.mine.length > best.o.mine.length || (o.mine.length === best.o.mine.length && i < best.i)) best = { i, o };
      }
      if (!best) return;
      const a = projects[best.i]!;
      const mine = best.o.mine.map((x) => b.indicators[x]!);
      const theirs = best.o.theirs.map((x) => a.indicators[x]!);
      const first = mine[0]!;
      ctx.report({
        messageId: "copiedBlock",
        data: {
          project: projectName(b),
          other: projectName(a),
          otherWhere: a.sheet !== b.sheet ? `（工作表“${a.sheet}”）` : "",
          otherWhereEn: a.sheet !== b.sheet ? ` (sheet “${a.sheet}”)` : "",
          count: mine.length,
          total: keys[j]!.filter((k) => k !== undefined).length,
          ref: first.level3.ref,
        },
        cells: [...cells(...mine.map((i) => i.level3)), ...cells(...theirs.map((i) => i.level3))],
        form: b,
      });
    });
  },
});
