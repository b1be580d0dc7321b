/**
 * Evaluations writing the same rows concurrently (Postgres): an evaluation
 * batch beside another batch or a filing's own evaluation locks the filings'
 * flags, the cases and the filings each in one order whatever the order of
 * its evaluations, so two of them queue instead of deadlocking; a deadlock
 * that happens all the same runs the transaction again (retryTransientConflicts).
 *
 * Each crossing is made deterministic with two "blockers", transactions that
 * hold the two contested rows: side A queues on the lower row, side B on the
 * higher; the lower is let go, then the higher. Taking the rows in the order
 * of its evaluations, B then holds the higher row and A the lower, each
 * waiting for the other: Postgres ends one (40P01). Taking them in id order,
 * both queue on the lower row and both commit. An officer's step moving a
 * complaint between two cases is held instead after its first update of a
 * case (a plugin awaiting in transformResult) while the evaluation queues.
 * So is the meal-fund sweep's page after its first insert of rule words,
 * while a filing's job storing one of its months queues.
 */
import { sql, type KyselyPlugin, type Transaction } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isTransientConflict, retryTransientConflicts } from "~/db/locks";
import type { Database } from "~/db/schema";
import { persistEvaluations, type EvaluationRecord } from "~/domain/filings/evaluate.server";
import { storeMealFundEvaluations, type MealFundEvaluation } from "~/domain/meal-fund/meal-fund-rules.server";
import { createRulesRuntime } from "~/domain/rules-runtime/rules-runtime.server";
import { loadRuleSet } from "~/rules/load/read-files";
import { createActor, createKindergarten, HAISHU, insertBareFiling, JIANGBEI, seedReferenceData } from "../factories/domain";
import { act, atNoon, fileComplaint } from "../factories/complaint-handling";
import { createTestDb, TEST_DIALECT, type TestDb } from "../setup/test-db";

const rules = createRulesRuntime(loadRuleSet());
const R03 = rules.library.find((d) => d.id === "R03")!;
const now = new Date("2026-12-05T02:00:00.000Z");

let t: TestDb;
let officerId: string;

beforeAll(async () => {
  t = await createTestDb();
  await seedReferenceData(t.db);
  officerId = (await createActor(t.db, "officer", { regionCode: HAISHU })).id;
});
afterAll(async () => {
  await t.destroy();
});

/** A kindergarten with filings of versions 1…n, all of one term. */
async function kindergartenWithFilings(regionCode: string, n: number) {
  const kg = await createKindergarten(t.db, { region_code: regionCode });
  const filings: string[] = [];
  for (let v = 1; v <= n; v += 1) filings.push(await insertBareFiling(t.db, kg.id, officerId, { version: v }));
  return { ...kg, filings };
}

/** An evaluation as a worker hands it back: the filing, the rule versions applied, R03 fired (red) or nothing. */
function evaluation(kg: { id: string; region_code: string; filings: string[] }, version: number, o: { flagged: boolean; applied?: string }): EvaluationRecord {
  return {
    facts: { filing: { id: kg.filings[version - 1], term: "2027-spring", version }, kindergarten: { id: kg.id, regionCode: kg.region_code } },
    evaluatedRules: [o.applied ?? `R03@${R03.version}`],
    flags: o.flagged ? [{ ruleId: "R03", version: R03.version, severity: "red", explanation: "{}" }] : [],
  };
}

const persist = (evaluations: EvaluationRecord[], attempts?: number) => persistEvaluations({ db: t.db, rules, now }, evaluations, { attempts });

describe("persistEvaluations on either database", () => {
  it("records the rule versions' words in key order, whatever order they fired in", async () => {
    const kg = await kindergartenWithFilings(HAISHU, 1);
    const [first, second] = [...new Set(rules.library.map((d) => d.id))].sort().slice(0, 2).map((id) => rules.library.find((d) => d.id === id)!);
    const record = evaluation(kg, 1, { flagged: false });
    record.flags = [second, first].map((d) => ({ ruleId: d.id, version: d.version, severity: "info" as const, explanation: "{}" }));
    // The statement as built (a plugin sees the transaction's statements too); its rows' values in order.
    const inserts: string[] = [];
    const seeing: KyselyPlugin = {
      transformQuery: ({ node }) => {
        if (node.kind === "InsertQueryNode" && JSON.stringify(node.into).includes('"rule_texts"')) inserts.push(JSON.stringify(node.values));
        return node;
      },
      transformResult: async ({ result }) => result,
    };
    await persistEvaluations({ db: t.db.withPlugin(seeing), rules, now }, [record]);
    expect(inserts).toHaveLength(1);
    const at = (id: string) => inserts[0].indexOf(`"${id}"`);
    expect(at(first.id)).toBeGreaterThan(-1);
    expect(at(first.id)).toBeLessThan(at(second.id));
  });

  it("knows a deadlock and a serialization failure from other errors", () => {
    expect(isTransientConflict(Object.assign(new Error("deadlock detected"), { code: "40P01" }))).toBe(true);
    expect(isTransientConflict(Object.assign(new Error("could not serialize access"), { code: "40001" }))).toBe(true);
    expect(isTransientConflict(Object.assign(new Error("duplicate key"), { code: "23505" }))).toBe(false);
    expect(isTransientConflict(new Error("SQLITE_BUSY"))).toBe(false);
  });
});

/** Postgres only: SQLite has one writer at a time (BEGIN IMMEDIATE), so no two transactions hold rows against each other. */
describe.runIf(TEST_DIALECT === "pg")("evaluations crossing on the same rows (Postgres)", () => {
  type Lock = (trx: Transaction<Database>) => Promise<unknown>;
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  /** A transaction on its own connection that takes `lock` and holds it until released (then commits). */
  async function hold(lock: Lock, settings?: string): Promise<{ pid: number; release: () => Promise<void> }> {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let started!: (pid: number) => void;
    let failed!: (err: unknown) => void;
    const pid = new Promise<number>((resolve, reject) => ((started = resolve), (failed = reject)));
    const done = t.db.transaction().execute(async (trx) => {
      if (settings) await sql.raw(settings).execute(trx);
      const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(trx);
      await lock(trx);
      started(rows[0].pid);
      await released;
    });
    done.catch(failed);
    return { pid: await pid, release: () => (release(), done) };
  }

  /** The pid of a backend of this database waiting on a lock and matching `which`. */
  async function blocked(which: (row: { pid: number; blockers: number[] }) => boolean, what: string): Promise<number> {
    for (let waited = 0; waited < 15_000; waited += 20) {
      const { rows } = await sql<{ pid: number; blockers: number[] }>`
        select pid, pg_blocking_pids(pid) as blockers from pg_stat_activity
        where datname = current_database() and cardinality(pg_blocking_pids(pid)) > 0`.execute(t.db);
      const hit = rows.find(which);
      if (hit) return hit.pid;
      await sleep(20);
    }
    throw new Error(`timed out waiting until ${what}`);
  }

  const settle = (p: Promise<unknown>) => p.then(() => "committed", (err: unknown) => String((err as { code?: string }).code ?? err));

  /**
   * `a` and `b` run with the rows `lockLow` and `lockHigh` held by blockers: `a` queues first (on the lower row
   * whichever order it takes), `b` next; the lower row is let go, then, once `a` waits again, the higher.
   */
  async function crossed(lockLow: Lock, lockHigh: Lock, a: () => Promise<unknown>, b: () => Promise<unknown>): Promise<string[]> {
    const low = await hold(lockLow);
    const high = await hold(lockHigh);
    const sideA = settle(a());
    const pidA = await blocked((r) => r.blockers.includes(low.pid), "A queues on the lower row");
    const sideB = settle(b());
    await blocked((r) => ![pidA, low.pid, high.pid].includes(r.pid), "B queues");
    await low.release();
    await blocked((r) => r.pid === pidA && !r.blockers.includes(low.pid), "A, holding the lower row, waits for the higher");
    await high.release();
    return Promise.all([sideA, sideB]);
  }

  /**
   * A plugin that holds its handle's transaction once the first statement of `kind` on `table` has run (`held`
   * settles then) until `resume` is called.
   */
  function holdAfterFirst(kind: "InsertQueryNode" | "UpdateQueryNode", table: string) {
    let reached!: () => void;
    const held = new Promise<void>((resolve) => (reached = resolve));
    let resume!: () => void;
    const resumed = new Promise<void>((resolve) => (resume = resolve));
    let done = false;
    const queryIds = new Set<unknown>();
    const plugin: KyselyPlugin = {
      transformQuery: ({ node, queryId }) => {
        const target = node.kind === "InsertQueryNode" ? node.into : node.kind === "UpdateQueryNode" ? node.table : undefined;
        if (!done && node.kind === kind && JSON.stringify(target).includes(`"${table}"`)) queryIds.add(queryId);
        return node;
      },
      transformResult: async ({ result, queryId }) => {
        if (!done && queryIds.has(queryId)) {
          done = true;
          reached();
          await resumed;
        }
        return result;
      },
    };
    return { plugin, held, resume };
  }

  const rowsOf = (table: "inspection_cases" | "fee_filings", id: string): Lock => (trx) => sql`select id from ${sql.table(table)} where id = ${id} for no key update`.execute(trx);
  const flagsOf = (filingId: string): Lock => (trx) => sql`select filing_id from rule_results where filing_id = ${filingId} for no key update`.execute(trx);
  const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((x, y) => (x.id < y.id ? -1 : 1));

  it("lets two evaluations update the same two cases given in opposite orders", async () => {
    // A batch and a filing's own evaluation, say: A has version 2 of both kindergartens' filings, B version 3.
    const kgs = [await kindergartenWithFilings(HAISHU, 3), await kindergartenWithFilings(JIANGBEI, 3)];
    await persist(kgs.map((kg) => evaluation(kg, 1, { flagged: true })));
    const cases = await t.db.selectFrom("inspection_cases").select(["id", "kindergarten_id"]).where("kindergarten_id", "in", kgs.map((k) => k.id)).execute();
    expect(cases).toHaveLength(2);
    const [low, high] = byId(cases);
    const [kgLow, kgHigh] = [low, high].map((c) => kgs.find((k) => k.id === c.kindergarten_id)!);

    const outcome = await crossed(
      rowsOf("inspection_cases", low.id),
      rowsOf("inspection_cases", high.id),
      () => persist([evaluation(kgLow, 2, { flagged: true }), evaluation(kgHigh, 2, { flagged: true })], 1),
      () => persist([evaluation(kgHigh, 3, { flagged: true }), evaluation(kgLow, 3, { flagged: true })], 1),
    );
    expect(outcome).toEqual(["committed", "committed"]);
    // B committed last and follows its newer filings: nothing of either was lost.
    const after = await t.db.selectFrom("inspection_cases").select(["id", "filing_id"]).where("id", "in", [low.id, high.id]).orderBy("id").execute();
    expect(after.map((c) => c.filing_id)).toEqual([kgLow.filings[2], kgHigh.filings[2]]);
  });

  it("lets two evaluations of the same filings given in opposite orders store their flags", async () => {
    const kgs = [await kindergartenWithFilings(HAISHU, 1), await kindergartenWithFilings(JIANGBEI, 1)];
    await persist(kgs.map((kg) => evaluation(kg, 1, { flagged: true })));
    const [kgLow, kgHigh] = [...kgs].sort((x, y) => (x.filings[0] < y.filings[0] ? -1 : 1));
    const outcome = await crossed(
      flagsOf(kgLow.filings[0]),
      flagsOf(kgHigh.filings[0]),
      () => persist([evaluation(kgLow, 1, { flagged: true }), evaluation(kgHigh, 1, { flagged: true })], 1),
      () => persist([evaluation(kgHigh, 1, { flagged: true }), evaluation(kgLow, 1, { flagged: true })], 1),
    );
    expect(outcome).toEqual(["committed", "committed"]);
  });

  it("lets two evaluations mark the same filings given in opposite orders and under different rules", async () => {
    // Two runs under different rules states: each filing's list of rule versions differs, one update per list.
    const kgs = [await kindergartenWithFilings(HAISHU, 1), await kindergartenWithFilings(JIANGBEI, 1)];
    const [kgLow, kgHigh] = [...kgs].sort((x, y) => (x.filings[0] < y.filings[0] ? -1 : 1));
    const outcome = await crossed(
      rowsOf("fee_filings", kgLow.filings[0]),
      rowsOf("fee_filings", kgHigh.filings[0]),
      () => persist([evaluation(kgLow, 1, { flagged: false, applied: "R01@1" }), evaluation(kgHigh, 1, { flagged: false, applied: "R02@1" })], 1),
      () => persist([evaluation(kgHigh, 1, { flagged: false, applied: "R01@1" }), evaluation(kgLow, 1, { flagged: false, applied: "R02@1" })], 1),
    );
    expect(outcome).toEqual(["committed", "committed"]);
    const marked = await t.db.selectFrom("fee_filings").select("evaluated_rules").where("id", "in", [kgLow.filings[0], kgHigh.filings[0]]).orderBy("id").execute();
    expect(marked.map((f) => f.evaluated_rules)).toEqual([JSON.stringify(["R02@1"]), JSON.stringify(["R01@1"])]);
  });

  it("lets an officer move a complaint between two cases while an evaluation updates both", async () => {
    // The complaint leaves the lower case for the higher: written in that order, the step took the higher first.
    const kg = await kindergartenWithFilings(HAISHU, 2);
    const [r1, r2] = [...new Set(rules.library.map((d) => d.id))].sort().slice(0, 2).map((id) => rules.library.find((d) => d.id === id)!);
    const bothFlags = (version: number) => {
      const record = evaluation(kg, version, { flagged: false });
      record.flags = [r1, r2].map((d) => ({ ruleId: d.id, version: d.version, severity: "red" as const, explanation: "{}" }));
      return record;
    };
    await persist([bothFlags(1)]);
    const [low, high] = byId(await t.db.selectFrom("inspection_cases").select("id").where("kindergarten_id", "=", kg.id).execute());
    const officer = await createActor(t.db, "officer", { regionCode: HAISHU });
    const T0 = atNoon("2026-09-01");
    const { complaintId } = await fileComplaint(t.db, { kindergartenId: kg.id, track: "report", now: T0 });
    expect(await act(t.db, officer, complaintId, { intent: "link_case", caseId: low.id }, T0)).toMatchObject({ ok: true });

    // The step is held after its first update of a case (before the fix: the higher, and nothing else; after:
    // both, locked first) until the evaluation waits on a lock; it then goes on to its next case.
    const hold = holdAfterFirst("UpdateQueryNode", "inspection_cases");
    const step = settle(act(t.db.withPlugin(hold.plugin), officer, complaintId, { intent: "link_case", caseId: high.id }, T0).then((r) => expect(r).toMatchObject({ ok: true })));
    await hold.held;
    const evaluated = settle(persist([bothFlags(2)], 1));
    await blocked(() => true, "the evaluation waits for a case the step holds");
    hold.resume();
    const outcome = await Promise.all([evaluated, step]);
    expect(outcome).toEqual(["committed", "committed"]);
    expect((await t.db.selectFrom("complaints").select("case_id").where("id", "=", complaintId).executeTakeFirstOrThrow()).case_id).toBe(high.id);
  });

  /** A month's evaluation as the meal-fund sweep or a filing's job hands it over: no account, these R15 versions fired. */
  const mealFundMonth = (kindergartenId: string, versions: number[]): MealFundEvaluation => ({
    kindergartenId,
    month: "2026-10",
    evaluatedOn: "2026-11-16",
    accountId: null,
    rulesKey: "test",
    outcomes: versions.map((version) => {
      const def = rules.library.find((d) => d.id === "R15" && d.version === version)!;
      return { ruleId: "R15", version, fired: true, severity: "amber", title: def.title, message: def.message, legalBasis: [], params: {}, conditions: [], details: {} };
    }),
  });

  /**
   * A sweep's page and a filing's job storing months, their R15 versions firing for the first time (their words
   * not recorded yet): the sweep is held after its first insert of rule words until the job waits on a lock.
   */
  async function crossedMealFundStores(sweep: MealFundEvaluation[], job: MealFundEvaluation[]): Promise<string[]> {
    await t.db.deleteFrom("rule_texts").where("rule_id", "=", "R15").execute();
    const hold = holdAfterFirst("InsertQueryNode", "rule_texts");
    const swept = settle(storeMealFundEvaluations(t.db.withPlugin(hold.plugin), rules, sweep, now));
    await hold.held;
    const filed = settle(storeMealFundEvaluations(t.db, rules, job, now));
    await blocked(() => true, "the job waits for what the sweep holds");
    hold.resume();
    return Promise.all([swept, filed]);
  }

  const flaggedMonths = async (kindergartenIds: string[]) =>
    (await t.db.selectFrom("meal_fund_flags").select(["kindergarten_id", "rule_version"]).where("kindergarten_id", "in", kindergartenIds).orderBy("kindergarten_id").orderBy("rule_version").execute()).map(
      (f) => `${kindergartenIds.indexOf(f.kindergarten_id)}:R15@${f.rule_version}`,
    );

  it("lets the meal-fund sweep store a page while a filing's job stores a month of it", async () => {
    // Before: the sweep took a month's lock, recorded the words and went on to the next month's lock, which the
    // job held while it waited for those words.
    const kgs = byId([await createKindergarten(t.db, { region_code: HAISHU }), await createKindergarten(t.db, { region_code: JIANGBEI })]).map((k) => k.id);
    const outcome = await crossedMealFundStores([mealFundMonth(kgs[0], [1]), mealFundMonth(kgs[1], [1])], [mealFundMonth(kgs[1], [1])]);
    expect(outcome).toEqual(["committed", "committed"]);
    expect(await flaggedMonths(kgs)).toEqual(["0:R15@1", "1:R15@1"]);
  });

  it("lets the meal-fund sweep and a filing's job record two new rule versions' words fired in other orders", async () => {
    // Before: the sweep recorded its months' words month by month (v2, then v1), the job both at once (v1, v2).
    const kgs = byId([
      await createKindergarten(t.db, { region_code: HAISHU }),
      await createKindergarten(t.db, { region_code: HAISHU }),
      await createKindergarten(t.db, { region_code: JIANGBEI }),
    ]).map((k) => k.id);
    const outcome = await crossedMealFundStores([mealFundMonth(kgs[0], [2]), mealFundMonth(kgs[2], [1])], [mealFundMonth(kgs[1], [1, 2])]);
    expect(outcome).toEqual(["committed", "committed"]);
    expect(await flaggedMonths(kgs)).toEqual(["0:R15@2", "1:R15@1", "1:R15@2", "2:R15@1"]);
  });

  it("runs an evaluation ended by a deadlock again", async () => {
    const kgs = [await kindergartenWithFilings(HAISHU, 1), await kindergartenWithFilings(JIANGBEI, 1)];
    const [low, high] = [...kgs.map((k) => k.filings[0])].sort();
    const run = async (attempts: number | undefined) => {
      let holdSecond!: () => void;
      const secondTaken = new Promise<void>((resolve) => (holdSecond = resolve));
      let pid!: number;
      let started!: () => void;
      const firstTaken = new Promise<void>((resolve) => (started = resolve));
      // The other writer takes the higher filing, then the lower: it never detects the cycle itself (its
      // deadlock_timeout outlasts the test), so Postgres ends the evaluation, which waits from before.
      const writer = t.db.transaction().execute(async (trx) => {
        await sql`set local deadlock_timeout = '60s'`.execute(trx);
        pid = (await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(trx)).rows[0].pid;
        await rowsOf("fee_filings", high)(trx);
        started();
        await secondTaken;
        await rowsOf("fee_filings", low)(trx);
      });
      await firstTaken;
      const evaluated = settle(persist(kgs.map((kg) => evaluation(kg, 1, { flagged: false })), attempts));
      await blocked((r) => r.blockers.includes(pid), "the evaluation waits for the writer");
      holdSecond();
      await writer;
      return evaluated;
    };
    expect(await run(1)).toBe("40P01");
    expect(await run(undefined)).toBe("committed");
  });

  it("retries a crossed pair of transactions until both commit", async () => {
    const kgs = [await kindergartenWithFilings(HAISHU, 1), await kindergartenWithFilings(JIANGBEI, 1)];
    const [x, y] = kgs.map((k) => k.filings[0]);
    const crossedPair = async (wrap: (work: () => Promise<void>) => Promise<void>) => {
      let arrived = 0;
      let release!: () => void;
      const both = new Promise<void>((resolve) => (release = resolve));
      const side = (first: string, second: string) =>
        wrap(() =>
          t.db.transaction().execute(async (trx) => {
            await rowsOf("fee_filings", first)(trx);
            if ((arrived += 1) === 2) release();
            await both;
            await rowsOf("fee_filings", second)(trx);
          }),
        );
      return (await Promise.all([settle(side(x, y)), settle(side(y, x))])).sort();
    };
    expect(await crossedPair((work) => work())).toEqual(["40P01", "committed"]);
    expect(await crossedPair((work) => retryTransientConflicts(work))).toEqual(["committed", "committed"]);
  });
});
