/**
 * What a check may honestly say about how much it read. "未发现问题" is a promise that forms were
 * read, in full, and nothing was found: a file with no form, a form with essential parts not
 * found (`missing`), or a part of a sheet that could not be read at all is never reported as
 * clean. Every output — the command line's text and --json, the --report sheet, the pane — takes
 * its wording from here.
 */
import type { SheetRecognition } from "../recognise";

/** "clean": forms read in full, nothing found; "problems"; "partial": nothing found in what was read, but parts were not read; "nothing-read": no form recognised. */
export type ReadStatus = "clean" | "problems" | "partial" | "nothing-read";

/**
 * Parts of sheets that hold forms but could not be read ("…无法读取：…"): the recogniser's
 * messages of those sheets. A sheet with no form at all says so in its own message instead.
 */
export function unreadParts(sheets: readonly SheetRecognition[]): string[] {
  return sheets.filter((s) => s.forms.length > 0).flatMap((s) => s.messages);
}

/** Forms with essential parts not found. */
/** Anything that may carry a form's `missing` list. */
type MayMiss = { readonly sheet: string; readonly missing?: readonly string[] | undefined };

export function partialForms(forms: readonly MayMiss[]): number {
  return forms.filter((f) => (f.missing ?? []).length > 0).length;
}

export function readStatus(forms: readonly MayMiss[], findings: number, unread: readonly string[]): ReadStatus {
  if (forms.length === 0) return "nothing-read";
  if (findings > 0) return "problems";
  return partialForms(forms) > 0 || unread.length > 0 ? "partial" : "clean";
}

/** The notices about how the file was read (merged areas resolved or clipped …) that name this sheet. */
export function sheetNotices(notices: readonly string[], sheet: string): string[] {
  return notices.filter((n) => n.includes(`“${sheet}”`));
}
