/**
 * After a kindergarten's registry record changed what the rules read of it (its approved name, nature, grade or
 * region: app/domain/registry), its account rules run again on today's facts (A01 compares the account's name with
 * the approved name) and its latest fee schedule is evaluated again (the guidance prices and parameters of its
 * region, nature and grade; the USCC prefix against the nature). Both replace what they found before, so a retried
 * or repeated job leaves the same flags and opens no second case.
 */
import { reevaluateKindergartenAccount } from "~/domain/fee-accounts/account-rules.server";
import { latestFilingId } from "~/domain/fee-accounts/fee-account.service.server";
import type { RuleOutcome } from "~/rules/types";
import { evaluateFiling, type EvaluationContext } from "./evaluate.server";

export async function reevaluateKindergarten(
  ctx: EvaluationContext,
  kindergartenId: string,
): Promise<{ account: RuleOutcome[]; filingId: string | null; filing: RuleOutcome[]; caseIds: string[] }> {
  const now = ctx.now ?? new Date();
  const account = await reevaluateKindergartenAccount(ctx.db, ctx.rules, kindergartenId, now);
  const latest = await latestFilingId(ctx.db, kindergartenId);
  if (!latest) return { account, filingId: null, filing: [], caseIds: [] };
  const { outcomes, caseIds } = await evaluateFiling(ctx, latest, { kind: "kindergarten_changed" });
  return { account, filingId: latest, filing: outcomes, caseIds };
}
