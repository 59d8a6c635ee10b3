/**
 * The sample workbooks served with the preview (copied from test/fixtures/seeds at build time).
 * Everything is fetched from the page's own origin.
 */
import { sampleName } from "./texts";

/** File names of the samples, or [] when the build had none. */
export async function listSamples(): Promise<string[]> {
  try {
    const res = await fetch("samples/index.json", { cache: "no-store" });
    if (!res.ok) return [];
    const names: unknown = await res.json();
    return Array.isArray(names) ? names.filter((n): n is string => typeof n === "string" && n.endsWith(".xlsx")) : [];
  } catch {
    return [];
  }
}

export async function fetchSample(name: string): Promise<Uint8Array> {
  const res = await fetch(`samples/${encodeURIComponent(name)}`);
  if (!res.ok) throw new Error(`${res.status} ${res.statusText}`);
  return new Uint8Array(await res.arrayBuffer());
}

/** The name shown in the picker: "003.xlsx" → "003 湖南2021 决算与自评表" (see texts.ts). */
export function sampleLabel(name: string): string {
  return sampleName(name);
}
