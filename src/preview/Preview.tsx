/**
 * The browser preview: a workbook held in memory (a sample, an empty workbook or the clerk's own
 * .xlsx), drawn on the left, with the real task pane on the right. Nothing leaves the browser.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import {
  Button,
  Caption1,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Subtitle1,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { MemoryHost } from "../hosts/memory";
import { OPENABLE_EXTENSIONS, openDocument } from "../usecases/open-document";
import { t } from "../i18n";
import { useLocale } from "../i18n/react";
import { App, type TabId } from "../taskpane/App";
import { ObservedHost, type HostEvent } from "./observe";
import { fetchSample, listSamples, sampleLabel } from "./samples";
import { SheetView } from "./SheetView";
import { p } from "./texts";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const EMPTY = "empty";
const LOCAL = "local";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", height: "100vh", backgroundColor: tokens.colorNeutralBackground2 },
  bar: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  title: { marginRight: tokens.spacingHorizontalL },
  privacy: { color: tokens.colorNeutralForeground3, marginLeft: "auto" },
  body: {
    display: "flex",
    flex: "1 1 auto",
    minHeight: 0,
    "@media (max-width: 800px)": { flexDirection: "column", overflowY: "auto" },
  },
  sheet: {
    flex: "1 1 auto",
    minWidth: 0,
    minHeight: "300px",
    display: "flex",
    flexDirection: "column",
  },
  pane: {
    flex: "0 0 360px",
    overflowY: "auto",
    borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    "@media (max-width: 800px)": { flexBasis: "auto", borderLeft: "none", borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  },
  hidden: { display: "none" },
});

interface Workbook {
  id: number;
  name: string;
  source: string;
  memory: MemoryHost;
  host: ObservedHost;
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export function Preview({ initialTab }: { initialTab?: TabId } = {}) {
  const styles = useStyles();
  useLocale();
  const [samples, setSamples] = useState<string[]>([]);
  const [workbook, setWorkbook] = useState<Workbook>();
  const [sheets, setSheets] = useState<string[]>([]);
  const [active, setActive] = useState("");
  const [version, setVersion] = useState(0);
  const [selection, setSelection] = useState<{ sheet: string; range: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const fileInput = useRef<HTMLInputElement>(null);
  const nextId = useRef(0);
  const loading = useRef(0);
  /** The entry just picked in the list, while it loads. */
  const [picked, setPicked] = useState<string>();

  useEffect(() => {
    document.title = t("preview.title");
  });

  const onHostEvent = useCallback((event: HostEvent) => {
    // A new selection needs no new drawing of the cells, only of the outline.
    if (event.type === "changed") setVersion((v) => v + 1);
    if (event.type === "selected") {
      setActive(event.sheet);
      setSelection({ sheet: event.sheet, range: event.range });
    }
  }, []);

  const load = useCallback(
    async (source: string, name: string, bytes: () => Promise<Uint8Array | undefined>) => {
      // Picks made in quick succession (arrow keys in the list): only the last one is shown.
      const mine = ++loading.current;
      setBusy(true);
      setError(undefined);
      try {
        const data = await bytes();
        // A file of the clerk's own may be any format the command line reads (.xls, .ods, .csv,
        // a text PDF …): those readers are loaded only then, so the preview's first script stays small.
        const memory = !data ? MemoryHost.empty() : source === LOCAL ? (await openDocument(name, data)).host : await MemoryHost.open(data);
        const host = new ObservedHost(memory, onHostEvent);
        const first = await host.activeSheet().catch(() => "");
        const selected = await host.selection().catch(() => undefined);
        if (mine !== loading.current) return;
        setWorkbook({ id: ++nextId.current, name, source, memory, host });
        setActive(first);
        setSelection(selected);
      } catch (e) {
        if (mine === loading.current) setError(t("preview.openFailed", { error: message(e) }));
      } finally {
        if (mine === loading.current) setBusy(false);
      }
    },
    [onHostEvent],
  );

  const openSample = useCallback(
    (name: string) => load(`sample:${name}`, name, () => fetchSample(name)),
    [load],
  );
  const openEmpty = useCallback(() => load(EMPTY, "workbook.xlsx", async () => undefined), [load]);

  // First visit: the first sample when the build shipped any, else an empty workbook.
  useEffect(() => {
    let live = true;
    void listSamples().then((names) => {
      if (!live) return;
      setSamples(names);
      void (names[0] ? openSample(names[0]) : openEmpty());
    });
    return () => {
      live = false;
    };
  }, [openSample, openEmpty]);

  // The sheet tabs follow the workbook (the pane may add sheets).
  useEffect(() => {
    if (!workbook) return;
    let live = true;
    workbook.host.listSheets().then(
      (list) => {
        if (!live) return;
        const names = list.filter((s) => s.visible).map((s) => s.name);
        setSheets(names);
        setActive((a) => (names.includes(a) ? a : (names[0] ?? "")));
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [workbook, version]);

  function onPick(value: string) {
    // Shown at once, so the next arrow key moves on from here rather than from the workbook still open.
    setPicked(value);
    if (value === EMPTY) void openEmpty();
    else if (value.startsWith("sample:")) void openSample(value.slice("sample:".length));
  }

  function onFile(file: File | undefined) {
    if (!file) return;
    setPicked(undefined);
    void load(LOCAL, file.name, async () => new Uint8Array(await file.arrayBuffer()));
  }

  /** A sheet tab was clicked: make it the workbook's active sheet, on the cell it last had selected. */
  function activate(sheet: string) {
    setActive(sheet);
    if (!workbook) return;
    const view = workbook.memory.workbook.worksheets.find((ws) => ws.name === sheet)?.views?.[0];
    const last = typeof view?.activeCell === "string" ? view.activeCell : "A1";
    workbook.host.select(sheet, last).catch(() => workbook.host.select(sheet, "A1").catch(() => undefined));
  }

  function select(sheet: string, range: string) {
    workbook?.host.select(sheet, range).catch((e: unknown) => setError(t("common.selectFailed", { error: message(e) })));
  }

  async function download() {
    if (!workbook) return;
    try {
      const bytes = await workbook.memory.save();
      const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: XLSX_TYPE }));
      const a = document.createElement("a");
      a.href = url;
      a.download = /\.xlsx$/i.test(workbook.name) ? workbook.name : `${workbook.name}.xlsx`;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e) {
      setError(t("preview.saveFailed", { error: message(e) }));
    }
  }

  return (
    <FluentProvider theme={webLightTheme} className={styles.root}>
      <header className={styles.bar}>
        <Subtitle1 as="h1" className={styles.title}>
          {t("preview.title")}
        </Subtitle1>
        <Select
          aria-label={t("preview.sample")}
          value={busy && picked !== undefined ? picked : (workbook?.source ?? "")}
          onChange={(_, data) => onPick(data.value)}
          aria-busy={busy}
        >
          {!workbook && <option value="" />}
          {samples.map((s) => (
            <option key={s} value={`sample:${s}`}>
              {sampleLabel(s)}
            </option>
          ))}
          <option value={EMPTY}>{t("preview.emptyWorkbook")}</option>
          {workbook?.source === LOCAL && <option value={LOCAL}>{workbook.name}</option>}
        </Select>
        {/* Never disabled while loading: a disabled control drops the keyboard focus. */}
        <Button onClick={() => fileInput.current?.click()}>
          {t("preview.open")}
        </Button>
        <input
          ref={fileInput}
          className={styles.hidden}
          type="file"
          accept={OPENABLE_EXTENSIONS.join(",")}
          onChange={(e) => {
            onFile(e.currentTarget.files?.[0]);
            e.currentTarget.value = "";
          }}
        />
        <Button appearance="primary" onClick={() => void download()} disabled={busy || !workbook}>
          {t("preview.download")}
        </Button>
        {busy && <Spinner size="tiny" label={t("preview.loading")} labelPosition="after" />}
        <Caption1 className={styles.privacy}>{t("preview.privacy")}</Caption1>
      </header>
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.body}>
        <main className={styles.sheet} aria-label={workbook ? `${p("workbook")} ${workbook.name}` : p("workbook")}>
          {workbook && (
            <SheetView
              host={workbook.host}
              memory={workbook.memory}
              sheets={sheets}
              active={active}
              onActivate={activate}
              version={version}
              selection={selection}
              onSelect={select}
            />
          )}
        </main>
        <aside className={styles.pane} aria-label={p("pane")}>{workbook && <App key={workbook.id} host={workbook.host} initialTab={initialTab} />}</aside>
      </div>
    </FluentProvider>
  );
}
