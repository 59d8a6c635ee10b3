/**
 * Workbook settings the clerk chooses in the pane (设置): region profile, indicator framework,
 * money tolerance, language, and the rules ignored for this workbook. Stored inside the
 * workbook through the host seam; what comes back is parsed with zod, never cast — a setting
 * written by an older version or edited by hand falls back to the default instead of breaking.
 */
import { z } from "zod";
import type { WorkbookHost } from "../hosts/host";
import { DEFAULT_PROFILE, getProfile } from "../rules/profiles";
import type { RegionProfile } from "../rules/profiles/profile";

/** Workbook setting holding the rule ids the clerk chose to ignore. */
export const IGNORED_RULES_SETTING = "ignoredRules";

export const WorkbookSettingsSchema = z.object({
  profile: z.string().catch(DEFAULT_PROFILE).default(DEFAULT_PROFILE),
  /** The clerk chose the region in 设置; until then the pane recognises it from the forms' layout, title and unit. */
  profileChosen: z.boolean().optional().catch(undefined),
  locale: z.enum(["zh-CN", "en"]).catch("zh-CN").default("zh-CN"),
  /**
   * Indicator frameworks accepted; absent = the profile's. "88" stands for the older frameworks
   * as a whole: the 88号 set and the 2013 53号 common framework it grew from.
   */
  frameworks: z.array(z.enum(["88", "101"])).min(1).optional().catch(undefined),
  /** Allowed money difference per addend, in the form's unit; absent = the profile's. */
  moneyTolerance: z.number().min(0).max(100).optional().catch(undefined),
  /** 运行监控: the month execution is compared with; absent = each form's own (截至N月), else the date. */
  monitorMonth: z.number().int().min(1).max(12).optional().catch(undefined),
});
export type WorkbookSettings = z.infer<typeof WorkbookSettingsSchema>;

const SETTINGS_KEY = "settings";

export async function loadSettings(host: WorkbookHost): Promise<WorkbookSettings> {
  const raw = await host.getSetting<unknown>(SETTINGS_KEY);
  const parsed = WorkbookSettingsSchema.safeParse(raw ?? {});
  return parsed.success ? parsed.data : WorkbookSettingsSchema.parse({});
}

export async function saveSettings(host: WorkbookHost, settings: WorkbookSettings): Promise<void> {
  await host.setSetting(SETTINGS_KEY, WorkbookSettingsSchema.parse(settings));
}

/** The profile the checks run under: the chosen region with the clerk's overrides applied. */
export function effectiveProfile(settings: WorkbookSettings): RegionProfile {
  const base = getProfile(settings.profile) ?? getProfile(DEFAULT_PROFILE)!;
  return {
    ...base,
    ...(settings.frameworks ? { frameworks: settings.frameworks.flatMap((f) => (f === "88" ? (["53", "88"] as const) : ([f] as const))) } : {}),
    ...(settings.moneyTolerance !== undefined ? { moneyTolerancePerAddend: settings.moneyTolerance } : {}),
  };
}

export async function ignoredRules(host: WorkbookHost): Promise<string[]> {
  const raw = await host.getSetting<unknown>(IGNORED_RULES_SETTING);
  const parsed = z.array(z.string()).safeParse(raw);
  return parsed.success ? parsed.data : [];
}

/** Ignore (or stop ignoring) a rule for this workbook; remembered in the workbook. */
export async function setRuleIgnored(host: WorkbookHost, ruleId: string, ignored: boolean): Promise<string[]> {
  const current = new Set(await ignoredRules(host));
  if (ignored) current.add(ruleId);
  else current.delete(ruleId);
  const list = [...current].sort();
  await host.setSetting(IGNORED_RULES_SETTING, list);
  return list;
}

/** A rule ignored in one place only: one cell, or one form (by its range), of one sheet. */
export const IgnoredPlaceSchema = z.object({
  rule: z.string(),
  sheet: z.string(),
  /** The cell (a finding's first cell) or the form's range. */
  ref: z.string(),
  scope: z.enum(["cell", "form"]),
});
export type IgnoredPlace = z.infer<typeof IgnoredPlaceSchema>;

/** Workbook setting holding the rules ignored on one cell or one form. */
export const IGNORED_PLACES_SETTING = "ignoredPlaces";

export async function ignoredPlaces(host: WorkbookHost): Promise<IgnoredPlace[]> {
  const raw = await host.getSetting<unknown>(IGNORED_PLACES_SETTING);
  const parsed = z.array(IgnoredPlaceSchema.catch(undefined as never)).safeParse(raw);
  return parsed.success ? parsed.data.filter((p) => p !== undefined) : [];
}

function samePlace(a: IgnoredPlace, b: IgnoredPlace): boolean {
  return a.rule === b.rule && a.sheet === b.sheet && a.ref === b.ref && a.scope === b.scope;
}

/** Ignore (or stop ignoring) a rule on one cell or one form; remembered in the workbook. */
export async function setPlaceIgnored(host: WorkbookHost, place: IgnoredPlace, ignored: boolean): Promise<IgnoredPlace[]> {
  const list = (await ignoredPlaces(host)).filter((p) => !samePlace(p, place));
  if (ignored) list.push(place);
  await host.setSetting(IGNORED_PLACES_SETTING, list);
  return list;
}

/** What a place ignore needs of a finding: its rule, sheet, first cell and form. */
export type PlacedOn = { rule: string; sheet: string; cells: readonly { ref: string; sheet?: string }[]; form?: { range: string } };

/** The place to remember when the clerk ignores a finding on its cell or its form. */
export function placeOf(finding: PlacedOn, scope: IgnoredPlace["scope"]): IgnoredPlace {
  return { rule: finding.rule, sheet: finding.sheet, ref: scope === "form" ? finding.form?.range ?? "" : finding.cells[0]?.ref ?? "", scope };
}

/** True when the finding falls under one of the places where its rule is ignored. */
export function isIgnoredAt(finding: PlacedOn, places: readonly IgnoredPlace[]): boolean {
  return places.some(
    (p) =>
      p.rule === finding.rule &&
      p.sheet === finding.sheet &&
      (p.scope === "form" ? finding.form?.range === p.ref : finding.cells[0] !== undefined && !finding.cells[0].sheet && finding.cells[0].ref === p.ref),
  );
}

/**
 * The findings left once the workbook's cell and form ignores are applied, and how many those
 * ignores left out: the pane and the command line leave out the same ones.
 */
export function withoutIgnoredPlaces<F extends PlacedOn>(findings: readonly F[], places: readonly IgnoredPlace[]): { kept: F[]; left: number } {
  if (places.length === 0) return { kept: [...findings], left: 0 };
  const kept = findings.filter((f) => !isIgnoredAt(f, places));
  return { kept, left: findings.length - kept.length };
}
