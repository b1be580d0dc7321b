/**
 * Submitting twice stores once, over HTTP against the real server (compiled,
 * as `npm run serve` runs it, on a fresh SQLite file with demo data, no
 * browser): the fee-schedule form is fetched as a browser would (its hidden
 * one-time key included), then
 *
 * - posted twice at once, as a double click before the page has hydrated
 *   does: both answers redirect to the same filing, and one version, one
 *   outbox row and one audit entry are stored;
 * - posted, its answer thrown away (a lost answer), and posted again: the
 *   same redirect, nothing more stored;
 * - a fresh load of the form carries a new key, so filing again is a new
 *   version.
 *
 * Needs `npm run build` (npm test runs it).
 */
import { nextTermFilingPost } from "../setup/filing-post";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type DB } from "~/db/client";
import { send, type HttpAnswer } from "../hostile/http";
import { DEMO_PASSWORD } from "../setup/route-helpers";
import { startServer, type TestServer } from "../setup/server";

const FORM = "application/x-www-form-urlencoded";

let server: TestServer;
let db: DB;
let cookie: string;
let kindergartenId: string;

async function signIn(username: string): Promise<string> {
  const answer = await send(server.baseUrl, {
    path: "/login",
    headers: { "Content-Type": FORM, Origin: server.baseUrl },
    body: new URLSearchParams({ username, password: DEMO_PASSWORD }).toString(),
  });
  expect(answer.status).toBe(302);
  const setCookie = ([] as string[]).concat(answer.headers["set-cookie"] ?? []);
  const session = setCookie.find((c) => c.startsWith("__session="));
  if (!session) throw new Error(`no session cookie: ${JSON.stringify(answer.headers)}`);
  return session.split(";")[0];
}

/** The filing form's page as the server renders it: its hidden fields (the kindergarten, the one-time key). */
async function openForm(): Promise<{ kindergartenId: string; submissionKey: string }> {
  const page = await send(server.baseUrl, { method: "GET", path: "/kindergarten/fees/new", headers: { Cookie: cookie } });
  expect(page.status).toBe(200);
  const hidden = (name: string) => new RegExp(`<input type="hidden" name="${name}" value="([^"]+)"`).exec(page.body)?.[1];
  const submissionKey = hidden("submissionKey");
  const id = hidden("kindergartenId");
  if (!submissionKey || !id) throw new Error("the form has no hidden kindergartenId or submissionKey");
  return { kindergartenId: id, submissionKey };
}

function filingBody(submissionKey: string, amount: string): string {
  return nextTermFilingPost({ kindergartenId, submissionKey, amount }).toString();
}

function post(body: string): Promise<HttpAnswer> {
  return send(server.baseUrl, { path: "/kindergarten/fees/new", headers: { Cookie: cookie, Origin: server.baseUrl, "Content-Type": FORM }, body });
}

async function stored() {
  const filings = await db.selectFrom("fee_filings").select(["id", "version"]).where("kindergarten_id", "=", kindergartenId).orderBy("version").execute();
  const ids = filings.map((f) => f.id);
  const outbox = ids.length ? await db.selectFrom("outbox").select("payload").where("topic", "=", "filing.submitted").execute() : [];
  const audit = ids.length ? await db.selectFrom("audit_log").select("entity_id").where("action", "=", "filing.submit").where("entity_id", "in", ids).execute() : [];
  return {
    filings,
    outboxFor: (id: string) => outbox.filter((o) => (JSON.parse(o.payload) as { filingId: string }).filingId === id).length,
    auditFor: (id: string) => audit.filter((a) => a.entity_id === id).length,
  };
}

const filingIdOf = (answer: HttpAnswer) => /^\/kindergarten\/fees\/([0-9A-Z]{26})\?saved=1$/.exec(String(answer.headers.location ?? ""))?.[1];

beforeAll(async () => {
  server = await startServer();
  db = createDb(server.databaseUrl);
  cookie = await signIn("kg006");
  kindergartenId = (await openForm()).kindergartenId;
}, 90_000);

afterAll(async () => {
  await db?.destroy();
  await server?.stop();
}, 30_000);

describe("the fee-schedule form posted twice", () => {
  it("at once (a double click): both answers redirect to one new filing, stored once with one outbox row and one audit entry", async () => {
    const before = (await stored()).filings.length;
    const { submissionKey } = await openForm();
    const body = filingBody(submissionKey, "2600");
    const [a, b] = await Promise.all([post(body), post(body)]);
    expect([a.status, b.status]).toEqual([302, 302]);
    expect(b.headers.location).toBe(a.headers.location);
    const filingId = filingIdOf(a)!;
    expect(filingId).toBeDefined();

    const after = await stored();
    expect(after.filings).toHaveLength(before + 1);
    expect(after.filings.at(-1)!.id).toBe(filingId);
    expect(after.outboxFor(filingId)).toBe(1);
    expect(after.auditFor(filingId)).toBe(1);
  });

  it("after a lost answer: the resend gets the same redirect and nothing more is stored", async () => {
    const { submissionKey } = await openForm();
    const body = filingBody(submissionKey, "2650");
    await post(body); // the answer never reaches the user
    const before = await stored();
    const resent = await post(body);
    expect(resent.status).toBe(302);
    const filingId = filingIdOf(resent)!;
    expect(before.filings.at(-1)!.id).toBe(filingId);
    const after = await stored();
    expect(after.filings).toHaveLength(before.filings.length);
    expect(after.outboxFor(filingId)).toBe(1);
    expect(after.auditFor(filingId)).toBe(1);
  });

  it("a fresh load of the form brings a new key: a changed schedule is a new version, the same one again stores nothing", async () => {
    const first = await openForm();
    const second = await openForm();
    const third = await openForm();
    expect(second.submissionKey).not.toBe(first.submissionKey);
    const before = (await stored()).filings.length;
    const a = await post(filingBody(first.submissionKey, "2700"));
    const b = await post(filingBody(second.submissionKey, "2750"));
    expect(filingIdOf(a)).not.toBe(filingIdOf(b));
    expect((await stored()).filings).toHaveLength(before + 2);
    // Back, then 提交备案 on the same schedule: answered with the version that holds it, marked unchanged.
    const c = await post(filingBody(third.submissionKey, "2750"));
    expect(c.headers.location).toBe(`/kindergarten/fees/${filingIdOf(b)}?unchanged=1`);
    expect((await stored()).filings).toHaveLength(before + 2);
  });
});
