/**
 * A verification of the audit chain started from the administrator's audit page: the walk of
 * `npm run audit:verify` (audit-chain.server.ts), run as a job a stretch at a time, its result kept in
 * audit_verifications for the page to show.
 *
 * Invariants:
 * - The request does bounded work: it records the verification, audits the request (`audit_chain.verify`), records
 *   the head as it stands with that entry on it, and enqueues the first stretch, in one transaction. The walk is
 *   the job's: the chain may be millions of entries long.
 * - One verification at a time: `running` (1 while it walks) is unique. A second request while one runs is refused
 *   (409 `audit.verify.running`, naming when the running one began), unless that one has not moved for
 *   STALLED_AFTER_MS (its job dead-lettered, the worker gone): it is marked abandoned and the new one begins.
 * - The walk goes up to the head recorded at the request: entries appended meanwhile (every sign-in is one) are
 *   no break. Each stretch reads at most `stretch` entries, VERIFY_BATCH a query.
 * - A stretch is idempotent: it runs only while the verification runs and its cursor is the stretch's start; its
 *   progress and the next stretch's outbox row (or the result and the `audit_chain.verified` entry) are written in
 *   one transaction, conditional on that cursor, so a repeated or concurrent delivery writes nothing.
 * - The transactions take the verification's row before the audit chain's head, as every auditing path takes
 *   the head last (audit.server.ts): no deadlock between a request and a stretch's end.
 */
import type { Kysely } from "kysely";
import type { Database } from "~/db/schema";
import { enqueue } from "~/domain/outbox/outbox.server";
import type { TopicPayload } from "~/domain/outbox/topics";
import { fail, type Failure, type Result } from "~/domain/result";
import { newId } from "~/utils/ids";
import type { ChainBreak } from "./audit-chain-report";
import { checkChainEnd, countBeforeChain, GENESIS_HASH, readChainHead, walkChain } from "./audit-chain.server";
import { recordAudit } from "./audit.server";

/** Entries a job checks before handing on to the next stretch: well under a second's work. */
export const DEFAULT_VERIFICATION_STRETCH = 50_000;

/** A running verification that has not moved for this long is taken for stopped: a new request replaces it. */
export const STALLED_AFTER_MS = 10 * 60_000;

export class AuditVerificationNotFoundError extends Error {
  constructor(id: string) {
    super(`audit verification ${id} does not exist`);
  }
}

/**
 * Starts a verification for the administrator `actorId` (the route checked `read:audit:any`): refused while another
 * one runs and moves.
 */
export async function startAuditVerification(
  db: Kysely<Database>,
  args: { actorId: string; requestId?: string | null; now?: Date },
): Promise<Result<{ verificationId: string }>> {
  const now = args.now ?? new Date();
  const at = now.toISOString();
  return db.transaction().execute(async (trx): Promise<Result<{ verificationId: string }>> => {
    const running = await trx.selectFrom("audit_verifications").select(["id", "started_at", "progressed_at"]).where("running", "=", 1).executeTakeFirst();
    if (running) {
      if (now.getTime() - Date.parse(running.progressed_at) < STALLED_AFTER_MS) return runningFailure(running.started_at);
      await trx.updateTable("audit_verifications").set({ status: "abandoned", running: null, finished_at: at }).where("id", "=", running.id).where("running", "=", 1).execute();
    }
    const id = newId();
    // The head is recorded below, once this request's own entry is on it.
    const inserted = await trx
      .insertInto("audit_verifications")
      .values({
        id,
        status: "running",
        running: 1,
        requested_by: args.actorId,
        started_at: at,
        progressed_at: at,
        finished_at: null,
        head_seq: 0,
        head_hash: GENESIS_HASH,
        chain_started_at: at,
        checked: 0,
        before_chain: null,
        cursor_seq: 0,
        cursor_hash: GENESIS_HASH,
        broken: null,
      })
      .onConflict((oc) => oc.column("running").doNothing())
      .executeTakeFirst();
    // Another request began one between the read above and this insert (Postgres: it waited for that one's commit).
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return runningFailure(at);
    await recordAudit(trx, { actorId: args.actorId, action: "audit_chain.verify", entity: "audit_verification", entityId: id, requestId: args.requestId ?? null }, now);
    // This transaction holds the head now (it appended the entry above): what it reads is the head with that entry.
    const head = await readChainHead(trx);
    await trx.updateTable("audit_verifications").set({ head_seq: head.seq, head_hash: head.hash, chain_started_at: head.startedAt }).where("id", "=", id).execute();
    await enqueue(trx, "audit_chain.verify", { verificationId: id, afterSeq: 0 }, now);
    return { ok: true, verificationId: id };
  });
}

function runningFailure(startedAt: string): Failure {
  return fail("conflict", "audit.verify.running", { startedAt });
}

export interface StretchOutcome {
  ran: boolean;
  checked?: number;
  finished?: "holds" | "broken";
}

/**
 * The `audit_chain.verify` job: the entries after `afterSeq`, at most `stretch` of them, up to the recorded head.
 * Then, in one transaction: its progress and the next stretch, or, at the head or a break, the result and its
 * audit entry (`audit_chain.verified`, the system's). A no-op when the verification has ended or its cursor is
 * elsewhere (this stretch walked already, by another delivery).
 */
export async function runAuditVerificationStretch(
  db: Kysely<Database>,
  payload: TopicPayload<"audit_chain.verify">,
  opts: { stretch?: number; slice?: () => Promise<void>; now?: () => Date } = {},
): Promise<StretchOutcome> {
  const now = opts.now ?? (() => new Date());
  const row = await db.selectFrom("audit_verifications").selectAll().where("id", "=", payload.verificationId).executeTakeFirst();
  if (!row) throw new AuditVerificationNotFoundError(payload.verificationId);
  if (row.status !== "running" || Number(row.cursor_seq) !== payload.afterSeq) return { ran: false };
  const headSeq = Number(row.head_seq);
  const beforeChain = row.before_chain ?? (await countBeforeChain(db));
  const through = Math.min(payload.afterSeq + (opts.stretch ?? DEFAULT_VERIFICATION_STRETCH), headSeq);
  const segment = await walkChain(db, { seq: payload.afterSeq, hash: row.cursor_hash }, through, opts.slice);
  let broken: ChainBreak | null = segment.broken;
  if (!broken && segment.last.seq === headSeq) broken = await checkChainEnd(db, { seq: headSeq, hash: row.head_hash }, segment.last);
  const done = broken !== null || segment.last.seq === headSeq;
  const at = now();
  const checked = Number(row.checked) + segment.checked;
  const result: "holds" | "broken" = broken ? "broken" : "holds";
  return db.transaction().execute(async (trx): Promise<StretchOutcome> => {
    const updated = await trx
      .updateTable("audit_verifications")
      .set({
        checked,
        before_chain: beforeChain,
        cursor_seq: segment.last.seq,
        cursor_hash: segment.last.hash,
        progressed_at: at.toISOString(),
        ...(done ? { status: result, running: null, finished_at: at.toISOString(), broken: broken ? JSON.stringify(broken) : null } : {}),
      })
      .where("id", "=", row.id)
      .where("running", "=", 1)
      .where("cursor_seq", "=", payload.afterSeq)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) return { ran: false };
    if (!done) {
      await enqueue(trx, "audit_chain.verify", { verificationId: row.id, afterSeq: segment.last.seq }, at);
      return { ran: true, checked: segment.checked };
    }
    await recordAudit(
      trx,
      {
        actorId: null,
        action: "audit_chain.verified",
        entity: "audit_verification",
        entityId: row.id,
        detail: {
          outcome: result,
          headSeq,
          headHash: row.head_hash,
          checked,
          beforeChain,
          ...(broken ? { brokenAt: broken.seq, reason: broken.reason } : {}),
        },
      },
      at,
    );
    return { ran: true, checked: segment.checked, finished: result };
  });
}

/** The latest verification, as the audit page shows it; null before the first. */
export interface AuditVerificationView {
  id: string;
  status: "running" | "holds" | "broken" | "abandoned";
  /** A running one that has not moved for STALLED_AFTER_MS: a new request replaces it. */
  stalled: boolean;
  requestedBy: string | null;
  startedAt: string;
  finishedAt: string | null;
  head: { seq: number; hash: string; chainStartedAt: string };
  checked: number;
  beforeChain: number | null;
  broken: ChainBreak | null;
}

export async function latestAuditVerification(db: Kysely<Database>, now = new Date()): Promise<AuditVerificationView | null> {
  const row = await db
    .selectFrom("audit_verifications as v")
    .leftJoin("users as u", "u.id", "v.requested_by")
    .select([
      "v.id",
      "v.status",
      "v.started_at",
      "v.progressed_at",
      "v.finished_at",
      "v.head_seq",
      "v.head_hash",
      "v.chain_started_at",
      "v.checked",
      "v.before_chain",
      "v.broken",
      "u.username",
    ])
    .orderBy("v.started_at", "desc")
    .orderBy("v.id", "desc")
    .limit(1)
    .executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    status: row.status,
    stalled: row.status === "running" && now.getTime() - Date.parse(row.progressed_at) >= STALLED_AFTER_MS,
    requestedBy: row.username,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    head: { seq: Number(row.head_seq), hash: row.head_hash, chainStartedAt: row.chain_started_at },
    checked: Number(row.checked),
    beforeChain: row.before_chain === null ? null : Number(row.before_chain),
    broken: row.broken ? (JSON.parse(row.broken) as ChainBreak) : null,
  };
}
