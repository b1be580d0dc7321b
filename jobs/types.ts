/**
 * Processor types shared by both runners. A processor receives a context
 * (for production: JobContext from jobs/context.ts) and a payload already
 * validated against the topic's zod schema. It must be idempotent: the
 * runners guarantee at-least-once delivery, not exactly-once.
 */
import type { Topic, TopicPayload } from "~/domain/outbox/topics";

export type Processor<C, T extends Topic = Topic> = (ctx: C, payload: TopicPayload<T>) => Promise<void>;

/** topic → processor. Partial so tests can inject a subset; production uses the full map. */
export type ProcessorMap<C> = { [T in Topic]?: Processor<C, T> };

/** The full production map: adding a topic without a processor is a type error. */
export type CompleteProcessorMap<C> = { [T in Topic]: Processor<C, T> };
