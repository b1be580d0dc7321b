/**
 * The kindergarten registry (名录): kindergartens registered and their records changed by the education department
 * of their region (`manage:kindergarten:region`: an education office's officers, for their region and below) or an
 * administrator (`manage:kindergarten:any`). A province loads its registry with the CSV import (registry-import.server.ts)
 * and keeps it with the form; both write through `writeKindergarten` here.
 *
 * Invariants:
 * - a USCC is one kindergarten's (the column is unique; the look-up comes first for a message) and never changes:
 *   another code is another legal person, registered anew;
 * - a kindergarten is registered at a city's or a district's code that exists and lies within the editor's region,
 *   before and after a move (an officer cannot take a kindergarten out of another district, nor move one into it);
 * - a change carries the version the editor read (updated_at): a record changed meanwhile is refused with a
 *   conflict, not overwritten; every change states why, and is audited with the fields before and after;
 * - the form's writers hold the registry's lock shared (and their USCC's lock), an import holds it alone
 *   (`lockRegistry`): a form's save never lands between an import's preview-checked reads and its writes;
 * - the public search's index (indexKindergartensForSearch) is brought up to date in the same transaction;
 * - what the rules read of a kindergarten (its nature and grade for the guidance prices, its region for the tables
 *   and parameters, its approved name for the fee account's name, its USCC prefix against the nature) changing
 *   writes a `kindergarten.changed` outbox row: its account rules and its latest fee schedule are evaluated again.
 *
 * Cases and complaints stay with the region that opened them when a kindergarten moves: the jurisdiction over a
 * violation is where it happened (行政处罚法 Art. 22). The read versions of the public pages and the officers'
 * queues follow the kindergartens table's triggers (migrations 2026-12-04T0300/T0400); nothing here bumps them.
 */
import { sql, type Transaction } from "kysely";
import type { DB } from "~/db/client";
import { lockFor, lockShared } from "~/db/locks";
import type { Database, Kindergarten, NewKindergarten } from "~/db/schema";
import { type AuditEntry, recordAudits } from "~/domain/audit/audit.server";
import { indexKindergartensForSearch } from "~/domain/kindergartens/name-index.server";
import { enqueueAll } from "~/domain/outbox/outbox.server";
import { listRegionsCovered } from "~/domain/regions/region.queries.server";
import { coversRegion, scopeFor, type RegionScope } from "~/domain/regions/region-scope";
import { fail, invalid, issuesToFieldErrors, message, Refusal, transact, type Failure, type FieldErrors, type Result } from "~/domain/result";
import { submissionClaim, submitOnce, type Replayable } from "~/domain/submissions/submission.service.server";
import type { Actor } from "~/domain/users/actor";
import { newId } from "~/utils/ids";
import { editKindergartenInput, newKindergartenInput, type NewKindergartenInput, type RegistryRecord, type RegistryVia } from "./registry.schema";

type Handle = DB | Transaction<Database>;

interface Common {
  db: DB;
  actor: Actor;
  now?: Date;
  requestId?: string | null;
}

/** Where the actor keeps the registry: everywhere, their region and below, or nowhere. */
export function registryScope(actor: Actor): RegionScope {
  return scopeFor(actor, "manage:kindergarten:any", "manage:kindergarten:region");
}


const COLUMN_OF: Record<keyof RegistryRecord, keyof Kindergarten> = {
  approvedName: "approved_name",
  nameInUse: "name_in_use",
  nature: "nature",
  grade: "grade",
  regionCode: "region_code",
  address: "address",
  status: "status",
};
const RECORD_FIELDS = Object.keys(COLUMN_OF) as Array<keyof RegistryRecord>;

/** What the rules read of a kindergarten: a change of any re-evaluates it. */
const RULE_FACTS: ReadonlyArray<keyof RegistryRecord> = ["approvedName", "nature", "grade", "regionCode"];

export function recordOf(k: Kindergarten): RegistryRecord {
  return Object.fromEntries(RECORD_FIELDS.map((f) => [f, k[COLUMN_OF[f]]])) as unknown as RegistryRecord;
}

/** The record a form or an import row asks for: the name in use is the approved name when none is given. */
export function requestedRecord(input: Omit<NewKindergartenInput, "uscc">): RegistryRecord {
  return { ...input, nameInUse: input.nameInUse ?? input.approvedName };
}

/** The fields whose values differ. */
export function changedFields(before: RegistryRecord, after: RegistryRecord): Array<keyof RegistryRecord> {
  return RECORD_FIELDS.filter((f) => before[f] !== after[f]);
}

/** The region a record names, as a field message when it is unknown, not a city's or a district's, or not the editor's. */
export async function regionProblem(db: Handle, scope: RegionScope, regionCode: string): Promise<string | null> {
  const region = await db.selectFrom("regions").select("level").where("code", "=", regionCode).executeTakeFirst();
  if (!region) return "registry.region.unknown";
  if (region.level === "province") return "registry.region.level";
  if (!coversRegion(scope, regionCode)) return "registry.region.outside";
  return null;
}

export function findByUscc(db: Handle, uscc: string): Promise<Kindergarten | undefined> {
  return db.selectFrom("kindergartens").selectAll().where("uscc", "=", uscc).executeTakeFirst();
}

function findById(db: Handle, id: string): Promise<Kindergarten | undefined> {
  return db.selectFrom("kindergartens").selectAll().where("id", "=", id).executeTakeFirst();
}


const REGISTRY_LOCK = "kindergartens:registry";

/**
 * The whole registry's lock on Postgres, taken first by every writer of it: shared by the form's (which then lock
 * their USCC), alone by an import, whose thousands of USCCs could not each be locked (advisory locks share a table
 * of a few thousand places) and which must not interleave with a form's check-then-write.
 */
export function lockRegistry(trx: Transaction<Database>, mode: "shared" | "alone"): Promise<void> {
  return mode === "shared" ? lockShared(trx, REGISTRY_LOCK) : lockFor(trx, REGISTRY_LOCK);
}

/** One kindergarten's write as a form's save or an import's row asks for it: `before` null registers it. */
export interface KindergartenWriteRequest {
  before: Kindergarten | null;
  uscc: string;
  record: RegistryRecord;
  /** Why a registered kindergarten's record changes (the form's reason); none for a registration or an import's row. */
  reason: string | null;
}

/** What a write does, decided before anything is written: the row, whether it is evaluated again, its audit entry. */
interface DecidedWrite {
  id: string;
  changed: Array<keyof RegistryRecord>;
  insert: NewKindergarten | null;
  update: (KindergartenColumns & { id: string; updated_at: string }) | null;
  reevaluate: boolean;
  audit: AuditEntry | null;
}

type KindergartenColumns = Pick<NewKindergarten, "approved_name" | "name_in_use" | "nature" | "grade" | "region_code" | "address" | "status">;

interface WriteContext {
  actor: Actor;
  via: RegistryVia;
  /**
   * An import's file, on each of its entries: the history says "imported from" it in the reader's language (a reason
   * written as text, "CSV import: 名录.csv", stayed English on the Chinese page).
   */
  fileName?: string | null;
  now: Date;
  requestId?: string | null;
}

/**
 * The one place that decides what a write of the registry does, for the form and the import alike: a new
 * kindergarten is inserted with every field changed; a registered one is updated with the fields that differ (none:
 * nothing at all); a change of a rule's fact is evaluated again; every write is audited with its fields before and
 * after, the reason and the way it came (form, or import with its file).
 */
function decideWrite(ctx: WriteContext, req: KindergartenWriteRequest): DecidedWrite {
  const { before, record } = req;
  const stamp = ctx.now.toISOString();
  const columns: KindergartenColumns = {
    approved_name: record.approvedName,
    name_in_use: record.nameInUse,
    nature: record.nature,
    grade: record.grade,
    region_code: record.regionCode,
    address: record.address,
    status: record.status,
  };
  const id = before?.id ?? newId();
  const changed = before === null ? [...RECORD_FIELDS] : changedFields(recordOf(before), record);
  if (changed.length === 0) return { id, changed, insert: null, update: null, reevaluate: false, audit: null };
  const old = before === null ? null : recordOf(before);
  return {
    id,
    changed,
    insert: before === null ? { id, uscc: req.uscc, ...columns, created_at: stamp, updated_at: stamp } : null,
    update: before === null ? null : { id, ...columns, updated_at: stamp },
    reevaluate: before !== null && changed.some((f) => RULE_FACTS.includes(f)),
    audit: {
      actorId: ctx.actor.id,
      action: before === null ? "kindergarten.create" : "kindergarten.update",
      entity: "kindergarten",
      entityId: id,
      detail: {
        uscc: req.uscc,
        via: ctx.via,
        ...(ctx.fileName ? { fileName: ctx.fileName } : {}),
        ...(req.reason ? { reason: req.reason } : {}),
        changes: Object.fromEntries(changed.map((f) => [f, old ? { from: old[f], to: record[f] } : record[f]])),
      },
      requestId: ctx.requestId,
    },
  };
}

/** Rows a statement: 11 parameters a kindergarten, 5,500 a statement, far below SQLite's 32,766 and Postgres's 65,535. */
const WRITE_CHUNK = 500;
const UPDATED_COLUMNS = ["approved_name", "name_in_use", "nature", "grade", "region_code", "address", "status", "updated_at"] as const;

/**
 * Writes kindergartens' records in the caller's transaction, as decideWrite decides: the new ones inserted and the
 * changed ones updated many rows a statement, their `kindergarten.changed` outbox rows in one go, the search's index
 * brought up to date once for all of them (indexed one by one in one transaction, the counter row of a gram every name
 * shares, 幼儿 and 儿园, was rewritten once per kindergarten, each time slower on Postgres: 3,000 rows took 45 s), and
 * their audit entries, in the requests' order, then `finally` (an import's own entry) with one take of the audit
 * chain's head, last, as audit.server.ts asks of a writer of many rows. The caller has checked the records and the
 * editor's regions, and holds the registry's lock (lockRegistry): alone, or shared with the USCC's lock. Returns each
 * request's kindergarten and the fields changed (all of them for a new one; none, and nothing written, for a record
 * that is already so). `slice` is awaited between statements (an import gives the event loop its turns).
 */
export async function writeKindergartens(
  trx: Transaction<Database>,
  args: WriteContext & { writes: readonly KindergartenWriteRequest[]; finally?: AuditEntry; slice?: () => Promise<void> },
): Promise<Array<{ kindergartenId: string; changed: Array<keyof RegistryRecord> }>> {
  const decided = args.writes.map((w) => decideWrite(args, w));
  const inserts = decided.flatMap((d) => (d.insert ? [d.insert] : []));
  // In id order: Postgres locks the rows as it updates them, and writers that lock in one order cannot deadlock.
  const updates = decided.flatMap((d) => (d.update ? [d.update] : [])).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (let i = 0; i < inserts.length; i += WRITE_CHUNK) {
    await trx.insertInto("kindergartens").values(inserts.slice(i, i + WRITE_CHUNK)).execute();
    await args.slice?.();
  }
  for (let i = 0; i < updates.length; i += WRITE_CHUNK) {
    await updateMany(trx, updates.slice(i, i + WRITE_CHUNK));
    await args.slice?.();
  }
  const written = decided.filter((d) => d.audit !== null);
  await enqueueAll(
    trx,
    "kindergarten.changed",
    written.filter((d) => d.reevaluate).map((d) => ({ kindergartenId: d.id })),
    args.now,
  );
  if (written.length > 0) await indexKindergartensForSearch(trx, written.map((d) => d.id), new Set(inserts.map((k) => k.id)));
  const audits = [...written.map((d) => d.audit!), ...(args.finally ? [args.finally] : [])];
  await recordAudits(trx, audits, args.now);
  return decided.map((d) => ({ kindergartenId: d.id, changed: d.changed }));
}

/** Several kindergartens' records updated in one statement: each row's new values joined by id (UPDATE … FROM). */
function updateMany(trx: Transaction<Database>, rows: ReadonlyArray<DecidedWrite["update"] & object>) {
  const columns = ["id", ...UPDATED_COLUMNS] as const;
  const values = sql.join(rows.map((row) => sql`(${sql.join(columns.map((c) => row[c]))})`));
  const set = sql.join(UPDATED_COLUMNS.map((c) => sql`${sql.ref(c)} = ${sql.ref(`v.${c}`)}`));
  return sql`WITH v (${sql.join(columns.map((c) => sql.ref(c)))}) AS (VALUES ${values}) UPDATE kindergartens SET ${set} FROM v WHERE kindergartens.id = v.id`.execute(trx);
}

/** One kindergarten's record written (the form's save): writeKindergartens with one request, audited at once. */
export async function writeKindergarten(trx: Transaction<Database>, args: WriteContext & KindergartenWriteRequest): Promise<{ kindergartenId: string; changed: Array<keyof RegistryRecord> }> {
  const { before, uscc, record, reason, ...ctx } = args;
  const [written] = await writeKindergartens(trx, { ...ctx, writes: [{ before, uscc, record, reason }] });
  return written;
}

/** Runs `work` in a transaction; a failure it returns rolls everything back. */
function transactChange<T extends object>(db: DB, work: (trx: Transaction<Database>) => Promise<Result<T>>): Promise<Result<T>> {
  return transact(db, async (trx) => {
    const r = await work(trx);
    if (!r.ok) throw new Refusal(r);
    return r;
  });
}

function refusedUnlessKeeper(actor: Actor): Failure | null {
  return registryScope(actor).kind === "none" ? fail("forbidden", "registry.forbidden") : null;
}

export type RegisterKindergartenResult = Result<Replayable<{ kindergartenId: string }>>;

/** A kindergarten added to the registry from the form, once per submission key. */
export async function registerKindergarten(args: Common & { input: unknown; submissionKey: unknown }): Promise<RegisterKindergartenResult> {
  const { db, actor } = args;
  const now = args.now ?? new Date();
  const refused = refusedUnlessKeeper(actor);
  if (refused) return refused;
  const claimed = submissionClaim({ actorId: actor.id, form: "kindergarten_registration", key: args.submissionKey, content: args.input });
  if (!claimed.ok) return claimed;
  const parsed = newKindergartenInput.safeParse(args.input);
  if (!parsed.success) return invalid(issuesToFieldErrors(parsed.error.issues));
  const input = parsed.data;
  return submitOnce<{ kindergartenId: string }>(db, claimed.claim, async (trx) => {
    await lockRegistry(trx, "shared");
    await lockFor(trx, `kindergartens:uscc:${input.uscc}`);
    const errors: FieldErrors = {};
    if (await findByUscc(trx, input.uscc)) errors.uscc = [message("registry.uscc.taken")];
    const region = await regionProblem(trx, registryScope(actor), input.regionCode);
    if (region) errors.regionCode = [message(region)];
    if (Object.keys(errors).length > 0) return invalid(errors);
    const { kindergartenId } = await writeKindergarten(trx, {
      actor,
      before: null,
      uscc: input.uscc,
      record: requestedRecord(input),
      reason: null,
      via: "form",
      now,
      requestId: args.requestId,
    });
    return { ok: true, kindergartenId };
  });
}

export type UpdateKindergartenResult = Result<{ kindergartenId: string; changed: Array<keyof RegistryRecord> }>;

/**
 * A registered kindergarten's record changed from the form: a rename, a new nature or grade, a move, a suspension
 * or closure (and back). Not found for a kindergarten outside the editor's region, as for every other read of it.
 */
export async function updateKindergarten(args: Common & { kindergartenId: string; input: unknown }): Promise<UpdateKindergartenResult> {
  const { db, actor } = args;
  const now = args.now ?? new Date();
  const refused = refusedUnlessKeeper(actor);
  if (refused) return refused;
  const scope = registryScope(actor);
  const current = await findById(db, args.kindergartenId);
  if (!current || !coversRegion(scope, current.region_code)) return fail("not_found", "registry.notFound");
  const parsed = editKindergartenInput.safeParse(args.input);
  if (!parsed.success) return invalid(issuesToFieldErrors(parsed.error.issues));
  const { reason, version, ...fields } = parsed.data;
  return transactChange(db, async (trx) => {
    await lockRegistry(trx, "shared");
    await lockFor(trx, `kindergartens:uscc:${current.uscc}`);
    const before = (await findById(trx, current.id))!;
    if (before.updated_at !== version) return fail("conflict", "registry.changedMeanwhile");
    if (!coversRegion(scope, before.region_code)) return fail("not_found", "registry.notFound");
    const region = await regionProblem(trx, scope, fields.regionCode);
    if (region) return invalid({ regionCode: [message(region)] });
    const written = await writeKindergarten(trx, { actor, before, uscc: before.uscc, record: requestedRecord(fields), reason, via: "form", now, requestId: args.requestId });
    return { ok: true, ...written };
  });
}

/** A kindergarten's record for the edit form: null outside the editor's region (or unknown). */
export async function registryEntry(db: DB, actor: Actor, kindergartenId: string): Promise<(RegistryRecord & { id: string; uscc: string; version: string }) | null> {
  const scope = registryScope(actor);
  if (scope.kind === "none") return null;
  const k = await findById(db, kindergartenId);
  if (!k || !coversRegion(scope, k.region_code)) return null;
  return { id: k.id, uscc: k.uscc, version: k.updated_at, ...recordOf(k) };
}

/** The regions the editor may register a kindergarten at: their cities' and districts' codes. */
export async function registryRegionOptions(db: DB, actor: Actor) {
  return (await listRegionsCovered(db, registryScope(actor))).filter((r) => r.level !== "province");
}
