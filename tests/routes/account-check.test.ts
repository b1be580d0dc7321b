/**
 * POST /kindergartens/<id>/check-account (and its GET page), called as the
 * server calls them: answers, field messages, 404 for kindergartens the
 * public cannot see, and the two limits from their environment variables,
 * refused with 429 + Retry-After before the body is read or the database
 * touched.
 */
import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DB } from "~/db/client";
import { reloadEnv } from "~/utils/env.server";
import { setDb } from "~/web/db.server";
import * as checkRoute from "~/routes/_public+/kindergartens_.$id_.check-account";
import { notAfterAccountCheck, typedFields } from "~/components/account-check";
import { addBankAccount } from "../factories/bank-accounts";
import { createKindergarten, seedReferenceData } from "../factories/domain";
import { callRoute, type RouteOutcome } from "../setup/route-helpers";
import { createTestDb, type TestDb } from "../setup/test-db";

const CLIENT_POINTS = 4;
const KINDERGARTEN_POINTS = 6;
const FILED = "39012001040012345";

let t: TestDb;

beforeAll(async () => {
  // Read when the route first counts a check: the names the benchmark sets.
  process.env.ACCOUNT_CHECK_CLIENT_POINTS = String(CLIENT_POINTS);
  process.env.ACCOUNT_CHECK_KINDERGARTEN_POINTS = String(KINDERGARTEN_POINTS);
  reloadEnv();
  t = await createTestDb();
  setDb(t.db);
  await seedReferenceData(t.db);
});

afterAll(async () => {
  delete process.env.ACCOUNT_CHECK_CLIENT_POINTS;
  delete process.env.ACCOUNT_CHECK_KINDERGARTEN_POINTS;
  reloadEnv();
  await t?.destroy();
});

/** A fresh client address per use: the limits count per address (and may live in a shared Redis). */
function freshIp(): string {
  const b = crypto.randomBytes(3);
  return `10.${b[0]}.${b[1]}.${b[2]}`;
}

async function kindergarten(status: "active" | "closed" = "active"): Promise<string> {
  const kg = await createKindergarten(t.db, { name: "宁波市海曙区阳光幼儿园", status });
  await addBankAccount(t.db, kg.id, { account_number: FILED, account_name: "宁波市海曙区阳光幼儿园" });
  return kg.id;
}

const path = (id: string) => `/kindergartens/${encodeURIComponent(id)}/check-account`;

function check(id: string, form: Record<string, string>, clientIp = freshIp()): Promise<RouteOutcome> {
  return callRoute(checkRoute.action, path(id), { form, params: { id }, clientIp });
}

const mismatchRows = async (kindergartenId: string) =>
  Number(
    (
      await t.db
        .selectFrom("account_check_mismatches")
        .select((eb) => eb.fn.countAll().as("n"))
        .where("kindergarten_id", "=", kindergartenId)
        .executeTakeFirstOrThrow()
    ).n,
  );

describe("the page (GET)", () => {
  it("renders the form for a public kindergarten", async () => {
    const id = await kindergarten();
    const res = await callRoute(checkRoute.loader, path(id), { params: { id } });
    expect(res).toMatchObject({ status: 200, body: { kindergarten: { id, name: "宁波市海曙区阳光幼儿园" } } });
  });

  it("is 404 for an unknown, malformed or closed kindergarten", async () => {
    for (const id of ["01JUNKNOWN0000000000000000", await kindergarten("closed"), "x".repeat(65), "'; drop table kindergartens; --", "\u0000"]) {
      const res = await callRoute(checkRoute.loader, path(id), { params: { id } });
      expect({ id, status: res.status }).toEqual({ id, status: 404 });
    }
  });
});

describe("a check (POST)", () => {
  it("answers a match, a mismatch (recording it) and a name, all with 200", async () => {
    const id = await kindergarten();
    const match = await check(id, { accountNumber: "3901 2001 0400 12345", accountName: "宁波市海曙区阳光幼儿园" });
    expect(match).toMatchObject({
      status: 200,
      body: { outcome: "answered", answer: { verdict: "match", nameMatches: true, filed: { last4: "2345" } } },
    });
    const mismatch = await check(id, { accountNumber: "62220200000000001111", accountName: "" });
    expect(mismatch).toMatchObject({ status: 200, body: { outcome: "answered", answer: { verdict: "mismatch", nameMatches: null } } });
    expect(await mismatchRows(id)).toBe(1);
  });

  it("sends the fields back as typed, so a page rendered without JavaScript shows them again, and names the number checked", async () => {
    const id = await kindergarten();
    const typed = { accountNumber: "3901 2001 0400 12345", accountName: "宁波市海曙区阳光幼儿园" };
    expect((await check(id, typed)).body).toMatchObject({ outcome: "answered", typed, answer: { verdict: "match", checkedLast4: "2345" } });
    const wrong = { accountNumber: "6222-0200-0000-0000-3455", accountName: "" };
    expect((await check(id, wrong)).body).toMatchObject({ outcome: "answered", typed: wrong, answer: { verdict: "mismatch", checkedLast4: "3455" } });
    const bad = { accountNumber: "abc123", accountName: "张三" };
    expect((await check(id, bad)).body).toMatchObject({ outcome: "invalid", typed: bad, fieldErrors: { accountNumber: [expect.stringContaining("invalid")] } });
    // Only text, and no more than the inputs take: the reply stays small whatever is posted.
    expect(typedFields("1".repeat(4000), "名".repeat(1000))).toEqual({ accountNumber: "1".repeat(60), accountName: "名".repeat(200) });
    expect(typedFields(new File(["x"], "x.txt"), null)).toEqual({ accountNumber: "", accountName: "" });
    expect((await check(id, {})).body).toMatchObject({ outcome: "invalid", typed: { accountNumber: "", accountName: "" } });
  });

  it("answers an approved account that takes effect later as the kindergarten's, not recording it as a mismatch", async () => {
    const id = await kindergarten();
    await t.db.updateTable("bank_accounts").set({ effective_to: "2999-12-30" }).where("kindergarten_id", "=", id).execute();
    await addBankAccount(t.db, id, { account_number: "95588001122334455667", account_name: "宁波市海曙区阳光幼儿园", effective_from: "2999-12-31" });
    const res = await check(id, { accountNumber: "95588001122334455667", accountName: "" });
    expect(res).toMatchObject({
      status: 200,
      body: { outcome: "answered", answer: { verdict: "upcoming", filed: { last4: "2345" }, upcoming: { last4: "5667", effectiveFrom: "2999-12-31" } } },
    });
    expect(await mismatchRows(id)).toBe(0);
  });

  it("answers bad input with 400 and field messages, storing nothing", async () => {
    const id = await kindergarten();
    const res = await check(id, { accountNumber: "abc", accountName: "名".repeat(101) });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      outcome: "invalid",
      fieldErrors: { accountNumber: ['accountCheck.accountNumber.invalid|{"min":8,"max":30}'], accountName: ['accountCheck.accountName.tooLong|{"max":100}'] },
      typed: { accountNumber: "abc", accountName: "名".repeat(101) },
    });
    expect((await check(id, {})).status).toBe(400);
    expect(await mismatchRows(id)).toBe(0);
  });

  it("is 404 for an unknown or closed kindergarten, and for a malformed id without counting it", async () => {
    const ip = freshIp();
    for (const id of ["01JUNKNOWN0000000000000000", await kindergarten("closed")]) {
      const res = await check(id, { accountNumber: FILED }, freshIp());
      expect({ id, status: res.status, thrown: res.thrown }).toEqual({ id, status: 404, thrown: true });
    }
    // More malformed posts than the client's points: none of them is counted.
    for (const id of ["x".repeat(65), "../../etc/passwd", "a b", "", "中文"]) {
      for (let i = 0; i < CLIENT_POINTS; i++) expect((await check(id, { accountNumber: FILED }, ip)).status).toBe(404);
    }
    expect((await check(await kindergarten(), { accountNumber: FILED }, ip)).status).toBe(200);
  });
});

describe("the limits", () => {
  it(`refuses a client's check past ${CLIENT_POINTS} with 429 and Retry-After, matches counted too, before reading the body`, async () => {
    const id = await kindergarten();
    const ip = freshIp();
    for (let i = 0; i < CLIENT_POINTS; i++) {
      const res = await check(id, { accountNumber: i % 2 === 0 ? FILED : "62220200000000001111" }, ip);
      expect(res.status, `check ${i + 1}`).toBe(200);
    }
    const stored = await mismatchRows(id);
    const limited = await check(id, { accountNumber: "62220200000000002222" }, ip);
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get("Retry-After"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(10 * 60);
    expect(limited.body).toEqual({ outcome: "limited", scope: "client", retryAfterSeconds: retryAfter });
    expect(await mismatchRows(id)).toBe(stored);
    // A body the form reader would refuse (415) is not read at all.
    const json = await callRoute(checkRoute.action, path(id), { method: "POST", params: { id }, clientIp: ip, headers: { "Content-Type": "application/json" } });
    expect(json.status).toBe(429);
    // Another client is answered.
    expect((await check(id, { accountNumber: FILED })).status).toBe(200);
  });

  it("refuses a limited check without touching the database", async () => {
    const id = await kindergarten();
    const ip = freshIp();
    for (let i = 0; i < CLIENT_POINTS; i++) expect((await check(id, { accountNumber: FILED }, ip)).status).toBe(200);
    const untouchable = new Proxy({} as DB, {
      get(_target, property) {
        throw new Error(`the database was touched (${String(property)})`);
      },
    });
    setDb(untouchable);
    try {
      expect((await check(id, { accountNumber: "62220200000000001111" }, ip)).status).toBe(429);
    } finally {
      setDb(t.db);
    }
  });

  it(`refuses a kindergarten's check past ${KINDERGARTEN_POINTS} an hour, from any client, and answers for other kindergartens`, async () => {
    const walked = await kindergarten();
    for (let i = 0; i < KINDERGARTEN_POINTS; i++) expect((await check(walked, { accountNumber: `6222020000000000${1000 + i}` })).status).toBe(200);
    const ip = freshIp();
    const limited = await check(walked, { accountNumber: "62220200000000009999" }, ip);
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({ outcome: "limited", scope: "kindergarten" });
    const retryAfter = Number(limited.headers.get("Retry-After"));
    expect(retryAfter).toBeGreaterThan(10 * 60);
    expect(retryAfter).toBeLessThanOrEqual(60 * 60);
    expect(await mismatchRows(walked)).toBe(KINDERGARTEN_POINTS);
    expect((await check(await kindergarten(), { accountNumber: FILED }, ip)).status).toBe(200);
  });

  it("passes Retry-After on to the HTTP answer of a document or .data post", () => {
    const headers = checkRoute.headers as (args: { actionHeaders: Headers }) => HeadersInit;
    expect(new Headers(headers({ actionHeaders: new Headers({ "Retry-After": "42" }) })).get("Retry-After")).toBe("42");
    expect(new Headers(headers({ actionHeaders: new Headers() })).get("Retry-After")).toBeNull();
  });
});

it("a page showing the form does not reload its data after a check, and does after anything else", () => {
  const after = (formAction: string | undefined) =>
    notAfterAccountCheck({ formAction, defaultShouldRevalidate: true } as Parameters<typeof notAfterAccountCheck>[0]);
  expect(after("/kindergartens/01JTHHPNM04RWCT0YASMBJREVW/check-account")).toBe(false);
  expect(after("/lang")).toBe(true);
  expect(after(undefined)).toBe(true);
});
