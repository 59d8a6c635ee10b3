/**
 * `jixiao library search` and `jixiao library suggest`, run in-process on real files: listings,
 * JSON, exit codes and one-line failures.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../../src/cli/main";
import { capture } from "./capture";
import { LIBRARY, saveCustomIndicators } from "../../../src/library";
import { MemoryHost } from "../../../src/hosts/memory";
import { OWN } from "../../fixtures/own-indicator";

const FIX = join(__dirname, "../../fixtures");

describe("jixiao library search", () => {
  it("lists the 满意度 indicators with unit, direction, typical target, explanation, scoring and sources", async () => {
    const { ctx, out, err } = capture();
    expect(await main(["library", "search", "满意度"], ctx)).toBe(0);
    expect(err).toEqual([]);
    const text = out.join("\n");
    expect(out[0]).toMatch(/^指标库中与“满意度”相符的指标 \d+ 项：$/);
    expect(text).toContain("  服务对象满意度  （满意度指标 › 服务对象满意度指标；单位 %；正向；典型指标值 ≥90%）");
    expect(text).toContain("    评（扣）分标准：达到目标值得满分；未达到的按实际值/目标值×分值计分。");
    expect(text).toContain("来源：财预〔2021〕101号");
    expect(text).toContain("患者满意度");
  });

  it("--json gives the hits with their full sources; --area and --limit narrow them", async () => {
    const { ctx, out } = capture();
    expect(await main(["library", "search", "--area", "培训", "--limit", "2", "--json"], ctx)).toBe(0);
    const json = JSON.parse(out.join("\n")) as { area: string; hits: { areas: string[]; sourceTexts: string[]; level3: string }[] };
    expect(json.area).toBe("培训");
    expect(json.hits).toHaveLength(2);
    for (const h of json.hits) {
      expect(h.areas).toContain("培训");
      expect(h.sourceTexts.join("")).toMatch(/财预|GitHub|公开/);
    }
  });

  it("says so when nothing matches; without words lists the whole library", async () => {
    const none = capture();
    expect(await main(["library", "search", "火星殖民"], none.ctx)).toBe(0);
    expect(none.out).toEqual(["指标库中没有与“火星殖民”相符的指标。可以换个说法，或不带词运行 jixiao library search 查看全部。"]);
    const all = capture();
    expect(await main(["library", "search"], all.ctx)).toBe(0);
    expect(all.out[0]).toBe(`指标库中指标 ${LIBRARY.length} 项：`);
  });

  it("rejects an unknown area, a bad --limit and an unknown subcommand in one line with exit 2", async () => {
    for (const [argv, message] of [
      [["library", "search", "--area", "太空"], /^没有名为“太空”的支出领域。可用：通用、培训/],
      [["library", "search", "--limit", "0"], /^--limit 需要一个正整数，收到“0”。$/],
      [["library", "list"], /^不认识的子命令“list”/],
      [["library"], /^请给出 search、suggest 或 export/],
      [["library", "suggest"], /^请给出要分析的文件/],
    ] as const) {
      const { ctx, out, err } = capture();
      expect(await main([...argv], ctx)).toBe(2);
      expect(out).toEqual([]);
      expect(err).toHaveLength(1);
      expect(err[0]).toMatch(message);
    }
  });
});

describe("jixiao library suggest", () => {
  it("names, per project of seed 001, the core categories it lacks and what its words call for", async () => {
    const { ctx, out, err } = capture();
    expect(await main(["library", "suggest", join(FIX, "seeds/001.xlsx")], ctx)).toBe(0);
    expect(err).toEqual([]);
    const text = out.join("\n");
    expect(out[0]).toMatch(/001\.xlsx：9 张绩效表$/);
    expect(text).toContain("  PT 公务用车制度改革费 ('公务用车制度改革费'!A1:F13)：建议补充");
    expect(text).toContain("    项目总成本（成本指标 › 经济成本指标，典型指标值 ≤X万元）— 表中没有成本指标；财预〔2021〕101号要求每个项目都设置成本指标。");
    expect(text).toMatch(/设备购置数量（产出指标 › 数量指标，典型指标值 ≥X台（套））— 项目内容提到“设备”。/);
  });

  it("--json lists each project's suggestions with their basis and reason", async () => {
    const { ctx, out } = capture();
    expect(await main(["library", "suggest", join(FIX, "layouts/national-2020-10-ps.xlsx"), "--json"], ctx)).toBe(0);
    const json = JSON.parse(out.join("\n")) as { files: { projects: { kind: string; name: string; suggestions: { id: string; basis: string; reason: string }[] }[] }[] };
    const [project] = json.files[0]!.projects;
    expect(project).toMatchObject({ kind: "PS", name: "城乡社区体育健身设施建设补助" });
    expect(project!.suggestions.map((s) => s.id)).toContain("subsidy-persons");
    expect(project!.suggestions.every((s) => s.basis === "words")).toBe(true);
  });

  it("exits 1 when a file holds no target or self-evaluation, 2 when a file cannot be read", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "jixiao-library-")), "说明.txt");
    writeFileSync(file, "本文件只有一段说明文字，没有表格。\n");
    const none = capture();
    expect(await main(["library", "suggest", file], none.ctx)).toBe(1);
    expect(none.out).toEqual([`${file}：没有识别出绩效目标表或自评表，无法给出指标建议。`]);
    const missing = capture();
    expect(await main(["library", "suggest", join(FIX, "nope.xlsx")], missing.ctx)).toBe(2);
    expect(missing.err).toEqual([`找不到文件“${join(FIX, "nope.xlsx")}”。`]);
  });
});

describe("jixiao library export and search --workbook", () => {
  it("exports the unit's own indicators saved in a workbook and searches them with the library", async () => {
    const dir = mkdtempSync(join(tmpdir(), "jixiao-library-"));
    const book = join(dir, "本单位.xlsx");
    const host = MemoryHost.empty();
    expect((await saveCustomIndicators(host, [OWN])).problems).toEqual([]);
    writeFileSync(book, await host.save());

    const search = capture();
    expect(await main(["library", "search", "档案 页数", "--workbook", book], search.ctx)).toBe(0);
    expect(search.out[0]).toBe("指标库中与“档案 页数”相符的指标 1 项：");
    expect(search.out.join("\n")).toContain("来源：本单位");

    const out = join(dir, "本单位指标.json");
    const exp = capture();
    expect(await main(["library", "export", book, "--out", out], exp.ctx)).toBe(0);
    expect(exp.out).toEqual([`已导出本单位指标 1 项到 ${out}。`]);
    expect(JSON.parse(readFileSync(out, "utf8"))).toEqual([{ ...OWN, sources: ["unit"], core: false }]);

    const bad = capture();
    expect(await main(["library", "export", book, "--out", join(dir, "x.txt")], bad.ctx)).toBe(2);
    expect(bad.err).toEqual(["--out 的输出文件须以 .json 结尾。"]);
  });
});
