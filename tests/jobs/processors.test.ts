/**
 * The production processor map, run through the in-process runner against the
 * real domain (evaluateFiling, cases). The rule engine is replaced by a fixed
 * evaluator here: rules are tested in tests/rules; what matters here is the
 * wiring and that running a job twice leaves the same state.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { JobContext } from "../../jobs/context";
import { silentLogger } from "../../jobs/logger";
import { requeueOutboxRow } from "~/domain/outbox/outbox.server";
import { processors } from "../../jobs/processors/index";
import { TOPIC_ROUTES } from "../../jobs/queues";
import { createInProcessRunner } from "../../jobs/runner";
import type { FilingFacts, RuleOutcome } from "~/rules/types";
import { createTestDb, type TestDb } from "../setup/test-db";
import { outboxRow, seedSubmittedFiling } from "./helpers";

function outcome(ruleId: string, fired: boolean): RuleOutcome {
  return {
    ruleId,
    version: 1,
    fired,
    severity: fired ? "amber" : null,
    title: { zh: "测试规则", en: "Test rule" },
    message: { zh: "测试", en: "test" },
    legalBasis: [],
    params: {},
    conditions: [],
    details: {},
  };
}

describe("production processors", () => {
  let t: TestDb;
  beforeEach(async () => {
    t = await createTestDb();
  });
  afterEach(async () => {
    await t.destroy();
  });

  it("every topic has a processor and a queue route", () => {
    expect(Object.keys(processors).sort()).toEqual(Object.keys(TOPIC_ROUTES).sort());
  });

  it("evaluate-filing stores results and opens a case; running it twice changes nothing", async () => {
    const seenFacts: FilingFacts[] = [];
    const engine = {
      async evaluateFiling(facts: FilingFacts) {
        seenFacts.push(facts);
        return [outcome("FEE-OVER-CAP", true), outcome("FEE-ITEM-UNKNOWN", false)];
      },
    };
    // The library gives the words recorded once per rule version.
    const library = ["FEE-OVER-CAP", "FEE-ITEM-UNKNOWN"].map((id) => {
      const { title, message, legalBasis } = outcome(id, false);
      return { id, version: 1, title, message, legalBasis };
    });
    const rules = { library, activeSet: () => [], engineFor: () => engine };
    const ctx = { db: t.db, rules, logger: silentLogger } as unknown as JobContext;
    const { filingId, outboxId } = await seedSubmittedFiling(t.db);
    const runner = createInProcessRunner({ db: t.db, ctx, processors });

    expect(await runner.drainOnce()).toMatchObject({ processed: 1, retried: 0, deadLettered: 0 });
    const snapshot = async () => ({
      filing: await t.db.selectFrom("fee_filings").select(["status", "evaluated_rules"]).where("id", "=", filingId).executeTakeFirstOrThrow(),
      flags: await t.db.selectFrom("rule_results").select(["rule_id", "severity"]).where("filing_id", "=", filingId).orderBy("rule_id").execute(),
      cases: await t.db.selectFrom("inspection_cases").select(["id", "rule_id", "severity", "status"]).where("filing_id", "=", filingId).execute(),
      events: await t.db.selectFrom("case_events").select(["case_id", "kind"]).execute(),
    });
    const first = await snapshot();
    expect(first.filing.status).toBe("evaluated");
    expect(JSON.parse(first.filing.evaluated_rules)).toEqual(["FEE-ITEM-UNKNOWN@1", "FEE-OVER-CAP@1"]);
    expect(first.flags).toEqual([
      { rule_id: "FEE-OVER-CAP", severity: "amber" },
    ]);
    expect(first.cases).toHaveLength(1);
    expect(first.events).toEqual([{ case_id: first.cases[0].id, kind: "opened" }]);
    expect(seenFacts[0].filing.id).toBe(filingId);
    expect(seenFacts[0].items).toHaveLength(1);

    // A duplicate delivery (BullMQ retry, stalled job, double relay) = the same job again.
    await t.db.updateTable("outbox").set({ processed_at: null }).where("id", "=", outboxId).execute();
    await requeueOutboxRow(t.db, outboxId);
    expect(await runner.drainOnce()).toMatchObject({ processed: 1 });
    expect(await snapshot()).toEqual(first);
    expect((await outboxRow(t.db, outboxId)).processed_at).not.toBeNull();
  });
});
