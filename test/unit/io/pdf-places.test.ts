/**
 * Findings on a PDF name the page and the line where the problem shows, not a cell of the grid
 * the PDF was read into: in the command line's text, in --json and in the --report sheet. The
 * fixture is seed 003's 决算 part printed to PDF by LibreOffice (scripts/make-format-fixtures.ts);
 * the places are checked against the page's own lines, read here straight from PDF.js.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { openDocument } from "../../../src/usecases/open-document";
import { checkWorkbook } from "../../../src/usecases/check-workbook";
import { withPlaces } from "../../../src/usecases/source-places";
import { main } from "../../../src/cli/main";
import type { CommandContext } from "../../../src/cli/context";
import { MemoryHost } from "../../../src/hosts/memory";

jest.setTimeout(180_000);

const FILE = join(__dirname, "..", "..", "fixtures", "formats", "003-juesuan.pdf");
const bytes = (): Uint8Array => new Uint8Array(readFileSync(FILE));
const squash = (s: string): string => s.replace(/\s+/g, "");

/** Each page's lines of text, top to bottom: items whose baselines are within a third of their size. */
async function pageLines(): Promise<string[][]> {
  const lib = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await lib.getDocument({ data: bytes(), isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
  const pages: string[][] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const items = (await page.getTextContent()).items as { str: string; transform: number[] }[];
    const placed = items.filter((i) => i.str.trim() !== "").map((i) => ({ y: -i.transform[5]!, x: i.transform[4]!, size: Math.hypot(i.transform[0]!, i.transform[1]!), str: i.str }));
    placed.sort((a, b) => a.y - b.y || a.x - b.x);
    const lines: (typeof placed)[] = [];
    for (const it of placed) {
      const last = lines[lines.length - 1];
      if (last && Math.abs(it.y - last[0]!.y) <= 0.45 * Math.min(it.size, last[0]!.size)) last.push(it);
      else lines.push([it]);
    }
    pages.push(lines.map((l) => l.sort((a, b) => a.x - b.x).map((i) => i.str).join("")));
  }
  await doc.destroy();
  return pages;
}

function ctxFor(out: string[]): { ctx: CommandContext; written: Map<string, Uint8Array> } {
  const written = new Map<string, Uint8Array>();
  const ctx: CommandContext = {
    out: (l) => out.push(l),
    err: (l) => out.push(l),
    readBytes: async () => bytes(),
    writeBytes: async (file, b) => void written.set(file, b),
    identify: async (file) => ({ real: file, exists: !file.endsWith(".xlsx"), regular: true }),
    open: async (file) => openDocument(file, bytes()),
  };
  return { ctx, written };
}

describe("findings on a PDF", () => {
  it("each name a page and a line that holds the text of the finding's cell", async () => {
    const doc = await openDocument("003-juesuan.pdf", bytes());
    expect(doc.places).toBeDefined();
    const found = withPlaces((await checkWorkbook(doc.host)).findings, doc.places);
    expect(found.length).toBeGreaterThan(0);
    const lines = await pageLines();
    for (const f of found) {
      expect(f.place).toBeDefined();
      const line = squash(lines[f.place!.page - 1]?.[f.place!.line - 1] ?? "");
      const cell = squash(f.cells[0]!.text);
      expect(line).not.toBe("");
      // A table row's line holds the cell's text; a paragraph holds the line's.
      expect(line.includes(cell) || cell.includes(line)).toBe(true);
    }
  });

  it("are printed with page and line by `check`, in --json, and in the --report sheet", async () => {
    const text: string[] = [];
    await main(["check", "003-juesuan.pdf"], ctxFor(text).ctx);
    const findingLines = text.filter((l) => l.includes(" › "));
    expect(findingLines.length).toBeGreaterThan(0);
    for (const l of findingLines) expect(l).toMatch(/› 第 \d+ 页第 \d+ 行 /);

    const json: string[] = [];
    await main(["check", "003-juesuan.pdf", "--json"], ctxFor(json).ctx);
    const parsed = JSON.parse(json.join("\n")) as { files: { findings: { place?: { page: number; line: number } }[] }[] };
    const places = parsed.files[0]!.findings.map((f) => f.place);
    expect(places.length).toBe(findingLines.length);
    for (const p of places) expect(p).toEqual({ page: expect.any(Number), line: expect.any(Number) });

    const out: string[] = [];
    const { ctx, written } = ctxFor(out);
    await main(["check", "003-juesuan.pdf", "--report", "report.xlsx"], ctx);
    const host = await MemoryHost.open(written.get("report.xlsx")!);
    const sheet = await host.readSheet("检查报告");
    const report = sheet.toTextRows();
    const head = report.findIndex((r) => r[1] === "位置（页、行）");
    expect(head).toBeGreaterThan(0);
    const rows = report.map((r, i) => ({ r, i })).slice(head + 1).filter(({ r }) => r[2] !== "");
    expect(rows.length).toBe(places.length);
    // The place is the link's text; the link leads to the row read from the PDF.
    for (const { i } of rows) expect(sheet.cell(i, 1)?.formula).toMatch(/^HYPERLINK\("#.+","第 \d+ 页第 \d+ 行"\)$/);
  });
});
