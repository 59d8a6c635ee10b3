/**
 * EVA-13 A self-evaluation evaluates the approved targets: its indicators, 年度指标值 and 分值
 * should be those of the 绩效目标表 of the same project (PS ↔ PT) or department (DS ↔ DT) in
 * the workbook. Pairing: the same 项目名称 (PS/PT) or 部门名称 (DS/DT), compared without spaces
 * and punctuation; when the workbook holds exactly one form of each kind and one of them names
 * nothing, those two. Indicators are matched by 三级 name (equal, or one the start of the other
 * when at least 4 characters, for names a PDF conversion cut short).
 * Values compare by meaning, not spelling: "≥50次" and "50 次" are the same target (a missing
 * symbol is VAL-02's concern); 50 and 60 are not.
 */
import type { Form, PerformanceForm } from "../../../forms/forms";
import type { Indicator } from "../../../forms/indicator";
import type { TargetValue } from "../../../values/target-value";
import { defineWorkbookRule } from "../../types";
import { cells } from "../../support";

function plain(s: string | undefined): string {
  return (s ?? "").replace(/[\s\u3000"“”'‘’,，。.、;；:：!！?？()（）【】[\]]/g, "");
}

function sameValue(a: TargetValue, b: TargetValue): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === "quantitative" && b.kind === "quantitative") {
    const more = (v: typeof a): string => (v.more ?? []).map((q) => `${q.number}${plain(q.unit)}`).join("|");
    if (a.comparator !== null && b.comparator !== null && a.comparator !== b.comparator) return false;
    return a.number === b.number && plain(a.unit) === plain(b.unit) && a.upper === b.upper && more(a) === more(b);
  }
  if (a.kind === "deadline" && b.kind === "deadline") return a.year === b.year && a.month === b.month && a.day === b.day;
  return plain(a.text) === plain(b.text);
}

function sameName(a: string, b: string): boolean {
  const x = plain(a);
  const y = plain(b);
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length >= 4 && long.startsWith(short);
}

type SelfForm = Extract<Form, { kind: "PS" | "DS" }>;
type TargetForm = Extract<Form, { kind: "PT" | "DT" }>;

function keyOf(f: PerformanceForm): string {
  return f.kind === "PS" || f.kind === "PT" ? plain(f.header.project?.value) : plain(f.header.unit?.value);
}

/** Target forms by kind and key, and self-evaluation counts, built once per workbook. */
interface Pairing {
  targets: Record<"PT" | "DT", TargetForm[]>;
  byKey: Record<"PT" | "DT", Map<string, TargetForm>>;
  selves: Record<"PS" | "DS", number>;
}

function pairing(forms: readonly Form[]): Pairing {
  const p: Pairing = { targets: { PT: [], DT: [] }, byKey: { PT: new Map(), DT: new Map() }, selves: { PS: 0, DS: 0 } };
  for (const f of forms) {
    if (f.kind === "PT" || f.kind === "DT") {
      p.targets[f.kind].push(f);
      const key = keyOf(f);
      // The first form with a key wins, as a linear search would find it.
      if (key !== "" && !p.byKey[f.kind].has(key)) p.byKey[f.kind].set(key, f);
    } else if (f.kind === "PS" || f.kind === "DS") {
      p.selves[f.kind]++;
    }
  }
  return p;
}

function pairOf(self: SelfForm, p: Pairing): TargetForm | undefined {
  const kind = self.kind === "PS" ? "PT" : "DT";
  const targets = p.targets[kind];
  const key = keyOf(self);
  if (key !== "") {
    const same = p.byKey[kind].get(key);
    if (same) return same;
  }
  if (p.selves[self.kind] === 1 && targets.length === 1 && (key === "" || keyOf(targets[0]!) === "")) return targets[0];
  return undefined;
}

function describe(f: PerformanceForm): string {
  return f.header.project?.value ?? f.title?.value ?? f.sheet;
}

export default defineWorkbookRule({
  meta: {
    id: "EVA-13",
    severity: "warning",
    forms: "workbook",
    description: {
      "zh-CN": "自评表的指标、指标值和分值应与批复的绩效目标表一致。",
      en: "A self-evaluation's indicators, targets and points should be those of the approved target form.",
    },
    messages: {
      targetChanged: {
        "zh-CN": "{ref}“{name}”的年度指标值“{value}”与批复的绩效目标表（{otherSheet} {otherRef}）中的“{approved}”不同。自评应按批复的指标值评价；如目标确已调整，请附上调整依据。",
        en: "The target of “{name}” in {ref}, “{value}”, differs from the approved “{approved}” in the target form ({otherSheet} {otherRef}). Evaluate against the approved target, or attach the approval of the change.",
      },
      weightChanged: {
        "zh-CN": "{ref}“{name}”的分值 {value} 分与绩效目标表（{otherSheet} {otherRef}）中的 {approved} 分不同。请按目标表的分值评价，或说明调整依据。",
        en: "The points of “{name}” in {ref}, {value}, differ from the {approved} in the target form ({otherSheet} {otherRef}). Use the target form's points or explain the change.",
      },
      indicatorAdded: {
        "zh-CN": "{ref}“{name}”不在批复的绩效目标表（{otherSheet}，{otherTitle}）中。自评应评价批复的指标；如确需新增，请说明依据。",
        en: "“{name}” ({ref}) is not among the approved indicators of the target form ({otherSheet}, {otherTitle}). Evaluate the approved indicators, or explain why it was added.",
      },
      indicatorDropped: {
        "zh-CN": "批复的绩效目标表 {ref}“{name}”（{approved}）在自评表（{otherSheet}，{otherTitle}）中没有评价。请在自评表中补上这一指标，或说明取消的依据。",
        en: "The approved indicator “{name}” ({approved}) in {ref} is not evaluated in the self-evaluation ({otherSheet}, {otherTitle}). Add it, or explain why it was dropped.",
      },
    },
    heuristic:
      "Forms pair by 项目名称 (PS/PT) or 部门名称 (DS/DT) without spaces and punctuation, or as the only pair in the workbook; indicators by 三级 name, equal or one a prefix (≥ 4 characters) of the other.",
  },
  checkWorkbook(forms, ctx) {
    const p = pairing(forms);
    for (const self of forms) {
      if (self.kind !== "PS" && self.kind !== "DS") continue;
      const target = pairOf(self, p);
      if (!target) continue;
      const matched = new Set<Indicator>();
      for (const ind of self.indicators) {
        const approved = target.indicators.find((t) => !matched.has(t) && sameName(t.level3.value, ind.level3.value));
        if (!approved) {
          ctx.report({
            form: self,
            messageId: "indicatorAdded",
            data: { ref: ind.level3.ref, name: ind.level3.value, otherSheet: target.sheet, otherTitle: describe(target) },
            cells: cells(ind.level3),
          });
          continue;
        }
        matched.add(approved);
        const other = { otherSheet: target.sheet, name: ind.level3.value };
        if (ind.target && approved.target && !sameValue(ind.target.value, approved.target.value)) {
          ctx.report({
            form: self,
            messageId: "targetChanged",
            data: { ...other, ref: ind.target.ref, value: ind.target.text.trim(), approved: approved.target.text.trim(), otherRef: approved.target.ref },
            cells: cells(ind.target),
          });
        }
        const w = ind.weight?.value;
        const aw = approved.weight?.value;
        if (typeof w === "number" && typeof aw === "number" && Math.abs(w - aw) > 1e-9) {
          ctx.report({
            form: self,
            messageId: "weightChanged",
            data: { ...other, ref: ind.weight!.ref, value: String(w), approved: String(aw), otherRef: approved.weight!.ref },
            cells: cells(ind.weight),
          });
        }
      }
      for (const t of target.indicators) {
        if (matched.has(t)) continue;
        ctx.report({
          form: target,
          messageId: "indicatorDropped",
          data: { ref: t.level3.ref, name: t.level3.value, approved: t.target?.text.trim() || "未填指标值", otherSheet: self.sheet, otherTitle: describe(self) },
          cells: cells(t.level3),
        });
      }
    }
  },
});
