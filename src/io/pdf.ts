/**
 * Text PDFs → one grid. Published 部门决算 are PDFs made with Word, WPS or ONLYOFFICE: their text
 * is real text with positions, so the tables are rebuilt from where the text sits
 * (grid/positioned.ts) and the narrative kept as paragraphs, page after page, one empty row
 * between blocks — the same grid a text copied out of the PDF gives, so the same recogniser
 * reads the 公开 tables and the 决算情况说明.
 *
 * PDF.js (pdfjs-dist, Mozilla's maintained reader) is imported only when a PDF is opened; its
 * legacy build runs in Node 20 and in older browsers (WPS's Chromium). Its worker runs in the
 * same thread ("fake worker", loaded by import), so nothing is fetched from a URL: the same code
 * works in Node, in the browser bundle and in the command line.
 */
import { gridFromBlocks } from "../grid/from-text";
import type { Grid } from "../grid/grid";
import { layoutPieces, type LayoutBlock, type Piece } from "../grid/positioned";
import { UnreadableFile } from "./spreadsheet";

interface TextItemLike {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
}

type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");

let loaded: Promise<PdfJs> | undefined;
function pdfjs(): Promise<PdfJs> {
  loaded ??= (async () => {
    const lib = await import("pdfjs-dist/legacy/build/pdf.mjs");
    const g = globalThis as { pdfjsWorker?: unknown };
    g.pdfjsWorker ??= await import("pdfjs-dist/legacy/build/pdf.worker.mjs");
    return lib;
  })();
  return loaded;
}

/** The pieces of text on one page, y from the top of the page. */
export function piecesOfPage(items: readonly TextItemLike[], pageHeight: number): Piece[] {
  const out: Piece[] = [];
  for (const it of items) {
    if (typeof it.str !== "string" || it.str.trim() === "" || !it.transform) continue;
    const [a = 0, b = 0, , d = 0, e = 0, f = 0] = it.transform;
    const size = Math.hypot(a, b) || Math.abs(d) || it.height || 10;
    out.push({ text: it.str, x0: e, x1: e + (it.width ?? 0), y: pageHeight - f, size });
  }
  return out;
}

export interface ReadPdf {
  grid: Grid;
  pages: number;
}

/** Reads a text PDF into one grid; a PDF without text (scanned) or a locked one is refused. */
export async function readPdf(bytes: Uint8Array, fileName: string, sheet: string): Promise<ReadPdf> {
  const lib = await pdfjs();
  let doc: Awaited<ReturnType<PdfJs["getDocument"]>["promise"]>;
  try {
    // PDF.js takes ownership of (detaches) the buffer it is given: hand it a copy.
    doc = await lib.getDocument({ data: bytes.slice(), isEvalSupported: false, useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
  } catch (e) {
    const name = (e as { name?: string })?.name;
    if (name === "PasswordException") throw new UnreadableFile(`“${fileName}”设有打开密码，无法读取；请提供未加密的 PDF。`);
    throw new UnreadableFile(`“${fileName}”不是有效的 PDF 文件（文件可能已损坏）。`);
  }
  try {
    const blocks: LayoutBlock[] = [];
    let chars = 0;
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const height = page.view[3] ?? 842;
      const content = await page.getTextContent();
      const pieces = piecesOfPage(content.items as TextItemLike[], height);
      for (const piece of pieces) chars += piece.text.trim().length;
      for (const block of layoutPieces(pieces)) blocks.push({ ...block, page: p });
      page.cleanup();
    }
    if (chars === 0) {
      throw new UnreadableFile(`“${fileName}”是扫描件（${doc.numPages} 页都是图片，没有文字），无法读取；请提供由 Word、WPS 导出的 PDF，或原始的 Excel/Word 文件。`);
    }
    return { grid: gridFromBlocks(blocks, sheet), pages: doc.numPages };
  } catch (e) {
    if (e instanceof UnreadableFile) throw e;
    throw new UnreadableFile(`“${fileName}”的内容无法读取（PDF 文件可能已损坏）。`);
  } finally {
    void doc.destroy();
  }
}
