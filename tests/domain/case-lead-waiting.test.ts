/**
 * What waits for a lead (app/domain/cases/case-lead-waiting.server.ts), the header's badge: the extensions asked for
 * and not answered, and the escalations in force, of the lead's scope (a district's, a city's); nothing for an
 * officer who is no lead, a development-reform lead (who approves nothing) or the administrator. The figures are
 * the queue's `extension=1` and `escalated=1` views', exact after a write, and read along two partial indexes.
 */
import { CompiledQuery } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { forgetLeadWaiting, leadWaiting } from "~/domain/cases/case-lead-waiting.server";
import { caseQueue } from "~/domain/cases/case-queue.server";
import { readQueueQuery } from "~/domain/cases/case-queue.schema";
import type { Actor } from "~/domain/users/actor";
import { createActor, createKindergarten, HAISHU, insertCase, JIANGBEI, NINGBO, seedReferenceData } from "../factories/domain";
import { captureCompiledQueries, createTestDb, TEST_DIALECT, type TestDb } from "../setup/test-db";

let t: TestDb;
let districtLead: Actor;
let cityLead: Actor;
let educationLead: Actor;

const ASKED = "2027-03-01T02:00:00.000Z";

beforeAll(async () => {
  t = await createTestDb();
  await seedReferenceData(t.db);
  districtLead = await createActor(t.db, "officer", { regionCode: HAISHU, agency: "market", lead: true });
  cityLead = await createActor(t.db, "officer", { regionCode: NINGBO, agency: "market", lead: true });
  educationLead = await createActor(t.db, "officer", { regionCode: HAISHU, agency: "education", lead: true });
  const haishu = (await createKindergarten(t.db, { region_code: HAISHU })).id;
  const jiangbei = (await createKindergarten(t.db, { region_code: JIANGBEI })).id;
  const add = async (id: string, kindergartenId: string, regionCode: string, status: "open" | "in_progress" | "decided" | "closed", set: { extension?: boolean; escalated?: boolean }) => {
    await insertCase(t.db, { id, kindergartenId, regionCode, severity: "red", status, dueDate: "2027-03-20", escalatedAt: set.escalated ? ASKED : null });
    if (set.extension) await t.db.updateTable("inspection_cases").set({ extension_requested_at: ASKED }).where("id", "=", id).execute();
  };
  await add("ext", haishu, HAISHU, "in_progress", { extension: true });
  await add("esc", haishu, HAISHU, "open", { escalated: true });
  await add("both", haishu, HAISHU, "in_progress", { extension: true, escalated: true });
  // History, not waiting: an escalation decided since; a request on a case closed.
  await add("decided", haishu, HAISHU, "decided", { escalated: true });
  await add("closed", haishu, HAISHU, "closed", { extension: true });
  await add("plain", haishu, HAISHU, "open", {});
  await add("jb", jiangbei, JIANGBEI, "open", { escalated: true });
});

afterAll(async () => {
  await t?.destroy();
});

const total = async (actor: Actor, search: string) => (await caseQueue(t.db, actor, readQueueQuery(new URLSearchParams(search)).filters))!.total;

describe("what waits for a lead", () => {
  it("counts a district lead's and a city lead's, as their queue's views list them", async () => {
    expect(await leadWaiting(t.db, districtLead)).toEqual({ extensions: 2, escalations: 2 });
    expect(await leadWaiting(t.db, educationLead)).toEqual({ extensions: 2, escalations: 2 });
    expect(await leadWaiting(t.db, cityLead)).toEqual({ extensions: 2, escalations: 3 });
    for (const lead of [districtLead, cityLead]) {
      const waiting = (await leadWaiting(t.db, lead))!;
      expect(await total(lead, "extension=1")).toBe(waiting.extensions);
      expect(await total(lead, "escalated=1")).toBe(waiting.escalations);
    }
  });

  it("is nothing, and reads nothing, for anyone who approves no extension", async () => {
    const captured = captureCompiledQueries(t.db);
    const officer = await createActor(t.db, "officer", { regionCode: HAISHU, agency: "market" });
    const ndrcLead = await createActor(t.db, "officer", { regionCode: HAISHU, agency: "development_reform", lead: true });
    const admin = await createActor(t.db, "admin");
    const operator = await createActor(t.db, "operator", { regionCode: HAISHU });
    captured.length = 0;
    for (const actor of [officer, ndrcLead, admin, operator]) expect(await leadWaiting(t.db, actor), actor.username).toBeNull();
    expect(await leadWaiting(t.db, { ...districtLead, mustChangePassword: true })).toBeNull();
    expect(captured).toEqual([]);
  });

  it("counts a write at once: an answered request, a new escalation", async () => {
    expect((await leadWaiting(t.db, districtLead))!.extensions).toBe(2);
    await t.db.updateTable("inspection_cases").set({ extension_requested_at: null }).where("id", "=", "ext").execute();
    await t.db.updateTable("inspection_cases").set({ escalated_at: ASKED }).where("id", "=", "plain").execute();
    try {
      expect(await leadWaiting(t.db, districtLead)).toEqual({ extensions: 1, escalations: 3 });
      // Another district's write leaves the district's kept pair as it was, and moves the city's.
      await t.db.updateTable("inspection_cases").set({ escalated_at: null }).where("id", "=", "jb").execute();
      expect(await leadWaiting(t.db, districtLead)).toEqual({ extensions: 1, escalations: 3 });
      expect(await leadWaiting(t.db, cityLead)).toEqual({ extensions: 1, escalations: 3 });
    } finally {
      await t.db.updateTable("inspection_cases").set({ extension_requested_at: ASKED }).where("id", "=", "ext").execute();
      await t.db.updateTable("inspection_cases").set({ escalated_at: null }).where("id", "=", "plain").execute();
      await t.db.updateTable("inspection_cases").set({ escalated_at: ASKED }).where("id", "=", "jb").execute();
    }
  });

  it("reads the version alone while the scope's cases are unchanged", async () => {
    forgetLeadWaiting();
    const captured = captureCompiledQueries(t.db);
    await leadWaiting(t.db, cityLead);
    captured.length = 0;
    expect(await leadWaiting(t.db, cityLead)).toEqual({ extensions: 2, escalations: 3 });
    expect(captured.map((q) => q.sql).filter((q) => /inspection_cases/.test(q))).toEqual([]);
  });

  it.skipIf(TEST_DIALECT === "pg")("reads a range of the two partial indexes, never the cases table", async () => {
    forgetLeadWaiting();
    const captured = captureCompiledQueries(t.db);
    captured.length = 0;
    await leadWaiting(t.db, cityLead);
    const count = captured.find((q) => /count\(\*\)/.test(q.sql))!;
    const plan = (await t.db.executeQuery<{ detail: string }>(CompiledQuery.raw(`explain query plan ${count.sql}`, [...count.parameters]))).rows.map((r) => r.detail).join(" | ");
    expect(plan).toMatch(/inspection_cases USING (COVERING )?INDEX inspection_cases_extension_requests \(region_code>\? AND region_code<\?\)/);
    expect(plan).toMatch(/inspection_cases USING (COVERING )?INDEX inspection_cases_open_counts \(region_code>\? AND region_code<\?\)/);
    expect(plan).not.toMatch(/SCAN inspection_cases(?! USING)/);
  });
});
