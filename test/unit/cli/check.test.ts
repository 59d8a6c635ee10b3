/**
 * `jixiao check`, run in-process on real files: report format, exit codes, --json, --profile,
 * and --annotate writing a marked copy while the input stays byte-for-byte the same.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { capture, main } from "./capture";
import { MemoryHost } from "../../../src/hosts/memory";
import { BROKEN_PROJECT_ROWS } from "../../fixtures/broken-project";
import { checkWorkbook } from "../../../src/usecases/check-workbook";
import { placeOf, setPlaceIgnored } from "../../../src/usecases/settings";

const FIX = join(__dirname, "../../fixtures/seeds");

// Whole seed workbooks checked and written again: slow on a busy machine, not a speed assertion.
jest.setTimeout(30_000);


/** A project form with one MON-01 error (see the fixture). */
const BROKEN = BROKEN_PROJECT_ROWS.join("\n");

function tempFile(name: string, content: string | Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), "jixiao-check-"));
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

describe("jixiao check", () => {
  it("prints linter-style lines grouped per form, names the profile, and exits 1 on errors", async () => {
    const file = tempFile("broken.txt", BROKEN);
    const { ctx, out } = capture();
    expect(await main(["check", file], ctx)).toBe(1);
    const text = out.join("\n");
    expect(text).toContain("地区配置: 全国通用（财预〔2020〕10号）");
    expect(text).toMatch(/ {2}PT 项目支出绩效目标表 \(broken!A1:D9\)/);
    expect(text).toMatch(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} › broken!C4 {2}error +MON-01 +预算数的资金总额 100 万元不等于各来源之和 95 万元`));
    expect(text).toMatch(/✖ 共 \d+ 个问题：\d+ 个错误/);
  });

  it("--json gives files, profile, forms and findings; --lang en translates", async () => {
    const file = tempFile("broken.txt", BROKEN);
    const { ctx, out } = capture();
    expect(await main(["check", "--json", "--lang", "en", file], ctx)).toBe(1);
    const json = JSON.parse(out.join("\n")) as { files: { file: string; profile: string; forms: unknown[]; findings: { rule: string; severity: string; sheet: string; cells: { ref: string; text: string }[]; message: string }[] }[] };
    const [r] = json.files;
    expect(r).toMatchObject({ file, profile: "national", forms: [{ kind: "PT", sheet: "broken", range: "A1:D9", title: "项目支出绩效目标表" }] });
    const mon = r!.findings.find((f) => f.rule === "MON-01")!;
    expect(mon).toMatchObject({ severity: "error", sheet: "broken", cells: [{ ref: "C4", text: "100" }, { ref: "C5", text: "80" }, { ref: "C6", text: "10" }, { ref: "C7", text: "5" }] });
    expect(mon.message).toMatch(/^The budget total 100 does not equal the sum of its sources 95/);
  });

  it("--ignore leaves a rule out", async () => {
    const file = tempFile("broken.txt", BROKEN);
    const { ctx, out } = capture();
    await main(["check", "--json", "--ignore", "MON-01", file], ctx);
    const json = JSON.parse(out.join("\n")) as { files: { findings: { rule: string }[] }[] };
    expect(json.files[0]!.findings.map((f) => f.rule)).not.toContain("MON-01");
  });

  it("honours the cell and form ignores the pane stored in the workbook, and says how many it left out", async () => {
    const host = await MemoryHost.open(new Uint8Array(readFileSync(join(FIX, "003.xlsx"))));
    const before = (await checkWorkbook(host)).findings;
    const key = (f: { rule: string; sheet: string; message: string; cells: readonly { ref: string }[] }) => `${f.rule}|${f.sheet}|${f.cells[0]?.ref ?? ""}|${f.message}`;
    // One finding ignored on its cell; every finding of another rule ignored on another form.
    const onCell = before.find((f) => f.form && f.cells[0] && !f.cells[0].sheet)!;
    const onForm = before.find((f) => f.form && f.rule !== onCell.rule && (f.sheet !== onCell.sheet || f.form.range !== onCell.form!.range))!;
    expect(onForm).toBeDefined();
    await setPlaceIgnored(host, placeOf(onCell, "cell"), true);
    await setPlaceIgnored(host, placeOf(onForm, "form"), true);
    const gone = before.filter(
      (f) =>
        (f.rule === onCell.rule && f.sheet === onCell.sheet && f.cells[0]?.ref === onCell.cells[0]!.ref && !f.cells[0]?.sheet) ||
        (f.rule === onForm.rule && f.sheet === onForm.sheet && f.form?.range === onForm.form!.range),
    );
    expect(gone.length).toBeGreaterThanOrEqual(2);
    expect(gone.length).toBeLessThan(before.length);
    const file = tempFile("ignored.xlsx", (await host.saveFile()).bytes);

    const { ctx, out } = capture();
    await main(["check", file, "--json"], ctx);
    const json = JSON.parse(out.join("\n")) as { files: { ignoredFindings: number; findings: { rule: string; sheet: string; message: string; cells: { ref: string }[] }[] }[] };
    const [r] = json.files;
    expect(r!.ignoredFindings).toBe(gone.length);
    const left = new Set(r!.findings.map(key));
    for (const f of gone) expect(left).not.toContain(key(f));
    expect(r!.findings).toHaveLength(before.length - gone.length);
    for (const f of before.filter((x) => !gone.includes(x))) expect(left).toContain(key(f));

    const { ctx: text, out: lines } = capture();
    await main(["check", file], text);
    expect(lines.join("\n")).toContain(`另有 ${gone.length} 个问题已按本工作簿的设置忽略`);
    // The report says it too, and lists only the findings kept.
    const reportFile = join(mkdtempSync(join(tmpdir(), "jixiao-out-")), "report.xlsx");
    await main(["check", file, "--report", reportFile], capture().ctx);
    const ws = (await MemoryHost.open(new Uint8Array(readFileSync(reportFile)))).workbook.getWorksheet("检查报告")!;
    const texts: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => void texts.push(String(c.value))));
    expect(texts).toContain(`另有 ${gone.length} 个问题已按本工作簿的设置忽略（在任务窗格中对单元格或表格设置的忽略）。`);
    expect(texts.some((t) => t.startsWith(`共检查 `) && t.includes(`发现 ${before.length - gone.length} 个问题`))).toBe(true);
    // Without the ignores the same file reports them all and no such line.
    const { ctx: plain, out: plainLines } = capture();
    await main(["check", "--json", tempFile("003.xlsx", readFileSync(join(FIX, "003.xlsx")))], plain);
    const all = JSON.parse(plainLines.join("\n")) as { files: { ignoredFindings: number; findings: unknown[] }[] };
    expect(all.files[0]).toMatchObject({ ignoredFindings: 0 });
    expect(all.files[0]!.findings).toHaveLength(before.length);
  });

  it("--annotate writes a marked copy; the input file is not modified", async () => {
    const input = tempFile("000.xlsx", readFileSync(join(FIX, "000.xlsx")));
    const before = readFileSync(input);
    const text = tempFile("broken.txt", BROKEN);
    const outFile = join(mkdtempSync(join(tmpdir(), "jixiao-out-")), "marked.xlsx");
    const { ctx } = capture();
    expect(await main(["check", text, "--annotate", outFile], ctx)).toBe(1);
    const host = await MemoryHost.open(new Uint8Array(readFileSync(outFile)));
    const cell = host.workbook.getWorksheet("broken")!.getCell("C4");
    expect(String((cell.note as { texts?: { text: string }[] } | string | undefined) && JSON.stringify(cell.note))).toContain("MON-01");
    expect((cell.fill as { fgColor?: { argb?: string } }).fgColor?.argb).toBe("FFFFC7CE");
    // Clearing our marks restores the sheet as it was read.
    await host.clearHighlights();
    expect(host.workbook.getWorksheet("broken")!.getCell("C4").note).toBeUndefined();

    const { ctx: ctx2 } = capture();
    await main(["check", input, "--annotate", join(mkdtempSync(join(tmpdir(), "jixiao-out-")), "x.xlsx")], ctx2);
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  it("--report writes a copy with a 检查报告 sheet: per-form counts, one row per finding with a link to its cell, printable", async () => {
    const input = tempFile("003.xlsx", readFileSync(join(FIX, "003.xlsx")));
    const before = readFileSync(input);
    const outFile = join(mkdtempSync(join(tmpdir(), "jixiao-out-")), "report.xlsx");
    const { ctx, out } = capture();
    await main(["check", input, "--report", outFile, "--json"], ctx);
    const json = JSON.parse(out.join("\n")) as { files: { forms: unknown[]; findings: { rule: string; message: string }[] }[] };
    const { forms, findings } = json.files[0]!;
    expect(readFileSync(input).equals(before)).toBe(true);
    const host = await MemoryHost.open(new Uint8Array(readFileSync(outFile)));
    const ws = host.workbook.getWorksheet("检查报告")!;
    expect(ws.getCell("A1").value).toBe("绩效表格检查报告");
    expect(String(ws.getCell("A2").value)).toMatch(new RegExp(`^共检查 ${forms.length} 张表格，发现 ${findings.length} 个问题`));
    // The findings' header row, repeated on every printed page; then one row per finding.
    const head = 4 + forms.length + 2;
    expect(ws.getRow(head).values).toEqual([undefined, "工作表", "单元格", "规则", "严重程度", "问题", "建议改为"]);
    expect(ws.pageSetup.orientation).toBe("landscape");
    expect(ws.pageSetup.printTitlesRow).toBe(`${head}:${head}`);
    expect(ws.getCell(`E${head + 1}`).value).toBe(findings[0]!.message);
    expect(ws.getCell(`C${head + findings.length}`).value).toBe(findings[findings.length - 1]!.rule);
    const link = ws.getCell(`B${head + 1}`).value as { formula?: string };
    expect(link.formula).toMatch(/^HYPERLINK\("#.+![A-Z]+\d+","[A-Z]+\d+"\)$/);
  }, 30_000);

  it.each([
    [["check", "a.txt", "b.txt", "--report", "o.xlsx"], /一次只能用于一个文件/],
    [["check", "--report", "out.csv", "x.txt"], /--report 的输出文件须以 \.xlsx 结尾/],
    [["check"], /请给出要检查的文件/],
    [["check", "--profile", "mars", "x.txt"], /没有名为“mars”的地区配置。可用：national、hunan、hebei、gansu、sichuan。/],
    [["check", "--annotate", "out.pdf", "x.txt"], /须以 \.xlsx 结尾/],
    [["check", "a.txt", "b.txt", "--annotate", "o.xlsx"], /一次只能用于一个文件/],
    [["check", "missing.xlsx"], /找不到文件/],
  ])("%j exits 2 with one line", async (argv, message) => {
    const { ctx, err } = capture();
    expect(await main(argv, ctx)).toBe(2);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(message);
  });
});

describe("jixiao check says what it could not read", () => {
  it("a file with no recognised form says nothing was checked, never “✔ 未发现问题”", async () => {
    const file = tempFile("notes.txt", "会议纪要\n今天讨论了明年的工作安排。\n");
    const { ctx, out } = capture();
    await main(["check", file], ctx);
    const text = out.join("\n");
    expect(text).toContain("✖ 没有识别出任何表格，没有做任何检查。");
    expect(text).not.toContain("✔");
    const j = capture();
    await main(["check", "--json", file], j.ctx);
    expect((JSON.parse(j.out.join("\n")) as { files: { status: string }[] }).files[0]!.status).toBe("nothing-read");
  });

  it("a form with unread essential parts lists them and gives no plain all-clear", async () => {
    // An indicator table under a title, with no year, unit, amount or goal on the form.
    const rows = ["项目支出绩效目标表", "一级指标\t二级指标\t三级指标\t指标值", "产出指标\t数量指标\t维修次数\t≥50次"];
    const file = tempFile("partial.txt", rows.join("\n"));
    const { ctx, out } = capture();
    await main(["check", "--ignore", "STR-01,STR-04", file], ctx);
    const text = out.join("\n");
    expect(text).toContain("⚠ 未读到：预算年度、单位名称、项目名称、资金金额、绩效目标。这些部分没有检查");
    expect(text).not.toContain("✔ 未发现问题");
    expect(text).toContain("⚠ 读到的内容中未发现问题。另有 1 张表有未读到的部分");
    const j = capture();
    await main(["check", "--json", "--ignore", "STR-01,STR-04", file], j.ctx);
    const r = (JSON.parse(j.out.join("\n")) as { files: { status: string; forms: { missing: string[] }[] }[] }).files[0]!;
    expect(r.status).toBe("partial");
    expect(r.forms[0]!.missing).toEqual(["预算年度", "单位名称", "项目名称", "资金金额", "绩效目标"]);
  });

  it("--json lists what was read of every form (label, cell, value); --report says the parts not read and gives no all-clear", async () => {
    const rows = ["项目支出绩效目标表", "一级指标\t二级指标\t三级指标\t指标值", "产出指标\t数量指标\t维修次数\t≥50次"];
    const file = tempFile("partial.txt", rows.join("\n"));
    const j = capture();
    await main(["check", "--json", "--ignore", "STR-01,STR-04", file], j.ctx);
    const r = (JSON.parse(j.out.join("\n")) as { files: { forms: { read: { label: string; ref: string; value: unknown }[] }[]; unread: string[]; notices: string[] }[] }).files[0]!;
    expect(r.forms[0]!.read).toEqual(expect.arrayContaining([{ part: "indicators", label: "三级指标", ref: "C4", value: "维修次数" }, { part: "indicators", label: "维修次数 · 指标值", ref: "D4", value: "≥50次" }]));
    expect(r.unread).toEqual([]);
    expect(r.notices).toEqual([]);

    const outFile = join(mkdtempSync(join(tmpdir(), "jixiao-out-")), "report.xlsx");
    await main(["check", "--ignore", "STR-01,STR-04", file, "--report", outFile], capture().ctx);
    const ws = (await MemoryHost.open(new Uint8Array(readFileSync(outFile)))).workbook.getWorksheet("检查报告")!;
    const texts: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
    expect(texts).toContain("⚠ 未读到：预算年度、单位名称、项目名称、资金金额、绩效目标（这些部分没有检查）");
    expect(texts).toContain("读到的内容中未发现问题；未读到的部分没有检查。");
    expect(texts).not.toContain("未发现问题。");
  });

  it("--report on a file with no form says nothing was checked", async () => {
    const file = tempFile("notes.txt", "会议纪要\n今天讨论了明年的工作安排。\n");
    const outFile = join(mkdtempSync(join(tmpdir(), "jixiao-out-")), "report.xlsx");
    await main(["check", file, "--report", outFile], capture().ctx);
    const ws = (await MemoryHost.open(new Uint8Array(readFileSync(outFile)))).workbook.getWorksheet("检查报告")!;
    const texts: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
    expect(texts).toContain("没有识别出任何表格，没有做任何检查。");
    expect(texts).not.toContain("未发现问题。");
  });

  it("overlapping merged areas resolved on opening are said in --json (for the file and for the form on that sheet), in --report and on stderr", async () => {
    const input = tempFile("overlap.xls", readFileSync(join(__dirname, "../../fixtures/formats/overlap.xls")));
    const j = capture();
    await main(["check", "--json", input], j.ctx);
    const r = (JSON.parse(j.out.join("\n")) as { files: { notices: string[]; status: string; forms: { sheet: string; notices: string[] }[] }[] }).files[0]!;
    expect(r.notices).toEqual([expect.stringMatching(/执行监控.*重叠.*A3:C6/)]);
    expect(r.forms.find((f) => f.sheet === "执行监控")!.notices).toEqual(r.notices);
    expect(j.err.join("\n")).toMatch(/overlap\.xls › 提示：.*A3:C6/);
    const outFile = join(mkdtempSync(join(tmpdir(), "jixiao-out-")), "report.xlsx");
    await main(["check", input, "--report", outFile], capture().ctx);
    const ws = (await MemoryHost.open(new Uint8Array(readFileSync(outFile)))).workbook.getWorksheet("检查报告")!;
    const texts: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
    expect(texts.some((t) => /^读取说明：.*A3:C6/.test(t))).toBe(true);
  });
});

