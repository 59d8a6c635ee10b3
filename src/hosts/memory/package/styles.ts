/**
 * styles.xml, changed only by addition: a cell we mark gets a copy of its own cell format (xf)
 * with the fill (or number format) swapped, so its font, border, alignment and protection stay
 * exactly the file's. Fills and number formats are appended when not already there; existing
 * entries never move, so every other cell keeps its index.
 */
import { PatchUnsupported, type PatchFill, type PatchColour } from "./types";
import { element, elements, escapeXml, getAttr, rootPrefix, setAttr, splice } from "./xml";

const BUILTIN_FORMATS: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "0.00E+00": 11,
  "@": 49,
};

function colourXml(p: string, name: string, c: PatchColour | undefined): string {
  if (!c) return "";
  const attrs: string[] = [];
  if (c.argb !== undefined) attrs.push(`rgb="${escapeXml(c.argb)}"`);
  if (c.theme !== undefined) attrs.push(`theme="${c.theme}"`);
  if (c.indexed !== undefined) attrs.push(`indexed="${c.indexed}"`);
  if (c.tint !== undefined && c.tint !== 0) attrs.push(`tint="${c.tint}"`);
  if (attrs.length === 0) attrs.push('auto="1"');
  return `<${p}${name} ${attrs.join(" ")}/>`;
}

/** A fill as styles.xml writes it; undefined for "no fill" (fill 0). */
export function fillXml(p: string, fill: PatchFill | null): string | undefined {
  if (fill === null || fill.type === undefined || (fill.type === "pattern" && (fill.pattern === undefined || fill.pattern === "none"))) return undefined;
  if (fill.type !== "pattern") throw new PatchUnsupported("渐变填充");
  return `<${p}fill><${p}patternFill patternType="${escapeXml(fill.pattern!)}">${colourXml(p, "fgColor", fill.fgColor)}${colourXml(p, "bgColor", fill.bgColor)}</${p}patternFill></${p}fill>`;
}

/** The entries of one list of styles.xml (cellXfs, fills, fonts, borders), as XML. */
function listOf(xml: string, p: string, list: string, item: string): string[] {
  const el = element(xml, `${p}${list}`);
  return el?.inner ? elements(el.inner, `${p}${item}`).map((e) => el.inner!.slice(e.start, e.end)) : [];
}

function formatsOf(xml: string, p: string): { id: number; code: string }[] {
  const numFmts = element(xml, `${p}numFmts`);
  return numFmts?.inner ? elements(numFmts.inner, `${p}numFmt`).map((e) => ({ id: Number(getAttr(e.tag, "numFmtId")), code: getAttr(e.tag, "formatCode") ?? "" })) : [];
}

/** Another package's styles.xml, read only: where a sheet made elsewhere takes its cell formats from. */
export class StylesSource {
  readonly xfs: string[];
  readonly fills: string[];
  readonly fonts: string[];
  readonly borders: string[];
  readonly formats: { id: number; code: string }[];

  constructor(xml: string) {
    if (rootPrefix(xml, "styleSheet") !== "") throw new PatchUnsupported("样式部件的命名空间前缀");
    this.xfs = listOf(xml, "", "cellXfs", "xf");
    this.fills = listOf(xml, "", "fills", "fill");
    this.fonts = listOf(xml, "", "fonts", "font");
    this.borders = listOf(xml, "", "borders", "border");
    this.formats = formatsOf(xml, "");
  }
}

export class StylesEditor {
  private readonly p: string;
  private readonly xfs: string[];
  private readonly fills: string[];
  private readonly fonts: string[];
  private readonly borders: string[];
  private readonly formats: { id: number; code: string }[];
  private readonly originalXfs: number;
  private readonly originalFills: number;
  private readonly originalFonts: number;
  private readonly originalBorders: number;
  private readonly originalFormats: number;
  private readonly derived = new Map<string, number>();

  constructor(private readonly xml: string) {
    this.p = rootPrefix(xml, "styleSheet");
    const cellXfs = element(xml, `${this.p}cellXfs`);
    const fills = element(xml, `${this.p}fills`);
    if (!cellXfs?.inner || !fills?.inner) throw new PatchUnsupported("styles.xml 缺少单元格格式");
    this.xfs = listOf(xml, this.p, "cellXfs", "xf");
    this.fills = listOf(xml, this.p, "fills", "fill");
    this.fonts = listOf(xml, this.p, "fonts", "font");
    this.borders = listOf(xml, this.p, "borders", "border");
    this.formats = formatsOf(xml, this.p);
    this.originalXfs = this.xfs.length;
    this.originalFills = this.fills.length;
    this.originalFonts = this.fonts.length;
    this.originalBorders = this.borders.length;
    this.originalFormats = this.formats.length;
  }

  get changed(): boolean {
    return (
      this.xfs.length !== this.originalXfs ||
      this.fills.length !== this.originalFills ||
      this.fonts.length !== this.originalFonts ||
      this.borders.length !== this.originalBorders ||
      this.formats.length !== this.originalFormats
    );
  }

  /**
   * The index here of cell format `s` of another styles.xml (a sheet made by exceljs): its font,
   * fill, border and number format are added when not already here, then the format itself.
   */
  importXf(source: StylesSource, s: number): number {
    const key = `import:${s}`;
    const known = this.derived.get(key);
    if (known !== undefined) return known;
    if (this.p !== "") throw new PatchUnsupported("样式部件的命名空间前缀");
    const xf = source.xfs[s];
    if (xf === undefined) throw new PatchUnsupported("新工作表的单元格格式");
    const end = xf.indexOf(">") + 1;
    let tag = xf.slice(0, end);
    const ref = (attr: string, from: string[], to: string[]) => {
      const i = Number(getAttr(tag, attr) ?? 0);
      const item = from[i];
      if (item === undefined) return;
      const at = to.indexOf(item);
      tag = setAttr(tag, attr, String(at >= 0 ? at : to.push(item) - 1));
    };
    ref("fontId", source.fonts, this.fonts);
    ref("fillId", source.fills, this.fills);
    ref("borderId", source.borders, this.borders);
    const fmt = Number(getAttr(tag, "numFmtId") ?? 0);
    const code = source.formats.find((f) => f.id === fmt)?.code;
    if (code !== undefined) tag = setAttr(tag, "numFmtId", String(this.formatId(code)));
    // Named cell styles are the file's own: the new cell hangs off the Normal style.
    if (getAttr(tag, "xfId") !== undefined) tag = setAttr(tag, "xfId", "0");
    const mine = tag + xf.slice(end);
    const at = this.xfs.indexOf(mine);
    const index = at >= 0 ? at : this.xfs.push(mine) - 1;
    this.derived.set(key, index);
    return index;
  }

  /** The index of the cell format `s` with its fill and/or number format replaced. */
  derive(s: number, change: { fill?: PatchFill | null; numFmt?: string }): number {
    const key = JSON.stringify([s, change.fill, change.numFmt]);
    const known = this.derived.get(key);
    if (known !== undefined) return known;
    const base = this.xfs[s] ?? this.xfs[0];
    if (base === undefined) throw new PatchUnsupported("styles.xml 没有单元格格式");
    const end = base.indexOf(">") + 1;
    let tag = base.slice(0, end);
    if (change.fill !== undefined) {
      const id = this.fillId(change.fill);
      tag = setAttr(tag, "fillId", String(id));
      tag = setAttr(tag, "applyFill", id === 0 ? undefined : "1");
    }
    if (change.numFmt !== undefined) {
      const id = this.formatId(change.numFmt);
      tag = setAttr(tag, "numFmtId", String(id));
      tag = setAttr(tag, "applyNumberFormat", id === 0 ? undefined : "1");
    }
    const xf = tag + base.slice(end);
    let index = xf === base ? s : this.xfs.indexOf(xf);
    if (index < 0) index = this.xfs.push(xf) - 1;
    this.derived.set(key, index);
    return index;
  }

  private fillId(fill: PatchFill | null): number {
    const xml = fillXml(this.p, fill);
    if (xml === undefined) return 0;
    const at = this.fills.indexOf(xml);
    return at >= 0 ? at : this.fills.push(xml) - 1;
  }

  private formatId(code: string): number {
    const builtin = BUILTIN_FORMATS[code];
    if (builtin !== undefined) return builtin;
    const found = this.formats.find((f) => f.code === code);
    if (found) return found.id;
    const id = Math.max(163, ...this.formats.map((f) => f.id)) + 1;
    this.formats.push({ id, code });
    return id;
  }

  text(): string {
    if (!this.changed) return this.xml;
    const p = this.p;
    let xml = this.xml;
    xml = this.replaceList(xml, "cellXfs", this.xfs, this.originalXfs);
    xml = this.replaceList(xml, "fills", this.fills, this.originalFills);
    xml = this.replaceList(xml, "fonts", this.fonts, this.originalFonts);
    xml = this.replaceList(xml, "borders", this.borders, this.originalBorders);
    if (this.formats.length !== this.originalFormats) {
      const added = this.formats.slice(this.originalFormats).map((f) => `<${p}numFmt numFmtId="${f.id}" formatCode="${escapeXml(f.code)}"/>`);
      const numFmts = element(xml, `${p}numFmts`);
      if (numFmts && numFmts.inner !== undefined) {
        const inner = numFmts.inner + added.join("");
        xml = splice(xml, numFmts.start, numFmts.end, `${setAttr(numFmts.tag, "count", String(this.formats.length))}${inner}</${p}numFmts>`);
      } else {
        const root = new RegExp(`<${p}styleSheet(?=[\\s>])[^>]*>`).exec(xml)!;
        const at = root.index + root[0].length;
        const start = numFmts ? numFmts.start : at;
        const end = numFmts ? numFmts.end : at;
        xml = splice(xml, start, end, `<${p}numFmts count="${this.formats.length}">${added.join("")}</${p}numFmts>`);
      }
    }
    return xml;
  }

  /** Appends the new entries of one list before its end tag and updates its count. */
  private replaceList(xml: string, name: string, list: string[], original: number): string {
    if (list.length === original) return xml;
    const el = element(xml, `${this.p}${name}`);
    if (!el) throw new PatchUnsupported(`styles.xml 缺少 ${name}`);
    const close = `</${this.p}${name}>`;
    const body = xml.slice(el.start + el.tag.length, el.end - close.length);
    const tag = setAttr(el.tag, "count", String(list.length));
    return splice(xml, el.start, el.end, tag + body + list.slice(original).join("") + close);
  }
}
