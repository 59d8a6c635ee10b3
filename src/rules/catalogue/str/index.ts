/** The STR rules of the catalogue, in id order. */
import type { Rule } from "../../types";
import str01 from "./str-01-header-fields";
import str02 from "./str-02-levels-present";
import str03 from "./str-03-level2-under-level1";
import str04 from "./str-04-coverage";
import str05 from "./str-05-name-is-category";
import str06 from "./str-06-duplicate-names";
import str07 from "./str-07-placeholders";
import str08 from "./str-08-template-instructions";

export const STR_RULES: Rule[] = [str01, str02, str03, str04, str05, str06, str07, str08];
