/**
 * topic → processor: the one set of processors both runners call (BullMQ
 * workers and the in-process runner). Job names per topic live in queues.ts.
 */
import type { JobContext } from "../context";
import type { CompleteProcessorMap } from "../types";
import { evaluateFilingProcessor } from "./evaluate-filing";
import { previewChangeProcessor } from "./preview-change";
import { reevaluateProcessor } from "./reevaluate";
import { reevaluateAccountProcessor } from "./reevaluate-account";
import { triageComplaintProcessor } from "./triage-complaint";
import { draftPublicCaseProcessor } from "./draft-public-case";
import { evaluateMealFundProcessor } from "./evaluate-meal-fund";
import { reevaluateKindergartenProcessor } from "./reevaluate-kindergarten";
import { verifyAuditChainProcessor } from "./verify-audit-chain";

export const processors: CompleteProcessorMap<JobContext> = {
  "filing.submitted": evaluateFilingProcessor,
  "reevaluation.batch": reevaluateProcessor,
  "preview.compute": previewChangeProcessor,
  "account_check.mismatch": reevaluateAccountProcessor,
  "complaint.received": triageComplaintProcessor,
  "case.decided": draftPublicCaseProcessor,
  "meal_fund.filed": evaluateMealFundProcessor,
  "kindergarten.changed": reevaluateKindergartenProcessor,
  "audit_chain.verify": verifyAuditChainProcessor,
};
