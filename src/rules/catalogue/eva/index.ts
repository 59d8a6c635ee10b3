/** The EVA rules of the catalogue, in id order. */
import type { Rule } from "../../types";

export const EVA_RULES: Rule[] = [];
