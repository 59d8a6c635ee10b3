/** The JS rules of the catalogue, in id order: the 部门决算 identities of domain reference §5. */
import type { Rule } from "../../types";
import js01 from "./js-01-income-grand-total";
import js02 from "./js-02-expenditure-grand-total";
import js03 from "./js-03-income-equals-expenditure";
import js04 from "./js-04-subtotals-equal-lines";
import js05 from "./js-05-total-column-equals-parts";
import js06 from "./js-06-function-codes-roll-up";
import js07 from "./js-07-basic-expenditure-detail";
import js08 from "./js-08-three-public-costs";
import js09 from "./js-09-income-01-equals-02";
import js10 from "./js-10-expenditure-01-equals-03";
import js11 from "./js-11-fiscal-04-equals-05-08-09";
import js12 from "./js-12-basic-05-equals-06";
import js13 from "./js-13-class-lines-agree";

export const JS_RULES: Rule[] = [js01, js02, js03, js04, js05, js06, js07, js08, js09, js10, js11, js12, js13];
