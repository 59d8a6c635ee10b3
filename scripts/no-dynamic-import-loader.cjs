// webpack loader for PDF.js: its two run-time `import(url)` calls (a worker script, an image
// decoder fallback) are ES2020 syntax that WPS's older Chromium cannot parse, and they would load
// code from a URL. We run PDF.js's worker in the same thread (src/io/pdf.ts sets pdfjsWorker), so
// neither is needed: each becomes a promise that fails, which PDF.js already handles.
module.exports = function noDynamicImport(source) {
  return source.replace(
    /\bimport\(\s*\/\*webpackIgnore: true\*\//g,
    '((url) => Promise.reject(new Error("PDF.js tried to load " + url + "; loading code at run time is off in this add-in.")))(',
  );
};
