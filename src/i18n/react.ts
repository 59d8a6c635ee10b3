import { useSyncExternalStore } from "react";
import { getLocale, onLocaleChange, type Locale } from "./index";

/** The current locale; the component re-renders when setLocale() switches it. */
export function useLocale(): Locale {
  return useSyncExternalStore(onLocaleChange, getLocale, getLocale);
}
