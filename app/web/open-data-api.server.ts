/**
 * The open-data API's machinery (/api/v1/…, read-only): an endpoint is
 * declared once, with the zod schemas of its query parameters and of its
 * answer (open-data-endpoints.server.ts), and this module makes both its
 * loader and its part of the OpenAPI 3.1 document from that declaration, so
 * the document describes exactly what the code parses and answers:
 *
 * - every request is counted per client first (openDataThrottle: 429 with
 *   Retry-After), before the query is read or the database asked;
 * - the query is parsed by the endpoint's schema (empty values are "not
 *   given", a repeated key is refused, unknown keys are ignored): a value it
 *   refuses is a 400 with a JSON error naming the parameters, never a 500;
 * - a JSON answer is parsed through its response schema on the way out
 *   (fields the schema does not name are dropped: nothing slips into the
 *   open data by being added to a domain type), its ETag is a hash of the
 *   body; a CSV file is streamed chunk by chunk and its ETag (weak) is made
 *   of a version of the data, known before the file is read;
 * - `If-None-Match` with the current ETag is a 304; answers are public for
 *   OPEN_DATA_MAX_AGE_SECONDS (a signed-in request is made private by
 *   server.ts whatever this says) and readable from any site's scripts
 *   (`Access-Control-Allow-Origin: *`: public data, no cookie is used).
 */
import crypto from "node:crypto";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import type { DB } from "~/db/client";
import type { Failure } from "~/domain/result";
import type { PublicSource } from "~/domain/public-reads/public-sources";
import { translate } from "~/i18n";
import { csvStream, type CsvCell } from "./csv-stream.server";
import { getDb } from "./db.server";
import { OPEN_DATA_MAX_AGE_SECONDS, openDataHeaders } from "./open-data.server";
import { openDataThrottle } from "./open-data-throttle.server";
import { parseQuery } from "./query.server";
import { keptAnswer, keptSearch } from "./shared-reads.server";

/** Where the API lives; a change that breaks a field's meaning is a new version beside it (/api/v2), never an edit of v1. */
export const API_BASE = "/api/v1";
/** The document's version: bumped with every change of an answer's shape (a new field: minor). */
export const API_VERSION = "1.0.0";

type QuerySchema = z.ZodObject<Record<string, z.ZodType>>;

interface EndpointBase<Q extends QuerySchema> {
  /** The path under API_BASE as OpenAPI writes it: "/kindergartens/{id}". */
  path: string;
  operationId: string;
  tag: string;
  summary: string;
  description: string;
  /** The query parameters: every field optional or with a default, each with its bounds and a description. */
  query: Q;
  /** Path parameters, name → description. Read as text: a value that names nothing is a 404. */
  pathParams?: Record<string, string>;
}

export interface JsonEndpoint<Q extends QuerySchema = QuerySchema, R extends z.ZodType = z.ZodType> extends EndpointBase<Q> {
  format: "json";
  /** The 200 body: what `read` returns is parsed through it, and the document describes it. */
  response: R;
  /** The response's name among the document's components. */
  responseName: string;
  /**
   * What `read` reads, when its answer is the same for every client while they are unchanged: the answer is then
   * kept between their changes (app/web/shared-reads.server.ts). Left out, every request reads anew.
   */
  sources?: readonly PublicSource[];
  /** The answer: one domain call shaped to `response`; null is a 404. */
  read(db: DB, input: { query: z.output<Q>; params: Readonly<Record<string, string | undefined>>; url: URL }): Promise<z.input<R> | null>;
}

export interface CsvEndpoint<Q extends QuerySchema = QuerySchema, Row extends QuerySchema = QuerySchema> extends EndpointBase<Q> {
  format: "csv";
  /** One line of the file: its keys are the columns, in order (the document describes it). */
  row: Row;
  rowName: string;
  /** The download's name, ASCII, without ".csv". */
  fileName: string;
  /** A version of the data the file is read from: the file's ETag is made of it and the query. */
  version(db: DB): Promise<string>;
  /** The rows under the query, chunk by chunk, as they are read. */
  chunks(db: DB, query: z.output<Q>): AsyncGenerator<Array<z.input<Row>>>;
}

export type Endpoint = JsonEndpoint<any, any> | CsvEndpoint<any, any>;

/** Declares a JSON endpoint (an identity: it lets TypeScript check `read` against the schemas). */
export const jsonEndpoint = <Q extends QuerySchema, R extends z.ZodType>(e: Omit<JsonEndpoint<Q, R>, "format">): JsonEndpoint<Q, R> => ({ ...e, format: "json" });
export const csvEndpoint = <Q extends QuerySchema, Row extends QuerySchema>(e: Omit<CsvEndpoint<Q, Row>, "format">): CsvEndpoint<Q, Row> => ({ ...e, format: "csv" });

/** Every refusal's body. */
export const apiError = z
  .object({
    error: z.object({
      status: z.number().int(),
      code: z.enum(["bad_request", "not_found", "rate_limited"]),
      /** In Chinese, then English. */
      message: z.string(),
      /** The query parameters refused (bad_request). */
      parameters: z.array(z.string()).optional(),
    }),
  })
  .describe("A refusal: the status, a code a program reads, a message in Chinese then English.");

/** Any site's scripts may read the answers, their validator and a refusal's wait included (a conditional request needs the ETag). */
const COMMON_HEADERS = { "Access-Control-Allow-Origin": "*", "Access-Control-Expose-Headers": "ETag, Retry-After" } as const;

export function errorResponse(status: 400 | 404 | 429, code: z.infer<typeof apiError>["error"]["code"], message: string, extra: { parameters?: string[]; headers?: Record<string, string> } = {}): Response {
  const body: z.infer<typeof apiError> = { error: { status, code, message, ...(extra.parameters ? { parameters: extra.parameters } : {}) } };
  return new Response(JSON.stringify(body), {
    status,
    // A refusal is not cached: the next request may be fine.
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store", ...COMMON_HEADERS, ...extra.headers },
  });
}

/** Whether the client's copy (If-None-Match) is the current one: weak comparison, as RFC 9110 has it for GET. */
function clientHasCurrent(request: Request, etag: string): boolean {
  const header = request.headers.get("If-None-Match");
  if (!header) return false;
  if (header.trim() === "*") return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((tag) => opaque(tag) === opaque(etag));
}

function notModified(etag: string): Response {
  return new Response(null, { status: 304, headers: { ETag: etag, "Cache-Control": `public, max-age=${OPEN_DATA_MAX_AGE_SECONDS}`, ...COMMON_HEADERS } });
}

const digest = (text: string) => crypto.createHash("sha256").update(text).digest("base64url").slice(0, 32);

/**
 * Thrown by an endpoint's `read` when the domain refuses what was asked
 * (a search it cannot use): a 400 naming the parameters, in both languages.
 */
export class ApiBadRequest extends Error {
  constructor(
    readonly parameters: string[],
    failure: Failure,
  ) {
    const [first] = failure.formErrors;
    super(first ? `${translate("zh-CN", first.key, first.vars)} · ${translate("en", first.key, first.vars)}` : "查询参数无效 · Malformed query parameter");
  }
}

/** The chunks again, the one already read first. */
async function* withFirst<T>(first: IteratorResult<T>, rest: AsyncGenerator<T>): AsyncGenerator<T> {
  try {
    if (first.done) return;
    yield first.value;
    yield* rest;
  } finally {
    // A client that broke off ends the reading too.
    await rest.return(undefined);
  }
}

/** `read()`, or the 400 of the domain's refusal (ApiBadRequest) of what was asked. */
async function orBadRequest<T>(read: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; answer: Response }> {
  try {
    return { ok: true, value: await read() };
  } catch (err) {
    if (!(err instanceof ApiBadRequest)) throw err;
    return { ok: false, answer: errorResponse(400, "bad_request", err.message, { parameters: err.parameters }) };
  }
}

/** The loader of an endpoint's route. */
export function endpointLoader(endpoint: Endpoint) {
  return async ({ request, params, context }: LoaderFunctionArgs): Promise<Response> => {
    const allowance = await openDataThrottle().take(context?.clientIp ?? "unknown");
    if (!allowance.allowed) {
      const seconds = allowance.retryAfterSeconds;
      const wait = seconds < 60 ? `${seconds} 秒` : `${Math.ceil(seconds / 60)} 分钟`;
      return errorResponse(429, "rate_limited", `请求过于频繁，请 ${wait}后再试 · Too many requests: retry after ${seconds} s`, {
        headers: { "Retry-After": String(allowance.retryAfterSeconds) },
      });
    }
    const url = new URL(request.url);
    const query = parseQuery(url, endpoint.query, { dropEmpty: true });
    if (!query.ok) {
      const names = query.parameters.slice(0, 10);
      return errorResponse(400, "bad_request", `查询参数无效 · Malformed query parameter: ${names.join(", ").slice(0, 200)}`, { parameters: names });
    }
    return endpoint.format === "csv" ? csvAnswer(endpoint, request, query.data) : jsonAnswer(endpoint, request, query.data, params, url);
  };
}

async function jsonAnswer(endpoint: JsonEndpoint<any, any>, request: Request, query: unknown, params: Readonly<Record<string, string | undefined>>, asked: URL): Promise<Response> {
  const db = getDb();
  // A kept answer is made from, and kept by, the URL with the endpoint's parameters only: one it does not read (junk,
  // tracking) changes nothing it answers but the `next` link's copy of it, and must not make another answer to keep.
  const url = endpoint.sources ? new URL(`${asked.origin}${asked.pathname}${keptSearch(asked.searchParams, Object.keys(endpoint.query.shape))}`) : asked;
  const make = async (): Promise<{ body: string; etag: string } | Response> => {
    const found = await orBadRequest(() => endpoint.read(db, { query, params, url }));
    if (!found.ok) return found.answer;
    if (found.value === null) return errorResponse(404, "not_found", "未找到 · Not found");
    const body = JSON.stringify(endpoint.response.parse(found.value));
    return { body, etag: `"${digest(body)}"` };
  };
  // Keyed by that URL's path and query, as its `next` link is made from them: no answer names a host (the `next` links
  // and the OpenAPI document's `servers` are relative), so a Host of anyone's choosing makes no answer of its own.
  const answer = endpoint.sources ? await keptAnswer(db, `api ${url.pathname}${url.search}`, endpoint.sources, make) : await make();
  if (answer instanceof Response) return answer;
  const { body, etag } = answer;
  if (clientHasCurrent(request, etag)) return notModified(etag);
  return new Response(body, { headers: { ...openDataHeaders("json", endpoint.operationId), ETag: etag, ...COMMON_HEADERS } });
}

async function csvAnswer(endpoint: CsvEndpoint<any, any>, request: Request, query: unknown): Promise<Response> {
  const db = getDb();
  const etag = `W/"${digest(JSON.stringify([API_VERSION, endpoint.path, query, await endpoint.version(db)]))}"`;
  if (clientHasCurrent(request, etag)) return notModified(etag);
  // The first chunk is read before the answer starts: a refusal (a search the domain cannot use) is still a 400,
  // and a failing database a 500, rather than a 200 whose file breaks off.
  const chunks: AsyncGenerator<Array<Record<string, CsvCell>>> = endpoint.chunks(db, query);
  const first = await orBadRequest(() => chunks.next());
  if (!first.ok) return first.answer;
  const columns = Object.keys(endpoint.row.shape);
  const body = csvStream(columns, withFirst(first.value, chunks), (row) => columns.map((c) => row[c] ?? null));
  return new Response(body, { headers: { ...openDataHeaders("csv", endpoint.fileName), ETag: etag, ...COMMON_HEADERS } });
}

/**
 * The link to the next page: this request's path and query with the cursor
 * replaced (Remix's own parameters left out), relative to the site, so it
 * holds behind any proxy.
 */
export function nextPageLink(url: URL, cursor: string | null): string | null {
  if (!cursor) return null;
  const params = new URLSearchParams(url.searchParams);
  for (const own of ["_data", "index", "_routes", "cursor"]) params.delete(own);
  params.set("cursor", cursor);
  return `${url.pathname}?${params}`;
}

type JsonSchema = Record<string, unknown>;

/** A JSON Schema as a component or a parameter's schema: the keywords of a standalone document dropped. */
function embedded(schema: JsonSchema): JsonSchema {
  const { $schema: _schema, $id: _id, ...rest } = schema;
  return rest;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

function queryParameters(query: QuerySchema) {
  return Object.entries(query.shape).map(([name, field]) => {
    const { description, ...schema } = embedded(z.toJSONSchema(field, { io: "input", target: "draft-2020-12" }) as JsonSchema);
    return { name, in: "query", required: !field.safeParse(undefined).success, description: description ?? "", schema };
  });
}

function responsesOf(endpoint: Endpoint) {
  const error = (description: string) => ({ description, content: { "application/json": { schema: ref("Error") } } });
  const validators = {
    ETag: { description: "The answer's validator: send it back in If-None-Match for a 304.", schema: { type: "string" } },
    "Cache-Control": { description: `public, max-age=${OPEN_DATA_MAX_AGE_SECONDS}`, schema: { type: "string" } },
  };
  const ok =
    endpoint.format === "json"
      ? { description: "OK", headers: validators, content: { "application/json": { schema: ref(endpoint.responseName) } } }
      : {
          description: `A CSV file (UTF-8 with a byte-order mark, CRLF lines, a header row), one line per ${endpoint.rowName}: columns ${Object.keys(endpoint.row.shape).join(", ")} (components.schemas.${endpoint.rowName}).`,
          headers: validators,
          content: { "text/csv": { schema: { type: "string" } } },
        };
  return {
    "200": ok,
    "304": { description: "Not modified: the copy named by If-None-Match is current.", headers: validators },
    "400": error("A query parameter is malformed or out of its bounds (named in error.parameters)."),
    ...(endpoint.pathParams ? { "404": error("Nothing public by that id.") } : {}),
    "429": {
      ...error("Too many requests from this client: wait Retry-After seconds."),
      headers: { "Retry-After": { description: "Seconds to wait.", schema: { type: "integer" } } },
    },
  };
}

export interface OpenApiOptions {
  /** Sub-schemas to name among the components (referenced wherever a response uses them). */
  components?: ReadonlyArray<readonly [z.ZodType, string]>;
  description: string;
}

/** The OpenAPI 3.1 document of `endpoints`, made from their zod schemas. */
export function openApiDocument(endpoints: readonly Endpoint[], options: OpenApiOptions) {
  const registry = z.registry<{ id: string }>();
  registry.add(apiError, { id: "Error" });
  for (const [schema, id] of options.components ?? []) registry.add(schema, { id });
  for (const e of endpoints) {
    if (e.format === "json") registry.add(e.response, { id: e.responseName });
    else registry.add(e.row, { id: e.rowName });
  }
  const { schemas } = z.toJSONSchema(registry, { io: "output", target: "draft-2020-12", uri: (id) => `#/components/schemas/${id}` }) as { schemas: Record<string, JsonSchema> };

  const paths: Record<string, unknown> = {};
  for (const e of endpoints) {
    const pathParameters = Object.entries(e.pathParams ?? {}).map(([name, description]) => ({ name, in: "path", required: true, description, schema: { type: "string", maxLength: 200 } }));
    paths[`${API_BASE}${e.path}`] = {
      get: { operationId: e.operationId, tags: [e.tag], summary: e.summary, description: e.description, parameters: [...pathParameters, ...queryParameters(e.query)], responses: responsesOf(e) },
    };
  }
  return {
    openapi: "3.1.0" as const,
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: { title: "民办园收费监管平台 公开数据接口 · Kindergarten fee-supervision open data API", version: API_VERSION, description: options.description },
    servers: [{ url: "/" }],
    paths,
    components: { schemas: Object.fromEntries(Object.entries(schemas).map(([name, schema]) => [name, embedded(schema)])) },
  };
}

/** Any other path under /api/v1/: the API's own 404, in its refusal's shape, not the site's page. */
export const unknownEndpoint = () => errorResponse(404, "not_found", "没有这个接口，见 /api/v1/openapi.json · No such endpoint: see /api/v1/openapi.json");
