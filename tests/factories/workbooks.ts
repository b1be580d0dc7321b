/**
 * Excel workbooks for the import's tests: as Excel saves one (exceljs's workbook writer: shared strings, styles, a
 * number as a number cell, a date as a date) and, for hostile files, a zip written by hand from parts' XML, where a
 * part's declared size may lie.
 */
import { crc32, deflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";

/** A workbook of one sheet (or more) holding `rows` as Excel would: strings shared, numbers and dates as such. */
export async function workbookOf(rows: ExcelJS.CellValue[][], more: Record<string, ExcelJS.CellValue[][]> = {}): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  for (const [name, sheetRows] of Object.entries({ kindergartens: rows, ...more })) {
    const sheet = book.addWorksheet(name);
    sheetRows.forEach((row, i) => {
      if (row.length > 0) sheet.getRow(i + 1).values = row;
    });
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** The first sheet's rows as exceljs reads them back (to edit a downloaded workbook as Excel would). */
export async function rowsOf(bytes: Uint8Array): Promise<ExcelJS.CellValue[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const rows: ExcelJS.CellValue[][] = [];
  book.worksheets[0].eachRow((row, n) => {
    rows[n - 1] = (row.values as ExcelJS.CellValue[]).slice(1);
  });
  return Array.from(rows, (r) => r ?? []);
}

interface Part {
  name: string;
  data: string | Buffer;
  /** The uncompressed size the zip declares, when it is to lie. */
  declaredSize?: number;
}

/** A zip of `parts`, deflated, with its central directory. */
export function zipOf(parts: Part[]): Uint8Array {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const raw = Buffer.isBuffer(part.data) ? part.data : Buffer.from(part.data, "utf8");
    const packed = deflateRawSync(raw);
    const name = Buffer.from(part.name, "utf8");
    const size = part.declaredSize ?? raw.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(raw), 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(raw), 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    directory.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const dir = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, dir, end]));
}

/** A workbook written by hand: its first sheet's XML (`sheetData` and all), shared strings if any. */
export function handMadeWorkbook(sheet: string, extra: { sharedStrings?: string; sheetPart?: Partial<Part> } = {}): Uint8Array {
  const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  return zipOf([
    {
      name: "[Content_Types].xml",
      data:
        `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
        `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    },
    { name: "_rels/.rels", data: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>` },
    { name: "xl/workbook.xml", data: `<?xml version="1.0"?><workbook xmlns="${main}" xmlns:r="${rel}"><sheets><sheet name="kindergartens" sheetId="1" r:id="rId1"/></sheets></workbook>` },
    {
      name: "xl/_rels/workbook.xml.rels",
      data:
        `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/>` +
        (extra.sharedStrings ? `<Relationship Id="rId2" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/>` : "") +
        `</Relationships>`,
    },
    { name: "xl/worksheets/sheet1.xml", data: `<?xml version="1.0"?><worksheet xmlns="${main}">${sheet}</worksheet>`, ...extra.sheetPart },
    ...(extra.sharedStrings ? [{ name: "xl/sharedStrings.xml", data: `<?xml version="1.0"?><sst xmlns="${main}">${extra.sharedStrings}</sst>` }] : []),
  ]);
}

/** A row of inline-string cells at row `r`, from column A. */
export function inlineRow(r: number, cells: string[]): string {
  const column = (i: number) => String.fromCharCode(65 + i);
  return `<row r="${r}">${cells.map((c, i) => `<c r="${column(i)}${r}" t="inlineStr"><is><t>${c}</t></is></c>`).join("")}</row>`;
}
