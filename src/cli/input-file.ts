/**
 * Reading a file the clerk names, with bounds: only a regular file is read (a FIFO would wait
 * forever, /dev/zero would never end, a folder is a mistake), and a file above MAX_INPUT_BYTES is
 * refused before it is read. The file is opened non-blocking and checked again on the open
 * handle, so a name swapped for a FIFO between the two checks cannot hang us either.
 *
 * Writing goes to a temporary file beside the target, renamed into place once complete.
 */
import { constants } from "node:fs";
import { open, rename, stat, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { InputError } from "../usecases/open-document";

/** The largest input we read: far above any real form (a 1,000,000-cell workbook is ~30 MB). */
export const MAX_INPUT_BYTES = 200 * 1024 * 1024;

function megabytes(n: number): string {
  return `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;
}

function refuseNonFile(file: string, s: { isDirectory(): boolean; isFile(): boolean }): void {
  if (s.isDirectory()) throw new InputError(`“${file}”是文件夹，请给出文件。`);
  if (!s.isFile()) throw new InputError(`“${file}”不是普通文件（是管道、设备或套接字），请给出保存在磁盘上的文件。`);
}

function refuseSize(file: string, size: number, max: number): void {
  if (size > max) throw new InputError(`“${file}”有 ${megabytes(size)}，超过了可读取的上限 ${megabytes(max)}。请确认文件无误，或只保留要检查的工作表后再试。`);
}

/** Reads a regular file of at most `max` bytes; anything else is an InputError naming the file. */
export async function readInputFile(file: string, max = MAX_INPUT_BYTES): Promise<Uint8Array> {
  const before = await stat(file);
  refuseNonFile(file, before);
  refuseSize(file, before.size, max);
  const handle = await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const s = await handle.stat();
    refuseNonFile(file, s);
    refuseSize(file, s.size, max);
    // Read what is there now, never more than the cap (a file growing while we read stops there).
    const bytes = new Uint8Array(Math.min(s.size, max) + 1);
    let filled = 0;
    for (;;) {
      const { bytesRead } = await handle.read(bytes, filled, bytes.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
      if (filled === bytes.length) break;
    }
    refuseSize(file, filled, max);
    return bytes.slice(0, filled);
  } finally {
    await handle.close();
  }
}

/** Writes the whole file under a temporary name, then renames it over `file`. */
export async function writeOutputFile(file: string, bytes: Uint8Array): Promise<void> {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.jixiao-tmp`);
  try {
    await writeFile(temp, bytes, { flag: "wx" });
    await rename(temp, file);
  } catch (e) {
    await unlink(temp).catch(() => undefined);
    throw e;
  }
}
