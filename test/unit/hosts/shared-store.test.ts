/**
 * One data-sheet layout for every host (src/hosts/store-format.ts): what Excel saves, WPS and the
 * command line (the in-memory host) read, and the other way round. The sheet `_jixiao` is carried
 * from one host's fake to another's cell by cell, as the saved file carries it.
 */
import ExcelJS from "exceljs";
import type { WorkbookHost } from "../../../src/hosts/host";
import { ExcelHost } from "../../../src/hosts/excel";
import { MemoryHost } from "../../../src/hosts/memory";
import { type EtApplication, WpsHost } from "../../../src/hosts/wps";
import { STORE_SHEET } from "../../../src/hosts/store-format";
import { FakeExcel } from "../../fakes/office";
import { FakeEtApplication } from "../../fakes/wps";

type Rows = (string | null)[][];

/** A host of one kind whose data sheet holds `rows` (or no data sheet), and how to read its data sheet back. */
interface Side {
  name: string;
  make(rows: Rows | undefined): Promise<{ host: WorkbookHost; rows(): Promise<Rows> }>;
}

const text = (v: unknown): string | null => (v === null || v === undefined || v === "" ? null : String(v));

const excel: Side = {
  name: "Excel",
  async make(rows) {
    const fake = new FakeExcel();
    if (rows) {
      fake.addSheet(STORE_SHEET).visibility = "VeryHidden";
      fake.type(STORE_SHEET, "A1", rows.map((r) => r.map((v) => (v === null ? null : `'${v}`))));
    }
    const host = new ExcelHost({ run: fake.run, isSetSupported: fake.isSetSupported });
    return {
      host,
      rows: async () => {
        const ctx = fake.newContext();
        const used = ctx.workbook.worksheets.getItem(STORE_SHEET).getUsedRange(true);
        used.load("values");
        await ctx.sync();
        return (used.values as unknown[][]).map((r) => r.map(text));
      },
    };
  },
};

const wps: Side = {
  name: "WPS",
  async make(rows) {
    const app = new FakeEtApplication({}, rows ? ["Sheet1", STORE_SHEET] : ["Sheet1"]);
    const book = app.ActiveWorkbook.Worksheets;
    if (rows) {
      const ws = book.Item(STORE_SHEET);
      ws.Visible = 2;
      const width = Math.max(...rows.map((r) => r.length));
      ws.Range(`A1:${String.fromCharCode(64 + width)}${rows.length}`).Value2 = rows.map((r) => Array.from({ length: width }, (_, j) => (r[j] == null ? "" : `'${r[j]}`)));
    }
    return {
      host: new WpsHost(app as unknown as EtApplication),
      rows: async () => {
        const sheet = app.sheet(STORE_SHEET);
        const out: Rows = [];
        for (const [k, cell] of sheet.cells) {
          const [r, c] = k.split(":").map(Number) as [number, number];
          (out[r] ??= [])[c] = text(cell.value);
        }
        return Array.from(out, (r) => Array.from(r ?? [], (v) => v ?? null));
      },
    };
  },
};

const memory: Side = {
  name: "command line (in-memory)",
  async make(rows) {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1").getCell("A1").value = "项目支出绩效目标表";
    if (rows) {
      const ws = wb.addWorksheet(STORE_SHEET, { state: "veryHidden" });
      rows.forEach((r, i) => r.forEach((v, j) => v !== null && (ws.getCell(i + 1, j + 1).value = v)));
    }
    const host = await MemoryHost.open(new Uint8Array(await wb.xlsx.writeBuffer()));
    return {
      host,
      rows: async () => {
        const saved = new ExcelJS.Workbook();
        await saved.xlsx.load((await host.save()) as unknown as ArrayBuffer);
        const ws = saved.getWorksheet(STORE_SHEET)!;
        const out: Rows = [];
        ws.eachRow((row, n) => {
          const cells: (string | null)[] = [];
          row.eachCell({ includeEmpty: true }, (cell, c) => (cells[c - 1] = text(cell.value)));
          out[n - 1] = Array.from(cells, (v) => v ?? null);
        });
        return Array.from(out, (r) => r ?? []);
      },
    };
  },
};

const SIDES = [excel, wps, memory];
const pairs = SIDES.flatMap((from) => SIDES.filter((to) => to !== from).map((to) => [from.name, to.name, from, to] as const));

describe.each(pairs)("saved in %s, read in %s", (_a, _b, from, to) => {
  test("settings written in one host are read in the other, and the other appends without overwriting", async () => {
    const first = await from.make(undefined);
    await first.host.setSetting("ignoredRules", ["VAL-08", "MON-02"]);
    await first.host.setSetting("profile", { region: "湖南", note: "含“引号”与 _x0041_" });
    const carried = await first.rows();

    const second = await to.make(carried);
    expect(await second.host.getSetting("ignoredRules")).toEqual(["VAL-08", "MON-02"]);
    expect(await second.host.getSetting("profile")).toEqual({ region: "湖南", note: "含“引号”与 _x0041_" });
    // The other host adds its own setting in a free row and changes one; the first's stay.
    await second.host.setSetting("comments", { A1: "已核对" });
    await second.host.setSetting("ignoredRules", ["VAL-08"]);
    const back = await second.rows();
    const keys = back.map((r) => r[0]);
    expect(keys.filter((k) => k === "setting:ignoredRules")).toHaveLength(1);
    expect(keys).toEqual(expect.arrayContaining(["setting:profile", "setting:comments"]));

    const third = await from.make(back);
    expect(await third.host.getSetting("ignoredRules")).toEqual(["VAL-08"]);
    expect(await third.host.getSetting("comments")).toEqual({ A1: "已核对" });
    expect(await third.host.getSetting("profile")).toEqual({ region: "湖南", note: "含“引号”与 _x0041_" });
  });
});

test.each(SIDES.map((s) => [s.name, s] as const))("%s finds a record wherever it is and never overwrites a row it did not write", async (_n, side) => {
  // Rows as another host (or a long drop-down list) left them: a list in row 2, a gap, a setting in row 4.
  const rows: Rows = [["绩效表助手的数据（请勿修改）/ jixiao add-in data, do not edit"], [null, "甲", "乙"], [], ["setting:profile", '{"region":"甘肃"}']];
  const { host, rows: after } = await side.make(rows);
  expect(await host.getSetting("profile")).toEqual({ region: "甘肃" });
  await host.setSetting("ignoredRules", ["STR-01"]);
  const now = await after();
  expect(now[1]?.slice(0, 3)).toEqual([null, "甲", "乙"]);
  expect(now[2]?.[0]).toBe("setting:ignoredRules");
  expect(now[3]?.[0]).toBe("setting:profile");
});
