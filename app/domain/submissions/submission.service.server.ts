/**
 * Submitting twice stores once. Every create form carries a one-time key
 * (submission.schema.ts); the first submission under a key claims it, in the
 * same transaction that creates the object, and stores on the key what it
 * answered (e.g. {"filingId": "…"}). A repeat of the same submission (a
 * double click, a browser or proxy resending after the answer was lost) finds
 * the key and gets that answer back, flagged `replayed`, and nothing is
 * created again.
 *
 * - Keys belong to an actor (primary key actor_id + key): another actor's
 *   key is just another key and never reveals its result.
 * - A key used on another kind of form, or with other content (the SHA-256
 *   of what was submitted differs), is refused as a conflict: it is not a
 *   repeat, and answering it with the first result would silently drop it.
 * - The claim is the transaction's first statement, an insert … on conflict
 *   do nothing (on Postgres a unique violation would abort the transaction).
 *   Concurrent twins: on Postgres the second insert waits for the first
 *   transaction, then inserts nothing and reads the committed result; on
 *   SQLite the transactions run one after the other. Either way one object,
 *   two answers pointing at it.
 * - A refused creation (invalid input, a conflict found inside) rolls the
 *   claim back with everything else: the key stays free for the corrected
 *   form.
 *
 * A leaf feature: it imports no other feature but result.ts.
 */
import { createHash } from "node:crypto";
import type { Transaction } from "kysely";
import { newId } from "~/utils/ids";
import type { DB } from "~/db/client";
import type { Database } from "~/db/schema";
import { fail, invalid, message, Refusal, type Failure, type Result } from "~/domain/result";
import { submissionKey, type SubmissionForm } from "./submission.schema";

/** A fresh key for a create form (its loader puts it in the hidden field). */
export function newSubmissionKey(): string {
  return newId();
}

export interface SubmissionClaim {
  actorId: string;
  form: SubmissionForm;
  key: string;
  /** SHA-256 (hex) of what was submitted under the key. */
  fingerprint: string;
}

/** A creation's answer, and whether it is a repeat answered from the first submission. */
export type Replayable<T extends object> = T & { replayed: boolean };

/**
 * The claim a submission makes: the checked key, and the fingerprint of
 * `content` (what the form sent, as the domain function received it). A
 * missing or malformed key is invalid input (a 400 with its own message),
 * whatever else the form holds.
 */
export function submissionClaim(args: { actorId: string; form: SubmissionForm; key: unknown; content: unknown }): Result<{ claim: SubmissionClaim }> {
  const key = submissionKey.safeParse(args.key);
  if (!key.success) return invalid({}, [message("submission.key.invalid")]);
  return { ok: true, claim: { actorId: args.actorId, form: args.form, key: key.data, fingerprint: fingerprintOf(args.content) } };
}

/** SHA-256 of a canonical JSON of `content` (object keys sorted; bytes by their own hash). */
export function fingerprintOf(content: unknown): string {
  return createHash("sha256")
    .update(JSON.stringify(canonical(content)) ?? "undefined")
    .digest("hex");
}

function canonical(value: unknown): unknown {
  if (value instanceof Uint8Array) return { $sha256: createHash("sha256").update(value).digest("hex") };
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === "object") {
    const record = value as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(record)
        .sort()
        .map((k) => [k, canonical(record[k])]),
    );
  }
  return value;
}

const reused = () => fail("conflict", "submission.key.reused");

/**
 * Runs `create` once per key, inside the caller's transaction `trx` (which
 * must not have written anything yet: the claim should be its first
 * statement). A repeat returns the stored answer without calling `create`; a
 * key taken by another form or other content returns a conflict. `create`
 * refuses by throwing a Refusal, which rolls back the claim too.
 */
export async function oncePer<T extends object>(
  trx: Transaction<Database>,
  claim: SubmissionClaim,
  create: () => Promise<T>,
): Promise<Result<Replayable<T>>> {
  const claimed = await trx
    .insertInto("submission_keys")
    .values({
      actor_id: claim.actorId,
      key: claim.key,
      form: claim.form,
      fingerprint: claim.fingerprint,
      result: null,
      created_at: new Date().toISOString(),
    })
    .onConflict((oc) => oc.columns(["actor_id", "key"]).doNothing())
    .returning("key")
    .executeTakeFirst();
  if (!claimed) {
    // Taken: by an earlier submission, or by a twin whose transaction committed while this insert waited.
    const earlier = await earlierAnswer<T>(trx, claim);
    if (!earlier) throw new Error(`submission key ${claim.key} (${claim.form}) vanished while claimed`);
    return earlier;
  }
  const created = await create();
  await trx
    .updateTable("submission_keys")
    .set({ result: JSON.stringify(created) })
    .where("actor_id", "=", claim.actorId)
    .where("key", "=", claim.key)
    .execute();
  return { ok: true, ...created, replayed: false };
}

/**
 * The answer already given under this key, or null when the key is free. For
 * a change whose own checks a repeat would fail (an activation: the draft is
 * active after the first one), look here before checking, then claim with
 * oncePer as usual (which answers a twin that committed in between).
 */
export async function earlierAnswer<T extends object>(
  db: DB | Transaction<Database>,
  claim: SubmissionClaim,
): Promise<Result<Replayable<T>> | null> {
  const earlier = await db
    .selectFrom("submission_keys")
    .select(["form", "fingerprint", "result"])
    .where("actor_id", "=", claim.actorId)
    .where("key", "=", claim.key)
    .executeTakeFirst();
  if (!earlier) return null;
  if (earlier.form !== claim.form || earlier.fingerprint !== claim.fingerprint) return reused();
  if (earlier.result === null) throw new Error(`submission key ${claim.key} (${claim.form}) was claimed without a result`);
  return { ok: true, ...(JSON.parse(earlier.result) as T), replayed: true };
}

/** Carries a refused creation's own failure (with whatever it adds, such as an import's rowErrors) out of the transaction. */
class Refused<F extends Failure> extends Error {
  constructor(readonly failure: F) {
    super(`refused (${failure.kind})`);
    this.name = "Refused";
  }
}

/**
 * oncePer in a transaction of its own, for a creation that answers with a
 * Result: `create` runs after the claim, with the transaction, and may check
 * its input there (a check made before the claim could see a concurrent
 * twin's object and refuse a repeat that should be answered). A failure it
 * returns, or a Refusal it throws, rolls everything back (the claim
 * included) and is returned as is.
 */
export async function submitOnce<T extends object, F extends Failure = Failure>(
  db: DB,
  claim: SubmissionClaim,
  create: (trx: Transaction<Database>) => Promise<Result<T, F>>,
): Promise<Result<Replayable<T>, F | Failure>> {
  try {
    return await db.transaction().execute((trx) =>
      oncePer(trx, claim, async () => {
        const created = await create(trx);
        if (!created.ok) throw new Refused(created as F);
        const { ok: _ok, ...answer } = created as { ok: true } & T;
        return answer as T;
      }),
    );
  } catch (err) {
    if (err instanceof Refused) return err.failure as F;
    if (err instanceof Refusal) return err.failure;
    throw err;
  }
}
