/**
 * `jixiao template` and `jixiao import`, run in-process: files are read from the fixtures and
 * written to memory; what would be printed is captured.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { main, nodeContext } from "../../../src/cli/main";
import type { CommandContext } from "../../../src/cli/context";
import { identifyFile } from "../../../src/cli/output-file";
import { MemoryHost } from "../../../src/hosts/memory";
import { recogniseWorkbook } from "../../../src/usecases/recognise-workbook";

const FIX = join(__dirname, "../../fixtures/seeds");

interface Run {
  code: number;
  out: string[];
  err: string[];
  files: Map<string, Uint8Array>;
}

/** Run the command line with in-memory files (`given`) on top of the real ones. */
async function run(argv: string[], given: Record<string, string | Uint8Array> = {}): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const files = new Map<string, Uint8Array>(Object.entries(given).map(([k, v]) => [k, typeof v === "string" ? new TextEncoder().encode(v) : v]));
  const ctx: CommandContext = nodeContext();
  Object.assign(ctx, {
    out: (l: string) => out.push(l),
    err: (l: string) => err.push(l),
    readBytes: async (file: string) => {
      const f = files.get(file);
      if (f) return f;
      return new Uint8Array(await readFile(file));
    },
    writeBytes: async (file: string, bytes: Uint8Array) => void files.set(file, bytes),
    identify: async (file: string) => (files.has(file) ? { real: `/memory/${file}`, exists: true, regular: true } : identifyFile(file)),
  });
  const code = await main(argv, ctx);
  return { code, out, err, files };
}

async function formsIn(bytes: Uint8Array): Promise<{ sheet: string; kind: string; layout: string }[]> {
  const host = await MemoryHost.open(bytes);
  return (await recogniseWorkbook(host)).flatMap((s) => s.forms.map((f) => ({ sheet: f.sheet, kind: f.kind, layout: f.layout })));
}

describe("jixiao template", () => {
  it("--list names every kind and layout", async () => {
    const r = await run(["template", "--list"]);
    expect(r.code).toBe(0);
    const text = r.out.join("\n");
    for (const t of ["DT  hunan-2021", "DT  gansu-2024", "ST  hunan-2021", "PT  hunan-2021", "PT  hebei", "PT  gansu-2024", "DS  hunan-2021", "PS  hunan-2021", "JS  01", "JS  09"]) {
      expect(text).toContain(t);
    }
  });

  it("writes a template with the year and unit, as a form the recogniser reads", async () => {
    const r = await run(["template", "PT", "--layout", "hebei", "--year", "2025", "--unit", "唐山市开平区机关事务中心", "--out", "项目.xlsx"]);
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.out).toEqual(["已生成 项目.xlsx：", "  项目绩效目标表  PT/hebei  项目支出绩效目标表（河北）"]);
    const host = await MemoryHost.open(r.files.get("项目.xlsx")!);
    expect((await host.listSheets()).map((s) => s.name)).toEqual(["项目绩效目标表"]);
    const form = (await recogniseWorkbook(host))[0]!.forms[0]!;
    expect(form.kind === "PT" && [form.layout, form.header.year?.value, form.header.unit?.value]).toEqual(["hebei", 2025, "唐山市开平区机关事务中心"]);
  });

  it("JS without a layout gives the nine 决算 tables; a kind's default layout otherwise", async () => {
    const js = await run(["template", "js", "--out", "决算.xlsx"]);
    expect(js.code).toBe(0);
    expect((await formsIn(js.files.get("决算.xlsx")!)).map((f) => f.sheet)).toEqual(["01", "02", "03", "04", "05", "06", "07", "08", "09"].map((n) => `公开${n}表`));
    const dt = await run(["template", "DT", "--out", "dt.xlsx"]);
    expect(await formsIn(dt.files.get("dt.xlsx")!)).toEqual([{ sheet: "部门整体绩效目标表", kind: "DT", layout: "hunan-2021" }]);
  });

  it("fills from JSON and says what had no place", async () => {
    const data = JSON.stringify({ project: "车辆定位服务费", money: { total: 15, fiscal: 15, basic: 3 }, indicators: [{ level1: "产出指标", level2: "数量指标", level3: "定位车辆数", target: "≥35辆" }] });
    const r = await run(["template", "PT", "--layout", "hebei", "--data", "d.json", "--out", "p.xlsx"], { "d.json": data });
    expect(r.code).toBe(0);
    expect(r.out).toEqual(["已生成 p.xlsx：", "  车辆定位服务费  PT/hebei  项目支出绩效目标表（河北）", "  注意：以下数据在此版式中没有对应的格子，未填入：money.basic"]);
  });

  it.each([
    [["template"], /请给出表格类型/],
    [["template", "XX", "--out", "a.xlsx"], /没有“XX”这种表格/],
    [["template", "PT", "--layout", "shanghai", "--out", "a.xlsx"], /项目支出绩效目标表没有“shanghai”版式。可用：hunan-2021、hebei、gansu-2024/],
    [["template", "PT"], /请用 --out 给出/],
    [["template", "PT", "--out", "a.csv"], /--out 的输出文件须以 \.xlsx 结尾/],
    [["template", "PT", "--year", "21", "--out", "a.xlsx"], /--year 应为四位年份/],
    [["template", "PT", "--data", "missing.json", "--out", "a.xlsx"], /找不到数据文件“missing\.json”/],
    [["template", "PT", "--data", "bad.json", "--out", "a.xlsx"], /“bad\.json”：项目支出绩效目标表的填报数据有误：“indicators\[0\]\.level3”应为文字，这里是数字。/],
    [["template", "PT", "--data", "broken.json", "--out", "a.xlsx"], /不是有效的 JSON/],
    [["template", "PT", "--out", "exists.xlsx"], /“exists\.xlsx”已存在。请换一个文件名，或加 --force 覆盖它。/],
    [["template", "PT", "--bogus", "--out", "a.xlsx"], /不认识的选项 --bogus/],
  ])("%j ends with one line and exit 2", async (argv, message) => {
    const r = await run(argv, {
      "bad.json": JSON.stringify({ indicators: [{ level1: "产出指标", level2: "数量指标", level3: 3 }] }),
      "broken.json": "{ project: ",
      "exists.xlsx": new Uint8Array([1]),
    });
    expect(r.code).toBe(2);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(message);
    expect(r.err[0]).not.toMatch(/\n\s+at /);
  });

  it("--force replaces an existing file", async () => {
    const r = await run(["template", "ST", "--out", "exists.xlsx", "--force"], { "exists.xlsx": new Uint8Array([1]) });
    expect(r.code).toBe(0);
    expect((await formsIn(r.files.get("exists.xlsx")!)).map((f) => f.kind)).toEqual(["ST"]);
  });
});

describe("jixiao import", () => {
  it("makes each form of a text a filled sheet of its template", async () => {
    const r = await run(["import", join(FIX, "002.txt"), "--out", "甘肃.xlsx"]);
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.out[0]).toBe("已生成 甘肃.xlsx，共 9 张表：");
    const forms = await formsIn(r.files.get("甘肃.xlsx")!);
    expect(forms.map((f) => `${f.kind}/${f.layout}`)).toEqual(["DT/gansu-2024", ...Array(8).fill("PT/gansu-2024")]);
  });

  it("carries last year's forms over with --year, flagging the amounts", async () => {
    const r = await run(["import", join(FIX, "001.xlsx"), "--out", "2021.xlsx", "--year", "2021"]);
    expect(r.code).toBe(0);
    expect(r.out.filter((l) => /沿用上年的金额已标出/.test(l))).toHaveLength(9);
    const host = await MemoryHost.open(r.files.get("2021.xlsx")!);
    const forms = (await recogniseWorkbook(host)).flatMap((s) => s.forms);
    expect(forms.map((f) => (f.kind === "PT" ? f.header.year?.value : undefined))).toEqual(Array(9).fill(2021));
  });

  it.each([
    [["import"], /请给出要导入的文件/],
    [["import", join(FIX, "000.txt")], /请用 --out 给出/],
    [["import", "nowhere.txt", "--out", "a.xlsx"], /找不到文件“nowhere\.txt”/],
    [["import", "plain.txt", "--out", "a.xlsx"], /“plain\.txt”中未识别出绩效目标表、自评表或决算表。/],
  ])("%j ends with one line and exit 2", async (argv, message) => {
    const r = await run(argv, { "plain.txt": "只是一段文字。" });
    expect(r.code).toBe(2);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(message);
  });
});
