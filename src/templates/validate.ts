/**
 * Checking fill data against its kind's schema, with messages a clerk can act on: Chinese,
 * one sentence per problem, each naming the field path ("indicators[2].level3").
 */
import type { z } from "zod";
import { FORM_KIND_NAMES } from "../forms/forms";
import type { TemplateKind } from "./dsl";
import { FILL_INPUT_SCHEMAS, type FillInput } from "./inputs";
import { getPath } from "./layout";

export class FillInputError extends Error {
  override readonly name = "FillInputError";
  /** Every problem, one sentence each. */
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    const first = problems[0] ?? "填报数据有误。";
    super(problems.length > 1 ? `${first}（另有 ${problems.length - 1} 处问题）` : first);
    this.problems = problems;
  }
}

/** "indicators[2].level3" */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const p of path) {
    if (typeof p === "number") out += `[${p}]`;
    else out += out === "" ? String(p) : `.${String(p)}`;
  }
  return out;
}

const TYPE_NAMES: Record<string, string> = {
  string: "文字",
  number: "数字",
  int: "整数",
  boolean: "是/否",
  object: "对象（{…}）",
  array: "列表（[…]）",
  null: "空值 null",
  undefined: "缺失",
  record: "对象（{…}）",
};

function typeOf(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (typeof v === "number" && !Number.isFinite(v)) return "非有限数字";
  return typeof v;
}

function typeName(t: string): string {
  return TYPE_NAMES[t] ?? t;
}

/** One Chinese sentence for one zod issue; `data` is what was checked, to say what was found. */
export function describeIssue(issue: z.core.$ZodIssue, data: unknown): string {
  const where = formatPath(issue.path);
  const at = where === "" ? "数据" : `“${where}”`;
  const found = getPath(data, issue.path.map(String).join("."));
  switch (issue.code) {
    case "invalid_type": {
      if (found === undefined) return `${at}缺失，应为${typeName(String(issue.expected))}。`;
      return `${at}应为${typeName(String(issue.expected))}，这里是${typeName(typeOf(found))}。`;
    }
    case "unrecognized_keys":
      return `${at}中有不认识的字段：${issue.keys.map((k) => `“${where === "" ? k : `${where}.${k}`}”`).join("、")}。`;
    case "invalid_value":
      return `${at}应为以下之一：${issue.values.map((v) => String(v)).join("、")}。`;
    case "too_small":
      return `${at}不能小于 ${String(issue.minimum)}。`;
    case "too_big":
      return `${at}不能大于 ${String(issue.maximum)}。`;
    case "invalid_key":
      return `${at}中有不认识的字段名。`;
    case "invalid_union":
      return `${at}的格式不对。`;
    default:
      return `${at}的格式不对（${issue.message}）。`;
  }
}

/** Fill data for a kind, checked; throws FillInputError with every problem otherwise. */
export function parseFillInput<K extends TemplateKind>(kind: K, data: unknown): FillInput[K] {
  const schema = FILL_INPUT_SCHEMAS[kind] as z.ZodType;
  const result = schema.safeParse(data);
  if (result.success) return result.data as FillInput[K];
  const problems = result.error.issues.map((i) => `${FORM_KIND_NAMES[kind].zh}的填报数据有误：${describeIssue(i, data)}`);
  throw new FillInputError(problems);
}

/** JSON text → fill data for a kind. */
export function parseFillJson<K extends TemplateKind>(kind: K, json: string): FillInput[K] {
  let data: unknown;
  try {
    data = JSON.parse(json.replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new FillInputError([`填报数据不是有效的 JSON：${(e as Error).message}`]);
  }
  return parseFillInput(kind, data);
}
