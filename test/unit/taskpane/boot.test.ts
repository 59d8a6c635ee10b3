import { detectHost, tabFromQuery } from "../../../src/taskpane/boot";

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

test("an Office.onReady that never answers falls back to the browser after the timeout", async () => {
  const never = () => new Promise<{ host: unknown }>(() => undefined);
  expect(await detectHost({ Office: { onReady: never } }, 20)).toBe("browser");
});

test("a plain browser is the preview", async () => {
  expect(await detectHost({})).toBe("browser");
});

test("a ribbon button can ask for a tab in the query string", () => {
  expect(tabFromQuery("?tab=templates")).toBe("templates");
  expect(tabFromQuery("?tab=nope")).toBeUndefined();
  expect(tabFromQuery("")).toBeUndefined();
});
