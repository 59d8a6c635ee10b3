import { readFileSync } from "node:fs";
import { join } from "node:path";
import { MemoryHost } from "../../../src/hosts/memory";
import { inferProfileId } from "../../../src/usecases/infer-profile";
import { recogniseWorkbook } from "../../../src/usecases/recognise-workbook";

it("a 湖南 2021 workbook points to the 湖南 profile", async () => {
  const host = await MemoryHost.open(readFileSync(join(__dirname, "../../fixtures/seeds/003.xlsx")));
  const forms = (await recogniseWorkbook(host)).flatMap((s) => s.forms);
  expect(inferProfileId(forms)).toBe("hunan");
});
