/**
 * A workbook with everything a clerk's file may carry that exceljs would drop or change, built
 * from seed 003 (forms to check and score): exceljs adds what it can write — a clerk's note on
 * a cell we mark, sheet protection with a password, fit-to-one-page-wide printing, an image —
 * and the package is then given, as Excel writes them, a chart (in the image's drawing),
 * a pivot cache, a link to another workbook, custom document properties, workbook protection
 * and a VBA project. Every added part is referenced from its owner, so a reader sees them.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";

export const FIDELITY_SHEET = "公车平台经费";
export const PROTECTED_SHEET = "物业管理及水电气经费";
/** The clerk's own note on a 得分 cell that checking marks (EVA-05) and scoring rewrites (14 ÷ 15 × 10). */
export const CLERK_NOTE = "财务科：得分待复核";
export const CLERK_NOTE_CELL = "H16";

const PNG = Uint8Array.from(Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64"));

const CHART = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>'公车平台经费'!$E$5:$E$6</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling/><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling/><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>`;

const PIVOT_CACHE = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<pivotCacheDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" refreshOnLoad="1" recordCount="0"><cacheSource type="worksheet"><worksheetSource ref="A5:I24" sheet="公车平台经费"/></cacheSource><cacheFields count="1"><cacheField name="项目" numFmtId="0"><sharedItems/></cacheField></cacheFields></pivotCacheDefinition>`;

const EXTERNAL_LINK = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><externalBook r:id="rId1"><sheetNames><sheetName val="预算"/></sheetNames></externalBook></externalLink>`;

const CUSTOM_PROPS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="填报单位"><vt:lpwstr>株洲市石峰区机关事务服务中心</vt:lpwstr></property></Properties>`;

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

function addRel(files: Record<string, Uint8Array>, relsPath: string, id: string, type: string, target: string, external = false): void {
  const xml = files[relsPath] ? strFromU8(files[relsPath]!) : '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  files[relsPath] = strToU8(xml.replace("</Relationships>", `<Relationship Id="${id}" Type="${type}" Target="${target}"${external ? ' TargetMode="External"' : ""}/></Relationships>`));
}

function addType(files: Record<string, Uint8Array>, entry: string): void {
  files["[Content_Types].xml"] = strToU8(strFromU8(files["[Content_Types].xml"]!).replace("</Types>", `${entry}</Types>`));
}

function edit(files: Record<string, Uint8Array>, path: string, f: (xml: string) => string): void {
  const before = strFromU8(files[path]!);
  const after = f(before);
  if (after === before) throw new Error(`fixture: nothing changed in ${path}`);
  files[path] = strToU8(after);
}

/** The fixture's bytes. */
export async function fidelityWorkbook(seedsDir: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(join(seedsDir, "003.xlsx")) as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet(FIDELITY_SHEET)!;
  ws.getCell(CLERK_NOTE_CELL).note = CLERK_NOTE;
  ws.pageSetup = { ...ws.pageSetup, fitToPage: true, fitToWidth: 1, fitToHeight: 0, orientation: "landscape" };
  ws.addImage(wb.addImage({ buffer: Buffer.from(PNG) as unknown as ExcelJS.Buffer, extension: "png" }), "K2:L4");
  await wb.getWorksheet(PROTECTED_SHEET)!.protect("jixiao-pw", { selectLockedCells: true });
  const files = unzipSync(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer)) as Record<string, Uint8Array>;

  // A chart in the image's drawing.
  const drawing = Object.keys(files).find((k) => /^xl\/drawings\/drawing\d+\.xml$/.test(k))!;
  const drawingRels = drawing.replace("drawings/", "drawings/_rels/") + ".rels";
  files["xl/charts/chart1.xml"] = strToU8(CHART);
  addRel(files, drawingRels, "rIdChart1", `${REL}/chart`, "../charts/chart1.xml");
  addType(files, '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>');
  edit(files, drawing, (x) =>
    x.replace(
      /<\/xdr:wsDr>$/,
      `<xdr:twoCellAnchor><xdr:from><xdr:col>11</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>5</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>16</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="99" name="图表 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${REL}" r:id="rIdChart1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`,
    ),
  );

  // A pivot cache, a link to another workbook, workbook protection.
  files["xl/pivotCache/pivotCacheDefinition1.xml"] = strToU8(PIVOT_CACHE);
  addRel(files, "xl/_rels/workbook.xml.rels", "rIdPivot1", `${REL}/pivotCacheDefinition`, "pivotCache/pivotCacheDefinition1.xml");
  addType(files, '<Override PartName="/xl/pivotCache/pivotCacheDefinition1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml"/>');
  files["xl/externalLinks/externalLink1.xml"] = strToU8(EXTERNAL_LINK);
  addRel(files, "xl/externalLinks/_rels/externalLink1.xml.rels", "rId1", `${REL}/externalLinkPath`, "预算2021.xlsx", true);
  addRel(files, "xl/_rels/workbook.xml.rels", "rIdLink1", `${REL}/externalLink`, "externalLinks/externalLink1.xml");
  addType(files, '<Override PartName="/xl/externalLinks/externalLink1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"/>');
  edit(files, "xl/workbook.xml", (x) =>
    x
      .replace(/<bookViews>/, '<workbookProtection workbookAlgorithmName="SHA-512" workbookHashValue="q0VbbqyPZbVMJtqhjrF1l8Wn4Yw=" workbookSaltValue="c2FsdA==" workbookSpinCount="100000" lockStructure="1"/><bookViews>')
      .replace(/<\/sheets>/, '</sheets><externalReferences><externalReference r:id="rIdLink1"/></externalReferences>')
      .replace(/<\/workbook>\s*$/, '<pivotCaches><pivotCache cacheId="1" r:id="rIdPivot1"/></pivotCaches></workbook>'),
  );

  // Custom document properties and a VBA project.
  files["docProps/custom.xml"] = strToU8(CUSTOM_PROPS);
  addRel(files, "_rels/.rels", "rIdCustom", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties", "docProps/custom.xml");
  addType(files, '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>');
  files["xl/vbaProject.bin"] = Uint8Array.from({ length: 512 }, (_, i) => (i * 37) & 0xff);
  addRel(files, "xl/_rels/workbook.xml.rels", "rIdVba", "http://schemas.microsoft.com/office/2006/relationships/vbaProject", "vbaProject.bin");
  addType(files, '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>');

  const zippable: Zippable = {};
  for (const [k, v] of Object.entries(files)) zippable[k] = v;
  return zipSync(zippable);
}
