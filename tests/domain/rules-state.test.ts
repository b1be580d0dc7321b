/**
 * loadRulesState on a real database (SQLite; Postgres with TEST_DB=pg): the
 * fingerprint of the state's rows is read on every call, and the same rows give
 * back the same frozen object (what the runtime keys on it is then found, not
 * redone), while any change to an activation or an active parameter set, its
 * params included, gives a new one.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activateNewRules, createRulesRuntime, loadRulesState } from "~/domain/rules-runtime/rules-runtime.server";
import { loadRuleSet } from "~/rules/load/read-files";
import { activeParameterSet, HAISHU, seedReferenceData } from "../factories/domain";
import { createTestDb, type TestDb } from "../setup/test-db";

let t: TestDb;
const library = loadRuleSet();
const NOW = new Date("2026-11-30T06:00:00Z");

beforeAll(async () => {
  t = await createTestDb();
  await seedReferenceData(t.db);
  await activateNewRules(t.db, library, NOW);
});

afterAll(async () => {
  await t?.destroy();
});

describe("the rules state in force", () => {
  it("is the same frozen object while its rows are unchanged", async () => {
    const first = await loadRulesState(t.db, library);
    expect(await loadRulesState(t.db, library)).toBe(first);
    expect(Object.isFrozen(first.activations)).toBe(true);
    expect(Object.isFrozen(first.overlays)).toBe(true);
    expect(() => (first.activations as unknown[]).push({})).toThrow(TypeError);
  });

  it("is read anew when a parameter set is activated or retired", async () => {
    const before = await loadRulesState(t.db, library);
    const remove = await activeParameterSet(t.db, HAISHU, "R02", { keywords: ["空调费"] }, NOW);
    const withSet = await loadRulesState(t.db, library);
    expect(withSet).not.toBe(before);
    expect(withSet.overlays).toContainEqual({ regionCode: HAISHU, ruleId: "R02", params: { keywords: ["空调费"] } });
    // The runtime resolves the new parameter through the new object.
    const runtime = createRulesRuntime(library);
    const r02 = runtime.paramsFor(HAISHU, withSet, "2026-11-30", "filing").rules.find((r) => r.ruleId === "R02");
    expect(r02?.params.keywords).toEqual(["空调费"]);
    await remove();
    const after = await loadRulesState(t.db, library);
    expect(after).not.toBe(withSet);
    expect(after.overlays).toEqual(before.overlays);
  });

  it("is read anew when an active set's params alone change", async () => {
    const remove = await activeParameterSet(t.db, HAISHU, "R02", { keywords: ["空调费"] }, NOW);
    try {
      const before = await loadRulesState(t.db, library);
      await t.db.updateTable("rule_parameter_sets").set({ params: JSON.stringify({ keywords: ["空调费", "赞助费"] }) }).where("region_code", "=", HAISHU).where("status", "=", "active").execute();
      const changed = await loadRulesState(t.db, library);
      expect(changed).not.toBe(before);
      expect(changed.overlays).toContainEqual({ regionCode: HAISHU, ruleId: "R02", params: { keywords: ["空调费", "赞助费"] } });
    } finally {
      await remove();
    }
  });

  it("is read anew when an activation changes", async () => {
    const before = await loadRulesState(t.db, library);
    const row = await t.db.selectFrom("rule_activations").select(["id", "rule_id", "active_to"]).where("active_to", "is", null).orderBy("rule_id").executeTakeFirstOrThrow();
    await t.db.updateTable("rule_activations").set({ active_to: "2099-12-31" }).where("id", "=", row.id).execute();
    try {
      const changed = await loadRulesState(t.db, library);
      expect(changed).not.toBe(before);
      expect(changed.activations.find((a) => a.ruleId === row.rule_id && a.activeTo === "2099-12-31")).toBeDefined();
    } finally {
      await t.db.updateTable("rule_activations").set({ active_to: null }).where("id", "=", row.id).execute();
    }
  });

  it("with a draft laid over it is a state of its own, and leaves the one in force as it was", async () => {
    const inForce = await loadRulesState(t.db, library);
    const remove = await activeParameterSet(t.db, HAISHU, "R02", { keywords: ["赞助费"] }, NOW);
    const setId = (await t.db.selectFrom("rule_parameter_sets").select("id").where("region_code", "=", HAISHU).executeTakeFirstOrThrow()).id;
    await t.db.updateTable("rule_parameter_sets").set({ status: "draft" }).where("id", "=", setId).execute();
    try {
      const preview = await loadRulesState(t.db, library, { kind: "parameter_set", setId });
      expect(preview).not.toBe(inForce);
      expect(preview.overlays).toContainEqual({ regionCode: HAISHU, ruleId: "R02", params: { keywords: ["赞助费"] } });
      expect(await loadRulesState(t.db, library)).toBe(inForce);
    } finally {
      await remove();
    }
  });
});
