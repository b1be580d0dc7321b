/**
 * A job failure that no retry can mend (an unknown topic, a payload that does
 * not parse, a row that is gone). BullMQ recognises it by its name and fails
 * the job at once; the in-process runner dead-letters it (outbox-state.ts).
 * Our own class rather than BullMQ's: a web process (with the embedded runner,
 * or with Redis, where the worker runs the jobs) then never loads BullMQ, whose
 * modules hold ~6 MB of heap.
 */
export class UnrecoverableError extends Error {
  override name = "UnrecoverableError";
}
