/**
 * Bytes of a text file → string. Text reaches us as UTF-8 (most tools), UTF-16 (Windows
 * "Unicode" text, Excel's "Unicode 文本" export, with or without a byte-order mark) or GB18030/GBK
 * (older Chinese Windows tools, Excel's CSV export on a Chinese system).
 */

function zeroShare(bytes: Uint8Array, parity: 0 | 1, limit: number): number {
  let zeros = 0;
  let n = 0;
  for (let i = parity; i < limit; i += 2) {
    n++;
    if (bytes[i] === 0) zeros++;
  }
  return n === 0 ? 0 : zeros / n;
}

/** The encoding of a text file: a BOM decides; UTF-16 without one shows by its zero bytes. */
export function textEncoding(bytes: Uint8Array): "utf-8" | "utf-16le" | "utf-16be" | "gb18030" {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  // Without a BOM: UTF-16 text has a zero byte in every ASCII character (digits, tabs, line
  // ends — every form has them) on one side of the pair, and (almost) none on the other.
  const limit = Math.min(bytes.length - (bytes.length % 2), 8192);
  if (limit >= 4) {
    const odd = zeroShare(bytes, 1, limit);
    const even = zeroShare(bytes, 0, limit);
    if (odd >= 0.05 && even < odd / 8) return "utf-16le";
    if (even >= 0.05 && odd < even / 8) return "utf-16be";
  }
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return "utf-8";
  } catch {
    return "gb18030";
  }
}

/** Decodes a text file (see textEncoding); a leading BOM is dropped. */
export function decodeText(bytes: Uint8Array): string {
  const text = new TextDecoder(textEncoding(bytes)).decode(bytes);
  return text.replace(/^\uFEFF/, "");
}
