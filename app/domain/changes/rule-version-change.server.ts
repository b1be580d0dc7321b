/**
 * Switching a rule to another version from a date. The rule files are an
 * immutable library; rule_activations say which version is in force when.
 * An admin previews the switch against the active filings, then activates it:
 * in one transaction the version in force on that date ends the day before,
 * the new activation row is written, the audit row too, and a re-evaluation
 * run starts (reason "rule_version").
 *
 * A date before today is a correction (更正): a release whose files
 * correct what past days were judged under (a text cited before it was in
 * force, a period that was wrong). It needs a reason, is audited as
 * `rule_version.correct`, replaces a version starting on the same day (and
 * any the new file withdraws), ends the day before a later one starts
 * (withActivation, as the files' own chronology does); the re-evaluation run
 * then re-explains the active filings it reaches.
 *
 * Refused, with a message naming the versions, files and dates involved:
 * - a version no rule file defines;
 * - a date before the file's effectiveFrom or after its effectiveTo;
 * - a version already activated (one activation row per version);
 * - going forward, a date on or before the start of another version's
 *   activation of the same rule (that version would be cancelled before it
 *   began, or both would be in force on the same day);
 * - a correction without a reason (at activation);
 * - any activation set the runtime refuses (two versions in force on one
 *   day), with the runtime's message, which names both files.
 *
 * The activations of a rule that no row mentions yet (the implicit "as the
 * file says" activation) are written out when the rule is first switched.
 */
import type { Transaction } from "kysely";
import type { DB } from "~/db/client";
import { lockFor } from "~/db/locks";
import type { Database } from "~/db/schema";
import { isCivilDate } from "~/rules/dates";
import type { RuleDefinition } from "~/rules/schema";
import { shanghaiDate } from "~/utils/working-days";
import { recordAudit } from "~/domain/audit/audit.server";
import { regionPrefix } from "~/domain/regions/region-scope";
import { fail, Refusal, type Failure, type Result } from "~/domain/result";
import { inForceWindow, rulesOverview, ruleSummary, versionRow, type RuleSummary, type VersionRow } from "~/domain/rules-config/rule-library.server";
import { hasPermission, type Actor } from "~/domain/users/actor";
import { activateWithReevaluation, activationClaim } from "./activation.server";
import { previewView, type PreviewView } from "./preview-jobs.server";
import type { ChangePreview } from "./preview.server";
import { listRuns, type RunSummary } from "./reevaluation.server";
import {
  loadRulesState,
  RuleActivationError,
  withActivation,
  type Activation,
  type RulesRuntime,
} from "~/domain/rules-runtime/rules-runtime.server";

export interface VersionChange {
  ruleId: string;
  version: number;
  activeFrom: string;
}

export type ActivationCheck = Result<{
  def: RuleDefinition;
  /** The rule's activations now and after the switch (this rule only). */
  before: Activation[];
  after: Activation[];
  /** All activations after the switch (what the runtime will use). */
  next: Activation[];
  /** The date is before today: a correction of what past days were judged under. */
  correction: boolean;
}>;

/** The longest reason a correction keeps (it is audited, and shown with the run). */
export const CORRECTION_REASON_MAX = 500;

const label = (ruleId: string, version: number) => `${ruleId} v${version}`;

/** Whether the switch may be made, and what it changes. Reads only. */
export async function checkRuleVersionActivation(args: {
  db: DB;
  rules: RulesRuntime;
  change: VersionChange;
  today: string;
}): Promise<ActivationCheck> {
  const { db, rules, change, today } = args;
  const { ruleId, version, activeFrom } = change;
  const def = rules.library.find((d) => d.id === ruleId && d.version === version);
  if (!def) return fail("not_found", "rulesConfig.version.error.notInFiles", { version: label(ruleId, version) });
  if (!isCivilDate(activeFrom)) return fail("invalid", "rulesConfig.version.error.date");
  const correction = activeFrom < today;
  if (activeFrom < def.effectiveFrom) {
    return fail("invalid", "rulesConfig.version.error.beforeFile", { version: label(ruleId, version), from: activeFrom, fileFrom: def.effectiveFrom, file: def.file });
  }
  if (def.effectiveTo !== null && activeFrom > def.effectiveTo) {
    return fail("invalid", "rulesConfig.version.error.afterFile", { version: label(ruleId, version), from: activeFrom, fileTo: def.effectiveTo, file: def.file });
  }

  const state = await loadRulesState(db, rules.library);
  const before = state.activations.filter((a) => a.ruleId === ruleId);
  const existing = before.find((a) => a.version === version);
  if (existing) {
    return fail("conflict", "rulesConfig.version.error.alreadyActivated", { version: label(ruleId, version), from: existing.activeFrom, to: existing.activeTo ?? "—" });
  }
  // Going forward, another version whose time in force starts on or after the new date would overlap it (or be
  // silently cancelled); a correction replaces such versions on purpose, and its preview shows which.
  for (const a of correction ? [] : before) {
    const otherDef = rules.library.find((d) => d.id === a.ruleId && d.version === a.version);
    const window = otherDef ? inForceWindow(otherDef, a) : null;
    if (window && window.from >= activeFrom) {
      return fail("conflict", "rulesConfig.version.error.overlap", { version: label(ruleId, version), from: activeFrom, other: label(a.ruleId, a.version), otherFrom: window.from, otherTo: window.to ?? "—" });
    }
  }
  const next = withActivation(state.activations, change, def);
  try {
    rules.activeSet(next);
  } catch (err) {
    if (!(err instanceof RuleActivationError)) throw err;
    return fail("conflict", "rulesConfig.version.error.twoActive", { version: label(ruleId, version), problem: err.message });
  }
  return { ok: true, def, before, after: next.filter((a) => a.ruleId === ruleId), next, correction };
}

export const activationId = (ruleId: string, version: number) => `${ruleId}@${version}`;

/**
 * Puts `version` of `ruleId` in force from `activeFrom` (admin only). In one
 * transaction: the earlier activation ends the day before, the new row is
 * written, audit, re-evaluation run. The checks run again inside the
 * transaction, and every row changed is compared-and-set, so a concurrent
 * switch of the same rule makes one of the two fail with a conflict.
 */
export async function activateRuleVersion(args: {
  db: DB;
  actor: Actor;
  rulesRuntime: RulesRuntime;
  ruleId: string;
  version: number;
  activeFrom: string;
  /** Why a correction (a past date) is made; ignored going forward. */
  reason?: unknown;
  /** The activation form's one-time key: a repeat gets the first activation's run. */
  submissionKey: unknown;
  now?: Date;
  requestId?: string | null;
}): Promise<Result<{ runId: string; activationId: string }>> {
  const { db, actor, rulesRuntime, ruleId, version, activeFrom } = args;
  const now = args.now ?? new Date();
  if (!hasPermission(actor, "activate:rule-version:any")) return fail("forbidden", "rulesConfig.version.error.forbidden");
  const claimed = await activationClaim<{ runId: string; activationId: string }>(db, {
    actorId: actor.id,
    form: "rule_version_activation",
    key: args.submissionKey,
    subjectId: `${activationId(ruleId, version)}@${activeFrom}`,
  });
  if ("answer" in claimed) return claimed.answer;
  const change = { ruleId, version, activeFrom };
  const today = shanghaiDate(now);
  const first = await checkRuleVersionActivation({ db, rules: rulesRuntime, change, today });
  if (!first.ok) return first;
  const reason = typeof args.reason === "string" ? args.reason.trim() : "";
  if (first.correction && (reason.length === 0 || reason.length > CORRECTION_REASON_MAX)) {
    return fail("invalid", "rulesConfig.version.error.reason", { version: label(ruleId, version), max: CORRECTION_REASON_MAX });
  }
  const id = activationId(ruleId, version);
  // A rule version applies everywhere: its run is national (changeScope).
  const run = { reason: "rule_version" as const, subjectId: id, actorId: actor.id, now, change: { kind: "rule_version" as const, ...change } };
  return activateWithReevaluation(db, run, claimed.claim, async (trx) => {
    await lockFor(trx, `rule_activations:${ruleId}`);
    const check = await checkRuleVersionActivation({ db: trx, rules: rulesRuntime, change, today });
    if (!check.ok) throw new Refusal(check);
    await writeActivation(trx, { actor, check, change, reason, now, requestId: args.requestId });
    return { activationId: id };
  });
}

/** The switch as rows: earlier activations end, the implicit ones are written out, the new one is added; audited. */
async function writeActivation(
  trx: Transaction<Database>,
  args: {
    actor: Actor;
    check: Extract<ActivationCheck, { ok: true }>;
    change: VersionChange;
    reason: string;
    now: Date;
    requestId?: string | null;
  },
): Promise<void> {
  const { actor, check, now } = args;
  const { ruleId, version, activeFrom } = args.change;
  const at = now.toISOString();
  const rows = await trx.selectFrom("rule_activations").selectAll().where("rule_id", "=", ruleId).execute();
  const ended: Array<{ version: number; activeTo: string | null; was: string | null }> = [];
  for (const a of check.after) {
    const row = rows.find((r) => r.version === a.version);
    if (a.version === version) continue;
    if (!row) {
      // The implicit activation of a rule no row mentioned yet: written out as it was in force.
      await trx
        .insertInto("rule_activations")
        .values({
          id: activationId(a.ruleId, a.version),
          rule_id: a.ruleId,
          version: a.version,
          active_from: a.activeFrom,
          active_to: a.activeTo,
          activated_by: null,
          activated_at: at,
        })
        .execute();
      ended.push({ version: a.version, activeTo: a.activeTo, was: null });
      continue;
    }
    if (row.active_to === a.activeTo) continue;
    let update = trx.updateTable("rule_activations").set({ active_to: a.activeTo }).where("id", "=", row.id);
    update = row.active_to === null ? update.where("active_to", "is", null) : update.where("active_to", "=", row.active_to);
    const result = await update.executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) {
      throw new Refusal(fail("conflict", "rulesConfig.version.error.conflict", { version: label(ruleId, version) }));
    }
    ended.push({ version: a.version, activeTo: a.activeTo, was: row.active_to });
  }
  const id = activationId(ruleId, version);
  // Open-ended, except a correction that ends before a later version already activated.
  const activeTo = check.after.find((a) => a.version === version)?.activeTo ?? null;
  await trx
    .insertInto("rule_activations")
    .values({ id, rule_id: ruleId, version, active_from: activeFrom, active_to: activeTo, activated_by: actor.id, activated_at: at })
    .execute();
  await recordAudit(
    trx,
    {
      actorId: actor.id,
      action: check.correction ? "rule_version.correct" : "rule_version.activate",
      entity: "rule_activation",
      entityId: id,
      detail: { ruleId, version, activeFrom, file: check.def.file, ended, ...(check.correction ? { reason: args.reason } : {}) },
      requestId: args.requestId,
    },
    now,
  );
}

export interface RuleVersionChangeView extends Omit<PreviewView, "preview"> {
  change: VersionChange;
  version: RuleSummary & { file: string; fileFrom: string; fileTo: string | null };
  /** Every version of the rule as it stands now. */
  versions: VersionRow[];
  check: { ok: true; after: Activation[]; correction: boolean } | Failure;
  /** `counts` over the whole country; the lists only within the actor's region (admin: all). */
  preview: (ChangePreview & { counts: { newlyFlagged: number; cleared: number; changed: number } }) | null;
  /** Whether the lists were narrowed to the actor's region. */
  listsNarrowed: boolean;
  canActivate: boolean;
  runs: RunSummary[];
}

/**
 * The preview page of a switch: the versions, whether it may be made and,
 * if so, the preview. Null when no file defines the version.
 */
export async function ruleVersionChangeView(args: {
  db: DB;
  rules: RulesRuntime;
  actor: Actor;
  /** Without a date: the first day the switch may take effect (earliestActiveFrom). */
  change: Omit<VersionChange, "activeFrom"> & { activeFrom: string | null };
  now?: Date;
}): Promise<RuleVersionChangeView | null> {
  const { db, rules, actor } = args;
  const now = args.now ?? new Date();
  const def = rules.library.find((d) => d.id === args.change.ruleId && d.version === args.change.version);
  if (!def) return null;
  const change: VersionChange = { ...args.change, activeFrom: args.change.activeFrom ?? earliestActiveFrom(def, now) };
  const today = shanghaiDate(now);
  const [check, state, runs] = await Promise.all([
    checkRuleVersionActivation({ db, rules, change, today }),
    loadRulesState(db, rules.library),
    listRuns(db, { limit: 10, subjectId: activationId(change.ruleId, change.version) }),
  ]);
  let preview: RuleVersionChangeView["preview"] = null;
  let previewed: Omit<PreviewView, "preview"> = { previewComputing: null, previewComputedAt: null };
  const narrowTo = actor.role === "admin" || !actor.regionCode ? null : regionPrefix(actor.regionCode);
  if (check.ok) {
    const { preview: full, ...rest } = await previewView({ db, rules, change: { kind: "rule_version", ...change }, actorId: actor.id });
    previewed = rest;
    if (full) {
      const counts = { newlyFlagged: full.newlyFlagged.length, cleared: full.cleared.length, changed: full.changed.length };
      const mine = <T extends { regionCode: string }>(rows: T[]) => (narrowTo ? rows.filter((r) => r.regionCode.startsWith(narrowTo)) : rows);
      preview = { ...full, counts, newlyFlagged: mine(full.newlyFlagged), cleared: mine(full.cleared), changed: mine(full.changed) };
    }
  }
  return {
    change,
    version: { ...ruleSummary(def), file: def.file, fileFrom: def.effectiveFrom, fileTo: def.effectiveTo },
    versions: rules.library.filter((d) => d.id === change.ruleId).map((d) => versionRow(rules.library, d, state.activations, today)),
    check: check.ok ? { ok: true, after: check.after, correction: check.correction } : check,
    preview,
    ...previewed,
    listsNarrowed: narrowTo !== null,
    canActivate: check.ok && hasPermission(actor, "activate:rule-version:any"),
    runs,
  };
}

/** The first day the form offers for a version: today, or the file's first day if later. */
export function earliestActiveFrom(def: Pick<RuleDefinition, "effectiveFrom">, now: Date = new Date()): string {
  const today = shanghaiDate(now);
  return def.effectiveFrom > today ? def.effectiveFrom : today;
}

/** The admin's overview of every rule's versions, each with the first day its activation form offers. */
export async function ruleActivationOverview(args: { db: DB; rules: RulesRuntime; now?: Date }) {
  const now = args.now ?? new Date();
  const overview = await rulesOverview({ db: args.db, rules: args.rules, today: shanghaiDate(now) });
  return {
    ...overview,
    rules: overview.rules.map((r) => ({
      ...r,
      versions: r.versions.map((v) => {
        const def = args.rules.library.find((d) => d.id === v.ruleId && d.version === v.version)!;
        return { ...v, earliest: earliestActiveFrom(def, now) };
      }),
    })),
  };
}
