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
import { IGNORED_RULES_SETTING } from "./check-workbook";

export const WorkbookSettingsSchema = z.object({
  profile: z.string().catch(DEFAULT_PROFILE).default(DEFAULT_PROFILE),
  locale: z.enum(["zh-CN", "en"]).catch("zh-CN").default("zh-CN"),
  /**
   * Indicator frameworks accepted; absent = the profile's. "88" stands for the older frameworks
   * as a whole: the 88号 set and the 2013 53号 common framework it grew from.
   */
  frameworks: z.array(z.enum(["88", "101"])).min(1).optional().catch(undefined),
  /** Allowed money difference per addend, in the form's unit; absent = the profile's. */
  moneyTolerance: z.number().min(0).max(100).optional().catch(undefined),
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
