/** Relationships and content types of an OPC package, read and added to in place. */
import type { PackageParts } from "./zip";
import { partText, setPartText } from "./zip";
import { elements, escapeXml, getAttr, rootPrefix, splice } from "./xml";

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
  start: number;
  end: number;
}

export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

export function readRelationships(xml: string | undefined): Relationship[] {
  if (xml === undefined) return [];
  const p = rootPrefix(xml, "Relationships");
  return elements(xml, `${p}Relationship`).map((e) => ({
    id: getAttr(e.tag, "Id") ?? "",
    type: getAttr(e.tag, "Type") ?? "",
    target: getAttr(e.tag, "Target") ?? "",
    external: getAttr(e.tag, "TargetMode") === "External",
    start: e.start,
    end: e.end,
  }));
}

/** A relationship target as a part name, from the folder of the part that holds it. */
export function resolveTarget(dir: string, target: string): string {
  const path = target.startsWith("/") ? target.slice(1) : `${dir}/${target}`;
  const out: string[] = [];
  for (const seg of path.split("/")) {
    if (seg === "..") out.pop();
    else if (seg !== "." && seg !== "") out.push(seg);
  }
  return out.join("/");
}

export function addRelationship(parts: PackageParts, relsPath: string, type: string, target: string): Relationship {
  let xml = partText(parts, relsPath) ?? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  const existing = readRelationships(xml);
  const ids = new Set(existing.map((r) => r.id));
  let n = existing.length + 1;
  while (ids.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const p = rootPrefix(xml, "Relationships");
  const entry = `<${p}Relationship Id="${id}" Type="${escapeXml(type)}" Target="${escapeXml(target)}"/>`;
  xml = xml.replace(new RegExp(`(<${p}Relationships(?=[\\s>])[^>]*?)\\s*/>`), `$1></${p}Relationships>`);
  const close = xml.lastIndexOf(`</${p}Relationships>`);
  xml = splice(xml, close, close, entry);
  setPartText(parts, relsPath, xml);
  return { id, type, target, external: false, start: -1, end: -1 };
}

export function removeRelationship(parts: PackageParts, relsPath: string, id: string): void {
  const xml = partText(parts, relsPath);
  const rel = readRelationships(xml).find((r) => r.id === id);
  if (xml === undefined || !rel) return;
  setPartText(parts, relsPath, splice(xml, rel.start, rel.end, ""));
}

/** Adds an Override (partName starting "/") or a Default (an extension) unless one covers it. */
export function addContentType(parts: PackageParts, partOrExtension: string, contentType: string): void {
  const name = "[Content_Types].xml";
  let xml = partText(parts, name) ?? "";
  const p = rootPrefix(xml, "Types");
  const isPart = partOrExtension.startsWith("/");
  const extension = isPart ? partOrExtension.slice(partOrExtension.lastIndexOf(".") + 1) : partOrExtension;
  const overrides = elements(xml, `${p}Override`).map((e) => (getAttr(e.tag, "PartName") ?? "").toLowerCase());
  const defaults = elements(xml, `${p}Default`).map((e) => (getAttr(e.tag, "Extension") ?? "").toLowerCase());
  if (isPart && overrides.includes(partOrExtension.toLowerCase())) return;
  if (!isPart && defaults.includes(extension.toLowerCase())) return;
  const entry = isPart ? `<${p}Override PartName="${escapeXml(partOrExtension)}" ContentType="${contentType}"/>` : `<${p}Default Extension="${escapeXml(extension)}" ContentType="${contentType}"/>`;
  const close = xml.lastIndexOf(`</${p}Types>`);
  xml = splice(xml, close, close, entry);
  setPartText(parts, name, xml);
}

export function removeContentType(parts: PackageParts, partName: string): void {
  const name = "[Content_Types].xml";
  const xml = partText(parts, name) ?? "";
  const p = rootPrefix(xml, "Types");
  const e = elements(xml, `${p}Override`).find((o) => (getAttr(o.tag, "PartName") ?? "").toLowerCase() === partName.toLowerCase());
  if (e) setPartText(parts, name, splice(xml, e.start, e.end, ""));
}

/** `xl/comments` + first free number + `.xml`. */
export function freePartName(parts: PackageParts, stem: string, extension: string): string {
  const lower = new Set([...parts.keys()].map((k) => k.toLowerCase()));
  let n = 1;
  while (lower.has(`${stem}${n}${extension}`.toLowerCase())) n++;
  return `${stem}${n}${extension}`;
}
