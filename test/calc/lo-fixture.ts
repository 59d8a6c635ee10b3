/**
 * A workbook made by LibreOffice, carrying what a clerk's LibreOffice file may carry: a chart,
 * sheet and workbook protection with a password, custom document properties, printing fitted to
 * one page wide, a clerk's comment on a cell that checking marks and scoring rewrites, a named
 * range, and a database range with an active filter (the case that once could not be saved).
 *
 * Built from seed 003 (forms to check and score) in two LibreOffice runs: the seed is saved as
 * flat ODF (.fods), the features are written into that XML as LibreOffice itself writes them,
 * and LibreOffice saves the result as .xlsx — so every part of the fixture is LibreOffice's, but
 * for the protection password it cannot write (addPasswords).
 *
 *   npx tsx test/calc/lo-fixture.ts OUT_DIR     writes OUT_DIR/lo-features.xlsx
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { convert, findSoffice } from "./libreoffice";

export const LO_SHEET = "公车平台经费";
export const LO_PROTECTED_SHEET = "物业管理及水电气经费";
export const LO_COMMENT = "财务科：得分待复核";
/** The 得分 of 公车平台司勤人员: checking marks it (EVA-05) and scoring rewrites it (14 ÷ 15 × 10). */
export const LO_COMMENT_CELL = { row: 15, col: 7, ref: "H16" };
export const LO_PASSWORD = "jixiao-pw";
export const LO_PROPERTY = { name: "填报单位", value: "株洲市石峰区机关事务服务中心" };
export const LO_NAMED_RANGE = "得分区";
export const LO_FILTER_RANGE = "指标筛选";
/** The sheet with an unnamed filter range, and its position among the sheets. */
export const LO_FILTER_SHEET = "零星维修购置及各类合同经费";
const LO_FILTER_SHEET_INDEX = 12;

const SEEDS = join(__dirname, "..", "fixtures", "seeds");

/** The password as Excel's legacy 16-bit hash (big-endian bytes, base64), as ODF's legacy-hash_excel key. */
function protectionKey(password: string): string {
  let hash = 0;
  for (let i = password.length - 1; i >= 0; i--) {
    hash = ((hash >> 14) & 1) | ((hash << 1) & 0x7fff);
    hash ^= password.charCodeAt(i);
  }
  hash = ((hash >> 14) & 1) | ((hash << 1) & 0x7fff);
  hash ^= password.length ^ 0xce4b;
  return Buffer.from([hash >> 8, hash & 0xff]).toString("base64");
}

const EXCEL_HASH = "http://docs.oasis-open.org/office/ns/table/legacy-hash_excel";
const PROTECTION = (key: string) => `table:protected="true" table:protection-key="${key}" table:protection-key-digest-algorithm="${EXCEL_HASH}"`;

function once(xml: string, find: string | RegExp, replace: (match: string) => string): string {
  const m = typeof find === "string" ? (xml.includes(find) ? { index: xml.indexOf(find), 0: find } : null) : find.exec(xml);
  if (!m) throw new Error(`lo-fixture: ${String(find)} not found`);
  return xml.slice(0, m.index) + replace(m[0]) + xml.slice(m.index + m[0].length);
}

/** Where a table's element starts and ends in the document. */
function tableSpan(xml: string, name: string): { start: number; end: number } {
  const start = xml.indexOf(`<table:table table:name="${name}"`);
  if (start < 0) throw new Error(`lo-fixture: no sheet ${name}`);
  return { start, end: xml.indexOf("</table:table>", start) + "</table:table>".length };
}

/**
 * Puts an annotation into the cell at (row, col) of a table, counting repeated rows and cells
 * as LibreOffice writes them (the cell is expected not to sit inside a repeat).
 */
function annotate(xml: string, sheet: string, at: { row: number; col: number }, text: string): string {
  const span = tableSpan(xml, sheet);
  const table = xml.slice(span.start, span.end);
  const rowRe = /<table:table-row\b[^>]*?(\/>|>[\s\S]*?<\/table:table-row>)/g;
  let row = 0;
  for (let m = rowRe.exec(table); m; m = rowRe.exec(table)) {
    const repeat = Number(/table:number-rows-repeated="(\d+)"/.exec(m[0].slice(0, m[0].indexOf(">") + 1))?.[1] ?? 1);
    if (row + repeat <= at.row) {
      row += repeat;
      continue;
    }
    if (repeat !== 1) throw new Error("lo-fixture: the commented cell lies in repeated rows");
    const cellRe = /<table:(covered-)?table-cell\b[^>]*?(\/>|>[\s\S]*?<\/table:(covered-)?table-cell>)/g;
    let col = 0;
    for (let c = cellRe.exec(m[0]); c; c = cellRe.exec(m[0])) {
      const open = c[0].slice(0, c[0].indexOf(">") + 1);
      const cols = Number(/table:number-columns-repeated="(\d+)"/.exec(open)?.[1] ?? 1);
      if (col + cols <= at.col) {
        col += cols;
        continue;
      }
      if (c[1]) throw new Error("lo-fixture: the commented cell is covered by a merge");
      const note = `<office:annotation office:display="false"><dc:creator>财务科</dc:creator><text:p>${text}</text:p></office:annotation>`;
      // A cell repeated across columns is split into the cells before, this one, and those after.
      const repeated = (n: number) => (n === 0 ? "" : c[0].replace(/table:number-columns-repeated="\d+"/, `table:number-columns-repeated="${n}"`));
      const single = c[0].replace(/\s*table:number-columns-repeated="\d+"/, "");
      const singleOpen = single.slice(0, single.indexOf(">") + 1);
      const target = singleOpen.endsWith("/>") ? `${singleOpen.slice(0, -2)}>${note}</table:table-cell>` : `${singleOpen}${note}${single.slice(singleOpen.length)}`;
      const cell = repeated(at.col - col) + target + repeated(col + cols - 1 - at.col);
      const rowXml = m[0].slice(0, c.index) + cell + m[0].slice(c.index + c[0].length);
      const tableXml = table.slice(0, m.index) + rowXml + table.slice(m.index + m[0].length);
      return xml.slice(0, span.start) + tableXml + xml.slice(span.end);
    }
    throw new Error("lo-fixture: no such column");
  }
  throw new Error("lo-fixture: no such row");
}

/** A bar chart of the 分值 column, as LibreOffice embeds a chart object in flat ODF. */
function chartFrame(sheet: string): string {
  const range = `'${sheet}'.G15:'${sheet}'.G18`;
  return (
    `<table:shapes><draw:frame draw:z-index="0" draw:name="分值图" svg:width="8cm" svg:height="5cm" svg:x="12cm" svg:y="0.5cm">` +
    `<draw:object draw:notify-on-update-of-ranges="${range}"><office:document office:mimetype="application/vnd.oasis.opendocument.chart" office:version="1.3">` +
    `<office:body><office:chart><chart:chart chart:class="chart:bar" svg:width="8cm" svg:height="5cm">` +
    `<chart:plot-area table:cell-range-address="${range}" chart:data-source-has-labels="none">` +
    `<chart:axis chart:dimension="x" chart:name="primary-x"/><chart:axis chart:dimension="y" chart:name="primary-y"/>` +
    `<chart:series chart:values-cell-range-address="${range}" chart:class="chart:bar"><chart:data-point chart:repeated="4"/></chart:series>` +
    `</chart:plot-area></chart:chart></office:chart></office:body></office:document></draw:object></draw:frame></table:shapes>`
  );
}

/** The seed's flat ODF with the features written in. */
export function withFeatures(fods: string): string {
  let xml = fods;
  const key = protectionKey(LO_PASSWORD);
  // Custom document property.
  xml = once(xml, "</office:meta>", (m) => `<meta:user-defined meta:name="${LO_PROPERTY.name}" meta:value-type="string">${LO_PROPERTY.value}</meta:user-defined>${m}`);
  // Workbook (structure) protection and sheet protection, both with the password.
  xml = once(xml, "<office:spreadsheet>", () => `<office:spreadsheet table:structure-protected="true" table:protection-key="${key}" table:protection-key-digest-algorithm="${EXCEL_HASH}">`);
  xml = once(xml, `<table:table table:name="${LO_PROTECTED_SHEET}"`, (m) => `${m} ${PROTECTION(key)}`);
  // The clerk's comment, and the chart on the same sheet.
  xml = annotate(xml, LO_SHEET, LO_COMMENT_CELL, LO_COMMENT);
  xml = once(xml, new RegExp(`<table:table table:name="${LO_SHEET}"[^>]*>`), (m) => m + chartFrame(LO_SHEET));
  // A named range, and a database range with its filter buttons and an active filter.
  xml = once(xml, /<table:named-expressions\/>|<table:named-expressions>/, (m) => {
    const named = `<table:named-range table:name="${LO_NAMED_RANGE}" table:base-cell-address="$'${LO_SHEET}'.$H$15" table:cell-range-address="$'${LO_SHEET}'.$H$15:.$H$23"/>`;
    return m.endsWith("/>") ? `<table:named-expressions>${named}</table:named-expressions>` : m + named;
  });
  xml = once(xml, /<\/table:named-expressions>/, (m) =>
    `${m}<table:database-ranges><table:database-range table:name="${LO_FILTER_RANGE}" table:target-range-address="'${LO_SHEET}'.A14:'${LO_SHEET}'.I23" table:display-filter-buttons="true">` +
    `<table:filter><table:filter-condition table:field-number="0" table:value="产出指标" table:operator="="/></table:filter></table:database-range>` +
    // A sheet's unnamed filter range: LibreOffice writes it as an autoFilter and _xlnm._FilterDatabase.
    `<table:database-range table:name="__Anonymous_Sheet_DB__${LO_FILTER_SHEET_INDEX}" table:target-range-address="'${LO_FILTER_SHEET}'.A14:'${LO_FILTER_SHEET}'.I23" table:display-filter-buttons="true">` +
    `<table:filter><table:filter-condition table:field-number="1" table:value="数量指标" table:operator="="/></table:filter></table:database-range></table:database-ranges>`,
  );
  // Printing: every sheet one page wide (LibreOffice writes this as fitToPage with fitToWidth 1).
  xml = xml.replace(/style:scale-to="[^"]*"/g, 'style:scale-to-X="1" style:scale-to-Y="0"');
  if (!/style:scale-to-X="1"/.test(xml)) xml = xml.replace(/<style:page-layout-properties /g, '<style:page-layout-properties style:scale-to-X="1" ');
  return xml;
}

/** Builds the fixture with LibreOffice in `dir`; returns the .xlsx path. */
/**
 * LibreOffice (7.x) protects the sheet in the .xlsx it writes but leaves the password out (and
 * writes workbook protection without lockStructure), whatever key the ODF carries. The password
 * is then put into its protection elements as Excel writes it (the legacy 16-bit hash), so the
 * fixture has a password for the outputs to keep.
 */
function addPasswords(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  const hash = Buffer.from(protectionKey(LO_PASSWORD), "base64").toString("hex").toUpperCase();
  const wb = strFromU8(files["xl/workbook.xml"]!);
  const rid = new RegExp(`<sheet name="${LO_PROTECTED_SHEET}"[^>]*r:id="([^"]+)"`).exec(wb)![1];
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${rid}"`).exec(strFromU8(files["xl/_rels/workbook.xml.rels"]!))!;
  const sheetPath = `xl/${(target[1] ?? target[2])!.replace(/^\/?xl\//, "")}`;
  const sheet = strFromU8(files[sheetPath]!);
  if (!/<sheetProtection /.test(sheet) || !/<workbookProtection /.test(wb)) throw new Error("lo-fixture: LibreOffice wrote no protection");
  files[sheetPath] = strToU8(sheet.replace(/<sheetProtection /, `<sheetProtection password="${hash}" `));
  files["xl/workbook.xml"] = strToU8(wb.replace(/<workbookProtection[^>]*\/>/, `<workbookProtection workbookPassword="${hash}" lockStructure="true"/>`));
  return zipSync(files);
}

/** Builds the fixture with LibreOffice in `dir`; returns the .xlsx path. */
export function buildLibreOfficeWorkbook(soffice: string, dir: string): string {
  mkdirSync(dir, { recursive: true });
  const seed = join(dir, "lo-features.xlsx");
  copyFileSync(join(SEEDS, "003.xlsx"), seed);
  const [fodsPath] = convert(soffice, [seed], "fods", join(dir, "fods"), dir);
  const fods = join(dir, "lo-features.fods");
  writeFileSync(fods, withFeatures(readFileSync(fodsPath!, "utf8")));
  const [xlsx] = convert(soffice, [fods], "xlsx", join(dir, "xlsx"), dir);
  writeFileSync(xlsx!, addPasswords(new Uint8Array(readFileSync(xlsx!))));
  return xlsx!;
}

if (require.main === module) {
  const soffice = findSoffice();
  if (!soffice) throw new Error("LibreOffice (soffice) is needed to build this fixture.");
  const out = process.argv[2] ?? "lo-fixture-out";
  const file = buildLibreOfficeWorkbook(soffice, out);
  if (!existsSync(file)) throw new Error("LibreOffice wrote nothing");
  console.log(file);
}
