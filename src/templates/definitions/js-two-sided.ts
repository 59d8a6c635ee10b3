/**
 * The two-sided 决算 tables (公开01, 公开04): 收入 on the left, 支出 on the right, each line with
 * its 行次. Lines are placed by 行次 — each side's first 行次 on the first row — so the pairing
 * of the printed form comes back from typed lines alone.
 */
import type { Model, Prepared } from "../dsl";
import type { AccountsLineInput } from "../inputs";

export interface SideSpec {
  section: "income" | "expenditure";
  keys: readonly string[];
}

/** Pair income and expenditure lines into rows `{ in, ex }` by 行次. */
export function pairByLineNo(input: Model, defaults: readonly AccountsLineInput[], sides: readonly [SideSpec, SideSpec]): Prepared {
  const given = Array.isArray(input.lines) ? (input.lines as AccountsLineInput[]) : [];
  const lines = given.length > 0 ? given : defaults;
  const fromInput = given.length > 0;
  const handled: string[] = [];
  const unplaced: string[] = [];
  const slots: (Model | undefined)[][] = [[], []];
  const firstNo: (number | undefined)[] = [undefined, undefined];

  sides.forEach((side, s) => {
    const own = lines.map((l, i) => ({ l, i })).filter(({ l }) => l.section === side.section);
    const numbered = own.filter(({ l }) => typeof l.lineNo === "number");
    const min = numbered.length > 0 ? Math.min(...numbered.map(({ l }) => l.lineNo as number)) : 1;
    firstNo[s] = min;
    const place = (at: number, entry: Model): void => {
      while (slots[s]![at] !== undefined) at++;
      slots[s]![at] = entry;
    };
    for (const { l, i } of numbered) place((l.lineNo as number) - min, toEntry(l, i));
    for (const { l, i } of own.filter(({ l }) => typeof l.lineNo !== "number")) place(slots[s]!.length, toEntry(l, i));
    if (!fromInput) return;
    for (const { l, i } of own) {
      handled.push(`lines[${i}].section`, `lines[${i}].label`, `lines[${i}].lineNo`);
      if (l.code !== undefined) unplaced.push(`lines[${i}].code`);
      for (const [k, v] of Object.entries(l.amounts)) {
        if (side.keys.includes(k)) handled.push(`lines[${i}].amounts.${k}`);
        else if (v !== null) unplaced.push(`lines[${i}].amounts.${k}`);
      }
    }
  });
  if (fromInput) lines.forEach((l, i) => sides.some((s) => s.section === l.section) || unplaced.push(`lines[${i}]`));

  const count = Math.max(slots[0]!.length, slots[1]!.length);
  const rows: Model[] = [];
  for (let k = 0; k < count; k++) {
    const side = (s: 0 | 1): Model => slots[s]![k] ?? (k < slots[s]!.length ? { lineNo: firstNo[s]! + k } : {});
    rows.push({ in: side(0), ex: side(1) });
  }
  return { model: { ...input, rows }, handled, unplaced };
}

function toEntry(l: AccountsLineInput, _i: number): Model {
  return { label: l.label, ...(typeof l.lineNo === "number" ? { lineNo: l.lineNo } : {}), amounts: l.amounts };
}
