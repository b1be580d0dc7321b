/**
 * The kindergarten registry (app/domain/registry/registry.server.ts): an education office registers kindergartens of
 * its region and changes their records (rename, nature, grade, move, closure) with a reason, against the version it
 * read; the public search's index follows in the same transaction; a change of what the rules read of it evaluates
 * its account and fee schedule again (outbox → job); every step is audited; other agencies, roles and districts are
 * refused.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ulid } from "ulid";
import type { DB } from "~/db/client";
import { computeUsccCheckChar } from "~/domain/kindergartens/uscc";
import { registerKindergarten, registryEntry, updateKindergarten } from "~/domain/registry/registry.server";
import { registryHistory } from "~/domain/registry/registry.queries.server";
import type { Actor } from "~/domain/users/actor";
import { createJobContext } from "../../jobs/context";
import { silentLogger } from "../../jobs/logger";
import { processors } from "../../jobs/processors/index";
import { createInProcessRunner } from "../../jobs/runner";
import { addBankAccount } from "../factories/bank-accounts";
import { createActor, createKindergarten, HAISHU, JIANGBEI, NINGBO, PROVINCE, seedReferenceData } from "../factories/domain";
import { createTestDb, type TestDb } from "../setup/test-db";

let t: TestDb;
let db: DB;
let haishuEdu: Actor;
let ningboEdu: Actor;
let admin: Actor;

let serial = 0;
/** A USCC with a correct check character, unique per call. */
function uscc(prefix = "52"): string {
  serial += 1;
  const first17 = `${prefix}${HAISHU}MJA${String(serial).padStart(6, "0")}`;
  return first17 + computeUsccCheckChar(first17);
}

const record = (extra: Record<string, unknown> = {}) => ({
  uscc: uscc(),
  approvedName: "宁波市海曙区登记测试幼儿园",
  nature: "nonprofit_private",
  grade: "class2",
  regionCode: HAISHU,
  address: "宁波市海曙区测试路 8 号",
  ...extra,
});

async function registered(input: Record<string, unknown>, actor: Actor = haishuEdu): Promise<string> {
  const result = await registerKindergarten({ db, actor, input, submissionKey: ulid() });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.kindergartenId;
}

const row = (id: string) => db.selectFrom("kindergartens").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
const auditOf = (id: string) => db.selectFrom("audit_log").select(["action", "actor_id", "detail"]).where("entity", "=", "kindergarten").where("entity_id", "=", id).orderBy("seq").execute();
const outboxOf = (id: string) => db.selectFrom("outbox").select(["topic", "payload"]).where("topic", "=", "kindergarten.changed").where("payload", "like", `%${id}%`).execute();
const fieldKeys = (result: { ok: boolean; fieldErrors?: Record<string, Array<{ key: string }>> }) =>
  Object.fromEntries(Object.entries(result.fieldErrors ?? {}).map(([field, messages]) => [field, messages.map((m) => m.key.split("|")[0])]));
const formKeys = (result: { ok: boolean; formErrors?: Array<{ key: string }> }) => (result.formErrors ?? []).map((m) => m.key);

async function edit(actor: Actor, id: string, changes: Record<string, unknown>) {
  const entry = await registryEntry(db, admin, id);
  if (!entry) throw new Error("no entry");
  const { id: _id, uscc: _uscc, ...fields } = entry;
  // As the form shows it: a name in use that is the approved name is left empty, and follows a rename.
  const nameInUse = fields.nameInUse === fields.approvedName ? "" : fields.nameInUse;
  return updateKindergarten({ db, actor, kindergartenId: id, input: { ...fields, nameInUse, reason: "名称变更核准（甬教 2026-18 号）", ...changes } });
}

beforeAll(async () => {
  t = await createTestDb();
  db = t.db;
  await seedReferenceData(db);
  haishuEdu = await createActor(db, "officer", { regionCode: HAISHU, agency: "education" });
  ningboEdu = await createActor(db, "officer", { regionCode: NINGBO, agency: "education" });
  admin = await createActor(db, "admin");
});

afterAll(async () => {
  await t?.destroy();
});

describe("registering a kindergarten", () => {
  it("an education officer registers one in the district: stored, searchable, audited; the same post again answers with it", async () => {
    const input = record({ uscc: ` ${uscc().toLowerCase()} `, approvedName: "  宁波市海曙区启明幼儿园 " });
    const key = ulid();
    const first = await registerKindergarten({ db, actor: haishuEdu, input, submissionKey: key });
    expect(first).toMatchObject({ ok: true, replayed: false });
    if (!first.ok) return;
    const k = await row(first.kindergartenId);
    expect(k).toMatchObject({ approved_name: "宁波市海曙区启明幼儿园", name_in_use: "宁波市海曙区启明幼儿园", nature: "nonprofit_private", grade: "class2", region_code: HAISHU, status: "active" });
    expect(k.uscc).toMatch(/^52330203MJA\d{6}[0-9A-Z]$/);
    const indexed = await db.selectFrom("kindergarten_search").selectAll().where("kindergarten_id", "=", k.id).executeTakeFirst();
    expect(indexed?.search_text).toContain("启明");
    const audit = await auditOf(k.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "kindergarten.create", actor_id: haishuEdu.id });
    expect(JSON.parse(audit[0]!.detail)).toMatchObject({ uscc: k.uscc, via: "form", changes: { approvedName: "宁波市海曙区启明幼儿园", regionCode: HAISHU } });
    const again = await registerKindergarten({ db, actor: haishuEdu, input, submissionKey: key });
    expect(again).toMatchObject({ ok: true, replayed: true, kindergartenId: k.id });
    expect(await db.selectFrom("kindergartens").select("id").where("uscc", "=", k.uscc).execute()).toHaveLength(1);
  });

  it("refuses a malformed or miscounted USCC, one already registered, and regions that are unknown, a province's or outside the district", async () => {
    const good = uscc();
    const wrongCheck = good.slice(0, 17) + (good[17] === "0" ? "1" : "0");
    expect(fieldKeys(await registerKindergarten({ db, actor: haishuEdu, input: record({ uscc: wrongCheck }), submissionKey: ulid() }))).toEqual({ uscc: ["registry.uscc.checksum"] });
    expect(fieldKeys(await registerKindergarten({ db, actor: haishuEdu, input: record({ uscc: "ABC" }), submissionKey: ulid() }))).toEqual({ uscc: ["registry.uscc.format"] });
    const taken = (await row(await registered(record()))).uscc;
    expect(fieldKeys(await registerKindergarten({ db, actor: haishuEdu, input: record({ uscc: taken }), submissionKey: ulid() }))).toEqual({ uscc: ["registry.uscc.taken"] });
    expect(fieldKeys(await registerKindergarten({ db, actor: haishuEdu, input: record({ regionCode: JIANGBEI }), submissionKey: ulid() }))).toEqual({ regionCode: ["registry.region.outside"] });
    expect(fieldKeys(await registerKindergarten({ db, actor: admin, input: record({ regionCode: PROVINCE }), submissionKey: ulid() }))).toEqual({ regionCode: ["registry.region.level"] });
    expect(fieldKeys(await registerKindergarten({ db, actor: admin, input: record({ regionCode: "339999" }), submissionKey: ulid() }))).toEqual({ regionCode: ["registry.region.unknown"] });
    expect(fieldKeys(await registerKindergarten({ db, actor: haishuEdu, input: record({ nature: "charity", grade: "gold", approvedName: "园".repeat(101) }), submissionKey: ulid() }))).toEqual({
      nature: ["registry.nature.invalid"],
      grade: ["registry.grade.invalid"],
      approvedName: ["form.tooLong"],
    });
  });

  it("refuses market and development-reform officers, operators and education officers of another district's region", async () => {
    const market = await createActor(db, "officer", { regionCode: HAISHU, agency: "market" });
    const ndrc = await createActor(db, "officer", { regionCode: HAISHU, agency: "development_reform" });
    const kg = await createKindergarten(db);
    const operator = await createActor(db, "operator", { regionCode: HAISHU, kindergartenId: kg.id });
    for (const actor of [market, ndrc, operator]) {
      expect(formKeys(await registerKindergarten({ db, actor, input: record(), submissionKey: ulid() })), actor.role).toEqual(["registry.forbidden"]);
      expect(formKeys(await updateKindergarten({ db, actor, kindergartenId: kg.id, input: {} })), actor.role).toEqual(["registry.forbidden"]);
      expect(await registryEntry(db, actor, kg.id)).toBeNull();
    }
    const jiangbeiEdu = await createActor(db, "officer", { regionCode: JIANGBEI, agency: "education" });
    expect(await registryEntry(db, jiangbeiEdu, kg.id)).toBeNull();
    expect(await updateKindergarten({ db, actor: jiangbeiEdu, kindergartenId: kg.id, input: {} })).toMatchObject({ ok: false, kind: "not_found" });
  });
});

describe("changing a kindergarten's record", () => {
  it("a rename and a new nature: the fields before and after audited with the reason, the index follows, the kindergarten is evaluated again", async () => {
    const id = await registered(record({ approvedName: "宁波市海曙区旧名幼儿园", nature: "forprofit_private" }));
    const result = await edit(haishuEdu, id, { approvedName: "宁波市海曙区新名幼儿园", nature: "inclusive_private" });
    expect(result).toMatchObject({ ok: true, changed: ["approvedName", "nameInUse", "nature"] });
    const k = await row(id);
    expect(k).toMatchObject({ approved_name: "宁波市海曙区新名幼儿园", name_in_use: "宁波市海曙区新名幼儿园", nature: "inclusive_private" });
    const grams = await db.selectFrom("kindergarten_name_grams").select("gram").where("kindergarten_id", "=", id).execute();
    expect(grams.map((g) => g.gram)).toContain("新名");
    expect(grams.map((g) => g.gram)).not.toContain("旧名");
    const audit = (await auditOf(id)).at(-1)!;
    expect(audit).toMatchObject({ action: "kindergarten.update", actor_id: haishuEdu.id });
    expect(JSON.parse(audit.detail)).toEqual({
      uscc: k.uscc,
      via: "form",
      reason: "名称变更核准（甬教 2026-18 号）",
      changes: { approvedName: { from: "宁波市海曙区旧名幼儿园", to: "宁波市海曙区新名幼儿园" }, nameInUse: { from: "宁波市海曙区旧名幼儿园", to: "宁波市海曙区新名幼儿园" }, nature: { from: "forprofit_private", to: "inclusive_private" } },
    });
    expect(await outboxOf(id)).toHaveLength(1);
    // Officers read it as the kindergarten's history, newest first; another district's do not.
    const history = await registryHistory(db, haishuEdu, id);
    expect(history?.changes.map((h) => [h.kind, h.via, h.reason])).toEqual([
      ["changed", "form", "名称变更核准（甬教 2026-18 号）"],
      ["registered", "form", null],
    ]);
    expect(history?.changes[0]?.fields).toContainEqual({ field: "nature", from: "forprofit_private", to: "inclusive_private" });
    const jiangbeiMarket = await createActor(db, "officer", { regionCode: JIANGBEI, agency: "market" });
    expect(await registryHistory(db, jiangbeiMarket, id)).toBeNull();
  });

  it("an address or a status alone is not what the rules read: saved, audited, nothing evaluated again; nothing changed: nothing written", async () => {
    const id = await registered(record());
    expect(await edit(haishuEdu, id, { address: "宁波市海曙区新址路 1 号", status: "suspended" })).toMatchObject({ ok: true, changed: ["address", "status"] });
    expect(await outboxOf(id)).toHaveLength(0);
    const audits = (await auditOf(id)).length;
    expect(await edit(haishuEdu, id, {})).toMatchObject({ ok: true, changed: [] });
    expect(await auditOf(id)).toHaveLength(audits);
  });

  it("a record changed meanwhile is not overwritten: the second editor is told so, and the first one's change stands", async () => {
    const id = await registered(record());
    const stale = (await registryEntry(db, haishuEdu, id))!;
    expect(await edit(haishuEdu, id, { grade: "class1" })).toMatchObject({ ok: true });
    const { id: _i, uscc: _u, ...fields } = stale;
    const second = await updateKindergarten({ db, actor: ningboEdu, kindergartenId: id, input: { ...fields, grade: "class3", reason: "等级评定" } });
    expect(second).toMatchObject({ ok: false, kind: "conflict" });
    expect(formKeys(second)).toEqual(["registry.changedMeanwhile"]);
    expect((await row(id)).grade).toBe("class1");
  });

  it("a district's officer cannot move a kindergarten out of the district; the city's can move it between its districts", async () => {
    const id = await registered(record());
    expect(fieldKeys(await edit(haishuEdu, id, { regionCode: JIANGBEI }))).toEqual({ regionCode: ["registry.region.outside"] });
    expect(await edit(ningboEdu, id, { regionCode: JIANGBEI })).toMatchObject({ ok: true, changed: ["regionCode"] });
    expect((await db.selectFrom("kindergarten_search").select("region_code").where("kindergarten_id", "=", id).executeTakeFirstOrThrow()).region_code).toBe(JIANGBEI);
    // Now the other district's: not found for 海曙's officer.
    expect(await registryEntry(db, haishuEdu, id)).toBeNull();
  });

  it("the job evaluates the renamed kindergarten's account again: the filed account's name no longer matches (A01)", async () => {
    const name = "宁波市海曙区账户名幼儿园";
    const id = await registered(record({ approvedName: name }));
    await addBankAccount(db, id, { account_name: name });
    const runner = createInProcessRunner({ db, ctx: await createJobContext({ db, logger: silentLogger }), processors });
    const a01 = () => db.selectFrom("account_flags").select(["rule_id", "severity"]).where("kindergarten_id", "=", id).where("rule_id", "=", "A01").execute();
    expect(await edit(haishuEdu, id, { approvedName: "宁波市海曙区改名后幼儿园" })).toMatchObject({ ok: true });
    while ((await runner.drainOnce()).processed > 0);
    expect(await a01()).toMatchObject([{ rule_id: "A01", severity: "red" }]);
    // Renamed back: the job clears the flag (it replaces, never adds).
    expect(await edit(haishuEdu, id, { approvedName: name })).toMatchObject({ ok: true });
    while ((await runner.drainOnce()).processed > 0);
    expect(await a01()).toEqual([]);
  });
});
