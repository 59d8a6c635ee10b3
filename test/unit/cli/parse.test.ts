/**
 * The command line, run in-process with a context that reads the real fixture files and
 * captures what would be printed.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main, nodeContext } from "../../../src/cli/main";
import type { CommandContext } from "../../../src/cli/context";

const FIX = join(__dirname, "../../fixtures/seeds");

function capture(): { ctx: CommandContext; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const base = nodeContext();
  const ctx: CommandContext = { ...base, out: (l) => out.push(l), err: (l) => err.push(l) };
  ctx.open = base.open.bind(ctx);
  // nodeContext's open reports through ctx.err: rebuild it on the capturing context.
  const real = nodeContext();
  Object.assign(real, { out: ctx.out, err: ctx.err });
  ctx.open = real.open;
  ctx.read = real.read;
  return { ctx, out, err };
}

describe("jixiao parse", () => {
  it("summarises the forms found in text and in a workbook", async () => {
    const { ctx, out } = capture();
    const code = await main(["parse", join(FIX, "000.txt"), join(FIX, "001.xlsx")], ctx);
    expect(code).toBe(0);
    const text = out.join("\n");
    expect(text).toMatch(/000\.txt：识别出 5 张表/);
    expect(text).toMatch(/DT {2}000!A1:F24 {2}2021年部门整体支出绩效目标表 {2}\(9 项指标\)/);
    expect(text).toMatch(/001\.xlsx：识别出 9 张表/);
  });

  it("prints typed forms as JSON", async () => {
    const { ctx, out } = capture();
    expect(await main(["parse", "--json", join(FIX, "003.txt")], ctx)).toBe(0);
    const json = JSON.parse(out.join("\n")) as { files: { file: string; forms: Record<string, unknown>[] }[] };
    const forms = json.files[0]!.forms;
    expect(forms.map((f) => f.kind)).toEqual(["JS", "JS", "JS", "JS", "JS", "JS", "JS", "JS", "JS", "JN", "DS", "PS", "PS", "PS", "PS"]);
    const ds = forms.find((f) => f.kind === "DS")!;
    expect(ds).toMatchObject({ sheet: "003", title: "2021 年度部门整体支出绩效自评表", range: expect.stringMatching(/^A\d+:I\d+$/) });
    expect((ds.indicators as unknown[]).length).toBe(11);
  });

  it.each([
    [["parse", "no-such-file.xlsx"], /找不到文件/],
    [["parse", join(FIX, "..", "..", "..", "package.json")], /不支持/],
    [["parse"], /请给出要读取的文件/],
    [["parse", "--bogus", "x.txt"], /不认识的选项 --bogus/],
    [["frobnicate"], /不认识的命令/],
  ])("%j ends with one line and exit 2", async (argv, message) => {
    const { ctx, err } = capture();
    expect(await main(argv, ctx)).toBe(2);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(message);
    expect(err[0]).not.toMatch(/\n\s+at /);
  });

  it("rejects a text file named .xlsx and a truncated workbook", async () => {
    const bytes = await readFile(join(FIX, "000.xlsx"));
    for (const [name, content] of [
      ["fake.xlsx", new TextEncoder().encode("这不是工作簿")],
      ["truncated.xlsx", new Uint8Array(bytes.subarray(0, 2000))],
    ] as const) {
      const { ctx, err } = capture();
      ctx.readBytes = async () => content;
      const real = nodeContext();
      Object.assign(real, { out: ctx.out, err: ctx.err, readBytes: ctx.readBytes });
      ctx.open = real.open;
      ctx.read = real.read;
      expect(await main(["parse", name], ctx)).toBe(2);
      expect(err[0]).toMatch(new RegExp(`“${name.replace(".", "\\.")}”`));
    }
  });

  it("--json lists what was read of each form (label, cell, value) and what was not", async () => {
    const { ctx, out } = capture();
    await main(["parse", "--json", join(__dirname, "../../fixtures/layouts/shenzhen-pt.xlsx")], ctx);
    const form = (JSON.parse(out.join("\n")) as { files: { forms: { missing: string[]; read: { label: string; ref: string; value: unknown }[] }[] }[] }).files[0]!.forms[0]!;
    expect(form.missing).toEqual([]);
    expect(form.read).toEqual(
      expect.arrayContaining([
        { part: "header", label: "单位", ref: "B3", value: "深圳市某区某街道办事处（本级）" },
        { part: "header", label: "预算年度", ref: "B2", value: 2024 },
        { part: "money", label: "本年度项目金额(万元)（预算数）", ref: "E6", value: 60 },
      ]),
    );
  });

  it("says plainly when a file holds no form", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "jixiao-parse-")), "notes.txt");
    writeFileSync(file, "会议纪要\n今天讨论了明年的工作安排。\n");
    const { ctx, out } = capture();
    expect(await main(["parse", file], ctx)).toBe(0);
    expect(out.join("\n")).toContain("✖ 这个文件中没有识别出任何绩效表格或决算表格，无法读取和检查。");
  });

  it("prints the usage with --help", async () => {
    const { ctx, out } = capture();
    expect(await main(["--help"], ctx)).toBe(0);
    expect(out.join("\n")).toMatch(/jixiao parse/);
  });
});
