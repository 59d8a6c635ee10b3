#!/usr/bin/env node
// Entry point of `npx jixiao`. The bundle is built by `npm install` (the prepare script);
// if it is missing (install ran with --ignore-scripts), build it once, then run.
const path = require("node:path");
const fs = require("node:fs");
const bundle = path.join(__dirname, "..", "dist", "cli", "jixiao.cjs");
if (!fs.existsSync(bundle)) {
  const { execFileSync } = require("node:child_process");
  execFileSync(process.execPath, [path.join(__dirname, "..", "scripts", "build-cli.mjs")], { stdio: "inherit" });
}
const { main } = require(bundle);
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
