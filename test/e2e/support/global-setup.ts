/**
 * Builds the add-in's pages once for the whole browser suite: webpack in production mode into a
 * temporary folder (dist/ is left alone), whose path the test files find in E2E_DIST. When
 * E2E_DIST is already set (say, to `dist` after `npm run build`), that build is used as it is.
 */
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { buildPages } from "./build";

export default async function globalSetup(): Promise<void> {
  const given = process.env.E2E_DIST;
  if (given) {
    const dir = resolve(given);
    if (!existsSync(join(dir, "index.html"))) throw new Error(`E2E_DIST=${given} holds no index.html: build it first (npm run build).`);
    process.env.E2E_DIST = dir;
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), "jixiao-e2e-dist-"));
  const started = Date.now();
  await buildPages(dir);
  process.env.E2E_DIST = dir;
  process.env.E2E_BUILT = dir; // removed again by global-teardown.ts
  process.stdout.write(`\nBuilt the pages into a temporary folder in ${((Date.now() - started) / 1000).toFixed(1)} s.\n`);
}
