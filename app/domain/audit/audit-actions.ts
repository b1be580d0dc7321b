/**
 * Every action and entity the code writes to the audit log, as types the entries are checked against
 * (audit.server.ts's AuditEntry) and as lists the admin's page offers (client-safe: no database, no server).
 * A new action is added here, or `recordAudit` refuses it at compile time; its label in both languages
 * (app/i18n/features/audit.ts) is then required the same way. Actions built from a variable
 * (`case.${intent}`) are checked too: the variable's type must be the literal kinds listed here.
 * tests/domain/audit-actions.test.ts also scans the source for action strings not listed.
 */

/** Actions without a family: a filter on one of them is the action itself. */
export const AUDIT_SINGLE_ACTIONS = ["login"] as const;

/** Each family's actions must start with its name and a dot (the filter's prefix match relies on it). */
const families = <const T extends { [F in keyof T]: readonly `${F & string}.${string}`[] }>(byFamily: T) => byFamily;

/**
 * The actions by family, the part before the dot: the log's filter takes a family as "case." (every case
 * step), and the page groups its choices so. In each family, the people's steps first, then the system's.
 */
export const AUDIT_FAMILIES = families({
  user: ["user.create", "user.update", "user.deactivate", "user.reactivate", "user.password_reset", "user.password_change", "user.export_operators"],
  kindergarten: ["kindergarten.create", "kindergarten.update", "kindergarten.import"],
  filing: ["filing.submit", "filing.evaluated"],
  account: ["account.file", "account.withdraw", "account.approve", "account.return", "account.flags_evaluated", "account.export"],
  meal_fund: ["meal_fund.file", "meal_fund.correct", "meal_fund.evaluated"],
  case: [
    "case.assign",
    "case.notify",
    "case.record_finding",
    "case.request_extension",
    "case.extend_verification",
    "case.decline_extension",
    "case.register",
    "case.decide",
    "case.close",
    "case.reopen",
    "case.export",
    "case.answer",
    "case.proof",
    "case.opened",
    "case.flag_updated",
    "case.complaints_linked",
    "case.reopened",
    "case.due_soon",
    "case.overdue",
    "case.escalated",
    "case.redated",
    "case.flags_cleared",
  ],
  complaint: [
    "complaint.receive",
    "complaint.accept",
    "complaint.reject",
    "complaint.transfer",
    "complaint.extend",
    "complaint.start_mediation",
    "complaint.record_outcome",
    "complaint.decide",
    "complaint.link_case",
    "complaint.reply",
    "complaint.close",
    "complaint.answer",
    "complaint.triaged",
    "complaint.due_soon",
    "complaint.overdue",
    "complaint.mediation_ended",
    "complaint.contact_erase",
    "complaint.export",
  ],
  publication: [
    "publication.revise",
    "publication.submit",
    "publication.approve",
    "publication.return",
    "publication.overturn",
    "publication.draft",
    "publication.supersede",
    "publication.withdraw",
  ],
  spot_check: ["spot_check.draw"],
  guidance_batch: ["guidance_batch.create", "guidance_batch.import", "guidance_batch.edit", "guidance_batch.discard", "guidance_batch.activate"],
  fee_item_type: ["fee_item_type.create", "fee_item_type.rename", "fee_item_type.deactivate", "fee_item_type.reactivate"],
  rule_parameter_set: ["rule_parameter_set.create", "rule_parameter_set.discard", "rule_parameter_set.activate"],
  rule_version: ["rule_version.activate", "rule_version.correct", "rule_version.activate_from_file"],
  reevaluation: ["reevaluation.start", "reevaluation.batch", "reevaluation.resume"],
  region: ["region.load"],
  // An administrator asks for a verification of the audit chain; the system records what the walk found.
  audit_chain: ["audit_chain.verify", "audit_chain.verified"],
});

export type AuditFamily = keyof typeof AUDIT_FAMILIES;
export type AuditAction = (typeof AUDIT_SINGLE_ACTIONS)[number] | (typeof AUDIT_FAMILIES)[AuditFamily][number];

/** The page's order: the actions without a family, then each family's. */
export const AUDIT_ACTIONS: readonly AuditAction[] = [...AUDIT_SINGLE_ACTIONS, ...Object.values(AUDIT_FAMILIES).flat()];
export const AUDIT_FAMILY_NAMES = Object.keys(AUDIT_FAMILIES) as AuditFamily[];

/** What the log's action filter takes: an action, or a family with its dot ("case."). */
export type AuditActionFilter = AuditAction | `${AuditFamily}.`;
export const AUDIT_ACTION_FILTERS = [...AUDIT_ACTIONS, ...AUDIT_FAMILY_NAMES.map((f) => `${f}.` as const)] as [AuditActionFilter, ...AuditActionFilter[]];

export const AUDIT_ENTITIES = [
  "user",
  "kindergarten",
  "fee_filing",
  "bank_account",
  "meal_fund_account",
  "inspection_case",
  "complaint",
  "public_case",
  "spot_check_draw",
  "guidance_price_batch",
  "fee_item_type",
  "rule_parameter_set",
  "rule_activation",
  "reevaluation_run",
  "kindergarten_import",
  "region_table",
  "audit_verification",
] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

const actionSet: ReadonlySet<string> = new Set(AUDIT_ACTIONS);
const entitySet: ReadonlySet<string> = new Set(AUDIT_ENTITIES);
/** Entries written before an action was renamed or by hand hold other codes: the page shows those as they are. */
export const isAuditAction = (value: string): value is AuditAction => actionSet.has(value);
export const isAuditEntity = (value: string): value is AuditEntity => entitySet.has(value);
