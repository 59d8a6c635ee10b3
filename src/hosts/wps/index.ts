/** The WPS Spreadsheets host (ET object model of a WPS 加载项). */
export { HostError } from "../shared/errors";
export { WpsHost, defaultApplication, type ApplicationSource } from "./wps-host";
export { WPS_HOST_MESSAGES } from "./messages";
export { STORE_SHEET } from "./book";
export { MARKER, markFormula } from "./highlights";
export { READ_BLOCK_ROWS } from "./read";
export { needsQuotePrefix } from "./write";
export { bgrOf, colourOfBgr, XL, type EtApplication } from "./et";
