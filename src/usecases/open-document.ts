/**
 * Opening what a clerk or a finance bureau hands us: an .xlsx workbook or a text document
 * copied out of Word/PDF. Both become a workbook host (text becomes a one-sheet workbook), so
 * every later step — recognise, check, score, annotate — works the same on either.
 */
import { MemoryHost } from "../hosts/memory";
import { gridFromText } from "../grid/from-text";

export type DocumentKind = "xlsx" | "text";

export interface OpenedDocument {
  kind: DocumentKind;
  host: MemoryHost;
}

/** A user-facing failure: one sentence, no stack trace. */
export class InputError extends Error {
  override readonly name = "InputError";
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/**
 * Text from Word/PDF is usually UTF-8; files saved by older Windows tools are GB18030 (GBK).
 * Decode strictly as UTF-8 first and fall back when that fails.
 */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

/** Decide by content, not by name: a text file named .xlsx is still text-shaped garbage for us. */
export function documentKind(fileName: string, bytes: Uint8Array): DocumentKind {
  if (bytes.length === 0) throw new InputError(`“${fileName}”是空文件。`);
  if (startsWith(bytes, ZIP_MAGIC)) return "xlsx";
  if (startsWith(bytes, OLE_MAGIC)) {
    throw new InputError(`“${fileName}”是旧版 .xls 工作簿或受密码保护的工作簿，请在 Excel 或 WPS 中另存为 .xlsx（不设密码）后再试。`);
  }
  if (/\.(xlsx|xlsm)$/i.test(fileName)) {
    throw new InputError(`“${fileName}”不是有效的 .xlsx 工作簿（文件内容不是 Excel 格式），请确认文件未损坏。`);
  }
  if (/\.(txt|tsv|text|md)$/i.test(fileName) || !/\.[a-z0-9]+$/i.test(fileName)) return "text";
  throw new InputError(`不支持“${fileName}”这种文件，请提供 .xlsx 工作簿或 .txt 文本。`);
}

export async function openDocument(fileName: string, bytes: Uint8Array): Promise<OpenedDocument> {
  const kind = documentKind(fileName, bytes);
  if (kind === "xlsx") {
    try {
      return { kind, host: await MemoryHost.open(bytes) };
    } catch (e) {
      throw new InputError(`“${fileName}”：${(e as Error).message}`);
    }
  }
  if (bytes.length === 0) throw new InputError(`“${fileName}”是空文件。`);
  const text = decodeText(bytes);
  if (text.includes("\u0000")) throw new InputError(`“${fileName}”不是文本文件，请提供 .xlsx 工作簿或 .txt 文本。`);
  const sheet = baseName(fileName).slice(0, 31) || "文本";
  return { kind, host: MemoryHost.fromGrids([gridFromText(text, { sheet })]) };
}

function baseName(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? path;
  return name.replace(/\.[^.]+$/, "").replace(/[[\]:*?/\\]/g, "_");
}
