/** 指标库: the standard indicators as data, and finding them by name or by a project's words. */
export { AREAS, LIBRARY, LIBRARY_SOURCES, LibraryIndicatorSchema, SOURCE_SHORT, type Area, type LibraryIndicator, type LibrarySourceId } from "./indicators";
export { libraryEntryFor, normaliseText, searchLibrary, similarity, suggestForForm, suggestForForms, type ProjectSuggestions, type SearchHit, type SearchOptions, type Suggestion } from "./search";
export { CUSTOM_INDICATORS_SETTING, CustomIndicatorSchema, exportCustomIndicators, parseCustomIndicators, readCustomIndicators, saveCustomIndicators, withCustom, type CustomIndicator, type CustomRead } from "./custom";
