/**
 * The registry's CSV import (app/domain/registry/registry-import.server.ts): a preview writes nothing and says what a
 * commit would do; a commit registers new USCCs, updates known ones that differ (audited with the file as the reason,
 * indexed, evaluated again), leaves identical ones alone, writes nothing at all when one row is refused, and answers a
 * repeated key with its first counts; a file of thousands of rows goes through in one transaction.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ulid } from "ulid";
import type { DB } from "~/db/client";
import { verifyAuditChain } from "~/domain/audit/audit-chain.server";
import { computeUsccCheckChar } from "~/domain/kindergartens/uscc";
import { importRegistry, LISTED, type RegistryImportResult } from "~/domain/registry/registry-import.server";
import { registerKindergarten } from "~/domain/registry/registry.server";
import { REGISTRY_COLUMNS, REGISTRY_EXAMPLE_ROWS } from "~/domain/registry/registry.schema";
import type { Actor } from "~/domain/users/actor";
import { createActor, createKindergarten, HAISHU, JIANGBEI, NINGBO, seedReferenceData } from "../factories/domain";
import { handMadeWorkbook, workbookOf } from "../factories/workbooks";
import { createTestDb, type TestDb } from "../setup/test-db";

let t: TestDb;
let db: DB;
let haishuEdu: Actor;
let ningboEdu: Actor;

let serial = 0;
/** A USCC with a correct check character, unique per call (a prefix of its own: registry.test.ts uses MJA). */
function uscc(): string {
  serial += 1;
  const first17 = `52${HAISHU}MJB${String(serial).padStart(6, "0")}`;
  return first17 + computeUsccCheckChar(first17);
}

type Row = Partial<Record<(typeof REGISTRY_COLUMNS)[number], string>>;
const row = (extra: Row = {}): Row => ({
  uscc: uscc(),
  approved_name: `宁波市海曙区导入测试幼儿园${serial}`,
  nature: "nonprofit_private",
  grade: "class2",
  region_code: HAISHU,
  address: `宁波市海曙区导入路 ${serial} 号`,
  ...extra,
});
const csv = (rows: Row[]) => [REGISTRY_COLUMNS.join(","), ...rows.map((r) => REGISTRY_COLUMNS.map((c) => r[c] ?? "").join(","))].join("\r\n") + "\r\n";

const run = (actor: Actor, file: string | Uint8Array, commit: boolean, extra: { submissionKey?: string; previewed?: string; fileName?: string } = {}) =>
  importRegistry({ db, actor, file, commit, submissionKey: extra.submissionKey ?? ulid(), fileName: extra.fileName ?? "名录.csv", previewed: extra.previewed });

function preview(result: RegistryImportResult) {
  if (!result.ok || result.committed) throw new Error(`not a preview: ${JSON.stringify(result).slice(0, 500)}`);
  return result.preview;
}

async function counts() {
  const n = async (table: "kindergartens" | "audit_log" | "outbox" | "kindergarten_search") =>
    Number((await db.selectFrom(table).select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);
  return { kindergartens: await n("kindergartens"), audit: await n("audit_log"), outbox: await n("outbox"), search: await n("kindergarten_search") };
}
const byUscc = (code: string) => db.selectFrom("kindergartens").selectAll().where("uscc", "=", code).executeTakeFirst();

/** A kindergarten registered through the form, for the import to find. */
async function registered(r: Row, actor: Actor = haishuEdu): Promise<void> {
  const result = await registerKindergarten({
    db,
    actor,
    submissionKey: ulid(),
    input: { uscc: r.uscc, approvedName: r.approved_name, nameInUse: r.name_in_use, nature: r.nature, grade: r.grade, regionCode: r.region_code, address: r.address, status: r.status },
  });
  if (!result.ok) throw new Error(JSON.stringify(result));
}

beforeAll(async () => {
  t = await createTestDb();
  db = t.db;
  await seedReferenceData(db);
  haishuEdu = await createActor(db, "officer", { regionCode: HAISHU, agency: "education" });
  ningboEdu = await createActor(db, "officer", { regionCode: NINGBO, agency: "education" });
});

afterAll(async () => {
  await t?.destroy();
});

describe("the registry import", () => {
  it("previews without writing, then commits: new registered, changed updated with the file as reason, unchanged left alone", async () => {
    const same = row();
    const renamed = row({ nature: "forprofit_private" });
    await registered(same);
    await registered(renamed);
    const fresh = row({ name_in_use: "启明幼儿园", status: "suspended" });
    const file = csv([same, fresh, { ...renamed, approved_name: "宁波市海曙区改名幼儿园", nature: "inclusive_private" }]);
    const before = await counts();

    const seen = preview(await run(haishuEdu, file, false));
    expect(await counts()).toEqual(before);
    expect(seen.counts).toEqual({ new: 1, changed: 1, unchanged: 1, refused: 0 });
    expect(seen.rowErrors).toEqual([]);
    expect(seen.newRows).toEqual([{ line: 3, uscc: fresh.uscc, approvedName: fresh.approved_name, regionCode: HAISHU }]);
    expect(seen.regionNames[HAISHU]).toBe("海曙区");
    expect(seen.changedRows).toEqual([
      {
        line: 4,
        uscc: renamed.uscc,
        approvedName: "宁波市海曙区改名幼儿园",
        changes: [
          { field: "approvedName", from: renamed.approved_name, to: "宁波市海曙区改名幼儿园" },
          { field: "nameInUse", from: renamed.approved_name, to: "宁波市海曙区改名幼儿园" },
          { field: "nature", from: "forprofit_private", to: "inclusive_private" },
        ],
      },
    ]);

    const key = ulid();
    const done = await run(haishuEdu, file, true, { submissionKey: key, previewed: seen.digest });
    expect(done).toEqual({ ok: true, committed: true, replayed: false, counts: { new: 1, changed: 1, unchanged: 1, refused: 0 } });
    const created = (await byUscc(fresh.uscc!))!;
    expect(created).toMatchObject({ approved_name: fresh.approved_name, name_in_use: "启明幼儿园", status: "suspended", region_code: HAISHU });
    const updated = (await byUscc(renamed.uscc!))!;
    expect(updated).toMatchObject({ approved_name: "宁波市海曙区改名幼儿园", nature: "inclusive_private" });
    const unchanged = (await byUscc(same.uscc!))!;
    // Two kindergartens written: each indexed, audited; the rename (a rule's fact) evaluated again; plus the summary.
    const after = await counts();
    expect(after).toEqual({ kindergartens: before.kindergartens + 1, audit: before.audit + 3, outbox: before.outbox + 1, search: before.search + 1 });
    const audits = await db.selectFrom("audit_log").select(["action", "entity_id", "detail", "actor_id"]).orderBy("seq", "desc").limit(3).execute();
    expect(audits.map((a) => a.action)).toEqual(["kindergarten.import", "kindergarten.update", "kindergarten.create"]);
    // Each entry names the file (the history words it in the reader's language); an import gives no reason of its own.
    expect(JSON.parse(audits[1].detail)).toMatchObject({ uscc: renamed.uscc, via: "import", fileName: "名录.csv" });
    expect(JSON.parse(audits[1].detail)).not.toHaveProperty("reason");
    expect(JSON.parse(audits[2].detail)).toMatchObject({ uscc: fresh.uscc, via: "import", fileName: "名录.csv" });
    expect(JSON.parse(audits[0].detail)).toEqual({ fileName: "名录.csv", new: 1, changed: 1, unchanged: 1, refused: 0 });
    expect(audits.every((a) => a.actor_id === haishuEdu.id)).toBe(true);
    expect(audits.map((a) => a.entity_id)).not.toContain(unchanged.id);
    expect((await verifyAuditChain(db)).broken).toBeNull();
    const searchable = await db.selectFrom("kindergarten_search").select("search_text").where("kindergarten_id", "=", created.id).executeTakeFirst();
    expect(searchable?.search_text).toContain("启明");

    // The same confirmation again (a double click, a resend): the first counts, nothing written twice.
    expect(await run(haishuEdu, file, true, { submissionKey: key, previewed: seen.digest })).toEqual({ ...done, replayed: true });
    expect(await counts()).toEqual(after);
    // The same key with another file is no repeat.
    expect(await run(haishuEdu, csv([row()]), true, { submissionKey: key })).toMatchObject({ ok: false, kind: "conflict", preview: null });
    // Imported again, the file changes nothing.
    expect(preview(await run(haishuEdu, file, false)).counts).toEqual({ new: 0, changed: 0, unchanged: 3, refused: 0 });
  });

  it("one refused row and nothing is written: duplicates in the file name their first line; other districts' rows and kindergartens are refused", async () => {
    const jiangbei = row({ region_code: JIANGBEI });
    await registered(jiangbei, ningboEdu);
    const jiangbeiUscc = jiangbei.uscc!;
    const good = row();
    const twin = row({ uscc: good.uscc });
    const outside = row({ region_code: JIANGBEI });
    // 江北's kindergarten, the row claiming it is in 海曙: its current region is not the officer's.
    const taken = row({ uscc: jiangbeiUscc });
    const bad = row({ nature: "charity", uscc: "ABC" });
    const file = csv([good, twin, outside, taken, bad]);
    const before = await counts();

    const seen = preview(await run(haishuEdu, file, false));
    expect(seen.counts).toEqual({ new: 1, changed: 0, unchanged: 0, refused: 4 });
    expect(seen.rowErrors).toEqual([
      { line: 3, messages: [{ column: "uscc", key: "registry.import.duplicateOf", vars: { line: 2 }, value: good.uscc }] },
      { line: 4, messages: [{ column: "region_code", key: "registry.region.outside", value: JIANGBEI }] },
      { line: 5, messages: [{ column: "uscc", key: "registry.import.notYours", value: jiangbeiUscc }] },
      {
        line: 6,
        messages: [
          { column: "uscc", key: "registry.uscc.format", value: "ABC" },
          { column: "nature", key: "registry.import.nature.invalid", value: "charity" },
        ],
      },
    ]);

    const refused = await run(haishuEdu, file, true);
    expect(refused).toMatchObject({ ok: false, kind: "invalid", formErrors: [{ key: "registry.import.refusedRows", vars: { count: 4 } }] });
    expect(!refused.ok && refused.preview?.rowErrors.map((e) => e.line)).toEqual([3, 4, 5, 6]);
    expect(await counts()).toEqual(before);
    expect(await byUscc(good.uscc!)).toBeUndefined();

    // The city's officer may move 江北's kindergarten into 海曙 and register in either district.
    const city = preview(await run(ningboEdu, csv([good, outside, taken]), false));
    expect(city.counts).toEqual({ new: 2, changed: 1, unchanged: 0, refused: 0 });
  });

  it("refuses a file that does not read, a key that is no key, and anyone who does not keep the registry; writes nothing", async () => {
    const market = await createActor(db, "officer", { regionCode: HAISHU, agency: "market" });
    const kg = await createKindergarten(db);
    const operator = await createActor(db, "operator", { regionCode: HAISHU, kindergartenId: kg.id });
    const before = await counts();
    expect(await run(haishuEdu, "uscc,name\r\n1,2\r\n", false)).toMatchObject({ ok: false, kind: "invalid", preview: null, formErrors: expect.arrayContaining([{ key: "csv.header.missing", vars: { columns: "approved_name, nature, grade, region_code, address" } }]) });
    expect(await run(haishuEdu, csv([row()]), true, { submissionKey: "短" })).toMatchObject({ ok: false, formErrors: [{ key: "submission.key.invalid" }] });
    for (const actor of [market, operator]) expect(await run(actor, csv([row()]), true), actor.role).toMatchObject({ ok: false, kind: "forbidden", formErrors: [{ key: "registry.forbidden" }] });
    expect(await counts()).toEqual(before);
  });

  it("a commit whose preview no longer holds (the registry changed in between) is refused with the new preview", async () => {
    const known = row();
    await registered(known);
    const file = csv([{ ...known, address: "宁波市海曙区新址路 9 号" }]);
    const seen = preview(await run(haishuEdu, file, false));
    expect(seen.counts.changed).toBe(1);
    // Meanwhile the same change arrives another way: the import would now change nothing.
    expect(await run(haishuEdu, file, true)).toMatchObject({ ok: true, committed: true });
    const stale = await run(haishuEdu, file, true, { previewed: seen.digest });
    expect(stale).toMatchObject({ ok: false, kind: "conflict", formErrors: [{ key: "registry.import.changedSincePreview" }] });
    expect(!stale.ok && stale.preview?.counts).toEqual({ new: 0, changed: 0, unchanged: 1, refused: 0 });
  });

  it("an Excel workbook imports as its CSV does, rows numbered as Excel shows them; the text its preview answers commits it, named by the workbook", async () => {
    const known = row();
    await registered(known);
    const fresh = row();
    const cells = (r: Row) => REGISTRY_COLUMNS.map((c) => r[c] ?? "");
    // Row 3 left blank; the new row's region code typed as a number, as Excel keeps a code typed in.
    const book = await workbookOf([[...REGISTRY_COLUMNS], cells({ ...known, address: "宁波市海曙区新址路 3 号" }), [], cells(fresh).map((v, i) => (REGISTRY_COLUMNS[i] === "region_code" ? Number(v) : v))]);
    const before = await counts();
    const previewed = await run(haishuEdu, book, false, { fileName: "名录.xlsx" });
    if (!previewed.ok || previewed.committed) throw new Error(JSON.stringify(previewed));
    const seen = previewed.preview;
    expect(seen.counts).toEqual({ new: 1, changed: 1, unchanged: 0, refused: 0 });
    expect(seen.changedRows.map((r) => [r.line, r.uscc])).toEqual([[2, known.uscc]]);
    expect(seen.newRows).toEqual([{ line: 4, uscc: fresh.uscc, approvedName: fresh.approved_name, regionCode: HAISHU }]);
    expect(await counts()).toEqual(before);

    // The confirmation posts the sheet back as CSV text: the outcome previewed, committed.
    const done = await run(haishuEdu, previewed.text, true, { fileName: "名录.xlsx", previewed: seen.digest });
    expect(done).toMatchObject({ ok: true, committed: true, counts: { new: 1, changed: 1, unchanged: 0, refused: 0 } });
    expect((await byUscc(known.uscc!))?.address).toBe("宁波市海曙区新址路 3 号");
    expect((await byUscc(fresh.uscc!))?.region_code).toBe(HAISHU);
    const audits = await db.selectFrom("audit_log").select(["action", "detail"]).orderBy("seq", "desc").limit(3).execute();
    expect(audits.map((a) => [a.action, JSON.parse(a.detail).fileName])).toEqual([
      ["kindergarten.import", "名录.xlsx"],
      ["kindergarten.create", "名录.xlsx"],
      ["kindergarten.update", "名录.xlsx"],
    ]);
    expect((await verifyAuditChain(db)).broken).toBeNull();
  });

  it("a workbook's USCC typed as a number is refused on its row as lost; a file that is no workbook is refused; nothing is written", async () => {
    const typed = row();
    const book = await workbookOf([[...REGISTRY_COLUMNS], REGISTRY_COLUMNS.map((c) => (c === "uscc" ? 913302031234567890 : (typed[c] ?? "")))]);
    const before = await counts();
    const seen = preview(await run(haishuEdu, book, false, { fileName: "名录.xlsx" }));
    expect(seen.counts).toEqual({ new: 0, changed: 0, unchanged: 0, refused: 1 });
    expect(seen.rowErrors).toEqual([{ line: 2, messages: [{ key: "xlsx.numberIdentifier", vars: { shown: "9.13302E+17" }, column: "uscc" }] }]);
    expect(await run(haishuEdu, book, true, { fileName: "名录.xlsx" })).toMatchObject({ ok: false, kind: "invalid", formErrors: [{ key: "registry.import.refusedRows", vars: { count: 1 } }] });
    const cut = handMadeWorkbook("<sheetData/>").slice(0, 200);
    expect(await run(haishuEdu, cut, false)).toMatchObject({ ok: false, kind: "invalid", preview: null, formErrors: [{ key: "xlsx.notWorkbook" }] });
    expect(await counts()).toEqual(before);
  });

  it("the template's example rows import as they stand", async () => {
    const template = csv(REGISTRY_EXAMPLE_ROWS.map((r) => ({ ...r })));
    expect(preview(await run(haishuEdu, template, false)).counts).toEqual({ new: 2, changed: 0, unchanged: 0, refused: 0 });
  });

  it("3,000 rows: previewed and committed in one transaction, every kindergarten indexed and audited; the preview lists the first LISTED", async () => {
    const rows = Array.from({ length: 3000 }, () => row());
    const file = csv(rows);
    const before = await counts();
    const started = performance.now();
    const seen = preview(await run(haishuEdu, file, false));
    expect(seen.counts).toEqual({ new: 3000, changed: 0, unchanged: 0, refused: 0 });
    expect(seen.newRows).toHaveLength(LISTED);
    const done = await run(haishuEdu, file, true, { previewed: seen.digest });
    expect(done).toMatchObject({ ok: true, committed: true, counts: { new: 3000 } });
    const ms = performance.now() - started;
    expect(ms).toBeLessThan(60_000);
    expect(await counts()).toEqual({ kindergartens: before.kindergartens + 3000, audit: before.audit + 3001, outbox: before.outbox, search: before.search + 3000 });
    expect((await verifyAuditChain(db)).broken).toBeNull();
  }, 120_000);
});
