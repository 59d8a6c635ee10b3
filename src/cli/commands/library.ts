/**
 * `jixiao library search [词…] [--area 领域] [--limit N] [--json]` — find standard indicators in
 * the 指标库 by name or words (no words: the whole library).
 * `jixiao library suggest <文件…> [--json]` — per project in each file, the indicators its own
 * text calls for and its table lacks, and the 财预〔2021〕101号 core categories it misses.
 *
 * `jixiao library export <工作簿> [--out 文件.json]` — the unit's own indicators saved in a workbook,
 * as JSON to share; `search --workbook 工作簿` searches them together with the standard library.
 *
 * Exit codes: 0 done, 1 no target or self-evaluation form in the files (nothing to suggest for),
 * 2 unusable input or arguments.
 */
import { qualify } from "../../grid/address";
import { AREAS, exportCustomIndicators, LIBRARY, LIBRARY_SOURCES, readCustomIndicators, SOURCE_SHORT, searchLibrary, suggestForForms, withCustom, type CustomRead, type LibraryIndicator, type ProjectSuggestions } from "../../library";
import { UsageError, type ParsedArgs } from "../args";
import type { CommandContext } from "../context";
import { readFiles } from "./parse";

function limitOption(args: ParsedArgs): number | undefined {
  const raw = args.options.get("limit");
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--limit 需要一个正整数，收到“${raw}”。`);
  return n;
}

function areaOption(args: ParsedArgs): string | undefined {
  const area = args.options.get("area");
  if (area !== undefined && !(AREAS as readonly string[]).includes(area)) throw new UsageError(`没有名为“${area}”的支出领域。可用：${AREAS.join("、")}。`);
  return area;
}

/** One indicator as the listing shows it: the name line, then its explanation, scoring and sources. */
export function indicatorLines(ind: LibraryIndicator, indent = "  "): string[] {
  const unit = ind.unit ? `单位 ${ind.unit}` : ind.kind === "定性" ? "定性" : "日期";
  return [
    `${indent}${ind.level3}  （${ind.level1} › ${ind.level2}；${unit}；${ind.direction}；典型指标值 ${ind.target}）`,
    `${indent}  指标解释：${ind.explanation}`,
    `${indent}  评（扣）分标准：${ind.scoring}`,
    `${indent}  适用：${ind.areas.join("、")}；来源：${ind.sources.map((s) => SOURCE_SHORT[s]).join("、")}`,
  ];
}

function indicatorJson(ind: LibraryIndicator): Record<string, unknown> {
  return { ...ind, sourceTexts: ind.sources.map((s) => LIBRARY_SOURCES[s]) };
}

/** The unit's own indicators saved in a workbook; undefined when it cannot be opened (reason printed). */
async function customOf(ctx: CommandContext, file: string): Promise<CustomRead | undefined> {
  const doc = await ctx.open(file);
  if (!doc) return undefined;
  const read = await readCustomIndicators(doc.host);
  for (const p of read.problems) ctx.err(`${file}：${p}`);
  return read;
}

async function runSearch(args: ParsedArgs, ctx: CommandContext): Promise<number> {
  const query = args.positional.slice(1).join(" ");
  const area = areaOption(args);
  const workbook = args.options.get("workbook");
  let library: readonly LibraryIndicator[] = LIBRARY;
  if (workbook !== undefined) {
    const custom = await customOf(ctx, workbook);
    if (!custom) return 2;
    library = withCustom(custom.indicators);
  }
  const hits = searchLibrary(query, { area, limit: limitOption(args), library });
  if (args.flags.has("json")) {
    ctx.out(JSON.stringify({ query, area: area ?? null, hits: hits.map((h) => ({ score: h.score, ...indicatorJson(h.indicator) })) }, null, 2));
    return 0;
  }
  const scope = `${query ? `与“${query}”相符的` : ""}${area ? `适用于“${area}”的` : ""}`;
  if (hits.length === 0) {
    ctx.out(`指标库中没有${scope}指标。可以换个说法，或不带词运行 jixiao library search 查看全部。`);
    return 0;
  }
  ctx.out(`指标库中${scope}指标 ${hits.length} 项：`);
  for (const h of hits) ctx.out(indicatorLines(h.indicator).join("\n"));
  return 0;
}

function projectLines(p: ProjectSuggestions): string[] {
  const where = `${p.form.kind} ${p.name} (${qualify(p.form.sheet, p.form.range)})`;
  if (p.suggestions.length === 0) return [`  ${where}：指标库没有要补充的指标。`];
  const lines = [`  ${where}：建议补充 ${p.suggestions.length} 项`];
  for (const s of p.suggestions) {
    const i = s.indicator;
    lines.push(`    ${i.level3}（${i.level1} › ${i.level2}，典型指标值 ${i.target}）— ${s.reason}`);
  }
  return lines;
}

async function runSuggest(args: ParsedArgs, ctx: CommandContext): Promise<number> {
  const files = args.positional.slice(1);
  if (files.length === 0) throw new UsageError("请给出要分析的文件，例如：jixiao library suggest 绩效目标表.xlsx");
  const read = await readFiles(ctx, files);
  const failed = read.failed;
  const results = read.results.map((r) => ({ file: r.file, projects: suggestForForms(r.forms) }));
  if (args.flags.has("json")) {
    ctx.out(
      JSON.stringify(
        {
          files: results.map((r) => ({
            file: r.file,
            projects: r.projects.map((p) => ({
              kind: p.form.kind,
              sheet: p.form.sheet,
              range: p.form.range,
              name: p.name,
              suggestions: p.suggestions.map((s) => ({ basis: s.basis, reason: s.reason, ...indicatorJson(s.indicator) })),
            })),
          })),
        },
        null,
        2,
      ),
    );
  } else {
    for (const r of results) {
      if (r.projects.length === 0) {
        ctx.out(`${r.file}：没有识别出绩效目标表或自评表，无法给出指标建议。`);
        continue;
      }
      ctx.out(`${r.file}：${r.projects.length} 张绩效表`);
      for (const p of r.projects) ctx.out(projectLines(p).join("\n"));
    }
  }
  if (failed) return 2;
  return results.some((r) => r.projects.length > 0) ? 0 : 1;
}

async function runExport(args: ParsedArgs, ctx: CommandContext): Promise<number> {
  const file = args.positional[1];
  if (file === undefined || args.positional.length > 2) throw new UsageError("请给出一个工作簿，例如：jixiao library export 绩效目标表.xlsx --out 本单位指标.json");
  const out = args.options.get("out");
  if (out !== undefined && !/\.json$/i.test(out)) throw new UsageError("--out 的输出文件须以 .json 结尾。");
  const custom = await customOf(ctx, file);
  if (!custom) return 2;
  const text = exportCustomIndicators(custom.indicators);
  if (out === undefined) {
    ctx.out(text.trimEnd());
  } else {
    await ctx.writeBytes(out, new TextEncoder().encode(text));
    ctx.out(`已导出本单位指标 ${custom.indicators.length} 项到 ${out}。`);
  }
  return 0;
}

export async function runLibrary(args: ParsedArgs, ctx: CommandContext): Promise<number> {
  const sub = args.positional[0];
  if (sub === "search") return runSearch(args, ctx);
  if (sub === "suggest") return runSuggest(args, ctx);
  if (sub === "export") return runExport(args, ctx);
  throw new UsageError(
    sub === undefined
      ? "请给出 search、suggest 或 export，例如：jixiao library search 满意度"
      : `不认识的子命令“${sub}”：可用 search（查找指标）、suggest（为项目建议指标）或 export（导出本单位指标）。`,
  );
}
