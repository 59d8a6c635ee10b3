/** The seed forms as grids: each document from its text (both shapes) and each sheet of its workbook. */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { gridFromText } from "../../src/grid/from-text";
import type { Grid } from "../../src/grid/grid";
import { worksheetToGrid } from "../../src/hosts/memory";

export const SEEDS = join(__dirname, "..", "fixtures", "seeds");

export function seedNames(): string[] {
  return readdirSync(SEEDS)
    .filter((f) => /^\d{3}\.txt$/.test(f))
    .map((f) => f.slice(0, 3))
    .sort();
}

export function seedText(name: string): string {
  return readFileSync(join(SEEDS, `${name}.txt`), "utf8");
}

export async function seedGrids(): Promise<Grid[]> {
  const grids: Grid[] = [];
  for (const name of seedNames()) {
    grids.push(gridFromText(seedText(name), { sheet: name }));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(join(SEEDS, `${name}.xlsx`)) as unknown as ExcelJS.Buffer);
    for (const ws of wb.worksheets) grids.push(worksheetToGrid(ws));
  }
  return grids;
}
