// Bundles the command line (src/cli/main.ts) into dist/cli/jixiao.cjs, minified, with no
// TypeScript toolchain or node_modules needed at run time.
//
// A command loads only what it needs: exceljs (the whole-workbook reader and writer, ~0.3 s to
// load) and SheetJS (.xls/.ods) are bundled into files of their own next to the main one and
// required the first time a command touches them — `check` and `parse` of an .xlsx never do
// (they read through src/io/xlsx-reader.ts). PDF.js stays a real ES module loaded at run time:
// bundled into CommonJS it loses import.meta.
import { readFileSync, readdirSync, rmSync } from "node:fs";
import { build } from "esbuild";

const OUT = "dist/cli";
const common = { bundle: true, platform: "node", format: "cjs", target: "node20", minify: true, legalComments: "none", logLevel: "warning" };

/** Packages bundled into a file of their own, loaded on first use. */
const LAZY = { exceljs: "exceljs.cjs", "@e965/xlsx": "sheetjs.cjs" };

/**
 * Resolves each lazy package to a stand-in whose properties load the separate bundle on first
 * access. It lists no own keys, so esbuild's ES-module interop (which copies them at import)
 * does not load it early: the package is used through its default export.
 */
const lazyPackages = {
  name: "lazy-packages",
  setup(b) {
    const filter = new RegExp(`^(${Object.keys(LAZY).map((k) => k.replace(/[/@]/g, "\\$&")).join("|")})$`);
    b.onResolve({ filter }, (a) => ({ path: a.path, namespace: "lazy" }));
    b.onLoad({ filter: /.*/, namespace: "lazy" }, (a) => ({
      loader: "js",
      contents: `let m;const load=()=>m??=require(require("node:path").join(__dirname,${JSON.stringify(LAZY[a.path])}));
module.exports=new Proxy({},{get:(_,k)=>k==="__esModule"?undefined:load()[k],has:(_,k)=>k in load()});`,
    }));
  },
};

/**
 * bin/jixiao.cjs compiles the bundle as a vm.Script (for V8's code cache), where `import()` has no
 * loader on Node 20; PDF.js's ES modules are therefore imported through the function bin puts on
 * globalThis (an ordinary module's `import()`), falling back to `import()` when the bundle is
 * required directly.
 */
const esmThroughBin = {
  name: "esm-through-bin",
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]io[\\/]pdf\.ts$/ }, (a) => ({
      loader: "ts",
      contents:
        "const __jixiaoImport: (s: string) => Promise<any> = (globalThis as any).__jixiaoImport ?? ((s: string) => import(s));\n" +
        readFileSync(a.path, "utf8").replace(/await import\(("pdfjs-dist\/[^"]+")\)/g, "await __jixiaoImport($1)"),
    }));
  },
};

await Promise.all([
  build({ ...common, entryPoints: ["src/cli/main.ts"], outfile: `${OUT}/jixiao.cjs`, sourcemap: true, external: ["pdfjs-dist", "pdfjs-dist/*"], plugins: [lazyPackages, esmThroughBin] }),
  ...Object.entries(LAZY).map(([pkg, file]) => build({ ...common, stdin: { contents: `module.exports = require(${JSON.stringify(pkg)});`, resolveDir: "." }, outfile: `${OUT}/${file}` })),
]);

// V8 code caches of the previous bundle (bin/jixiao.cjs writes a new one on the next run).
for (const f of readdirSync(OUT)) if (f.endsWith(".cache")) rmSync(`${OUT}/${f}`, { force: true });
