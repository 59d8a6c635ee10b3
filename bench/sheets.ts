/**
 * Workbooks of many sheets, for the linear-growth check on sheet count: the first sheet of seed
 * 004 (a performance form) copied N times, written straight as a package (fflate) because
 * exceljs's own sheet-name check makes building 10,000 sheets through it quadratic.
 *
 * Measured (in bench/run.ts, "sheets"): `jixiao check` end to end, and the exceljs path
 * (MemoryHost.open + checkWorkbook, which commands that write take), at 1,000 and 10,000 sheets.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";

const SEED = join(__dirname, "..", "test", "fixtures", "seeds", "004.xlsx");

/** Bumped whenever the output changes, so cached files are rebuilt. */
export const SHEETS_VERSION = 1;

export function manySheetsWorkbook(file: string, sheets: number): { file: string; sheets: number; bytes: number } {
  const seed = unzipSync(new Uint8Array(readFileSync(SEED)));
  const sheet = seed["xl/worksheets/sheet1.xml"]!;
  const files: Zippable = {};
  const names = Array.from({ length: sheets }, (_, i) => `表${i + 1}`);
  files["[Content_Types].xml"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
      `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>` +
      names.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("") +
      `</Types>`,
  );
  files["_rels/.rels"] = seed["_rels/.rels"]!;
  files["xl/styles.xml"] = seed["xl/styles.xml"]!;
  files["xl/sharedStrings.xml"] = seed["xl/sharedStrings.xml"]!;
  files["xl/workbook.xml"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
      `<bookViews><workbookView activeTab="0"/></bookViews><sheets>` +
      names.map((n, i) => `<sheet name="${n}" sheetId="${i + 1}" r:id="rId${i + 3}"/>`).join("") +
      `</sheets></workbook>`,
  );
  files["xl/_rels/workbook.xml.rels"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
      `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>` +
      names.map((_, i) => `<Relationship Id="rId${i + 3}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("") +
      `</Relationships>`,
  );
  // The seed's sheet XML as is, minus parts it points at that are not copied (none for sheet 1 of 004).
  if (/<(drawing|legacyDrawing|tableParts)[\s>]/.test(strFromU8(sheet))) throw new Error("the seed sheet refers to other parts");
  for (let i = 0; i < sheets; i++) files[`xl/worksheets/sheet${i + 1}.xml`] = sheet;
  const bytes = zipSync(files, { level: 6 });
  writeFileSync(file, bytes);
  return { file, sheets, bytes: bytes.length };
}
