/**
 * The audit record covers the system's own changes as well as people's: on
 * the demo (filings evaluated by the job, cases opened by the
 * rules and worked by officers, complaints received and triaged, a parent's
 * account check re-evaluating the account rules, sweeps escalating and
 * reopening, public cases drafted and approved), every kind of change is on
 * the log, the system's with no actor, and the chain holds.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { createJobContext } from "../../jobs/context";
import { silentLogger } from "../../jobs/logger";
import { processors } from "../../jobs/processors/index";
import { createInProcessRunner } from "../../jobs/runner";
import { verifyAuditChain } from "~/domain/audit/audit-chain.server";
import { sweepCaseDeadlines } from "~/domain/cases/case-sweep.server";
import { sweepComplaintDeadlines } from "~/domain/complaints/complaint-sweep.server";
import { enqueue } from "~/domain/outbox/outbox.server";
import { createDemoDb, type TestDb } from "../setup/test-db";

let t: TestDb;

beforeAll(async () => {
  t = await createDemoDb();
  const kg = await t.db.selectFrom("kindergartens").select("id").limit(1).executeTakeFirstOrThrow();
  await enqueue(t.db, "account_check.mismatch", { kindergartenId: kg.id });
  const runner = createInProcessRunner({ db: t.db, ctx: await createJobContext({ db: t.db, logger: silentLogger }), processors });
  while ((await runner.drainOnce()).processed > 0);
  // Weeks later: deadlines have passed.
  const later = new Date(Date.now() + 40 * 24 * 3600 * 1000);
  await sweepCaseDeadlines(t.db, later);
  await sweepComplaintDeadlines(t.db, later);
}, 120_000);

afterAll(async () => {
  await t?.destroy();
});

it("records people's and the system's changes, and the chain holds", async () => {
  const rows = await t.db.selectFrom("audit_log").select(["action", "actor_id"]).execute();
  const byAction = new Map<string, Set<string | null>>();
  for (const r of rows) (byAction.get(r.action) ?? byAction.set(r.action, new Set()).get(r.action)!).add(r.actor_id);
  const system = ["rule_version.activate_from_file", "filing.evaluated", "case.opened", "case.escalated", "case.overdue", "complaint.triaged", "account.flags_evaluated", "publication.draft"];
  const people = ["complaint.accept", "case.assign", "case.decide", "complaint.receive", "spot_check.draw", "publication.submit", "publication.approve"];
  for (const action of system) expect([...(byAction.get(action) ?? [])], action).toEqual([null]);
  for (const action of people) expect(byAction.get(action)?.size ?? 0, `${action} in ${[...byAction.keys()].sort().join(" ")}`).toBeGreaterThan(0);
  expect((await verifyAuditChain(t.db)).broken).toBeNull();
});
