/** The region profile the tabs work under: the workbook's settings, read now if not read yet. */
import type { WorkbookHost } from "../../hosts/host";
import type { RegionProfile } from "../../rules/profiles/profile";
import { effectiveProfile, loadSettings, type WorkbookSettings } from "../../usecases/settings";

export async function profileFor(host: WorkbookHost, settings: WorkbookSettings | undefined): Promise<RegionProfile> {
  return effectiveProfile(settings ?? (await loadSettings(host)));
}
