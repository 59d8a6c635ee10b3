/**
 * Polyfills for the Chromium that WPS embeds (WPS 加载项 pages run in WPS's own, older, browser
 * engine; builds still in use on 信创 machines date from before Chromium 80). The build lowers
 * all syntax to ES2017 (webpack.config.js TARGET), but syntax lowering does not add library
 * functions: these are the globals and methods newer than that which the task pane's bundle and
 * its dependencies call without a guard. test/build/wps-bundle.test.ts scans the built WPS pages
 * for each API in POLYFILLED and fails when one appears that is not listed here.
 *
 * Loaded first by dist/wps/taskpane.html (polyfills.js) and by the entry page (imported first by
 * main.ts). Each is installed only when missing, so a newer WPS uses its own.
 *
 * - globalThis (Chromium 71)
 * - WeakRef (84): Fluent UI's focus tracking (keyborg, tabster) creates them on every focus. The
 *   stand-in holds its target strongly; the few elements it keeps are the focused ones.
 * - BigInt (67): a stand-in that returns a Number, only so that libraries which build BigInt
 *   constants when they load (zod's int64 bounds) load at all; nothing in this app computes with
 *   BigInt, and `typeof x === "bigint"` stays false for everything.
 * - ResizeObserver (64): Fluent UI's overflow handling measures with it. The stand-in reports
 *   an element's size when observed and again on every window resize (the pane's width changes
 *   only with the window or the pane's splitter, which resizes the pane's window).
 * - queueMicrotask (71), Promise.prototype.finally (63), Promise.allSettled (76)
 * - Object.fromEntries (73), Array.prototype.flat / flatMap (69), String.prototype.trimStart /
 *   trimEnd (66), Object.hasOwn (93), Array.prototype.at (92), Array.prototype.findLast /
 *   findLastIndex (97), String.prototype.replaceAll (85), String.prototype.matchAll (73): the
 *   checking rules use it, and 检查本表 runs them on the entry page itself
 */

/** The APIs this file provides; the build test checks the bundle against this list. */
export const POLYFILLED = [
  "globalThis",
  "WeakRef",
  "BigInt",
  "ResizeObserver",
  "queueMicrotask",
  "Promise.prototype.finally",
  "Promise.allSettled",
  "Object.fromEntries",
  "Array.prototype.flat",
  "Array.prototype.flatMap",
  "String.prototype.trimStart",
  "String.prototype.trimEnd",
  "Object.hasOwn",
  "Array.prototype.at",
  "Array.prototype.findLast",
  "Array.prototype.findLastIndex",
  "String.prototype.replaceAll",
  "String.prototype.matchAll",
] as const;

type Anything = Record<string, unknown>;

function define(target: object, name: string, value: unknown): void {
  if (!(name in target)) Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: false });
}

function theGlobal(): Anything {
  if (typeof self !== "undefined") return self as unknown as Anything;
  if (typeof window !== "undefined") return window as unknown as Anything;
  // The one way to reach the global object in every engine.
  return Function("return this")() as Anything;
}

type Callback = (entries: object[], observer: object) => void;

/** A ResizeObserver that measures on observe() and on window resizes. */
function resizeObserverFor(g: Anything) {
  return class ResizeObserverStandIn {
    private readonly callback: Callback;
    private readonly targets = new Set<Element>();
    private readonly onResize = () => this.report([...this.targets]);
    constructor(callback: Callback) {
      this.callback = callback;
    }
    observe(target: Element): void {
      if (this.targets.size === 0) (g.addEventListener as Window["addEventListener"])("resize", this.onResize);
      this.targets.add(target);
      setTimeout(() => this.report([target]), 0);
    }
    unobserve(target: Element): void {
      this.targets.delete(target);
      if (this.targets.size === 0) this.disconnect();
    }
    disconnect(): void {
      this.targets.clear();
      (g.removeEventListener as Window["removeEventListener"])("resize", this.onResize);
    }
    private report(targets: Element[]): void {
      const entries = targets
        .filter((t) => this.targets.has(t))
        .map((target) => {
          const rect = target.getBoundingClientRect();
          const size = [{ inlineSize: rect.width, blockSize: rect.height }];
          return { target, contentRect: rect, borderBoxSize: size, contentBoxSize: size, devicePixelContentBoxSize: size };
        });
      if (entries.length > 0) this.callback(entries, this);
    }
  };
}

export function installPolyfills(g: Anything = theGlobal()): void {
  define(g, "globalThis", g);

  if (typeof g.WeakRef !== "function") {
    class StrongRef<T extends object> {
      private readonly target: T;
      constructor(target: T) {
        this.target = target;
      }
      deref(): T | undefined {
        return this.target;
      }
    }
    define(g, "WeakRef", StrongRef);
  }

  if (typeof g.BigInt !== "function") define(g, "BigInt", (v: unknown) => Number(v));

  if (typeof g.ResizeObserver !== "function" && typeof g.addEventListener === "function") define(g, "ResizeObserver", resizeObserverFor(g));

  if (typeof g.queueMicrotask !== "function") {
    define(g, "queueMicrotask", (fn: () => void) => {
      Promise.resolve()
        .then(fn)
        .catch((e: unknown) =>
          setTimeout(() => {
            throw e;
          }),
        );
    });
  }

  const P = Promise as unknown as Anything & { prototype: Anything };
  define(P.prototype, "finally", function (this: Promise<unknown>, fn: () => void) {
    return this.then(
      (v) => Promise.resolve(fn()).then(() => v),
      (e: unknown) =>
        Promise.resolve(fn()).then(() => {
          throw e;
        }),
    );
  });
  define(P, "allSettled", (items: Iterable<unknown>) =>
    Promise.all(
      Array.from(items, (p) =>
        Promise.resolve(p).then(
          (value) => ({ status: "fulfilled", value }),
          (reason: unknown) => ({ status: "rejected", reason }),
        ),
      ),
    ),
  );

  define(Object, "fromEntries", (entries: Iterable<readonly [PropertyKey, unknown]>) => {
    const out: Record<PropertyKey, unknown> = {};
    for (const [k, v] of entries) out[k] = v;
    return out;
  });
  define(Object, "hasOwn", (o: object, k: PropertyKey) => Object.prototype.hasOwnProperty.call(o, k));

  const A = Array.prototype as unknown as Anything;
  define(A, "flat", function flat(this: unknown[], depth = 1): unknown[] {
    const out: unknown[] = [];
    const walk = (xs: unknown[], d: number) => {
      for (const x of xs) if (Array.isArray(x) && d > 0) walk(x, d - 1);
      else out.push(x);
    };
    walk(this, Math.floor(Number(depth)) || 0);
    return out;
  });
  define(A, "flatMap", function flatMap(this: unknown[], fn: (x: unknown, i: number, a: unknown[]) => unknown, thisArg?: unknown): unknown[] {
    const out: unknown[] = [];
    this.forEach((x, i, a) => {
      const y = fn.call(thisArg, x, i, a);
      if (Array.isArray(y)) out.push(...(y as unknown[]));
      else out.push(y);
    });
    return out;
  });
  define(A, "at", function at(this: unknown[], i: number): unknown {
    const n = Math.trunc(Number(i)) || 0;
    return this[n < 0 ? this.length + n : n];
  });
  define(A, "findLast", function findLast(this: unknown[], fn: (x: unknown, i: number, a: unknown[]) => unknown, thisArg?: unknown): unknown {
    for (let i = this.length - 1; i >= 0; i--) if (fn.call(thisArg, this[i], i, this)) return this[i];
    return undefined;
  });
  define(A, "findLastIndex", function findLastIndex(this: unknown[], fn: (x: unknown, i: number, a: unknown[]) => unknown, thisArg?: unknown): number {
    for (let i = this.length - 1; i >= 0; i--) if (fn.call(thisArg, this[i], i, this)) return i;
    return -1;
  });

  const S = String.prototype as unknown as Anything;
  define(S, "trimStart", function trimStart(this: string) {
    return this.replace(/^\s+/, "");
  });
  define(S, "trimEnd", function trimEnd(this: string) {
    return this.replace(/\s+$/, "");
  });
  define(S, "replaceAll", function replaceAll(this: string, search: string | RegExp, replacement: string) {
    if (search instanceof RegExp) {
      if (!search.global) throw new TypeError("replaceAll must be called with a global RegExp");
      return this.replace(search, replacement);
    }
    return this.split(search).join(replacement);
  });
  define(S, "matchAll", function matchAll(this: string, pattern: string | RegExp) {
    if (pattern instanceof RegExp && !pattern.global) throw new TypeError("matchAll must be called with a global RegExp");
    // As the standard does: a string is made a global RegExp (not escaped), a RegExp copied.
    const re = pattern instanceof RegExp ? new RegExp(pattern.source, pattern.flags) : new RegExp(String(pattern), "g");
    const found: RegExpExecArray[] = [];
    for (let m = re.exec(this); m !== null; m = re.exec(this)) {
      found.push(m);
      if (m[0] === "") re.lastIndex++;
    }
    return found[Symbol.iterator]();
  });
}
