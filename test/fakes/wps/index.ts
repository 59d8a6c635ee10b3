/** The fake ET object model (WPS Spreadsheets) for tests; see fake-et.ts for what it models. */
export * from "./fake-et";
export * from "./model";
