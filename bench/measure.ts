/**
 * One measurement, in its own process (bench/run.ts starts one per size and kind, so every
 * run starts with a fresh heap and a timeout can stop it). Prints JSON lines on stdout:
 * {"event":"phase",…} as phases end, then {"event":"done",…}.
 *
 *   node --import tsx bench/measure.ts engine FILE.xlsx   read → recognise → check → score
 *   node --import tsx bench/measure.ts cli-load FILE.xlsx  the command line opening the file
 *   node --import tsx bench/measure.ts cli-check FILE.xlsx `jixiao check FILE.xlsx`, in-process
 *   node --import tsx bench/measure.ts rules FILE.xlsx     each rule of the catalogue on its own
 *
 * A third argument, rule ids separated by commas, leaves those rules out (engine, cli-check).
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";
import { cpuNow, runEngine } from "./engine";
import { main, nodeContext } from "../src/cli/main";
import type { CommandContext } from "../src/cli/context";
import { worksheetToGrid } from "../src/hosts/memory";
import { recogniseGrid } from "../src/recognise";
import { ALL_RULES } from "../src/rules/catalogue";
import { checkForms } from "../src/rules/engine";
import { checkWorkbook } from "../src/usecases/check-workbook";

const SEEDS = join(__dirname, "..", "test", "fixtures", "seeds");

function emit(event: string, data: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify({ event, ...data })}\n`);
}

async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ExcelJS.Buffer);
  return wb;
}

/** Runs the engine on the seed workbooks, so the timed run meets compiled code, as a long session does. */
async function warmUp(): Promise<void> {
  for (const f of readdirSync(SEEDS).filter((n) => /^\d{3}\.xlsx$/.test(n))) runEngine(await loadWorkbook(join(SEEDS, f)));
}

/** A context that prints nothing: the report's lines are counted, not shown. */
function quietContext(): { ctx: CommandContext; lines: () => number; errors: string[] } {
  let lines = 0;
  const errors: string[] = [];
  const ctx = nodeContext();
  ctx.out = (l) => {
    lines += l.split("\n").length;
  };
  ctx.err = (l) => {
    errors.push(l);
  };
  return { ctx, lines: () => lines, errors };
}

async function measure(kind: string, file: string, ignore: string[]): Promise<void> {
  switch (kind) {
    case "engine": {
      await warmUp();
      const t = performance.now();
      const wb = await loadWorkbook(file);
      emit("loaded", { ms: performance.now() - t });
      const run = runEngine(wb, (p) => emit("phase", { ...p }), ignore);
      emit("done", { ...run, messages: run.messages.slice(0, 5), messageCount: run.messages.length });
      return;
    }
    case "cli-load": {
      const { ctx, errors } = quietContext();
      const wall = performance.now();
      const cpu = cpuNow();
      const doc = await ctx.open(file);
      emit("done", { ms: performance.now() - wall, cpuMs: cpuNow() - cpu, ok: doc !== undefined, errors });
      return;
    }
    case "cli-read": {
      // What `check` and `parse` open an .xlsx with: the fast read-only reader.
      const { ctx, errors } = quietContext();
      const wall = performance.now();
      const cpu = cpuNow();
      const doc = await ctx.read!(file);
      emit("done", { ms: performance.now() - wall, cpuMs: cpuNow() - cpu, ok: doc !== undefined, errors });
      return;
    }
    case "memory-check": {
      // The exceljs path (what commands that write take): open, then check every sheet.
      const { ctx, errors } = quietContext();
      const wall = performance.now();
      const cpu = cpuNow();
      const doc = await ctx.open(file);
      const result = doc ? await checkWorkbook(doc.host) : undefined;
      emit("done", { ms: performance.now() - wall, cpuMs: cpuNow() - cpu, forms: result?.forms.length, errors });
      return;
    }
    case "cli-check": {
      const { ctx, lines, errors } = quietContext();
      const wall = performance.now();
      const cpu = cpuNow();
      const code = await main(["check", file, ...(ignore.length > 0 ? ["--ignore", ignore.join(",")] : [])], ctx);
      emit("done", { ms: performance.now() - wall, cpuMs: cpuNow() - cpu, code, lines: lines(), errors });
      return;
    }
    case "rules": {
      const wb = await loadWorkbook(file);
      const forms = wb.worksheets.flatMap((ws) => recogniseGrid(worksheetToGrid(ws)).forms);
      checkForms(forms); // warm-up
      const rules = ALL_RULES.map((rule) => {
        const wall = performance.now();
        const cpu = cpuNow();
        const findings = checkForms(forms, { rules: [rule] }).length;
        return { id: rule.meta.id, ms: performance.now() - wall, cpuMs: cpuNow() - cpu, findings };
      });
      emit("done", { forms: forms.length, rules });
      return;
    }
    default:
      throw new Error(`unknown measurement ${kind}`);
  }
}

const [kind, file, ignore] = process.argv.slice(2);
measure(kind ?? "", file ?? "", (ignore ?? "").split(",").filter(Boolean)).catch((e: unknown) => {
  emit("error", { message: (e as Error).message, stack: (e as Error).stack });
  process.exitCode = 1;
});
