/**
 * Highlight, then clear: the sheet is exactly as before — the grid the engine reads
 * (gridSnapshot) and, below the seam, every exceljs cell's value, style and note — whatever the
 * clerk's formatting, notes and merged areas, whatever was marked (cells, ranges, merged areas,
 * empty cells far away, the same cell twice), however often, and across a save and re-open.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import { columnLetters, toA1 } from "../../src/grid/address";
import type { Highlight, Severity } from "../../src/hosts/host";
import { MemoryHost } from "../../src/hosts/memory";
import { gridSnapshot } from "../contract/host-contract";

jest.setTimeout(120_000);

const ROWS = 12;
const COLS = 6;

interface ClerkCell {
  row: number;
  col: number;
  value: ExcelJS.CellValue;
  fill?: string;
  bold?: boolean;
  numFmt?: string;
  border?: boolean;
  note?: string;
}

const clerkCell: fc.Arbitrary<ClerkCell> = fc.record(
  {
    row: fc.nat(ROWS - 1),
    col: fc.nat(COLS - 1),
    value: fc.oneof(
      fc.constantFrom("产出指标", "数量指标", "≥95%", "1,406.53", "", "合计"),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
      fc.constant(null),
      fc.constantFrom({ error: "#DIV/0!" }, { error: "#REF!" }, { error: "#N/A" }) as fc.Arbitrary<ExcelJS.CellValue>,
      fc.constant({ formula: "SUM(A1:A2)", result: 3 } as ExcelJS.CellValue),
      fc.constant({ richText: [{ text: "富" }, { text: "文本", font: { bold: true } }] } as ExcelJS.CellValue),
    ),
    fill: fc.constantFrom("FFFFFF00", "FF00B050", "FFFFC7CE"),
    bold: fc.boolean(),
    numFmt: fc.constantFrom("0.00", "#,##0.00", "0%", "@"),
    border: fc.boolean(),
    note: fc.constantFrom("会计的批注", "请核对", "原有批注\n第二行"),
  },
  { requiredKeys: ["row", "col", "value"] },
);

const severity = fc.constantFrom<Severity>("error", "warning", "info");

/** A1 refs and ranges inside the clerk's area, on its edge, and far away on empty cells. */
const highlight: fc.Arbitrary<Highlight> = fc
  .record({
    top: fc.nat(ROWS + 3),
    left: fc.nat(COLS + 3),
    h: fc.nat(2),
    w: fc.nat(2),
    far: fc.boolean(),
    severity,
    note: fc.option(fc.constantFrom("目标值应为数字", "得分超过分值", "【错误】合计不等于各项之和\n请核对"), { nil: undefined }),
  })
  .map(({ top, left, h, w, far, severity: s, note }) => {
    const t = far ? top + 200 : top;
    const ref = h === 0 && w === 0 ? toA1(t, left) : `${toA1(t, left)}:${toA1(t + h, left + w)}`;
    return note === undefined ? { ref, severity: s } : { ref, severity: s, note };
  });

async function clerkWorkbook(cells: readonly ClerkCell[], merges: readonly { top: number; left: number; h: number; w: number }[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("自评表");
  wb.addWorksheet("另一张").getCell("B2").value = "别的表";
  for (const c of cells) {
    const cell = ws.getCell(c.row + 1, c.col + 1);
    cell.value = c.value;
    if (c.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: c.fill } };
    if (c.bold) cell.font = { bold: true, name: "宋体" };
    if (c.numFmt) cell.numFmt = c.numFmt;
    if (c.border) cell.border = { top: { style: "thin" }, bottom: { style: "thin" } };
    if (c.note) cell.note = c.note;
  }
  // Merged areas that do not overlap (exceljs refuses overlaps, as Excel does).
  const taken = new Set<string>();
  for (const m of merges) {
    const keys: string[] = [];
    for (let r = m.top; r <= m.top + m.h; r++) for (let c = m.left; c <= m.left + m.w; c++) keys.push(`${r}:${c}`);
    if ((m.h === 0 && m.w === 0) || keys.some((k) => taken.has(k))) continue;
    keys.forEach((k) => taken.add(k));
    ws.mergeCells(m.top + 1, m.left + 1, m.top + m.h + 1, m.left + m.w + 1);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Every cell model of the area the marks can reach (find* only: getCell would create cells). */
function cellModels(ws: ExcelJS.Worksheet): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const rows = Math.max(ws.rowCount, ROWS + 210);
  for (let r = 1; r <= rows; r++) {
    for (let c = 1; c <= COLS + 6; c++) {
      const cell = ws.findCell(r, c);
      if (cell !== undefined) out[`${columnLetters(c - 1)}${r}`] = JSON.parse(JSON.stringify(cell.model));
    }
  }
  return out;
}

async function state(host: MemoryHost): Promise<unknown> {
  const sheets: Record<string, unknown> = {};
  for (const s of await host.listSheets()) {
    const ws = host.workbook.getWorksheet(s.name)!;
    sheets[s.name] = { grid: gridSnapshot(await host.readSheet(s.name)), cells: cellModels(ws), merges: [...(ws.model.merges ?? [])].sort() };
  }
  return sheets;
}

const merge = fc.record({ top: fc.nat(ROWS - 2), left: fc.nat(COLS - 2), h: fc.nat(2), w: fc.nat(2) });
const marking = fc.array(fc.array(highlight, { maxLength: 12 }), { minLength: 1, maxLength: 3 });

describe("highlight then clear leaves the workbook exactly as it was", () => {
  test("in memory, one or several rounds of marks, cleared per sheet or everywhere", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(clerkCell, { maxLength: 25 }), fc.array(merge, { maxLength: 3 }), marking, fc.boolean(), async (cells, merges, rounds, everywhere) => {
        const host = await MemoryHost.open(await clerkWorkbook(cells, merges));
        const before = await state(host);
        for (const marks of rounds) await host.setHighlights("自评表", marks);
        await host.clearHighlights(everywhere ? undefined : "自评表");
        expect(await state(host)).toEqual(before);
      }),
      { numRuns: 40 },
    );
  });

  test("marked, saved, re-opened, then cleared", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(clerkCell, { maxLength: 20 }), fc.array(merge, { maxLength: 2 }), fc.array(highlight, { maxLength: 10 }), async (cells, merges, marks) => {
        const original = await MemoryHost.open(await clerkWorkbook(cells, merges));
        const before = await state(original);
        await original.setHighlights("自评表", marks);
        const reopened = await MemoryHost.open(await original.save());
        await reopened.clearHighlights();
        // Clearing puts back only the fill (the clerk may have changed the rest since), so a
        // cell read from the marked file keeps the file's default font in memory where the
        // original had none; the file written after clearing is the original again.
        expect(await state(await MemoryHost.open(await reopened.save()))).toEqual(before);
      }),
      { numRuns: 20 },
    );
  });
});
