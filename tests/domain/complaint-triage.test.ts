/**
 * Triage of received complaints on a real database (SQLite; Postgres with
 * TEST_DB=pg), with the real rule files: findings stored with their
 * explanations against the schedule and account in force on the day paid,
 * item keys, the non-public "triaged" event, idempotence, R02's regional
 * keywords reaching C03, R18 opening exactly one case for three independent
 * complaints and updating it with the fourth, and R19 at the three-year
 * boundary (a suggestion: the complaint's state never changes).
 */
import { beforeAll, afterAll, describe, expect, it } from "vitest";
import { ulid } from "ulid";
import { retriageComplaints } from "~/domain/complaints/complaint-retriage-sweep.server";
import { complaintFindings, triageComplaint } from "~/domain/complaints/complaint-triage.server";
import { createRulesRuntime } from "~/domain/rules-runtime/rules-runtime.server";
import { formatMessage } from "~/rules/explain";
import { loadRuleSet } from "~/rules/load/read-files";
import { activeRules, fileChronology } from "~/rules/load/rule-set";
import { addBankAccount } from "../factories/bank-accounts";
import { fileComplaint } from "../factories/complaints";
import { activeParameterSet, createKindergarten, HAISHU, insertCareFeeFiling, seedReferenceData } from "../factories/domain";
import { createTestDb, type TestDb } from "../setup/test-db";

let t: TestDb;
const rules = createRulesRuntime(loadRuleSet());
const NOW = new Date("2026-11-30T06:00:00Z");

beforeAll(async () => {
  t = await createTestDb();
  await seedReferenceData(t.db);
});

afterAll(async () => {
  await t?.destroy();
});

/** A kindergarten with 保教费 900 yuan a month from 2026-03-01 and 1,000 from 2026-09-01, and a filed account. */
async function kindergarten(): Promise<string> {
  const kg = await createKindergarten(t.db, { name: "宁波市海曙区阳光幼儿园", region_code: HAISHU });
  await insertCareFeeFiling(t.db, kg.id, 90_000, { version: 1, term: "2026-spring", effectiveFrom: "2026-03-01", publishedOn: "2026-01-05" });
  await insertCareFeeFiling(t.db, kg.id, 100_000, { version: 2, term: "2026-autumn", effectiveFrom: "2026-09-01", publishedOn: "2026-07-01" });
  await addBankAccount(t.db, kg.id, { account_number: "39012001040012345" });
  return kg.id;
}

const flagsOf = (complaintId: string) =>
  t.db.selectFrom("complaint_flags").select(["rule_id", "rule_version", "severity", "explanation"]).where("complaint_id", "=", complaintId).orderBy("rule_id").execute();
const firedIds = async (complaintId: string) => (await flagsOf(complaintId)).map((f) => `${f.rule_id}:${f.severity}`);

describe("triageComplaint", () => {
  it("stores each fired rule with its explanation, the item keys, triaged_at and a non-public event", async () => {
    const kg = await kindergarten();
    const { complaintId } = await fileComplaint(t.db, kg, { items: [{ name: "保教费 ", amount: "1200.00" }, { name: "赞助费", amount: "3000", unit: "once" }] });
    const result = await triageComplaint(t.db, rules, complaintId, NOW);
    // The versions the files place in force on the day of receipt (a fresh installation's activation).
    const inForce = activeRules(fileChronology(loadRuleSet()), NOW.toISOString().slice(0, 10), "complaint");
    expect(result?.fired).toEqual(["C01", "C02", "C03"].map((id) => `${id}@${inForce.find((d) => d.id === id)!.version}`));
    expect(await firedIds(complaintId)).toEqual(["C01:red", "C02:amber", "C03:red"]);

    const complaint = await t.db.selectFrom("complaints").select(["triaged_at", "status", "case_id"]).where("id", "=", complaintId).executeTakeFirstOrThrow();
    expect(complaint).toEqual({ triaged_at: NOW.toISOString(), status: "received", case_id: null });
    const keys = await t.db.selectFrom("complaint_items").select("item_key").where("complaint_id", "=", complaintId).orderBy("position").execute();
    expect(keys.map((k) => k.item_key)).toEqual(["保教费", "赞助费"]);
    const events = await t.db.selectFrom("complaint_events").select(["kind", "public", "party"]).where("complaint_id", "=", complaintId).orderBy("created_at").execute();
    expect(events).toEqual([
      { kind: "received", public: 1, party: "complainant" },
      { kind: "triaged", public: 0, party: "system" },
    ]);

    // The officer's view: worst first, each a whole outcome with its words, evidence and legal basis.
    const findings = await complaintFindings(t.db, complaintId);
    expect(findings.map((f) => f.ruleId)).toEqual(["C01", "C03", "C02"]);
    const c01 = findings[0].outcome;
    expect(formatMessage(c01, "zh")).toContain("最多高出 200.00 元");
    expect(c01.details.aboveFiled).toEqual([expect.objectContaining({ name: "保教费", filedName: "保教费", amountFen: 100_000, chargedFen: 120_000, overFen: 20_000 })]);
    expect(c01.details.comparedOn).toBe("2026-11-02");
    expect(c01.legalBasis.length).toBeGreaterThan(0);
    expect(formatMessage(findings[1].outcome, "en")).toContain("赞助");
  });

  it("compares with the schedule in force on the day paid, or on the day of receipt without one", async () => {
    const kg = await kindergarten();
    const paidInSpring = await fileComplaint(t.db, kg, { items: [{ name: "保教费", amount: "950" }], paidOn: "2026-05-06", learnedOn: "2026-05-06" });
    const noDate = await fileComplaint(t.db, kg, { items: [{ name: "保教费", amount: "950" }], paidOn: null, learnedOn: "2026-11-01" });
    await triageComplaint(t.db, rules, paidInSpring.complaintId, NOW);
    await triageComplaint(t.db, rules, noDate.complaintId, NOW);
    expect(await firedIds(paidInSpring.complaintId)).toEqual(["C01:red"]);
    expect(await firedIds(noDate.complaintId)).toEqual([]);
  });

  it("C04: the account paid into against the filed account, by digits", async () => {
    const kg = await kindergarten();
    const same = await fileComplaint(t.db, kg, { kind: "other_account", accountPaidInto: "3901-2001-0400-12345" });
    const other = await fileComplaint(t.db, kg, { kind: "other_account", accountPaidInto: "6222 0200 0000 1234" });
    await triageComplaint(t.db, rules, same.complaintId, NOW);
    await triageComplaint(t.db, rules, other.complaintId, NOW);
    expect(await firedIds(same.complaintId)).toEqual(["C01:red"]);
    expect(await firedIds(other.complaintId)).toEqual(["C01:red", "C04:red"]);
  });

  it("a retried triage leaves the same findings and no second event", async () => {
    const kg = await kindergarten();
    const { complaintId } = await fileComplaint(t.db, kg, { kind: "refund", items: [{ name: "保教费", amount: "1000" }] });
    await triageComplaint(t.db, rules, complaintId, NOW);
    const first = await flagsOf(complaintId);
    await triageComplaint(t.db, rules, complaintId, new Date(NOW.getTime() + 60_000));
    expect(await flagsOf(complaintId)).toEqual(first);
    expect(first.map((f) => f.rule_id)).toEqual(["C05"]);
    const triaged = await t.db.selectFrom("complaint_events").select("id").where("complaint_id", "=", complaintId).where("kind", "=", "triaged").execute();
    expect(triaged).toHaveLength(1);
  });

  it("returns null for a complaint that does not exist", async () => {
    expect(await triageComplaint(t.db, rules, ulid(), NOW)).toBeNull();
  });

  it("C03 matches with R02's keywords as the region's overlay sets them", async () => {
    const kg = await kindergarten();
    const removeSet = await activeParameterSet(t.db, HAISHU, "R02", { keywords: ["空调费"] }, NOW);
    try {
      const { complaintId } = await fileComplaint(t.db, kg, { kind: "prohibited_item", items: [{ name: "空调费", amount: "50" }, { name: "赞助费", amount: "50" }] });
      await triageComplaint(t.db, rules, complaintId, NOW);
      const [c03] = (await complaintFindings(t.db, complaintId)).filter((f) => f.ruleId === "C03");
      expect(c03.outcome.details.prohibited).toEqual([expect.objectContaining({ name: "空调费", matchedKeywords: ["空调费"] })]);
    } finally {
      await removeSet();
    }
  });
});

describe("the re-triage sweep", () => {
  const c03Names = async (complaintId: string) =>
    ((await complaintFindings(t.db, complaintId)).find((f) => f.ruleId === "C03")?.outcome.details.prohibited as { name: string }[] | undefined)?.map((p) => p.name) ?? [];
  const triages = async (complaintId: string) =>
    (await t.db.selectFrom("audit_log").select("id").where("entity_id", "=", complaintId).where("action", "=", "complaint.triaged").execute()).length;

  it("triages again, once, the complaints in hand whose rules changed since (R02's keywords for the region), and leaves closed ones", async () => {
    const kg = await kindergarten();
    const items = [{ name: "空调费", amount: "50" }, { name: "赞助费", amount: "50" }];
    const { complaintId: inHand } = await fileComplaint(t.db, kg, { kind: "prohibited_item", items });
    const { complaintId: closed } = await fileComplaint(t.db, kg, { kind: "prohibited_item", items });
    await triageComplaint(t.db, rules, inHand, NOW);
    await triageComplaint(t.db, rules, closed, NOW);
    await t.db.updateTable("complaints").set({ status: "closed" }).where("id", "=", closed).execute();
    expect(await c03Names(inHand)).toEqual(["赞助费"]);
    // An earlier test triaged one under an overlay it then removed: the first run triages that one again.
    await retriageComplaints(t.db, rules, NOW);
    expect(await retriageComplaints(t.db, rules, NOW)).toEqual({ retriaged: 0 });
    expect(await triages(inHand)).toBe(1);

    const removeSet = await activeParameterSet(t.db, HAISHU, "R02", { keywords: ["空调费", "赞助费"] }, NOW);
    try {
      const run = await retriageComplaints(t.db, rules, NOW, { pageSize: 2 });
      expect(run.retriaged).toBeGreaterThanOrEqual(1);
      expect(await c03Names(inHand)).toEqual(["空调费", "赞助费"]);
      expect(await triages(inHand)).toBe(2);
      // Closed: its findings stay those of its triage.
      expect(await c03Names(closed)).toEqual(["赞助费"]);
      expect(await triages(closed)).toBe(1);
      expect(await retriageComplaints(t.db, rules, NOW)).toEqual({ retriaged: 0 });
    } finally {
      await removeSet();
    }
  });
});

describe("R18: a cluster of complaints opens one case", () => {
  const at = (day: string) => new Date(`${day}T02:00:00Z`);
  const caseRows = (kg: string) =>
    t.db.selectFrom("inspection_cases").select(["id", "rule_id", "source", "severity", "status", "term", "dedupe_key"]).where("kindergarten_id", "=", kg).execute();
  const linked = (kg: string) =>
    t.db.selectFrom("complaints").select(["id", "case_id"]).where("kindergarten_id", "=", kg).orderBy("received_at").execute();

  it("three independent complaints about one item open exactly one case; the fourth updates it; re-triage changes nothing", async () => {
    const kg = await kindergarten();
    const ids: string[] = [];
    const phones = ["13800000001", "13800000002", null];
    for (const [i, day] of ["2026-11-05", "2026-11-20", "2026-11-30"].entries()) {
      const track = phones[i] ? "complaint" : "report";
      const { complaintId } = await fileComplaint(t.db, kg, { track, phone: phones[i], items: [{ name: i === 1 ? "保 教 费。" : "保教费", amount: "1000" }], receivedAt: at(day) });
      ids.push(complaintId);
      const result = await triageComplaint(t.db, rules, complaintId, at(day));
      expect(result!.cases.length).toBe(i === 2 ? 1 : 0);
    }
    let cases = await caseRows(kg);
    expect(cases).toEqual([
      expect.objectContaining({ rule_id: "R18", source: "complaint", severity: "amber", status: "open", term: "2026-autumn", dedupe_key: `${kg}|R18|item:保教费|2026-autumn` }),
    ]);
    const caseId = cases[0].id;
    expect((await linked(kg)).map((c) => c.case_id)).toEqual([caseId, caseId, caseId]);
    expect(await firedIds(ids[2])).toContain("R18:amber");

    const fourth = await fileComplaint(t.db, kg, { phone: "13800000004", receivedAt: at("2026-12-01") });
    const result = await triageComplaint(t.db, rules, fourth.complaintId, at("2026-12-01"));
    expect(result!.cases).toEqual([{ caseId, opened: false, reopened: false, linked: [fourth.complaintId] }]);
    cases = await caseRows(kg);
    expect(cases).toHaveLength(1);
    expect((await linked(kg)).map((c) => c.case_id)).toEqual([caseId, caseId, caseId, caseId]);

    for (const id of [...ids, fourth.complaintId]) await triageComplaint(t.db, rules, id, at("2026-12-02"));
    expect(await caseRows(kg)).toHaveLength(1);
    const events = await t.db.selectFrom("case_events").select(["kind", "payload"]).where("case_id", "=", caseId).orderBy("created_at").execute();
    expect(events.map((e) => e.kind)).toEqual(["opened", "complaints_linked"]);
    expect(JSON.parse(events[0].payload)).toMatchObject({ ruleId: "R18", source: "complaint", itemKey: "保教费", complaintIds: [...ids].sort() });
  });

  it("three complaints from one phone, or spread beyond the window, open nothing", async () => {
    const kg = await kindergarten();
    for (const day of ["2026-11-10", "2026-11-20", "2026-11-30"]) {
      const { complaintId } = await fileComplaint(t.db, kg, { phone: "13800000009", receivedAt: at(day) });
      await triageComplaint(t.db, rules, complaintId, at(day));
    }
    const kg2 = await kindergarten();
    for (const [i, day] of ["2026-10-01", "2026-11-01", "2026-11-30"].entries()) {
      const { complaintId } = await fileComplaint(t.db, kg2, { phone: `1390000000${i}`, receivedAt: at(day), paidOn: "2026-09-10", learnedOn: "2026-09-10" });
      await triageComplaint(t.db, rules, complaintId, at(day));
    }
    expect(await caseRows(kg)).toEqual([]);
    expect(await caseRows(kg2)).toEqual([]);
  });

  it("one parent's phone written with and without +86 is one complainant: three such complaints open nothing", async () => {
    const kg = await kindergarten();
    const days = ["2026-11-10", "2026-11-20", "2026-11-30"];
    for (const [i, phone] of ["+86 138 0000 0019", "13800000019", "13800000019"].entries()) {
      const { complaintId } = await fileComplaint(t.db, kg, { phone, receivedAt: at(days[i]) });
      // The third as stored before intake dropped the country code.
      if (i === 2) await t.db.updateTable("complaints").set({ contact_phone: "+8613800000019" }).where("id", "=", complaintId).execute();
      await triageComplaint(t.db, rules, complaintId, at(days[i]));
    }
    const stored = await t.db.selectFrom("complaints").select("contact_phone").where("kindergarten_id", "=", kg).orderBy("received_at").execute();
    expect(stored.map((r) => r.contact_phone)).toEqual(["13800000019", "13800000019", "+8613800000019"]);
    expect(await caseRows(kg)).toEqual([]);
  });

  it("a closed case of the term is reopened by a new cluster, not duplicated", async () => {
    const kg = await kindergarten();
    for (const [i, day] of ["2026-11-26", "2026-11-27", "2026-11-28"].entries()) {
      const { complaintId } = await fileComplaint(t.db, kg, { phone: `1370000000${i}`, receivedAt: at(day) });
      await triageComplaint(t.db, rules, complaintId, at(day));
    }
    const [opened] = await caseRows(kg);
    await t.db.updateTable("inspection_cases").set({ status: "closed" }).where("id", "=", opened.id).execute();
    const { complaintId } = await fileComplaint(t.db, kg, { phone: "13700000009", receivedAt: at("2026-11-30") });
    const result = await triageComplaint(t.db, rules, complaintId, at("2026-11-30"));
    expect(result!.cases).toEqual([{ caseId: opened.id, opened: false, reopened: true, linked: [complaintId] }]);
    expect(await caseRows(kg)).toEqual([expect.objectContaining({ id: opened.id, status: "open" })]);
  });
});

describe("R19: the three-year bar suggests, never rejects", () => {
  it.each([
    ["learned exactly three years before receipt", "2023-11-30", []],
    ["learned three years and a day before receipt", "2023-11-29", ["R19:amber"]],
  ] as const)("%s", async (_label, learnedOn, expected) => {
    const kg = await kindergarten();
    const { complaintId } = await fileComplaint(t.db, kg, { kind: "other", items: [], paidOn: null, learnedOn, receivedAt: new Date("2026-11-30T02:00:00Z") });
    await triageComplaint(t.db, rules, complaintId, NOW);
    expect(await firedIds(complaintId)).toEqual(expected);
    const row = await t.db.selectFrom("complaints").select(["status", "rejection_ground", "due_kind"]).where("id", "=", complaintId).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: "received", rejection_ground: null, due_kind: "accept" });
  });
});
