/**
 * Opening what a clerk or a finance bureau hands us: a workbook (.xlsx, .xlsm, .xls, WPS .et,
 * .ods), a CSV, a text PDF, or text copied out of Word/PDF. The format is decided by the file's
 * content (magic bytes), the name only telling CSV from plain text. Everything becomes a workbook
 * host (a PDF or a text becomes a one-sheet workbook), so every later step — recognise, check,
 * score, annotate — works the same on any of them.
 *
 * .xlsx/.xlsm stay on exceljs (the path that can also write them back); the other readers live
 * in src/io and are loaded only when such a file is opened.
 */
import { MemoryHost } from "../hosts/memory";
import { ReadOnlyHost } from "../io/read-only-host";
import type { WorkbookHost } from "../hosts/host";
import { readXlsx } from "../io/xlsx-reader";
import { gridFromBlocks, gridFromText } from "../grid/from-text";
import { decodeText } from "../io/decode-text";
import { parseCsv } from "../io/csv";
import { sniffFormat } from "../io/sniff";
import type { DocumentPlaces } from "./source-places";

export { decodeText };

export type DocumentKind = "xlsx" | "xls" | "ods" | "csv" | "pdf" | "text";

export interface OpenedDocument {
  kind: DocumentKind;
  host: MemoryHost;
  /** What the clerk should know about how the file was read (info, one sentence each); also in `host.notices`. */
  notices: string[];
  /** For a PDF: each sheet row's page and lines, so findings name the page and line. */
  places?: DocumentPlaces;
}

/** A document opened only to be read: the fast reader's host, or MemoryHost where that declined. */
export interface ReadDocument {
  kind: DocumentKind;
  host: WorkbookHost & { readonly notices: readonly string[] };
  notices: string[];
  /** For a PDF: each sheet row's page and lines, so findings name the page and line. */
  places?: DocumentPlaces;
}

/** A user-facing failure: one sentence, no stack trace. */
export class InputError extends Error {
  override readonly name = "InputError";
}

/** The formats `openDocument` reads, for file pickers. */
export const OPENABLE_EXTENSIONS = [".xlsx", ".xlsm", ".xls", ".et", ".ods", ".csv", ".pdf", ".txt", ".tsv", ".md"] as const;

async function fromReader<T>(fileName: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (e) {
    if ((e as Error)?.name === "UnreadableFile") throw new InputError((e as Error).message);
    throw new InputError(`“${fileName}”无法读取：${(e as Error)?.message ?? String(e)}`);
  }
}

export async function openDocument(fileName: string, bytes: Uint8Array): Promise<OpenedDocument> {
  const doc = await open(fileName, bytes);
  // The host carries every notice, so whatever checks it (command line, pane) can say how it was read.
  doc.host.notices.push(...doc.notices);
  return doc;
}

async function open(fileName: string, bytes: Uint8Array): Promise<OpenedDocument> {
  if (bytes.length === 0) throw new InputError(`“${fileName}”是空文件。`);
  const format = sniffFormat(fileName, bytes);
  const sheet = baseName(fileName).slice(0, 31) || "文本";
  switch (format) {
    case "ooxml": {
      let first: Error;
      try {
        return { kind: "xlsx", host: await MemoryHost.open(bytes), notices: [] };
      } catch (e) {
        first = e as Error;
      }
      // exceljs refuses workbooks with overlapping merged areas (Java/POI exports), which Excel
      // opens: read those by SheetJS into grids instead, and say so.
      const { xlsxHasOverlappingMerges } = await import("../io/merges");
      if (!(await xlsxHasOverlappingMerges(bytes))) throw new InputError(`“${fileName}”：${first.message}`);
      const { readSpreadsheet } = await import("../io/spreadsheet");
      try {
        const read = await readSpreadsheet(bytes, fileName);
        return { kind: "xlsx", host: MemoryHost.fromGrids(read.grids), notices: [...read.notices, `“${fileName}”已按内容读取，保存的副本不保留原有格式（颜色、边框、列宽）。`] };
      } catch {
        throw new InputError(`“${fileName}”：${first.message}`);
      }
    }
    case "encrypted":
      throw new InputError(`“${fileName}”设有打开密码，无法读取；请在 Excel 或 WPS 中取消密码（另存为不加密的工作簿）后再试。`);
    case "biff":
    case "ods": {
      const { readSpreadsheet } = await import("../io/spreadsheet");
      const read = await fromReader(fileName, () => readSpreadsheet(bytes, fileName));
      return { kind: format === "biff" ? "xls" : "ods", host: MemoryHost.fromGrids(read.grids), notices: read.notices };
    }
    case "pdf": {
      const { readPdf } = await import("../io/pdf");
      const read = await fromReader(fileName, () => readPdf(bytes, fileName, sheet));
      const host = MemoryHost.fromGrids([read.grid]);
      const name = (await host.listSheets())[0]?.name ?? read.grid.sheet;
      return { kind: "pdf", host, notices: [], places: new Map([[name, read.grid.places]]) };
    }
    case "csv":
    case "text": {
      if (/\.(xlsx|xlsm|xls|et|ods)$/i.test(fileName)) {
        const ext = /\.([a-z]+)$/i.exec(fileName)![1]!.toLowerCase();
        throw new InputError(`“${fileName}”不是有效的 .${ext} 工作簿（文件内容不是 Excel、WPS 或 LibreOffice 的表格格式），请确认文件未损坏。`);
      }
      if (format === "text" && /\.[a-z0-9]+$/i.test(fileName) && !/\.(txt|tsv|text|md)$/i.test(fileName)) {
        throw new InputError(`不支持“${fileName}”这种文件，请提供 .xlsx、.xlsm、.xls、.et、.ods、.csv、.pdf 工作簿或文件，或 .txt 文本。`);
      }
      const text = decodeText(bytes);
      if (text.includes("\u0000")) throw new InputError(`“${fileName}”不是文本文件，也不是能读取的工作簿或 PDF（不支持这种文件）；请提供 .xlsx、.xls、.et、.ods、.csv、.pdf 或 .txt 文件。`);
      const grid = format === "csv" ? gridFromBlocks([{ kind: "table", rows: parseCsv(text) }], sheet) : gridFromText(text, { sheet });
      return { kind: format, host: MemoryHost.fromGrids([grid]), notices: [] };
    }
  }
}

/**
 * Opens a document to read it only (check, parse, the preview): an .xlsx goes through the fast
 * reader (io/xlsx-reader.ts) with no exceljs loaded; a file it declines, and every other
 * format, opens as `openDocument` opens it — same grids, same messages either way.
 */
export async function readDocument(fileName: string, bytes: Uint8Array): Promise<ReadDocument> {
  if (bytes.length > 0 && sniffFormat(fileName, bytes) === "ooxml") {
    const book = readXlsx(bytes);
    if (book) return { kind: "xlsx", host: new ReadOnlyHost(book), notices: [] };
  }
  return openDocument(fileName, bytes);
}

function baseName(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? path;
  return name.replace(/\.[^.]+$/, "").replace(/[[\]:*?/\\]/g, "_");
}
