// Bundles the command line (src/cli/main.ts) into dist/cli/jixiao.cjs so that `npx jixiao`
// works right after `npm install`, with no TypeScript toolchain at run time.
import { build } from "esbuild";

await build({
  entryPoints: ["src/cli/main.ts"],
  outfile: "dist/cli/jixiao.cjs",
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  sourcemap: true,
  // PDF.js stays a real ES module loaded at run time: bundled into CommonJS it loses import.meta.
  external: ["exceljs", "pdfjs-dist", "pdfjs-dist/*"],
  logLevel: "warning",
});
