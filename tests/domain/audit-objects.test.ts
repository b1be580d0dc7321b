/**
 * The audit log's objects in words (app/domain/audit/audit-objects.server.ts), on the demo data: each kind of
 * entry's object named as the page shows it, with the page it opens (a filing and a meal-fund month their
 * kindergarten's, a public case the public's only once published); a complaint by its kindergarten alone, never its
 * complainant, phone or tracking number; an id no record answers left as it is; an export's scope named as its
 * region or everywhere; a page read with one query per kind of object on it, never one per entry. The page's
 * rendering and its links opened by the admin: tests/routes/audit-log-page.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAudit, type AuditEntry } from "~/domain/audit/audit.server";
import { auditLogPage, AUDIT_PAGE_SIZE, type AuditLogRow } from "~/domain/audit/audit-log.queries.server";
import { formatYearMonth } from "~/utils/instant";
import { formatTerm } from "~/utils/term";
import { shanghaiDate } from "~/utils/working-days";
import { captureCompiledQueries, createDemoDb, type TestDb } from "../setup/test-db";

let t: TestDb;
/** Entries are written in a year of their own, read back with `from` that year. */
let second = 0;
const record = (entry: Omit<AuditEntry, "actorId">, year = 2032) => recordAudit(t.db, { actorId: null, ...entry }, new Date(Date.UTC(year, 0, 1, 0, 0, second++)));
const pageOf = async (year: number, lang: "zh-CN" | "en" = "zh-CN") => new Map((await auditLogPage(t.db, { from: `${year}-01-01` }, lang)).rows.map((r): [string, AuditLogRow] => [`${r.entity}|${r.entityId}`, r]));

beforeAll(async () => {
  t = await createDemoDb();
});

afterAll(async () => {
  await t?.destroy();
});

describe("the audit log's objects", () => {
  it("names each kind of object in words and gives the page it opens; an unknown id is left as it is", async () => {
    const db = t.db;
    const kgOf = (id: string) => db.selectFrom("kindergartens").select(["id", "name_in_use"]).where("id", "=", id).executeTakeFirstOrThrow();
    const ruleCase = await db.selectFrom("inspection_cases").select(["id", "rule_id", "kindergarten_id"]).where("source", "=", "rule").orderBy("id").executeTakeFirstOrThrow();
    const complaintCase = await db.selectFrom("inspection_cases").select(["id", "kindergarten_id"]).where("source", "=", "complaint").orderBy("id").executeTakeFirstOrThrow();
    const kg006 = await db.selectFrom("users").select(["id", "kindergarten_id"]).where("username", "=", "kg006").executeTakeFirstOrThrow();
    const complaint = await db.selectFrom("complaints").select(["id", "kindergarten_id"]).where("contact_name", "is not", null).orderBy("id").executeTakeFirstOrThrow();
    const account = await db.selectFrom("bank_accounts").select(["id", "kindergarten_id"]).orderBy("id").executeTakeFirstOrThrow();
    const filing = await db.selectFrom("fee_filings").select(["id", "kindergarten_id", "term"]).orderBy("id").executeTakeFirstOrThrow();
    const mealFund = await db.selectFrom("meal_fund_accounts").select(["id", "kindergarten_id", "month"]).orderBy("id").executeTakeFirstOrThrow();
    const published = await db.selectFrom("public_cases").select(["id", "kindergarten_id", "decided_on"]).where("status", "=", "published").executeTakeFirstOrThrow();
    const draft = await db.selectFrom("public_cases").select(["id", "kindergarten_id", "decided_on"]).where("status", "<>", "published").executeTakeFirstOrThrow();
    const draw = await db.selectFrom("spot_check_draws as d").innerJoin("regions as r", "r.code", "d.region_code").select(["d.id", "d.drawn_at", "r.name"]).executeTakeFirstOrThrow();
    const item = await db.selectFrom("fee_item_types").select(["code", "name_zh", "name_en"]).orderBy("code").executeTakeFirstOrThrow();
    const set = await db.selectFrom("rule_parameter_sets as s").innerJoin("regions as r", "r.code", "s.region_code").select(["s.id", "s.rule_id", "r.name"]).executeTakeFirstOrThrow();
    const activation = await db.selectFrom("rule_activations").select(["id", "rule_id", "version"]).orderBy("id").executeTakeFirstOrThrow();

    await record({ action: "case.assign", entity: "inspection_case", entityId: ruleCase.id });
    await record({ action: "case.assign", entity: "inspection_case", entityId: complaintCase.id });
    await record({ action: "case.export", entity: "inspection_case", entityId: "330203" });
    await record({ action: "case.export", entity: "inspection_case", entityId: "*" });
    await record({ action: "kindergarten.update", entity: "kindergarten", entityId: kg006.kindergarten_id! });
    await record({ action: "login", entity: "user", entityId: kg006.id });
    await record({ action: "login", entity: "user", entityId: "01UNKNOWNUSER0000000000000" });
    await record({ action: "complaint.accept", entity: "complaint", entityId: complaint.id });
    await record({ action: "account.file", entity: "bank_account", entityId: account.id });
    await record({ action: "filing.submit", entity: "fee_filing", entityId: filing.id });
    await record({ action: "meal_fund.file", entity: "meal_fund_account", entityId: mealFund.id });
    await record({ action: "publication.approve", entity: "public_case", entityId: published.id });
    await record({ action: "publication.submit", entity: "public_case", entityId: draft.id });
    await record({ action: "spot_check.draw", entity: "spot_check_draw", entityId: draw.id });
    await record({ action: "fee_item_type.rename", entity: "fee_item_type", entityId: item.code });
    await record({ action: "rule_parameter_set.activate", entity: "rule_parameter_set", entityId: set.id });
    await record({ action: "rule_version.activate", entity: "rule_activation", entityId: activation.id });
    await record({ action: "region.load", entity: "region_table", entityId: "national-2023.csv" });
    await record({ action: "kindergarten.import", entity: "kindergarten_import", entityId: "01IMPORTKEY000000000000000" });

    const page = await pageOf(2032);
    const objectOf = (entity: string, id: string) => page.get(`${entity}|${id}`)?.object;
    const kg = async (id: string) => (await kgOf(id)).name_in_use;
    expect(objectOf("inspection_case", ruleCase.id)).toEqual({ name: `${await kg(ruleCase.kindergarten_id)} · ${ruleCase.rule_id}`, opens: { page: "case", id: ruleCase.id } });
    expect(objectOf("inspection_case", complaintCase.id)).toEqual({ name: `${await kg(complaintCase.kindergarten_id)} · 投诉举报`, opens: { page: "case", id: complaintCase.id } });
    expect(objectOf("inspection_case", "330203")).toEqual({ name: "海曙区", opens: null });
    expect(objectOf("inspection_case", "*")).toEqual({ name: "全国", opens: null });
    expect(objectOf("kindergarten", kg006.kindergarten_id!)).toEqual({ name: await kg(kg006.kindergarten_id!), opens: { page: "kindergarten", id: kg006.kindergarten_id } });
    expect(objectOf("user", kg006.id)).toEqual({ name: "kg006", opens: { page: "user", id: kg006.id } });
    expect(objectOf("user", "01UNKNOWNUSER0000000000000")).toBeNull();
    expect(objectOf("complaint", complaint.id)).toEqual({ name: await kg(complaint.kindergarten_id), opens: { page: "complaint", id: complaint.id } });
    expect(objectOf("bank_account", account.id)).toEqual({ name: await kg(account.kindergarten_id), opens: { page: "account", id: account.id } });
    expect(objectOf("fee_filing", filing.id)).toEqual({ name: `${await kg(filing.kindergarten_id)} · ${formatTerm(filing.term, "zh-CN")}`, opens: { page: "kindergarten", id: filing.kindergarten_id } });
    expect(objectOf("meal_fund_account", mealFund.id)).toEqual({
      name: `${await kg(mealFund.kindergarten_id)} · ${formatYearMonth(mealFund.month, "zh-CN")}`,
      opens: { page: "kindergarten", id: mealFund.kindergarten_id },
    });
    expect(objectOf("public_case", published.id)).toEqual({ name: `${await kg(published.kindergarten_id)} · ${published.decided_on}`, opens: { page: "public_case", id: published.id } });
    expect(objectOf("public_case", draft.id)).toEqual({ name: `${await kg(draft.kindergarten_id)} · ${draft.decided_on}`, opens: null });
    expect(objectOf("spot_check_draw", draw.id)).toEqual({ name: `${draw.name} · ${shanghaiDate(new Date(draw.drawn_at))}`, opens: { page: "spot_check", id: draw.id } });
    expect(objectOf("fee_item_type", item.code)).toEqual({ name: item.name_zh, opens: { page: "fee_item", id: item.code } });
    expect(objectOf("rule_parameter_set", set.id)).toEqual({ name: `${set.name} · ${set.rule_id}`, opens: { page: "parameter_set", id: set.id } });
    expect(objectOf("rule_activation", activation.id)).toEqual({ name: `${activation.rule_id} 第 ${activation.version} 版`, opens: { page: "rule", id: activation.rule_id } });
    expect(objectOf("region_table", "national-2023.csv")).toEqual({ name: "national-2023.csv", opens: { page: "regions", id: "" } });
    expect(objectOf("kindergarten_import", "01IMPORTKEY000000000000000")).toBeNull();

    // In English where the portal has the words.
    const en = await pageOf(2032, "en");
    expect(en.get(`fee_item_type|${item.code}`)?.object?.name).toBe(item.name_en);
    expect(en.get(`inspection_case|${complaintCase.id}`)?.object?.name).toMatch(/ · Complaint/);
    expect(en.get("inspection_case|*")?.object?.name).toBe("Everywhere");
  });

  it("names a complaint by its kindergarten: never the complainant, the phone or the tracking number", async () => {
    const complaints = await t.db.selectFrom("complaints").select(["id", "contact_name", "contact_phone", "tracking_no"]).where("contact_name", "is not", null).execute();
    expect(complaints.length).toBeGreaterThan(3);
    for (const c of complaints) await record({ action: "complaint.accept", entity: "complaint", entityId: c.id }, 2033);
    const page = JSON.stringify([...(await pageOf(2033)).values()]);
    for (const c of complaints) {
      expect(page).toContain(c.id);
      for (const secret of [c.contact_name, c.contact_phone, c.tracking_no]) if (secret) expect(page).not.toContain(secret);
    }
  });

  it("reads a full page with one query per kind of object on it, never one per entry", async () => {
    const cases = (await t.db.selectFrom("inspection_cases").select("id").execute()).map((c) => c.id);
    const filings = (await t.db.selectFrom("fee_filings").select("id").limit(AUDIT_PAGE_SIZE).execute()).map((f) => f.id);
    const users = (await t.db.selectFrom("users").select("id").execute()).map((u) => u.id);
    // A page of cases alone (every case of the demo, some twice), and a page of three kinds.
    for (let i = 0; i < AUDIT_PAGE_SIZE; i++) await record({ action: "case.assign", entity: "inspection_case", entityId: cases[i % cases.length] }, 2034);
    for (let i = 0; i < AUDIT_PAGE_SIZE; i++) {
      const [entity, ids] = ([["inspection_case", cases], ["fee_filing", filings], ["user", users]] as const)[i % 3];
      await record({ action: entity === "user" ? "login" : entity === "fee_filing" ? "filing.submit" : "case.assign", entity, entityId: ids[i % ids.length] }, 2035);
    }
    for (const [year, kinds] of [[2034, 1], [2035, 3]] as const) {
      const captured = captureCompiledQueries(t.db);
      const rows = (await auditLogPage(t.db, { from: `${year}-01-01`, to: `${year}-12-31` })).rows;
      expect(rows.length).toBe(AUDIT_PAGE_SIZE);
      expect(rows.every((r) => r.object !== null)).toBe(true);
      // The page, the chain's head, and one look-up per kind of object.
      expect(captured.length, String(year)).toBe(2 + kinds);
    }
  });

  it("reads a page mixing every kind of object with one query per kind that has a table, whatever the entries per kind", async () => {
    const db = t.db;
    const ids = async (query: { execute(): Promise<Array<{ id: string }>> }) => (await query.execute()).map((r) => r.id);
    // Up to four records of each kind the demo has, each its own entry.
    const kinds: Array<[entity: AuditEntry["entity"], action: AuditEntry["action"], ids: string[]]> = [
      ["user", "login", await ids(db.selectFrom("users").select("id").orderBy("id").limit(4))],
      ["kindergarten", "kindergarten.update", await ids(db.selectFrom("kindergartens").select("id").orderBy("id").limit(4))],
      ["inspection_case", "case.assign", await ids(db.selectFrom("inspection_cases").select("id").orderBy("id").limit(4))],
      ["complaint", "complaint.accept", await ids(db.selectFrom("complaints").select("id").orderBy("id").limit(4))],
      ["bank_account", "account.file", await ids(db.selectFrom("bank_accounts").select("id").orderBy("id").limit(4))],
      ["fee_filing", "filing.submit", await ids(db.selectFrom("fee_filings").select("id").orderBy("id").limit(4))],
      ["meal_fund_account", "meal_fund.file", await ids(db.selectFrom("meal_fund_accounts").select("id").orderBy("id").limit(4))],
      ["public_case", "publication.submit", await ids(db.selectFrom("public_cases").select("id").orderBy("id").limit(4))],
      ["spot_check_draw", "spot_check.draw", await ids(db.selectFrom("spot_check_draws").select("id").orderBy("id").limit(4))],
      ["fee_item_type", "fee_item_type.rename", await ids(db.selectFrom("fee_item_types").select("code as id").orderBy("code").limit(4))],
      ["rule_parameter_set", "rule_parameter_set.activate", await ids(db.selectFrom("rule_parameter_sets").select("id").orderBy("id").limit(4))],
      ["rule_activation", "rule_version.activate", await ids(db.selectFrom("rule_activations").select("id").orderBy("id").limit(4))],
    ];
    expect(kinds.every(([, , found]) => found.length > 0)).toBe(true);
    expect(kinds.filter(([, , found]) => found.length > 1).length).toBeGreaterThanOrEqual(8);
    for (const [entity, action, found] of kinds) for (const entityId of found) await record({ action, entity, entityId }, 2036);
    // Kinds named without a record read, and an export's scope named by its region.
    await record({ action: "region.load", entity: "region_table", entityId: "national-2023.csv" }, 2036);
    await record({ action: "kindergarten.import", entity: "kindergarten_import", entityId: "01IMPORTKEY000000000000001" }, 2036);
    await record({ action: "case.export", entity: "inspection_case", entityId: "330203" }, 2036);
    await record({ action: "case.export", entity: "inspection_case", entityId: "*" }, 2036);
    const entries = kinds.reduce((n, [, , found]) => n + found.length, 4);
    expect(entries).toBeLessThanOrEqual(AUDIT_PAGE_SIZE);

    const captured = captureCompiledQueries(db);
    const rows = (await auditLogPage(db, { from: "2036-01-01", to: "2036-12-31" })).rows;
    expect(rows.length).toBe(entries);
    expect(rows.filter((r) => r.object === null).map((r) => r.entity)).toEqual(["kindergarten_import"]);
    // The page, the chain's head, one look-up per kind with a table, and the export scope's region.
    expect(captured.length).toBe(2 + kinds.length + 1);
  });
});
