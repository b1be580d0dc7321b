/**
 * The intake benchmark's database, prepared before any server starts (not
 * timed): a throwaway SQLite file or Postgres database, migrated, with the
 * demo data (36 kindergartens, one operator each) and, when more operators
 * are asked for, more kindergartens cloned from the demo ones: same
 * district, nature and grade, a new valid USCC, a fee account in the new
 * name, an operator account, and a first fee schedule filed through the
 * domain (submitFiling, with its outbox row and audit entry), so every
 * operator's form comes prefilled with several items like a demo filing's.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { ulid } from "ulid";
import { indexKindergartensForSearch } from "~/domain/kindergartens/name-index.server";
import { createDb, type DB } from "~/db/client";
import { migrateToLatest } from "~/db/migrate";
import { DEMO_PASSWORD, seedDemo } from "~/db/seed";
import { itemFormValues, termBounds } from "~/domain/filings/filing.schema";
import { upcomingTerms } from "~/domain/flags/filing-correction";
import { filingFormOptions } from "~/domain/filings/filing.queries.server";
import { submitFiling } from "~/domain/filings/filing.service.server";
import { computeOrgCodeCheckChar, computeUsccCheckChar, USCC_ALPHABET, usccPrefixForNature } from "~/domain/kindergartens/uscc";
import type { Actor } from "~/domain/users/actor";
import { hashPassword } from "~/domain/users/password.server";
import { shanghaiDate } from "~/utils/working-days";
import { fenToYuanInput } from "~/utils/money";

export const BENCH_PG_URL = process.env.BENCH_PG_URL ?? process.env.TEST_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

export interface BenchDatabase {
  /** What DATABASE_URL says to the server and the worker. */
  url: string;
  dialect: "sqlite" | "postgres";
  destroy(): Promise<void>;
}

/** A new, empty database: a SQLite file in a temp folder, or a Postgres database on BENCH_PG_URL. */
export async function createBenchDatabase(dialect: "sqlite" | "postgres"): Promise<BenchDatabase> {
  if (dialect === "postgres") {
    const name = `portal_bench_${ulid().toLowerCase()}`;
    const admin = new pg.Client({ connectionString: BENCH_PG_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(BENCH_PG_URL);
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      dialect,
      async destroy() {
        const a = new pg.Client({ connectionString: BENCH_PG_URL });
        await a.connect();
        await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await a.end();
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-bench-intake-"));
  return {
    url: path.join(dir, "portal.db"),
    dialect,
    async destroy() {
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface BenchOperator {
  username: string;
  kindergartenId: string;
  nature: string;
}

const actorOf = (u: { id: string; username: string; display_name: string; region_code: string | null; kindergarten_id: string | null }): Actor => ({
  id: u.id,
  username: u.username,
  displayName: u.display_name,
  role: "operator",
  agency: null,
  regionCode: u.region_code,
  kindergartenId: u.kindergarten_id,
});

/**
 * Migrates, seeds the demo data and makes sure there are at least `operators`
 * operator accounts with a kindergarten each. Returns them in a fixed order
 * (the demo's kg001 … kg036 first, then the clones), all with the demo password.
 */
export async function prepareDatabase(url: string, operators: number): Promise<BenchOperator[]> {
  const db = createDb(url);
  try {
    await migrateToLatest(db);
    await seedDemo(db);
    const existing = await listOperators(db);
    if (existing.length < operators) await addClonedKindergartens(db, existing, operators - existing.length);
    return (await listOperators(db)).slice(0, operators).map((o) => ({ username: o.username, kindergartenId: o.kindergarten_id!, nature: o.nature }));
  } finally {
    await db.destroy();
  }
}

async function listOperators(db: DB) {
  return db
    .selectFrom("users as u")
    .innerJoin("kindergartens as k", "k.id", "u.kindergarten_id")
    .select(["u.id", "u.username", "u.display_name", "u.region_code", "u.kindergarten_id", "k.nature"])
    .where("u.role", "=", "operator")
    .where("u.active", "=", 1)
    .where("k.status", "=", "active")
    // The demo's operators first (kg001 …), then the clones (bench037 …) in the order they were made.
    .orderBy("u.created_at")
    .orderBy("u.username")
    .execute();
}

async function addClonedKindergartens(db: DB, sources: Awaited<ReturnType<typeof listOperators>>, count: number): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const now = new Date();
  const at = now.toISOString();
  const today = shanghaiDate(now);
  const term = upcomingTerms(today)[0];
  const usccs = new Set((await db.selectFrom("kindergartens").select("uscc").execute()).map((r) => r.uscc));
  for (let i = 0; i < count; i++) {
    const source = sources[i % sources.length];
    const kg = await db.selectFrom("kindergartens").selectAll().where("id", "=", source.kindergarten_id!).executeTakeFirstOrThrow();
    const account = await db.selectFrom("bank_accounts").selectAll().where("kindergarten_id", "=", kg.id).where("status", "=", "approved").executeTakeFirst();
    const n = sources.length + i + 1;
    const suffix = `第${n}分园`;
    const name = kg.approved_name.endsWith("有限公司") ? kg.approved_name.replace(/有限公司$/, `${suffix}有限公司`) : `${kg.approved_name}${suffix}`;
    let uscc: string;
    do {
      const letters = Array.from({ length: 6 }, () => USCC_ALPHABET[Math.floor(Math.random() * USCC_ALPHABET.length)]).join("");
      const body = kg.nature === "public" ? `4${String(Math.floor(Math.random() * 1e7)).padStart(7, "0")}` : `MJ${letters}`;
      const first17 = usccPrefixForNature(kg.nature) + kg.region_code + body + computeOrgCodeCheckChar(body);
      uscc = first17 + computeUsccCheckChar(first17);
    } while (usccs.has(uscc));
    usccs.add(uscc);
    const kgId = ulid();
    const userId = ulid();
    const username = `bench${String(n).padStart(3, "0")}`;
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto("kindergartens")
        .values({ ...kg, id: kgId, uscc, approved_name: name, name_in_use: name, created_at: at, updated_at: at })
        .execute();
      await indexKindergartensForSearch(trx, [kgId]);
      if (account) {
        await trx
          .insertInto("bank_accounts")
          .values({ ...account, id: ulid(), kindergarten_id: kgId, account_name: name, filed_at: at })
          .execute();
      }
      await trx
        .insertInto("users")
        .values({
          id: userId,
          username,
          display_name: `${name}收费管理员`,
          password_hash: passwordHash,
          role: "operator",
          agency: null,
          region_code: kg.region_code,
          kindergarten_id: kgId,
          active: 1,
          created_at: at,
        })
        .execute();
    });
    // The first fee schedule: the source kindergarten's latest one, filed through the domain for the next term.
    const options = (await filingFormOptions(db, actorOf(source)))!;
    const actor = actorOf({ id: userId, username, display_name: name, region_code: kg.region_code, kindergarten_id: kgId });
    // Built apart from the call: `submissionKey` (the one-time key create forms carry) is required by
    // submitFiling once that change is in, and unknown to it before; a fresh key works with both.
    const request = {
      db,
      actor,
      kindergartenId: kgId,
      now,
      submissionKey: ulid(),
      input: {
        term,
        effectiveFrom: termBounds(term).start,
        publishedOn: today,
        note: "新园区首次备案",
        pricingBasis: options.previousTexts.pricingBasis,
        refundRules: options.previousTexts.refundRules,
        complaintChannel: options.previousTexts.complaintChannel,
        waiverDeduction: options.previousTexts.waiverDeductionFen > 0 ? fenToYuanInput(options.previousTexts.waiverDeductionFen) : "",
        items: options.previousItems.map(itemFormValues),
      },
    };
    const filed = await submitFiling(request);
    if (!filed.ok) throw new Error(`bench setup: the first filing of ${username} was refused: ${JSON.stringify(filed)}`);
  }
}

/** Filing versions, outbox rows still to do and dead-lettered ones. */
export async function countState(db: DB): Promise<{ filings: number; pending: number; deadLettered: number }> {
  const [filings, pending, dead] = await Promise.all([
    db.selectFrom("fee_filings").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow(),
    db
      .selectFrom("outbox")
      .select((eb) => eb.fn.countAll().as("n"))
      .where("processed_at", "is", null)
      .where("available_at", "<", "9999-01-01")
      .executeTakeFirstOrThrow(),
    db
      .selectFrom("outbox")
      .select((eb) => eb.fn.countAll().as("n"))
      .where("processed_at", "is", null)
      .where("available_at", ">=", "9999-01-01")
      .executeTakeFirstOrThrow(),
  ]);
  return { filings: Number(filings.n), pending: Number(pending.n), deadLettered: Number(dead.n) };
}

/** Which of these filing ids are stored. */
export async function storedFilingIds(db: DB, ids: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db.selectFrom("fee_filings").select("id").where("id", "in", ids.slice(i, i + 500)).execute();
    for (const r of rows) found.add(r.id);
  }
  return found;
}

