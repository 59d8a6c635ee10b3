/** Entry of taskpane.html: find the host, then show the pane (or, in a plain browser, the preview). */
import { createRoot } from "react-dom/client";
import { Body1, FluentProvider, Spinner, webLightTheme } from "@fluentui/react-components";
import { getLocale, t, type MessageKey } from "../i18n";
import { detectHost, tabFromQuery, type BootWindow } from "./boot";

function Notice({ text }: { text: MessageKey }) {
  return (
    <FluentProvider theme={webLightTheme} style={{ padding: 16 }}>
      <Body1 as="p">{t(text)}</Body1>
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
    root.render(<Notice text="boot.wpsComing" />);
  } else if (env === "excel") {
    root.render(<Notice text="boot.excelComing" />);
  } else {
    // Loaded on demand so the Office/WPS pane never downloads the in-memory workbook code.
    const { Preview } = await import(/* webpackChunkName: "preview-app" */ "../preview/Preview");
    root.render(<Preview initialTab={tabFromQuery(window.location.search)} />);
  }
}

void main();
