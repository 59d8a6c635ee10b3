/** Entry of taskpane.html: find the host, then show the pane (or, in a plain browser, the preview). */
import { createRoot } from "react-dom/client";
import { Body1, FluentProvider, Spinner, webLightTheme } from "@fluentui/react-components";
import { getLocale, t, type MessageKey } from "../i18n";
import { App } from "./App";
import { detectHost, tabFromQuery, type BootWindow } from "./boot";

function Notice({ text, plain }: { text?: MessageKey; plain?: string }) {
  return (
    <FluentProvider theme={webLightTheme} style={{ padding: 16 }}>
      <Body1 as="p">{plain ?? (text ? t(text) : "")}</Body1>
    </FluentProvider>
  );
}

async function main() {
  const container = document.getElementById("root");
  if (!container) return;
  document.documentElement.lang = getLocale();
  const root = createRoot(container);
  root.render(
    <FluentProvider theme={webLightTheme} style={{ padding: 16 }}>
      <Spinner size="tiny" label={t("boot.loading")} labelPosition="after" />
    </FluentProvider>,
  );

  const env = await detectHost(window as unknown as BootWindow);
  if (env === "wps") {
    // WPS's ET object model through window.Application; office.js is never loaded here.
    // Each host is loaded only where it runs, keeping the first download small.
    const { WpsHost } = await import(/* webpackChunkName: "host-wps" */ "../hosts/wps");
    root.render(<App host={new WpsHost()} initialTab={tabFromQuery(window.location.search)} />);
  } else if (env === "excel") {
    // Office.onReady has reported Excel: the host may use Excel.run from here on.
    const { ExcelHost } = await import(/* webpackChunkName: "host-excel" */ "../hosts/excel");
    const host = ExcelHost.fromOffice((message) => console.warn(message));
    const tooOld = host.supported();
    if (tooOld) root.render(<Notice plain={tooOld} />);
    else root.render(<App host={host} initialTab={tabFromQuery(window.location.search)} />);
  } else {
    // Loaded on demand so the Office/WPS pane never downloads the in-memory workbook code.
    const { Preview } = await import(/* webpackChunkName: "preview-app" */ "../preview/Preview");
    root.render(<Preview initialTab={tabFromQuery(window.location.search)} />);
  }
}

void main();
