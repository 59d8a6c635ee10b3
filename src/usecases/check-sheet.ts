/**
 * Check one sheet and mark what was found on it (the ribbon's 检查本表): recognise the forms on
 * the sheet, run the rule catalogue under the chosen profile without the rules the clerk chose to
 * ignore (for the workbook, or on one cell or one form, as the pane and the command line do),
 * and replace our marks on that sheet with the findings. Other sheets are not read and their
 * marks are left alone.
 *
 * Through an Excel host this costs a fixed number of round trips whatever the number of findings:
 * the ignored-rules setting (1), the ignored places (1), the sheet (1, more only for very big
 * sheets; our marks on it are probed in the same round trip), the marks (1 on a sheet that carried none of ours, else 2: one
 * read, one write), plus 1 for the active sheet when no sheet is named.
 */
import { unreadParts } from "./read-outcome";
import type { WorkbookHost } from "../hosts/host";
import type { Form } from "../forms/forms";
import { checkForms } from "../rules/engine";
import type { RegionProfile } from "../rules/profiles/profile";
import { DEFAULT_PROFILE, getProfile } from "../rules/profiles";
import type { Finding, Locale } from "../rules/types";
import { IGNORED_RULES_SETTING, ignoredPlaces, withoutIgnoredPlaces } from "./settings";
import { highlightsBySheet } from "./highlight-findings";
import { monitoringLights, withLights } from "./monitoring-lights";
import { recogniseWorkbook } from "./recognise-workbook";

export interface CheckSheetOptions {
  profile?: RegionProfile;
  locale?: Locale;
  /** Rule ids to ignore in addition to those remembered in the workbook. */
  ignore?: readonly string[];
  /** Leave the sheet unmarked (report only). */
  dryRun?: boolean;
  /** 运行监控: the month to compare execution with (default: the form's own, else the date). */
  month?: number;
}

export interface CheckSheetResult {
  sheet: string;
  profile: RegionProfile;
  forms: Form[];
  findings: Finding[];
  ignored: string[];
  /** Cells (or ranges) marked on the sheet. */
  marked: number;
  /** Where the worst finding shows, to bring into view. */
  first?: string;
  /** Parts of the sheet that hold forms but could not be read: not checked. */
  unread: string[];
}

const RANK = { error: 3, warning: 2, info: 1, ok: 0 } as const;

export async function checkSheet(host: WorkbookHost, sheet?: string, options: CheckSheetOptions = {}): Promise<CheckSheetResult> {
  const target = sheet ?? (await host.activeSheet());
  const profile = options.profile ?? getProfile(DEFAULT_PROFILE)!;
  const remembered = await host.getSetting<unknown>(IGNORED_RULES_SETTING);
  const ignored = [...new Set([...(Array.isArray(remembered) ? remembered.filter((x): x is string => typeof x === "string") : []), ...(options.ignore ?? [])])];
  const [recognition] = await recogniseWorkbook(host, { scope: { kind: "sheet", sheet: target } });
  const forms = recognition?.forms ?? [];
  const month = options.month !== undefined ? { month: options.month } : {};
  const { kept: findings } = withoutIgnoredPlaces(checkForms(forms, { profile, locale: options.locale ?? "zh-CN", ignore: ignored, ...month }), await ignoredPlaces(host));
  // The sheet as the host spells it (Excel finds sheets whatever the case).
  const name = recognition?.sheet ?? target;
  // 运行监控表: each indicator's traffic light beside the findings (on cells no finding marks).
  const marks = withLights(highlightsBySheet(findings), monitoringLights(forms, month)).get(name) ?? [];
  if (!options.dryRun) await host.setHighlights(name, marks);
  const worst = [...marks].sort((a, b) => RANK[b.severity] - RANK[a.severity])[0];
  const result: CheckSheetResult = { sheet: name, profile, forms, findings, ignored, marked: marks.length, unread: recognition ? unreadParts([recognition]) : [] };
  if (worst) result.first = worst.ref;
  return result;
}
