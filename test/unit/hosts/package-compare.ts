/**
 * Comparing two .xlsx packages part by part, for the fidelity tests (here and in test/calc):
 * which parts changed, and in a worksheet that changed, which cells.
 */
import { strFromU8, unzipSync } from "fflate";
import { parseRange, toA1 } from "../../../src/grid/address";

export type Parts = Record<string, Uint8Array>;

export function parts(bytes: Uint8Array): Parts {
  return unzipSync(bytes) as Parts;
}

export function same(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  return a !== undefined && b !== undefined && Buffer.from(a).equals(Buffer.from(b));
}

/** Sheet name → worksheet part, read from the workbook and its relationships. */
export function sheetParts(p: Parts): Map<string, string> {
  const wb = strFromU8(p["xl/workbook.xml"]!);
  const rels = strFromU8(p["xl/_rels/workbook.xml.rels"]!);
  const out = new Map<string, string>();
  for (const m of wb.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)) {
    const target = new RegExp(`Id="${m[2]}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${m[2]}"`).exec(rels)?.[1];
    out.set(m[1]!, `xl/${target!.replace(/^\/?xl\//, "")}`);
  }
  return out;
}

/** The cells of a worksheet part by reference, as XML. */
export function cells(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g)) out.set(m[1]!, m[0]);
  return out;
}

/** A worksheet part with its cells taken out and our legacy-drawing reference removed. */
export function frame(xml: string): string {
  return xml.replace(/<sheetData>[\s\S]*<\/sheetData>|<sheetData\/>/, "<sheetData/>").replace(/<legacyDrawing r:id="[^"]+"\/>/, "");
}

export function expand(refs: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const ref of refs) {
    const r = parseRange(ref)!;
    for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) out.add(toA1(row, col));
  }
  return out;
}

/** Parts that may change when cells, formats and notes change. */
export function mayChange(name: string, touchedSheets: Set<string>): boolean {
  return (
    touchedSheets.has(name) ||
    name === "xl/styles.xml" ||
    name === "xl/workbook.xml" ||
    name === "xl/_rels/workbook.xml.rels" ||
    name === "[Content_Types].xml" ||
    /^xl\/worksheets\/_rels\/sheet\d+\.xml\.rels$/.test(name) ||
    /^xl\/comments\d+\.xml$/.test(name) ||
    /^xl\/drawings\/vmlDrawing\d+\.vml$/.test(name)
  );
}

/**
 * Every part of `before` is in `after`; those outside the allowed set are identical; in each
 * touched sheet only `intended` cells differ. Returns the names of the parts that changed.
 */
export function expectSurgical(before: Parts, after: Parts, intended: Map<string, Set<string>>): string[] {
  const names = sheetParts(before);
  const touched = new Set([...intended.keys()].map((s) => names.get(s)!));
  const changed: string[] = [];
  for (const [name, data] of Object.entries(before)) {
    expect({ name, present: after[name] !== undefined }).toEqual({ name, present: true });
    if (same(data, after[name])) continue;
    changed.push(name);
    expect({ name, mayChange: mayChange(name, touched) }).toEqual({ name, mayChange: true });
  }
  for (const [sheet, refs] of intended) {
    const path = names.get(sheet)!;
    const a = strFromU8(before[path]!);
    const b = strFromU8(after[path]!);
    expect(frame(b)).toBe(frame(a));
    const ca = cells(a);
    const cb = cells(b);
    const differing = [...new Set([...ca.keys(), ...cb.keys()])].filter((ref) => ca.get(ref) !== cb.get(ref));
    expect(differing.filter((ref) => !refs.has(ref))).toEqual([]);
  }
  return changed;
}

export function commentsOf(p: Parts, sheet: string): string {
  const path = sheetParts(p).get(sheet)!;
  const rels = strFromU8(p[path.replace("worksheets/", "worksheets/_rels/") + ".rels"] ?? new Uint8Array());
  const target = /Target="([^"]*comments\d+\.xml)"/.exec(rels)?.[1];
  return target ? strFromU8(p[`xl/${target.replace(/^\.\.\//, "")}`]!) : "";
}


/** A finding's cells, and those of the findings merged into it (marked as related): what annotating is meant to change, by sheet. */
export function markedCells(findings: readonly { sheet: string; cells: readonly { sheet?: string; ref: string }[]; related?: readonly { sheet: string; cells: readonly { sheet?: string; ref: string }[] }[] }[]): Map<string, Set<string>> {
  const intended = new Map<string, Set<string>>();
  for (const f of findings.flatMap((x) => [x, ...(x.related ?? [])])) for (const c of f.cells) intended.set(c.sheet ?? f.sheet, new Set([...(intended.get(c.sheet ?? f.sheet) ?? []), ...expand([c.ref])]));
  return intended;
}
