/** The MON rules of the catalogue, in id order. */
import type { Rule } from "../../types";
import mon01 from "./mon-01-total-equals-sources";

export const MON_RULES: Rule[] = [mon01];
