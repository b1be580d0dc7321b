/**
 * 双随机 spot checks in the domain: the draw is a function of seed and inputs
 * (same seed, same result; another seed, another), strata get their numbers,
 * inspectors are two distinct eligible officers (never one who had a case of
 * the kindergarten, never a declared conflict, never the lead who draws), refusals store nothing, and a
 * stored draw re-runs to its own result (and not once altered). Drawing
 * again: a kindergarten the agency is inspecting already (an open
 * spot-check case of its draws) is left out of the pool and recorded as
 * such, and a repeat over an overlapping region within 30 Shanghai calendar
 * days needs a stated reason, stored, audited, published and marked on the
 * officers' list.
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
import { SPOT_CHECK_CASE_RULE } from "~/domain/cases/case-sources";
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
const drawAt = (actor: Actor, input: Record<string, unknown>, now: Date) => drawSpotCheck({ db: t.db, actor, input, submissionKey: ulid(), now });

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
  // 江北's second officer beside its lead: the city's lead, who draws, is not sent there any more.
  await createActor(t.db, "officer", { regionCode: JIANGBEI });
  plainOfficer = await createActor(t.db, "officer", { regionCode: HAISHU });
  // Five: the four the draws below had when the city's officers were sent too (a district's lead sends its own only), and
  // one for the lead, who sends nobody to inspect their own draw and so is never one of them.
  haishuOfficers = [plainOfficer, ...(await Promise.all([1, 2, 3, 4].map(() => createActor(t.db, "officer", { regionCode: HAISHU }))))];
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

/**
 * Earlier draws' cases count as past cases too, their open cases keep their kindergartens out of the pool, and an
 * earlier draw of the region makes a new one a repeat: each test starts from the cases and draws it sets up itself
 * (earlier spot-check cases closed and unassigned, earlier draws dated long before).
 */
async function forgetEarlierDraws() {
  await t.db.updateTable("inspection_cases").set({ assigned_to: null, status: "closed" }).where("source", "=", "spot_check").execute();
  await t.db.updateTable("spot_check_draws").set({ drawn_at: "2025-01-06T02:00:00.000Z" }).execute();
}

describe("drawing", () => {
  beforeEach(forgetEarlierDraws);

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
      for (const inspector of [p.first_inspector_id, p.second_inspector_id]) expect([haishuOfficers[2].id, haishuOfficers[3].id, haishuOfficers[4].id]).toContain(inspector);
    }
    const exclusions = await t.db.selectFrom("spot_check_exclusions").selectAll().where("draw_id", "=", result.drawId).execute();
    expect(exclusions).toEqual([{ draw_id: result.drawId, officer_id: haishuOfficers[1].id, reason: "近亲属在园工作" }]);
    const inputs = JSON.parse((await drawRecord(t.db, lead, result.drawId))!.inputs) as DrawInputs;
    // The declared conflict and the lead who drew.
    expect(inputs.conflicts).toEqual([haishuOfficers[1].id, lead.id].sort());
    expect(inputs.pastCases.every((p) => p.officerIds.includes(haishuOfficers[0].id))).toBe(true);
  });

  it("never names the lead who draws, though otherwise eligible: a conflict in the stored inputs, so the record re-runs to it", async () => {
    for (const seed of [SEED_A, SEED_B]) {
      const result = await draw(lead, form({ count: "10", seed }));
      expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
      if (!result.ok) return;
      const record = (await drawRecord(t.db, lead, result.drawId))!;
      const inputs = JSON.parse(record.inputs) as DrawInputs;
      // Otherwise eligible: one of the officers around, with no past case of any kindergarten of the pool.
      expect(inputs.officers.map((o) => o.id)).toContain(lead.id);
      expect(inputs.pastCases.some((p) => p.officerIds.includes(lead.id))).toBe(false);
      expect(inputs.conflicts).toContain(lead.id);
      expect(record.result).toHaveLength(10);
      for (const pick of record.result) expect(pick.inspectors).not.toContain(lead.id);
      // Re-running from the record (seed and inputs as stored) gives the stored result.
      expect(checkDraw(record)).toMatchObject({ inputsHashMatches: true, resultMatches: true });
      expect(runDraw(record.seed, inputs)).toEqual(record.result);
      expect(await verifyDraw(t.db, lead, result.drawId)).toEqual({ algorithmKnown: true, inputsHashMatches: true, resultMatches: true });
      // The page names the drawer among the conflicts; none was declared.
      expect(await getDraw(t.db, lead, result.drawId)).toMatchObject({ exclusions: [], drawerExcluded: true });
      await forgetEarlierDraws();
    }
  });

  it("still verifies a draw recorded before the drawer was a conflict, one that named the lead", async () => {
    const result = await draw(lead, form({ count: "10", seed: SEED_A }));
    if (!result.ok) throw new Error(JSON.stringify(result));
    const row = await t.db.selectFrom("spot_check_draws").select("inputs").where("id", "=", result.drawId).executeTakeFirstOrThrow();
    // The draw as the portal made it before: the same inputs without the drawer among the conflicts, its result naming them.
    const parsed = JSON.parse(row.inputs) as DrawInputs;
    const old = { ...parsed, conflicts: parsed.conflicts.filter((id) => id !== lead.id) };
    const oldText = canonicalInputs(old);
    const oldResult = runDraw(SEED_A, old);
    expect(oldResult.some((p) => p.inspectors.includes(lead.id))).toBe(true);
    await t.db.updateTable("spot_check_draws").set({ inputs: oldText, inputs_sha256: sha256Hex(oldText) }).where("id", "=", result.drawId).execute();
    for (const [i, p] of oldResult.entries()) {
      await t.db
        .updateTable("spot_check_picks")
        .set({ kindergarten_id: p.kindergartenId, first_inspector_id: p.inspectors[0], second_inspector_id: p.inspectors[1] })
        .where("draw_id", "=", result.drawId)
        .where("position", "=", i + 1)
        .execute();
    }
    expect(await verifyDraw(t.db, lead, result.drawId)).toEqual({ algorithmKnown: true, inputsHashMatches: true, resultMatches: true });
    expect((await getDraw(t.db, lead, result.drawId))?.drawerExcluded).toBe(false);
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

    await forgetEarlierDraws();
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
    // Past cases hold haishu[0]; excluding haishu[2], haishu[3] and haishu[4] leaves one officer (haishu[1]), the lead drawing.
    const excluded = [haishuOfficers[2].id, haishuOfficers[3].id, haishuOfficers[4].id];
    const result = await draw(lead, form({ count: "1", excluded, reasons: Object.fromEntries(excluded.map((id) => [id, "回避"])) }));
    expect(result).toMatchObject({ ok: false, kind: "invalid", formErrors: [{ key: "spotChecks.inspectors.tooFewWithConflicts", vars: { count: 10 } }] });
    expect(await counts()).toEqual(before);
  });

  it("is the leads' only: another officer is refused, an education lead draws education officers", async () => {
    expect(await draw(plainOfficer, form())).toMatchObject({ ok: false, kind: "forbidden" });
    const educationLead = { ...(await makeLead(HAISHU)), agency: "education" as const };
    await t.db.updateTable("users").set({ agency: "education" }).where("id", "=", educationLead.id).execute();
    // Two education officers cover 海曙 besides its lead (who draws, so is sent nowhere), and neither had a case here.
    const secondEducationOfficer = await createActor(t.db, "officer", { regionCode: HAISHU });
    await t.db.updateTable("users").set({ agency: "education" }).where("id", "=", secondEducationOfficer.id).execute();
    const result = await draw(educationLead, form({ count: "1" }));
    expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
    if (!result.ok) return;
    const pick = await t.db.selectFrom("spot_check_picks").selectAll().where("draw_id", "=", result.drawId).executeTakeFirstOrThrow();
    expect([pick.first_inspector_id, pick.second_inspector_id].sort()).toEqual([educationOfficer.id, secondEducationOfficer.id].sort());
  });

  it("a city lead draws across its districts", async () => {
    const result = await draw(cityLead, form({ regionCode: NINGBO, count: "12" }));
    expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
  });
});

describe("reading", () => {
  beforeEach(forgetEarlierDraws);

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

describe("drawing again", () => {
  beforeEach(forgetEarlierDraws);

  /** A Monday; the draws below are dated from it. */
  const NOW = new Date("2026-12-07T02:00:00.000Z");
  const later = (days: number) => new Date(NOW.getTime() + days * 86_400_000);
  const REASON = "上次抽取后辖区新设三所幼儿园，按年度计划补充抽取";

  async function audited(drawId: string) {
    const row = await t.db.selectFrom("audit_log").select(["action", "detail"]).where("entity", "=", "spot_check_draw").where("entity_id", "=", drawId).executeTakeFirstOrThrow();
    return { action: row.action, detail: JSON.parse(row.detail) as Record<string, unknown> };
  }

  it("refuses a second draw of the same region within 30 days without a reason, whatever the seed, and stores nothing", async () => {
    const first = await drawAt(lead, form({ count: "2" }), NOW);
    expect(first, JSON.stringify(first)).toMatchObject({ ok: true });
    if (!first.ok) return;
    const before = await counts();
    for (const [seed, redrawReason] of [["", undefined], [SEED_A, ""], [SEED_B, "   "]] as const) {
      const again = await drawAt(lead, form({ count: "2", seed, ...(redrawReason === undefined ? {} : { redrawReason }) }), later(29));
      expect(again, JSON.stringify(again)).toMatchObject({ ok: false, kind: "invalid" });
      if (again.ok) continue;
      expect(again.fieldErrors.redrawReason).toEqual([{ key: "spotChecks.redrawReason.required", vars: { days: 30, drawId: first.drawId } }]);
    }
    // Other refusals come with it, so the lead sees them all at once.
    const both = await drawAt(lead, form({ count: "9" }), later(1));
    expect(both.ok ? [] : Object.keys(both.fieldErrors).sort()).toEqual(["count", "redrawReason"]);
    expect(await counts()).toEqual(before);
  });

  it("stores a repeat with its reason, audits and publishes it; a replay of the first draw's key is not refused", async () => {
    const submissionKey = ulid();
    const input = form({ count: "2" });
    const first = await drawSpotCheck({ db: t.db, actor: lead, input, submissionKey, now: NOW });
    if (!first.ok) throw new Error(JSON.stringify(first));
    // The same submission again, a day later: the first draw, not a repeat.
    expect(await drawSpotCheck({ db: t.db, actor: lead, input, submissionKey, now: later(1) })).toEqual({ ok: true, drawId: first.drawId, replayed: true });

    const before = await counts();
    const again = await drawAt(lead, form({ count: "2", redrawReason: `  ${REASON}  ` }), later(1));
    expect(again, JSON.stringify(again)).toMatchObject({ ok: true, replayed: false });
    if (!again.ok) return;
    expect(await counts()).toEqual({ ...before, draws: before.draws + 1, cases: before.cases + 2, events: before.events + 2, audit: before.audit + 1, keys: before.keys + 1 });
    const stored = await t.db.selectFrom("spot_check_draws").selectAll().where("id", "=", again.drawId).executeTakeFirstOrThrow();
    expect(stored.redraw_reason).toBe(REASON);
    expect(await audited(again.drawId)).toMatchObject({ action: "spot_check.draw", detail: { redrawOf: first.drawId, redrawReason: REASON } });
    expect((await spotCheckPublication(t.db, again.drawId))?.redrawReason).toBe(REASON);
    expect((await getDraw(t.db, lead, again.drawId))?.draw.redraw_reason).toBe(REASON);
    // The first draw was no repeat: no reason, none published, none audited.
    expect((await spotCheckPublication(t.db, first.drawId))?.redrawReason).toBeNull();
    expect((await audited(first.drawId)).detail).not.toHaveProperty("redrawReason");
  });

  it("refuses a reason too long or naming a person (it is published), and keeps none for a draw that repeats nothing", async () => {
    const first = await drawAt(lead, form({ count: "1" }), NOW);
    if (!first.ok) throw new Error(JSON.stringify(first));
    const before = await counts();
    const tooLong = await drawAt(lead, form({ count: "1", redrawReason: "补".repeat(201) }), later(1));
    expect(tooLong.ok ? null : tooLong.fieldErrors.redrawReason?.map((m) => m.key)).toEqual(["spotChecks.redrawReason.tooLong"]);
    const personal = await drawAt(lead, form({ count: "1", redrawReason: "检查人员张伟（电话13812345678）请假，重新抽取" }), later(1));
    expect(personal.ok ? null : personal.fieldErrors.redrawReason?.map((m) => m.key)).toEqual(["spotChecks.redrawReason.personalData"]);
    expect(await counts()).toEqual(before);
    // 31 days on, no reason is needed, and one given is not kept: the draw is no repeat.
    const unneeded = await drawAt(lead, form({ count: "1", redrawReason: REASON }), later(31));
    if (!unneeded.ok) throw new Error(JSON.stringify(unneeded));
    expect((await t.db.selectFrom("spot_check_draws").select("redraw_reason").where("id", "=", unneeded.drawId).executeTakeFirstOrThrow()).redraw_reason).toBeNull();
    expect((await audited(unneeded.drawId)).detail).not.toHaveProperty("redrawReason");
  });

  it("needs no reason 30 days on", async () => {
    const first = await drawAt(lead, form({ count: "2" }), NOW);
    if (!first.ok) throw new Error(JSON.stringify(first));
    // 22:00 in Shanghai on the 29th day after: the last of the window.
    expect(await drawAt(lead, form({ count: "2" }), later(29.5))).toMatchObject({ ok: false, fieldErrors: { redrawReason: [{ key: "spotChecks.redrawReason.required" }] } });
    const month = await drawAt(lead, form({ count: "2" }), later(30));
    expect(month, JSON.stringify(month)).toMatchObject({ ok: true });
  });

  it("counts Shanghai calendar days: a draw on day D needs the reason through D + 29, not on D + 30, whatever the hour", async () => {
    // 23:30 in Shanghai on 12-07 (D). 12-07 + 30 = 01-06, at 08:00 in Shanghai: 29 days and 8.5 hours later, no repeat.
    const late = await drawAt(lead, form({ count: "1" }), new Date("2026-12-07T15:30:00.000Z"));
    if (!late.ok) throw new Error(JSON.stringify(late));
    expect(await drawAt(lead, form({ count: "1" }), new Date("2027-01-06T00:00:00.000Z")), "D + 30, early").toMatchObject({ ok: true });
    await forgetEarlierDraws();
    // 07:00 in Shanghai on 12-07 (still 12-06 in UTC). 23:30 in Shanghai on 01-05 (D + 29; 12-06 + 30 in UTC): a repeat.
    const early = await drawAt(lead, form({ count: "1" }), new Date("2026-12-06T23:00:00.000Z"));
    if (!early.ok) throw new Error(JSON.stringify(early));
    expect(await drawAt(lead, form({ count: "1" }), new Date("2027-01-05T15:30:00.000Z")), "D + 29, late").toMatchObject({
      ok: false,
      fieldErrors: { redrawReason: [{ key: "spotChecks.redrawReason.required", vars: { days: 30, drawId: early.drawId } }] },
    });
    expect(await drawAt(lead, form({ count: "1" }), new Date("2027-01-05T16:00:00.000Z")), "D + 30 at midnight").toMatchObject({ ok: true });
  });

  it("the list marks each repeat with its reason, and links the earlier draw only for who may read it", async () => {
    const first = await drawAt(lead, form({ count: "1" }), NOW);
    if (!first.ok) throw new Error(JSON.stringify(first));
    // The city drawn two days later over 海曙's draw: a repeat, with its reason.
    const city = await drawAt(cityLead, form({ regionCode: NINGBO, count: "1", redrawReason: REASON }), later(2));
    if (!city.ok) throw new Error(JSON.stringify(city));
    const repeatOf = async (actor: Actor, drawId: string) => (await listDraws(t.db, actor, null)).draws.find((d) => d.id === drawId)?.repeat;
    expect(await repeatOf(lead, first.drawId)).toBeNull();
    expect(await repeatOf(lead, city.drawId)).toEqual({ of: { id: first.drawId, drawnAt: NOW.toISOString() }, reason: REASON });
    expect(await repeatOf(cityLead, city.drawId)).toEqual({ of: { id: first.drawId, drawnAt: NOW.toISOString() }, reason: REASON });
    // 江北's lead reads the city's draw (above 江北) and its published reason, not 海曙's draw it repeated.
    expect(await repeatOf(jiangbeiLead, city.drawId)).toEqual({ of: null, reason: REASON });
    expect(await repeatOf(jiangbeiLead, first.drawId)).toBeUndefined();
    // A repeat drawn before reasons were asked is marked all the same, with none.
    await t.db.updateTable("spot_check_draws").set({ redraw_reason: null }).where("id", "=", city.drawId).execute();
    expect(await repeatOf(lead, city.drawId)).toEqual({ of: { id: first.drawId, drawnAt: NOW.toISOString() }, reason: null });
    // Thirty calendar days apart: no repeat.
    await t.db.updateTable("spot_check_draws").set({ drawn_at: new Date(NOW.getTime() - 28 * 86_400_000).toISOString() }).where("id", "=", first.drawId).execute();
    expect(await repeatOf(lead, city.drawId)).toBeNull();
  });

  it("needs the reason for a region below or above one drawn within 30 days, not for a region beside it", async () => {
    // The city's lead drew the whole city: 海曙 is within it.
    const city = await drawAt(cityLead, form({ regionCode: NINGBO, count: "3" }), NOW);
    if (!city.ok) throw new Error(JSON.stringify(city));
    expect(await drawAt(lead, form({ count: "1" }), later(2))).toMatchObject({ ok: false, fieldErrors: { redrawReason: [{ key: "spotChecks.redrawReason.required", vars: { drawId: city.drawId } }] } });
    const district = await drawAt(lead, form({ count: "1", redrawReason: REASON }), later(2));
    if (!district.ok) throw new Error(JSON.stringify(district));
    // And the city after its district: the latest overlapping draw is named.
    expect(await drawAt(cityLead, form({ regionCode: NINGBO, count: "1" }), later(3))).toMatchObject({ ok: false, fieldErrors: { redrawReason: [{ vars: { drawId: district.drawId } }] } });
    // 江北 is beside 海曙: its own first draw, with officers of its own enough for two inspectors even where the
    // city's draw (its seed is random) sent two of them to a 江北 kindergarten, who had a case of it then.
    for (let i = 0; i < 3; i++) await createActor(t.db, "officer", { regionCode: JIANGBEI });
    await t.db.updateTable("spot_check_draws").set({ drawn_at: "2025-01-06T02:00:00.000Z" }).where("id", "=", city.drawId).execute();
    // The city's draw may have drawn 江北's kindergartens (its seed is random): their cases closed, they are back in the pool.
    const cityCases = (await t.db.selectFrom("spot_check_picks").select("case_id").where("draw_id", "=", city.drawId).execute()).map((p) => p.case_id);
    await t.db.updateTable("inspection_cases").set({ status: "closed" }).where("id", "in", cityCases).execute();
    const beside = await drawAt(jiangbeiLead, form({ regionCode: JIANGBEI, count: "1" }), later(3));
    expect(beside, JSON.stringify(beside)).toMatchObject({ ok: true });
  });

  it("leaves out of the pool the kindergartens with an open spot-check case of the agency, recorded in the inputs; earlier draws still verify", async () => {
    const first = await drawAt(lead, form({ count: "4" }), NOW);
    if (!first.ok) throw new Error(JSON.stringify(first));
    const firstPicks = (await t.db.selectFrom("spot_check_picks").select("kindergarten_id").where("draw_id", "=", first.drawId).execute()).map((p) => p.kindergarten_id);

    // More than the six left is refused, and says why the pool is short.
    const tooMany = await drawAt(lead, form({ count: "7", redrawReason: REASON }), later(1));
    expect(tooMany).toMatchObject({ ok: false, fieldErrors: { count: [{ key: "spotChecks.count.morethanPoolBusy", vars: { count: 7, pool: 6, busy: 4 } }] } });
    // All of a nature one of them has: fewer of it are left, and the message counts those being inspected.
    const nature = natures[firstPicks[0]];
    const all = Object.values(natures).filter((n) => n === nature).length;
    const busy = firstPicks.filter((id) => natures[id] === nature).length;
    const perNature = await drawAt(lead, form({ stratify: "per_nature", count: "", perNature: { [nature]: String(all) }, redrawReason: REASON }), later(1));
    expect(perNature).toMatchObject({ ok: false, fieldErrors: { [`perNature.${nature}`]: [{ key: "spotChecks.perNature.morethanStratumBusy", vars: { count: all, size: all - busy, busy } }] } });

    const second = await drawAt(lead, form({ count: "6", redrawReason: REASON }), later(1));
    if (!second.ok) throw new Error(JSON.stringify(second));
    const secondPicks = (await t.db.selectFrom("spot_check_picks").select("kindergarten_id").where("draw_id", "=", second.drawId).execute()).map((p) => p.kindergarten_id);
    expect(secondPicks.filter((id) => firstPicks.includes(id))).toEqual([]);
    const stored = await t.db.selectFrom("spot_check_draws").selectAll().where("id", "=", second.drawId).executeTakeFirstOrThrow();
    const inputs = JSON.parse(stored.inputs) as DrawInputs;
    expect(stored.pool_size).toBe(6);
    expect(inputs.kindergartens.map((k) => k.id).sort()).toEqual(secondPicks.sort());
    expect(inputs.underInspection).toEqual([...firstPicks].sort());
    expect((await audited(second.drawId)).detail).toMatchObject({ underInspection: 4 });
    const page = await getDraw(t.db, lead, second.drawId);
    expect(page?.underInspection?.map((k) => k.id)).toEqual([...firstPicks].sort());
    for (const id of [first.drawId, second.drawId]) expect(await verifyDraw(t.db, lead, id)).toEqual({ algorithmKnown: true, inputsHashMatches: true, resultMatches: true });

    // A case closed gives its kindergarten back to the pool.
    const closed = await t.db.selectFrom("spot_check_picks").select("case_id").where("draw_id", "=", first.drawId).where("position", "=", 1).executeTakeFirstOrThrow();
    await t.db.updateTable("inspection_cases").set({ status: "closed" }).where("id", "=", closed.case_id).execute();
    const third = await drawAt(lead, form({ count: "1", redrawReason: REASON }), later(2));
    if (!third.ok) throw new Error(JSON.stringify(third));
    const [pick] = await t.db.selectFrom("spot_check_picks").select("kindergarten_id").where("draw_id", "=", third.drawId).execute();
    expect(pick.kindergarten_id).toBe(firstPicks[0]);
  });

  it("still verifies a draw recorded before kindergartens were left out (no underInspection in its inputs)", async () => {
    const result = await drawAt(lead, form({ count: "3" }), NOW);
    if (!result.ok) throw new Error(JSON.stringify(result));
    const row = await t.db.selectFrom("spot_check_draws").select("inputs").where("id", "=", result.drawId).executeTakeFirstOrThrow();
    const { underInspection, ...old } = JSON.parse(row.inputs) as DrawInputs;
    expect(underInspection).toEqual([]);
    const oldText = canonicalInputs(old);
    expect(oldText).not.toContain("underInspection");
    await t.db.updateTable("spot_check_draws").set({ inputs: oldText, inputs_sha256: sha256Hex(oldText) }).where("id", "=", result.drawId).execute();
    expect(await verifyDraw(t.db, lead, result.drawId)).toEqual({ algorithmKnown: true, inputsHashMatches: true, resultMatches: true });
    expect((await getDraw(t.db, lead, result.drawId))?.underInspection).toBeNull();
  });

  it("leaves another agency's draws alone: its open cases and its dates count for it only", async () => {
    const market = await drawAt(lead, form({ count: "5" }), NOW);
    if (!market.ok) throw new Error(JSON.stringify(market));
    const educationLead = { ...(await makeLead(HAISHU)), agency: "education" as const };
    await t.db.updateTable("users").set({ agency: "education" }).where("id", "=", educationLead.id).execute();
    const education = await drawAt(educationLead, form({ count: "1" }), later(1));
    expect(education, JSON.stringify(education)).toMatchObject({ ok: true });
    if (!education.ok) return;
    const inputs = JSON.parse((await drawRecord(t.db, educationLead, education.drawId))!.inputs) as DrawInputs;
    expect(inputs.kindergartens).toHaveLength(10);
    expect(inputs.underInspection).toEqual([]);
    // And the market's next draw is refused for the market's own draw only, its pool less the market's five.
    const marketAgain = await drawAt(lead, form({ count: "5", redrawReason: REASON }), later(2));
    if (!marketAgain.ok) throw new Error(JSON.stringify(marketAgain));
    const again = JSON.parse((await drawRecord(t.db, lead, marketAgain.drawId))!.inputs) as DrawInputs;
    expect(again.underInspection).toHaveLength(5);
    expect(again.kindergartens).toHaveLength(5);
  });
});
