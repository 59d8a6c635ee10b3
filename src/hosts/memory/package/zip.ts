/**
 * The .xlsx package as named parts (fflate: small, synchronous, the same in Node and the
 * browser). Before anything is inflated the zip's central directory is read and checked
 * (zip-guard.ts): how many parts, how big each says it is, and how far it claims to inflate.
 * fflate inflates each part into a buffer of the size the directory states and no further, so a
 * part that lies about its size cannot grow past the checked bound either.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { checkZipDirectory } from "./zip-guard";

/** Parts in the order they appear in the file. */
export type PackageParts = Map<string, Uint8Array>;

/** Reads a zip into its parts; throws ZipRefused (zip-guard) for one beyond the bounds. */
export function readPackage(bytes: Uint8Array): PackageParts {
  checkZipDirectory(bytes);
  const files = unzipSync(bytes);
  const parts: PackageParts = new Map();
  for (const [name, data] of Object.entries(files)) parts.set(name, data);
  return parts;
}

/** Writes parts (in map order) as a zip; `level` 0 stores them uncompressed. */
export function writePackage(parts: PackageParts, level: 0 | 6 = 6): Uint8Array {
  const files: Zippable = {};
  for (const [name, data] of parts) files[name] = [data, { level }];
  return zipSync(files);
}


export function partText(parts: PackageParts, name: string): string | undefined {
  const data = parts.get(name);
  return data === undefined ? undefined : strFromU8(data);
}

export function setPartText(parts: PackageParts, name: string, text: string): void {
  parts.set(name, strToU8(text));
}
