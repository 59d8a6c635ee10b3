/** The WGT rules of the catalogue, in id order. */
import type { Rule } from "../../types";

export const WGT_RULES: Rule[] = [];
