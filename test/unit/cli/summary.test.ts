/**
 * The bureau's view: `jixiao check DIR --summary 汇总.xlsx --summary-json 汇总.json` over a folder of
 * many small submissions (generated here from the monitoring fixtures), one unreadable file among
 * them. Memory over 500 files is measured by scripts/summary-memory.ts, not asserted here.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { capture, main } from "./capture";

jest.setTimeout(120_000);

const FIX = join(__dirname, "../../fixtures/monitoring");
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "jixiao-summary-"));
  const inbox = join(dir, "收件");
  mkdirSync(join(inbox, "县级"), { recursive: true });
  // 24 submissions: the 卫生健康委 (central layout, on track) and the 住建局 (provincial, behind).
  for (let i = 0; i < 12; i++) {
    copyFileSync(join(FIX, "central-2019-ok.xlsx"), join(inbox, `卫健-${String(i).padStart(2, "0")}.xlsx`));
    copyFileSync(join(FIX, "provincial-behind.xlsx"), join(inbox, "县级", `住建-${String(i).padStart(2, "0")}.xlsx`));
  }
  writeFileSync(join(inbox, "损坏.xlsx"), "这不是工作簿");
  writeFileSync(join(inbox, "说明.docx"), "not read");
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function sheetRows(file: string, sheet: string): Promise<ExcelJS.CellValue[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet(sheet)!;
  const rows: ExcelJS.CellValue[][] = [];
  ws.eachRow((r) => rows.push((r.values as ExcelJS.CellValue[]).slice(1)));
  return rows;
}

describe("check --summary", () => {
  it("writes one workbook: a row per file and form, worst units first, every finding linked, the unreadable file with why", async () => {
    const out = join(dir, "汇总.xlsx");
    const json = join(dir, "汇总.json");
    const { ctx, out: lines, err } = capture();
    // The unreadable file makes the run exit 2, as for any unusable input; the summary is still written.
    expect(await main(["check", join(dir, "收件"), "--summary", out, "--summary-json", json], ctx)).toBe(2);
    expect(lines.at(-2)).toBe(`已生成 25 个文件的检查汇总：${out}`);
    // More than 20 files: progress on stderr, one line per file.
    expect(err.filter((l) => /^\[\d+\/25\] /.test(l))).toHaveLength(25);

    const summary = await sheetRows(out, "汇总");
    expect(summary[0]).toEqual(["单位", "文件", "工作表", "项目", "表种", "年度", "错误", "警告", "提示", "最严重的问题", "总分", "说明"]);
    const body = summary.slice(1);
    expect(body).toHaveLength(25);
    // The 住建局 has the errors: its 12 rows come first, then the unreadable file, then the clean 卫健委.
    expect(body.slice(0, 12).every((r) => r[0] === "某县住房和城乡建设局" && r[6] === 1 && r[7] === 2)).toBe(true);
    expect(String(body[0]![9])).toMatch(/^RUN-02 F12“垃圾清运量”全年预计完成“2400吨”/);
    expect(body[12]![1]).toMatch(/损坏\.xlsx$/);
    expect(String(body[12]![11])).toMatch(/^无法读取：.*不是有效的 \.xlsx 工作簿/);
    expect(body.slice(13).every((r) => r[0] === "[301]某省卫生健康委员会" && r[6] === 0 && r[7] === 0)).toBe(true);
    expect(body[0]![2]).toEqual({ text: "运行监控", hyperlink: "收件/县级/住建-00.xlsx#'运行监控'!A1" });

    const errors = await sheetRows(out, "错误");
    expect(errors.slice(1)).toHaveLength(12);
    expect(errors[1]!.slice(0, 4)).toEqual(["某县住房和城乡建设局", join(dir, "收件", "县级", "住建-00.xlsx"), { text: "'运行监控'!F12", hyperlink: "收件/县级/住建-00.xlsx#'运行监控'!F12" }, "RUN-02"]);
    expect((await sheetRows(out, "警告")).slice(1)).toHaveLength(24);

    const data = JSON.parse(readFileSync(json, "utf8")) as { files: number; unreadable: { file: string }[]; counts: Record<string, number>; rows: { unit: string }[] };
    expect([data.files, data.unreadable.length, data.counts]).toEqual([25, 1, { error: 12, warning: 24, info: 0 }]);
    expect(data.rows[0]!.unit).toBe("某县住房和城乡建设局");
  });

  it("refuses an existing summary without --force, and an input as output", async () => {
    const out = join(dir, "已有.xlsx");
    writeFileSync(out, "x");
    const a = capture();
    expect(await main(["check", join(FIX, "provincial-ok.xlsx"), "--summary", out], a.ctx)).toBe(2);
    expect(a.err.join("\n")).toMatch(/已存在/);
    const b = capture();
    const input = join(dir, "收件", "卫健-00.xlsx");
    expect(await main(["check", input, "--summary-json", input], b.ctx)).toBe(2);
    expect(b.err.join("\n")).toMatch(/\.json 结尾/);
  });
});
