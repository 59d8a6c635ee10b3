/**
 * One rule for every file the command line writes: never over an input, never over an existing
 * file unless --force says so. Names are not compared as text: two names are the same file when
 * they resolve to the same real path or to the same device and inode, so `./in.xlsx`,
 * `dir/../in.xlsx`, a symbolic link to the input and a hard link to it are all caught.
 *
 * The check runs before anything is read or computed, and the write itself (nodeContext) goes
 * to a temporary file beside the output that is renamed into place, so an interrupted run never
 * leaves half a workbook under the clerk's file name.
 */
import { lstat, realpath, stat } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { UsageError, type ParsedArgs } from "./args";
import type { CommandContext } from "./context";
import type { MemoryHost } from "../hosts/memory";

/** What identifies a file on disk. */
export interface FileIdentity {
  /** The real path (symbolic links and `..` resolved); for a file not yet there, its would-be path. */
  real: string;
  /** Device and inode, when the file exists. */
  dev?: number;
  ino?: number;
  exists: boolean;
  /** A regular file (after following links); false for folders, FIFOs, devices. */
  regular: boolean;
}

/** The identity of a path on this machine (the default for CommandContext.identify). */
export async function identifyFile(file: string): Promise<FileIdentity> {
  const absolute = resolve(file);
  try {
    const s = await stat(absolute);
    return { real: await realpath(absolute), dev: s.dev, ino: s.ino, exists: true, regular: s.isFile() };
  } catch {
    // Not there (or a dangling link): compare by where it would be written.
    let real = absolute;
    try {
      real = join(await realpath(dirname(absolute)), basename(absolute));
    } catch {
      // the folder is missing too; the write will say so
    }
    const dangling = await lstat(absolute).then(
      (l) => l.isSymbolicLink(),
      () => false,
    );
    return { real, exists: dangling, regular: false };
  }
}

function sameFile(a: FileIdentity, b: FileIdentity): boolean {
  if (a.real === b.real) return true;
  return a.exists && b.exists && a.dev !== undefined && a.dev === b.dev && a.ino === b.ino;
}

/**
 * Refuses (UsageError, one line) an output that is one of the inputs, that is a folder or some
 * other non-file, or that exists when `force` is false.
 */
export async function checkOutputFile(
  identify: (file: string) => Promise<FileIdentity>,
  out: string,
  inputs: readonly string[],
  force: boolean,
): Promise<void> {
  const target = await identify(out);
  for (const input of inputs) {
    if (sameFile(target, await identify(input))) {
      throw new UsageError(`输出文件“${out}”就是输入文件“${input}”（同一个文件）。输入文件不会被改动，请换一个输出文件名。`);
    }
  }
  if (!target.exists) return;
  if (!target.regular) throw new UsageError(`“${out}”不是普通文件（是文件夹或设备），请给出要生成的 .xlsx 文件名。`);
  if (!force) throw new UsageError(`“${out}”已存在。请换一个文件名，或加 --force 覆盖它。`);
}

/**
 * The output file named by `--<option>` (out, annotate): an .xlsx, not an input, and new unless
 * --force. Undefined when the option is absent and not required.
 */
export async function outputOption(
  args: ParsedArgs,
  ctx: CommandContext,
  spec: { option: "out" | "annotate" | "report" | "summary"; inputs: readonly string[]; required: boolean; example: string },
): Promise<string | undefined> {
  const out = args.options.get(spec.option);
  if (out === undefined || out.trim() === "") {
    if (spec.required || out !== undefined) throw new UsageError(`请用 --${spec.option} 给出要生成的 .xlsx 文件，例如：${spec.example}`);
    return undefined;
  }
  if (!/\.xlsx$/i.test(out)) throw new UsageError(`--${spec.option} 的输出文件须以 .xlsx 结尾，而不是“${out}”。`);
  await checkOutputFile((f) => ctx.identify(f), out, spec.inputs, args.flags.has("force"));
  return out;
}

/**
 * Writes a workbook to `out`. A workbook opened from a file is written by patching that file
 * (only the cells, formats and notes we changed differ); when that cannot be done, one line says
 * so before the whole file is rewritten.
 */
export async function writeWorkbook(ctx: CommandContext, host: MemoryHost, out: string): Promise<void> {
  const { bytes, rebuilt } = await host.saveFile();
  if (rebuilt !== undefined) {
    ctx.err(`注意：${rebuilt}，无法只改动相关单元格，“${out}”将整体重写：原文件中的图表、数据透视表、保护密码、自定义属性等可能不会保留。`);
  }
  try {
    await ctx.writeBytes(out, bytes);
  } catch (e) {
    throw new UsageError(`无法写入“${out}”：${(e as Error).message}`);
  }
}
