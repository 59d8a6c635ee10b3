/**
 * The format of our very hidden data sheet, shared by every host that keeps one (in-memory and
 * WPS), so settings and marks written by one are read by the other: the sheet's name, and how a
 * JSON value is cut into cells.
 */

export const STORE_SHEET = "_jixiao";

/** Safely below Excel's 32,767 characters per cell. */
export const PIECE = 30_000;

/** Pieces of at most PIECE UTF-16 units, never cutting a surrogate pair in two. */
export function splitPieces(value: string): string[] {
  const pieces: string[] = [];
  let at = 0;
  do {
    let end = Math.min(at + PIECE, value.length);
    const last = value.charCodeAt(end - 1);
    if (end < value.length && last >= 0xd800 && last <= 0xdbff) end--;
    pieces.push(value.slice(at, end));
    at = end;
  } while (at < value.length);
  return pieces;
}

/**
 * exceljs reads "_xHHHH_" in any cell text as an escaped character but writes such text
 * unescaped, so "_x0041_" saved and re-opened comes back as "A". In JSON an underscore only
 * occurs inside strings, where "\u005f" means the same: writing it that way keeps the pattern
 * out of the file.
 */
export function protectEscapes(json: string): string {
  return json.replace(/_x/g, "\\u005fx");
}
