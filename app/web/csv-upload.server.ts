/**
 * The upload half of every CSV import page (guidance prices, accounts): the posted form read within the file's limit,
 * and the file part checked (there, not empty, not larger than the limit, named and typed as a CSV). Refusals the
 * person can act on come back as messages with their status (400, 413 with the limit), to be shown on the import
 * page; anything else about the request (a JSON body, a malformed multipart body) is the shared form refusal, thrown.
 * What the file says is the domain's job (app/utils/csv-table.server.ts). A page that sends the file's text back for
 * a confirmation takes the text (`csvTextUploadOf`): decoded once here, read from it by the domain and returned as it.
 */
import type { Message } from "~/domain/result";
import { decodeCsv } from "~/utils/csv-table.server";
import { formRefusalResponse, readFormResult } from "./form.server";

/** What browsers and Excel send for a .csv file. */
const CSV_TYPES = new Set(["text/csv", "application/csv", "text/plain", "application/vnd.ms-excel", "text/comma-separated-values", ""]);
/** The multipart framing and the form's other fields around the file. */
const FRAMING_BYTES = 64 * 1024;

export interface CsvUploadRefusal {
  ok: false;
  status: 400 | 413;
  fileErrors: Message[];
}

const tooLarge = (maxBytes: number): CsvUploadRefusal => ({ ok: false, status: 413, fileErrors: [{ key: "csv.upload.tooLarge", vars: { maxKb: maxBytes / 1024 } }] });

/** The posted form, its body bounded by a file of `maxBytes` plus the framing; too large is said with the limit. */
export async function readCsvForm(request: Request, maxBytes: number): Promise<{ ok: true; form: FormData } | CsvUploadRefusal> {
  const read = await readFormResult(request, { maxBytes: maxBytes + FRAMING_BYTES, files: true });
  if (!read.ok && read.refusal.status === 413) return tooLarge(maxBytes);
  if (!read.ok) throw formRefusalResponse(read.refusal);
  return read;
}

/** The form's CSV file (the `file` part): its bytes and name, or why it cannot be read as one. */
export async function csvFileOf(form: FormData, maxBytes: number): Promise<{ ok: true; bytes: Uint8Array; fileName: string } | CsvUploadRefusal> {
  const file = form.get("file");
  if (!file || typeof file === "string" || file.size === 0) return { ok: false, status: 400, fileErrors: [{ key: "csv.upload.noFile" }] };
  if (file.size > maxBytes) return tooLarge(maxBytes);
  const type = file.type.split(";")[0].trim().toLowerCase();
  if (!file.name.toLowerCase().endsWith(".csv") || !CSV_TYPES.has(type)) return { ok: false, status: 400, fileErrors: [{ key: "csv.upload.badType" }] };
  return { ok: true, bytes: new Uint8Array(await file.arrayBuffer()), fileName: file.name };
}

/**
 * The form's CSV file read as text, once, as the reader reads it (UTF-8, the BOM dropped): what a preview reads and
 * what its confirmation sends back are the same string, and the file is not held as bytes and text besides.
 */
export async function csvTextUploadOf(form: FormData, maxBytes: number): Promise<{ ok: true; text: string; fileName: string } | CsvUploadRefusal> {
  const file = await csvFileOf(form, maxBytes);
  if (!file.ok) return file;
  const text = decodeCsv(file.bytes);
  if (text === null) return { ok: false, status: 400, fileErrors: [{ key: "csv.notUtf8" }] };
  return { ok: true, text, fileName: file.fileName };
}

/** A CSV sent back as text (a form's field, as a preview's confirmation posts it): within the same limit. */
export function csvTextOf(form: FormData, field: string, maxBytes: number): { ok: true; text: string } | CsvUploadRefusal {
  const text = form.get(field);
  if (typeof text !== "string" || text === "") return { ok: false, status: 400, fileErrors: [{ key: "csv.upload.noFile" }] };
  if (new TextEncoder().encode(text).byteLength > maxBytes) return tooLarge(maxBytes);
  return { ok: true, text };
}
