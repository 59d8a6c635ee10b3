/**
 * `jixiao check --annotate` writes a copy that a real spreadsheet program opens cleanly:
 * LibreOffice Calc (headless) loads it, converts it, and the marks and notes are still there.
 * Runs in `npm run test:calc` (fails without LibreOffice), not in `npm test`.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { main, nodeContext } from "../../src/cli/main";
import { requireSoffice } from "./libreoffice";

const SOFFICE = requireSoffice();
const FIX = join(__dirname, "..", "fixtures", "seeds");

describe("annotated copy in LibreOffice Calc", () => {
  it("opens, converts, and keeps the flagged cells' fill and notes", async () => {
    const dir = mkdtempSync(join(tmpdir(), "jixiao-annotate-"));
    const annotated = join(dir, "annotated.xlsx");
    const ctx = nodeContext();
    Object.assign(ctx, { out: () => undefined, err: () => undefined });
    expect(await main(["check", join(FIX, "003.xlsx"), "--annotate", annotated], ctx)).toBe(1);

    const outDir = join(dir, "lo");
    execFileSync(SOFFICE, ["--headless", `-env:UserInstallation=file://${join(dir, "profile")}`, "--convert-to", "xlsx", "--outdir", outDir, annotated], { stdio: "pipe", timeout: 180_000 });
    expect(readdirSync(outDir)).toEqual(["annotated.xlsx"]);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(join(outDir, "annotated.xlsx")) as unknown as ExcelJS.Buffer);
    // The 公车平台 self-evaluation: 14 of 15 drivers scored full marks (EVA-05) is marked red with its message.
    const ws = wb.getWorksheet("公车平台经费")!;
    let flagged: ExcelJS.Cell | undefined;
    ws.eachRow((row) => row.eachCell((cell) => {
      const note = JSON.stringify(cell.note ?? "");
      if (note.includes("EVA-05")) flagged = cell;
    }));
    expect(flagged).toBeDefined();
    expect(JSON.stringify(flagged!.note)).toContain("14 ÷ 15 × 10 = 9.33");
    const fill = flagged!.fill as ExcelJS.FillPattern;
    expect(fill.fgColor?.argb?.toUpperCase()).toMatch(/FFC7CE$/);
  }, 240_000);
});
