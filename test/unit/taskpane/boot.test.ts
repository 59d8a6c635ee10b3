import { OUTSIDE_OFFICE_GUARD_MS, detectHost, insideOfficeHost, tabFromQuery } from "../../../src/taskpane/boot";

test("WPS is recognised first, by window.wps or Application.Name", async () => {
  expect(await detectHost({ wps: {} })).toBe("wps");
  expect(await detectHost({ Application: { Name: "WPS 表格" }, Office: { onReady: async () => ({ host: "Excel" }) } })).toBe("wps");
  expect(await detectHost({ Application: { Name: "Microsoft Excel" } })).toBe("browser");
});

test("Office is Excel only when onReady reports the Excel host", async () => {
  expect(await detectHost({ Office: { onReady: async () => ({ host: "Excel" }) } })).toBe("excel");
  // office.js loaded in a plain browser: onReady answers with no host.
  expect(await detectHost({ Office: { onReady: async () => ({ host: null }) } })).toBe("browser");
});

describe("Office.onReady inside a host has no timeout", () => {
  afterEach(() => jest.useRealTimers());

  /** An onReady that answers Excel after `ms`, as office.js on a slow first load (CDN, Mac). */
  const slowExcel = (ms: number) => () => new Promise<{ host: unknown }>((resolve) => setTimeout(() => resolve({ host: "Excel" }), ms));

  test.each([
    ["the query string", { location: { search: "?_host_Info=Excel$Win32$16.01$zh-CN$$$$0" } }],
    ["window.name", { name: JSON.stringify({ hostInfo: "Excel|Mac|16.00|zh-CN" }) }],
    ["sessionStorage", { sessionStorage: { getItem: (k: string) => (k === "hostInfoValue" ? "Excel|Web|16.00|zh-CN" : null) } }],
    ["window.external", { external: { GetHostInfo: () => "Excel$Win32$16.01$zh-CN" } }],
  ])("a host named in %s is waited for, however long it takes", async (_where, signs) => {
    jest.useFakeTimers();
    const found = detectHost({ ...signs, Office: { onReady: slowExcel(60_000) } });
    await jest.advanceTimersByTimeAsync(59_000);
    let settled = false;
    void found.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    await jest.advanceTimersByTimeAsync(1_000);
    expect(await found).toBe("excel");
  });

  test("outside a host onReady's own answer (host: null) is used at once", async () => {
    jest.useFakeTimers();
    const found = detectHost({ location: { search: "?tab=check" }, Office: { onReady: async () => ({ host: null }) } });
    await jest.advanceTimersByTimeAsync(0);
    expect(await found).toBe("browser");
  });

  test("outside a host, an office.js that never answers gives the preview after the guard", async () => {
    jest.useFakeTimers();
    const never = () => new Promise<{ host: unknown }>(() => undefined);
    const found = detectHost({ Office: { onReady: never } });
    await jest.advanceTimersByTimeAsync(OUTSIDE_OFFICE_GUARD_MS);
    expect(await found).toBe("browser");
  });

  test("the signs of a host are read safely", () => {
    expect(insideOfficeHost({})).toBe(false);
    expect(insideOfficeHost({ name: "not json", location: { search: "?tab=check", hash: "" } })).toBe(false);
    expect(
      insideOfficeHost({
        sessionStorage: {
          getItem: () => {
            throw new Error("storage disabled");
          },
        },
      }),
    ).toBe(false);
  });
});

test("a plain browser is the preview", async () => {
  expect(await detectHost({})).toBe("browser");
});

test("a ribbon button can ask for a tab in the query string", () => {
  expect(tabFromQuery("?tab=templates")).toBe("templates");
  expect(tabFromQuery("?tab=nope")).toBeUndefined();
  expect(tabFromQuery("")).toBeUndefined();
});
