/**
 * The rules pages over HTTP-shaped calls (loader/action with a real session
 * cookie) on the demo data: who may open and change what (anonymous → login,
 * operator 403, market supervision reads but cannot draft, a district officer
 * cannot draft for another district or the city, only an admin activates a
 * rule version), the catalogue and a rule as an officer reads them, a
 * kindergarten's effective parameters, and the journeys draft → preview →
 * activate → run for a city parameter set and for a second version of R06
 * (a fixture file in a temp dir, dated from today's date), and a correction
 * from a past date (a third fixture version, with a reason).
 */
import { newId } from "~/utils/ids";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ulid } from "ulid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evaluateFiling } from "~/domain/filings/evaluate.server";
import { activateNewRules, createRulesRuntime, type RulesRuntime } from "~/domain/rules-runtime/rules-runtime.server";
import { hashPassword } from "~/domain/users/password.server";
import { addDays } from "~/utils/civil-date";
import { setDb } from "~/web/db.server";
import { shanghaiDate } from "~/utils/working-days";
import type { DB } from "~/db/client";
import { silentLogger } from "../../jobs/logger";
import { processors } from "../../jobs/processors/index";
import { createInProcessRunner } from "../../jobs/runner";
import { loadRuleSet } from "~/rules/load/read-files";
import { checkRuleSet, fileChronology } from "~/rules/load/rule-set";
import * as adminRules from "~/routes/admin+/rules._index";
import * as paramSet from "~/routes/officer+/changes.parameters.$setId";
import * as paramList from "~/routes/officer+/changes.parameters._index";
import * as versionPreview from "~/routes/officer+/changes.rule-versions.$ruleId.$version";
import * as kgPage from "~/routes/officer+/kindergartens.$id";
import * as kgList from "~/routes/officer+/kindergartens._index";
import * as ruleDetail from "~/routes/officer+/rules.$ruleId";
import * as rulesIndex from "~/routes/officer+/rules._index";
import { renderStatic, textOf } from "../setup/render-static";
import { callRoute, DEMO_PASSWORD, sessionCookieFor, type RouteOutcome } from "../setup/route-helpers";
import { createDemoDb, type TestDb } from "../setup/test-db";

const holder = globalThis as unknown as { __portalRules?: RulesRuntime };
let previousRuntime: RulesRuntime | undefined;
let dir: string;
let t: TestDb;
let db: DB;
let rules: RulesRuntime;
const cookies: Record<string, string> = {};
let haishuKg: string;
let jiangbeiKg: string;
/** A date after today that the next version of R06 (the fixture) may be activated from. */
const V2_FROM = addDays(shanghaiDate(), 40);
/** The released R06 versions as the files place them in time (what a fresh installation activates), and the one in force today. */
const releasedR06 = fileChronology(loadRuleSet()).filter((d) => d.id === "R06");
const R06_NOW = releasedR06.find((d) => d.effectiveFrom <= shanghaiDate() && (d.effectiveTo === null || shanghaiDate() <= d.effectiveTo))!;
/** The fixture's version: after every released file of R06. */
const R06_FILES = loadRuleSet().filter((d) => d.id === "R06").map((d) => d.version);
const NEXT = Math.max(...R06_FILES) + 1;
/** A second fixture: a correction of the version in force today, from that version's own first day. */
const CORRECTION = NEXT + 1;
/** A version's standing before the fixture is activated: placed by the files and ended or in force; superseded on its first day by a later file; or the fixture, not activated. */
const statusBefore = (version: number) => {
  const placed = releasedR06.find((d) => d.version === version);
  if (version === NEXT || version === CORRECTION) return "not_activated";
  return !placed ? "superseded" : placed === R06_NOW ? "in_force" : "ended";
};
/** The released R06 activations once the fixture is activated from V2_FROM: the version in force ends the day before. */
const activationsWithNext = () => [
  ...releasedR06.map((d) => ({ ruleId: "R06", version: d.version, activeFrom: d.effectiveFrom, activeTo: d === R06_NOW ? addDays(V2_FROM, -1) : d.effectiveTo })),
  { ruleId: "R06", version: NEXT, activeFrom: V2_FROM, activeTo: null },
];
/** Seeded parameter sets (the demo's Ningbo set for R07). */
let seededSets = 0;

async function kgOf(username: string): Promise<string> {
  const row = await db.selectFrom("users").select("kindergarten_id").where("username", "=", username).executeTakeFirstOrThrow();
  return row.kindergarten_id!;
}

async function setCount(): Promise<number> {
  const row = await db.selectFrom("rule_parameter_sets").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow();
  return Number(row.n);
}

function expectLogin(res: RouteOutcome, p: string, posted = false) {
  expect(res.status).toBe(302);
  // A post's login page says what was sent was not saved.
  expect(res.location).toBe(`/login?redirectTo=${encodeURIComponent(p)}${posted ? "&unsaved=1" : ""}`);
}

const draftForm = (regionCode: string, params: Record<string, string>, ruleId = "R06", note = "宁波市：收费标准执行前 75 天公示（试行）") => {
  const form: Record<string, string> = { regionCode, ruleId, note, submissionKey: ulid() };
  for (const [k, v] of Object.entries(params)) form[`params.${k}`] = v;
  return form;
};

const postDraft = (cookie: string | undefined, form: Record<string, string>) =>
  callRoute(paramList.action, "/officer/changes/parameters", { cookie, form });

beforeAll(async () => {
  // The next R06 version: the rule in force today with a 90-day lead time, usable from V2_FROM. Not in rules/: a fixture.
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "rules-fixture-"));
  const now = JSON.parse(fs.readFileSync(path.join(process.cwd(), `rules/filing/R06.v${R06_NOW.version}.json`), "utf8"));
  const next = {
    ...now,
    version: NEXT,
    effectiveFrom: V2_FROM,
    effectiveTo: null,
    params: { ...now.params, minLeadDays: { ...now.params.minLeadDays, default: 90 } },
    rule: { ...now.rule, name: `R06@${NEXT}` },
  };
  fs.mkdirSync(path.join(dir, "filing"));
  fs.writeFileSync(path.join(dir, `filing/R06.v${NEXT}.json`), JSON.stringify(next, null, 2));
  const correction = { ...now, version: CORRECTION, rule: { ...now.rule, name: `R06@${CORRECTION}` } };
  fs.writeFileSync(path.join(dir, `filing/R06.v${CORRECTION}.json`), JSON.stringify(correction, null, 2));
  const released = loadRuleSet();
  rules = createRulesRuntime(checkRuleSet([...released, ...loadRuleSet(dir)], { allowOverlappingPeriods: true }));
  previousRuntime = holder.__portalRules;
  holder.__portalRules = rules;

  t = await createDemoDb();
  db = t.db;
  setDb(db);
  seededSets = await setCount();
  // The installation ran with the released files; the next R06 version arrives later and waits for an admin.
  await activateNewRules(db, released);
  for (const f of await db.selectFrom("fee_filings").select("id").orderBy("id").execute()) await evaluateFiling({ db, rules }, f.id);
  await db.updateTable("outbox").set({ processed_at: new Date().toISOString() }).execute();

  // The demo has no city-level development-reform officer: add one.
  await db
    .insertInto("users")
    .values({
      id: ulid(),
      username: "ningbo.ndrc",
      display_name: "宁波市发展和改革委员会",
      password_hash: await hashPassword(DEMO_PASSWORD),
      role: "officer",
      agency: "development_reform",
      region_code: "330200",
      kindergarten_id: null,
      active: 1,
      created_at: new Date().toISOString(),
    })
    .execute();
  for (const username of ["kg006", "haishu.market", "haishu.ndrc", "haishu.edu", "jiangbei.ndrc", "ningbo.market", "ningbo.ndrc", "admin"]) {
    cookies[username] = await sessionCookieFor(db, username);
  }
  haishuKg = await kgOf("kg006");
  const jb = await db.selectFrom("kindergartens").select("id").where("region_code", "=", "330205").orderBy("id").executeTakeFirstOrThrow();
  jiangbeiKg = jb.id;
});

afterAll(async () => {
  holder.__portalRules = previousRuntime;
  await t?.destroy();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe("refusals", () => {
  it("anonymous visitors are sent to the login page, for pages and posts", async () => {
    expectLogin(await callRoute(rulesIndex.loader, "/officer/rules"), "/officer/rules");
    expectLogin(await callRoute(ruleDetail.loader, "/officer/rules/R06", { params: { ruleId: "R06" } }), "/officer/rules/R06");
    expectLogin(await callRoute(kgList.loader, "/officer/kindergartens"), "/officer/kindergartens");
    expectLogin(await callRoute(kgPage.loader, `/officer/kindergartens/${haishuKg}`, { params: { id: haishuKg } }), `/officer/kindergartens/${haishuKg}`);
    expectLogin(await callRoute(paramList.loader, "/officer/changes/parameters"), "/officer/changes/parameters");
    expectLogin(await postDraft(undefined, draftForm("330203", { minLeadDays: "90" })), "/officer/changes/parameters", true);
    expectLogin(await callRoute(adminRules.loader, "/admin/rules"), "/admin/rules");
    const p = `/officer/changes/rule-versions/R06/${NEXT}?from=${V2_FROM}`;
    expectLogin(await callRoute(versionPreview.loader, p, { params: { ruleId: "R06", version: String(NEXT) } }), p);
    expect(await setCount()).toBe(seededSets);
  });

  it("an operator gets 403 everywhere", async () => {
    const cookie = cookies.kg006;
    expect((await callRoute(rulesIndex.loader, "/officer/rules", { cookie })).status).toBe(403);
    expect((await callRoute(ruleDetail.loader, "/officer/rules/R06", { cookie, params: { ruleId: "R06" } })).status).toBe(403);
    expect((await callRoute(kgPage.loader, `/officer/kindergartens/${haishuKg}`, { cookie, params: { id: haishuKg } })).status).toBe(403);
    expect((await callRoute(paramList.loader, "/officer/changes/parameters", { cookie })).status).toBe(403);
    expect((await postDraft(cookie, draftForm("330203", { minLeadDays: "90" }))).status).toBe(403);
    expect((await callRoute(adminRules.loader, "/admin/rules", { cookie })).status).toBe(403);
    const activate = await callRoute(versionPreview.action, `/officer/changes/rule-versions/R06/${NEXT}`, {
      cookie,
      params: { ruleId: "R06", version: String(NEXT) },
      form: { intent: "activate", submissionKey: newId(), from: V2_FROM },
    });
    expect(activate.status).toBe(403);
    expect(await setCount()).toBe(seededSets);
  });

  it("a market-supervision officer reads the rules but cannot draft parameters (403)", async () => {
    const cookie = cookies["haishu.market"];
    expect((await callRoute(rulesIndex.loader, "/officer/rules", { cookie })).status).toBe(200);
    expect((await callRoute(paramList.loader, "/officer/changes/parameters", { cookie })).status).toBe(403);
    expect((await postDraft(cookie, draftForm("330203", { minLeadDays: "90" }))).status).toBe(403);
    expect(await setCount()).toBe(seededSets);
  });

  it("a district officer cannot draft for another district or for the city (403), nor see another district's set (404)", async () => {
    const cookie = cookies["haishu.ndrc"];
    const other = await postDraft(cookie, draftForm("330205", { minLeadDays: "90" }));
    expect(other.status).toBe(403);
    expect(other.body).toMatchObject({ formErrors: [{ key: "rulesConfig.params.error.regionOutOfScope" }] });
    expect((await postDraft(cookie, draftForm("330200", { minLeadDays: "90" }))).status).toBe(403);
    expect(await setCount()).toBe(seededSets);

    const created = await postDraft(cookies["jiangbei.ndrc"], draftForm("330205", { minLeadDays: "45" }, "R06", "江北区征求意见稿"));
    expect(created.status).toBe(302);
    const setId = /^\/officer\/changes\/parameters\/([0-9A-Z]{26})\?created=1$/.exec(created.location ?? "")?.[1];
    expect(setId).toBeDefined();
    expect((await callRoute(paramSet.loader, `/officer/changes/parameters/${setId}`, { cookie, params: { setId: setId! } })).status).toBe(404);
    const activate = await callRoute(paramSet.action, `/officer/changes/parameters/${setId}`, { cookie, params: { setId: setId! }, form: { intent: "activate", submissionKey: newId() } });
    expect(activate.status).toBe(404);
    const list = await callRoute(paramList.loader, "/officer/changes/parameters", { cookie });
    expect((list.body as { sets: unknown[] }).sets).toEqual([]);
    // The author discards it: POST only, audited.
    const discard = await callRoute(paramSet.action, `/officer/changes/parameters/${setId}`, {
      cookie: cookies["jiangbei.ndrc"],
      params: { setId: setId! },
      form: { intent: "discard" },
    });
    expect(discard.status).toBe(302);
    expect((await db.selectFrom("rule_parameter_sets").select("status").where("id", "=", setId!).executeTakeFirstOrThrow()).status).toBe("discarded");
  });

  it("a bad value comes back as a field error naming the param (400), and nothing is stored", async () => {
    const before = await setCount();
    const res = await postDraft(cookies["ningbo.ndrc"], draftForm("330200", { minLeadDays: "六个月" }));
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      fieldErrors: { "params.minLeadDays": [{ key: "rulesConfig.param.error.integer", vars: { param: "minLeadDays" } }] },
      values: { regionCode: "330200", ruleId: "R06", params: { minLeadDays: "六个月" } },
    });
    expect(await setCount()).toBe(before);
  });

  it("only an admin may activate a rule version (403) or open the admin page", async () => {
    for (const username of ["haishu.ndrc", "ningbo.market"]) {
      const res = await callRoute(versionPreview.action, `/officer/changes/rule-versions/R06/${NEXT}`, {
        cookie: cookies[username],
        params: { ruleId: "R06", version: String(NEXT) },
        form: { intent: "activate", submissionKey: newId(), from: V2_FROM },
      });
      expect(res.status).toBe(403);
      expect((await callRoute(adminRules.loader, "/admin/rules", { cookie: cookies[username] })).status).toBe(403);
    }
    const rows = await db.selectFrom("rule_activations").select("id").where("rule_id", "=", "R06").execute();
    expect(rows.map((r) => r.id)).toEqual(releasedR06.map((d) => `R06@${d.version}`));
  });
});

describe("reading the rules", () => {
  it("lists every rule in force today with its version and period, and the versions only in the files", async () => {
    const res = await callRoute(rulesIndex.loader, "/officer/rules", { cookie: cookies["haishu.market"] });
    const body = res.body as {
      rules: Array<{ ruleId: string; current: { version: number; title: { zh: string }; legalBasis: unknown[]; inForce: { from: string; to: string | null } } | null }>;
      pending: Array<{ ruleId: string; version: number; status: string; file: string }>;
      canManageParams: boolean;
      problem: string | null;
    };
    expect(body.problem).toBeNull();
    const complaintRules = ["C01", "C02", "C03", "C04", "C05", "C06", "R18", "R19"];
    expect(body.rules.map((r) => r.ruleId)).toEqual(["A01", "A02", "A03", ...complaintRules.slice(0, 6), "R01", "R02", "R03", "R04", "R05", "R06", "R07", "R08", "R09", "R10", "R11", "R12", "R13", "R14", "R15", "R16", "R18", "R19"]);
    // Each rule's version in force today, over the period the files give it.
    const today = shanghaiDate();
    for (const r of body.rules) {
      const def = fileChronology(loadRuleSet()).find((d) => d.id === r.ruleId && d.effectiveFrom <= today && (d.effectiveTo === null || today <= d.effectiveTo))!;
      expect(r.current).toMatchObject({ version: def.version, inForce: { from: def.effectiveFrom, to: def.effectiveTo } });
    }
    expect(body.rules.find((r) => r.ruleId === "R06")?.current?.title.zh).toBe("收费标准公示提前期不足");
    // Pending: only the fixtures. Released files that later files supersede on their first day are not waiting for anyone.
    expect(body.pending).toEqual([
      expect.objectContaining({ ruleId: "R06", version: NEXT, status: "not_activated", file: path.join(dir, `filing/R06.v${NEXT}.json`) }),
      expect.objectContaining({ ruleId: "R06", version: CORRECTION, status: "not_activated" }),
    ]);
    expect(body.canManageParams).toBe(false);
  });

  it("shows a rule as an officer reads it, with the effective values for the officer's region", async () => {
    const res = await callRoute(ruleDetail.loader, "/officer/rules/R06", { cookie: cookies["haishu.market"], params: { ruleId: "R06" } });
    expect(res.status).toBe(200);
    const body = res.body as any;
    expect(body.shown).toMatchObject({ version: R06_NOW.version, file: `rules/filing/R06.v${R06_NOW.version}.json`, status: "in_force", severity: "amber" });
    expect(body.shown.description.zh).toContain("成都为提前 6 个月");
    expect(body.shown.legalBasis.map((b: { document: string }) => b.document)).toContain("《中华人民共和国学前教育法》");
    expect(body.shown.params[0]).toMatchObject({ name: "minLeadDays", type: "integer", defaultValue: 60, min: 0 });
    expect(body.effective).toMatchObject({
      regionCode: "330203",
      regionName: "海曙区",
      rule: { params: [{ name: "minLeadDays", value: 60, source: "default" }, { name: "minLeadMonths", value: 0, source: "default" }] },
    });
    // The law sets no lead time: both params are marked as policy, with their source.
    expect(body.shown.params.map((p: { name: string; policySource: { zh: string } | null }) => [p.name, p.policySource?.zh.slice(0, 7)])).toEqual([
      ["minLeadDays", "法律只要求公示"],
      ["minLeadMonths", "地方规定：潍坊"],
    ]);
    expect(body.versions.map((v: { version: number; status: string }) => [v.version, v.status])).toEqual(
      [...R06_FILES, NEXT, CORRECTION].map((v) => [v, statusBefore(v)]),
    );
    const v2 = await callRoute(ruleDetail.loader, `/officer/rules/R06?version=${NEXT}`, { cookie: cookies["haishu.market"], params: { ruleId: "R06" } });
    expect((v2.body as any).shown).toMatchObject({ version: NEXT, status: "not_activated", fileFrom: V2_FROM });
    expect((await callRoute(ruleDetail.loader, "/officer/rules/R99", { cookie: cookies["haishu.market"], params: { ruleId: "R99" } })).status).toBe(404);
  });

  it("the admin's version table says the day each activated version was activated from, as recorded (the demo's too)", async () => {
    const page = await callRoute(adminRules.loader, "/admin/rules", { cookie: cookies.admin });
    const html = await renderStatic(adminRules.default, { url: "/admin/rules", loaderData: page.body });
    const recorded = await db.selectFrom("rule_activations").select(["rule_id", "version", "active_from"]).execute();
    expect(recorded.length).toBeGreaterThan(20);
    const cells = new Map(
      [...html.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].flatMap((row) => {
        const version = row[1].match(/<code>[^<]*\/([A-Z]\d{2})\.v(\d+)\.json<\/code>/);
        const from = row[1].match(/<td data-col="from"[^>]*>([\s\S]*?)<\/td>/);
        return version && from ? [[`${version[1]}@${version[2]}`, from[1]] as const] : [];
      }),
    );
    // Every activation the demo (and the start-up) recorded is shown by its first day, not "—".
    for (const a of recorded) expect(cells.get(`${a.rule_id}@${a.version}`), `${a.rule_id}@${a.version}`).toContain(`<time dateTime="${a.active_from}" class="nowrap">${a.active_from}</time>`);
    // A version waiting for an admin is the form that chooses its day.
    expect(cells.get(`R06@${NEXT}`)).toContain('type="date"');
  });

  it("a kindergarten's page: officers of its region only (404 otherwise)", async () => {
    const mine = await callRoute(kgPage.loader, `/officer/kindergartens/${haishuKg}`, { cookie: cookies["haishu.market"], params: { id: haishuKg } });
    expect(mine.status).toBe(200);
    const body = mine.body as any;
    expect(body.kindergarten).toMatchObject({ id: haishuKg, region_code: "330203" });
    expect(body.regions.map((r: { name: string }) => r.name)).toEqual(["浙江省", "宁波市", "海曙区"]);
    // The filing rules in force today (R01–R14 and R16).
    expect(body.rules).toHaveLength(15);
    expect(body.rules.find((r: { ruleId: string }) => r.ruleId === "R04").params.map((p: any) => [p.name, p.value, p.defaultValue, p.source])).toEqual([
      ["amberBp", 1000, 1000, "default"],
      ["redBp", 2000, 2000, "default"],
    ]);
    expect((await callRoute(kgPage.loader, `/officer/kindergartens/${jiangbeiKg}`, { cookie: cookies["haishu.market"], params: { id: jiangbeiKg } })).status).toBe(404);
    expect((await callRoute(kgPage.loader, `/officer/kindergartens/${jiangbeiKg}`, { cookie: cookies["ningbo.market"], params: { id: jiangbeiKg } })).status).toBe(200);
    expect((await callRoute(kgPage.loader, "/officer/kindergartens/nope", { cookie: cookies.admin, params: { id: "nope" } })).status).toBe(404);
    const list = await callRoute(kgList.loader, "/officer/kindergartens", { cookie: cookies["haishu.market"] });
    const rows = (list.body as { kindergartens: Array<{ region_code: string }> }).kindergartens;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.region_code === "330203")).toBe(true);
  });
});

describe("a city parameter set: draft → preview → activate → run", () => {
  let setId: string;
  let predicted: { newlyFlagged: number; cleared: number };

  it("a city officer drafts for the city; the preview shows who would be flagged", async () => {
    const form = await callRoute(paramList.loader, "/officer/changes/parameters?region=330200&rule=R06", { cookie: cookies["ningbo.ndrc"] });
    expect(form.status).toBe(200);
    expect((form.body as any).form.fields).toEqual([
      expect.objectContaining({ name: "minLeadDays", type: "integer", startText: "", inheritedText: "60", inheritedSource: "default" }),
      expect.objectContaining({ name: "minLeadMonths", type: "integer", startText: "", inheritedText: "0", inheritedSource: "default" }),
    ]);
    expect((form.body as any).form.regions.map((r: { code: string }) => r.code)).toContain("330203");

    const draft = draftForm("330200", { minLeadDays: "75" });
    const res = await postDraft(cookies["ningbo.ndrc"], draft);
    expect(res.status).toBe(302);
    setId = /^\/officer\/changes\/parameters\/([0-9A-Z]{26})\?created=1$/.exec(res.location ?? "")![1];
    // The same submission again (a double click, a resend after a lost answer): the same draft, nothing more stored.
    const sets = await setCount();
    expect(await postDraft(cookies["ningbo.ndrc"], draft)).toMatchObject({ status: 302, location: res.location });
    expect(await setCount()).toBe(sets);

    const page = await callRoute(paramSet.loader, `/officer/changes/parameters/${setId}`, { cookie: cookies["ningbo.ndrc"], params: { setId } });
    expect(page.status).toBe(200);
    const body = page.body as any;
    expect(body.set).toMatchObject({ status: "draft", region_code: "330200", region_name: "宁波市", rule_id: "R06" });
    expect(body.comparison).toEqual([
      expect.objectContaining({ name: "minLeadDays", defaultText: "60", proposedText: "75", current: { text: "60", source: "default", regionName: null }, after: { text: "75", source: "city", regionName: "宁波市" } }),
      expect.objectContaining({ name: "minLeadMonths", defaultText: "0", proposedText: null, current: { text: "0", source: "default", regionName: null }, after: { text: "0", source: "default", regionName: null } }),
    ]);
    // The comparison names each param in words, then by its identifier, as the draft's form and the list of sets do.
    const html = textOf(await renderStatic(paramSet.default, { url: `/officer/changes/parameters/${setId}`, loaderData: body }));
    expect(html).toContain("至少提前公示天数 minLeadDays");
    expect(html).toContain("至少提前公示自然月数 minLeadMonths");
    // The demo's notices run 62–80 days: 75 flags some of them.
    expect(body.preview.total).toBeGreaterThan(0);
    expect(body.preview.cleared.count).toBe(0);
    expect(body.preview.newlyFlagged.count + body.preview.changed.count).toBeGreaterThan(0);
    for (const row of [...body.preview.newlyFlagged.rows, ...body.preview.changed.rows]) {
      expect(row.after.map((f: { ruleId: string }) => f.ruleId)).toContain("R06");
    }
    predicted = { newlyFlagged: body.preview.newlyFlagged.count, cleared: body.preview.cleared.count };
    // A district officer may not open the city's set: it is above their region.
    expect((await callRoute(paramSet.loader, `/officer/changes/parameters/${setId}`, { cookie: cookies["haishu.ndrc"], params: { setId } })).status).toBe(404);
  });

  it("activating redirects to the run; the run finds what the preview predicted; the kindergarten shows the city's value", async () => {
    const res = await callRoute(paramSet.action, `/officer/changes/parameters/${setId}`, { cookie: cookies["ningbo.ndrc"], params: { setId }, form: { intent: "activate", submissionKey: newId() } });
    expect(res.status).toBe(302);
    const runId = /^\/officer\/changes\/runs\/([0-9A-Z]{26})$/.exec(res.location ?? "")?.[1];
    expect(runId).toBeDefined();
    const runner = createInProcessRunner({ db, ctx: { db, rules, logger: silentLogger }, processors });
    await runner.drainOnce();
    const run = await db.selectFrom("reevaluation_runs").selectAll().where("id", "=", runId!).executeTakeFirstOrThrow();
    expect(run).toMatchObject({ status: "done", reason: "rule_parameters", subject_id: setId, newly_flagged: predicted.newlyFlagged, cleared: predicted.cleared });

    const page = await callRoute(kgPage.loader, `/officer/kindergartens/${haishuKg}`, { cookie: cookies["haishu.edu"], params: { id: haishuKg } });
    const r06 = (page.body as any).rules.find((r: { ruleId: string }) => r.ruleId === "R06");
    expect(r06.params[0]).toMatchObject({ name: "minLeadDays", value: 75, defaultValue: 60, source: "city", sourceRegionCode: "330200", sourceRegionName: "宁波市" });
    const again = await callRoute(paramSet.action, `/officer/changes/parameters/${setId}`, { cookie: cookies["ningbo.ndrc"], params: { setId }, form: { intent: "activate", submissionKey: newId() } });
    expect(again.status).toBe(409);
    const wrongIntent = await callRoute(paramSet.action, `/officer/changes/parameters/${setId}`, { cookie: cookies["ningbo.ndrc"], params: { setId }, form: { intent: "delete" } });
    expect(wrongIntent.status).toBe(400);
  });
});

describe("a second version of R06: preview → activate (admin)", () => {
  const p = `/officer/changes/rule-versions/R06/${NEXT}?from=${V2_FROM}`;
  const params = { ruleId: "R06", version: String(NEXT) };

  it("any officer may preview; only the admin gets the button", async () => {
    const officer = await callRoute(versionPreview.loader, p, { cookie: cookies["haishu.market"], params });
    expect(officer.status).toBe(200);
    expect(officer.body).toMatchObject({ canActivate: false, listsNarrowed: true, check: { ok: true } });
    const admin = await callRoute(versionPreview.loader, p, { cookie: cookies.admin, params });
    expect(admin.body).toMatchObject({
      canActivate: true,
      from: V2_FROM,
      end: addDays(V2_FROM, -1),
      check: {
        ok: true,
        after: activationsWithNext(),
      },
    });
    expect((admin.body as any).preview.total).toBeGreaterThan(0);
    const early = await callRoute(versionPreview.loader, `/officer/changes/rule-versions/R06/${NEXT}?from=${addDays(V2_FROM, -1)}`, { cookie: cookies.admin, params });
    expect(early.body).toMatchObject({ check: { ok: false, error: { key: "rulesConfig.version.error.beforeFile" } }, preview: null, canActivate: false });
    expect((await callRoute(versionPreview.loader, p, { cookie: cookies.admin, params: { ruleId: "R06", version: "7" } })).status).toBe(404);
    const adminPage = await callRoute(adminRules.loader, "/admin/rules", { cookie: cookies.admin });
    const r06 = (adminPage.body as any).rules.find((r: { ruleId: string }) => r.ruleId === "R06");
    expect(r06.versions.map((v: any) => [v.version, v.status, v.earliest])).toEqual(
      [...R06_FILES, NEXT, CORRECTION].map((v) => [v, statusBefore(v), v === NEXT ? V2_FROM : shanghaiDate()]),
    );
  });

  it("the admin activates it: the version in force ends the day before, the run starts; a second activation is refused", async () => {
    const res = await callRoute(versionPreview.action, `/officer/changes/rule-versions/R06/${NEXT}`, { cookie: cookies.admin, params, form: { intent: "activate", submissionKey: newId(), from: V2_FROM } });
    expect(res.status).toBe(302);
    expect(res.location).toMatch(/^\/officer\/changes\/runs\/[0-9A-Z]{26}$/);
    const rows = await db.selectFrom("rule_activations").select(["id", "active_from", "active_to"]).where("rule_id", "=", "R06").orderBy("version").execute();
    expect(rows).toEqual(activationsWithNext().map((a) => ({ id: `R06@${a.version}`, active_from: a.activeFrom, active_to: a.activeTo })));
    const again = await callRoute(versionPreview.action, `/officer/changes/rule-versions/R06/${NEXT}`, { cookie: cookies.admin, params, form: { intent: "activate", submissionKey: newId(), from: V2_FROM } });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ error: { key: "rulesConfig.version.error.alreadyActivated" } });

    const list = await callRoute(rulesIndex.loader, "/officer/rules", { cookie: cookies["haishu.market"] });
    expect((list.body as any).pending).toEqual([
      expect.objectContaining({ ruleId: "R06", version: NEXT, status: "scheduled" }),
      expect.objectContaining({ ruleId: "R06", version: CORRECTION, status: "not_activated" }),
    ]);
  });

  it("a correction from a past date: the page asks for a reason, the action refuses without one, then replaces the version in force", async () => {
    const from = R06_NOW.effectiveFrom;
    const corr = { ruleId: "R06", version: String(CORRECTION) };
    const page = await callRoute(versionPreview.loader, `/officer/changes/rule-versions/R06/${CORRECTION}?from=${from}`, { cookie: cookies.admin, params: corr });
    expect(page.body).toMatchObject({ canActivate: true, check: { ok: true, correction: true } });
    const after = (page.body as any).check.after as Array<{ version: number; activeFrom: string; activeTo: string | null }>;
    expect(after.find((a) => a.version === R06_NOW.version)).toEqual({ ruleId: "R06", version: R06_NOW.version, activeFrom: from, activeTo: addDays(from, -1) });
    expect(after.find((a) => a.version === CORRECTION)).toEqual({ ruleId: "R06", version: CORRECTION, activeFrom: from, activeTo: addDays(V2_FROM, -1) });
    expect(after.find((a) => a.version === NEXT)).toEqual({ ruleId: "R06", version: NEXT, activeFrom: V2_FROM, activeTo: null });
    const post = (form: Record<string, string>) =>
      callRoute(versionPreview.action, `/officer/changes/rule-versions/R06/${CORRECTION}`, { cookie: cookies.admin, params: corr, form: { intent: "activate", submissionKey: newId(), from, ...form } });
    const refused = await post({ reason: " " });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ error: { key: "rulesConfig.version.error.reason" } });
    const done = await post({ reason: "该版本引用的条款有误，按更正版本重新评估" });
    expect(done.status).toBe(302);
    const adminPage = await callRoute(adminRules.loader, "/admin/rules", { cookie: cookies.admin });
    const r06 = (adminPage.body as any).rules.find((r: { ruleId: string }) => r.ruleId === "R06");
    const statusOf = (v: number) => r06.versions.find((x: any) => x.version === v).status;
    expect([statusOf(R06_NOW.version), statusOf(CORRECTION), statusOf(NEXT)]).toEqual(["superseded", "in_force", "scheduled"]);
  });
});
