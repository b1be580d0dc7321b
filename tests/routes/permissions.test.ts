/**
 * Who may open what: every loader and action checks the session and the
 * permission itself, and regional scope is part of the query, so a foreign
 * district's case is "not found" rather than "forbidden".
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ulid } from "ulid";
import { checkEvidence, recordEvidence, storeEvidenceBytes } from "~/domain/evidence/evidence.service.server";
import { getEvidenceStore } from "~/web/evidence.server";
import { shiftMonth } from "~/rules/facts/meal-fund/registry";
import { routeParams } from "../hostile/fixtures";
import { PERMISSION_TABLE, PUBLIC_ROUTES, WHO, type Ids, type Row } from "./permission-table";
import { evaluateFiling } from "~/domain/filings/evaluate.server";
import { termBounds } from "~/domain/filings/filing.schema";
import { upcomingTerms } from "~/domain/flags/filing-correction";
import { setDb } from "~/web/db.server";
import { shanghaiDate } from "~/utils/working-days";
import { actorOf } from "../factories/domain";
import { decidedViolation, REFUND_DECISION } from "../factories/publication";
import { createRulesRuntime } from "~/domain/rules-runtime/rules-runtime.server";
import { loadRuleSet } from "~/rules/load/read-files";
import * as feesIndex from "~/routes/kindergarten+/fees._index";
import * as feesNew from "~/routes/kindergarten+/fees.new";
import * as feeDetail from "~/routes/kindergarten+/fees.$filingId";
import * as caseQueue from "~/routes/officer+/cases._index";
import * as caseDetail from "~/routes/officer+/cases.$caseId";
import * as loginRoute from "~/routes/_public+/login";
import * as logoutRoute from "~/routes/_public+/logout";
import { callRoute, cookieHeaderFrom, sessionCookieFor, snapshotCounts, DEMO_PASSWORD, type RouteOutcome } from "../setup/route-helpers";
import { createDemoDb, type TestDb } from "../setup/test-db";

let t: TestDb;
const cookies: Record<string, string> = {};
let kg006Id: string;
let kg002Id: string;
let kg002FilingId: string;
let kg006FilingId: string;
let haishuCaseId: string;
let allOpenCaseIds: string[];
let caseIdsByRegion: Map<string, string[]>;

async function kindergartenOf(username: string): Promise<string> {
  const row = await t.db.selectFrom("users").select("kindergarten_id").where("username", "=", username).executeTakeFirstOrThrow();
  return row.kindergarten_id!;
}

async function latestFilingOf(kindergartenId: string): Promise<string> {
  const row = await t.db
    .selectFrom("fee_filings")
    .select("id")
    .where("kindergarten_id", "=", kindergartenId)
    .orderBy("version", "desc")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Every case id in an officer's queue, following the keyset pages to the end. */
async function queueIds(cookie: string): Promise<string[]> {
  const ids: string[] = [];
  let path = "/officer/cases";
  for (let page = 0; page < 100; page++) {
    const res = await callRoute(caseQueue.loader, path, { cookie });
    expect(res.status).toBe(200);
    const body = res.body as { rows: Array<{ id: string }>; next: string | null };
    ids.push(...body.rows.map((c) => c.id));
    if (!body.next) return ids;
    path = `/officer/cases?after=${body.next}`;
  }
  throw new Error("queue did not end");
}

function expectLoginRedirect(res: RouteOutcome, path: string, posted = false) {
  expect(res.status).toBe(302);
  // A post's login page says what was sent was not saved.
  expect(res.location).toBe(`/login?redirectTo=${encodeURIComponent(path)}${posted ? "&unsaved=1" : ""}`);
}

function validFilingForm(kindergartenId: string): URLSearchParams {
  const term = upcomingTerms(shanghaiDate())[0];
  return new URLSearchParams({
    term,
    effectiveFrom: termBounds(term).start,
    publishedOn: shanghaiDate(),
    note: "",
    pricingBasis: "按办园成本核算确定",
    kindergartenId,
    submissionKey: ulid(),
    "items[0].code": "CARE_EDU",
    "items[0].amount": "2380",
    "items[0].unit": "month",
    "items[0].ageBand": "all",
    "items[0].description": "",
  });
}

beforeAll(async () => {
  t = await createDemoDb();
  setDb(t.db);
  // Seeded filings are evaluated by the outbox runner in production; here we run the evaluation directly.
  const rules = createRulesRuntime(loadRuleSet());
  const filings = await t.db.selectFrom("fee_filings").select("id").orderBy("id").execute();
  for (const f of filings) await evaluateFiling({ db: t.db, rules }, f.id);

  for (const username of ["kg006", "kg002", "haishu.market", "jiangbei.market", "ningbo.market", "admin"]) {
    cookies[username] = await sessionCookieFor(t.db, username);
  }
  kg006Id = await kindergartenOf("kg006");
  kg002Id = await kindergartenOf("kg002");
  kg006FilingId = await latestFilingOf(kg006Id);
  kg002FilingId = await latestFilingOf(kg002Id);

  const cases = await t.db
    .selectFrom("inspection_cases")
    .select(["id", "region_code"])
    .where("status", "!=", "closed")
    .orderBy("id")
    .execute();
  allOpenCaseIds = cases.map((c) => c.id);
  caseIdsByRegion = new Map();
  for (const c of cases) caseIdsByRegion.set(c.region_code, [...(caseIdsByRegion.get(c.region_code) ?? []), c.id]);
  const haishu = caseIdsByRegion.get("330203") ?? [];
  if (haishu.length === 0) throw new Error("the demo data should open at least one case in 海曙区");
  haishuCaseId = haishu[0];
});

afterAll(async () => {
  await t?.destroy();
});

describe("anonymous visitors are sent to the login page, and back afterwards", () => {
  it("GET /kindergarten/fees", async () => {
    expectLoginRedirect(await callRoute(feesIndex.loader, "/kindergarten/fees"), "/kindergarten/fees");
  });

  it("GET /kindergarten/fees/new", async () => {
    expectLoginRedirect(await callRoute(feesNew.loader, "/kindergarten/fees/new"), "/kindergarten/fees/new");
  });

  it("POST /kindergarten/fees/new stores nothing", async () => {
    const before = await snapshotCounts(t.db);
    const res = await callRoute(feesNew.action, "/kindergarten/fees/new", { form: validFilingForm(kg006Id) });
    expectLoginRedirect(res, "/kindergarten/fees/new", true);
    expect(await snapshotCounts(t.db)).toEqual(before);
  });

  it("GET /kindergarten/fees/:filingId", async () => {
    const path = `/kindergarten/fees/${kg006FilingId}`;
    expectLoginRedirect(await callRoute(feeDetail.loader, path, { params: { filingId: kg006FilingId } }), path);
  });

  it("GET /officer/cases keeps the query string in redirectTo", async () => {
    expectLoginRedirect(await callRoute(caseQueue.loader, "/officer/cases?after=abc"), "/officer/cases?after=abc");
  });

  it("GET /officer/cases/:caseId", async () => {
    const path = `/officer/cases/${haishuCaseId}`;
    expectLoginRedirect(await callRoute(caseDetail.loader, path, { params: { caseId: haishuCaseId } }), path);
  });

  it("a forged (unsigned) session cookie is treated as anonymous", async () => {
    const forged = `__session=${Buffer.from(JSON.stringify("x")).toString("base64")}`;
    expectLoginRedirect(await callRoute(caseQueue.loader, "/officer/cases", { cookie: forged }), "/officer/cases");
  });
});

describe("operators may not read cases", () => {
  it("operator → case queue is 403", async () => {
    const res = await callRoute(caseQueue.loader, "/officer/cases", { cookie: cookies.kg006 });
    expect(res.status).toBe(403);
  });

  it("operator → a case of their own district is 403", async () => {
    const res = await callRoute(caseDetail.loader, `/officer/cases/${haishuCaseId}`, {
      cookie: cookies.kg006,
      params: { caseId: haishuCaseId },
    });
    expect(res.status).toBe(403);
  });
});

describe("officers and admins may not use the operator's fee pages", () => {
  it("officer → fee list is 403", async () => {
    expect((await callRoute(feesIndex.loader, "/kindergarten/fees", { cookie: cookies["haishu.market"] })).status).toBe(403);
  });

  it("officer → new filing form is 403", async () => {
    expect((await callRoute(feesNew.loader, "/kindergarten/fees/new", { cookie: cookies["haishu.market"] })).status).toBe(403);
  });

  it("officer → posting a filing is 403 and stores nothing", async () => {
    const before = await snapshotCounts(t.db);
    const res = await callRoute(feesNew.action, "/kindergarten/fees/new", {
      cookie: cookies["haishu.market"],
      form: validFilingForm(kg006Id),
    });
    expect(res.status).toBe(403);
    expect(await snapshotCounts(t.db)).toEqual(before);
  });

  it("officer → a filing's detail is 403", async () => {
    const res = await callRoute(feeDetail.loader, `/kindergarten/fees/${kg006FilingId}`, {
      cookie: cookies["haishu.market"],
      params: { filingId: kg006FilingId },
    });
    expect(res.status).toBe(403);
  });

  it("admin → posting a filing is 403 and stores nothing", async () => {
    const before = await snapshotCounts(t.db);
    const res = await callRoute(feesNew.action, "/kindergarten/fees/new", { cookie: cookies.admin, form: validFilingForm(kg006Id) });
    expect(res.status).toBe(403);
    expect(await snapshotCounts(t.db)).toEqual(before);
  });
});

describe("officers see their own region only", () => {
  it("the 海曙区 officer sees a 海曙区 case, in the queue and opened", async () => {
    expect(await queueIds(cookies["haishu.market"])).toContain(haishuCaseId);
    const res = await callRoute(caseDetail.loader, `/officer/cases/${haishuCaseId}`, {
      cookie: cookies["haishu.market"],
      params: { caseId: haishuCaseId },
    });
    expect(res.status).toBe(200);
    expect((res.body as { case: { id: string; region_code: string } }).case).toMatchObject({ id: haishuCaseId, region_code: "330203" });
  });

  it("the 海曙区 officer's queue holds exactly the open 海曙区 cases", async () => {
    expect((await queueIds(cookies["haishu.market"])).sort()).toEqual([...(caseIdsByRegion.get("330203") ?? [])].sort());
  });

  it("the 江北区 officer opening a 海曙区 case gets 404", async () => {
    const res = await callRoute(caseDetail.loader, `/officer/cases/${haishuCaseId}`, {
      cookie: cookies["jiangbei.market"],
      params: { caseId: haishuCaseId },
    });
    expect(res.status).toBe(404);
  });

  it("the 江北区 officer's queue does not contain it, nor any case outside 江北区", async () => {
    const ids = await queueIds(cookies["jiangbei.market"]);
    expect(ids).not.toContain(haishuCaseId);
    expect(ids.sort()).toEqual([...(caseIdsByRegion.get("330205") ?? [])].sort());
  });

  it("an unknown case id is 404 too, indistinguishable from a foreign one", async () => {
    const res = await callRoute(caseDetail.loader, "/officer/cases/NOPE", { cookie: cookies["haishu.market"], params: { caseId: "NOPE" } });
    expect(res.status).toBe(404);
  });

  it("the city officer (宁波市) sees the cases of every district of the city", async () => {
    expect(caseIdsByRegion.size).toBeGreaterThan(1);
    expect((await queueIds(cookies["ningbo.market"])).sort()).toEqual([...allOpenCaseIds].sort());
    const res = await callRoute(caseDetail.loader, `/officer/cases/${haishuCaseId}`, {
      cookie: cookies["ningbo.market"],
      params: { caseId: haishuCaseId },
    });
    expect(res.status).toBe(200);
  });

  it("the admin sees every case", async () => {
    expect((await queueIds(cookies.admin)).sort()).toEqual([...allOpenCaseIds].sort());
    const jiangbeiCase = (caseIdsByRegion.get("330205") ?? [haishuCaseId])[0];
    const res = await callRoute(caseDetail.loader, `/officer/cases/${jiangbeiCase}`, {
      cookie: cookies.admin,
      params: { caseId: jiangbeiCase },
    });
    expect(res.status).toBe(200);
  });
});

describe("operators see their own kindergarten only", () => {
  it("kg006 opens its own filing", async () => {
    const res = await callRoute(feeDetail.loader, `/kindergarten/fees/${kg006FilingId}`, {
      cookie: cookies.kg006,
      params: { filingId: kg006FilingId },
    });
    expect(res.status).toBe(200);
    expect((res.body as { filing: { id: string } }).filing.id).toBe(kg006FilingId);
  });

  it("kg006 opening kg002's filing id gets 404", async () => {
    const res = await callRoute(feeDetail.loader, `/kindergarten/fees/${kg002FilingId}`, {
      cookie: cookies.kg006,
      params: { filingId: kg002FilingId },
    });
    expect(res.status).toBe(404);
  });

  it("kg006's filing list holds none of kg002's filings", async () => {
    const res = await callRoute(feesIndex.loader, "/kindergarten/fees", { cookie: cookies.kg006 });
    expect(res.status).toBe(200);
    const ids = (res.body as { filings: Array<{ id: string }> }).filings.map((f) => f.id);
    expect(ids).toContain(kg006FilingId);
    expect(ids).not.toContain(kg002FilingId);
  });

  it("kg006 posting a filing with kg002's kindergartenId (forged hidden field) gets 403 and stores nothing", async () => {
    const before = await snapshotCounts(t.db);
    const res = await callRoute(feesNew.action, "/kindergarten/fees/new", { cookie: cookies.kg006, form: validFilingForm(kg002Id) });
    expect(res.status).toBe(403);
    expect(JSON.stringify(res.body)).toContain("filing.forbidden");
    expect(await snapshotCounts(t.db)).toEqual(before);
    expect(await latestFilingOf(kg002Id)).toBe(kg002FilingId);
  });
});

describe("sessions", () => {
  it("a revoked session (after POST /logout) no longer authenticates", async () => {
    const signIn = await callRoute(loginRoute.action, "/login", {
      form: { username: "haishu.market", password: DEMO_PASSWORD },
      clientIp: "10.9.8.7",
    });
    expect(signIn.status).toBe(302);
    const cookie = cookieHeaderFrom(signIn.headers.get("Set-Cookie"));
    expect((await callRoute(caseQueue.loader, "/officer/cases", { cookie })).status).toBe(200);

    const out = await callRoute(logoutRoute.action, "/logout", { method: "POST", cookie });
    expect(out.status).toBe(302);
    expect(out.location).toBe("/");
    expect(out.headers.get("Set-Cookie")).toMatch(/__session=;|Max-Age=0|Expires=Thu, 01 Jan 1970/);

    // The browser would drop the cookie; a stolen copy must be worthless too.
    expectLoginRedirect(await callRoute(caseQueue.loader, "/officer/cases", { cookie }), "/officer/cases");
    const session = await t.db
      .selectFrom("sessions")
      .select("revoked_at")
      .where("revoked_at", "is not", null)
      .executeTakeFirst();
    expect(session?.revoked_at).toBeTruthy();
  });

  it("logging out does not revoke the user's other sessions", async () => {
    expect((await callRoute(caseQueue.loader, "/officer/cases", { cookie: cookies["haishu.market"] })).status).toBe(200);
  });
});

// ---------------------------------------------------------------------------------------------------------------------
// The permission table (tests/routes/permission-table.ts): every signed-in route, who must be refused it.

const ROUTES_DIR = path.resolve("app/routes");

/** Every route module under app/routes, as "folder+/name" without the extension. */
function routeModules(): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(ROUTES_DIR, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !/\.tsx?$/.test(entry.name)) continue;
    const relative = path.relative(ROUTES_DIR, path.join(entry.parentPath, entry.name));
    found.push(relative.replace(/\.tsx?$/, "").split(path.sep).join("/"));
  }
  return found.sort();
}

type RouteModule = { loader?: (args: unknown) => unknown; action?: (args: unknown) => unknown };
const loadRoute = (id: string): Promise<RouteModule> => import(/* @vite-ignore */ path.join(ROUTES_DIR, fs.existsSync(path.join(ROUTES_DIR, `${id}.tsx`)) ? `${id}.tsx` : `${id}.ts`));

/** Row counts of every table but the sessions (a sign-in may add one) and the statistics (recounted from them). */
async function everyCount(): Promise<Record<string, number>> {
  const tables = (await t.db.introspection.getTables()).map((x) => x.name).filter((n) => !/^(sessions|statistics_|kindergarten_complaint_statistics|kysely_)/.test(n));
  const counts: Record<string, number> = {};
  for (const table of tables.sort()) {
    const row = await t.db
      .selectFrom(table as "users")
      .select((eb) => eb.fn.countAll().as("n"))
      .executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  return counts;
}

describe("the permission table", () => {
  const ids = {} as Ids;
  const tableCookies: Record<string, string> = {};

  beforeAll(async () => {
    const p = await routeParams(t.db);
    const kg006 = await kindergartenOf("kg006");
    const account = await t.db.selectFrom("bank_accounts").select("id").where("kindergarten_id", "=", kg006).where("status", "=", "approved").executeTakeFirstOrThrow();
    const pending = await t.db
      .selectFrom("bank_accounts")
      .select("id")
      .where("kindergarten_id", "=", await kindergartenOf("kg004"))
      .where("status", "=", "pending")
      .executeTakeFirstOrThrow();
    const publication = await t.db.selectFrom("public_cases").select("id").where("region_code", "=", "330203").where("status", "=", "draft").executeTakeFirstOrThrow();
    // One certificate, as kg006's: the case's answer file, the complaint's answer file and the account's certificate.
    const checked = await checkEvidence({ name: "权限表.pdf", bytes: new Uint8Array(Buffer.from("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n", "latin1")) });
    if (!checked.ok) throw new Error(JSON.stringify(checked.error));
    await storeEvidenceBytes(getEvidenceStore(), checked.evidence);
    const now = new Date();
    const evidenceId = await t.db.transaction().execute(async (trx) => {
      const id = await recordEvidence(trx, { ...checked.evidence, byteSize: checked.evidence.bytes.byteLength }, null, now);
      await trx.insertInto("case_files").values({ case_id: p.caseId, evidence_id: id, party: "kindergarten", answer_id: null, event_id: null, created_at: now.toISOString() }).execute();
      await trx.insertInto("complaint_evidence").values({ complaint_id: p.complaintId, evidence_id: id, party: "kindergarten", created_at: now.toISOString() }).execute();
      await trx.updateTable("bank_accounts").set({ evidence_id: id }).where("id", "=", account.id).execute();
      return id;
    });
    Object.assign(ids, {
      kg006,
      kg002: await kindergartenOf("kg002"),
      caseId: p.caseId,
      caseVersion: p.caseVersion,
      // A case of kg006 decided with an order, so that its written notice exists (the table's caseId waits for an answer).
      decidedCaseId: await decidedViolation(t.db, await actorOf(t.db, "haishu.market"), { id: kg006, region_code: "330203" }, now, REFUND_DECISION(shanghaiDate(now))),
      evidenceId,
      complaintId: p.complaintId,
      complaintVersion: p.complaintVersion,
      filingId: await latestFilingOf(kg006),
      accountId: account.id,
      pendingAccountId: pending.id,
      code: p.code,
      batchId: p.batchId,
      setId: p.setId,
      runId: p.runId,
      ruleId: p.ruleId,
      version: p.version,
      drawId: p.drawId,
      publicationId: publication.id,
      mealFundMonth: shiftMonth(shanghaiDate().slice(0, 7), -1),
      jiangbeiMarketUserId: (await t.db.selectFrom("users").select("id").where("username", "=", "jiangbei.market").executeTakeFirstOrThrow()).id,
      kg006UserId: (await t.db.selectFrom("users").select("id").where("username", "=", "kg006").executeTakeFirstOrThrow()).id,
    } satisfies Ids);
    for (const who of WHO) tableCookies[who] = await sessionCookieFor(t.db, who);
  });

  it("lists every route module's loader and action, or says why it is public", async () => {
    const listed = new Set(PERMISSION_TABLE.map((r) => `${r.route} ${r.fn}`));
    const missing: string[] = [];
    const stale = new Set(listed);
    for (const id of routeModules()) {
      const mod = await loadRoute(id);
      for (const fn of ["loader", "action"] as const) {
        if (typeof mod[fn] !== "function") continue;
        stale.delete(`${id} ${fn}`);
        if (!listed.has(`${id} ${fn}`) && !(id in PUBLIC_ROUTES)) missing.push(`${id} ${fn}`);
      }
    }
    expect(missing, "add these to PERMISSION_TABLE (tests/routes/permission-table.ts), or to PUBLIC_ROUTES with the reason").toEqual([]);
    expect([...stale], "rows for a loader or action that is gone").toEqual([]);
  });

  it("holds the team rule: a wrong role for every row, another district for every district's record, another kindergarten for every kindergarten's", () => {
    const lacking: string[] = [];
    for (const row of PERMISSION_TABLE) {
      const kinds = new Set(row.probes.map((p) => p.kind));
      if (!kinds.has("role")) lacking.push(`${row.route} ${row.fn}: no wrong role`);
      if (row.scope === "kindergarten" && !kinds.has("kindergarten")) lacking.push(`${row.route} ${row.fn}: no other kindergarten`);
      // A district's record by id, a list of them, or a post naming a region: another district is refused. The
      // dashboard and its charts hold counts, no ids: tests/routes/case-dashboard.test.ts proves they are the
      // district's own. A form's loader names no record.
      const exempt = ["officer+/dashboard", "officer+/dashboard.charts.$chart"].includes(row.route) || (row.fn === "loader" && row.scope === "own-region-input");
      if ((row.scope === "district" || row.scope === "own-region-input") && !exempt && !kinds.has("district")) lacking.push(`${row.route} ${row.fn}: no other district`);
    }
    expect(lacking).toEqual([]);
  });

  it("is what docs/permissions.md lists", () => {
    const doc = fs.readFileSync(path.resolve("docs/permissions.md"), "utf8");
    const unnamed = [...new Set([...PERMISSION_TABLE.map((r) => r.route), ...Object.keys(PUBLIC_ROUTES)])].filter((route) => !doc.includes(`\`${route}\``));
    expect(unnamed, "docs/permissions.md names every route of the table").toEqual([]);
  });

  const cases = PERMISSION_TABLE.flatMap((row: Row) => row.probes.map((probe) => [`${row.route} ${row.fn} as ${probe.as ?? "nobody"} (${probe.kind})`, row, probe] as const));
  it.each(cases)("%s", async (_name, row, probe) => {
    const mod = await loadRoute(row.route);
    const fn = mod[row.fn]!;
    const before = row.fn === "action" ? await everyCount() : null;
    const res = await callRoute(fn, row.path(ids), {
      cookie: probe.as ? tableCookies[probe.as] : null,
      params: row.params?.(ids),
      form: row.fn === "action" ? ((probe.form ?? row.form)?.(ids) ?? new URLSearchParams()) : undefined,
      method: row.fn === "action" ? "POST" : "GET",
    });
    expect({ status: res.status, body: res.status === probe.status ? null : JSON.stringify(res.body).slice(0, 300) }).toEqual({ status: probe.status, body: null });
    if (probe.lists) {
      const text = JSON.stringify(res.body);
      for (const id of probe.lists(ids)) {
        if (probe.kind === "allowed") expect(text, `${id} in the answer`).toContain(id);
        else expect(text, `${id} in the answer`).not.toContain(id);
      }
    }
    if (probe.says) expect(JSON.stringify(res.body)).toContain(probe.says);
    probe.check?.(res);
    if (before && probe.kind !== "allowed") expect(await everyCount()).toEqual(before);
  });
});
