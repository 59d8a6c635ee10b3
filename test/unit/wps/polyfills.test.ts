import { POLYFILLED, installPolyfills } from "../../../src/wps-addin/polyfills";

/** A global object of an old engine: the polyfilled globals absent. */
function oldGlobal(): Record<string, unknown> {
  return { Promise, Object, Array, String, setTimeout };
}

describe("WPS polyfills", () => {
  // The prototype methods exist in Node already; install must leave them alone.
  test("installs missing globals and keeps existing ones", () => {
    const g = oldGlobal();
    installPolyfills(g);
    expect(g.globalThis).toBe(g);
    expect(typeof g.WeakRef).toBe("function");
    expect(typeof g.queueMicrotask).toBe("function");
    expect(typeof g.BigInt).toBe("function");
    const Mine = class {};
    const own: Record<string, unknown> = { WeakRef: Mine };
    installPolyfills(own);
    expect(own.WeakRef).toBe(Mine);
    const before = Array.prototype.flat;
    installPolyfills(oldGlobal());
    expect(Array.prototype.flat).toBe(before);
  });

  test("the stand-ins behave", async () => {
    const g = oldGlobal();
    installPolyfills(g);
    const target = {};
    const Ref = g.WeakRef as new (t: object) => { deref(): object | undefined };
    expect(new Ref(target).deref()).toBe(target);
    expect((g.BigInt as (v: string) => number)("9223372036854775807")).toBeGreaterThan(9e18);
    const ran: number[] = [];
    (g.queueMicrotask as (f: () => void) => void)(() => ran.push(1));
    await Promise.resolve();
    await Promise.resolve();
    expect(ran).toEqual([1]);
  });

  test("the prototype and static stand-ins behave like the real methods", async () => {
    const targets: [object, string][] = [
      [Array.prototype, "flat"],
      [Array.prototype, "flatMap"],
      [Array.prototype, "at"],
      [Array.prototype, "findLast"],
      [Array.prototype, "findLastIndex"],
      [String.prototype, "trimStart"],
      [String.prototype, "trimEnd"],
      [String.prototype, "replaceAll"],
      [String.prototype, "matchAll"],
      [Object, "fromEntries"],
      [Object, "hasOwn"],
      [Promise, "allSettled"],
      [Promise.prototype, "finally"],
    ];
    const saved = targets.map(([o, k]) => Object.getOwnPropertyDescriptor(o, k)!);
    try {
      for (const [o, k] of targets) delete (o as Record<string, unknown>)[k];
      installPolyfills(oldGlobal());
      type Loose = Record<string, (...a: unknown[]) => unknown>;
      const arr = [1, [2, [3]], 4] as unknown as Loose;
      expect(arr.flat!.call([1, [2, [3]], 4])).toEqual([1, 2, [3], 4]);
      expect(arr.flat!.call([1, [2, [3]]], Infinity)).toEqual([1, 2, 3]);
      expect(arr.flatMap!.call([1, 2], (x: number) => [x, x * 10])).toEqual([1, 10, 2, 20]);
      expect(arr.at!.call([1, 2, 3], -1)).toBe(3);
      expect(arr.findLast!.call([1, 2, 3, 4], (x: number) => x % 2 === 1)).toBe(3);
      expect(arr.findLastIndex!.call([1, 2, 3, 4], (x: number) => x > 9)).toBe(-1);
      const str = "" as unknown as Loose;
      expect(str.trimStart!.call("  a ")).toBe("a ");
      expect(str.trimEnd!.call("  a ")).toBe("  a");
      expect(str.replaceAll!.call("a.b.c", ".", "/")).toBe("a/b/c");
      expect(str.replaceAll!.call("a.b.c", /\./g, "/")).toBe("a/b/c");
      const years = [...(str.matchAll!.call("2023年至2025年", /(?:19|20)(\d{2})/g) as Iterable<RegExpExecArray>)];
      expect(years.map((m) => [m[0], m[1], m.index])).toEqual([["2023", "23", 0], ["2025", "25", 6]]);
      expect([...(str.matchAll!.call("a.b", ".") as Iterable<RegExpExecArray>)].map((m) => m.index)).toEqual([0, 1, 2]);
      expect(() => str.matchAll!.call("a", /a/)).toThrow(TypeError);
      const O = Object as unknown as Loose;
      expect(O.fromEntries!([["a", 1], ["b", 2]])).toEqual({ a: 1, b: 2 });
      expect(O.hasOwn!({ a: 1 }, "a")).toBe(true);
      const P = Promise as unknown as Loose;
      expect(await P.allSettled!([Promise.resolve(1), Promise.reject(new Error("x"))])).toEqual([
        { status: "fulfilled", value: 1 },
        { status: "rejected", reason: new Error("x") },
      ]);
      let cleaned = 0;
      await expect((Promise.reject(new Error("y")) as unknown as { finally(f: () => void): Promise<unknown> }).finally(() => cleaned++)).rejects.toThrow("y");
      expect(cleaned).toBe(1);
    } finally {
      targets.forEach(([o, k], i) => Object.defineProperty(o, k, saved[i]!));
    }
  });

  test("the ResizeObserver stand-in reports on observe and on window resize", async () => {
    const listeners: Record<string, () => void> = {};
    const g: Record<string, unknown> = { ...oldGlobal(), addEventListener: (t: string, f: () => void) => (listeners[t] = f), removeEventListener: (t: string) => delete listeners[t] };
    installPolyfills(g);
    const seen: number[] = [];
    const RO = g.ResizeObserver as new (cb: (e: { contentRect: { width: number } }[]) => void) => { observe(t: object): void; disconnect(): void };
    let width = 300;
    const el = { getBoundingClientRect: () => ({ width, height: 10 }) };
    const ro = new RO((entries) => entries.forEach((e) => seen.push(e.contentRect.width)));
    ro.observe(el);
    await new Promise((r) => setTimeout(r, 0));
    width = 420;
    listeners.resize!();
    expect(seen).toEqual([300, 420]);
    ro.disconnect();
    expect(listeners.resize).toBeUndefined();
  });

  // The build test trusts POLYFILLED: every API it lists must really be put in place where it is missing.
  test.each(POLYFILLED)("%s is installed where the engine lacks it", (api) => {
    const path = api.split(".");
    if (path.length === 1) {
      // A window's global (ResizeObserver is only for a page, which has addEventListener).
      const g: Record<string, unknown> = { ...oldGlobal(), addEventListener: () => undefined, removeEventListener: () => undefined };
      delete g[api];
      installPolyfills(g);
      expect(typeof g[api]).toMatch(/^(function|object)$/);
      return;
    }
    const key = path.pop()!;
    const owner = path.reduce<Record<string, unknown>>((o, k) => o[k] as Record<string, unknown>, globalThis as unknown as Record<string, unknown>);
    const saved = Object.getOwnPropertyDescriptor(owner, key);
    try {
      delete owner[key];
      expect(owner[key]).toBeUndefined();
      installPolyfills(oldGlobal());
      expect(typeof owner[key]).toBe("function");
    } finally {
      if (saved) Object.defineProperty(owner, key, saved);
    }
  });
});
