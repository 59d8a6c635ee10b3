/**
 * The installed command (bin/jixiao.cjs) runs each command in a worker with a heap limit and a
 * time limit: memory exhaustion and a run past its time end with one line on stderr and exit
 * code 2, never a V8 heap dump or a run that does not end. The limits are made tiny here
 * (JIXIAO_MEMORY_LIMIT, JIXIAO_TIME_LIMIT) so that an ordinary file crosses them. The hostile
 * files of hostile.test.ts are run through the real command too: each ends with its one line.
 */
import { spawn } from "node:child_process";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { claimSize, mergeOverEverything, workbook, zipBomb } from "./hostile-files";

jest.setTimeout(180_000);

const ROOT = join(__dirname, "..", "..", "..");
const BIN = join(ROOT, "bin", "jixiao.cjs");
const SEED = join(ROOT, "test", "fixtures", "seeds", "003.xlsx");

interface Run {
  code: number | null;
  stdout: string;
  stderr: string[];
}

function run(args: string[], env: Record<string, string> = {}, options: { closeStdoutAfterFirstChunk?: boolean } = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => {
      stdout += d.toString();
      if (options.closeStdoutAfterFirstChunk) child.stdout.destroy();
    });
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("close", (code) => resolve({ code, stdout, stderr: stderr.split("\n").filter((l) => l !== "") }));
  });
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "jixiao-limits-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("bounded resources", () => {
  it("an ordinary run passes its output and exit code through", async () => {
    const r = await run(["check", SEED]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/共 \d+ 个问题：\d+ 个错误/);
    expect(r.stderr).toEqual([]);
  });

  it("a run past the time limit is stopped with one line and exit 2", async () => {
    const r = await run(["check", SEED], { JIXIAO_TIME_LIMIT: "0.05" });
    expect(r.code).toBe(2);
    expect(r.stderr).toEqual([expect.stringMatching(/^处理超过了 0\.05 秒，已停止。.*JIXIAO_TIME_LIMIT/)]);
  });

  it("a run that needs more memory than the limit is stopped with one line and exit 2", async () => {
    // Seed 003 now fits in 20 MB (check reads it with the fast reader): 200,000 rows of text do not.
    const big = join(dir, "big.csv");
    writeFileSync(big, Array.from({ length: 200_000 }, (_, i) => `项目${i},${i},${i * 2},≥${i}%,说明文字${i}`).join("\n"));
    const r = await run(["check", big], { JIXIAO_MEMORY_LIMIT: "20" });
    expect(r.code).toBe(2);
    expect(r.stderr).toEqual([expect.stringMatching(/^处理所需内存超过了 20 MB 的上限，已停止。.*JIXIAO_MEMORY_LIMIT/)]);
  });

  it("a limit that is not a positive number is refused in one line", async () => {
    const r = await run(["check", SEED], { JIXIAO_TIME_LIMIT: "soon" });
    expect(r.code).toBe(2);
    expect(r.stderr).toEqual([expect.stringMatching(/JIXIAO_TIME_LIMIT 应为正数/)]);
  });

  it("a reader that closes the pipe early does not keep the command running", async () => {
    const r = await run(["check", SEED], {}, { closeStdoutAfterFirstChunk: true });
    expect(r.code).toBe(1);
    expect(r.stderr).toEqual([]);
  });
});

describe("hostile files through the installed command: one line each", () => {
  const cases: [string, () => string, RegExp, number][] = [
    ["one merge over the whole sheet", () => write("merge-all.xlsx", mergeOverEverything()), /合并区域超出了已填写的单元格/, 0],
    ["a zip bomb", () => write("bomb.xlsx", zipBomb()), /压缩比异常（疑似压缩炸弹）/, 2],
    ["a sheet claiming 3 GB", () => write("claim.xlsx", claimSize(workbook("<sheetData/>"), "xl/worksheets/sheet1.xml", 3_000_000_000)), /超过了单个部件/, 2],
    [
      "a FIFO",
      () => {
        const fifo = join(dir, "pipe.xlsx");
        if (!existsSync(fifo)) execFileSync("mkfifo", [fifo]);
        return fifo;
      },
      /不是普通文件（是管道、设备或套接字）/,
      2,
    ],
    ["/dev/zero", () => "/dev/zero", /不是普通文件/, 2],
  ];

  function write(name: string, bytes: Uint8Array): string {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  }

  it.each(cases)("%s", async (_name, make, message, code) => {
    const file = make();
    if (file === "/dev/zero" && !existsSync(file)) return;
    const r = await run(["check", file]);
    expect(r.stderr).toEqual([expect.stringMatching(message)]);
    expect(r.code).toBe(code);
  });
});
