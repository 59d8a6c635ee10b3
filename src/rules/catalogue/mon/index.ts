/** The MON rules of the catalogue, in id order. */
import type { Rule } from "../../types";
import mon01 from "./mon-01-total-equals-sources";
import mon02 from "./mon-02-cost-within-budget";
import mon03 from "./mon-03-spending-plan";
import mon04 from "./mon-04-unit-mixup";
import mon05 from "./mon-05-summary-totals";

export const MON_RULES: Rule[] = [mon01, mon02, mon03, mon04, mon05];
