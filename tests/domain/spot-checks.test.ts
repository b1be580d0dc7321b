/**
 * 双随机 spot checks in the domain: the draw is a function of seed and inputs
 * (same seed, same result; another seed, another), strata get their numbers,
 * inspectors are two distinct eligible officers (never one who had a case of
 * the kindergarten, never a declared conflict), refusals store nothing, and a
 * stored draw re-runs to its own result (and not once altered).
 */
import { ulid } from "ulid";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { KindergartenNature } from "~/db/schema";
import type { Actor } from "~/domain/users/actor";
import { drawSpotCheck } from "~/domain/spot-checks/spot-check.service.server";
import { drawRecord, getDraw, listDraws, spotCheckPublication, verifyDraw } from "~/domain/spot-checks/spot-check.queries.server";
import {
  canonicalInputs,
  checkDraw,
  DRAW_ALGORITHM,
  randomSource,
  runDraw,
  sha256Hex,
  strataOf,
  stratumCounts,
  type DrawInputs,
} from "~/domain/spot-checks/spot-check-draw.server";
import { SPOT_CHECK_CASE_RULE } from "~/domain/cases/spot-check-cases.server";
import { createActor, createKindergarten, HAISHU, insertCase, JIANGBEI, NINGBO, seedReferenceData } from "../factories/domain";
import { createTestDb, type TestDb } from "../setup/test-db";

let t: TestDb;
let lead: Actor;
let cityLead: Actor;
let jiangbeiLead: Actor;
let plainOfficer: Actor;
let haishuOfficers: Actor[];
let educationOfficer: Actor;
const natures: Record<string, KindergartenNature> = {};

const SEED_A = "a".repeat(64);
const SEED_B = "0123456789abcdef".repeat(4);

async function makeLead(regionCode: string): Promise<Actor> {
  const actor = await createActor(t.db, "officer", { regionCode });
  await t.db.updateTable("users").set({ lead: 1 }).where("id", "=", actor.id).execute();
  return { ...actor, lead: true };
}

/** The form as the page posts it, with overrides. */
function form(overrides: Record<string, unknown> = {}) {
  return { regionCode: HAISHU, stratify: "none", count: "3", perNature: {}, seed: "", excluded: [], reasons: {}, ...overrides };
}

const draw = (actor: Actor, input: Record<string, unknown>) => drawSpotCheck({ db: t.db, actor, input, submissionKey: ulid() });

async function counts() {
  const n = async (table: "spot_check_draws" | "inspection_cases" | "case_events" | "audit_log" | "submission_keys") =>
    Number((await t.db.selectFrom(table).select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);
  return { draws: await n("spot_check_draws"), cases: await n("inspection_cases"), events: await n("case_events"), audit: await n("audit_log"), keys: await n("submission_keys") };
}

beforeAll(async () => {
  t = await createTestDb();
  await seedReferenceData(t.db);
  // 海曙: 10 kindergartens (4 for-profit, 3 inclusive, 2 non-profit, 1 public); 江北: 2; one closed in 海曙 (not in the pool).
  const plan: KindergartenNature[] = ["forprofit_private", "forprofit_private", "forprofit_private", "forprofit_private", "inclusive_private", "inclusive_private", "inclusive_private", "nonprofit_private", "nonprofit_private", "public"];
  for (const [i, nature] of plan.entries()) {
    const kg = await createKindergarten(t.db, { nature, name: `海曙测试幼儿园${i}`, region_code: HAISHU });
    natures[kg.id] = nature;
  }
  await createKindergarten(t.db, { region_code: HAISHU, status: "closed" });
  for (let i = 0; i < 2; i++) await createKindergarten(t.db, { region_code: JIANGBEI });
  lead = await makeLead(HAISHU);
  cityLead = await makeLead(NINGBO);
  jiangbeiLead = await makeLead(JIANGBEI);
  plainOfficer = await createActor(t.db, "officer", { regionCode: HAISHU });
  // Four, as many as the draws below had when the city's officers were sent too (a district's lead sends its own only).
  haishuOfficers = [plainOfficer, ...(await Promise.all([1, 2, 3].map(() => createActor(t.db, "officer", { regionCode: HAISHU }))))];
  educationOfficer = { ...(await createActor(t.db, "officer", { regionCode: HAISHU })), agency: "education" };
  await t.db.updateTable("users").set({ agency: "education" }).where("id", "=", educationOfficer.id).execute();
});

afterAll(async () => {
  await t?.destroy();
});

/** Inputs for the pure algorithm: `n` kindergartens of one district, `m` officers there. */
function inputsOf(n: number, m: number, overrides: Partial<DrawInputs> = {}): DrawInputs {
  const id = (prefix: string, i: number) => `${prefix}${String(i).padStart(4, "0")}`;
  const natureCycle: KindergartenNature[] = ["public", "inclusive_private", "forprofit_private", "forprofit_private"];
  return {
    algorithm: DRAW_ALGORITHM,
    regionCode: HAISHU,
    agency: "market",
    stratify: "none",
    count: 5,
    perNature: null,
    kindergartens: Array.from({ length: n }, (_, i) => ({ id: id("K", i), nature: natureCycle[i % 4], regionCode: HAISHU })),
    officers: Array.from({ length: m }, (_, i) => ({ id: id("O", i), regionCode: i === 0 ? NINGBO : HAISHU })),
    pastCases: [],
    conflicts: [],
    ...overrides,
  };
}

describe("the algorithm", () => {
  it("gives the same result for the same seed and inputs, another for another seed", () => {
    const inputs = inputsOf(40, 8);
    const first = runDraw(SEED_A, inputs);
    expect(runDraw(SEED_A, JSON.parse(canonicalInputs(inputs)))).toEqual(first);
    expect(first).toHaveLength(5);
    expect(new Set(first.map((p) => p.kindergartenId)).size).toBe(5);
    expect(runDraw(SEED_B, inputs)).not.toEqual(first);
  });

  it("draws uniform integers by HMAC-SHA256 in counter mode, as documented", async () => {
    const { createHmac } = await import("node:crypto");
    const uniform = randomSource(SEED_A);
    const x = createHmac("sha256", Buffer.from(SEED_A, "hex")).update("kindergartens:all:0").digest().readUIntBE(0, 6);
    expect(uniform("kindergartens:all", 40)).toBe(x % 40);
    // Each label counts on its own: another label starts at 0 again.
    const y = createHmac("sha256", Buffer.from(SEED_A, "hex")).update("inspectors:K0001:0").digest().readUIntBE(0, 6);
    expect(uniform("inspectors:K0001", 7)).toBe(y % 7);
  });

  it("allocates proportionally by largest remainder, and per nature as asked", () => {
    const inputs = inputsOf(10, 4, { stratify: "proportional", count: 5 });
    const strata = strataOf(inputs);
    // 10 kindergartens: public 3, inclusive 3, non-profit 0, for-profit 4 → quotas 1.5, 1.5, 0, 2.0 → 1 + 1 + 0 + 2, one seat to the first 0.5.
    expect(strata.map((s) => s.ids.length)).toEqual([3, 3, 0, 4]);
    expect(stratumCounts(inputs, strata)).toEqual([2, 1, 0, 2]);
    const picks = runDraw(SEED_A, inputs);
    expect(picks.map((p) => p.stratum)).toEqual(["public", "public", "inclusive_private", "forprofit_private", "forprofit_private"]);

    const perNature = inputsOf(10, 4, { stratify: "per_nature", count: null, perNature: { public: 0, inclusive_private: 2, nonprofit_private: 0, forprofit_private: 3 } });
    const drawn = runDraw(SEED_B, perNature);
    const natureOf = new Map(perNature.kindergartens.map((k) => [k.id, k.nature]));
    expect(drawn.filter((p) => natureOf.get(p.kindergartenId) === "inclusive_private")).toHaveLength(2);
    expect(drawn.filter((p) => natureOf.get(p.kindergartenId) === "forprofit_private")).toHaveLength(3);
    expect(drawn.every((p) => p.stratum === natureOf.get(p.kindergartenId))).toBe(true);
  });

  it("picks two distinct inspectors covering the kindergarten, never a past-case officer or a conflict", () => {
    const base = inputsOf(6, 5, { count: 6 });
    // Another district's officer never inspects here.
    base.officers.push({ id: "O9999", regionCode: JIANGBEI });
    const inputs: DrawInputs = { ...base, pastCases: base.kindergartens.map((k) => ({ kindergartenId: k.id, officerIds: ["O0001"] })), conflicts: ["O0002"] };
    for (const seed of [SEED_A, SEED_B, "f".repeat(128)]) {
      for (const pick of runDraw(seed, inputs)) {
        expect(pick.inspectors[0]).not.toBe(pick.inspectors[1]);
        for (const inspector of pick.inspectors) expect(["O0000", "O0003", "O0004"]).toContain(inspector);
      }
    }
  });

  it("a record re-runs to its result; an altered result, inputs or seed does not", () => {
    const inputs = inputsOf(20, 5);
    const text = canonicalInputs(inputs);
    const record = { seed: SEED_A, inputs: text, inputsSha256: sha256Hex(text), result: runDraw(SEED_A, inputs) };
    expect(checkDraw(record)).toMatchObject({ algorithmKnown: true, inputsHashMatches: true, resultMatches: true });
    expect(checkDraw({ ...record, seed: SEED_B })).toMatchObject({ inputsHashMatches: true, resultMatches: false });
    const swapped = record.result.map((p, i) => (i === 0 ? { ...p, inspectors: [p.inspectors[1], p.inspectors[0]] as [string, string] } : p));
    expect(checkDraw({ ...record, result: swapped })).toMatchObject({ resultMatches: false });
    const altered = text.replace('"conflicts":[]', '"conflicts":["O0001"]');
    expect(checkDraw({ ...record, inputs: altered }).inputsHashMatches).toBe(false);
  });
});

/** Earlier draws' cases count as past cases too; each test starts from the cases it sets up itself. */
async function forgetSpotCheckAssignments() {
  await t.db.updateTable("inspection_cases").set({ assigned_to: null }).where("source", "=", "spot_check").execute();
}

describe("drawing", () => {
  beforeEach(forgetSpotCheckAssignments);

  it("stores the draw, its picks and one assigned spot-check case each, audited, in one go", async () => {
    const before = await counts();
    const result = await draw(lead, form({ count: "3", seed: SEED_A }));
    expect(result, JSON.stringify(result)).toMatchObject({ ok: true, replayed: false });
    if (!result.ok) return;
    const after = await counts();
    expect(after).toEqual({ draws: before.draws + 1, cases: before.cases + 3, events: before.events + 3, audit: before.audit + 1, keys: before.keys + 1 });

    const stored = await t.db.selectFrom("spot_check_draws").selectAll().where("id", "=", result.drawId).executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ region_code: HAISHU, agency: "market", seed: SEED_A, seed_given: 1, pool_size: 10, requested_count: 3, algorithm: DRAW_ALGORITHM });
    expect(stored.inputs_sha256).toBe(sha256Hex(stored.inputs));
    const inputs = JSON.parse(stored.inputs) as DrawInputs;
    expect(inputs.kindergartens).toHaveLength(10);
    expect(inputs.kindergartens.map((k) => k.id)).toEqual([...inputs.kindergartens.map((k) => k.id)].sort());
    // The market officers of 海曙's office: the four and its lead; not the city's (nor its lead), not 江北's, not the education officer.
    expect(inputs.officers.map((o) => o.id).sort()).toEqual([...haishuOfficers.map((o) => o.id), lead.id].sort());

    const picks = await t.db.selectFrom("spot_check_picks").selectAll().where("draw_id", "=", result.drawId).orderBy("position").execute();
    expect(picks.map((p) => p.kindergarten_id)).toEqual(runDraw(SEED_A, inputs).map((p) => p.kindergartenId));
    for (const pick of picks) {
      const kase = await t.db.selectFrom("inspection_cases").selectAll().where("id", "=", pick.case_id).executeTakeFirstOrThrow();
      expect(kase).toMatchObject({
        kindergarten_id: pick.kindergarten_id,
        source: "spot_check",
        rule_id: SPOT_CHECK_CASE_RULE,
        severity: "info",
        status: "in_progress",
        assigned_to: pick.first_inspector_id,
        due_kind: "verify",
        dedupe_key: `${pick.kindergarten_id}|SPOT_CHECK|draw:${result.drawId}`,
      });
      const opened = await t.db.selectFrom("case_events").selectAll().where("case_id", "=", kase.id).executeTakeFirstOrThrow();
      expect(opened.kind).toBe("opened");
      expect(JSON.parse(opened.payload)).toEqual({ source: "spot_check", drawId: result.drawId, inspectors: [pick.first_inspector_id, pick.second_inspector_id] });
    }
    expect(await verifyDraw(t.db, lead, result.drawId)).toEqual({ algorithmKnown: true, inputsHashMatches: true, resultMatches: true });
  });

  it("a random seed is 32 bytes of hex, shown; a repeat of the same submission is the same draw", async () => {
    const submissionKey = ulid();
    const input = form({ count: "2" });
    const first = await drawSpotCheck({ db: t.db, actor: lead, input, submissionKey });
    const again = await drawSpotCheck({ db: t.db, actor: lead, input, submissionKey });
    expect(first).toMatchObject({ ok: true, replayed: false });
    expect(again).toMatchObject({ ok: true, replayed: true });
    if (!first.ok || !again.ok) return;
    expect(again.drawId).toBe(first.drawId);
    const stored = await t.db.selectFrom("spot_check_draws").select(["seed", "seed_given"]).where("id", "=", first.drawId).executeTakeFirstOrThrow();
    expect(stored.seed).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.seed_given).toBe(0);
  });

  it("never sends an officer who had a case of the kindergarten, nor a declared conflict", async () => {
    // Every 海曙 kindergarten had a case assigned to the first officer; the second is declared in conflict.
    const kgs = Object.keys(natures);
    for (const [i, id] of kgs.entries()) {
      const caseId = await insertCase(t.db, { kindergartenId: id, regionCode: HAISHU, severity: "amber", dueDate: "2026-12-31", ruleId: `R0${i % 9}` });
      await t.db.updateTable("inspection_cases").set({ assigned_to: haishuOfficers[0].id }).where("id", "=", caseId).execute();
    }
    const result = await draw(lead, form({ count: "10", excluded: [haishuOfficers[1].id], reasons: { [haishuOfficers[1].id]: "近亲属在园工作" } }));
    expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
    if (!result.ok) return;
    const picks = await t.db.selectFrom("spot_check_picks").selectAll().where("draw_id", "=", result.drawId).execute();
    expect(picks).toHaveLength(10);
    for (const p of picks) {
      expect(p.first_inspector_id).not.toBe(p.second_inspector_id);
      for (const inspector of [p.first_inspector_id, p.second_inspector_id]) expect([haishuOfficers[2].id, haishuOfficers[3].id, lead.id]).toContain(inspector);
    }
    const exclusions = await t.db.selectFrom("spot_check_exclusions").selectAll().where("draw_id", "=", result.drawId).execute();
    expect(exclusions).toEqual([{ draw_id: result.drawId, officer_id: haishuOfficers[1].id, reason: "近亲属在园工作" }]);
    const inputs = JSON.parse((await drawRecord(t.db, lead, result.drawId))!.inputs) as DrawInputs;
    expect(inputs.conflicts).toEqual([haishuOfficers[1].id]);
    expect(inputs.pastCases.every((p) => p.officerIds.includes(haishuOfficers[0].id))).toBe(true);
  });

  it("counts every officer who had the case: an earlier assignee and whoever decided it, not only its assignee now", async () => {
    const [kg] = Object.keys(natures);
    const caseId = await insertCase(t.db, { kindergartenId: kg, regionCode: HAISHU, severity: "amber", dueDate: "2026-12-31", ruleId: "R04" });
    await t.db.updateTable("inspection_cases").set({ assigned_to: haishuOfficers[0].id, decided_by: haishuOfficers[1].id }).where("id", "=", caseId).execute();
    const event = (kind: string, actorId: string | null, payload: Record<string, unknown>) => ({ id: ulid(), case_id: caseId, kind, actor_id: actorId, payload: JSON.stringify(payload), created_at: "2026-10-01T02:00:00.000Z" });
    await t.db
      .insertInto("case_events")
      .values([
        event("opened", cityLead.id, { source: "rule" }),
        event("assigned", null, { assignee: haishuOfficers[2].id, previous: null }),
        event("reassigned", null, { assignee: haishuOfficers[0].id, previous: haishuOfficers[2].id }),
      ])
      .execute();

    const result = await draw(lead, form({ count: "1" }));
    expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
    if (!result.ok) return;
    const inputs = JSON.parse((await drawRecord(t.db, lead, result.drawId))!.inputs) as DrawInputs;
    // Opening the case is not working it (the city lead opened it; it is not 海曙's lead's to send anyway).
    expect(inputs.pastCases.find((p) => p.kindergartenId === kg)?.officerIds).toEqual(haishuOfficers.slice(0, 3).map((o) => o.id).sort());
    await t.db.deleteFrom("case_events").where("case_id", "=", caseId).execute();
    await t.db.deleteFrom("inspection_cases").where("id", "=", caseId).execute();
  });

  it("draws per nature and in proportion", async () => {
    const perNature = await draw(lead, form({ stratify: "per_nature", count: "", perNature: { forprofit_private: "2", inclusive_private: "1", public: "1" } }));
    expect(perNature, JSON.stringify(perNature)).toMatchObject({ ok: true });
    if (!perNature.ok) return;
    const picks = await t.db.selectFrom("spot_check_picks").select(["kindergarten_id", "stratum"]).where("draw_id", "=", perNature.drawId).orderBy("position").execute();
    expect(picks.map((p) => p.stratum)).toEqual(["public", "inclusive_private", "forprofit_private", "forprofit_private"]);
    expect(picks.every((p) => natures[p.kindergarten_id] === p.stratum)).toBe(true);

    const proportional = await draw(lead, form({ stratify: "proportional", count: "5" }));
    expect(proportional).toMatchObject({ ok: true });
    if (!proportional.ok) return;
    const strata = await t.db.selectFrom("spot_check_picks").select("stratum").where("draw_id", "=", proportional.drawId).orderBy("position").execute();
    // 1 public, 3 inclusive, 2 non-profit, 4 for-profit of 10 → 0.5, 1.5, 1, 2 → 0 + 1 + 1 + 2, the seat left to public (first of the 0.5s).
    expect(strata.map((s) => s.stratum)).toEqual(["public", "inclusive_private", "nonprofit_private", "forprofit_private", "forprofit_private"]);
  });

  it("refuses bad input with field messages and stores nothing", async () => {
    const before = await counts();
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [form({ count: "11" }), "count", "spotChecks.count.morethanPool"],
      [form({ count: "201" }), "count", "spotChecks.count.tooMany"],
      [form({ count: "" }), "count", "spotChecks.count.required"],
      [form({ count: "0" }), "count", "spotChecks.count.atLeastOne"],
      [form({ count: "2.5" }), "count", "spotChecks.count.invalid"],
      [form({ seed: "xyz" }), "seed", "spotChecks.seed.invalid"],
      [form({ seed: "ab".repeat(31) }), "seed", "spotChecks.seed.invalid"],
      [form({ seed: "a".repeat(65) }), "seed", "spotChecks.seed.invalid"],
      [form({ stratify: "per_nature", perNature: { nonprofit_private: "3" } }), "perNature.nonprofit_private", "spotChecks.perNature.morethanStratum"],
      [form({ stratify: "per_nature", perNature: {} }), "perNature.public", "spotChecks.perNature.none"],
      [form({ stratify: "random" }), "stratify", "spotChecks.stratify.invalid"],
      [form({ regionCode: JIANGBEI }), "regionCode", "spotChecks.region.outOfScope"],
      [form({ regionCode: NINGBO }), "regionCode", "spotChecks.region.outOfScope"],
      [form({ excluded: [haishuOfficers[1].id], reasons: {} }), `reason_${haishuOfficers[1].id}`, "spotChecks.reason.required"],
      [form({ excluded: ["01J00000000000000000000000"], reasons: { "01J00000000000000000000000": "x" } }), "excluded", "spotChecks.excluded.unknown"],
      [form({ excluded: Array.from({ length: 51 }, (_, i) => `X${i}`) }), "excluded", "spotChecks.excluded.tooMany"],
    ];
    for (const [input, field, key] of cases) {
      const result = await draw(lead, input);
      expect(result, JSON.stringify(input)).toMatchObject({ ok: false, kind: "invalid" });
      if (result.ok) continue;
      expect(result.fieldErrors[field]?.map((m) => m.key), `${JSON.stringify(input)}: ${JSON.stringify(result.fieldErrors)}`).toContain(key);
    }
    expect(await counts()).toEqual(before);
  });

  it("refuses, whatever the seed, when a kindergarten could be drawn without two eligible inspectors", async () => {
    const before = await counts();
    // Past cases hold haishu[0]; excluding haishu[2], haishu[3] and the 海曙 lead leaves one officer (haishu[1]).
    const excluded = [haishuOfficers[2].id, haishuOfficers[3].id, lead.id];
    const result = await draw(lead, form({ count: "1", excluded, reasons: Object.fromEntries(excluded.map((id) => [id, "回避"])) }));
    expect(result).toMatchObject({ ok: false, kind: "invalid", formErrors: [{ key: "spotChecks.inspectors.tooFew", vars: { count: 10 } }] });
    expect(await counts()).toEqual(before);
  });

  it("is the leads' only: another officer is refused, an education lead draws education officers", async () => {
    expect(await draw(plainOfficer, form())).toMatchObject({ ok: false, kind: "forbidden" });
    const educationLead = { ...(await makeLead(HAISHU)), agency: "education" as const };
    await t.db.updateTable("users").set({ agency: "education" }).where("id", "=", educationLead.id).execute();
    // Two education officers cover 海曙: the lead and one officer, and neither had a case here.
    const result = await draw(educationLead, form({ count: "1" }));
    expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
    if (!result.ok) return;
    const pick = await t.db.selectFrom("spot_check_picks").selectAll().where("draw_id", "=", result.drawId).executeTakeFirstOrThrow();
    expect([pick.first_inspector_id, pick.second_inspector_id].sort()).toEqual([educationLead.id, educationOfficer.id].sort());
  });

  it("a city lead draws across its districts", async () => {
    const result = await draw(cityLead, form({ regionCode: NINGBO, count: "12" }));
    expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
  });
});

describe("reading", () => {
  beforeEach(forgetSpotCheckAssignments);

  it("shows a draw in its region, below and above; another district gets nothing", async () => {
    const { draws } = await listDraws(t.db, lead, null);
    expect(draws.length).toBeGreaterThan(0);
    expect(draws.every((d) => d.region_code === HAISHU || d.region_code === NINGBO)).toBe(true);
    const haishuDraw = draws.find((d) => d.region_code === HAISHU)!;
    expect(await getDraw(t.db, lead, haishuDraw.id)).not.toBeNull();
    expect(await getDraw(t.db, cityLead, haishuDraw.id)).not.toBeNull();
    expect(await getDraw(t.db, jiangbeiLead, haishuDraw.id)).toBeNull();
    expect(await verifyDraw(t.db, jiangbeiLead, haishuDraw.id)).toBeNull();
    expect(await drawRecord(t.db, jiangbeiLead, haishuDraw.id)).toBeNull();
    expect((await listDraws(t.db, jiangbeiLead, null)).draws.every((d) => d.region_code !== HAISHU)).toBe(true);
  });

  it("a stored draw altered afterwards no longer verifies", async () => {
    const result = await draw(lead, form({ count: "2" }));
    if (!result.ok) throw new Error(JSON.stringify(result));
    const picks = await t.db.selectFrom("spot_check_picks").selectAll().where("draw_id", "=", result.drawId).orderBy("position").execute();
    await t.db
      .updateTable("spot_check_picks")
      .set({ first_inspector_id: picks[0].second_inspector_id, second_inspector_id: picks[0].first_inspector_id })
      .where("draw_id", "=", result.drawId)
      .where("position", "=", 1)
      .execute();
    expect(await verifyDraw(t.db, lead, result.drawId)).toEqual({ algorithmKnown: true, inputsHashMatches: true, resultMatches: false });
  });

  it("publishes kindergartens with district and nature, never an officer or the seed", async () => {
    const result = await draw(lead, form({ count: "2" }));
    if (!result.ok) throw new Error(JSON.stringify(result));
    const published = await spotCheckPublication(t.db, result.drawId);
    expect(published?.kindergartens).toHaveLength(2);
    expect(published?.kindergartens[0]).toEqual({ name: expect.stringMatching(/^海曙测试幼儿园/), district: "海曙区", nature: expect.any(String) });
    const text = JSON.stringify(published);
    for (const officer of [...haishuOfficers, lead, cityLead]) expect(text).not.toContain(officer.id);
    const stored = await t.db.selectFrom("spot_check_draws").select("seed").where("id", "=", result.drawId).executeTakeFirstOrThrow();
    expect(text).not.toContain(stored.seed);
  });
});
