/**
 * `jixiao score` and `jixiao selfeval`, run in-process on real files: the report on seed 003
 * (where the stated scores differ from the rules, and by how much), the scored copy (live
 * formulas with their values, the input untouched), exit codes and one-line failures.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../../src/cli/main";
import { capture } from "./capture";
import { MemoryHost } from "../../../src/hosts/memory";
import { recogniseWorkbook } from "../../../src/usecases/recognise-workbook";
import { checkWorkbook } from "../../../src/usecases/check-workbook";
import { isSelfEvaluation } from "../../../src/forms/forms";

const FIX = join(__dirname, "../../fixtures/seeds");

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "jixiao-score-"));
}

function tempCopy(seed: string): string {
  const p = join(tempDir(), seed);
  writeFileSync(p, readFileSync(join(FIX, seed)));
  return p;
}

describe("jixiao score", () => {
  it("reports on seed 003 where the stated scores differ from the rules, and by how much", async () => {
    const { ctx, out, err } = capture();
    expect(await main(["score", join(FIX, "003.xlsx")], ctx)).toBe(0);
    expect(err).toEqual([]);
    const text = out.join("\n");
    expect(out[0]).toMatch(/003\.xlsx {2}\[地区配置: 全国通用（财预〔2020〕10号）\]$/);
    // 部门整体: the scores add up to 97, the form says 92 (its 产出 分值 add up to 55 against the heading's 50).
    expect(text).toContain("  DS 2021 年度部门整体支出绩效自评表：株洲市石峰区机关事务服务中心 ('部门整体自评表'!A1:I24)\n    总分 G24：表中 92 分，按规则 97 分（表中少 5 分）；等级 优 → 优");
    expect(text).toContain("    一级小计（得分/分值）：产出指标 55/55，标明 50 分；效益指标 22/30；满意度指标 10/10");
    expect(text).toContain("      G24 总分：92 → 97（执行率得分 10 + 产出指标 55 + 效益指标 22 + 满意度指标 10 = 97）");
    // 公车平台: 14 of 15 司勤人员 scored 10 → 9.33, so 91.33 instead of 92.
    expect(text).toContain("  PS 2021 年度项目支出绩效自评表：公车平台经费 ('公车平台经费'!A1:I24)\n    总分 G24：表中 92 分，按规则 91.33 分（表中多 0.67 分）；等级 优 → 优");
    expect(text).toContain("    写入公式 7 处、计算值 1 处，数值改变 2 处：\n      H16 得分（公车平台司勤人员）：10 → 9.33（14 ÷ 15 × 10 = 9.33）\n      G24 总分：92 → 91.33（");
    // The other three projects agree with the rules.
    expect(text).toContain("总分 G24：表中 90 分，按规则 90 分（一致）；等级 优 → 优");
    expect(text).toContain("总分 H24：表中 93 分，按规则 93 分（一致）；等级 优 → 优");
    // 定性 scores are left alone; those outside their band are named.
    expect(text).toContain("      H22 得分（日常基建维修工作开展更加精细高效）：填 10 分，应在 12–15 分");
    expect(text).toContain("写入计算值而不是公式（改动后请重新评分）：H19 得分（各项工作完成时限） = 10（时效指标没有通用公式）");
    expect(text).not.toContain("已生成");
  });

  it("--out writes a scored copy with live formulas and their values; the input is not modified", async () => {
    const input = tempCopy("003.xlsx");
    const before = readFileSync(input);
    const outFile = join(tempDir(), "scored.xlsx");
    const { ctx, out } = capture();
    expect(await main(["score", input, "--out", outFile], ctx)).toBe(0);
    expect(readFileSync(input).equals(before)).toBe(true);
    expect(out[out.length - 1]).toBe(`已生成评分后的副本：${outFile}（原文件未改动）`);
    const host = await MemoryHost.open(new Uint8Array(readFileSync(outFile)));
    const ws = host.workbook.getWorksheet("公车平台经费")!;
    expect(ws.getCell("H16").formula).toMatch(/^IF\(F16="","",IFERROR\(ROUND\(/);
    expect(ws.getCell("H16").result).toBe(9.33);
    expect(ws.getCell("G24").formula).toMatch(/^ROUND\(SUM\(IF\(ISNUMBER\(H10\),ROUND\(G10\*MAX\(0,MIN\(H10,1\)\),2\),0\),H15:H23\),2\)$/);
    expect(ws.getCell("G24").result).toBe(91.33);
    expect(ws.getCell("H24").result).toBe("等级: 优");
    // Read back (with the values cached), the copy is recognised and its 总分 agrees with the rules.
    const check = await checkWorkbook(host);
    const bus = check.forms.filter(isSelfEvaluation).find((f) => f.sheet === "公车平台经费");
    expect(bus?.total.score?.value).toBe(91.33);
    expect(check.findings.filter((f) => f.sheet === "公车平台经费" && ["EVA-05", "EVA-08", "EVA-09"].includes(f.rule))).toEqual([]);
  });

  it("--json gives every written cell with its formula and expected value", async () => {
    const { ctx, out } = capture();
    expect(await main(["score", join(FIX, "003.xlsx"), "--json", "--profile", "hebei"], ctx)).toBe(0);
    const json = JSON.parse(out.join("\n")) as { profile: string; forms: { sheet: string; total: { stated: number; computed: number }; cells: { ref: string; role: string; formula?: string; expected: unknown; changed: boolean }[] }[] };
    expect(json.profile).toBe("hebei");
    const bus = json.forms.find((f) => f.sheet === "公车平台经费")!;
    expect(bus.total).toMatchObject({ stated: 92, computed: 91.33 });
    expect(bus.cells.find((c) => c.ref === "H16")).toMatchObject({ role: "indicator-score", expected: 9.33, changed: true });
  });

  it("a file without a self-evaluation: says so, exit 1", async () => {
    const { ctx, out } = capture();
    expect(await main(["score", join(FIX, "000.xlsx")], ctx)).toBe(1);
    expect(out).toContain("  没有找到自评表（部门整体或项目支出绩效自评表），未作评分。");
  });

  it("unreadable input: one line, exit 2", async () => {
    const bad = join(tempDir(), "bad.xlsx");
    writeFileSync(bad, "not a workbook");
    for (const file of [bad, join(tempDir(), "missing.xlsx")]) {
      const { ctx, out, err } = capture();
      expect(await main(["score", file], ctx)).toBe(2);
      expect(out).toEqual([]);
      expect(err).toHaveLength(1);
      expect(err[0]).not.toMatch(/\n|at .*\(/);
    }
  });

  it("usage errors: exit 2 with one line", async () => {
    const input = tempCopy("003.xlsx");
    for (const argv of [["score"], ["score", input, "--out", input], ["score", input, "--out", "x.csv"], ["score", input, "--profile", "mars"]]) {
      const { ctx, err } = capture();
      expect(await main(argv, ctx)).toBe(2);
      expect(err).toHaveLength(1);
    }
  });
});

describe("jixiao selfeval", () => {
  it("builds one 自评表 per target form into a new workbook, recognised as DS/PS", async () => {
    const outFile = join(tempDir(), "自评表.xlsx");
    const { ctx, out } = capture();
    expect(await main(["selfeval", join(FIX, "000.xlsx"), "--out", outFile], ctx)).toBe(0);
    const text = out.join("\n");
    expect(text).toContain("生成 4 张自评表");
    expect(text).toContain("    分值：执行率 10，产出指标 50，效益指标 30，满意度指标 10（按地区配置：产出 50、效益 30、满意度 10，各部分内平均分配）\n    指标 7 项：13、13、12、12、15、15、10");
    expect(text).toContain("“全体机关人员满意度”从效益指标移到满意度指标（满意度单独计分）");
    const host = await MemoryHost.open(new Uint8Array(readFileSync(outFile)));
    const forms = (await recogniseWorkbook(host)).flatMap((s) => s.forms);
    expect(forms.map((f) => `${f.kind} ${f.sheet}`)).toEqual(["DS 部门整体自评表", "PS 零星维修购置及各类合同自评", "PS 物业管理及水电气供应自评", "PS 公车平台自评"]);
    const ws = host.workbook.getWorksheet("公车平台自评")!;
    expect(ws.getCell("H13").formula).toMatch(/^IF\(F13="","",IFERROR\(ROUND\(IF\(.*>=50,G13,/);
  });

  it("--profile sichuan splits the 90 indicator points evenly", async () => {
    const outFile = join(tempDir(), "自评表.xlsx");
    const { ctx, out } = capture();
    expect(await main(["selfeval", join(FIX, "000.xlsx"), "--out", outFile, "--profile", "sichuan"], ctx)).toBe(0);
    expect(out.join("\n")).toContain("指标 7 项：13、13、13、13、13、13、12");
  });

  it("no target form: exit 1; no --out: exit 2", async () => {
    const a = capture();
    expect(await main(["selfeval", join(FIX, "003.xlsx"), "--out", join(tempDir(), "x.xlsx")], a.ctx)).toBe(1);
    expect(a.out[0]).toMatch(/没有找到绩效目标表/);
    const b = capture();
    expect(await main(["selfeval", join(FIX, "000.xlsx")], b.ctx)).toBe(2);
    expect(b.err).toEqual(["请用 --out 给出输出文件，例如：--out 自评表.xlsx"]);
  });
});
