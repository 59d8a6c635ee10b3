/**
 * A unit's own indicators, kept in the workbook's store beside the standard library: added by
 * the clerk, saved with the workbook, exported as JSON to share with colleagues. Each entry is
 * the library's shape with the source "unit"; entries that do not validate are left out with a
 * sentence naming them, never dropped silently.
 */
import { z } from "zod";
import type { WorkbookHost } from "../hosts/host";
import { LIBRARY, LibraryIndicatorSchema, type LibraryIndicator } from "./indicators";

/** Workbook setting holding the unit's own indicators. */
export const CUSTOM_INDICATORS_SETTING = "libraryIndicators";

/** A unit's indicator: the library's fields; its source is always the unit itself, never the 101号 core. */
export const CustomIndicatorSchema = LibraryIndicatorSchema.extend({
  sources: z.array(z.literal("unit")).min(1).default(["unit"]),
  core: z.literal(false).default(false),
});
export type CustomIndicator = LibraryIndicator;

export interface CustomRead {
  indicators: CustomIndicator[];
  /** One sentence per entry left out. */
  problems: string[];
}

/** Validates entries (from the workbook or an imported file); ids must not clash with the library's. */
export function parseCustomIndicators(value: unknown): CustomRead {
  const out: CustomRead = { indicators: [], problems: [] };
  if (value === undefined || value === null) return out;
  if (!Array.isArray(value)) return { indicators: [], problems: ["本单位指标应是一个列表，读到的不是列表，已忽略。"] };
  const taken = new Set(LIBRARY.map((i) => i.id));
  value.forEach((entry, i) => {
    const parsed = CustomIndicatorSchema.safeParse(entry);
    const name = (entry as { level3?: unknown } | null)?.level3;
    const label = typeof name === "string" ? `第 ${i + 1} 项“${name}”` : `第 ${i + 1} 项`;
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      out.problems.push(`本单位指标${label}不完整（${issue?.path.join(".") || "格式"}），已忽略。请补全一级/二级/三级、指标解释、单位、方向、典型指标值、评（扣）分标准和适用领域。`);
    } else if (taken.has(parsed.data.id)) {
      out.problems.push(`本单位指标${label}的编号“${parsed.data.id}”与已有指标重复，已忽略。请换一个编号。`);
    } else {
      taken.add(parsed.data.id);
      out.indicators.push(parsed.data);
    }
  });
  return out;
}

export async function readCustomIndicators(host: WorkbookHost): Promise<CustomRead> {
  return parseCustomIndicators(await host.getSetting<unknown>(CUSTOM_INDICATORS_SETTING));
}

/** Saves the list in the workbook (replacing what was there), after validating every entry. */
export async function saveCustomIndicators(host: WorkbookHost, indicators: readonly unknown[]): Promise<CustomRead> {
  const read = parseCustomIndicators([...indicators]);
  if (read.problems.length === 0) await host.setSetting(CUSTOM_INDICATORS_SETTING, read.indicators);
  return read;
}

/** The list as a JSON file's text, to share with other workbooks. */
export function exportCustomIndicators(indicators: readonly CustomIndicator[]): string {
  return `${JSON.stringify(indicators, null, 2)}\n`;
}

/** The standard library followed by the unit's own indicators. */
export function withCustom(custom: readonly CustomIndicator[]): LibraryIndicator[] {
  return [...LIBRARY, ...custom];
}
