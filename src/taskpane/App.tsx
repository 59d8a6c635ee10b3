/**
 * The task pane. It talks to the workbook only through the WorkbookHost it is given, so the same
 * component runs in Excel, in WPS, in the browser preview and in tests.
 *
 * Six tabs — 检查, 模板, 评分, 导入, 指标库, 设置 — each inside an error boundary. A tab stays mounted
 * once opened (its results survive switching tabs). Each tab is loaded on first use (the rule
 * engine, recogniser, templates and scoring writer are large), so the pane's first download is
 * the shell alone.
 */
import { lazy, Suspense, useId, useState, type ReactNode } from "react";
import {
  Caption1,
  FluentProvider,
  Spinner,
  Tab,
  TabList,
  Title3,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import type { WorkbookHost } from "../hosts/host";
import { t, type MessageKey } from "../i18n";
import { useLocale } from "../i18n/react";
import type { TabId } from "./boot";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { PaneProvider, usePaneState } from "./components/pane-state";

export type { TabId } from "./boot";

// Every tab is its own chunk: the page's own script is only this shell (React, Fluent UI, texts),
// and the rule engine, recogniser and templates arrive while the first tab is being drawn.
const CheckTab = lazy(() => import(/* webpackChunkName: "pane-check" */ "./CheckTab").then((m) => ({ default: m.CheckTab })));
const SettingsTab = lazy(() => import(/* webpackChunkName: "pane-settings" */ "./tabs/SettingsTab").then((m) => ({ default: m.SettingsTab })));
const TemplatesTab = lazy(() => import(/* webpackChunkName: "pane-templates" */ "./tabs/TemplatesTab").then((m) => ({ default: m.TemplatesTab })));
const ScoringTab = lazy(() => import(/* webpackChunkName: "pane-scoring" */ "./tabs/ScoringTab").then((m) => ({ default: m.ScoringTab })));
const LibraryTab = lazy(() => import(/* webpackChunkName: "pane-library" */ "./tabs/LibraryTab").then((m) => ({ default: m.LibraryTab })));
const ImportTab = lazy(() => import(/* webpackChunkName: "pane-import" */ "./tabs/ImportTab").then((m) => ({ default: m.ImportTab })));

const TABS: readonly { id: TabId; label: MessageKey }[] = [
  { id: "check", label: "tab.check" },
  { id: "templates", label: "tab.templates" },
  { id: "scoring", label: "tab.scoring" },
  { id: "import", label: "tab.import" },
  { id: "library", label: "tab.library" },
  { id: "settings", label: "tab.settings" },
];

const HOST_LINE: Record<WorkbookHost["kind"], MessageKey> = {
  memory: "host.memory",
  excel: "host.excel",
  wps: "host.wps",
};

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100%",
    minWidth: "280px",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  header: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} 0`,
  },
  hostLine: { color: tokens.colorNeutralForeground3 },
  tabs: { flexWrap: "wrap", padding: `0 ${tokens.spacingHorizontalXS}` },
  panel: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
  },
  // A class with display:flex beats the browser's [hidden] rule; panels not shown say it again.
  hidden: { display: "none" },
});

export interface AppProps {
  host: WorkbookHost;
  /** The tab shown first (the ribbon's 插入模板 button opens on "templates"). */
  initialTab?: TabId;
}

export function App({ host, initialTab = "check" }: AppProps) {
  const styles = useStyles();
  const locale = useLocale();
  const pane = usePaneState(host);
  const [tab, setTab] = useState<TabId>(initialTab);
  const [opened, setOpened] = useState<ReadonlySet<TabId>>(() => new Set([initialTab]));
  const base = useId();
  const tabId = (id: TabId) => `${base}-tab-${id}`;
  const panelId = (id: TabId) => `${base}-panel-${id}`;

  function open(id: TabId) {
    setTab(id);
    setOpened((s) => (s.has(id) ? s : new Set([...s, id])));
  }

  const content: Record<TabId, () => ReactNode> = {
    check: () => <CheckTab />,
    templates: () => <TemplatesTab />,
    scoring: () => <ScoringTab />,
    import: () => <ImportTab />,
    library: () => <LibraryTab />,
    settings: () => <SettingsTab />,
  };

  return (
    <FluentProvider theme={webLightTheme} lang={locale} className={styles.root}>
      <PaneProvider value={pane}>
        <header className={styles.header}>
          <Title3 as="h1">{t("app.title")}</Title3>
          <Caption1 className={styles.hostLine}>{t(HOST_LINE[host.kind])}</Caption1>
        </header>
        <TabList
          className={styles.tabs}
          size="small"
          selectedValue={tab}
          onTabSelect={(_, data) => open(data.value as TabId)}
          aria-label={t("app.tabs")}
        >
          {TABS.map((x) => (
            <Tab key={x.id} value={x.id} id={tabId(x.id)} aria-controls={panelId(x.id)}>
              {t(x.label)}
            </Tab>
          ))}
        </TabList>
        {TABS.filter((x) => opened.has(x.id)).map((x) => (
          <main
            key={x.id}
            id={panelId(x.id)}
            className={tab === x.id ? styles.panel : styles.hidden}
            role="tabpanel"
            aria-labelledby={tabId(x.id)}
            hidden={tab !== x.id}
          >
            <ErrorBoundary>
              <Suspense fallback={<Spinner size="tiny" label={t("common.loading")} labelPosition="after" />}>{content[x.id]()}</Suspense>
            </ErrorBoundary>
          </main>
        ))}
      </PaneProvider>
    </FluentProvider>
  );
}
