/**
 * What the tabs share: the host, the workbook's settings (region profile, framework, tolerance)
 * and its ignored rules, loaded once from the workbook and saved back through settings.ts. The
 * revision counts changes that alter what a check finds, so 检查 can say its results are stale.
 *
 * The settings code (zod, the region profiles) is loaded on demand like the tabs themselves, so
 * the pane's first download holds only the shell: `settings` is undefined until it has arrived.
 */
import { createContext, useCallback, useContext, useEffect, useState } from "react";
import type { WorkbookHost } from "../../hosts/host";
import type { Params, MessageKey } from "../../i18n";
import type { UndoStep } from "../../usecases/pane-write";
import type { IgnoredPlace, WorkbookSettings } from "../../usecases/settings";
import { errorText } from "./errors";

const settingsCode = () => import(/* webpackChunkName: "pane-engine" */ "../../usecases/settings");

export interface PaneState {
  host: WorkbookHost;
  /** The workbook's settings; undefined while they are read. */
  settings: WorkbookSettings | undefined;
  ignored: readonly string[];
  /** Settings are still being read from the workbook. */
  loading: boolean;
  loadError?: string;
  /** Bumped whenever settings or ignored rules change. */
  revision: number;
  saveSettings(next: WorkbookSettings): Promise<void>;
  setRuleIgnored(rule: string, ignored: boolean): Promise<void>;
  /** Ignore (or stop ignoring) a rule on one cell or one form. */
  setPlaceIgnored(place: IgnoredPlace, ignored: boolean): Promise<void>;
  /** The last write the pane made (fixes, scores), undoable until the next write. */
  lastWrite: LastWrite | undefined;
  setLastWrite(write: LastWrite | undefined): void;
}

/** A write the pane made and how to take it back: what it did, in words, and the cells' previous contents. */
export interface LastWrite {
  step: UndoStep;
  message: MessageKey;
  params?: Params;
  /** Bumped per write, so a tab can tell its own write from a later one. */
  id: number;
}

export function usePaneState(host: WorkbookHost): PaneState {
  const [settings, setSettings] = useState<WorkbookSettings>();
  const [ignored, setIgnored] = useState<readonly string[]>([]);
  /** The host whose settings are in state (loading until it is this host). */
  const [loadedFor, setLoadedFor] = useState<WorkbookHost>();
  const [loadError, setLoadError] = useState<string>();
  const [revision, setRevision] = useState(0);
  /** Kept with the workbook it was made to: another workbook has no last write. */
  const [written, setWritten] = useState<{ host: WorkbookHost; write: LastWrite }>();

  useEffect(() => {
    let live = true;
    settingsCode()
      .then(async (code) => {
        try {
          const [s, list] = await Promise.all([code.loadSettings(host), code.ignoredRules(host)]);
          if (!live) return;
          setSettings(s);
          setIgnored(list);
          setLoadError(undefined);
        } catch (e) {
          if (!live) return;
          // The pane works on with the defaults; 设置 says why.
          setSettings(code.WorkbookSettingsSchema.parse({}));
          setLoadError(errorText(e));
        }
        setLoadedFor(host);
      })
      .catch((e: unknown) => {
        if (!live) return;
        setLoadError(errorText(e));
        setLoadedFor(host);
      });
    return () => {
      live = false;
    };
  }, [host]);
  const loading = loadedFor !== host;
  const lastWrite = written?.host === host ? written.write : undefined;
  const setLastWrite = useCallback((write: LastWrite | undefined) => setWritten(write ? { host, write } : undefined), [host]);

  const saveSettings = useCallback(
    async (next: WorkbookSettings) => {
      setSettings(next);
      setRevision((r) => r + 1);
      await (await settingsCode()).saveSettings(host, next);
    },
    [host],
  );

  const setRuleIgnored = useCallback(
    async (rule: string, on: boolean) => {
      const list = await (await settingsCode()).setRuleIgnored(host, rule, on);
      setIgnored(list);
      setRevision((r) => r + 1);
    },
    [host],
  );

  const setPlaceIgnored = useCallback(
    async (place: IgnoredPlace, on: boolean) => {
      await (await settingsCode()).setPlaceIgnored(host, place, on);
      setRevision((r) => r + 1);
    },
    [host],
  );

  return { host, settings, ignored, loading, loadError, revision, saveSettings, setRuleIgnored, setPlaceIgnored, lastWrite, setLastWrite };
}

const PaneContext = createContext<PaneState | null>(null);

export const PaneProvider = PaneContext.Provider;

export function usePane(): PaneState {
  const pane = useContext(PaneContext);
  if (!pane) throw new Error("usePane outside <PaneProvider>");
  return pane;
}
