/**
 * What the web benchmark sends: per target, a list of requests prepared up
 * front from the generated data, each drawn anew (the list is longer than a
 * run sends; connections take the next one in turn). Drawn with the
 * generator's seeded PRNG: the same data gives the same requests. A page is
 * a random kindergarten's (2,973 distinct in the first 3,000); a search, a
 * random piece of a random name, and the generated names share their words
 * as real ones do, so a run asks about half of its searches more than once
 * (1,865 distinct in the first 3,000, 2,828 in 5,000), as parents do.
 *
 *  a   GET /about: a bare Remix page, no database (the baseline);
 *  b   GET /kindergartens?q=…: the public search, a 2–4 character piece of a
 *      generated name, a quarter of them within the kindergarten's district,
 *      some only inclusive private ones;
 *  c   GET /kindergartens/<id>: a random active kindergarten's public page;
 *  d   POST /kindergartens/<id>/check-account.data: "check before you pay" as the
 *      page's own form sends it (single fetch: the action alone), a random
 *      active kindergarten and a number: 70 % the filed one, 30 % wrong (one digit
 *      off, or another kindergarten's account), a third with the account name;
 *  d'  the same check, one kindergarten, on a server with the default limits:
 *      one client hammering it, answered 429.
 *
 * b and c are issue 9's public pages, still to land (d and d' are there). Until
 * they are, `standIns` points them at the login page with the same queries, so
 * the harness can be run end to end on every target; the report says so.
 */
import SQLite from "better-sqlite3";
import type { LoadRequest } from "./load";
import type { HttpTarget } from "./measure";
import { mulberry32 } from "./generate";

export const TARGET_IDS = ["a", "b", "c", "d", "d'"] as const;
export type TargetId = (typeof TARGET_IDS)[number];

export interface Target extends HttpTarget {
  id: TargetId;
  /** The account check's rate limits on the server it runs against. */
  limits: "raised" | "default";
}

/** What the requests are drawn from: the generated database's active kindergartens and their filed accounts. */
interface Kindergarten {
  id: string;
  name: string;
  district: string;
  nature: string;
  accountNumber: string | null;
  accountName: string | null;
}

function readKindergartens(file: string): Kindergarten[] {
  const sqlite = new SQLite(file, { readonly: true });
  try {
    // The approved account in force today (effective_to null), as the check compares against.
    return sqlite
      .prepare(
        `SELECT k.id, k.approved_name AS name, k.region_code AS district, k.nature,
                a.account_number AS accountNumber, a.account_name AS accountName
           FROM kindergartens k
           LEFT JOIN bank_accounts a ON a.kindergarten_id = k.id AND a.status = 'approved' AND a.effective_to IS NULL
          WHERE k.status = 'active'
          ORDER BY k.id`,
      )
      .all() as Kindergarten[];
  } finally {
    sqlite.close();
  }
}

const SUCCESS = { label: "2xx", test: (s: number) => s >= 200 && s < 300 };
const LIMITED = { label: "429", test: (s: number) => s === 429 };

/** Words every name has: a parent types the part that tells kindergartens apart. */
const BOILERPLATE = /幼儿园|有限公司|中心|第/g;
const HAN_RUN = /\p{Script=Han}{2,}/gu;

export interface TargetOptions {
  /** Requests prepared per target (more than a run sends: the list is never gone round again). */
  count: number;
  standIns: boolean;
  seed?: number;
}

export function buildTargets(file: string, ids: readonly TargetId[], opts: TargetOptions): Target[] {
  const rand = mulberry32(opts.seed ?? 20261201);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)];
  const kindergartens = readKindergartens(file);
  if (kindergartens.length === 0) throw new Error(`${file} has no active kindergarten`);
  const withAccount = kindergartens.filter((k) => k.accountNumber !== null);
  if (withAccount.length === 0) throw new Error(`${file} has no kindergarten with an approved account in force`);
  const times = <T>(make: () => T): T[] => Array.from({ length: opts.count }, make);

  const get = (path: string): LoadRequest => ({ method: "GET", path, headers: { "user-agent": "web-bench" } });
  const post = (path: string, body: URLSearchParams): LoadRequest => ({
    method: "POST",
    path,
    // The Origin header is added per server (web.ts): each listens on its own port.
    headers: { "content-type": "application/x-www-form-urlencoded", "user-agent": "web-bench" },
    body: body.toString(),
  });

  /** A 2–4 character piece of a name, from its distinctive Han runs. */
  const term = (name: string): string => {
    const runs = name.replace(BOILERPLATE, " ").match(HAN_RUN) ?? [name];
    const run = [...pick(runs)];
    const length = Math.min(run.length, 2 + Math.floor(rand() * 3));
    const from = Math.floor(rand() * (run.length - length + 1));
    return run.slice(from, from + length).join("");
  };
  const searchQuery = (): URLSearchParams => {
    const k = pick(kindergartens);
    const query = new URLSearchParams({ q: term(k.name) });
    const x = rand();
    if (x < 0.25) query.set("district", k.district);
    else if (x < 0.4) query.set("nature", "inclusive_private");
    return query;
  };
  /** The filed number (70 %), one digit off (15 %), or another kindergarten's (15 %); a third with the name. */
  const checkBody = (k: Kindergarten): URLSearchParams => {
    const filed = k.accountNumber!;
    let number = filed;
    const x = rand();
    if (x >= 0.85) number = pick(withAccount).accountNumber!;
    else if (x >= 0.7) {
      const at = Math.floor(rand() * filed.length);
      number = filed.slice(0, at) + String((Number(filed[at]) + 1 + Math.floor(rand() * 9)) % 10) + filed.slice(at + 1);
    }
    const body = new URLSearchParams({ accountNumber: number });
    if (rand() < 1 / 3) body.set("accountName", k.accountName ?? k.name);
    return body;
  };
  const kindergartenPath = (k: Kindergarten) => `/kindergartens/${encodeURIComponent(k.id)}`;
  const limitedOne = pick(withAccount);

  const build: Record<TargetId, () => Target> = {
    a: () => ({
      id: "a",
      title: "bare Remix page, no database (baseline)",
      shape: "GET /about",
      limits: "raised",
      expected: SUCCESS,
      compared: false,
      requests: [get("/about")],
      standIn: null,
      landsWith: null,
    }),
    b: () => {
      const queries = times(searchQuery);
      return {
        id: "b",
        title: "public search",
        shape: "GET /kindergartens?q=…[&district=…|&nature=…]",
        limits: "raised",
        expected: SUCCESS,
        compared: true,
        requests: queries.map((q) => get(`${opts.standIns ? "/login" : "/kindergartens"}?${q}`)),
        standIn: opts.standIns ? "GET /login?q=… (the same queries; the login page ignores them)" : null,
        landsWith: "the public search route (issue 9)",
      };
    },
    c: () => {
      const chosen = times(() => pick(kindergartens));
      return {
        id: "c",
        title: "public kindergarten page",
        shape: "GET /kindergartens/<id>",
        limits: "raised",
        expected: SUCCESS,
        compared: true,
        requests: chosen.map((k) =>
          get(opts.standIns ? `/login?${new URLSearchParams({ redirectTo: kindergartenPath(k) })}` : kindergartenPath(k)),
        ),
        standIn: opts.standIns ? "GET /login?redirectTo=/kindergartens/<id>" : null,
        landsWith: "the public kindergarten page (issue 9)",
      };
    },
    d: () => ({
      id: "d",
      title: "account check, limits raised",
      shape: "POST /kindergartens/<id>/check-account.data",
      limits: "raised",
      expected: SUCCESS,
      compared: true,
      requests: times(() => {
        const k = pick(withAccount);
        return post(`${kindergartenPath(k)}/check-account.data`, checkBody(k));
      }),
      standIn: null,
      landsWith: "the account check (issue 9)",
    }),
    "d'": () => ({
      id: "d'",
      title: "account check, default limits: one client, one kindergarten",
      shape: "POST /kindergartens/<id>/check-account.data",
      limits: "default",
      expected: LIMITED,
      compared: false,
      requests: times(() => post(`${kindergartenPath(limitedOne)}/check-account.data`, checkBody(limitedOne))),
      standIn: null,
      landsWith: "the account check (issue 9)",
    }),
  };
  return ids.map((id) => build[id]());
}
