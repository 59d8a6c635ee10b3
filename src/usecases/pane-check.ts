/**
 * The task pane's 检查: the same result as `checkWorkbook`, computed in slices so the pane stays
 * responsive on a workbook of a hundred sheets.
 *
 * `checkWorkbook` recognises sheet by sheet (yielding between sheets) but then runs the whole
 * rule catalogue over every form in one synchronous call, which on a big workbook holds the UI
 * thread for a noticeable time. Here the form rules run on each sheet's forms right after that
 * sheet is read — between two yields — and only the workbook rules (those that compare forms
 * with each other) run once at the end over all forms. Findings are sorted exactly as the engine
 * sorts them, so the list is the one `checkWorkbook` gives (a test holds the two together).
 *
 * Cancelling (signal.aborted) stops between sheets; the result then says `cancelled`.
 */
import { unreadParts } from "./read-outcome";
import type { Form } from "../forms/forms";
import { parseRange, type CellRange } from "../grid/address";
import type { WorkbookHost } from "../hosts/host";
import type { SheetRecognition } from "../recognise";
import { ALL_RULES } from "../rules/catalogue";
import { checkForms, sortFindings } from "../rules/engine";
import type { RegionProfile } from "../rules/profiles/profile";
import { isWorkbookRule, type Finding, type Locale } from "../rules/types";
import { highlightsBySheet } from "./highlight-findings";
import { monitoringLights, withLights, type IndicatorLightMark } from "./monitoring-lights";
import { recogniseWorkbook, type Scope } from "./recognise-workbook";
import { ignoredRules, withoutIgnoredPlaces, type IgnoredPlace } from "./settings";

/** What the clerk asked to check. */
export type PaneScope = "selection" | "sheet" | "workbook";

export interface PaneProgress {
  /** "reading": sheet `done` of `total` was read and checked; "workbook": the rules across forms run. */
  phase: "reading" | "workbook";
  done: number;
  total: number;
  sheet: string;
}

export interface PaneCheckOptions {
  profile: RegionProfile;
  /**
   * The clerk has not chosen a region: the first forms read may name one (layout, title, unit),
   * and the check then runs under it (`PaneCheckResult.inferred`).
   */
  inferProfile?: (forms: readonly Form[]) => RegionProfile | undefined;
  /** Rules ignored on one cell or one form (the pane reads them with `ignoredPlaces`); none by default. */
  places?: readonly IgnoredPlace[];
  locale?: Locale;
  onProgress?: (p: PaneProgress) => void;
  /** Resolves after the UI had a chance to paint (default: a macrotask once ~`sliceMs` of work is done). */
  yieldToUi?: () => Promise<void>;
  /** Work at most this long between two yields (default 30 ms); ignored with `yieldToUi`. */
  sliceMs?: number;
  signal?: { aborted: boolean };
  /** 运行监控: the month to compare execution with (设置's 监控月份); default each form's own, else the date. */
  month?: number;
}

export interface PaneCheckResult {
  /** The scope as resolved: the sheet and range the selection was on when the check began. */
  scope: Scope;
  /** Sheets read, in order (only those read before a cancel). */
  sheets: SheetRecognition[];
  forms: Form[];
  findings: Finding[];
  ignored: string[];
  /** Findings in the scope left out because the workbook ignores their rule on that cell or that form. */
  ignoredHere: number;
  cancelled: boolean;
  /** The region the check ran under, and whether it was recognised from the forms. */
  profile: RegionProfile;
  inferred: boolean;
  /** How the workbook was read (the host's notices: merged areas resolved, …). */
  notices: string[];
  /** Parts of the sheets read that hold forms but could not be read: not checked. */
  unread: string[];
  /** 运行监控表: each indicator's traffic light, marked with the findings. */
  lights?: IndicatorLightMark[];
  /**
   * Set when a selection was checked: its sheet was read and checked as a whole, `forms` and
   * `findings` keep what overlaps the selection, `sheetFindings` every finding of the sheet (the
   * marks show them all). `outside`: no form overlaps the selection.
   */
  selection?: { sheet: string; range: string; outside: boolean; sheetFindings: Finding[] };
}

const FORM_RULES = ALL_RULES.filter((r) => !isWorkbookRule(r));
const WORKBOOK_RULES = ALL_RULES.filter(isWorkbookRule);

/** A yield that only gives the event loop a turn once `sliceMs` of work has gone by. */
export function timeSlicer(sliceMs = 30, now: () => number = () => Date.now()): () => Promise<void> {
  let last = now();
  return async () => {
    if (now() - last < sliceMs) return;
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    last = now();
  };
}

/** The scope the pane's choice means right now. */
export async function resolveScope(host: WorkbookHost, scope: PaneScope): Promise<Scope> {
  if (scope === "workbook") return { kind: "workbook" };
  if (scope === "sheet") return { kind: "sheet", sheet: await host.activeSheet() };
  const sel = await host.selection();
  return { kind: "range", sheet: sel.sheet, range: sel.range };
}

async function targetsOf(host: WorkbookHost, scope: Scope): Promise<Scope[]> {
  // A selection is checked on its whole sheet: a few cells of a column hold no form on their own.
  if (scope.kind === "range") return [{ kind: "sheet", sheet: scope.sheet }];
  if (scope.kind !== "workbook") return [scope];
  return (await host.listSheets()).filter((s) => s.visible).map((s) => ({ kind: "sheet", sheet: s.name }));
}

export async function paneCheck(host: WorkbookHost, scope: Scope, options: PaneCheckOptions): Promise<PaneCheckResult> {
  const { signal } = options;
  let profile = options.profile;
  let inferred = false;
  const locale = options.locale ?? "zh-CN";
  const pause = options.yieldToUi ?? timeSlicer(options.sliceMs);
  const ignored = await ignoredRules(host);
  const places = options.places ?? [];
  const targets = await targetsOf(host, scope);
  const sheets: SheetRecognition[] = [];
  const findings: Finding[] = [];
  const check = { locale, ignore: ignored, ...(options.month !== undefined ? { month: options.month } : {}) };
  let cancelled = false;
  for (let i = 0; i < targets.length; i++) {
    if (signal?.aborted) {
      cancelled = true;
      break;
    }
    const target = targets[i]!;
    const [recognition] = await recogniseWorkbook(host, { scope: target });
    if (recognition) {
      sheets.push(recognition);
      if (recognition.forms.length > 0 && options.inferProfile && !inferred) {
        const found = options.inferProfile(recognition.forms);
        if (found) {
          profile = found;
          inferred = true;
          // Forms read before (final accounts, say) are checked again under the region found: no new read.
          findings.length = 0;
          const before = sheets.flatMap((s) => (s === recognition ? [] : s.forms));
          if (before.length > 0) findings.push(...checkForms(before, { ...check, profile, rules: FORM_RULES }));
        }
      }
      if (recognition.forms.length > 0) findings.push(...checkForms(recognition.forms, { ...check, profile, rules: FORM_RULES }));
    }
    options.onProgress?.({ phase: "reading", done: i + 1, total: targets.length, sheet: recognition?.sheet ?? (target.kind === "workbook" ? "" : target.sheet) });
    await pause();
  }
  if (signal?.aborted) cancelled = true;
  const forms = sheets.flatMap((s) => s.forms);
  if (!cancelled) {
    options.onProgress?.({ phase: "workbook", done: targets.length, total: targets.length, sheet: "" });
    await pause();
    findings.push(...checkForms(forms, { ...check, profile, rules: WORKBOOK_RULES }));
  }
  const { kept, left } = withoutIgnoredPlaces(findings, places);
  const sorted = sortFindings(kept, forms);
  const read = { notices: [...(host.notices ?? [])], unread: unreadParts(sheets) };
  const found = monitoringLights(forms, options.month !== undefined ? { month: options.month } : {});
  const lights = found.length > 0 ? { lights: found } : {};
  if (scope.kind !== "range") return { scope, sheets, forms, findings: sorted, ignored, ignoredHere: left, cancelled, profile, inferred, ...read, ...lights };
  // A selection: only the ignored findings inside it count.
  const ignoredHere = left > 0 ? withinSelection(scope, forms, findings.filter((f) => !kept.includes(f))).findings.length : 0;
  return { ...withinSelection(scope, forms, sorted), scope, sheets, ignored, ignoredHere, cancelled, profile, inferred, ...read, ...lights };
}

function overlaps(a: CellRange, b: CellRange): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

/** The forms that overlap the selection and the findings with a cell inside it. */
function withinSelection(scope: Extract<Scope, { kind: "range" }>, forms: Form[], findings: Finding[]): Pick<PaneCheckResult, "forms" | "findings" | "selection"> {
  const selected = parseRange(scope.range);
  const inside = (sheet: string, ref: string): boolean => {
    const r = parseRange(ref);
    return sheet === scope.sheet && selected !== undefined && r !== undefined && overlaps(selected, r);
  };
  const overlapping = forms.filter((f) => inside(f.sheet, f.range));
  const hits = findings.filter((f) => f.cells.some((c) => inside(c.sheet ?? f.sheet, c.ref)));
  return {
    forms: overlapping,
    findings: hits,
    selection: { sheet: scope.sheet, range: scope.range, outside: overlapping.length === 0, sheetFindings: findings.filter((f) => f.sheet === scope.sheet) },
  };
}

export interface MarkOptions {
  /**
   * The whole workbook was checked: every old mark goes in one call, and only sheets with
   * findings are marked again (in Excel one round trip per sheet marked, not per sheet read).
   */
  wholeWorkbook?: boolean;
  onProgress?: (done: number, total: number) => void;
  yieldToUi?: () => Promise<void>;
  /** 运行监控表 traffic lights to mark beside the findings. */
  lights?: readonly IndicatorLightMark[];
}

/**
 * Mark findings on the sheets that were checked (and on any sheet a finding points to); marks
 * on sheets outside the check are left alone. Resolves to the number of cells or ranges marked.
 */
export async function markFindings(host: WorkbookHost, findings: readonly Finding[], checkedSheets: readonly string[], options: MarkOptions = {}): Promise<number> {
  const bySheet = withLights(highlightsBySheet(findings), options.lights ?? []);
  const pause = options.yieldToUi ?? timeSlicer();
  let targets: string[];
  if (options.wholeWorkbook) {
    await host.clearHighlights();
    targets = [...bySheet.keys()];
  } else {
    targets = [...new Set([...checkedSheets, ...bySheet.keys()])];
  }
  let marked = 0;
  for (let i = 0; i < targets.length; i++) {
    const marks = bySheet.get(targets[i]!) ?? [];
    await host.setHighlights(targets[i]!, marks);
    marked += marks.length;
    options.onProgress?.(i + 1, targets.length);
    await pause();
  }
  return marked;
}
