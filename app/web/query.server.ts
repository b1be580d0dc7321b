/**
 * The one way loaders read query parameters: through a zod schema, so a
 * malformed value (`?from=2026-13-45`, a repeated key, a 10 KB search) is a
 * 400 naming the parameter instead of reaching the domain and failing there
 * as a 500. Unknown keys are not read (Remix adds `index`, `_data` and
 * `_routes`; links may carry tracking parameters); a filter page names the
 * others (`readFilters`' `unknown`).
 */
import { z } from "zod";
import { isCivilDate } from "~/rules/dates";
import { cleanText } from "~/utils/clean-text";

export type ParsedQuery<T> = { ok: true; data: T } | { ok: false; parameters: string[] };

/**
 * The query through `schema`, every value cleaned (cleanText); `dropEmpty`
 * leaves out empty values (`?region=`) as not given. The names of the
 * parameters it refuses otherwise.
 */
export function parseQuery<S extends z.ZodType>(url: URL, schema: S, options: { dropEmpty?: boolean } = {}): ParsedQuery<z.output<S>> {
  const params = url.searchParams;
  const raw: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key).map(cleanText);
    if (options.dropEmpty && values.every((v) => v === "")) continue;
    // A repeated key arrives as a list, which a scalar field refuses rather than silently picking one.
    raw[key] = values.length === 1 ? values[0] : values;
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, data: parsed.data };
  return { ok: false, parameters: [...new Set(parsed.error.issues.map((i) => i.path.join(".") || "?"))] };
}

/** Reads the query through `schema`; a value it refuses is thrown as a 400 Response. */
export function readQuery<S extends z.ZodType>(request: Request, schema: S): z.output<S> {
  const parsed = parseQuery(new URL(request.url), schema);
  if (parsed.ok) return parsed.data;
  throw malformedQuery(parsed.parameters);
}

/** The 400 naming the parameters a loader refuses (an export refuses what its page leaves out and names). */
export function malformedQuery(parameters: readonly string[]): Response {
  const names = parameters.join(", ").slice(0, 200);
  return new Response(`查询参数无效 · Malformed query parameter: ${names}\n`, {
    status: 400,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
}

/**
 * For a page of filters a person bookmarks or edits by hand: the parameters `schema` refuses are left out (and
 * named in `ignored`, for the page to say so), the rest applied. A query still refused without them is a 400.
 * `unknown`: the parameters that are none of the schema's keys (`unknownParams`), for the page to name too; the
 * schema holds every parameter the page reads (its filters, tabs, order and page cursors), so none of those is named.
 */
export function readFilters<S extends z.ZodObject>(request: Request, schema: S): { filters: z.output<S>; ignored: string[]; unknown: string[] } {
  const url = new URL(request.url);
  const unknown = unknownParams(url, Object.keys(schema.shape));
  const first = parseQuery(url, schema);
  if (first.ok) return { filters: first.data, ignored: [], unknown };
  for (const name of first.parameters) url.searchParams.delete(name);
  return { filters: readQuery(new Request(url), schema), ignored: first.parameters, unknown };
}

/** Parameters the framework adds to a page's URL (Remix's data requests), never a filter someone chose. */
const FRAMEWORK_PARAMS: ReadonlySet<string> = new Set(["index", "_data", "_routes"]);
/** Unknown parameters a page names at most, and each name's length: the notice is bounded whatever the URL holds. */
export const UNKNOWN_PARAMS_SHOWN = 5;
export const UNKNOWN_PARAM_NAME_SHOWN = 32;

/**
 * The parameters of the URL that are none of a page's filters (`known`): `?status=bogus` on a list filtered by
 * `state`, a filter of another list pasted in. A filter page leaves them out, as every list does, and says so (the
 * lists' IgnoredParams, `unknown`) rather than showing the whole list as if filtered. Remix's own parameters and
 * tracking ones (`utm_*`) are not named; at most UNKNOWN_PARAMS_SHOWN names, each cut to UNKNOWN_PARAM_NAME_SHOWN
 * characters, the rest as "…".
 */
export function unknownParams(url: URL, known: Iterable<string>): string[] {
  const knownSet = new Set(known);
  const names: string[] = [];
  for (const name of new Set(url.searchParams.keys())) {
    if (knownSet.has(name) || FRAMEWORK_PARAMS.has(name) || name.startsWith("utm_")) continue;
    if (names.length === UNKNOWN_PARAMS_SHOWN) {
      names.push("…");
      break;
    }
    const clean = cleanText(name).trim();
    names.push(clean.length > UNKNOWN_PARAM_NAME_SHOWN ? `${clean.slice(0, UNKNOWN_PARAM_NAME_SHOWN)}…` : clean || "?");
  }
  return names;
}

/** Optional parameters: absent or empty (an empty search box) both mean "not given". */
const optional = <T extends z.ZodType>(type: T) => z.preprocess((v) => (v === "" ? undefined : v), type.optional());

/** Building blocks for the loaders' schemas. */
export const queryParam = {
  /** A calendar date YYYY-MM-DD. */
  date: () => optional(z.string().refine(isCivilDate, "not a date (YYYY-MM-DD)")),
  /** A short text (an id, a code, a cursor). */
  text: (max = 200) => optional(z.string().max(max)),
  /** A free search text, cut to `max` characters rather than refused. */
  search: (max = 100) => optional(z.string().max(2000).transform((s) => s.slice(0, max))),
  /** A positive whole number. */
  positiveInt: (max = 1_000_000) => optional(z.string().regex(/^\d{1,9}$/, "not a whole number").transform(Number).pipe(z.number().int().min(1).max(max))),
  /** One of a fixed set of values. */
  oneOf: <const T extends readonly [string, ...string[]]>(values: T) => optional(z.enum(values)),
  /** A GB/T 2260 region code. */
  regionCode: () => optional(z.string().regex(/^\d{6}$/, "not a region code")),
};
