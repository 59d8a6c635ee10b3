/** Removes the temporary build made by global-setup.ts (never a folder given as E2E_DIST). */
import { rmSync } from "node:fs";

export default async function globalTeardown(): Promise<void> {
  const built = process.env.E2E_BUILT;
  if (built) rmSync(built, { recursive: true, force: true });
}
