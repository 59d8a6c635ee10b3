/**
 * A tiny message table: `t(key, params)` in the current locale, `setLocale` to switch.
 * zh-CN is the default; the choice is remembered in the browser's localStorage when there is one.
 */
import { enUS, zhCN, type MessageKey, type MessageTable } from "./messages";

export type { MessageKey } from "./messages";

export const LOCALES = ["zh-CN", "en"] as const;
export type Locale = (typeof LOCALES)[number];

/** Each locale's own name, for the language switch. */
export const LOCALE_NAMES: Record<Locale, string> = { "zh-CN": "中文", en: "English" };

const TABLES: Record<Locale, MessageTable> = { "zh-CN": zhCN, en: enUS };
const STORAGE_KEY = "jixiao.locale";

export type Params = Record<string, string | number>;

function isLocale(v: unknown): v is Locale {
  return typeof v === "string" && (LOCALES as readonly string[]).includes(v);
}

function storedLocale(): Locale | undefined {
  try {
    const v = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isLocale(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

let current: Locale = storedLocale() ?? "zh-CN";
const listeners = new Set<(locale: Locale) => void>();

export function getLocale(): Locale {
  return current;
}

export function setLocale(locale: Locale): void {
  if (!isLocale(locale)) return;
  current = locale;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  } catch {
    // Storage may be unavailable (private mode, some embedded browsers): the choice lasts this session.
  }
  if (typeof document !== "undefined") document.documentElement.lang = locale;
  for (const fn of listeners) fn(locale);
}

/** Be told when the locale changes; returns the function that stops listening. */
export function onLocaleChange(fn: (locale: Locale) => void): () => void {
  listeners.add(fn);
  return () => {
    listeners.delete(fn);
  };
}

/**
 * A message in a given locale, placeholders {name} filled from params (unknown ones stay as
 * written). English plurals are written {name:one|other}: "{count} {count:sheet|sheets}".
 */
export function translate(locale: Locale, key: MessageKey, params?: Params): string {
  const text = TABLES[locale][key] ?? zhCN[key];
  if (!params) return text;
  return text
    .replace(/\{(\w+):([^|{}]*)\|([^{}]*)\}/g, (whole, name: string, one: string, other: string) =>
      name in params ? (Number(params[name]) === 1 ? one : other) : whole,
    )
    .replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A message in the current locale. */
export function t(key: MessageKey, params?: Params): string {
  return translate(current, key, params);
}
