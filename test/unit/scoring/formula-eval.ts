/**
 * A small evaluator for the formula subset src/scoring/formulas.ts writes (IF, IFERROR, MIN,
 * MAX, SUM, ROUND, ABS, ISNUMBER, VALUE, SUBSTITUTE, AND, OR; + − × ÷; comparisons), with
 * Excel's semantics where they matter here: a blank cell is 0 in arithmetic and equals "";
 * text that reads as a number is coerced in arithmetic; IF and IFERROR evaluate lazily; ROUND
 * rounds half away from zero; errors propagate. Used to check that the formulas compute what
 * the scoring engine computes. Not a spreadsheet engine.
 */

export class FormulaError {
  constructor(readonly code: string) {}
}

export type Value = number | string | boolean | null | FormulaError;
export type Cells = Record<string, number | string | null>;

type Node =
  | { t: "num"; v: number }
  | { t: "str"; v: string }
  | { t: "ref"; ref: string }
  | { t: "range"; from: string; to: string }
  | { t: "call"; name: string; args: Node[] }
  | { t: "bin"; op: string; a: Node; b: Node }
  | { t: "neg"; a: Node };

function tokenize(src: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (c === " ") {
      i++;
      continue;
    }
    if (c === '"') {
      let j = i + 1;
      let s = "";
      while (j < src.length) {
        if (src[j] === '"' && src[j + 1] === '"') {
          s += '"';
          j += 2;
        } else if (src[j] === '"') break;
        else s += src[j++];
      }
      out.push(`"${s}`);
      i = j + 1;
      continue;
    }
    const two = src.slice(i, i + 2);
    if (two === "<=" || two === ">=" || two === "<>") {
      out.push(two);
      i += 2;
      continue;
    }
    if ("+-*/(),=<>:".includes(c)) {
      out.push(c);
      i++;
      continue;
    }
    const m = /^(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|\$?[A-Z]{1,3}\$?\d+|[A-Z][A-Z0-9.]*)/.exec(src.slice(i));
    if (!m) throw new Error(`cannot read formula at ${src.slice(i, i + 10)}`);
    out.push(m[0]);
    i += m[0].length;
  }
  return out;
}

function parse(src: string): Node {
  const tokens = tokenize(src.startsWith("=") ? src.slice(1) : src);
  let p = 0;
  const peek = (): string | undefined => tokens[p];
  const take = (): string => tokens[p++]!;
  const expect = (s: string): void => {
    if (take() !== s) throw new Error(`expected ${s}`);
  };
  function comparison(): Node {
    let a = additive();
    while (["=", "<>", "<", ">", "<=", ">="].includes(peek() ?? "")) {
      const op = take();
      a = { t: "bin", op, a, b: additive() };
    }
    return a;
  }
  function additive(): Node {
    let a = term();
    while (peek() === "+" || peek() === "-") {
      const op = take();
      a = { t: "bin", op, a, b: term() };
    }
    return a;
  }
  function term(): Node {
    let a = unary();
    while (peek() === "*" || peek() === "/") {
      const op = take();
      a = { t: "bin", op, a, b: unary() };
    }
    return a;
  }
  function unary(): Node {
    if (peek() === "-") {
      take();
      return { t: "neg", a: unary() };
    }
    return primary();
  }
  function primary(): Node {
    const tok = take();
    if (tok === "(") {
      const e = comparison();
      expect(")");
      return e;
    }
    if (tok.startsWith('"')) return { t: "str", v: tok.slice(1) };
    if (/^\d/.test(tok)) return { t: "num", v: Number(tok) };
    if (/^\$?[A-Z]{1,3}\$?\d+$/.test(tok)) {
      const ref = tok.replace(/\$/g, "");
      if (peek() === ":") {
        take();
        return { t: "range", from: ref, to: take().replace(/\$/g, "") };
      }
      return { t: "ref", ref };
    }
    if (peek() === "(") {
      take();
      const args: Node[] = [];
      if (peek() !== ")") {
        args.push(comparison());
        while (peek() === ",") {
          take();
          args.push(comparison());
        }
      }
      expect(")");
      return { t: "call", name: tok, args };
    }
    throw new Error(`unexpected ${tok}`);
  }
  const n = comparison();
  if (p !== tokens.length) throw new Error(`trailing tokens: ${tokens.slice(p).join(" ")}`);
  return n;
}

const isErr = (v: Value): v is FormulaError => v instanceof FormulaError;

function toNumber(v: Value): number | FormulaError {
  if (isErr(v)) return v;
  if (v === null || v === "") return 0;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "number") return v;
  const n = valueOf(v);
  return n;
}

function valueOf(s: string): number | FormulaError {
  const t = s.trim();
  const pct = /^([+-]?\d+(?:\.\d+)?)%$/.exec(t);
  if (pct) return Number(pct[1]) / 100;
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(t)) return Number(t);
  return new FormulaError("#VALUE!");
}

function toText(v: Value): string | FormulaError {
  if (isErr(v)) return v;
  if (v === null) return "";
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return v;
}

function roundHalfAway(n: number, d: number): number {
  const f = 10 ** d;
  return (Math.sign(n) * Math.round(Math.abs(n) * f + 1e-9)) / f;
}

function compare(op: string, a: Value, b: Value): Value {
  if (isErr(a)) return a;
  if (isErr(b)) return b;
  // Excel: a blank equals "" and 0; text sorts after numbers.
  const norm = (x: Value, other: Value): Value => (x === null ? (typeof other === "string" ? "" : 0) : x);
  const x = norm(a, b);
  const y = norm(b, a);
  let c: number;
  if (typeof x === "number" && typeof y === "number") c = x - y;
  else if (typeof x === "string" && typeof y === "string") c = x.toLowerCase() < y.toLowerCase() ? -1 : x.toLowerCase() > y.toLowerCase() ? 1 : 0;
  else c = typeof x === "string" ? 1 : -1;
  switch (op) {
    case "=":
      return c === 0;
    case "<>":
      return c !== 0;
    case "<":
      return c < 0;
    case ">":
      return c > 0;
    case "<=":
      return c <= 0;
    default:
      return c >= 0;
  }
}

function rangeValues(from: string, to: string, cells: Cells): Value[] {
  const a = /^([A-Z]+)(\d+)$/.exec(from)!;
  const b = /^([A-Z]+)(\d+)$/.exec(to)!;
  const out: Value[] = [];
  for (let r = Number(a[2]); r <= Number(b[2]); r++) {
    if (a[1] !== b[1]) throw new Error("ranges over one column only");
    out.push(cells[`${a[1]}${r}`] ?? null);
  }
  return out;
}

function evaluate(n: Node, cells: Cells): Value {
  switch (n.t) {
    case "num":
      return n.v;
    case "str":
      return n.v;
    case "ref":
      return cells[n.ref] ?? null;
    case "range":
      return new FormulaError("#VALUE!");
    case "neg": {
      const v = toNumber(evaluate(n.a, cells));
      return isErr(v) ? v : -v;
    }
    case "bin": {
      const a = evaluate(n.a, cells);
      const b = evaluate(n.b, cells);
      if (["=", "<>", "<", ">", "<=", ">="].includes(n.op)) return compare(n.op, a, b);
      const x = toNumber(a);
      const y = toNumber(b);
      if (isErr(x)) return x;
      if (isErr(y)) return y;
      if (n.op === "+") return x + y;
      if (n.op === "-") return x - y;
      if (n.op === "*") return x * y;
      return y === 0 ? new FormulaError("#DIV/0!") : x / y;
    }
    case "call":
      return call(n.name, n.args, cells);
  }
}

function numbersOf(args: Node[], cells: Cells): number[] | FormulaError {
  const out: number[] = [];
  for (const a of args) {
    const vs = a.t === "range" ? rangeValues(a.from, a.to, cells) : [evaluate(a, cells)];
    for (const v of vs) {
      if (isErr(v)) return v;
      if (a.t === "range" || a.t === "ref") {
        if (typeof v === "number") out.push(v); // references skip text and blanks
        continue;
      }
      const n = toNumber(v);
      if (isErr(n)) return n;
      out.push(n);
    }
  }
  return out;
}

function call(name: string, args: Node[], cells: Cells): Value {
  const arg = (i: number): Value => evaluate(args[i]!, cells);
  switch (name) {
    case "IF": {
      const c = arg(0);
      if (isErr(c)) return c;
      if (typeof c === "string") return new FormulaError("#VALUE!");
      return c ? arg(1) : args.length > 2 ? arg(2) : false;
    }
    case "IFERROR": {
      const v = arg(0);
      return isErr(v) ? arg(1) : v;
    }
    case "AND":
    case "OR": {
      const vs = args.map((_, i) => arg(i));
      const e = vs.find(isErr);
      if (e) return e;
      return name === "AND" ? vs.every(Boolean) : vs.some(Boolean);
    }
    case "MIN":
    case "MAX":
    case "SUM": {
      const ns = numbersOf(args, cells);
      if (ns instanceof FormulaError) return ns;
      if (name === "SUM") return ns.reduce((s, x) => s + x, 0);
      if (ns.length === 0) return 0;
      return name === "MIN" ? Math.min(...ns) : Math.max(...ns);
    }
    case "ROUND": {
      const x = toNumber(arg(0));
      const d = toNumber(arg(1));
      if (isErr(x)) return x;
      if (isErr(d)) return d;
      return roundHalfAway(x, d);
    }
    case "ABS": {
      const x = toNumber(arg(0));
      return isErr(x) ? x : Math.abs(x);
    }
    case "ISNUMBER":
      return typeof arg(0) === "number";
    case "VALUE": {
      const v = arg(0);
      if (isErr(v)) return v;
      if (typeof v === "number") return v;
      if (v === null || v === "") return new FormulaError("#VALUE!");
      return valueOf(String(v));
    }
    case "SUBSTITUTE": {
      const s = toText(arg(0));
      const from = toText(arg(1));
      const to = toText(arg(2));
      if (isErr(s)) return s;
      if (isErr(from)) return from;
      if (isErr(to)) return to;
      return from === "" ? s : s.split(from).join(to);
    }
    default:
      throw new Error(`function ${name} is not in the supported subset`);
  }
}

/** Evaluates a formula ("=…") against cell values. */
export function evaluateFormula(formula: string, cells: Cells): Value {
  return evaluate(parse(formula), cells);
}

/** The function names a formula calls (to check it stays within the portable subset). */
export function functionsUsed(formula: string): string[] {
  const names = new Set<string>();
  const walk = (n: Node): void => {
    if (n.t === "call") {
      names.add(n.name);
      n.args.forEach(walk);
    } else if (n.t === "bin") {
      walk(n.a);
      walk(n.b);
    } else if (n.t === "neg") walk(n.a);
  };
  walk(parse(formula));
  return [...names].sort();
}
