/**
 * Regional rule parameters (overlays): a province, city or district sets some
 * params of one rule over the national defaults in the rule files (e.g. a
 * city asks for fees to be published 180 days ahead instead of 60).
 *
 * Owns the lifecycle of rule_parameter_sets: a change is always a new DRAFT
 * holding the whole set of values for one region and rule (a param left out
 * is inherited from the level above); a draft is either discarded or
 * activated. applyParameterSet is the single place parameters take effect,
 * inside the transaction of the safe-change flow (changes/, which adds the
 * re-evaluation run): the draft becomes active, the active set of the same
 * region and rule becomes retired (retired_at), the audit row is written.
 * Nothing is deleted or edited in place.
 *
 * Invariants:
 * - At most one active set per region and rule (the runtime would refuse two):
 *   activation claims the draft by a compare-and-set, serialises on the
 *   region+rule (lockFor) and re-counts before commit.
 * - Every stored value fits the rule files: checked against every version of
 *   the rule when drafted and again when activated.
 * - Who: officers of education or development-reform for their own region or
 *   below, admins anywhere. A set outside the actor's region is "not found".
 */
import type { Transaction } from "kysely";
import { newId } from "~/utils/ids";
import type { DB } from "~/db/client";
import { lockFor } from "~/db/locks";
import type { Database } from "~/db/schema";
import { checkParamOverlays, isRegionCode, ParamOverlayError, regionLevel } from "~/rules/overlays";
import type { RuleSet } from "~/rules/schema";
import { recordAudit } from "~/domain/audit/audit.server";
import { coversRegion } from "~/domain/regions/region-scope";
import { addFieldError, fail, hasErrors, invalid, message, Refusal, transact, type FieldErrors, type Result } from "~/domain/result";
import type { RulesRuntime } from "~/domain/rules-runtime/rules-runtime.server";
import type { Actor } from "~/domain/users/actor";
import { MAX_NOTE_LENGTH, paramFields, validateParams } from "./parameter-set.schema";
import { claimDraft, countActive, findActiveSet, findSet, insertSet, retireOthers, type ParameterSetRow } from "./parameter-set.repo.server";
import { paramManageScope } from "./rules-config.scope";
import { submissionClaim, submitOnce, type Replayable } from "~/domain/submissions/submission.service.server";

export type SetChangeResult = Result<{ set: ParameterSetRow }>;

/**
 * A new draft parameter set for one region and rule. Refused (nothing
 * stored) with field errors for a bad value, an unknown param or rule, an
 * unknown region or a missing note; forbidden for an actor who may not set
 * params, or a region outside theirs. Once per submission key: a repeat of
 * the same submission answers with the first draft (`replayed`).
 */
export async function createParameterDraft(args: {
  db: DB;
  actor: Actor;
  rulesRuntime: RulesRuntime;
  regionCode: string;
  ruleId: string;
  params: Readonly<Record<string, unknown>>;
  note: string;
  submissionKey: unknown;
  now?: Date;
  requestId?: string | null;
}): Promise<Result<Replayable<{ setId: string }>>> {
  const { actor, regionCode, ruleId } = args;
  const library = args.rulesRuntime.library;
  const now = args.now ?? new Date();
  const scope = paramManageScope(actor);
  if (scope.kind === "none") return fail("forbidden", "rulesConfig.params.error.forbidden");
  const claimed = submissionClaim({
    actorId: actor.id,
    form: "parameter_draft",
    key: args.submissionKey,
    content: { regionCode, ruleId, params: args.params, note: args.note },
  });
  if (!claimed.ok) return claimed;

  return submitOnce<{ setId: string }>(args.db, claimed.claim, async (trx) => {
    const fieldErrors: FieldErrors = {};
    const region = isRegionCode(regionCode)
      ? await trx.selectFrom("regions").select(["code", "name"]).where("code", "=", regionCode).executeTakeFirst()
      : undefined;
    if (!region) addFieldError(fieldErrors, "regionCode", message("rulesConfig.params.error.unknownRegion", { region: regionCode }));
    else if (!coversRegion(scope, regionCode)) {
      const outOfScope = message("rulesConfig.params.error.regionOutOfScope", { region: region.name });
      return { ok: false, kind: "forbidden", fieldErrors: { regionCode: [outOfScope] }, formErrors: [outOfScope] };
    }
    const known = paramFields(library, ruleId).length > 0;
    if (!known) addFieldError(fieldErrors, "ruleId", message("rulesConfig.params.error.unknownRule", { rule: ruleId }));
    const note = args.note.trim();
    if (!note) addFieldError(fieldErrors, "note", message("rulesConfig.params.error.noteRequired"));
    else if (note.length > MAX_NOTE_LENGTH) addFieldError(fieldErrors, "note", message("rulesConfig.params.error.noteTooLong", { max: MAX_NOTE_LENGTH }));

    let params: Record<string, unknown> = {};
    if (known && region) {
      const checked = validateParams(library, regionCode, ruleId, args.params);
      params = checked.params;
      Object.assign(fieldErrors, checked.fieldErrors);
    }
    if (hasErrors(fieldErrors)) return invalid(fieldErrors);
    // An empty set is meaningful only as "drop this level's values" for a region that has some.
    if (Object.keys(params).length === 0 && !(await findActiveSet(trx, regionCode, ruleId))) {
      return invalid({}, [message("rulesConfig.params.error.empty")]);
    }

    const setId = newId();
    const at = now.toISOString();
    await insertSet(trx, {
      id: setId,
      region_code: regionCode,
      rule_id: ruleId,
      params: JSON.stringify(params),
      status: "draft",
      note,
      created_by: actor.id,
      created_at: at,
      activated_by: null,
      activated_at: null,
      retired_at: null,
    });
    await recordAudit(
      trx,
      {
        actorId: actor.id,
        action: "rule_parameter_set.create",
        entity: "rule_parameter_set",
        entityId: setId,
        detail: { regionCode, ruleId, params },
        requestId: args.requestId,
      },
      now,
    );
    return { ok: true, setId };
  });
}

/** A set the actor may change (a draft within their region), or why not; outside the region it is "not found". */
export async function changeableSet(db: DB, actor: Actor, setId: string): Promise<SetChangeResult> {
  const scope = paramManageScope(actor);
  if (scope.kind === "none") return fail("forbidden", "rulesConfig.params.error.forbidden");
  const set = await findSet(db, setId);
  if (!set || !coversRegion(scope, set.region_code)) return fail("not_found", "rulesConfig.params.error.notFound");
  if (set.status !== "draft") return fail("conflict", "rulesConfig.params.error.notDraft");
  return { ok: true, set };
}

/** The set stopped being a draft, or another set of its region and rule was activated at the same time. */
const notDraftAnyMore = () => new Refusal(fail("conflict", "rulesConfig.params.error.notDraft"));

/** The draft will not be used: it is marked discarded and stays as the record of the proposal. */
export async function discardParameterDraft(args: { db: DB; actor: Actor; setId: string; now?: Date; requestId?: string | null }): Promise<SetChangeResult> {
  const { db, actor, setId } = args;
  const now = args.now ?? new Date();
  const found = await changeableSet(db, actor, setId);
  if (!found.ok) return found;
  return transact(db, async (trx) => {
    if (!(await claimDraft(trx, setId, { status: "discarded" }))) throw notDraftAnyMore();
    await recordAudit(
      trx,
      {
        actorId: actor.id,
        action: "rule_parameter_set.discard",
        entity: "rule_parameter_set",
        entityId: setId,
        detail: { regionCode: found.set.region_code, ruleId: found.set.rule_id },
        requestId: args.requestId,
      },
      now,
    );
    return { ok: true as const, set: (await findSet(trx, setId))! };
  });
}

/**
 * Whether a draft's values still fit the rule files (they may have changed
 * since it was written): a conflict with the files' words when not.
 */
export function checkSetAgainstFiles(library: RuleSet, set: ParameterSetRow): Result {
  try {
    checkParamOverlays(library, [{ regionCode: set.region_code, ruleId: set.rule_id, params: set.params }]);
    return { ok: true };
  } catch (err) {
    if (!(err instanceof ParamOverlayError)) throw err;
    return fail("conflict", "rulesConfig.params.error.invalidNow", { problem: err.message, problemZh: err.problemZh && err.param ? `${err.param}：${err.problemZh}` : err.message });
  }
}

/**
 * The single place regional params take effect, inside the caller's
 * transaction: the draft becomes active, the active set of the same region
 * and rule becomes retired, the audit row is written. Throws a Refusal when
 * the draft was claimed meanwhile or a second set would be active.
 */
export async function applyParameterSet(
  trx: Transaction<Database>,
  args: { actor: Actor; set: ParameterSetRow; now: Date; requestId?: string | null },
): Promise<{ retiredSetId: string | null }> {
  const { actor, set, now } = args;
  const at = now.toISOString();
  await lockFor(trx, `rule_parameter_sets:${set.region_code}:${set.rule_id}`);
  if (!(await claimDraft(trx, set.id, { status: "active", activated_by: actor.id, activated_at: at }))) throw notDraftAnyMore();
  const retired = await retireOthers(trx, set, at);
  if ((await countActive(trx, set.region_code, set.rule_id)) !== 1) throw notDraftAnyMore();
  await recordAudit(
    trx,
    {
      actorId: actor.id,
      action: "rule_parameter_set.activate",
      entity: "rule_parameter_set",
      entityId: set.id,
      detail: { regionCode: set.region_code, level: regionLevel(set.region_code), ruleId: set.rule_id, params: set.params, retired },
      requestId: args.requestId,
    },
    now,
  );
  return { retiredSetId: retired[0] ?? null };
}
