/**
 * Builds the layout corpus test/fixtures/layouts/<id>.xlsx + <id>.truth.json: workbooks in the
 * layouts of provinces and systems other than the seeds', each rebuilt from the labels and
 * structure of a public template (sources in scripts/layouts/*.ts and in each truth file),
 * filled with made-up but consistent data, with the truth of every field and its cell.
 *
 *   npm run layouts              write the workbooks and truths
 *   npm run layouts -- --review  also check each correct copy and list its findings to review
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { MemoryHost } from "../src/hosts/memory";
import { checkWorkbook } from "../src/usecases/check-workbook";
import { anhui, chongqingDepartment, hebei, jiangsu, national10, sichuan510000, type Layout } from "./layouts/self-evaluations";
import { centralLibrary, guangdong, hunanDepartment2023, national101, shandong, shenzhen, zhejiang } from "./layouts/targets";

export const LAYOUTS: readonly (() => Layout)[] = [
  national10,
  sichuan510000,
  hebei,
  anhui,
  jiangsu,
  chongqingDepartment,
  hunanDepartment2023,
  guangdong,
  zhejiang,
  shandong,
  shenzhen,
  centralLibrary,
  national101,
];

const DIR = join(__dirname, "..", "test", "fixtures", "layouts");
/** Fixed workbook dates, so regenerating changes nothing that matters. */
const STAMP = new Date(Date.UTC(2024, 0, 1));

export async function layoutWorkbook(layout: Layout): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "jixiao layouts";
  wb.created = STAMP;
  wb.modified = STAMP;
  layout.sheet.addTo(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The sheets' cells, merges and styles, without the zip's timestamps. */
async function sheetsModel(bytes: Uint8Array): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return JSON.stringify(wb.worksheets.map((ws) => ws.model));
}

/** Writes the workbook unless the file already holds the same sheets (zip entries carry the time of writing). */
async function writeWorkbook(path: string, bytes: Uint8Array): Promise<void> {
  if (existsSync(path) && (await sheetsModel(new Uint8Array(readFileSync(path)))) === (await sheetsModel(bytes))) return;
  writeFileSync(path, bytes);
}

/** Every finding on a correct copy, one line each: errors are false alarms, warnings need a look. */
async function review(id: string, bytes: Uint8Array): Promise<void> {
  const { findings, forms } = await checkWorkbook(await MemoryHost.open(bytes));
  process.stdout.write(`  ${forms.map((f) => f.kind).join(", ") || "no form read"}; ${findings.length} finding(s)\n`);
  for (const f of findings) process.stdout.write(`  ${f.severity.padEnd(7)} ${f.rule} ${f.cells[0]?.ref ?? ""} ${f.message}\n`);
  if (findings.length === 0) process.stdout.write(`  (${id}: nothing reported)\n`);
}

async function main(): Promise<void> {
  const withReview = process.argv.includes("--review");
  mkdirSync(DIR, { recursive: true });
  const ids = new Set<string>();
  for (const make of LAYOUTS) {
    const layout = make();
    const { id } = layout.truth;
    if (ids.has(id)) throw new Error(`duplicate layout id ${id}`);
    ids.add(id);
    const bytes = await layoutWorkbook(layout);
    await writeWorkbook(join(DIR, `${id}.xlsx`), bytes);
    writeFileSync(join(DIR, `${id}.truth.json`), `${JSON.stringify(layout.truth, null, 2)}\n`);
    process.stdout.write(`test/fixtures/layouts/${id}.xlsx (${layout.truth.indicators.length} indicators)\n`);
    if (withReview) await review(id, bytes);
  }
}

if (require.main === module) {
  main().catch((e: unknown) => {
    process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 1;
  });
}
