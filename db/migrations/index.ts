/**
 * The migration list, kept in code rather than read from the folder so the
 * Remix bundle, tsx and Vitest all see the same set (alphanumeric order).
 */
import type { Migration } from "kysely";
import * as initial from "./2026-11-29T0000_initial";
import * as rulesConfig from "./2026-11-29T0100_rules_config";
import * as compactRuleResults from "./2026-11-29T0200_compact_rule_results";
import * as changePreviews from "./2026-11-29T0300_change_previews";
import * as outboxRecovery from "./2026-11-30T0000_outbox_recovery";
import * as submissionKeys from "./2026-11-30T0200_submission_keys";
import * as feeAccounts from "./2026-11-30T0400_fee_accounts";
import * as publicDisclosure from "./2026-11-30T0500_public_disclosure";
import * as searchOrder from "./2026-11-30T0600_search_order";
import * as complaints from "./2026-11-30T0700_complaints";
import * as evidenceStorageKey from "./2026-11-30T0750_evidence_storage_key";
import * as caseWork from "./2026-11-30T2300_case_work";
import * as spotChecks from "./2026-11-30T2340_spot_checks";
import * as caseQueue from "./2026-12-01T0000_case_queue";
import * as caseDashboardIndexes from "./2026-12-01T0400_case_dashboard_indexes";
import * as usersRegion from "./2026-12-01T0500_users_region";
import * as auditChain from "./2026-12-01T0600_audit_chain";
import * as publication from "./2026-12-01T1000_publication";
import * as statistics from "./2026-12-01T1100_statistics";
import * as publicCasesYear from "./2026-12-01T1200_public_cases_year";
import * as mealFund from "./2026-12-01T1420_meal_fund";
import * as refundRules from "./2026-12-01T1430_refund_rules";
import * as filingUpdateMarks from "./2026-12-01T1500_filing_update_marks";
import * as activeKindergartens from "./2026-12-01T1510_active_kindergartens";
import * as judgedUnderKeys from "./2026-12-01T1700_judged_under_keys";
import * as dropFirstQueueIndex from "./2026-12-01T1710_drop_first_queue_index";
import * as complaintTriageKey from "./2026-12-01T1720_complaint_triage_key";
import * as caseSweepIndex from "./2026-12-01T1730_case_sweep_index";
import * as publicCasesListIndexes from "./2026-12-02T0900_public_cases_list_indexes";
import * as activeKindergartensCovering from "./2026-12-02T0910_active_kindergartens_covering";
import * as sessionsExpiryIndex from "./2026-12-02T1600_sessions_expiry_index";
import * as caseExtensionRequests from "./2026-12-03T1500_case_extension_requests";
import * as caseClockCalendar from "./2026-12-04T0000_case_clock_calendar";
import * as caseExtensionRequestsIndex from "./2026-12-04T0010_case_extension_requests_index";
import * as spotCheckRedrawReason from "./2026-12-04T0100_spot_check_redraw_reason";
import * as caseQueueSettled from "./2026-12-04T0200_case_queue_settled";
import * as publicReadVersions from "./2026-12-04T0300_public_read_versions";
import * as caseReadVersions from "./2026-12-04T0400_case_read_versions";
import * as readVersionsCommitOrder from "./2026-12-04T0500_read_versions_commit_order";
import * as caseQueueDecided from "./2026-12-04T0600_case_queue_decided";
import * as staleEscalations from "./2026-12-04T0700_stale_escalations";
import * as reevaluationRunScope from "./2026-12-05T0000_reevaluation_run_scope";
import * as userAdmin from "./2026-12-05T0100_user_admin";
import * as complaintContactRetention from "./2026-12-05T0200_complaint_contact_retention";
import * as nationalFeeCategories from "./2026-12-05T0300_national_fee_categories";
import * as usersKindergarten from "./2026-12-05T0400_users_kindergarten";
import * as caseFlagsCleared from "./2026-12-05T0500_case_flags_cleared";
import * as usersLastSignedIn from "./2026-12-05T0600_users_last_signed_in";
import * as kindergartensRegionName from "./2026-12-05T0610_kindergartens_region_name";
import * as noticeNumberSeries from "./2026-12-05T0700_notice_number_series";
import * as ruleTextsConditionTree from "./2026-12-05T0710_rule_texts_condition_tree";
import * as reevaluationRunKindergartens from "./2026-12-05T0900_reevaluation_run_kindergartens";
import * as kindergartensOperatorSignIn from "./2026-12-05T0910_kindergartens_operator_sign_in";
import * as guidanceBatchVersion from "./2026-12-06T0100_guidance_batch_version";
import * as ruleVersionFingerprints from "./2026-12-06T0200_rule_version_fingerprints";
import * as auditVerifications from "./2026-12-06T0210_audit_verifications";

export const migrations: Record<string, Migration> = {
  "2026-11-29T0000_initial": initial,
  "2026-11-29T0100_rules_config": rulesConfig,
  "2026-11-29T0200_compact_rule_results": compactRuleResults,
  "2026-11-29T0300_change_previews": changePreviews,
  "2026-11-30T0000_outbox_recovery": outboxRecovery,
  "2026-11-30T0200_submission_keys": submissionKeys,
  "2026-11-30T0400_fee_accounts": feeAccounts,
  "2026-11-30T0500_public_disclosure": publicDisclosure,
  "2026-11-30T0600_search_order": searchOrder,
  "2026-11-30T0700_complaints": complaints,
  "2026-11-30T0750_evidence_storage_key": evidenceStorageKey,
  "2026-11-30T2300_case_work": caseWork,
  "2026-11-30T2340_spot_checks": spotChecks,
  "2026-12-01T0000_case_queue": caseQueue,
  "2026-12-01T0400_case_dashboard_indexes": caseDashboardIndexes,
  "2026-12-01T0500_users_region": usersRegion,
  "2026-12-01T0600_audit_chain": auditChain,
  "2026-12-01T1000_publication": publication,
  "2026-12-01T1100_statistics": statistics,
  "2026-12-01T1200_public_cases_year": publicCasesYear,
  "2026-12-01T1420_meal_fund": mealFund,
  "2026-12-01T1430_refund_rules": refundRules,
  "2026-12-01T1500_filing_update_marks": filingUpdateMarks,
  "2026-12-01T1510_active_kindergartens": activeKindergartens,
  "2026-12-01T1700_judged_under_keys": judgedUnderKeys,
  "2026-12-01T1710_drop_first_queue_index": dropFirstQueueIndex,
  "2026-12-01T1720_complaint_triage_key": complaintTriageKey,
  "2026-12-01T1730_case_sweep_index": caseSweepIndex,
  "2026-12-02T0900_public_cases_list_indexes": publicCasesListIndexes,
  "2026-12-02T0910_active_kindergartens_covering": activeKindergartensCovering,
  "2026-12-02T1600_sessions_expiry_index": sessionsExpiryIndex,
  "2026-12-03T1500_case_extension_requests": caseExtensionRequests,
  "2026-12-04T0000_case_clock_calendar": caseClockCalendar,
  "2026-12-04T0010_case_extension_requests_index": caseExtensionRequestsIndex,
  "2026-12-04T0100_spot_check_redraw_reason": spotCheckRedrawReason,
  "2026-12-04T0200_case_queue_settled": caseQueueSettled,
  "2026-12-04T0300_public_read_versions": publicReadVersions,
  "2026-12-04T0400_case_read_versions": caseReadVersions,
  "2026-12-04T0500_read_versions_commit_order": readVersionsCommitOrder,
  "2026-12-04T0600_case_queue_decided": caseQueueDecided,
  "2026-12-04T0700_stale_escalations": staleEscalations,
  "2026-12-05T0000_reevaluation_run_scope": reevaluationRunScope,
  "2026-12-05T0100_user_admin": userAdmin,
  "2026-12-05T0200_complaint_contact_retention": complaintContactRetention,
  "2026-12-05T0300_national_fee_categories": nationalFeeCategories,
  "2026-12-05T0400_users_kindergarten": usersKindergarten,
  "2026-12-05T0500_case_flags_cleared": caseFlagsCleared,
  "2026-12-05T0600_users_last_signed_in": usersLastSignedIn,
  "2026-12-05T0610_kindergartens_region_name": kindergartensRegionName,
  "2026-12-05T0700_notice_number_series": noticeNumberSeries,
  "2026-12-05T0710_rule_texts_condition_tree": ruleTextsConditionTree,
  "2026-12-05T0900_reevaluation_run_kindergartens": reevaluationRunKindergartens,
  "2026-12-05T0910_kindergartens_operator_sign_in": kindergartensOperatorSignIn,
  "2026-12-06T0100_guidance_batch_version": guidanceBatchVersion,
  "2026-12-06T0200_rule_version_fingerprints": ruleVersionFingerprints,
  "2026-12-06T0210_audit_verifications": auditVerifications,
};
