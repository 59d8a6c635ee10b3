import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { EtApplication } from "../../../src/hosts/wps";
import { WpsHost } from "../../../src/hosts/wps";
import { defaultApplication } from "../../../src/hosts/wps/wps-host";
import { BROKEN_PROJECT_ROWS } from "../../fixtures/broken-project";
import { BUTTONS, PANE_ID_KEY, createRibbon, installRibbon, paneUrl, type AddinWindow } from "../../../src/wps-addin/ribbon";
import { FakeEtApplication, type FakeEtOptions } from "../../fakes/wps";

const ROOT = join(__dirname, "..", "..", "..");
const RIBBON_XML = readFileSync(join(ROOT, "wps", "ribbon.xml"), "utf8");
const MANIFEST = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const PAGE = "http://intranet.example/jixiao/wps/index.html";

/** Lets the ribbon's asynchronous work (a check, a clear) finish. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

function setup(options: FakeEtOptions = {}, sheets?: readonly string[]) {
  const app = new FakeEtApplication(options, sheets);
  const alerts: string[] = [];
  const win: AddinWindow = { Application: app as unknown as AddinWindow["Application"], location: { href: PAGE }, alert: (m) => void alerts.push(m) };
  return { app, win, alerts, ribbon: createRibbon(win) };
}

function attributes(xml: string, name: string): string[] {
  return [...xml.matchAll(new RegExp(`\\b${name}="([^"]*)"`, "g"))].map((m) => m[1]!);
}

describe("ribbon.xml", () => {
  test("starts with <customUI (WPS's publish page rejects an XML declaration)", () => {
    expect(RIBBON_XML.startsWith("<customUI")).toBe(true);
  });

  test("has the Excel ribbon's four buttons, with the same labels, in the same order", () => {
    const ids = attributes(RIBBON_XML, "id").filter((id) => id.startsWith("btn"));
    expect(ids).toEqual(Object.keys(BUTTONS));
    const labels = [...RIBBON_XML.matchAll(/<button [^>]*?label="([^"]*)"/g)].map((m) => m[1]);
    const manifestLabel = (id: string) => new RegExp(`<bt:String id="Jixiao\\.${id}\\.Label" DefaultValue="([^"]*)"`).exec(MANIFEST)?.[1];
    expect(labels).toEqual(["CheckSheet", "InsertTemplate", "ClearMarks", "OpenPane"].map(manifestLabel));
    expect(labels).toEqual(["检查本表", "插入模板", "清除标记", "打开助手"]);
    expect(Object.values(BUTTONS).map((b) => b.label)).toEqual(labels);
  });

  test("every callback it names is defined by the entry page", () => {
    const { ribbon } = setup();
    const callbacks = new Set([...attributes(RIBBON_XML, "onLoad"), ...attributes(RIBBON_XML, "onAction"), ...attributes(RIBBON_XML, "getImage"), ...attributes(RIBBON_XML, "getEnabled")]);
    expect(callbacks.size).toBeGreaterThan(0);
    for (const name of callbacks) expect(typeof (ribbon as Record<string, unknown>)[name]).toBe("function");
  });
});

describe("ribbon callbacks", () => {
  test("installRibbon defines the callbacks as globals, OnAddInLoad spelling too", () => {
    const { win } = setup();
    const g = win as AddinWindow & Record<string, unknown>;
    installRibbon(g);
    for (const name of ["OnAddinLoad", "OnAddInLoad", "OnAction", "GetImage", "OnGetEnabled", "OnGetVisible", "OnGetLabel"]) expect(typeof g[name]).toBe("function");
    expect((g.OnAddinLoad as (r: unknown) => boolean)({ ribbon: true })).toBe(true);
    expect((win.Application as { ribbonUI?: unknown }).ribbonUI).toEqual({ ribbon: true });
  });

  test("the task pane URL is taskpane.html next to the entry page", () => {
    expect(paneUrl(PAGE, "?tab=templates")).toBe("http://intranet.example/jixiao/wps/taskpane.html?tab=templates");
    expect(paneUrl("file:///C:/Users/x/AppData/Roaming/kingsoft/wps/jsaddons/jixiao_0.1.0/index.html?x=1#y", "")).toBe(
      "file:///C:/Users/x/AppData/Roaming/kingsoft/wps/jsaddons/jixiao_0.1.0/taskpane.html",
    );
  });

  test("打开助手 creates the pane once, docked, and shows it again after it was closed", () => {
    const { app, ribbon } = setup();
    ribbon.OnAction({ Id: "btnOpenPane" });
    expect(app.taskPanes.size).toBe(1);
    const pane = [...app.taskPanes.values()][0]!;
    expect(pane).toMatchObject({ url: "http://intranet.example/jixiao/wps/taskpane.html", Visible: true, DockPosition: 2 });
    expect(app.storage.get(PANE_ID_KEY)).toBe(pane.ID);
    pane.Visible = false; // the clerk closed it
    ribbon.OnAction({ Id: "btnOpenPane" });
    expect(app.taskPanes.size).toBe(1);
    expect(pane.Visible).toBe(true);
    expect(pane.navigations).toEqual([]);
  });

  test("插入模板 opens the pane on its tab, navigating only when the tab changes", () => {
    const { app, ribbon } = setup();
    ribbon.OnAction({ Id: "btnInsertTemplate" });
    const pane = [...app.taskPanes.values()][0]!;
    expect(pane.url).toMatch(/taskpane\.html\?tab=templates$/);
    ribbon.OnAction({ Id: "btnInsertTemplate" });
    expect(pane.navigations).toEqual([]);
    ribbon.OnAction({ Id: "btnOpenPane" });
    expect(pane.navigations).toEqual([]);
    expect(app.taskPanes.size).toBe(1);
  });

  test("检查本表 checks and marks the active sheet, selects the worst finding and says what it found, without the pane", async () => {
    const { app, ribbon, alerts } = setup({}, ["封面", "目标表"]);
    const rows = BROKEN_PROJECT_ROWS.map((line) => {
      const cells = line.split("\t");
      return [...cells, ...Array<string>(4 - cells.length).fill("")];
    });
    app.ActiveWorkbook.Worksheets.Item("目标表").Range(`A1:D${rows.length}`).Value2 = rows;
    app.activate("目标表");
    ribbon.OnAction({ Id: "btnCheckSheet" });
    await settled();
    expect(alerts).toEqual([]);
    expect(app.taskPanes.size).toBe(0);
    // MON-01 on the sources C3:C6, and the worst finding (the header, A1) selected.
    expect(app.sheet("目标表").conditions.length).toBeGreaterThan(0);
    expect(app.cell("目标表", "C3")?.comment?.text).toMatch(/MON-01/);
    expect(app.book.selection?.sheet.name).toBe("目标表");
    expect(app.book.selection?.area).toEqual({ top: 0, left: 0, bottom: 0, right: 0 });
    expect(String(app.StatusBar)).toMatch(/^绩效表助手：工作表“目标表”发现错误 \d+ 处/);
    // 清除标记 puts it back.
    ribbon.OnAction({ Id: "btnClearMarks" });
    await settled();
    expect(app.sheet("目标表").conditions).toEqual([]);
    expect(app.cell("目标表", "C3")?.comment).toBeUndefined();
  });

  test("检查本表 on a sheet without a form says so on the status bar", async () => {
    const { app, ribbon, alerts } = setup();
    ribbon.OnAction({ Id: "btnCheckSheet" });
    await settled();
    expect(alerts).toEqual([]);
    expect(String(app.StatusBar)).toBe("绩效表助手：在工作表“Sheet1”中没有识别出绩效表格，未作检查。");
  });

  test("the wps global is the Application root; its deprecated EtApplication is a property, never called", async () => {
    const app = new FakeEtApplication();
    let called = false;
    const legacy = Object.assign(() => {
      called = true;
      return app;
    });
    const wps = Object.assign(app, { EtApplication: legacy });
    const win: AddinWindow = { wps, location: { href: PAGE }, alert: () => undefined };
    await new WpsHost(() => defaultApplication(win)).setHighlights("Sheet1", [{ ref: "A1", severity: "error", note: "错误" }]);
    createRibbon(win).OnAction({ Id: "btnClearMarks" });
    await settled();
    expect(app.sheet("Sheet1").conditions).toEqual([]);
    expect(called).toBe(false);
    // Only the deprecated property: read as the object it is declared to be.
    expect(defaultApplication({ wps: { EtApplication: app } })).toBe(app);
    expect(defaultApplication({ wps: { EtApplication: () => app } })).toBeUndefined();
  });

  test("the CreateTaskpane spelling of older builds works", () => {
    const { app, ribbon } = setup({ taskPaneSpelling: "CreateTaskpane" });
    expect(typeof (app as unknown as Record<string, unknown>).CreateTaskPane).toBe("undefined");
    ribbon.OnAction({ Id: "btnOpenPane" });
    expect(app.taskPanes.size).toBe(1);
  });

  test("清除标记 clears every sheet's marks without opening the pane", async () => {
    const { app, ribbon, alerts } = setup();
    const host = new WpsHost(app as unknown as EtApplication);
    await host.setHighlights("Sheet1", [{ ref: "A1:B2", severity: "error", note: "错误" }]);
    expect(app.sheet("Sheet1").conditions).toHaveLength(1);
    ribbon.OnAction({ Id: "btnClearMarks" });
    await Promise.resolve();
    expect(app.sheet("Sheet1").conditions).toEqual([]);
    expect(app.cell("Sheet1", "A1")?.comment).toBeUndefined();
    expect(app.taskPanes.size).toBe(0);
    expect(alerts).toEqual([]);
  });

  test("清除标记 with no workbook open tells the clerk in one Chinese line", async () => {
    const { app, ribbon, alerts } = setup();
    Object.defineProperty(app, "ActiveWorkbook", { get: () => null });
    ribbon.OnAction({ Id: "btnClearMarks" });
    await new Promise((r) => setTimeout(r, 0));
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatch(/[\u4e00-\u9fff]/);
    expect(alerts[0]).not.toMatch(/\n/);
  });

  test("a WPS without task panes gets a message, not an exception", () => {
    const { win, alerts, ribbon } = setup();
    win.Application = {};
    expect(ribbon.OnAction({ Id: "btnOpenPane" })).toBe(true);
    expect(alerts).toHaveLength(1);
  });

  test("the buttons' image is the add-in icon, relative to the add-in folder", () => {
    const { ribbon } = setup();
    expect(ribbon.GetImage({ Id: "btnCheckSheet" })).toBe("assets/icon-32.png");
    expect(ribbon.OnGetLabel({ Id: "btnClearMarks" })).toBe("清除标记");
  });
});
