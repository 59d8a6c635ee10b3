/** The production build of the pages (webpack.config.js), written to a folder of our choosing. */
import { join } from "node:path";
import webpack from "webpack";

const ROOT = join(__dirname, "..", "..", "..");

type MakeConfig = (env: Record<string, unknown>, argv: { mode: string }) => Promise<webpack.Configuration>;

export async function buildPages(outDir: string): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require(join(ROOT, "webpack.config.js")) as MakeConfig;
  const config = await makeConfig({}, { mode: "production" });
  config.output = { ...config.output, path: outDir };
  config.devtool = false; // source maps only cost time here
  const compiler = webpack(config);
  const stats = await new Promise<webpack.Stats>((done, fail) => {
    compiler.run((err, result) => {
      compiler.close(() => {
        if (err || !result) fail(err ?? new Error("webpack gave no result"));
        else done(result);
      });
    });
  });
  if (stats.hasErrors()) throw new Error(`The build failed:\n${stats.toString("errors-only")}`);
}
