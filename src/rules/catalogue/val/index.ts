/** The VAL rules of the catalogue, in id order. */
import type { Rule } from "../../types";

export const VAL_RULES: Rule[] = [];
