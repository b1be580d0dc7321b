/**
 * Group commit: many callers' small write transactions made durable by one
 * database transaction. A caller hands over its work and awaits it; the work
 * runs under a savepoint of its own inside a transaction shared with whoever
 * else was waiting, and the caller's promise settles only after the COMMIT
 * that made it durable (or after its own savepoint was rolled back: then with
 * its error, the others' work unaffected). A receipt given on the strength of
 * that promise is therefore given only for what is stored.
 *
 * Why: on SQLite every transaction pays for its BEGIN IMMEDIATE, the hand-over
 * of the one connection, and a COMMIT that appends the changed pages (indexes
 * shared by every insert among them) to the WAL. Under a burst of parents'
 * complaints these were a sixth of the web process's time; shared by a batch,
 * they are paid once. Nothing waits for a batch to fill, and no timer runs: a
 * batch starts on the event loop's next turn (setImmediate), with the work
 * handed over in this one. Started at once it would always be alone, since
 * better-sqlite3 answers synchronously and a whole transaction ran before the
 * next request was even read. What arrives while a batch runs (or while its
 * write lock is awaited) goes into the next, up to `maxBatch` works so that
 * one transaction, and the page reads queued behind it, stay short.
 *
 * Only for work that is a transaction by itself (no transaction of its own
 * inside, nothing outside the database that a rollback cannot undo), and
 * whose callers can wait for strangers' work to be done first.
 */
import type { ControlledTransaction, Kysely, Transaction } from "kysely";

export type GroupedWork<DBS, T> = (trx: Transaction<DBS>) => Promise<T>;

interface Handed<DBS> {
  work: GroupedWork<DBS, unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

export const DEFAULT_MAX_BATCH = 32;

export class GroupCommit<DBS> {
  readonly #db: Kysely<DBS>;
  readonly #maxBatch: number;
  #waiting: Handed<DBS>[] = [];
  #draining = false;

  constructor(db: Kysely<DBS>, maxBatch = DEFAULT_MAX_BATCH) {
    this.#db = db;
    this.#maxBatch = maxBatch;
  }

  run<T>(work: GroupedWork<DBS, T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.#waiting.push({ work, resolve: resolve as (value: unknown) => void, reject });
      if (!this.#draining) {
        this.#draining = true;
        setImmediate(() => void this.#drain());
      }
    });
  }

  async #drain(): Promise<void> {
    try {
      while (this.#waiting.length > 0) await this.#batch();
    } finally {
      this.#draining = false;
    }
  }

  async #batch(): Promise<void> {
    let taken: Handed<DBS>[] = [];
    const outcomes: Outcome[] = [];
    try {
      const trx = await this.#db.startTransaction().execute();
      try {
        // Taken once the write lock is held: whoever arrived while it was awaited comes along.
        taken = this.#waiting.splice(0, this.#maxBatch);
        // Alone in its batch, a work needs no savepoint: its failure may undo the whole transaction.
        if (taken.length === 1) outcomes.push({ ok: true, value: await taken[0].work(trx) });
        else for (const handed of taken) outcomes.push(await this.#underSavepoint(trx, handed.work));
        await trx.commit().execute();
      } catch (error) {
        // The work's error is the one to report; a failed rollback leaves nothing committed either.
        await trx.rollback().execute().catch(() => undefined);
        throw error;
      }
    } catch (error) {
      // The BEGIN, a savepoint or the COMMIT failed: nothing of this batch is stored.
      if (taken.length === 0) taken = this.#waiting.splice(0, this.#maxBatch);
      for (const handed of taken) handed.reject(error);
      return;
    }
    taken.forEach((handed, i) => {
      const outcome = outcomes[i];
      if (outcome.ok) handed.resolve(outcome.value);
      else handed.reject(outcome.error);
    });
  }

  async #underSavepoint(trx: ControlledTransaction<DBS>, work: GroupedWork<DBS, unknown>): Promise<Outcome> {
    const inside = await trx.savepoint("grouped").execute();
    try {
      const value = await work(inside);
      await inside.releaseSavepoint("grouped").execute();
      return { ok: true, value };
    } catch (error) {
      // Undo this work alone; the savepoint stays on the stack until released.
      await inside.rollbackToSavepoint("grouped").execute();
      await inside.releaseSavepoint("grouped").execute();
      return { ok: false, error };
    }
  }
}

const byDatabase = new WeakMap<object, GroupCommit<unknown>>();

/** The one group commit of a database handle (a batch needs every caller of the handle in the same queue). */
export function groupCommitOf<DBS>(db: Kysely<DBS>): GroupCommit<DBS> {
  let group = byDatabase.get(db) as GroupCommit<DBS> | undefined;
  if (!group) {
    group = new GroupCommit(db);
    byDatabase.set(db, group as GroupCommit<unknown>);
  }
  return group;
}
