/**
 * What the parameter-set screens read: the sets in the actor's region and
 * the "new parameter set" form, each param with what applies without this
 * level's own value.
 */
import type { DB } from "~/db/client";
import { effectiveParamsForRegion } from "~/rules/overlays";
import { listRegionsCovered, regionNames } from "~/domain/regions/region.queries.server";
import { loadRulesState, type RulesRuntime } from "~/domain/rules-runtime/rules-runtime.server";
import type { Actor } from "~/domain/users/actor";
import { configurableRules, type ConfigurableRule, type ParamField } from "./parameter-set.schema";
import { findActiveSet, listSets, type ParameterSetRow } from "./parameter-set.repo.server";
import type { EffectiveParamView } from "./rule-library.server";
import { paramManageScope } from "./rules-config.scope";

/** Drafts and active sets first, then the history; newest first within each. Only the actor's region and below. */
export async function listParameterSets(args: { db: DB; actor: Actor; limit?: number }): Promise<ParameterSetRow[]> {
  const scope = paramManageScope(args.actor);
  if (scope.kind === "none") return [];
  return listSets(args.db, scope, args.limit ?? 200);
}

export interface ParamFormField extends ParamField {
  /** The value this region's active set gives it (null when it inherits). */
  setHere: unknown;
  /** What applies here without this level's own value: the level above's, or the default. */
  inherited: { value: unknown; source: EffectiveParamView["source"]; regionCode: string | null; regionName: string | null };
}

export interface ParameterForm {
  regions: Array<{ code: string; name: string; level: string }>;
  rules: ConfigurableRule[];
  regionCode: string | null;
  ruleId: string | null;
  /** The chosen rule's params with what applies now, when a region and a rule are chosen. */
  fields: ParamFormField[];
  /** The active set this draft would replace. */
  activeSetId: string | null;
}

/**
 * What the "new parameter set" form needs: the regions and rules to choose
 * from and, once both are chosen, each param with its default, the value
 * inherited from above and the value this region sets now (to start from).
 */
export async function parameterForm(args: {
  db: DB;
  actor: Actor;
  rules: RulesRuntime;
  regionCode?: string | null;
  ruleId?: string | null;
  today: string;
}): Promise<ParameterForm> {
  const { db, actor, rules, today } = args;
  const scope = paramManageScope(actor);
  const regions = await listRegionsCovered(db, scope);
  const configurable = configurableRules(rules.library);
  const regionCode = args.regionCode && regions.some((r) => r.code === args.regionCode) ? args.regionCode : null;
  const rule = args.ruleId ? configurable.find((r) => r.ruleId === args.ruleId) : undefined;
  const base = { regions, rules: configurable, regionCode, ruleId: rule?.ruleId ?? null, fields: [], activeSetId: null };
  if (!regionCode || !rule) return base;

  const [state, active] = await Promise.all([loadRulesState(db, rules.library), findActiveSet(db, regionCode, rule.ruleId)]);
  const setHere = active?.params ?? {};
  // What applies here without this level's own set.
  const without = state.overlays.filter((o) => !(o.regionCode === regionCode && o.ruleId === rule.ruleId));
  let entries: Array<{ name: string; value: unknown; source: EffectiveParamView["source"]; sourceRegionCode: string | null }> = [];
  try {
    const resolved = effectiveParamsForRegion(rules.activeSet(state.activations), without, regionCode, today);
    entries = resolved.rules.find((r) => r.ruleId === rule.ruleId)?.entries ?? [];
  } catch {
    // An inconsistent state is reported on the rules pages; the form still offers the defaults.
  }
  const names = await regionNames(db, entries.map((e) => e.sourceRegionCode).filter((c): c is string => c !== null));
  return {
    ...base,
    fields: rule.fields.map((f) => {
      const e = entries.find((x) => x.name === f.name);
      return {
        ...f,
        setHere: Object.prototype.hasOwnProperty.call(setHere, f.name) ? setHere[f.name] : null,
        inherited: e
          ? { value: e.value, source: e.source, regionCode: e.sourceRegionCode, regionName: e.sourceRegionCode ? (names.get(e.sourceRegionCode) ?? null) : null }
          : { value: f.defaultValue, source: "default" as const, regionCode: null, regionName: null },
      };
    }),
    activeSetId: active?.id ?? null,
  };
}
