/** The WGT rules of the catalogue, in id order. */
import type { Rule } from "../../types";
import wgt01 from "./wgt-01-block-sums";
import wgt02 from "./wgt-02-total-points";
import wgt03 from "./wgt-03-part-weights";
import wgt04 from "./wgt-04-positive-weights";
import wgt05 from "./wgt-05-dominant-indicator";

export const WGT_RULES: Rule[] = [wgt01, wgt02, wgt03, wgt04, wgt05];
