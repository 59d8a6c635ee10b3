/**
 * Check a workbook: recognise every form, run the rule catalogue under the chosen region
 * profile, leave out the rules the clerk chose to ignore for this workbook, and the findings
 * ignored on one cell or one form (as the pane does).
 */
import type { WorkbookHost } from "../hosts/host";
import type { Form } from "../forms/forms";
import type { SheetRecognition } from "../recognise";
import { checkForms } from "../rules/engine";
import type { RegionProfile } from "../rules/profiles/profile";
import { DEFAULT_PROFILE, getProfile } from "../rules/profiles";
import type { Finding, Locale } from "../rules/types";
import { recogniseWorkbook, type RecogniseOptions } from "./recognise-workbook";
import { unreadParts } from "./read-outcome";

import { IGNORED_RULES_SETTING, ignoredPlaces, withoutIgnoredPlaces } from "./settings";

export { IGNORED_RULES_SETTING };

export interface CheckWorkbookOptions extends RecogniseOptions {
  profile?: RegionProfile;
  locale?: Locale;
  /** Rule ids to ignore in addition to those remembered in the workbook. */
  ignore?: readonly string[];
  /** 运行监控: the month to compare execution with (default: each form's own, else the date). */
  month?: number;
  today?: Date;
}

export interface CheckWorkbookResult {
  profile: RegionProfile;
  sheets: SheetRecognition[];
  forms: Form[];
  findings: Finding[];
  ignored: string[];
  /** Findings left out because the workbook ignores their rule on that cell or that form. */
  ignoredHere: number;
  /** How the workbook was read (the host's notices: merged areas resolved, …). */
  notices: string[];
  /** Parts of sheets with forms that could not be read (see read-outcome). */
  unread: string[];
}

export async function checkWorkbook(host: WorkbookHost, options: CheckWorkbookOptions = {}): Promise<CheckWorkbookResult> {
  const profile = options.profile ?? getProfile(DEFAULT_PROFILE)!;
  const remembered = await host.getSetting<unknown>(IGNORED_RULES_SETTING);
  const ignored = [...new Set([...(Array.isArray(remembered) ? remembered.filter((x): x is string => typeof x === "string") : []), ...(options.ignore ?? [])])];
  const sheets = await recogniseWorkbook(host, options);
  const forms = sheets.flatMap((s) => s.forms);
  const month = options.month !== undefined ? { month: options.month } : {};
  const today = options.today !== undefined ? { today: options.today } : {};
  const all = checkForms(forms, { profile, locale: options.locale ?? "zh-CN", ignore: ignored, ...month, ...today });
  const { kept: findings, left: ignoredHere } = withoutIgnoredPlaces(all, await ignoredPlaces(host));
  return { profile, sheets, forms, findings, ignored, ignoredHere, notices: [...(host.notices ?? [])], unread: unreadParts(sheets) };
}

export function countBySeverity(findings: readonly Finding[]): { error: number; warning: number; info: number } {
  const c = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}
