/**
 * Which program is the task pane running in? WPS first (it may also load office.js), then Office,
 * else a plain browser (the preview). This is the only place outside src/hosts that looks at the
 * host's globals; the pane itself only ever sees a WorkbookHost.
 *
 * Office: `Office.onReady` resolves inside Excel once office.js has started (which can take many
 * seconds on a slow first load: CDN, Mac) and, outside Office, by itself with `host: null`. So
 * inside a host there is no timeout at all — giving up would show the browser preview in Excel.
 * office.js knows it is in a host from the `_host_Info` the host hands the page (query string,
 * `window.name`, sessionStorage `hostInfoValue`, `window.external.GetHostInfo`); the same signs
 * tell us. Only where none is present (a plain browser that loaded taskpane.html) is a guard kept,
 * against an office.js that never answers at all.
 */

export type HostEnvironment = "wps" | "excel" | "browser";

/** The globals we look at, so tests can pass a fake window. */
export interface BootWindow {
  wps?: unknown;
  Application?: unknown;
  Office?: { onReady?: () => Promise<{ host: unknown } | undefined> };
  location?: { search?: string; hash?: string };
  name?: string;
  sessionStorage?: { getItem(key: string): string | null };
  external?: unknown;
}

/** Outside any Office host, how long to wait for an onReady that does not answer by itself. */
export const OUTSIDE_OFFICE_GUARD_MS = 10_000;

export function isWps(win: BootWindow): boolean {
  if (win.wps !== undefined && win.wps !== null) return true;
  try {
    const app = win.Application as { Name?: unknown } | undefined;
    return typeof app?.Name === "string" && app.Name.toUpperCase().includes("WPS");
  } catch {
    // Some embedded object models throw on property access before they are ready.
    return false;
  }
}

/** True when the page shows the signs office.js reads to know it runs inside an Office host. */
export function insideOfficeHost(win: BootWindow): boolean {
  const attempt = (test: () => boolean) => {
    try {
      return test();
    } catch {
      return false;
    }
  };
  return (
    attempt(() => /[?&#]_host_Info=/i.test(`${win.location?.search ?? ""}${win.location?.hash ?? ""}`)) ||
    attempt(() => {
      const parsed: unknown = JSON.parse(win.name ?? "");
      return typeof parsed === "object" && parsed !== null && Boolean((parsed as { hostInfo?: unknown }).hostInfo);
    }) ||
    attempt(() => Boolean(win.sessionStorage?.getItem("hostInfoValue"))) ||
    attempt(() => typeof (win.external as { GetHostInfo?: unknown } | undefined)?.GetHostInfo === "function")
  );
}

/** Office.onReady's answer; outside a host, undefined when it has not answered within the guard. */
async function officeReady(win: BootWindow, guardMs: number): Promise<{ host: unknown } | undefined> {
  const onReady = win.Office?.onReady;
  if (typeof onReady !== "function") return undefined;
  const ready = onReady.call(win.Office).catch(() => undefined);
  if (insideOfficeHost(win)) return ready;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const guard = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), guardMs);
  });
  try {
    return await Promise.race([ready, guard]);
  } finally {
    clearTimeout(timer);
  }
}

export async function detectHost(win: BootWindow, guardMs = OUTSIDE_OFFICE_GUARD_MS): Promise<HostEnvironment> {
  if (isWps(win)) return "wps";
  if (win.Office !== undefined) {
    // office.js defines Office in any browser; only a real host reports itself in onReady.
    const info = await officeReady(win, guardMs);
    if (info?.host === "Excel") return "excel";
  }
  return "browser";
}

const TAB_IDS = ["check", "templates", "scoring", "import", "library", "settings"] as const;
export type TabId = (typeof TAB_IDS)[number];

/** The tab a ribbon button asked for: taskpane.html?tab=templates (see manifest.xml). */
export function tabFromQuery(search: string): TabId | undefined {
  const tab = new URLSearchParams(search).get("tab");
  return (TAB_IDS as readonly string[]).includes(tab ?? "") ? (tab as TabId) : undefined;
}
