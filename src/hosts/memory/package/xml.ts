/**
 * Just enough XML for patching package parts in place: attributes of one start tag, escaping,
 * and finding elements by (optionally prefixed) name. Everything outside the element being
 * changed keeps its bytes, which a parse-and-serialise round trip would not.
 */

export function escapeXml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;"));
}

export function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e === "amp") return "&";
    if (e === "lt") return "<";
    if (e === "gt") return ">";
    if (e === "quot") return '"';
    if (e === "apos") return "'";
    const code = e.startsWith("#x") ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return String.fromCodePoint(code);
  });
}

/** The value of attribute `name` in a start tag (unescaped), or undefined. */
export function getAttr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name.replace(/[:]/g, "\\:")}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  if (!m) return undefined;
  return unescapeXml(m[2] ?? m[3] ?? "");
}

/** The start tag with attribute `name` set (or removed when value is undefined). */
export function setAttr(tag: string, name: string, value: string | undefined): string {
  const re = new RegExp(`\\s${name.replace(/[:]/g, "\\:")}\\s*=\\s*("[^"]*"|'[^']*')`);
  if (value === undefined) return tag.replace(re, "");
  const attr = ` ${name}="${escapeXml(value)}"`;
  if (re.test(tag)) return tag.replace(re, attr);
  return tag.replace(/\s*(\/?>)$/, `${attr}$1`);
}

/** The namespace prefix ("" or "x:") the root element of a part uses. */
export function rootPrefix(xml: string, localName: string): string {
  const m = new RegExp(`<([A-Za-z_][\\w.-]*:)?${localName}[\\s>/]`).exec(xml);
  return m?.[1] ?? "";
}

/** All elements `<p:name …/>` or `<p:name …>…</p:name>` (not nested in themselves), with positions. */
export function elements(xml: string, qname: string, from = 0, to = xml.length, limit = Infinity): { start: number; end: number; tag: string; inner: string | undefined }[] {
  const out: { start: number; end: number; tag: string; inner: string | undefined }[] = [];
  const open = new RegExp(`<${qname}(?=[\\s/>])[^>]*>`, "g");
  const close = `</${qname}>`;
  open.lastIndex = from;
  for (let m = open.exec(xml); m && m.index < to && out.length < limit; m = open.exec(xml)) {
    const tag = m[0];
    if (tag.endsWith("/>")) {
      out.push({ start: m.index, end: m.index + tag.length, tag, inner: undefined });
      continue;
    }
    const endAt = xml.indexOf(close, open.lastIndex);
    if (endAt < 0) break;
    out.push({ start: m.index, end: endAt + close.length, tag, inner: xml.slice(open.lastIndex, endAt) });
    open.lastIndex = endAt + close.length;
  }
  return out;
}

/** The first element, or undefined. */
export function element(xml: string, qname: string): { start: number; end: number; tag: string; inner: string | undefined } | undefined {
  return elements(xml, qname, 0, xml.length, 1)[0];
}

/** Replaces [start, end) of `s`. */
export function splice(s: string, start: number, end: number, insert: string): string {
  return s.slice(0, start) + insert + s.slice(end);
}
