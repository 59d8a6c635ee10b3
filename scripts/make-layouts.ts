/**
 * Builds the layout corpus test/fixtures/layouts/<id>.xlsx + <id>.truth.json: workbooks in the
 * layouts of provinces and systems other than the seeds', each rebuilt from the labels and
 * structure of a public template (sources in scripts/layouts/*.ts and in each truth file),
 * filled with made-up but consistent data, with the truth of every field and its cell.
 *
 *   npm run layouts
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { anhui, hebei, jiangsu, national10, neimenggu, sichuan, type Layout } from "./layouts/self-evaluations";
import { centralLibrary, guangdong, hunanDepartment2023, national101, shandong, shenzhen, zhejiang } from "./layouts/targets";

export const LAYOUTS: readonly (() => Layout)[] = [
  national10,
  sichuan,
  hebei,
  anhui,
  neimenggu,
  jiangsu,
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

async function main(): Promise<void> {
  mkdirSync(DIR, { recursive: true });
  const ids = new Set<string>();
  for (const make of LAYOUTS) {
    const layout = make();
    const { id } = layout.truth;
    if (ids.has(id)) throw new Error(`duplicate layout id ${id}`);
    ids.add(id);
    writeFileSync(join(DIR, `${id}.xlsx`), await layoutWorkbook(layout));
    writeFileSync(join(DIR, `${id}.truth.json`), `${JSON.stringify(layout.truth, null, 2)}\n`);
    process.stdout.write(`test/fixtures/layouts/${id}.xlsx (${layout.truth.indicators.length} indicators)\n`);
  }
}

if (require.main === module) {
  main().catch((e: unknown) => {
    process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 1;
  });
}
