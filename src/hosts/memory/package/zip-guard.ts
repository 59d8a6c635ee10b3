/**
 * Bounds on a zip before a byte of it is inflated, read from its central directory: the number
 * of parts, the size each part says it inflates to, the total, and the ratio of inflated to
 * stored size. A real workbook of a million cells is ~30 MB zipped and ~300 MB of XML; a zip
 * bomb claims gigabytes from kilobytes. Both sizes are checked against the bytes actually
 * present, so a directory that points outside the file is refused as damaged.
 */
import { strFromU8 } from "fflate";

/** A zip refused before inflating; the message is a complete sentence (zh-CN). */
export class ZipRefused extends Error {
  override readonly name: string = "ZipRefused";
}

/** Not a readable zip at all (truncated, damaged): the caller's "not a workbook" message fits better. */
export class ZipDamaged extends ZipRefused {
  override readonly name = "ZipDamaged";
}

export const ZIP_LIMITS = {
  /** Parts in one package (a workbook of 1,000 sheets has a few thousand). */
  maxParts: 20_000,
  /** One part, inflated (V8 cannot hold a string much longer than 512 MB). */
  maxPartBytes: 400 * 1024 * 1024,
  /** All parts together, inflated. */
  maxTotalBytes: 1024 * 1024 * 1024,
  /** Inflated ÷ stored, for parts above ratioFloorBytes (XML of repeated cells reaches ~100). */
  maxRatio: 400,
  ratioFloorBytes: 16 * 1024 * 1024,
};

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

function mb(n: number): string {
  return `${Math.round(n / 1024 / 1024)} MB`;
}

/** Checks the central directory; returns the number of parts. Throws ZipRefused. */
export function checkZipDirectory(bytes: Uint8Array, limits = ZIP_LIMITS): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  // The end record is in the last 22 + 65,535 bytes (its comment is at most 64 KB).
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new ZipDamaged("文件已损坏或不完整（找不到压缩包目录）。");
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const offset = view.getUint32(end + 16, true);
  if (count === 0xffff || offset === 0xffffffff) throw new ZipRefused("文件使用了 ZIP64 大文件格式，超出了可读取的范围。请只保留要检查的工作表另存后再试。");
  if (count > limits.maxParts) throw new ZipRefused(`文件含 ${count} 个部件，超出了可读取的上限 ${limits.maxParts}。`);
  if (offset + size > end) throw new ZipDamaged("文件已损坏或不完整（压缩包目录指向文件之外）。");
  let total = 0;
  let p = offset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > end || view.getUint32(p, true) !== CENTRAL) throw new ZipDamaged("文件已损坏或不完整（压缩包目录无法读取）。");
    const method = view.getUint16(p + 10, true);
    const stored = view.getUint32(p + 20, true);
    const inflated = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extra = view.getUint16(p + 30, true);
    const comment = view.getUint16(p + 32, true);
    const local = view.getUint32(p + 42, true);
    const name = strFromU8(bytes.subarray(p + 46, p + 46 + nameLength));
    if (stored === 0xffffffff || inflated === 0xffffffff) throw new ZipRefused("文件使用了 ZIP64 大文件格式，超出了可读取的范围。请只保留要检查的工作表另存后再试。");
    if (local + stored > offset) throw new ZipDamaged(`文件已损坏或不完整（部件“${name}”超出文件末尾）。`);
    if (method !== 0 && method !== 8) throw new ZipRefused(`部件“${name}”使用了不支持的压缩方式（${method}）。请在 Excel 或 WPS 中另存为 .xlsx 后再试。`);
    if (inflated > limits.maxPartBytes) throw new ZipRefused(`部件“${name}”解压后有 ${mb(inflated)}，超过了单个部件 ${mb(limits.maxPartBytes)} 的上限。`);
    if (inflated > limits.ratioFloorBytes && inflated > stored * limits.maxRatio) {
      throw new ZipRefused(`部件“${name}”从 ${mb(stored)} 解压为 ${mb(inflated)}，压缩比异常（疑似压缩炸弹），已拒绝读取。`);
    }
    total += inflated;
    if (total > limits.maxTotalBytes) throw new ZipRefused(`文件解压后超过 ${mb(limits.maxTotalBytes)}，超出了可读取的上限。请只保留要检查的工作表另存后再试。`);
    p += 46 + nameLength + extra + comment;
  }
  return count;
}
