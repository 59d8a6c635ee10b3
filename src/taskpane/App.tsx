/**
 * The task pane. It talks to the workbook only through the WorkbookHost it is given, so the same
 * component runs in Excel, in WPS, in the browser preview and in tests.
 */
import { useState } from "react";
import {
  Body1,
  Caption1,
  FluentProvider,
  Radio,
  RadioGroup,
  Field,
  Tab,
  TabList,
  Title3,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import type { WorkbookHost } from "../hosts/host";
import { LOCALES, LOCALE_NAMES, setLocale, t, type Locale, type MessageKey } from "../i18n";
import { useLocale } from "../i18n/react";
import type { TabId } from "./boot";
import { CheckTab } from "./CheckTab";

export type { TabId } from "./boot";

const TABS: readonly { id: TabId; label: MessageKey }[] = [
  { id: "check", label: "tab.check" },
  { id: "templates", label: "tab.templates" },
  { id: "scoring", label: "tab.scoring" },
  { id: "import", label: "tab.import" },
  { id: "settings", label: "tab.settings" },
];

const LATER: Partial<Record<TabId, MessageKey>> = {
  templates: "later.templates",
  scoring: "later.scoring",
  import: "later.import",
};

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
  },
});

export interface AppProps {
  host: WorkbookHost;
  /** The tab shown first (the ribbon's 插入模板 button will open on "templates"). */
  initialTab?: TabId;
}

export function App({ host, initialTab = "check" }: AppProps) {
  const styles = useStyles();
  const locale = useLocale();
  const [tab, setTab] = useState<TabId>(initialTab);
  const later = LATER[tab];

  return (
    <FluentProvider theme={webLightTheme} lang={locale} className={styles.root}>
      <header className={styles.header}>
        <Title3 as="h1">{t("app.title")}</Title3>
        <Caption1 className={styles.hostLine}>{t(HOST_LINE[host.kind])}</Caption1>
      </header>
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={tab}
        onTabSelect={(_, data) => setTab(data.value as TabId)}
      >
        {TABS.map((x) => (
          <Tab key={x.id} value={x.id}>
            {t(x.label)}
          </Tab>
        ))}
      </TabList>
      <main className={styles.panel} role="tabpanel" aria-label={t(TABS.find((x) => x.id === tab)!.label)}>
        {tab === "check" && <CheckTab host={host} />}
        {later && <Body1>{t(later)}</Body1>}
        {tab === "settings" && <SettingsTab locale={locale} />}
      </main>
    </FluentProvider>
  );
}

function SettingsTab({ locale }: { locale: Locale }) {
  return (
    <Field label={t("settings.language")} hint={t("settings.languageHint")}>
      <RadioGroup value={locale} onChange={(_, data) => setLocale(data.value as Locale)}>
        {LOCALES.map((l) => (
          <Radio key={l} value={l} label={LOCALE_NAMES[l]} lang={l} />
        ))}
      </RadioGroup>
    </Field>
  );
}
