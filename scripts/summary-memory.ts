/**
 * Measures the memory of `jixiao check DIR --summary` over many files: generates N small
 * submissions (copies of the monitoring fixtures and seed 001, default 500) in a temporary folder,
 * runs the command in-process and samples the heap after each file (with a forced collection when
 * node runs with --expose-gc). What stays per file is its findings, not its workbook: the heap
 * should grow by a few kilobytes per file, not by a workbook's size.
 *
 *   node --expose-gc --import tsx scripts/summary-memory.ts [N]
 */
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main, nodeContext } from "../src/cli/main";

const N = Number(process.argv[2] ?? 500);
const ROOT = join(__dirname, "..", "test", "fixtures");
const SOURCES = [join(ROOT, "monitoring", "provincial-behind.xlsx"), join(ROOT, "monitoring", "central-2019-ok.xlsx"), join(ROOT, "seeds", "001.xlsx")];

async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "jixiao-summary-memory-"));
  try {
    for (let i = 0; i < N; i++) copyFileSync(SOURCES[i % SOURCES.length]!, join(dir, `${String(i).padStart(4, "0")}.xlsx`));
    const gc = (globalThis as { gc?: () => void }).gc;
    const samples: number[] = [];
    const ctx = nodeContext();
    ctx.out = () => undefined;
    ctx.err = (line: string) => {
      if (!/^\[\d+\/\d+\] /.test(line)) return;
      gc?.();
      samples.push(process.memoryUsage().heapUsed);
    };
    const started = Date.now();
    await main(["check", dir, "--summary", join(dir, "汇总.xlsx")], ctx);
    const mb = (b: number): string => `${(b / 1024 / 1024).toFixed(1)} MB`;
    const at = (k: number): number => samples[Math.min(samples.length - 1, k)]!;
    const tenth = Math.max(1, Math.floor(samples.length / 10));
    const perFile = (at(samples.length - 1) - at(tenth)) / Math.max(1, samples.length - 1 - tenth);
    process.stdout.write(
      `${N} files in ${((Date.now() - started) / 1000).toFixed(1)} s${gc ? "" : " (run with --expose-gc for exact figures)"}\n` +
        `heap before file ${tenth + 1}: ${mb(at(tenth))}; before the last: ${mb(at(samples.length - 1))}; peak ${mb(Math.max(...samples))}\n` +
        `growth per file after the first tenth: ${(perFile / 1024).toFixed(1)} KB\n`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void run();
