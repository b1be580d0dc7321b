/**
 * Shared helpers for the jobs tests: unique BullMQ prefixes and their
 * cleanup, polling, a log-capturing logger, and a realistic filing fixture.
 */
import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import { Writable } from "node:stream";
import pino, { type Logger } from "pino";
import { ulid } from "ulid";
import type { DB } from "~/db/client";
import { caseWorthy, computeEvaluations } from "~/domain/filings/evaluate.server";
import { createRulesRuntime } from "~/domain/rules-runtime/rules-runtime.server";
import { loadRuleSet } from "~/rules/load/read-files";
import { enqueue } from "~/domain/outbox/outbox.server";
import { indexKindergartensForSearch } from "~/domain/kindergartens/name-index.server";
import { cleanupRedisPrefix, getTestRedis, type TestRedis } from "../setup/redis";

export { cleanupRedisPrefix };
import { createTestDb, type TestDb } from "../setup/test-db";

/** A fresh BullMQ key prefix per test, so tests never see each other's queues. */
export function uniquePrefix(): string {
  return `test-${randomUUID()}`;
}


export async function waitFor<T>(
  check: () => Promise<T | undefined | null | false> | T | undefined | null | false,
  { timeoutMs = 15_000, intervalMs = 50, what = "condition" } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

export interface CapturedLog {
  level: number;
  msg: string;
  [key: string]: unknown;
}

/** A pino logger whose lines land in `lines` instead of stdout. */
export function captureLogger(): { logger: Logger; lines: CapturedLog[] } {
  const lines: CapturedLog[] = [];
  const stream = new Writable({
    write(chunk, _enc, cb) {
      for (const line of chunk.toString().split("\n")) if (line.trim()) lines.push(JSON.parse(line));
      cb();
    },
  });
  return { logger: pino({ level: "debug" }, stream), lines };
}

export async function outboxRow(db: DB, id: string) {
  return db.selectFrom("outbox").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
}

/**
 * A kindergarten with one submitted filing and its outbox row, inserted
 * directly (the jobs tests must not depend on the filing service's validation
 * calendar). Returns the filing and outbox ids.
 */
export async function seedSubmittedFiling(db: DB, now = new Date()): Promise<{ filingId: string; outboxId: string }> {
  const at = now.toISOString();
  const kgId = ulid();
  const filingId = ulid();
  return db.transaction().execute(async (trx) => {
    for (const r of [
      { code: "330000", name: "浙江省", level: "province" as const, parent_code: null },
      { code: "330100", name: "杭州市", level: "city" as const, parent_code: "330000" },
      { code: "330106", name: "西湖区", level: "district" as const, parent_code: "330100" },
    ]) {
      await trx.insertInto("regions").values(r).onConflict((oc) => oc.column("code").doNothing()).execute();
    }
    await trx
      .insertInto("fee_item_types")
      .values({ code: "care_education", category: "care_education", name_zh: "保育教育费", name_en: "Care and education fee", region_code: null })
      .onConflict((oc) => oc.column("code").doNothing())
      .execute();
    await trx
      .insertInto("kindergartens")
      .values({
        id: kgId,
        uscc: `52330106${kgId.slice(-10)}`,
        approved_name: "杭州市西湖区测试幼儿园",
        name_in_use: "测试幼儿园",
        nature: "inclusive_private",
        grade: "class1",
        region_code: "330106",
        address: "西湖区文三路 1 号",
        status: "active",
        created_at: at,
        updated_at: at,
      })
      .execute();
    await indexKindergartensForSearch(trx, [kgId]);
    await trx
      .insertInto("fee_filings")
      .values({
        id: filingId,
        kindergarten_id: kgId,
        term: "2027-spring",
        effective_from: "2027-03-01",
        published_on: "2027-02-01",
        version: 1,
        status: "submitted",
        submitted_by: "test",
        submitted_at: at,
        evaluated_at: null,
        previous_filing_id: null,
        note: "",
      })
      .execute();
    await trx
      .insertInto("fee_items")
      .values({
        id: ulid(),
        filing_id: filingId,
        position: 1,
        code: "care_education",
        category: "care_education",
        name: "保育教育费",
        amount_fen: 180_000,
        unit: "month",
        age_band: "all",
        description: "",
      })
      .execute();
    const outboxId = await enqueue(trx, "filing.submitted", { filingId }, now);
    return { filingId, outboxId };
  });
}

/** Cases a fault-free evaluation of these filings opens: one per kindergarten, rule and term. */
export async function expectedCaseKeys(db: DB, filingIds: string[]): Promise<string[]> {
  const evaluations = await computeEvaluations({ db, rules: createRulesRuntime(loadRuleSet()) }, filingIds);
  const keys = new Set<string>();
  for (const { facts, outcomes } of evaluations) {
    for (const o of caseWorthy(outcomes)) keys.add(`${facts.kindergarten.id}|${o.ruleId}|${facts.filing.term}`);
  }
  return [...keys].sort();
}

export async function openedCaseKeys(db: DB): Promise<string[]> {
  return (await db.selectFrom("inspection_cases").select("dedupe_key").execute()).map((c) => c.dedupe_key).sort();
}

export async function undoneOutboxRows(db: DB): Promise<number> {
  const r = await db.selectFrom("outbox").select((eb) => eb.fn.countAll<number>().as("n")).where("processed_at", "is", null).executeTakeFirstOrThrow();
  return Number(r.n);
}


export interface JobsFixture {
  /** One Redis for the file (REDIS_URL, or a private redis-server). */
  readonly redis: TestRedis;
  /** A fresh database per test. */
  readonly t: TestDb;
  /** A fresh BullMQ key prefix per test, its keys deleted afterwards. */
  readonly prefix: string;
  /** Runs after the test, before the prefix and the database go (last registered first). */
  onCleanup(fn: () => Promise<unknown>): void;
}

/** The hooks every jobs test with Redis needs; call it inside a describe. */
export function useJobsFixture(): JobsFixture {
  let redis: TestRedis | undefined;
  let t: TestDb | undefined;
  let prefix = "";
  const cleanups: (() => Promise<unknown>)[] = [];
  beforeAll(async () => {
    redis = await getTestRedis();
  });
  afterAll(async () => {
    await redis?.stop();
  });
  beforeEach(async () => {
    t = await createTestDb();
    prefix = uniquePrefix();
  });
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
    await cleanupRedisPrefix(redis!.url, prefix);
    await t!.destroy();
  });
  return {
    get redis() {
      return redis!;
    },
    get t() {
      return t!;
    },
    get prefix() {
      return prefix;
    },
    onCleanup(fn) {
      cleanups.push(fn);
    },
  };
}
