/**
 * The ribbon callbacks of the WPS add-in, named in wps/ribbon.xml and defined as globals by the
 * hidden entry page (index.html → main.js). WPS calls them synchronously with a control object
 * whose `Id` is the button's id.
 *
 * - 检查本表 and 清除标记 need no pane: the entry page has the ET object model too, so they run
 *   right here through WpsHost, doing exactly what Excel's function-file commands do
 *   (src/usecases/ribbon-commands.ts): 检查本表 checks the active sheet, marks what it finds and
 *   selects the worst finding, then says in one sentence on WPS's status bar what it found;
 *   清除标记 clears our marks on every sheet. A failure is told in one Chinese line (alert).
 * - 插入模板 and 打开助手 open the task pane — the same web app as in Excel, from taskpane.html
 *   next to this page (a copy without the office.js script tag) — on the tab the button is about
 *   (`tab=`, read by src/taskpane/boot.ts).
 *
 * WPS quirks absorbed here: the task pane factory is `CreateTaskPane` in current builds and
 * `CreateTaskpane` in some older ones; a pane survives being closed (Visible = false) and is found
 * again by the id kept in PluginStorage (shared by every page of the add-in while WPS runs);
 * navigating a pane reloads the app, so it is done only when another tab is asked for.
 */
import { WpsHost, defaultApplication } from "../hosts/wps/wps-host";
import { checkActiveSheetOn, checkSummary, clearMarksOn } from "../usecases/ribbon-commands";

export const PANE_ID_KEY = "jixiao.taskpaneId";
export const PANE_URL_KEY = "jixiao.taskpaneUrl";
/** msoCTPDockPositionRight. */
const DOCK_RIGHT = 2;
const PANE_WIDTH = 380;

export interface RibbonControl {
  Id?: string;
  id?: string;
}

export interface WpsTaskPane {
  ID?: unknown;
  Visible?: unknown;
  DockPosition?: unknown;
  Width?: unknown;
  Navigate?(url: string): void;
}

export interface AddinApplication {
  CreateTaskPane?(url: string, title?: string): WpsTaskPane | null | undefined;
  CreateTaskpane?(url: string, title?: string): WpsTaskPane | null | undefined;
  GetTaskPane?(id: number): WpsTaskPane | null | undefined;
  PluginStorage?: { getItem(key: string): unknown; setItem(key: string, value: string | number | boolean): void };
  ribbonUI?: unknown;
  StatusBar?: unknown;
}

/** The entry page's window as far as the callbacks need it. */
export interface AddinWindow {
  Application?: AddinApplication;
  /** The WPS declarations type `wps` as the Application root itself; its `EtApplication` is a deprecated property. */
  wps?: unknown;
  location: { href: string };
  alert?(message: string): void;
}

export type ButtonId = "btnCheckSheet" | "btnInsertTemplate" | "btnClearMarks" | "btnOpenPane";

/** The buttons of wps/ribbon.xml, in order, with what each does. */
export const BUTTONS: Record<ButtonId, { label: string; query?: string }> = {
  btnCheckSheet: { label: "检查本表" },
  btnInsertTemplate: { label: "插入模板", query: "?tab=templates" },
  btnClearMarks: { label: "清除标记" },
  btnOpenPane: { label: "打开助手", query: "" },
};

const ICON = "assets/icon-32.png";

function controlId(control: RibbonControl | undefined): string {
  return control?.Id ?? control?.id ?? "";
}

/** taskpane.html next to the entry page, with the query. */
export function paneUrl(pageHref: string, query: string): string {
  const base = pageHref.replace(/[?#].*$/, "");
  return base.slice(0, base.lastIndexOf("/") + 1) + "taskpane.html" + query;
}

function storageGet(app: AddinApplication, key: string): string | undefined {
  try {
    const v = app.PluginStorage?.getItem(key);
    return v === null || v === undefined || v === "" ? undefined : String(v);
  } catch {
    return undefined;
  }
}

function storageSet(app: AddinApplication, key: string, value: string | number): void {
  try {
    app.PluginStorage?.setItem(key, value);
  } catch {
    // Without PluginStorage a new pane is created each time; still usable.
  }
}

/** Shows the task pane on `query`, creating it the first time. */
export function showPane(win: AddinWindow, query: string): WpsTaskPane {
  const app = win.Application;
  if (!app) throw new Error("no Application");
  const url = paneUrl(win.location.href, query);
  const id = storageGet(app, PANE_ID_KEY);
  let pane: WpsTaskPane | null | undefined;
  if (id !== undefined && typeof app.GetTaskPane === "function") {
    try {
      pane = app.GetTaskPane(Number(id));
    } catch {
      pane = undefined;
    }
  }
  if (pane) {
    // "打开助手" shows the pane as it is; another tab reloads it there.
    if (query !== "" && storageGet(app, PANE_URL_KEY) !== url) {
      pane.Navigate?.(url);
      storageSet(app, PANE_URL_KEY, url);
    }
  } else {
    const create = app.CreateTaskPane ?? app.CreateTaskpane;
    if (typeof create !== "function") throw new Error("no CreateTaskPane");
    pane = create.call(app, url, "绩效表助手");
    if (!pane) throw new Error("CreateTaskPane returned nothing");
    storageSet(app, PANE_ID_KEY, Number(pane.ID));
    storageSet(app, PANE_URL_KEY, url);
    try {
      pane.DockPosition = DOCK_RIGHT;
      pane.Width = PANE_WIDTH;
    } catch {
      // Docking is cosmetic.
    }
  }
  pane.Visible = true;
  return pane;
}

function tell(win: AddinWindow, message: string): void {
  try {
    win.alert?.(message);
  } catch {
    // Nothing else to tell with.
  }
}

/** A sentence on WPS's status bar (Application.StatusBar), where the clerk looks after a command. */
function status(win: AddinWindow, message: string): void {
  try {
    if (win.Application) win.Application.StatusBar = message;
  } catch {
    // Builds without a writable status bar: the marks and the selection speak for themselves.
  }
}

export function createRibbon(win: AddinWindow) {
  const host = () => new WpsHost(() => defaultApplication(win));
  const failed = (e: unknown) => tell(win, e instanceof Error ? e.message : String(e));
  return {
    /** First callback WPS makes: keep the ribbon object for later invalidation. */
    OnAddinLoad(ribbonUI: unknown): boolean {
      const app = win.Application;
      if (app && typeof app.ribbonUI !== "object") {
        try {
          app.ribbonUI = ribbonUI;
        } catch {
          // Read-only in some builds; nothing depends on it.
        }
      }
      return true;
    },

    OnAction(control: RibbonControl): boolean {
      const id = controlId(control) as ButtonId;
      const button = BUTTONS[id];
      if (!button) return true;
      // Both resolve or reject with a one-line Chinese message (WpsHost never throws anything else).
      if (id === "btnClearMarks") {
        clearMarksOn(host()).catch(failed);
        return true;
      }
      if (id === "btnCheckSheet") {
        checkActiveSheetOn(host())
          .then((result) => status(win, checkSummary(result)))
          .catch(failed);
        return true;
      }
      try {
        showPane(win, button.query ?? "");
      } catch {
        tell(win, "无法打开绩效表助手任务窗格，请确认 WPS 已启用加载项后重试。");
      }
      return true;
    },

    GetImage(_control: RibbonControl): string {
      return ICON;
    },

    OnGetEnabled(_control: RibbonControl): boolean {
      return true;
    },

    OnGetVisible(_control: RibbonControl): boolean {
      return true;
    },

    OnGetLabel(control: RibbonControl): string {
      return BUTTONS[controlId(control) as ButtonId]?.label ?? "";
    },
  };
}

export type Ribbon = ReturnType<typeof createRibbon>;

/** Defines the callbacks as globals (and OnAddInLoad, the other spelling some samples use). */
export function installRibbon(win: AddinWindow & Record<string, unknown>): Ribbon {
  const ribbon = createRibbon(win);
  Object.assign(win, ribbon, { OnAddInLoad: ribbon.OnAddinLoad, ribbon });
  return ribbon;
}
