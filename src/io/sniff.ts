/**
 * What a file is, by its content (magic bytes), not by its name: clerks rename files, e-mail
 * gateways add ".xls" to .xlsx files, and budget systems export BIFF workbooks named ".xls" that
 * are really HTML or CSV. The name is only a hint where the bytes cannot tell (CSV vs plain text).
 */

/** How a file will be read. */
export type FileFormat =
  /** Office Open XML (.xlsx, .xlsm): read by exceljs, the path that can also write. */
  | "ooxml"
  /** OpenDocument spreadsheet (.ods). */
  | "ods"
  /** OLE compound file holding a BIFF workbook (.xls, and WPS .et). */
  | "biff"
  /** OLE compound file holding an encrypted (password-protected) OOXML package. */
  | "encrypted"
  | "pdf"
  | "csv"
  | "text";

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  return magic.every((b, i) => bytes[at + i] === b);
}

function ascii(bytes: Uint8Array, from: number, to: number): string {
  let s = "";
  for (let i = from; i < Math.min(to, bytes.length); i++) s += String.fromCharCode(bytes[i]!);
  return s;
}

/** True when `needle` (ASCII) occurs in the bytes as UTF-16LE, as names in a CFB directory do. */
function hasUtf16Name(bytes: Uint8Array, needle: string): boolean {
  const first = needle.charCodeAt(0);
  outer: for (let i = 0; i + needle.length * 2 <= bytes.length; i++) {
    if (bytes[i] !== first || bytes[i + 1] !== 0) continue;
    for (let k = 1; k < needle.length; k++) if (bytes[i + 2 * k] !== needle.charCodeAt(k) || bytes[i + 2 * k + 1] !== 0) continue outer;
    return true;
  }
  return false;
}

/** The format of a non-empty file. */
export function sniffFormat(fileName: string, bytes: Uint8Array): FileFormat {
  if (startsWith(bytes, ZIP) || startsWith(bytes, ZIP_EMPTY)) {
    // An OpenDocument package stores an uncompressed "mimetype" entry first (ODF 1.2 §3.3).
    if (ascii(bytes, 30, 38) === "mimetype" && ascii(bytes, 38, 120).includes("opendocument.spreadsheet")) return "ods";
    return "ooxml";
  }
  if (startsWith(bytes, CFB)) return hasUtf16Name(bytes, "EncryptedPackage") ? "encrypted" : "biff";
  // "%PDF-" may follow a little junk (some generators put a BOM or a line before it).
  if (ascii(bytes, 0, 1024).includes("%PDF-")) return "pdf";
  if (/\.csv$/i.test(fileName)) return "csv";
  return "text";
}
