/**
 * The safe-change flow for a regional parameter set: the draft's values
 * against those in force, the preview against the active fee schedules, then
 * activation together with a re-evaluation run (in one transaction). Who
 * may: those who may manage rule parameters for the set's region; a set
 * outside it is "not found".
 */
import type { DB } from "~/db/client";
import { effectiveParamsForRegion } from "~/rules/overlays";
import type { ParamType } from "~/rules/params";
import type { LocalizedText } from "~/rules/types";
import { coversRegion } from "~/domain/regions/region-scope";
import { regionNames } from "~/domain/regions/region.queries.server";
import type { Result } from "~/domain/result";
import { findActiveSet, findSet, type ParameterSetRow } from "~/domain/rules-config/parameter-set.repo.server";
import { paramFields } from "~/domain/rules-config/parameter-set.schema";
import { applyParameterSet, changeableSet, checkSetAgainstFiles } from "~/domain/rules-config/parameter-set.service.server";
import type { EffectiveParamView } from "~/domain/rules-config/rule-library.server";
import { paramManageScope } from "~/domain/rules-config/rules-config.scope";
import { loadRulesState, type RulesRuntime } from "~/domain/rules-runtime/rules-runtime.server";
import type { Actor } from "~/domain/users/actor";
import { activateWithReevaluation, activationClaim } from "./activation.server";
import { NO_PREVIEW, previewView, type PreviewView } from "./preview-jobs.server";
import { listRuns, type RunSummary } from "./reevaluation.server";

/**
 * Activates the draft and starts its re-evaluation run over the set's
 * region, in one transaction.
 * With `rulesRuntime`, the values are checked again against the rule files
 * (they may have changed since the draft was written).
 */
export async function activateParameterSet(args: {
  db: DB;
  actor: Actor;
  setId: string;
  /** The activation form's one-time key: a repeat gets the first activation's run. */
  submissionKey: unknown;
  now?: Date;
  rulesRuntime?: RulesRuntime;
  requestId?: string | null;
}): Promise<Result<{ runId: string; retiredSetId: string | null }>> {
  const { db, actor, setId } = args;
  const now = args.now ?? new Date();
  const claimed = await activationClaim<{ runId: string; retiredSetId: string | null }>(db, {
    actorId: actor.id,
    form: "parameter_activation",
    key: args.submissionKey,
    subjectId: setId,
  });
  if ("answer" in claimed) return claimed.answer;
  const found = await changeableSet(db, actor, setId);
  if (!found.ok) return found;
  if (args.rulesRuntime) {
    const fits = checkSetAgainstFiles(args.rulesRuntime.library, found.set);
    if (!fits.ok) return fits;
  }
  const run = { reason: "rule_parameters" as const, subjectId: setId, actorId: actor.id, now, change: { kind: "parameter_set" as const, setId } };
  return activateWithReevaluation(db, run, claimed.claim, (trx) => applyParameterSet(trx, { actor, set: found.set, now, requestId: args.requestId }));
}

export interface ParamComparisonRow {
  name: string;
  type: ParamType;
  description: LocalizedText;
  defaultValue: unknown;
  /** The value this set gives the param; undefined when it leaves it to the level above. */
  proposed: unknown;
  /** In force now for the set's region (null when the rule has no version in force). */
  current: { value: unknown; source: EffectiveParamView["source"]; regionName: string | null } | null;
  /** In force for the set's region once the draft is active. */
  after: { value: unknown; source: EffectiveParamView["source"]; regionName: string | null } | null;
}

/** The preview only for a draft: an active, retired or discarded set has nothing left to preview. */
export interface ParameterSetView extends PreviewView {
  set: ParameterSetRow;
  rule: { ruleId: string; title: LocalizedText } | null;
  /** One row per param of the rule. */
  comparison: ParamComparisonRow[];
  /** For a draft: the active set it replaces. */
  replaces: ParameterSetRow | null;
  runs: RunSummary[];
  problem: string | null;
}

/** The set with its values against those in force, and (for a draft) the preview. Null when not found or out of scope. */
export async function parameterSetView(args: {
  db: DB;
  actor: Actor;
  rules: RulesRuntime;
  setId: string;
  today: string;
}): Promise<ParameterSetView | null> {
  const { db, actor, rules, setId, today } = args;
  const scope = paramManageScope(actor);
  const set = await findSet(db, setId);
  if (!set || !coversRegion(scope, set.region_code)) return null;
  const isDraft = set.status === "draft";
  const fields = paramFields(rules.library, set.rule_id);
  const latest = rules.library.filter((d) => d.id === set.rule_id).at(-1);

  const [current, withDraft, replaces, runs] = await Promise.all([
    loadRulesState(db, rules.library),
    isDraft ? loadRulesState(db, rules.library, { kind: "parameter_set", setId }) : Promise.resolve(null),
    isDraft ? findActiveSet(db, set.region_code, set.rule_id) : Promise.resolve(null),
    listRuns(db, { limit: 10, subjectId: setId }),
  ]);

  let problem: string | null = null;
  const resolve = (overlays: typeof current.overlays) => {
    try {
      return (
        effectiveParamsForRegion(rules.activeSet(current.activations), overlays, set.region_code, today).rules.find((r) => r.ruleId === set.rule_id)
          ?.entries ?? null
      );
    } catch (err) {
      problem ??= err instanceof Error ? err.message : String(err);
      return null;
    }
  };
  const before = resolve(current.overlays);
  const after = withDraft ? resolve(withDraft.overlays) : null;
  const codes = [...(before ?? []), ...(after ?? [])].map((e) => e.sourceRegionCode).filter((c): c is string => c !== null);
  const names = await regionNames(db, codes);
  const pick = (entries: typeof before, name: string) => {
    const e = entries?.find((x) => x.name === name);
    return e ? { value: e.value, source: e.source, regionName: e.sourceRegionCode ? (names.get(e.sourceRegionCode) ?? e.sourceRegionCode) : null } : null;
  };

  let previewed = NO_PREVIEW;
  if (isDraft && !problem) {
    try {
      previewed = await previewView({ db, rules, change: { kind: "parameter_set", setId }, actorId: actor.id });
    } catch (err) {
      problem = err instanceof Error ? err.message : String(err);
    }
  }
  return {
    set,
    rule: latest ? { ruleId: latest.id, title: { zh: latest.title.zh, en: latest.title.en } } : null,
    comparison: fields.map((f) => ({
      name: f.name,
      type: f.type,
      description: f.description,
      // The default of the version in force today (a newer file may declare another).
      defaultValue: (before ?? after)?.find((e) => e.name === f.name)?.defaultValue ?? f.defaultValue,
      proposed: Object.prototype.hasOwnProperty.call(set.params, f.name) ? set.params[f.name] : undefined,
      current: pick(before, f.name),
      after: isDraft ? pick(after, f.name) : null,
    })),
    replaces,
    ...previewed,
    runs,
    problem,
  };
}
