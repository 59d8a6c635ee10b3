/**
 * Files nobody should send, sent anyway: the command line (run in-process, reading and writing
 * real files in a temporary folder) ends with one line and exit 2, or completes — never a stack
 * trace, never a hang, never a change to the input file.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { main, nodeContext } from "../../../src/cli/main";
import type { CommandContext } from "../../../src/cli/context";
import { MemoryHost } from "../../../src/hosts/memory";
import { expectChineseOneLiner } from "../../contract/host-contract";
import { zip } from "./zip";

jest.setTimeout(180_000);

const SEEDS = join(__dirname, "..", "..", "fixtures", "seeds");
const OLE_HEADER = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const STACK = /\n\s+at |\bat .+\(.+:\d+:\d+\)|Error:/;

let dir: string;

function file(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

interface Run {
  code: number;
  out: string[];
  err: string[];
}

async function run(argv: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const ctx: CommandContext = nodeContext();
  // nodeContext's open() reports through this same object: replacing out/err captures it all.
  ctx.out = (l) => out.push(l);
  ctx.err = (l) => err.push(l);
  const code = await main(argv, ctx);
  return { code, out, err };
}

/** Runs the command and checks what every run must do; returns the run for more checks. */
async function runOn(command: "parse" | "check", path: string, extra: string[] = []): Promise<Run> {
  const before = existsSync(path) && statSync(path).isFile() ? readFileSync(path) : undefined;
  const r = await run([command, path, ...extra]);
  expect([0, 1, 2]).toContain(r.code);
  for (const line of [...r.out, ...r.err]) expect(line).not.toMatch(STACK);
  if (r.code === 2) {
    expect(r.err).toHaveLength(1);
    expectChineseOneLiner(r.err[0]!);
  } else {
    expect(r.err).toEqual([]);
    expect(r.out.length).toBeGreaterThan(0);
  }
  if (before) expect(readFileSync(path).equals(before)).toBe(true);
  return r;
}

/** A seed sheet's cells as values, to build bigger workbooks from. */
async function seedRows(): Promise<ExcelJS.CellValue[][][]> {
  const host = await MemoryHost.open(readFileSync(join(SEEDS, "003.xlsx")));
  const out: ExcelJS.CellValue[][][] = [];
  for (const s of await host.listSheets()) {
    const g = await host.readSheet(s.name);
    out.push(
      g.toTextRows().map((row, r) =>
        row.map((_, c) => {
          const v = g.cell(r, c)?.value;
          return v === undefined || v === null || (typeof v === "object" && "error" in v) ? null : v;
        }),
      ),
    );
  }
  return out;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "jixiao-bad-files-"));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("files that are not workbooks end with one line and exit 2", () => {
  const seed = (): Buffer => readFileSync(join(SEEDS, "000.xlsx"));

  const cases: [string, () => Uint8Array | string, RegExp][] = [
    ["empty.xlsx", () => new Uint8Array(0), /空|不是有效的 \.xlsx/],
    ["empty.txt", () => new Uint8Array(0), /空/],
    ["text-named.xlsx", () => "项目名称\t办公设备\n这不是工作簿\n", /不是有效的 \.xlsx/],
    ["password.xlsx", () => new Uint8Array([...OLE_HEADER, ...new Array<number>(504).fill(0)]), /密码|旧版/],
    ["legacy.xls", () => new Uint8Array([...OLE_HEADER, ...new Array<number>(504).fill(0)]), /密码|旧版/],
    ["document.docx", () => zip({ "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>', "word/document.xml": "<w:document/>" }), /不是有效的 \.xlsx|不支持/],
    ["docx-named.xlsx", () => zip({ "[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>" }), /不是有效的 \.xlsx/],
    ["broken-workbook.xlsx", () => zip({ "[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook><sheets><sheet name=", "xl/worksheets/sheet1.xml": "\u0000\u0001garbage" }), /不是有效的 \.xlsx/],
    ["empty-zip.xlsx", () => zip({}), /不是有效的 \.xlsx/],
    ["binary.txt", () => new Uint8Array([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x41]), /不是文本文件/],
    ["image.png", () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]), /不支持/],
    ["truncated-header.xlsx", () => new Uint8Array(seed().subarray(0, 10)), /不是有效的 \.xlsx/],
    ["truncated-early.xlsx", () => new Uint8Array(seed().subarray(0, 2000)), /不是有效的 \.xlsx/],
    ["truncated-middle.xlsx", () => new Uint8Array(seed().subarray(0, Math.floor(seed().length / 2))), /不是有效的 \.xlsx/],
    ["truncated-late.xlsx", () => new Uint8Array(seed().subarray(0, seed().length - 30)), /不是有效的 \.xlsx/],
  ];

  test.each(cases)("%s", async (name, bytes, message) => {
    const path = file(name, bytes());
    for (const command of ["parse", "check"] as const) {
      const r = await runOn(command, path);
      expect(r.code).toBe(2);
      expect(r.err[0]).toMatch(message);
    }
  });

  test("a folder, and a file that does not exist", async () => {
    const folder = join(dir, "a-folder.xlsx");
    mkdirSync(folder, { recursive: true });
    for (const path of [folder, join(dir, "missing.xlsx")]) {
      for (const command of ["parse", "check"] as const) expect((await runOn(command, path)).code).toBe(2);
    }
  });

  test("bytes flipped inside a workbook", async () => {
    const bytes = new Uint8Array(seed());
    for (const at of [200, 1000, Math.floor(bytes.length / 3), bytes.length - 100]) {
      const copy = new Uint8Array(bytes);
      for (let i = at; i < Math.min(copy.length, at + 16); i++) copy[i] = copy[i]! ^ 0xa5;
      const path = file(`flipped-${at}.xlsx`, copy);
      for (const command of ["parse", "check"] as const) await runOn(command, path);
    }
  });
});

describe("odd but real workbooks are read to the end", () => {
  test("a sheet of a million rows (a form at the top, one cell in the last row)", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("自评表");
    const [form] = (await seedRows()).filter((rows) => rows.some((row) => row.some((v) => typeof v === "string" && /自评表$/.test(v))));
    form!.forEach((row, r) => (ws.getRow(r + 1).values = [null, ...row]));
    // Sparse: the rows in between do not exist, so the file stays a few kilobytes.
    ws.getCell(1_048_576, 1).value = "末行";
    const path = file("million-rows.xlsx", new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(readFileSync(path).length).toBeLessThan(100_000);

    const parsed = await runOn("parse", path);
    expect(parsed.code).toBe(0);
    expect(parsed.out.join("\n")).toMatch(/识别出 1 张表/);
    const checked = await runOn("check", path, ["--annotate", join(dir, "million-rows.annotated.xlsx")]);
    expect([0, 1]).toContain(checked.code);
    expect(existsSync(join(dir, "million-rows.annotated.xlsx"))).toBe(true);
  });

  test("a workbook of 200 sheets", async () => {
    const forms = await seedRows();
    const wb = new ExcelJS.Workbook();
    for (let i = 0; i < 200; i++) {
      const ws = wb.addWorksheet(`表${i + 1}`);
      forms[i % forms.length]!.forEach((row, r) => (ws.getRow(r + 1).values = [null, ...row]));
    }
    const path = file("200-sheets.xlsx", new Uint8Array(await wb.xlsx.writeBuffer()));

    const parsed = await runOn("parse", path);
    expect(parsed.code).toBe(0);
    const count = Number(/识别出 (\d+) 张表/.exec(parsed.out[0] ?? "")?.[1]);
    expect(count).toBeGreaterThanOrEqual(180);
    const checked = await runOn("check", path, ["--json"]);
    expect([0, 1]).toContain(checked.code);
    const report = JSON.parse(checked.out.join("\n")) as { files: { forms: unknown[] }[] };
    expect(report.files[0]!.forms).toHaveLength(count);
    const annotated = await runOn("check", path, ["--annotate", join(dir, "200-sheets.annotated.xlsx")]);
    expect([0, 1]).toContain(annotated.code);
  });

  test("a text document of 20,000 lines", async () => {
    const seed = readFileSync(join(SEEDS, "003.txt"), "utf8");
    const lines = seed.split("\n");
    const text = Array.from({ length: Math.ceil(20_000 / lines.length) }, () => seed).join("\n");
    const path = file("long.txt", text);
    expect((await runOn("parse", path)).code).toBe(0);
    expect([0, 1]).toContain((await runOn("check", path)).code);
  });
});
