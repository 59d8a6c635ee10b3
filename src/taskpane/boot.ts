/**
 * Which program is the task pane running in? WPS first (it may also load office.js), then Office,
 * else a plain browser (the preview). This is the only place outside src/hosts that looks at the
 * host's globals; the pane itself only ever sees a WorkbookHost.
 */

export type HostEnvironment = "wps" | "excel" | "browser";

/** The globals we look at, so tests can pass a fake window. */
export interface BootWindow {
  wps?: unknown;
  Application?: unknown;
  Office?: { onReady?: () => Promise<{ host: unknown } | undefined> };
}

export const OFFICE_READY_TIMEOUT_MS = 3000;

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

/** Office.onReady, or undefined when it does not answer in time. */
async function officeReady(win: BootWindow, timeoutMs: number): Promise<{ host: unknown } | undefined> {
  const onReady = win.Office?.onReady;
  if (typeof onReady !== "function") return undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), timeoutMs);
  });
  try {
    return await Promise.race([onReady.call(win.Office).catch(() => undefined), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export async function detectHost(win: BootWindow, timeoutMs = OFFICE_READY_TIMEOUT_MS): Promise<HostEnvironment> {
  if (isWps(win)) return "wps";
  if (win.Office !== undefined) {
    // office.js defines Office in any browser; only a real host reports itself in onReady.
    const info = await officeReady(win, timeoutMs);
    if (info?.host === "Excel") return "excel";
  }
  return "browser";
}

const TAB_IDS = ["check", "templates", "scoring", "import", "settings"] as const;
export type TabId = (typeof TAB_IDS)[number];

/** The tab a ribbon button asked for: taskpane.html?tab=templates (see manifest.xml). */
export function tabFromQuery(search: string): TabId | undefined {
  const tab = new URLSearchParams(search).get("tab");
  return (TAB_IDS as readonly string[]).includes(tab ?? "") ? (tab as TabId) : undefined;
}
