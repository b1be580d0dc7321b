/**
 * The one way actions read a posted form. Everything a hostile client can
 * make expensive is bounded here, before conform or a route sees the data:
 *
 * - the body: at most `maxBytes`, refused (413) from Content-Length when it
 *   is declared and by counting the bytes as they stream otherwise;
 * - the type: urlencoded or multipart (415 for JSON, text/plain …), and a
 *   body that does not parse is a 400;
 * - the shape: conform turns `items[2000].code` into a 2,001-row array that
 *   `submission.reply()` echoes and the page renders, so an array index is
 *   accepted only on a declared list and only up to its bound; `[]`, indexes
 *   anywhere else, conform's `__state__` and any control intent but the list
 *   and validation ones our forms send are a 400;
 * - the text: every value is cleaned once (cleanText: NFC, no NUL, controls,
 *   bidi or zero-width characters).
 *
 * A refusal is thrown as a Response, so it answers the same status for a
 * document post, a `.data` post and a `?_data` post, and costs no more than
 * reading the bytes that were allowed.
 */
import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { Busboy } from "@fastify/busboy";
import { cleanText } from "~/utils/clean-text";

/** Default body limit: a form of short fields. */
export const FORM_MAX_BYTES = 64 * 1024;
/** The largest limit a buffered form (readForm) may ask for: it holds the whole body in memory. */
export const BUFFERED_MAX_BYTES = 6 * 1024 * 1024;
/**
 * The largest limit any route may ask for (a complaint with five photos,
 * streamed by readStreamedForm); server.ts refuses a longer declared body
 * before routing.
 */
export const MAX_BODY_BYTES = 26 * 1024 * 1024;
const DEFAULT_MAX_FIELDS = 1000;
/** conform's reserved names. */
const INTENT = "__intent__";
const STATE = "__state__";

export interface ReadFormOptions {
  /** Largest body accepted, in bytes (default FORM_MAX_BYTES, at most BUFFERED_MAX_BYTES). */
  maxBytes?: number;
  /**
   * List fields (conform names, e.g. "items") and the most entries each may
   * hold: the schema's own maximum. One entry more is let through so that the
   * schema answers it with its field message ("at most 40 items"); an index
   * beyond that is refused here, before any parsing or rendering.
   */
  lists?: Readonly<Record<string, number>>;
  /** Whether file parts are accepted (multipart only); otherwise a file is a 400. */
  files?: boolean;
  /** Most fields in the form (default 1000). */
  maxFields?: number;
  /**
   * Fields passed on exactly as sent, without text cleaning: a password is
   * compared with its hash, never stored or shown, and must not change under
   * its owner's fingers.
   */
  verbatim?: readonly string[];
}

export type FormRefusalReason =
  | "too-large"
  | "unsupported-type"
  | "malformed"
  | "too-many-fields"
  | "field-name"
  | "list-index"
  | "intent"
  | "unexpected-file";

export interface FormRefusal {
  status: 400 | 413 | 415;
  reason: FormRefusalReason;
  /** The text field that was too long (a streamed form's 413 for one field rather than the files). */
  field?: string;
  /** English detail for logs and API clients; the page shows a translated message by status. */
  detail: string;
}

export type FormReadResult = { ok: true; form: FormData } | { ok: false; refusal: FormRefusal };

const SUMMARY: Record<FormRefusalReason, string> = {
  "too-large": "提交的内容过大",
  "unsupported-type": "不支持此内容类型，请以表单提交",
  malformed: "提交的内容格式错误",
  "too-many-fields": "表单字段过多",
  "field-name": "表单字段名无效",
  "list-index": "列表序号超出范围",
  intent: "表单操作无效",
  "unexpected-file": "此表单不接受文件",
};

/** The refusal as a short zh-CN · English plain-text answer. */
export function formRefusalResponse(refusal: FormRefusal): Response {
  return new Response(`${SUMMARY[refusal.reason]} · ${refusal.detail}\n`, {
    status: refusal.status,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
}

/** Reads and checks the form; a refusal is thrown as a Response (400, 413 or 415). */
export async function readForm(request: Request, options: ReadFormOptions = {}): Promise<FormData> {
  const result = await readFormResult(request, options);
  if (!result.ok) throw formRefusalResponse(result.refusal);
  return result.form;
}

/** A form's text fields as a plain object for a domain schema: the first value of each name, files left out. */
export function textFields(form: FormData): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [key, value] of form) if (typeof value === "string" && !(key in fields)) fields[key] = value;
  return fields;
}

/** As readForm, for a route that answers some refusals itself (the CSV import says how large a file may be). */
export async function readFormResult(request: Request, options: ReadFormOptions = {}): Promise<FormReadResult> {
  const maxBytes = options.maxBytes ?? FORM_MAX_BYTES;
  if (maxBytes > BUFFERED_MAX_BYTES) throw new Error(`readForm: maxBytes ${maxBytes} is above BUFFERED_MAX_BYTES (${BUFFERED_MAX_BYTES})`);
  const refuse = (status: FormRefusal["status"], reason: FormRefusalReason, detail: string): FormReadResult => ({
    ok: false,
    refusal: { status, reason, detail },
  });

  const contentType = request.headers.get("Content-Type") ?? "";
  const mediaType = contentType.split(";")[0].trim().toLowerCase();
  const kind = mediaType === "application/x-www-form-urlencoded" ? "urlencoded" : mediaType === "multipart/form-data" ? "multipart" : null;
  // Type first: a JSON body is refused as such, whatever its size.
  if (kind === null && mediaType !== "") return refuse(415, "unsupported-type", `Unsupported content type "${mediaType.slice(0, 100)}": send application/x-www-form-urlencoded or multipart/form-data`);

  const body = await readBody(request, maxBytes);
  if (body === "too-large") return refuse(413, "too-large", `Request body larger than ${Math.floor(maxBytes / 1024)} KB`);
  if (body === "unreadable") return refuse(400, "malformed", "The request body could not be read");
  if (kind === null) {
    // A post without a body (a bare logout button) is an empty form; a body of no stated type is not one.
    if (body.byteLength === 0) return { ok: true, form: new FormData() };
    return refuse(415, "unsupported-type", "Missing content type: send application/x-www-form-urlencoded or multipart/form-data");
  }

  let parsed: FormData;
  if (kind === "urlencoded") {
    parsed = new FormData();
    for (const [name, value] of new URLSearchParams(new TextDecoder().decode(body))) parsed.append(name, value);
  } else {
    const boundary = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
    if (!boundary) return refuse(400, "malformed", "Multipart body without a boundary");
    // Counted before parsing: the parser builds every part of the body (a megabyte of empty parts is tens of
    // thousands of them, half a second) before the field bound below could refuse the form.
    const maxFields = options.maxFields ?? DEFAULT_MAX_FIELDS;
    if (delimiterCount(body, boundary[1] ?? boundary[2], maxFields + 2) > maxFields + 1) return refuse(400, "too-many-fields", `More than ${maxFields} fields`);
    try {
      parsed = await new Response(body, { headers: { "Content-Type": contentType } }).formData();
    } catch {
      return refuse(400, "malformed", "Malformed multipart body");
    }
  }

  return checkEntries(parsed, options);
}

/** How many times the multipart delimiter ("--" and the boundary) occurs in the body, counting up to `upTo`. */
function delimiterCount(body: Uint8Array, boundary: string, upTo: number): number {
  const bytes = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  const delimiter = Buffer.from(`--${boundary}`);
  let count = 0;
  for (let at = bytes.indexOf(delimiter); at !== -1 && count < upTo; at = bytes.indexOf(delimiter, at + delimiter.length)) count += 1;
  return count;
}

/** The entries as the form's routes may see them: bounded, names checked, text cleaned. */
function checkEntries(parsed: FormData, options: ReadFormOptions): FormReadResult {
  const refuse = (status: FormRefusal["status"], reason: FormRefusalReason, detail: string): FormReadResult => ({
    ok: false,
    refusal: { status, reason, detail },
  });
  const maxFields = options.maxFields ?? DEFAULT_MAX_FIELDS;
  const lists = options.lists ?? {};
  const verbatim = new Set(options.verbatim ?? []);
  const form = new FormData();
  let count = 0;
  for (const [name, value] of parsed) {
    count += 1;
    if (count > maxFields) return refuse(400, "too-many-fields", `More than ${maxFields} fields`);
    if (name === STATE) return refuse(400, "field-name", `"${STATE}" is not accepted`);
    if (name === INTENT) {
      const problem = typeof value === "string" ? intentProblem(value, lists) : "The form intent is a file";
      if (problem) return refuse(400, "intent", problem);
      form.append(name, value);
      continue;
    }
    const problem = nameProblem(name, lists);
    if (problem) return refuse(400, problem.reason, problem.detail);
    if (typeof value === "string") {
      form.append(name, verbatim.has(name) ? value : cleanText(value));
    } else if (options.files) {
      // A file's name is text that may be stored and shown like any other.
      form.append(name, new File([value], cleanText(value.name), { type: value.type, lastModified: value.lastModified }));
    } else {
      return refuse(400, "unexpected-file", `Field "${name.slice(0, 100)}" is a file; this form takes none`);
    }
  }
  return { ok: true, form };
}

/** How a streamed form hands its file parts on (see readStreamedForm). */
export interface StreamedFiles<T> {
  /** The one field that may carry files. */
  field: string;
  /** Most files taken; the bytes of any further file are read and dropped, and `extraFiles` says how many. */
  max: number;
  /** Takes one file's bytes as they arrive (to a staging file, never whole in memory) and says what became of it. */
  take(name: string, chunks: AsyncIterable<Uint8Array>): Promise<T>;
  /** Undoes `take` (deletes the staged file) when the form is refused after all. */
  discard(taken: T): Promise<void>;
}

export type StreamedFormResult<T> =
  | { ok: true; form: FormData; files: T[]; extraFiles: number }
  | { ok: false; refusal: FormRefusal };

/** The most bytes one text field of a streamed form may hold: a bounded narrative is far below it. */
const STREAMED_TEXT_FIELD_BYTES = 64 * 1024;
/**
 * The most file parts beyond `files.max` a streamed form reads (and drops, counting them in `extraFiles`) before
 * it is refused: a parent who picked a few photos too many is told so under the field; a body of a hundred
 * thousand empty parts costs seconds of parsing and is refused at the first part past the bound.
 */
export const MAX_EXTRA_FILES = 100;

class BodyTooLarge extends Error {}

/**
 * As readFormResult, for a form with files that must not be buffered whole:
 * the multipart body is parsed as it arrives, each file part goes to
 * `files.take` chunk by chunk, text parts are collected up to 64 KB each, and
 * the whole body is counted against `maxBytes` (declared length first, then
 * the bytes as they stream). A urlencoded body (a client without files) is
 * read as readFormResult reads it. On any refusal every file already taken
 * is discarded: a refused form leaves nothing behind.
 */
export async function readStreamedForm<T>(
  request: Request,
  options: Omit<ReadFormOptions, "files" | "maxBytes"> & { maxBytes: number; files: StreamedFiles<T> },
): Promise<StreamedFormResult<T>> {
  const { maxBytes, files } = options;
  const maxFields = options.maxFields ?? DEFAULT_MAX_FIELDS;
  if (maxBytes > MAX_BODY_BYTES) throw new Error(`readStreamedForm: maxBytes ${maxBytes} is above MAX_BODY_BYTES (${MAX_BODY_BYTES})`);
  const contentType = request.headers.get("Content-Type") ?? "";
  if (contentType.split(";")[0].trim().toLowerCase() !== "multipart/form-data") {
    const read = await readFormResult(request, { ...options, maxBytes: Math.min(maxBytes, FORM_MAX_BYTES), files: false });
    return read.ok ? { ok: true, form: read.form, files: [], extraFiles: 0 } : read;
  }
  const refusal = (status: FormRefusal["status"], reason: FormRefusalReason, detail: string) => ({ ok: false as const, refusal: { status, reason, detail } });
  const declared = request.headers.get("Content-Length");
  if (declared !== null && declared.trim() !== "" && !(Number(declared) <= maxBytes)) {
    return refusal(413, "too-large", `Request body larger than ${Math.floor(maxBytes / 1024)} KB`);
  }
  if (!/;\s*boundary=/i.test(contentType) || !request.body) return refusal(400, "malformed", "Multipart body without a boundary");

  let total = 0;
  const counted = request.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        total += chunk.byteLength;
        if (total > maxBytes) controller.error(new BodyTooLarge());
        else controller.enqueue(chunk);
      },
    }),
  );
  const parsed = new FormData();
  const taking: Promise<T>[] = [];
  let taken: T[];
  let extraFiles = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      const parser = Busboy({
        headers: { "content-type": contentType },
        // A part is a file when it has a file name (a part typed application/octet-stream without one is text).
        isPartAFile: (_field, _type, fileName) => fileName !== undefined,
        // A text part longer than this is cut short and flagged (a part's headers, its name included, stop at 80 KB).
        // The count of text parts and of all parts is bounded as they arrive: the form's field bound, checked
        // again below, would otherwise be checked only once the whole body (up to maxBytes of tiny parts) is parsed.
        limits: { fieldSize: STREAMED_TEXT_FIELD_BYTES, fields: maxFields, parts: maxFields + files.max + MAX_EXTRA_FILES },
      });
      const fileStreams: Readable[] = [];
      // The parser may go on emitting the parts of the chunk it is in: after a refusal they are read and dropped.
      let failed = false;
      const fail = (error: unknown) => {
        if (failed) return;
        failed = true;
        source.unpipe(parser);
        parser.destroy();
        // A file being taken ends with the error too: its taker cleans up and settles (nothing waits forever).
        for (const data of fileStreams) data.destroy(error instanceof Error ? error : new Error(String(error)));
        reject(error);
      };
      const source = Readable.fromWeb(counted as NodeReadableStream<Uint8Array>);
      source.on("error", fail);
      parser.on("error", fail);
      parser.on("fieldsLimit", () => fail(new TooManyParts(`More than ${maxFields} fields`)));
      parser.on("partsLimit", () => fail(new TooManyParts(`More than ${maxFields + files.max + MAX_EXTRA_FILES} parts`)));
      parser.on("field", (name, value, _nameTruncated, valueTruncated) => {
        if (failed) return;
        if (valueTruncated) fail(new TextTooLarge(name));
        else parsed.append(name, value);
      });
      parser.on("file", (name, data, filename) => {
        // fail() below ends every taken file with an error, and the parser may end the part in hand with one: a
        // file whose taker has finished reading (or that was never taken) has no one listening, and an error event
        // without a listener would end the process. Takers still reading see the error through their iterator.
        data.on("error", () => {});
        // A file input left empty: browsers send a part with an empty file name and no bytes.
        if (failed || filename === "") return void data.resume();
        if (name !== files.field) {
          data.resume();
          return fail(new UnexpectedFile(name));
        }
        if (taking.length >= files.max) {
          extraFiles += 1;
          return void data.resume();
        }
        fileStreams.push(data);
        const take = files.take(filename, data);
        taking.push(take);
        // A file that could not be taken (its stream broke off, the disk failed) fails the form.
        take.catch(fail);
      });
      // Every part read to its end; a file's taker may still be at work (a photo waiting to be re-encoded).
      parser.on("finish", () => resolve());
      source.pipe(parser);
    });
    taken = await Promise.all(taking);
  } catch (err) {
    await discardTaken(taking, files);
    if (err instanceof BodyTooLarge || total > maxBytes) return refusal(413, "too-large", `Request body larger than ${Math.floor(maxBytes / 1024)} KB`);
    if (err instanceof TooManyParts) return refusal(400, "too-many-fields", err.message);
    if (err instanceof UnexpectedFile) return refusal(400, "unexpected-file", `Field "${err.field.slice(0, 100)}" is a file; this form takes files in "${files.field}" only`);
    if (err instanceof TextTooLarge) {
      return { ok: false, refusal: { status: 413, reason: "too-large", field: err.field, detail: `Field "${err.field.slice(0, 100)}" longer than ${STREAMED_TEXT_FIELD_BYTES / 1024} KB` } };
    }
    return refusal(400, "malformed", "Malformed multipart body");
  }
  const checked = checkEntries(parsed, { ...options, files: false });
  if (!checked.ok) {
    await Promise.all(taken.map((t) => files.discard(t)));
    return checked;
  }
  return { ok: true, form: checked.form, files: taken, extraFiles };
}

/** Discards whatever of a refused form's files was taken (a take that failed left nothing to discard). */
async function discardTaken<T>(taking: Promise<T>[], files: StreamedFiles<T>): Promise<void> {
  const settled = await Promise.allSettled(taking);
  await Promise.all(settled.map((s) => (s.status === "fulfilled" ? files.discard(s.value) : undefined)));
}

class UnexpectedFile extends Error {
  constructor(readonly field: string) {
    super(`unexpected file in ${field}`);
  }
}
class TooManyParts extends Error {}
class TextTooLarge extends Error {
  constructor(readonly field: string) {
    super(`text field ${field} too large`);
  }
}

/**
 * The body's bytes, at most maxBytes of them. An oversized body is not
 * cancelled (that would destroy the socket before the 413 is written):
 * reading simply stops, and once the answer is out server.ts discards the
 * rest for a moment, then closes the connection.
 */
async function readBody(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer> | "too-large" | "unreadable"> {
  const declared = request.headers.get("Content-Length");
  if (declared !== null && declared.trim() !== "") {
    const length = Number(declared);
    if (!Number.isSafeInteger(length) || length < 0) return "unreadable";
    if (length > maxBytes) return "too-large";
  }
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        reader.releaseLock();
        return "too-large";
      }
      chunks.push(value);
    }
  } catch {
    return "unreadable";
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

type Segment = string | number;

/**
 * A field name's path as conform reads it ("items[0].code" → items, 0, code),
 * or null when conform would not accept it. A key of digits ("items.7") is an
 * array index too once the parent is an array, so it counts as one; "[]"
 * (append) becomes -1, which no bound admits.
 */
export function fieldPath(name: string): Segment[] | null {
  if (name === "") return null;
  const token = /([^.[\]]+)|\[(\d*)\]/g;
  const segments: Segment[] = [];
  let last = 0;
  let match: RegExpExecArray | null;
  while ((match = token.exec(name))) {
    if (match.index !== last && !(match.index === last + 1 && name[last] === ".")) return null;
    const [, key, index] = match;
    if (key !== undefined) segments.push(/^\d+$/.test(key) ? Number(key) : key);
    else segments.push(index === "" ? -1 : Number(index));
    last = token.lastIndex;
  }
  return last === name.length ? segments : null;
}

function formatPath(segments: readonly Segment[]): string {
  return segments.map((s, i) => (typeof s === "number" ? `[${s}]` : i === 0 ? s : `.${s}`)).join("");
}

function nameProblem(name: string, lists: Readonly<Record<string, number>>): { reason: FormRefusalReason; detail: string } | null {
  const shown = name.slice(0, 100);
  const path = fieldPath(name);
  if (!path) return { reason: "field-name", detail: `Field name "${shown}" is not valid` };
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    if (segment === "__proto__" || segment === "constructor" || segment === "prototype") {
      return { reason: "field-name", detail: `Field name "${shown}" is not valid` };
    }
    if (typeof segment !== "number") continue;
    const list = formatPath(path.slice(0, i));
    const bound = Object.hasOwn(lists, list) ? lists[list] : undefined;
    if (bound === undefined) return { reason: "list-index", detail: `"${shown}": "${list}" is not a list of this form` };
    if (segment < 0 || segment > bound) return { reason: "list-index", detail: `"${shown}": at most ${bound} entries in "${list}"` };
  }
  return null;
}

const LIST_INTENTS = new Set(["insert", "remove", "reorder"]);

/**
 * conform's control intents, as the forms' own buttons send them (without
 * JavaScript the server applies them): list changes on a declared list within
 * its bound, and "validate"/"reset" of a field. Anything else, "update" with
 * its arbitrary value included, is refused.
 */
function intentProblem(serialized: string, lists: Readonly<Record<string, number>>): string | null {
  let intent: unknown;
  try {
    intent = JSON.parse(serialized);
  } catch {
    return "The form intent is not JSON";
  }
  if (!isPlainObject(intent) || typeof intent.type !== "string" || !isPlainObject(intent.payload)) return "The form intent has no type or payload";
  const { type, payload } = intent;
  const index = (key: string, bound: number) => {
    const value = payload[key];
    return value === undefined || (Number.isInteger(value) && (value as number) >= 0 && (value as number) <= bound);
  };
  if (LIST_INTENTS.has(type)) {
    const name = payload.name;
    if (typeof name !== "string" || !Object.hasOwn(lists, name)) return `"${type}" on a field that is not a list of this form`;
    const bound = lists[name];
    if (!index("index", bound) || !index("from", bound) || !index("to", bound)) return `"${type}": index out of range (at most ${bound} entries in "${name}")`;
    if (type === "insert" && !isFlatValue(payload.defaultValue)) return `"insert": the new entry must be flat text fields`;
    return null;
  }
  if (type === "validate" || type === "reset") {
    const name = payload.name;
    if (name === undefined || name === "") return payload.index === undefined ? null : `"${type}": index without a field`;
    if (typeof name !== "string") return `"${type}": the field name is not text`;
    const full = payload.index === undefined ? name : Number.isInteger(payload.index) ? `${name}[${payload.index as number}]` : null;
    if (full === null) return `"${type}": the index is not a number`;
    const problem = nameProblem(full, lists);
    return problem ? `"${type}": ${problem.detail}` : null;
  }
  return `Form intent "${type.slice(0, 40)}" is not accepted`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** An inserted list entry: nothing, a text, or one level of text fields. */
function isFlatValue(value: unknown): boolean {
  if (value === undefined || value === null || typeof value === "string") return true;
  if (!isPlainObject(value)) return false;
  const entries = Object.entries(value);
  return entries.length <= 50 && entries.every(([key, v]) => fieldPath(key)?.length === 1 && (v === undefined || v === null || typeof v === "string"));
}
