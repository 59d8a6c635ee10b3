/**
 * The region a workbook's forms come from, read from the forms themselves: a layout the
 * recogniser tied to a province (湖南 2021, 河北, 甘肃 2024), else a province named in a title or
 * in the unit's name. Used while the clerk has not chosen a region in 设置.
 */
import type { Form } from "../forms/forms";
import { PROFILES } from "../rules/profiles";

const NAMED: readonly [RegExp, string][] = [
  [/湖南/, "hunan"],
  [/河北/, "hebei"],
  [/甘肃/, "gansu"],
  [/四川/, "sichuan"],
];

/** The profile id the forms point to, or undefined when they do not say. */
export function inferProfileId(forms: readonly Form[]): string | undefined {
  for (const form of forms) {
    const id = form.layout.split("-")[0]!;
    if (id !== "national" && id !== "generic" && id in PROFILES) return id;
  }
  for (const form of forms) {
    const words = [form.title?.value ?? "", "header" in form ? (form.header.unit?.value ?? "") : ""].join(" ");
    const hit = NAMED.find(([re, id]) => re.test(words) && id in PROFILES);
    if (hit) return hit[1];
  }
  return undefined;
}
