/** What a rejected promise or a thrown value says, as one line for a MessageBar. */
import { t } from "../../i18n";

export function errorText(e: unknown): string {
  if (e instanceof Error && e.message.trim() !== "") return e.message;
  if (typeof e === "string" && e.trim() !== "") return e;
  return t("common.unknownError");
}
