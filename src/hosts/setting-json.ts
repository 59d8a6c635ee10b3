/**
 * Settings cross the host seam as JSON text, whatever the host stores them in (a hidden sheet,
 * workbook.settings). One encoding for every host: a value that cannot be stored is refused
 * before anything is written; stored text that is not JSON reads as absent — callers parse
 * what comes back with their own schema.
 */

/** JSON text of a setting; `undefined` removes it; `null` when the value cannot be stored. */
export function encodeSetting(value: unknown): string | undefined | null {
  if (value === undefined) return undefined;
  try {
    // JSON.stringify gives undefined for functions and symbols: nothing storable.
    return JSON.stringify(value) ?? null;
  } catch {
    return null;
  }
}

export function decodeSetting<T>(raw: unknown): T | undefined {
  if (typeof raw !== "string") return undefined;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return undefined;
  }
}
