/**
 * Filing and reviewing fee accounts. Owns the invariants:
 * - an operator files for their own kindergarten only, one filing pending at
 *   a time, with an evidence file checked by content; the account rules
 *   (A01: the account's name; A03: its CNAPS code's bank) run at filing and their
 *   flags are stored with it;
 * - an education officer of the kindergarten's district approves or returns a
 *   pending filing (a return needs a reason the operator sees); until then its
 *   operator may withdraw it (a mistyped number need not wait for a return);
 * - at most one approved account is in force on any date: approval ends the
 *   account open then the day before the new one starts, and history stays
 *   (planApproval, account-approval.ts: what the review page shows too); so a
 *   filing must take effect after every approved account's first day, checked
 *   at filing with the form's other mistakes;
 * - every step is audited, and an approval re-evaluates the kindergarten's
 *   latest fee schedule (R09 reads the account in force).
 */
import type { Transaction } from "kysely";
import type { DB } from "~/db/client";
import { lockFor } from "~/db/locks";
import type { Database } from "~/db/schema";
import { recordAudit } from "~/domain/audit/audit.server";
import type { EvidenceStore } from "~/domain/evidence/evidence-store.server";
import { checkEvidence, recordEvidence, storeEvidenceBytes, type EvidenceUpload } from "~/domain/evidence/evidence.service.server";
import { HEIF_PHOTO_MESSAGE_KEY } from "~/domain/evidence/heif-photo";
import { enqueue } from "~/domain/outbox/outbox.server";
import { coversRegion, scopeFor } from "~/domain/regions/region-scope";
import { addFieldError, fail, hasErrors, invalid, issuesToFieldErrors, message, Refusal, transact, type Result } from "~/domain/result";
import type { RulesRuntime } from "~/domain/rules-runtime/rules-runtime.server";
import { earlierAnswer, submissionClaim, submitOnce, type Replayable } from "~/domain/submissions/submission.service.server";
import { hasPermission, type Actor } from "~/domain/users/actor";
import { newId } from "~/utils/ids";
import { shanghaiDate } from "~/utils/working-days";
import { aboutTheFiledAccount, evaluateAccountRules, gatherAccountFacts, storeAccountFlags } from "./account-rules.server";
import { approvalStart, latestApprovedStart, planApproval, startsAfterApproved } from "./account-approval";
import { approvedAccountsOf } from "./approved-accounts.server";
import { accountFilingInput, accountFilingOn, accountReviewInput } from "./fee-account.schema";

export interface FileAccountArgs {
  db: DB;
  rules: RulesRuntime;
  store: EvidenceStore;
  actor: Actor;
  /** The kindergarten the form was for: must be the operator's own. */
  kindergartenId: string;
  input: unknown;
  evidence: EvidenceUpload | null;
  submissionKey: unknown;
  requestId?: string | null;
  now?: Date;
}

export async function fileAccount(args: FileAccountArgs): Promise<Result<Replayable<{ accountId: string }>>> {
  const now = args.now ?? new Date();
  const { actor } = args;
  if (!hasPermission(actor, "file:account:own") || !actor.kindergartenId || actor.kindergartenId !== args.kindergartenId) {
    return fail("forbidden", "account.forbidden");
  }
  const evidence = await checkEvidence(args.evidence);
  // A repeat (same key) is answered as the first time was, though its date may no longer pass (a day later, or
  // the first filing approved since): the form's shape alone decides whether it can be one.
  const shape = accountFilingInput.safeParse(args.input);
  const claimed =
    shape.success && evidence.ok
      ? submissionClaim({
          actorId: actor.id,
          form: "account_filing",
          key: args.submissionKey,
          content: { kindergartenId: args.kindergartenId, input: shape.data, evidence: evidence.evidence.sha256 },
        })
      : null;
  if (claimed?.ok) {
    const earlier = await earlierAnswer<{ accountId: string }>(args.db, claimed.claim);
    if (earlier) return earlier;
  }

  const today = shanghaiDate(now);
  // The effective date must come after every approved account's start, or approval could never take it:
  // read before the form is judged, so that mistake is told in the same round as the others.
  const latestStart = latestApprovedStart(await approvedAccountsOf(args.db, args.kindergartenId));
  const parsed = accountFilingOn({ today, latestApprovedStart: latestStart }).safeParse(args.input);
  const errors = parsed.success ? {} : issuesToFieldErrors(parsed.error.issues);
  // The certificate's own words (account.evidence.*), not another form's; but a HEIC photo in the words every form says
  // it in (with what to do), which the form says before posting too.
  if (!evidence.ok) {
    const key = evidence.error.key === "evidence.heic" ? HEIF_PHOTO_MESSAGE_KEY : `account.${evidence.error.key}`;
    addFieldError(errors, "evidence", message(key, evidence.error.vars));
  }
  if (!parsed.success || !evidence.ok || !claimed || hasErrors(errors)) return invalid(errors);
  if (!claimed.ok) return claimed;
  const input = parsed.data;

  const kg = await args.db.selectFrom("kindergartens").select(["status"]).where("id", "=", args.kindergartenId).executeTakeFirst();
  if (!kg) return fail("forbidden", "account.forbidden");
  if (kg.status !== "active") return fail("conflict", "filing.kindergartenInactive");

  const row = {
    bank_name: input.bankName,
    branch_name: input.branchName,
    account_number: input.accountNumber,
    account_name: input.accountName,
    cnaps_code: input.cnapsCode || null,
  };
  // The rules read the database only: evaluated before the write transaction, which then stays short.
  const outcomes = aboutTheFiledAccount(
    args.rules,
    await evaluateAccountRules(args.db, args.rules, await gatherAccountFacts(args.db, args.kindergartenId, now, row)),
  );
  await storeEvidenceBytes(args.store, evidence.evidence);

  return submitOnce<{ accountId: string }>(args.db, claimed.claim, async (trx) => {
    // Two filings at once (two tabs, two keys) must not both find no pending one (Postgres reads committed rows only).
    await lockFor(trx, `bank_accounts:${args.kindergartenId}`);
    const pending = await trx
      .selectFrom("bank_accounts")
      .select("id")
      .where("kindergarten_id", "=", args.kindergartenId)
      .where("status", "=", "pending")
      .executeTakeFirst();
    if (pending) return fail("conflict", "account.pendingExists");
    // A filing approved since the form was judged (reviews take the same lock) may have moved the bound.
    const latestNow = latestApprovedStart(await approvedAccountsOf(trx, args.kindergartenId));
    if (!startsAfterApproved(input.effectiveFrom, latestNow)) {
      return invalid({ effectiveFrom: [{ key: "account.effectiveFrom.afterApproved", vars: { date: latestNow! } }] });
    }
    const evidenceId = await recordEvidence(trx, { ...evidence.evidence, byteSize: evidence.evidence.bytes.byteLength }, actor.id, now);
    const accountId = newId();
    await trx
      .insertInto("bank_accounts")
      .values({
        id: accountId,
        kindergarten_id: args.kindergartenId,
        ...row,
        status: "pending",
        filed_at: now.toISOString(),
        effective_from: input.effectiveFrom,
        effective_to: null,
        evidence_id: evidenceId,
        submitted_by: actor.id,
        reviewed_by: null,
        reviewed_at: null,
      })
      .execute();
    const applied = await storeAccountFlags(trx, args.rules, { kindergartenId: args.kindergartenId, accountId }, outcomes, now);
    await trx.updateTable("bank_accounts").set({ evaluated_rules: JSON.stringify(applied) }).where("id", "=", accountId).execute();
    await recordAudit(
      trx,
      {
        actorId: actor.id,
        action: "account.file",
        entity: "bank_account",
        entityId: accountId,
        detail: { effectiveFrom: input.effectiveFrom, flagged: outcomes.filter((o) => o.fired).map((o) => o.ruleId) },
        requestId: args.requestId,
      },
      now,
    );
    return { ok: true, accountId };
  });
}

export interface ReviewAccountArgs {
  db: DB;
  actor: Actor;
  accountId: string;
  input: unknown;
  requestId?: string | null;
  now?: Date;
}

export type ReviewResult = Result<{ status: "approved" | "returned"; effectiveFrom: string; endedAccountId: string | null }>;

/**
 * Approve or return a pending filing. Outside the officer's district it is
 * "not found" (ids reveal nothing); in the district without the review
 * permission (market supervision) it is forbidden. Two officers deciding at
 * once: the second finds it no longer pending (conflict).
 */
export async function reviewAccount(args: ReviewAccountArgs): Promise<ReviewResult> {
  const now = args.now ?? new Date();
  const { actor } = args;
  const scope = scopeFor(actor, "read:account:any", "read:account:region");
  const account = await args.db
    .selectFrom("bank_accounts as a")
    .innerJoin("kindergartens as k", "k.id", "a.kindergarten_id")
    .select(["a.id", "a.kindergarten_id", "a.status", "a.effective_from", "k.region_code"])
    .where("a.id", "=", args.accountId)
    .executeTakeFirst();
  if (!account || !coversRegion(scope, account.region_code)) return fail("not_found", "account.notFound");
  if (!hasPermission(actor, "review:account:region") || !coversRegion({ kind: "region", regionCode: actor.regionCode ?? "" }, account.region_code)) {
    return fail("forbidden", "account.review.forbidden");
  }
  const parsed = accountReviewInput.safeParse(args.input);
  if (!parsed.success) return invalid(issuesToFieldErrors(parsed.error.issues));
  const input = parsed.data;
  const today = shanghaiDate(now);

  return transact(args.db, async (trx) => {
    // Serialised with filings of the same kindergarten (fileAccount checks its date against the approved ones).
    await lockFor(trx, `bank_accounts:${account.kindergarten_id}`);
    // A filing reviewed after the day it asked for takes effect on the day of approval: never retroactively.
    const plan =
      input.decision === "approve"
        ? planApproval(await otherApprovedAccounts(trx, account.kindergarten_id, account.id), account.effective_from, today)
        : null;
    const effectiveFrom = plan ? plan.effectiveFrom : approvalStart(account.effective_from, today);
    const decided = await trx
      .updateTable("bank_accounts")
      .set({
        status: input.decision === "approve" ? "approved" : "returned",
        effective_from: input.decision === "approve" ? effectiveFrom : account.effective_from,
        reviewed_by: actor.id,
        reviewed_at: now.toISOString(),
        review_note: input.note,
      })
      .where("id", "=", account.id)
      .where("status", "=", "pending")
      .executeTakeFirst();
    if (Number(decided.numUpdatedRows) !== 1) throw new Refusal(fail("conflict", "account.review.notPending"));

    let endedAccountId: string | null = null;
    if (plan) {
      // An approved account starting on or after this one's first day would leave two in force on one day.
      if (!plan.ok) throw new Refusal(fail("conflict", "account.review.laterAccount", { date: plan.laterFrom }));
      if (plan.ends) {
        await trx.updateTable("bank_accounts").set({ effective_to: plan.ends.effectiveTo }).where("id", "=", plan.ends.id).execute();
        endedAccountId = plan.ends.id;
      }
      await reevaluateLatestFiling(trx, account.kindergarten_id, account.id, now);
    }
    await recordAudit(
      trx,
      {
        actorId: actor.id,
        action: input.decision === "approve" ? "account.approve" : "account.return",
        entity: "bank_account",
        entityId: account.id,
        detail: { effectiveFrom, endedAccountId, note: input.note },
        requestId: args.requestId,
      },
      now,
    );
    return { ok: true as const, status: input.decision === "approve" ? ("approved" as const) : ("returned" as const), effectiveFrom, endedAccountId };
  });
}

/**
 * The operator takes back their kindergarten's filing awaiting review (a
 * mistake seen after sending it), audited; the evidence stays on record. Another
 * kindergarten's filing is "not found"; one reviewed meanwhile is a conflict.
 */
export async function withdrawAccountFiling(args: { db: DB; actor: Actor; accountId: string; requestId?: string | null; now?: Date }): Promise<Result<{ accountId: string }>> {
  const now = args.now ?? new Date();
  const { actor } = args;
  if (!hasPermission(actor, "file:account:own") || !actor.kindergartenId) return fail("forbidden", "account.forbidden");
  const kindergartenId = actor.kindergartenId;
  if (args.accountId.length === 0 || args.accountId.length > 64) return fail("not_found", "account.notFound");
  return transact(args.db, async (trx) => {
    const withdrawn = await trx
      .updateTable("bank_accounts")
      .set({ status: "withdrawn" })
      .where("id", "=", args.accountId)
      .where("kindergarten_id", "=", kindergartenId)
      .where("status", "=", "pending")
      .executeTakeFirst();
    if (Number(withdrawn.numUpdatedRows) !== 1) {
      const own = await trx.selectFrom("bank_accounts").select("id").where("id", "=", args.accountId).where("kindergarten_id", "=", kindergartenId).executeTakeFirst();
      throw new Refusal(own ? fail("conflict", "account.withdraw.notPending") : fail("not_found", "account.notFound"));
    }
    await recordAudit(trx, { actorId: actor.id, action: "account.withdraw", entity: "bank_account", entityId: args.accountId, detail: {}, requestId: args.requestId }, now);
    return { ok: true as const, accountId: args.accountId };
  });
}

/** The kindergarten's approved accounts other than `accountId`: what planApproval weighs a filing against. */
function otherApprovedAccounts(db: DB | Transaction<Database>, kindergartenId: string, accountId: string) {
  return db
    .selectFrom("bank_accounts")
    .select(["id", "effective_from", "effective_to"])
    .where("kindergarten_id", "=", kindergartenId)
    .where("status", "=", "approved")
    .where("id", "!=", accountId)
    .execute();
}

/**
 * R09 reads the account in force: the kindergarten's latest fee schedule is evaluated again, naming the approval as
 * the cause (a case whose reason it clears says so on its timeline).
 */
async function reevaluateLatestFiling(trx: Transaction<Database>, kindergartenId: string, accountId: string, now: Date): Promise<void> {
  const latest = await latestFilingId(trx, kindergartenId);
  if (latest) await enqueue(trx, "filing.submitted", { filingId: latest, cause: { kind: "account_approved", accountId } }, now);
}

/** The kindergarten's latest fee schedule (its highest version), which a change of its account or record judges again. */
export async function latestFilingId(db: DB | Transaction<Database>, kindergartenId: string): Promise<string | null> {
  const latest = await db.selectFrom("fee_filings").select("id").where("kindergarten_id", "=", kindergartenId).orderBy("version", "desc").limit(1).executeTakeFirst();
  return latest?.id ?? null;
}
