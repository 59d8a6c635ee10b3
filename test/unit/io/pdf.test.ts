/**
 * Text PDFs are read into grids by where their text sits; a PDF without text says so. The
 * fixture is seed 003's 决算 part printed to PDF by LibreOffice (scripts/make-format-fixtures.ts).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { InputError, openDocument } from "../../../src/usecases/open-document";
import { checkWorkbook } from "../../../src/usecases/check-workbook";
import { main } from "../../../src/cli/main";
import type { CommandContext } from "../../../src/cli/context";
import type { FinalAccountsTableForm } from "../../../src/forms/forms";

jest.setTimeout(180_000);

const FORMATS = join(__dirname, "..", "..", "fixtures", "formats");
const bytes = (name: string): Uint8Array => new Uint8Array(readFileSync(join(FORMATS, name)));

/** A one-page PDF with no text at all, as a scanner without OCR makes (the image left out). */
function pdfWithoutText(): Uint8Array {
  const objects = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

describe("text PDFs", () => {
  it("rebuild the nine 公开 tables and the narrative with the numbers the workbook holds", async () => {
    const pdf = await openDocument("003-juesuan.pdf", bytes("003-juesuan.pdf"));
    expect(pdf.kind).toBe("pdf");
    const fromPdf = await checkWorkbook(pdf.host);
    const tables = fromPdf.forms.filter((f): f is FinalAccountsTableForm => f.kind === "JS");
    expect(tables.map((t) => t.table).sort()).toEqual(["01", "02", "03", "04", "05", "06", "07", "08", "09"]);
    expect(fromPdf.forms.some((f) => f.kind === "JN")).toBe(true);

    // Every amount of 公开01 read from the PDF is one the workbook it was printed from holds there.
    const xlsx = await openDocument("003.xlsx", new Uint8Array(readFileSync(join(__dirname, "..", "..", "fixtures", "seeds", "003.xlsx"))));
    const fromXlsx = await checkWorkbook(xlsx.host);
    const amounts = (forms: readonly FinalAccountsTableForm[]): number[] =>
      forms
        .filter((t) => t.table === "01")
        .flatMap((t) => t.lines)
        .flatMap((l) => Object.values(l.amounts).map((a) => a.value))
        .filter((v): v is number => typeof v === "number");
    const inPdf = amounts(tables);
    const inXlsx = new Set(amounts(fromXlsx.forms.filter((f): f is FinalAccountsTableForm => f.kind === "JS")));
    expect(inPdf.length).toBeGreaterThanOrEqual(5);
    for (const v of inPdf) expect(inXlsx.has(v)).toBe(true);
  });

  it("put each row's label and amounts in separate columns of one row", async () => {
    const pdf = await openDocument("003-juesuan.pdf", bytes("003-juesuan.pdf"));
    const sheet = (await pdf.host.listSheets())[0]!.name;
    const grid = await pdf.host.readSheet(sheet);
    const rows = grid.toTextRows().map((r) => r.filter((c) => c !== ""));
    const total = rows.find((r) => r[0] === "本年收入合计");
    expect(total).toBeDefined();
    expect(total!.length).toBeGreaterThanOrEqual(3); // label, 行次 or amount, and the other side
    expect(total!.some((c) => /^\d[\d,]*\.\d\d$/.test(c))).toBe(true);
  });

  it("say in one line that a PDF without text (a scan) cannot be read", async () => {
    await expect(openDocument("scan.pdf", pdfWithoutText())).rejects.toThrow(InputError);
    await expect(openDocument("scan.pdf", pdfWithoutText())).rejects.toThrow(/扫描件/);
  });

  it("end a broken PDF with one line and exit 2 in the command line", async () => {
    const full = bytes("003-juesuan.pdf");
    for (const broken of [full.subarray(0, 600), new TextEncoder().encode("%PDF-1.7\n garbage")]) {
      const err: string[] = [];
      const ctx: CommandContext = {
        out: () => undefined,
        err: (l) => err.push(l),
        readBytes: async () => broken,
        writeBytes: async () => undefined,
        identify: async (file) => ({ real: file, exists: true, regular: true }),
        open: async (file) => {
          try {
            return await openDocument(file, broken);
          } catch (e) {
            err.push((e as Error).message);
            return undefined;
          }
        },
      };
      expect(await main(["parse", "broken.pdf"], ctx)).toBe(2);
      expect(err).toHaveLength(1);
      expect(err[0]).toMatch(/broken\.pdf/);
    }
  });
});
