/** PDF.js's worker module has no type declarations of its own; we only hand it to PDF.js. */
declare module "pdfjs-dist/legacy/build/pdf.worker.mjs" {
  export const WorkerMessageHandler: unknown;
}
