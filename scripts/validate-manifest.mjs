#!/usr/bin/env node
// `npm run validate`: checks manifest.xml offline.
//
// `office-addin-manifest validate` sends the manifest to an online service, and no installed
// package ships Microsoft's manifest XML schemas (office-addin-manifest 3 has none; neither has
// any other package on the registry we can install from), so this script does not run the
// official XSDs. It checks, without network:
//  1. well-formed XML (a strict parser below: one root, matching tags, quoted and unique
//     attributes, defined entities, no DTD), with namespaces resolved;
//  2. the structure of a task pane add-in manifest as the published schemas define it
//     (OfficeAppManifestV1_1, TaskPaneAppVersionOverridesV1_0, OfficeAppBasicTypesV1_0): which
//     elements may appear under which parent, in which order, how often; required attributes;
//     xsi:type values; the simple types (UUID, Version, CultureName, ShortString ≤ 125,
//     LongString ≤ 250, URL ≤ 2048, ReferenceId ≤ 32, icon sizes);
//  3. what the schema cannot say: every resid names a resource of the right kind, resource ids
//     and control/group ids are unique, ExecuteFunction has a FunctionFile, icon lists have the
//     mandatory 16/32/80 sizes, every URL is https and on the add-in's own origin (or an
//     AppDomain), every page URL is a page the webpack build emits, and every image URL is a PNG
//     in assets/ of exactly the size it is used at.
// Elements the rules do not model (Dictionary, WebApplicationInfo, EquivalentAddins, Runtimes,
// ExtendedOverrides) are accepted where the schema allows them, with their contents unchecked.
//
// Usage: node scripts/validate-manifest.mjs [manifest.xml] [--assets DIR] [--webpack FILE]
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

export const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
};

// ---------------------------------------------------------------------------
// 1. A strict, small XML parser.

export class XmlError extends Error {}

const NAME_START = /[A-Za-z_:\u00C0-\uFFFF]/;
const NAME_CHAR = /[A-Za-z0-9_.:\-\u00B7\u00C0-\uFFFF]/;
const ENTITIES = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

export function parseXml(source) {
  const text = source.replace(/^\uFEFF/, "");
  let i = 0;
  const lineOf = (at) => text.slice(0, at).split("\n").length;
  const fail = (msg, at = i) => {
    throw new XmlError(`line ${lineOf(at)}: ${msg}`);
  };
  // eslint-disable-next-line no-control-regex
  const bad = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.exec(text);
  if (bad) fail("a character not allowed in XML", bad.index);

  const name = () => {
    const start = i;
    if (!NAME_START.test(text[i] ?? "")) fail("a name was expected");
    while (i < text.length && NAME_CHAR.test(text[i])) i++;
    return text.slice(start, i);
  };
  const spaces = () => {
    const start = i;
    while (/\s/.test(text[i] ?? "")) i++;
    return i > start;
  };
  const decode = (raw, at) =>
    raw.replace(/&([^;&\s]*);?/g, (m, ref) => {
      if (!m.endsWith(";")) fail(`"&" must start an entity reference`, at);
      if (ref.startsWith("#x")) return String.fromCodePoint(parseInt(ref.slice(2), 16));
      if (ref.startsWith("#")) return String.fromCodePoint(parseInt(ref.slice(1), 10));
      if (!(ref in ENTITIES)) fail(`unknown entity &${ref};`, at);
      return ENTITIES[ref];
    });
  const misc = () => {
    for (;;) {
      spaces();
      if (text.startsWith("<!--", i)) {
        const end = text.indexOf("-->", i + 4);
        if (end < 0) fail("unclosed comment");
        if (text.slice(i + 4, end).includes("--")) fail('"--" inside a comment');
        i = end + 3;
      } else if (text.startsWith("<?", i)) {
        const end = text.indexOf("?>", i + 2);
        if (end < 0) fail("unclosed processing instruction");
        if (/^<\?xml\b/.test(text.slice(i, i + 6)) && i !== 0) fail("the XML declaration must come first");
        i = end + 2;
      } else if (text.startsWith("<!DOCTYPE", i)) {
        fail("a DOCTYPE is not allowed in a manifest");
      } else return;
    }
  };

  const element = (parent) => {
    const at = i;
    i++; // <
    const qname = name();
    const attrs = new Map();
    for (;;) {
      const had = spaces();
      if (text.startsWith("/>", i) || text[i] === ">") break;
      if (!had) fail("whitespace expected between attributes");
      const attrAt = i;
      const an = name();
      spaces();
      if (text[i] !== "=") fail(`"=" expected after ${an}`);
      i++;
      spaces();
      const q = text[i];
      if (q !== '"' && q !== "'") fail(`the value of ${an} must be quoted`);
      const end = text.indexOf(q, i + 1);
      if (end < 0) fail("unclosed attribute value");
      const raw = text.slice(i + 1, end);
      if (raw.includes("<")) fail(`"<" in the value of ${an}`);
      if (attrs.has(an)) fail(`attribute ${an} given twice`, attrAt);
      attrs.set(an, decode(raw, attrAt));
      i = end + 1;
    }
    const node = { qname, attrs, children: [], text: "", line: lineOf(at), parent, ns: "", local: "", nsMap: new Map(parent?.nsMap ?? []) };
    for (const [k, v] of attrs) {
      if (k === "xmlns") node.nsMap.set("", v);
      else if (k.startsWith("xmlns:")) node.nsMap.set(k.slice(6), v);
    }
    const [prefix, local] = qname.includes(":") ? qname.split(":", 2) : ["", qname];
    if (prefix && !node.nsMap.has(prefix)) fail(`undeclared namespace prefix "${prefix}"`, at);
    node.ns = node.nsMap.get(prefix) ?? "";
    node.local = local;
    if (text.startsWith("/>", i)) {
      i += 2;
      return node;
    }
    i++; // >
    for (;;) {
      const lt = text.indexOf("<", i);
      if (lt < 0) fail(`<${qname}> is never closed`, at);
      const chunk = text.slice(i, lt);
      if (chunk.includes("]]>")) fail('"]]>" in text');
      node.text += decode(chunk, i);
      i = lt;
      if (text.startsWith("</", i)) {
        i += 2;
        const closing = name();
        spaces();
        if (text[i] !== ">") fail(`">" expected to close </${closing}`);
        i++;
        if (closing !== qname) fail(`</${closing}> closes <${qname}> (line ${node.line})`);
        return node;
      }
      if (text.startsWith("<!--", i)) {
        const end = text.indexOf("-->", i + 4);
        if (end < 0) fail("unclosed comment");
        i = end + 3;
      } else if (text.startsWith("<![CDATA[", i)) {
        const end = text.indexOf("]]>", i);
        if (end < 0) fail("unclosed CDATA section");
        node.text += text.slice(i + 9, end);
        i = end + 3;
      } else if (text.startsWith("<?", i)) {
        const end = text.indexOf("?>", i);
        if (end < 0) fail("unclosed processing instruction");
        i = end + 2;
      } else node.children.push(element(node));
    }
  };

  misc();
  if (text[i] !== "<") fail("the root element is missing");
  const root = element(undefined);
  misc();
  if (i < text.length) fail("content after the root element");
  return root;
}

// ---------------------------------------------------------------------------
// 2. The schema, as rules: parent type → ordered children (namespace, name, min, max, type).

const many = Number.POSITIVE_INFINITY;
const { app, bt, ov } = NS;
const c = (ns, name, min, max, type) => ({ ns, name, min, max, type });
const OPAQUE = "opaque";

const UUID = /^(urn:uuid:)?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$|^\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\}$/;
const VERSION = /^[0-9]{1,5}(\.[0-9]{1,5}){0,3}$/;
const SHORT_VERSION = /^[0-9]{1,5}\.[0-9]{1,5}$/;
const CULTURE = /^([a-zA-Z]{2,3}-[a-zA-Z0-9]{3,8}(-[a-zA-Z]{2,3})?|[a-zA-Z]{2,3}(-[a-zA-Z]{2,3}(_tradnl|\.pseudo|-[a-zA-Z]{4,8})?)?)$/;
const IMAGE_SIZES = [16, 20, 24, 32, 40, 48, 64, 80];
const PERMISSIONS = ["Restricted", "ReadDocument", "ReadAllDocument", "WriteDocument", "ReadWriteDocument"];
const HOST_NAMES = ["Document", "Database", "Mailbox", "Notebook", "Presentation", "Project", "Workbook"];

/** Attribute rules: name → kind ("short" | "long" | "url" | "culture" | "resid" | "id" | "size" | "shortVersion" | "text"), required. */
const A = (kind, required = true) => ({ kind, required });

const TYPES = {
  TaskPaneApp: {
    children: [
      c(app, "Id", 1, 1, "UUID"),
      c(app, "AlternateId", 0, 1, "text"),
      c(app, "Version", 1, 1, "Version"),
      c(app, "ProviderName", 1, 1, "ShortText"),
      c(app, "DefaultLocale", 1, 1, "Culture"),
      c(app, "DisplayName", 1, 1, "ShortSetting"),
      c(app, "Description", 1, 1, "LongSetting"),
      c(app, "IconUrl", 0, 1, "UrlSetting"),
      c(app, "HighResolutionIconUrl", 0, 1, "UrlSetting"),
      c(app, "SupportUrl", 0, 1, "UrlSetting"),
      c(app, "AppDomains", 0, 1, "AppDomains"),
      c(app, "Hosts", 0, 1, "AppHosts"),
      c(app, "Requirements", 0, 1, "AppRequirements"),
      c(app, "DefaultSettings", 1, 1, "DefaultSettings"),
      c(app, "Permissions", 1, 1, "Permissions"),
      c(app, "Dictionary", 0, 1, OPAQUE),
      c(ov, "VersionOverrides", 0, 1, "VersionOverridesV1_0"),
      c(app, "ExtendedOverrides", 0, 1, OPAQUE),
    ],
    attrs: {},
  },
  ShortSetting: { children: [c(app, "Override", 0, many, "ShortOverride")], attrs: { DefaultValue: A("short") } },
  LongSetting: { children: [c(app, "Override", 0, many, "LongOverride")], attrs: { DefaultValue: A("long") } },
  UrlSetting: { children: [c(app, "Override", 0, many, "UrlOverride")], attrs: { DefaultValue: A("url") } },
  ShortOverride: { children: [], attrs: { Locale: A("culture"), Value: A("short") } },
  LongOverride: { children: [], attrs: { Locale: A("culture"), Value: A("long") } },
  UrlOverride: { children: [], attrs: { Locale: A("culture"), Value: A("url") } },
  AppDomains: { children: [c(app, "AppDomain", 0, many, "UrlText")], attrs: {} },
  AppHosts: { children: [c(app, "Host", 1, many, "AppHost")], attrs: {} },
  AppHost: { children: [], attrs: { Name: A("hostName") } },
  AppRequirements: { children: [c(app, "Sets", 0, 1, "AppSets"), c(app, "Methods", 0, 1, "AppMethods")], attrs: {} },
  AppSets: { children: [c(app, "Set", 1, many, "Set")], attrs: { DefaultMinVersion: A("shortVersion", false) } },
  AppMethods: { children: [c(app, "Method", 1, many, "Method")], attrs: {} },
  Set: { children: [], attrs: { Name: A("short"), MinVersion: A("shortVersion", false) } },
  Method: { children: [], attrs: { Name: A("short") } },
  DefaultSettings: { children: [c(app, "SourceLocation", 1, 1, "UrlSetting")], attrs: {} },

  VersionOverridesV1_0: {
    children: [
      c(ov, "Description", 0, 1, "LongRef"),
      c(ov, "Requirements", 0, 1, "BtRequirements"),
      c(ov, "Hosts", 0, 1, "OvHosts"),
      c(ov, "Resources", 0, 1, "Resources"),
      c(ov, "WebApplicationInfo", 0, 1, OPAQUE),
      c(ov, "EquivalentAddins", 0, 1, OPAQUE),
      c("http://schemas.microsoft.com/office/taskpaneappversionoverrides/1.1", "VersionOverrides", 0, 1, OPAQUE),
    ],
    attrs: {},
  },
  BtRequirements: { children: [c(bt, "Sets", 1, 1, "BtSets")], attrs: {} },
  BtSets: { children: [c(bt, "Set", 1, many, "Set")], attrs: { DefaultMinVersion: A("shortVersion", false) } },
  OvHosts: { children: [c(ov, "Host", 1, many, "OvHost")], attrs: {} },
  OvHost: {
    xsiTypes: ["Workbook", "Document", "Presentation", "Notebook"],
    children: [c(ov, "Runtimes", 0, 1, OPAQUE), c(ov, "AllFormFactors", 0, 1, OPAQUE), c(ov, "DesktopFormFactor", 0, 1, "FormFactor")],
    attrs: {},
  },
  FormFactor: {
    children: [c(ov, "GetStarted", 0, 1, "GetStarted"), c(ov, "FunctionFile", 0, 1, "UrlRef"), c(ov, "ExtensionPoint", 1, many, "ExtensionPoint")],
    attrs: {},
  },
  GetStarted: { children: [c(ov, "Title", 1, 1, "ShortRef"), c(ov, "Description", 1, 1, "LongRef"), c(ov, "LearnMoreUrl", 1, 1, "UrlRef")], attrs: {} },
  ExtensionPoint: {
    xsiTypes: {
      PrimaryCommandSurface: [c(ov, "OfficeTab", 0, many, "OfficeTab"), c(ov, "CustomTab", 0, many, "CustomTab")],
      ContextMenu: [c(ov, "OfficeMenu", 1, many, "OfficeMenu")],
      CustomFunctions: [c(ov, "Script", 1, 1, OPAQUE), c(ov, "Page", 1, 1, OPAQUE), c(ov, "Metadata", 0, 1, OPAQUE), c(ov, "Namespace", 0, 1, "ShortRef")],
    },
    attrs: {},
  },
  OfficeTab: { children: [c(ov, "Group", 1, many, "Group")], attrs: { id: A("id") } },
  CustomTab: { children: [c(ov, "Group", 1, many, "Group"), c(ov, "Label", 1, 1, "ShortRef")], attrs: { id: A("id") } },
  OfficeMenu: { children: [c(ov, "Control", 1, many, "Control")], attrs: { id: A("id") } },
  Group: { children: [c(ov, "Label", 1, 1, "ShortRef"), c(ov, "Icon", 1, 1, "IconList"), c(ov, "Control", 1, many, "Control")], attrs: { id: A("id") } },
  Control: {
    xsiTypes: {
      Button: [c(ov, "Label", 1, 1, "ShortRef"), c(ov, "Supertip", 1, 1, "Supertip"), c(ov, "Icon", 1, 1, "IconList"), c(ov, "Action", 1, 1, "Action")],
      Menu: [c(ov, "Label", 1, 1, "ShortRef"), c(ov, "Supertip", 1, 1, "Supertip"), c(ov, "Icon", 1, 1, "IconList"), c(ov, "Items", 1, 1, "MenuItems")],
    },
    attrs: { id: A("id") },
  },
  MenuItems: { children: [c(ov, "Item", 1, many, "MenuItem")], attrs: {} },
  MenuItem: {
    children: [c(ov, "Label", 1, 1, "ShortRef"), c(ov, "Supertip", 1, 1, "Supertip"), c(ov, "Icon", 0, 1, "IconList"), c(ov, "Action", 1, 1, "Action")],
    attrs: { id: A("id") },
  },
  Supertip: { children: [c(ov, "Title", 1, 1, "ShortRef"), c(ov, "Description", 1, 1, "LongRef")], attrs: {} },
  Action: {
    xsiTypes: {
      ExecuteFunction: [c(ov, "FunctionName", 1, 1, "LongText")],
      ShowTaskpane: [c(ov, "TaskpaneId", 0, 1, "ShortText"), c(ov, "SourceLocation", 1, 1, "UrlRef"), c(ov, "Title", 0, 1, "ShortRef")],
    },
    attrs: {},
  },
  IconList: { children: [c(bt, "Image", 1, many, "ImageRef")], attrs: {} },
  ImageRef: { children: [], attrs: { resid: A("resid"), size: A("size") }, ref: "image" },
  ShortRef: { children: [], attrs: { resid: A("resid") }, ref: "short" },
  LongRef: { children: [], attrs: { resid: A("resid") }, ref: "long" },
  UrlRef: { children: [], attrs: { resid: A("resid") }, ref: "url" },
  Resources: {
    children: [c(bt, "Images", 0, 1, "Images"), c(bt, "Urls", 0, 1, "Urls"), c(bt, "ShortStrings", 0, 1, "ShortStrings"), c(bt, "LongStrings", 0, 1, "LongStrings")],
    attrs: {},
  },
  Images: { children: [c(bt, "Image", 0, many, "ImageResource")], attrs: {} },
  Urls: { children: [c(bt, "Url", 0, many, "UrlResource")], attrs: {} },
  ShortStrings: { children: [c(bt, "String", 0, many, "ShortResource")], attrs: {} },
  LongStrings: { children: [c(bt, "String", 0, many, "LongResource")], attrs: {} },
  ImageResource: { children: [c(bt, "Override", 0, many, "UrlOverride")], attrs: { id: A("resid"), DefaultValue: A("url") }, resource: "image" },
  UrlResource: { children: [c(bt, "Override", 0, many, "UrlOverride")], attrs: { id: A("resid"), DefaultValue: A("url") }, resource: "url" },
  ShortResource: { children: [c(bt, "Override", 0, many, "ShortOverride")], attrs: { id: A("resid"), DefaultValue: A("short") }, resource: "short" },
  LongResource: { children: [c(bt, "Override", 0, many, "LongOverride")], attrs: { id: A("resid"), DefaultValue: A("long") }, resource: "long" },
};

const TEXT_TYPES = {
  UUID: (v) => UUID.test(v) || "is not a UUID",
  Version: (v) => VERSION.test(v) || "is not a version (n.n.n.n)",
  ShortText: (v) => (v.length >= 1 && v.length <= 125) || "must have 1 to 125 characters",
  LongText: (v) => (v.length >= 1 && v.length <= 250) || "must have 1 to 250 characters",
  Culture: (v) => CULTURE.test(v) || "is not a culture name such as zh-CN",
  Permissions: (v) => PERMISSIONS.includes(v) || `must be one of ${PERMISSIONS.join(", ")}`,
  UrlText: (v) => checkUrl(v),
  text: () => true,
};

function checkUrl(v) {
  if (v.length < 1 || v.length > 2048) return "must have 1 to 2048 characters";
  let u;
  try {
    u = new URL(v);
  } catch {
    return "is not a URL";
  }
  return u.protocol === "https:" || "must use https (Office loads add-ins only over HTTPS)";
}

const ATTR_KINDS = {
  short: (v) => (v.length >= 1 && v.length <= 125) || "must have 1 to 125 characters",
  long: (v) => (v.length >= 1 && v.length <= 250) || "must have 1 to 250 characters",
  url: checkUrl,
  culture: (v) => CULTURE.test(v) || "is not a culture name",
  resid: (v) => (v.length >= 1 && v.length <= 32) || "must have 1 to 32 characters",
  id: (v) => (v.length >= 1 && v.length <= 125) || "must have 1 to 125 characters",
  size: (v) => (/^\d+$/.test(v) && IMAGE_SIZES.includes(Number(v))) || `must be one of ${IMAGE_SIZES.join(", ")}`,
  shortVersion: (v) => SHORT_VERSION.test(v) || "is not a version such as 1.1",
  hostName: (v) => HOST_NAMES.includes(v) || `must be one of ${HOST_NAMES.join(", ")}`,
};

// ---------------------------------------------------------------------------
// 3. Validation.

function xsiType(node) {
  for (const [k, v] of node.attrs) {
    const [p, l] = k.includes(":") ? k.split(":", 2) : ["", k];
    if (l === "type" && p && node.nsMap.get(p) === NS.xsi) return v.includes(":") ? v.split(":")[1] : v;
  }
  return undefined;
}

function pathOf(node) {
  const parts = [];
  for (let n = node; n; n = n.parent) parts.unshift(n.local + (n.attrs.get("id") ? `[@id=${n.attrs.get("id")}]` : ""));
  return `/${parts.join("/")} (line ${node.line})`;
}

/**
 * Validates manifest text. `assetsDir` holds the icons; `pages` are the file names the build
 * emits. Returns { errors, notes }: errors make the manifest invalid, notes are for information.
 */
export function validateManifest(text, { assetsDir = join(ROOT, "assets"), pages } = {}) {
  const errors = [];
  const notes = [];
  let root;
  try {
    root = parseXml(text);
  } catch (e) {
    return { errors: [`not well-formed XML: ${e.message}`], notes };
  }
  const err = (node, msg) => errors.push(`${pathOf(node)}: ${msg}`);
  if (root.local !== "OfficeApp" || root.ns !== NS.app) {
    errors.push(`the root element must be OfficeApp in ${NS.app}`);
    return { errors, notes };
  }
  if (xsiType(root) !== "TaskPaneApp") {
    errors.push(`only task pane add-ins (xsi:type="TaskPaneApp") are checked offline; found ${xsiType(root) ?? "none"}`);
    return { errors, notes };
  }

  const refs = []; // { node, kind, resid, size }
  const resources = { image: new Map(), url: new Map(), short: new Map(), long: new Map() };
  const urls = []; // { node, url, use: "page" | "image" | "link", size }

  const check = (node, typeName) => {
    if (typeName === OPAQUE) {
      notes.push(`${pathOf(node)}: contents not checked offline`);
      return;
    }
    const type = TYPES[typeName];
    if (!type) {
      const rule = TEXT_TYPES[typeName];
      if (node.children.length > 0) err(node, "must hold text only");
      const v = node.text.trim();
      const ok = rule(v);
      if (ok !== true) err(node, `"${v}" ${ok}`);
      if (typeName === "UrlText") urls.push({ node, url: v, use: "domain" });
      return;
    }
    // xsi:type picks the content model where the schema has several.
    let children = type.children;
    const xt = xsiType(node);
    if (type.xsiTypes) {
      if (Array.isArray(type.xsiTypes)) {
        if (!type.xsiTypes.includes(xt)) err(node, `xsi:type must be one of ${type.xsiTypes.join(", ")}`);
      } else {
        children = type.xsiTypes[xt];
        if (!children) {
          err(node, `xsi:type must be one of ${Object.keys(type.xsiTypes).join(", ")}`);
          return;
        }
      }
    }
    // Attributes.
    for (const [name, rule] of Object.entries(type.attrs)) {
      const v = node.attrs.get(name);
      if (v === undefined) {
        if (rule.required) err(node, `attribute ${name} is required`);
        continue;
      }
      const ok = ATTR_KINDS[rule.kind](v);
      if (ok !== true) err(node, `${name}="${v}" ${ok}`);
    }
    for (const name of node.attrs.keys()) {
      if (name === "xmlns" || name.startsWith("xmlns:") || /(^|:)type$/.test(name)) continue;
      if (!(name in type.attrs)) err(node, `attribute ${name} is not allowed here`);
    }
    if (node.text.trim() !== "") err(node, "text is not allowed here");
    // Children: in order, each within its min/max.
    let at = 0;
    const counts = new Array(children.length).fill(0);
    for (const child of node.children) {
      let k = at;
      while (k < children.length && !(children[k].ns === child.ns && children[k].name === child.local)) k++;
      if (k === children.length) {
        const elsewhere = children.findIndex((d) => d.ns === child.ns && d.name === child.local);
        err(child, elsewhere >= 0 ? `<${child.local}> is out of order: it must come before <${children[at]?.name ?? "?"}>` : `<${child.local}> (${child.ns || "no namespace"}) is not allowed in <${node.local}>`);
        continue;
      }
      at = k;
      counts[k]++;
      if (counts[k] > children[k].max) err(child, `<${child.local}> may appear at most ${children[k].max} time(s) here`);
      check(child, children[k].type);
    }
    children.forEach((d, k) => {
      if (counts[k] < d.min) err(node, `<${d.name}> is required here`);
    });
    // Resources and references.
    if (type.resource) {
      const id = node.attrs.get("id");
      const map = resources[type.resource];
      if (id !== undefined) {
        if (map.has(id)) err(node, `resource id "${id}" is used twice`);
        map.set(id, node);
      }
    }
    if (type.ref) refs.push({ node, kind: type.ref, resid: node.attrs.get("resid"), size: Number(node.attrs.get("size")) });
    if (typeName === "UrlSetting") {
      const use = node.local === "SourceLocation" ? "page" : node.local.includes("Icon") ? "image" : "link";
      const size = node.local === "IconUrl" ? 32 : node.local === "HighResolutionIconUrl" ? 64 : undefined;
      urls.push({ node, url: node.attrs.get("DefaultValue"), use, size });
      for (const o of node.children) urls.push({ node: o, url: o.attrs.get("Value"), use, size });
    }
  };
  check(root, "TaskPaneApp");

  // References resolve to resources of the right kind.
  const used = new Map();
  for (const r of refs) {
    if (r.resid === undefined) continue;
    const target = resources[r.kind].get(r.resid);
    if (!target) {
      const other = Object.entries(resources).find(([, m]) => m.has(r.resid));
      err(r.node, other ? `resid "${r.resid}" names a ${other[0]} resource; a ${r.kind} resource is needed` : `resid "${r.resid}" is not defined in <Resources>`);
      continue;
    }
    used.set(`${r.kind}:${r.resid}`, true);
    if (r.kind === "image") urls.push({ node: target, url: target.attrs.get("DefaultValue"), use: "image", size: r.size });
    if (r.kind === "url") {
      const isPage = ["SourceLocation", "FunctionFile"].includes(r.node.local);
      urls.push({ node: target, url: target.attrs.get("DefaultValue"), use: isPage ? "page" : "link" });
    }
  }
  for (const [kind, map] of Object.entries(resources)) {
    for (const [id, node] of map) if (!used.has(`${kind}:${id}`)) notes.push(`${pathOf(node)}: resource "${id}" is not used`);
  }

  // A support page: the schema makes it optional, but AppSource and the admin centre show it to users.
  if (!root.children.some((ch) => ch.local === "SupportUrl")) err(root, "<SupportUrl> is required: the page where users find help");

  // Ids of groups and controls are unique; icon lists carry 16, 32 and 80; commands have a function file.
  const walk = (node, fn) => {
    fn(node);
    for (const ch of node.children) walk(ch, fn);
  };
  const ids = new Map();
  walk(root, (n) => {
    if (n.ns !== ov) return;
    if (["Group", "Control", "Item", "CustomTab"].includes(n.local)) {
      const id = n.attrs.get("id");
      if (id === undefined) return;
      if (ids.has(id)) err(n, `id "${id}" is already used (line ${ids.get(id).line})`);
      else ids.set(id, n);
    }
    if (n.local === "Icon") {
      const sizes = n.children.map((ch) => Number(ch.attrs.get("size")));
      for (const s of [16, 32, 80]) if (!sizes.includes(s)) err(n, `an icon of size ${s} is required`);
      if (new Set(sizes).size !== sizes.length) err(n, "an icon size is given twice");
    }
    if (n.local === "DesktopFormFactor") {
      let hasFunctionFile = false;
      let executes = false;
      walk(n, (m) => {
        if (m.local === "FunctionFile") hasFunctionFile = true;
        if (m.local === "Action" && xsiType(m) === "ExecuteFunction") executes = true;
      });
      if (executes && !hasFunctionFile) err(n, "an ExecuteFunction action needs a <FunctionFile>");
    }
  });

  // URLs: https, one origin (or an AppDomain), pages the build emits, icons in assets/.
  const source = root.children.find((n) => n.local === "DefaultSettings")?.children.find((n) => n.local === "SourceLocation")?.attrs.get("DefaultValue");
  let origin;
  try {
    origin = new URL(source).origin;
  } catch {
    origin = undefined;
  }
  const domains = new Set(urls.filter((u) => u.use === "domain").map((u) => safeOrigin(u.url)));
  const seen = new Set();
  for (const u of urls) {
    if (u.use === "domain" || u.url === undefined) continue;
    const key = `${u.url}|${u.use}|${u.size}`;
    if (seen.has(key)) continue;
    seen.add(key);
    let parsed;
    try {
      parsed = new URL(u.url);
    } catch {
      continue; // already reported as not a URL
    }
    if (origin && parsed.origin !== origin && !domains.has(parsed.origin) && u.use !== "link") {
      err(u.node, `${u.url} is not on the add-in's origin ${origin} nor in <AppDomains>`);
    }
    if (parsed.origin !== origin) continue;
    const file = decodeURIComponent(parsed.pathname.replace(/^\//, ""));
    if (u.use === "page" && pages && !pages.includes(file)) err(u.node, `${u.url}: the build emits no page "${file}" (it emits ${pages.join(", ")})`);
    if (u.use === "image") {
      const local = join(assetsDir, file.replace(/^assets\//, ""));
      if (!file.startsWith("assets/") || !existsSync(local)) {
        err(u.node, `${u.url}: no such file in assets/`);
        continue;
      }
      const dims = pngSize(readFileSync(local));
      if (!dims) err(u.node, `${u.url}: not a PNG file`);
      else if (u.size && (dims.width !== u.size || dims.height !== u.size)) err(u.node, `${u.url} is ${dims.width}×${dims.height}; ${u.size}×${u.size} is needed here`);
    }
  }
  return { errors, notes };
}

function safeOrigin(v) {
  try {
    return new URL(v).origin;
  } catch {
    return v;
  }
}

export function pngSize(bytes) {
  const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || !sig.every((b, i) => bytes[i] === b)) return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The HTML pages webpack.config.js emits (HtmlWebpackPlugin filenames). */
export function buildPages(webpackConfigPath = join(ROOT, "webpack.config.js")) {
  if (!existsSync(webpackConfigPath)) return undefined;
  const text = readFileSync(webpackConfigPath, "utf8");
  const pages = [...text.matchAll(/filename:\s*"([^"]+\.html)"/g)].map((m) => m[1]);
  return pages.length > 0 ? pages : undefined;
}

function main(argv) {
  const args = [...argv];
  const flag = (name) => {
    const k = args.indexOf(name);
    if (k < 0) return undefined;
    const v = args[k + 1];
    args.splice(k, 2);
    return v;
  };
  const assetsDir = resolve(flag("--assets") ?? join(ROOT, "assets"));
  const pages = buildPages(resolve(flag("--webpack") ?? join(ROOT, "webpack.config.js")));
  const file = resolve(args[0] ?? join(ROOT, "manifest.xml"));
  if (!existsSync(file)) {
    console.error(`validate-manifest: ${file} does not exist`);
    return 2;
  }
  const { errors, notes } = validateManifest(readFileSync(file, "utf8"), { assetsDir, pages });
  const shown = relative(process.cwd(), file) || file;
  for (const n of notes) console.log(`  note   ${n}`);
  for (const e of errors) console.log(`  error  ${e}`);
  console.log(
    errors.length === 0
      ? `${shown}: valid (offline structural check against the published task pane manifest schemas; not the XSD files themselves)`
      : `${shown}: ${errors.length} error(s)`,
  );
  return errors.length === 0 ? 0 : 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
