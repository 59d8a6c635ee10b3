/**
 * LibreOffice as the reference spreadsheet engine: recalculate .xlsx files headless and read
 * back the values it computed.
 *
 * LibreOffice does not honour fullCalcOnLoad: by default it keeps the cached results of an
 * .xlsx and computes only the cells that have none. A throwaway user profile with
 * `OOXMLRecalcMode = 0` ("always recalculate") makes it recompute every formula on load; the
 * suite proves it with a sentinel cell whose cached result is wrong (see `sentinel`).
 *
 * All files go through one `soffice --convert-to xlsx` call: starting LibreOffice costs seconds,
 * converting a sheet costs milliseconds.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { delimiter, join } from "node:path";
import { pathToFileURL } from "node:url";

/** The soffice binary on PATH (or $SOFFICE), undefined when LibreOffice is not installed. */
export function findSoffice(): string | undefined {
  const fromEnv = process.env.SOFFICE;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    for (const name of ["soffice", "libreoffice"]) {
      const p = join(dir, name);
      if (dir !== "" && existsSync(p)) return p;
    }
  }
  return undefined;
}

/**
 * The soffice binary, or a failure: this suite exists to run LibreOffice, so a machine without it
 * fails the suite (with the package to install) instead of skipping it and looking green.
 */
export function requireSoffice(): string {
  const found = findSoffice();
  if (!found) throw new Error("npm run test:calc needs LibreOffice: install the package libreoffice-calc (.ci/run does), or point SOFFICE at soffice.");
  return found;
}

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/**
 * Opens each file in LibreOffice, recalculates every formula and saves it as .xlsx into
 * `outDir` (same base name). One process for all files.
 */
export function recalculate(soffice: string, files: readonly string[], outDir: string, workDir: string): string[] {
  return convert(soffice, files, "xlsx", outDir, workDir);
}

/** Opens each file in LibreOffice (recalculating) and saves it in `format` (xlsx, fods …) into `outDir`. One process for all files. */
export function convert(soffice: string, files: readonly string[], format: string, outDir: string, workDir: string): string[] {
  const profile = join(workDir, "lo-profile");
  mkdirSync(join(profile, "user"), { recursive: true });
  writeFileSync(join(profile, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
  mkdirSync(outDir, { recursive: true });
  execFileSync(soffice, [`-env:UserInstallation=${pathToFileURL(profile).href}`, "--headless", "--norestore", "--nologo", "--convert-to", format, "--outdir", outDir, ...files], {
    stdio: "pipe",
    timeout: 240_000,
  });
  const out = files.map((f) => join(outDir, f.replace(/^.*[\\/]/, "").replace(/\.[^.]+$/, `.${format}`)));
  const missing = out.filter((f) => !existsSync(f));
  if (missing.length > 0) throw new Error(`LibreOffice did not write ${missing.join(", ")}`);
  return out;
}
