/**
 * The registry's CSV import at a province's scale (app/domain/registry/registry-import.server.ts through
 * writeKindergartens, many rows a statement): 5,000 new kindergartens committed, then 2,400 of them changed by a second
 * file, across the statements' chunks. Every kindergarten is written as the file says, audited in the file's order with
 * the same details the form's writer gives, the renamed ones (a rule's fact) handed to re-evaluation once each and the
 * others not, the import's own entry last, the chain whole, and the public search finds them. Not a timing test: the
 * figures are bench:registry's (docs/benchmarks.md).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ulid } from "ulid";
import type { DB } from "~/db/client";
import { verifyAuditChain } from "~/domain/audit/audit-chain.server";
import { searchKindergartens } from "~/domain/disclosure/kindergarten-search.queries.server";
import { computeUsccCheckChar } from "~/domain/kindergartens/uscc";
import { importRegistry, type RegistryImportResult } from "~/domain/registry/registry-import.server";
import { REGISTRY_COLUMNS } from "~/domain/registry/registry.schema";
import type { Actor } from "~/domain/users/actor";
import { createActor, HAISHU, JIANGBEI, NINGBO, seedReferenceData, YINZHOU } from "../factories/domain";
import { createTestDb, type TestDb } from "../setup/test-db";

let t: TestDb;
let db: DB;
let cityEdu: Actor;

const ROWS = 5000;
const RENAMED = 1200;
const MOVED_ADDRESS = 1200;
const REGIONS = [HAISHU, JIANGBEI, YINZHOU];
/** The row the search looks for: a name no other row shares. */
const NEEDLE = 4321;

type Row = Record<(typeof REGISTRY_COLUMNS)[number], string>;
function rowOf(i: number): Row {
  const first17 = `52${REGIONS[i % 3]}MJT${String(i).padStart(6, "0")}`;
  return {
    uscc: first17 + computeUsccCheckChar(first17),
    approved_name: i === NEEDLE ? "宁波市蒲公英湾规模导入幼儿园" : `宁波市规模导入第${i}幼儿园`,
    name_in_use: i % 7 === 0 ? `规模${i}园` : "",
    nature: i % 2 === 0 ? "nonprofit_private" : "inclusive_private",
    grade: i % 3 === 0 ? "class1" : "class2",
    region_code: REGIONS[i % 3],
    address: `宁波市导入路 ${i} 号`,
    status: i % 50 === 0 ? "suspended" : "",
  };
}
const csv = (rows: Row[]) => [REGISTRY_COLUMNS.join(","), ...rows.map((r) => REGISTRY_COLUMNS.map((c) => r[c]).join(","))].join("\r\n") + "\r\n";

async function previewThenCommit(file: string): Promise<RegistryImportResult & { ok: true; committed: true }> {
  const seen = await importRegistry({ db, actor: cityEdu, file, commit: false, submissionKey: ulid(), fileName: "名录.csv" });
  if (!seen.ok || seen.committed) throw new Error(JSON.stringify(seen).slice(0, 500));
  const done = await importRegistry({ db, actor: cityEdu, file, commit: true, submissionKey: ulid(), fileName: "名录.csv", previewed: seen.preview.digest });
  if (!done.ok || !done.committed) throw new Error(JSON.stringify(done).slice(0, 500));
  return done;
}

const count = async (table: "kindergartens" | "audit_log" | "outbox" | "kindergarten_search") =>
  Number((await db.selectFrom(table).select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);
const auditAfter = (seq: number) => db.selectFrom("audit_log").select(["seq", "action", "entity", "entity_id", "detail", "actor_id"]).where("seq", ">", seq).orderBy("seq").execute();
const headSeq = async () => (await db.selectFrom("audit_chain").select("seq").where("id", "=", 1).executeTakeFirstOrThrow()).seq;

beforeAll(async () => {
  t = await createTestDb();
  db = t.db;
  await seedReferenceData(db);
  cityEdu = await createActor(db, "officer", { regionCode: NINGBO, agency: "education" });
});

afterAll(async () => {
  await t?.destroy();
});

describe("a province-sized registry import", () => {
  it("5,000 new kindergartens, then 2,400 changed: every row, audit entry, outbox row and search entry as the form's writer makes them", async () => {
    const rows = Array.from({ length: ROWS }, (_, i) => rowOf(i));
    const seq0 = await headSeq();
    const outbox0 = await count("outbox");

    expect((await previewThenCommit(csv(rows))).counts).toEqual({ new: ROWS, changed: 0, unchanged: 0, refused: 0 });
    expect(await count("kindergartens")).toBe(ROWS);
    expect(await count("kindergarten_search")).toBe(ROWS);
    expect(await count("outbox")).toBe(outbox0);
    const stored = new Map((await db.selectFrom("kindergartens").selectAll().execute()).map((k) => [k.uscc, k]));
    for (const [i, r] of rows.entries()) {
      expect(stored.get(r.uscc), `line ${i + 2}`).toMatchObject({
        approved_name: r.approved_name,
        name_in_use: r.name_in_use || r.approved_name,
        nature: r.nature,
        grade: r.grade,
        region_code: r.region_code,
        address: r.address,
        status: r.status || "active",
      });
    }
    // One entry per kindergarten in the file's order, with every field, then the import's own.
    const created = await auditAfter(seq0);
    expect(created).toHaveLength(ROWS + 1);
    expect(created.slice(0, ROWS).map((a) => a.entity_id)).toEqual(rows.map((r) => stored.get(r.uscc)!.id));
    expect(created.slice(0, ROWS).every((a) => a.action === "kindergarten.create" && a.entity === "kindergarten" && a.actor_id === cityEdu.id)).toBe(true);
    const seventh = rows[7];
    expect(JSON.parse(created[7].detail)).toEqual({
      uscc: seventh.uscc,
      via: "import",
      fileName: "名录.csv",
      changes: { approvedName: seventh.approved_name, nameInUse: seventh.name_in_use, nature: seventh.nature, grade: seventh.grade, regionCode: seventh.region_code, address: seventh.address, status: "active" },
    });
    expect(created[ROWS]).toMatchObject({ action: "kindergarten.import", entity: "kindergarten_import" });
    expect(JSON.parse(created[ROWS].detail)).toEqual({ fileName: "名录.csv", new: ROWS, changed: 0, unchanged: 0, refused: 0 });

    const found = await searchKindergartens(db, { q: "蒲公英湾" });
    expect(found.ok && found.hits.map((h) => h.uscc)).toEqual([rows[NEEDLE].uscc]);

    // The second file: the first 1,200 renamed (a rule's fact: evaluated again), the next 1,200 at a new address.
    const second = rows.map((r, i) =>
      i < RENAMED ? { ...r, approved_name: `${r.approved_name.replace(/幼儿园$/, "")}实验幼儿园` } : i < RENAMED + MOVED_ADDRESS ? { ...r, address: `${r.address}（新址）` } : r,
    );
    second[NEEDLE] = { ...second[NEEDLE], name_in_use: "蒲公英湾新园" };
    const seq1 = await headSeq();
    const changed = RENAMED + MOVED_ADDRESS + 1;
    expect((await previewThenCommit(csv(second))).counts).toEqual({ new: 0, changed, unchanged: ROWS - changed, refused: 0 });
    expect(await count("kindergartens")).toBe(ROWS);

    const after = new Map((await db.selectFrom("kindergartens").selectAll().execute()).map((k) => [k.uscc, k]));
    for (const [i, r] of second.entries()) {
      const k = after.get(r.uscc)!;
      const was = stored.get(r.uscc)!;
      expect(k, `line ${i + 2}`).toMatchObject({ id: was.id, created_at: was.created_at, approved_name: r.approved_name, name_in_use: r.name_in_use || r.approved_name, address: r.address });
      if (i < RENAMED + MOVED_ADDRESS || i === NEEDLE) expect(k.updated_at > was.updated_at, `line ${i + 2}`).toBe(true);
      else expect(k.updated_at).toBe(was.updated_at);
    }

    const updated = await auditAfter(seq1);
    expect(updated).toHaveLength(changed + 1);
    const changedRows = second.filter((_, i) => i < RENAMED + MOVED_ADDRESS || i === NEEDLE);
    expect(updated.slice(0, changed).map((a) => a.entity_id)).toEqual(changedRows.map((r) => stored.get(r.uscc)!.id));
    expect(updated.slice(0, changed).every((a) => a.action === "kindergarten.update")).toBe(true);
    const renamed = rows[RENAMED - 1];
    expect(JSON.parse(updated[RENAMED - 1].detail)).toEqual({
      uscc: renamed.uscc,
      via: "import",
      fileName: "名录.csv",
      changes: {
        approvedName: { from: renamed.approved_name, to: second[RENAMED - 1].approved_name },
        ...(renamed.name_in_use ? {} : { nameInUse: { from: renamed.approved_name, to: second[RENAMED - 1].approved_name } }),
      },
    });
    expect(JSON.parse(updated[RENAMED].detail)).toEqual({
      uscc: rows[RENAMED].uscc,
      via: "import",
      fileName: "名录.csv",
      changes: { address: { from: rows[RENAMED].address, to: second[RENAMED].address } },
    });
    expect(JSON.parse(updated[changed].detail)).toEqual({ fileName: "名录.csv", new: 0, changed, unchanged: ROWS - changed, refused: 0 });

    // Re-evaluation for the renamed ones only, once each.
    expect(await count("outbox")).toBe(outbox0 + RENAMED);
    const queued = await db.selectFrom("outbox").select(["payload"]).where("topic", "=", "kindergarten.changed").execute();
    expect(queued).toHaveLength(RENAMED);
    expect(new Set(queued.map((o) => JSON.parse(o.payload).kindergartenId))).toEqual(new Set(rows.slice(0, RENAMED).map((r) => stored.get(r.uscc)!.id)));

    // The index follows the names: the renamed needle found by its new name in use, the renamed rows by theirs.
    const needle = await searchKindergartens(db, { q: "蒲公英湾新园" });
    expect(needle.ok && needle.hits.map((h) => h.uscc)).toEqual([rows[NEEDLE].uscc]);
    const renamedHit = await searchKindergartens(db, { q: `规模导入第${RENAMED - 1}实验` });
    expect(renamedHit.ok && renamedHit.hits.map((h) => h.uscc)).toContain(renamed.uscc);
    expect((await verifyAuditChain(db)).broken).toBeNull();
  }, 300_000);
});
