/**
 * Regional rule parameters (overlays): a province, city or district sets some
 * params of one rule over the national defaults in the rule files (e.g. a
 * city asks for fees to be published 180 days ahead instead of 60).
 *
 * Owns the lifecycle of rule_parameter_sets: a change is always a new DRAFT
 * holding the whole set of values for one region and rule (a param left out
 * is inherited from the level above); a draft is either discarded or
 * activated. Activation is the single place parameters take effect: in one
 * transaction the draft becomes active, the active set of the same region and
 * rule becomes retired (retired_at), the audit row is written and a
 * re-evaluation run is started (its outbox row commits with the change or
 * not at all). Nothing is deleted or edited in place.
 *
 * Invariants:
 * - At most one active set per region and rule (the runtime would refuse two):
 *   activation claims the draft by a compare-and-set, serialises on the
 *   region+rule (a Postgres advisory lock; SQLite writes are serial anyway)
 *   and re-counts before commit.
 * - Every stored value fits the rule files: checked with checkParamOverlays
 *   against every version of the rule when drafted and again when activated.
 * - Who: officers of education or development-reform for their own region or
 *   below, admins anywhere. A set outside the actor's region is "not found".
 */
import { PostgresAdapter, sql, type Kysely, type Transaction } from "kysely";
import { ulid } from "ulid";
import type { DB } from "~/db/client";
import type { Database, RuleParameterSet } from "~/db/schema";
import { checkParamOverlays, effectiveParamsForRegion, isRegionCode, ParamOverlayError, regionLevel } from "~/rules/overlays";
import type { ParamType } from "~/rules/params";
import type { RuleDefinition, RuleSet } from "~/rules/schema";
import type { LocalizedText } from "~/rules/types";
import { recordAudit } from "~/domain/audit/audit.server";
import { NO_PREVIEW, previewView, type PreviewView } from "~/domain/changes/preview-jobs.server";
import { listRuns, startReevaluation, type RunSummary } from "~/domain/changes/reevaluation.server";
import { coversRegion, regionPrefix, type RegionScope } from "~/domain/regions/region-scope";
import type { Actor } from "~/domain/users/actor";
import { checkParamValue, parseParamText, type Message } from "./param-input";
import { type EffectiveParamView } from "./rules-catalogue.server";
import { paramManageScope } from "./rules-config.scope";
import { loadRulesState, type RulesRuntime } from "~/domain/rules-runtime/rules-runtime.server";
import { listRegionsCovered, regionNames } from "~/domain/regions/region.queries.server";

export type { Message } from "./param-input";

type Handle = Kysely<Database> | Transaction<Database>;

export const MAX_NOTE_LENGTH = 500;

/** A param as the form offers it: the declaration of the newest version that declares it. */
export interface ParamField {
  name: string;
  type: ParamType;
  description: LocalizedText;
  defaultValue: unknown;
  min: number | null;
  max: number | null;
  enum: Array<string | number> | null;
}

export interface ConfigurableRule {
  ruleId: string;
  title: LocalizedText;
  fields: ParamField[];
}

/** Every param any version of the rule declares, newest version's declaration first, in its file order. */
export function paramFields(catalogue: RuleSet, ruleId: string): ParamField[] {
  const versions = catalogue.filter((d) => d.id === ruleId).sort((a, b) => b.version - a.version);
  const fields = new Map<string, ParamField>();
  for (const def of versions) {
    for (const [name, spec] of Object.entries(def.params)) {
      if (fields.has(name)) continue;
      fields.set(name, {
        name,
        type: spec.type,
        description: { zh: spec.description.zh, en: spec.description.en },
        defaultValue: spec.default,
        min: spec.min ?? null,
        max: spec.max ?? null,
        enum: spec.enum ? [...spec.enum] : null,
      });
    }
  }
  return [...fields.values()];
}

/** The rules that have params (the others cannot be tuned per region), by id. */
export function configurableRules(catalogue: RuleSet): ConfigurableRule[] {
  const ids = [...new Set(catalogue.map((d) => d.id))].sort();
  const out: ConfigurableRule[] = [];
  for (const ruleId of ids) {
    const fields = paramFields(catalogue, ruleId);
    if (fields.length === 0) continue;
    const latest = catalogue.filter((d) => d.id === ruleId).reduce((a, b) => (b.version > a.version ? b : a));
    out.push({ ruleId, title: { zh: latest.title.zh, en: latest.title.en }, fields });
  }
  return out;
}

export interface ParameterSetRow {
  id: string;
  region_code: string;
  region_name: string;
  rule_id: string;
  params: Record<string, unknown>;
  status: RuleParameterSet["status"];
  note: string;
  created_by_name: string | null;
  created_at: string;
  activated_by_name: string | null;
  activated_at: string | null;
  retired_at: string | null;
}

function setQuery(db: Handle) {
  return db
    .selectFrom("rule_parameter_sets as s")
    .leftJoin("regions as r", "r.code", "s.region_code")
    .leftJoin("users as c", "c.id", "s.created_by")
    .leftJoin("users as a", "a.id", "s.activated_by")
    .selectAll("s")
    .select(["r.name as region_name", "c.display_name as created_by_name", "a.display_name as activated_by_name"]);
}

type SetQueryRow = Awaited<ReturnType<ReturnType<typeof setQuery>["execute"]>>[number];

function toRow(r: SetQueryRow): ParameterSetRow {
  return {
    id: r.id,
    region_code: r.region_code,
    region_name: r.region_name ?? r.region_code,
    rule_id: r.rule_id,
    params: JSON.parse(r.params) as Record<string, unknown>,
    status: r.status,
    note: r.note,
    created_by_name: r.created_by_name,
    created_at: r.created_at,
    activated_by_name: r.activated_by_name,
    activated_at: r.activated_at,
    retired_at: r.retired_at,
  };
}

/** Drafts and active sets first, then the history; newest first within each. Only the actor's region and below. */
export async function listParameterSets(args: { db: DB; actor: Actor; limit?: number }): Promise<ParameterSetRow[]> {
  const scope = paramManageScope(args.actor);
  if (scope.kind === "none") return [];
  let query = setQuery(args.db)
    .orderBy((eb) => eb.case().when("s.status", "=", "draft").then(0).when("s.status", "=", "active").then(1).else(2).end())
    .orderBy("s.created_at", "desc")
    .orderBy("s.id", "desc")
    .limit(args.limit ?? 200);
  if (scope.kind === "region") query = query.where("s.region_code", "like", `${regionPrefix(scope.regionCode)}%`);
  return (await query.execute()).map(toRow);
}

async function findSet(db: Handle, setId: string): Promise<ParameterSetRow | null> {
  const row = await setQuery(db).where("s.id", "=", setId).executeTakeFirst();
  return row ? toRow(row) : null;
}

async function activeSetOf(db: Handle, regionCode: string, ruleId: string) {
  return db
    .selectFrom("rule_parameter_sets")
    .selectAll()
    .where("status", "=", "active")
    .where("region_code", "=", regionCode)
    .where("rule_id", "=", ruleId)
    .executeTakeFirst();
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
  const configurable = configurableRules(rules.catalogue);
  const regionCode = args.regionCode && regions.some((r) => r.code === args.regionCode) ? args.regionCode : null;
  const rule = args.ruleId ? configurable.find((r) => r.ruleId === args.ruleId) : undefined;
  const base = { regions, rules: configurable, regionCode, ruleId: rule?.ruleId ?? null, fields: [], activeSetId: null };
  if (!regionCode || !rule) return base;

  const [state, active] = await Promise.all([loadRulesState(db, rules.catalogue), activeSetOf(db, regionCode, rule.ruleId)]);
  const setHere = active ? (JSON.parse(active.params) as Record<string, unknown>) : {};
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

export type FieldErrors = Record<string, Message[]>;

export type CreateParameterDraftResult =
  | { ok: true; setId: string }
  | { ok: false; status: 400 | 403; fieldErrors: FieldErrors; formErrors: Message[] };

function addError(errors: FieldErrors, field: string, message: Message): void {
  (errors[field] ??= []).push(message);
}

/**
 * Validates params for one rule: each value (typed, or a form's text parsed
 * by the param's type; blank = not set at this level) against every version
 * of the rule that declares it, then checkParamOverlays as the authority.
 * Field keys are `params.<name>`; every message names the param.
 */
export function validateParams(
  catalogue: RuleSet,
  regionCode: string,
  ruleId: string,
  input: Readonly<Record<string, unknown>>,
): { params: Record<string, unknown>; fieldErrors: FieldErrors } {
  const versions: RuleDefinition[] = catalogue.filter((d) => d.id === ruleId);
  const fields = new Map(paramFields(catalogue, ruleId).map((f) => [f.name, f]));
  const params: Record<string, unknown> = {};
  const fieldErrors: FieldErrors = {};
  for (const [name, raw] of Object.entries(input)) {
    const field = fields.get(name);
    if (!field) {
      addError(fieldErrors, `params.${name}`, { key: "rulesConfig.param.error.unknown", vars: { param: name, rule: ruleId } });
      continue;
    }
    let value = raw;
    if (raw === undefined || raw === null || (typeof raw === "string" && raw.trim() === "")) continue;
    if (typeof raw === "string" && field.type !== "string") {
      const parsed = parseParamText(name, field.type, raw);
      if (!parsed.ok) {
        addError(fieldErrors, `params.${name}`, parsed.error);
        continue;
      }
      value = parsed.value;
    } else if (typeof raw === "string") {
      value = raw.trim();
    }
    const problem = versions
      .filter((d) => Object.prototype.hasOwnProperty.call(d.params, name))
      .map((d) => checkParamValue(name, d.params[name], value))
      .find((p) => p !== null);
    if (problem) {
      addError(fieldErrors, `params.${name}`, problem);
      continue;
    }
    params[name] = value;
  }
  if (Object.keys(fieldErrors).length === 0) {
    try {
      checkParamOverlays(catalogue, [{ regionCode, ruleId, params }]);
    } catch (err) {
      if (!(err instanceof ParamOverlayError)) throw err;
      addError(fieldErrors, err.param ? `params.${err.param}` : "params", {
        key: "rulesConfig.param.error.invalid",
        vars: { param: err.param ?? "", problem: err.problem },
      });
    }
  }
  return { params, fieldErrors };
}

/**
 * A new draft parameter set for one region and rule. Refused (nothing
 * stored) with field errors for a bad value, an unknown param or rule, an
 * unknown region or a missing note; 403 for an actor who may not set
 * params, or a region outside theirs.
 */
export async function createParameterDraft(args: {
  db: DB;
  actor: Actor;
  rulesRuntime: RulesRuntime;
  regionCode: string;
  ruleId: string;
  params: Readonly<Record<string, unknown>>;
  note: string;
  now?: Date;
  requestId?: string | null;
}): Promise<CreateParameterDraftResult> {
  const { db, actor, regionCode, ruleId } = args;
  const catalogue = args.rulesRuntime.catalogue;
  const now = args.now ?? new Date();
  const scope = paramManageScope(actor);
  if (scope.kind === "none") return { ok: false, status: 403, fieldErrors: {}, formErrors: [{ key: "rulesConfig.params.error.forbidden" }] };

  const fieldErrors: FieldErrors = {};
  const region = isRegionCode(regionCode)
    ? await db.selectFrom("regions").select(["code", "name"]).where("code", "=", regionCode).executeTakeFirst()
    : undefined;
  if (!region) addError(fieldErrors, "regionCode", { key: "rulesConfig.params.error.unknownRegion", vars: { region: regionCode } });
  else if (!coversRegion(scope, regionCode)) {
    return {
      ok: false,
      status: 403,
      fieldErrors: { regionCode: [{ key: "rulesConfig.params.error.regionOutOfScope", vars: { region: region.name } }] },
      formErrors: [{ key: "rulesConfig.params.error.regionOutOfScope", vars: { region: region.name } }],
    };
  }
  const known = paramFields(catalogue, ruleId).length > 0;
  if (!known) addError(fieldErrors, "ruleId", { key: "rulesConfig.params.error.unknownRule", vars: { rule: ruleId } });
  const note = args.note.trim();
  if (!note) addError(fieldErrors, "note", { key: "rulesConfig.params.error.noteRequired" });
  else if (note.length > MAX_NOTE_LENGTH) addError(fieldErrors, "note", { key: "rulesConfig.params.error.noteTooLong", vars: { max: MAX_NOTE_LENGTH } });

  let params: Record<string, unknown> = {};
  if (known && region) {
    const checked = validateParams(catalogue, regionCode, ruleId, args.params);
    params = checked.params;
    Object.assign(fieldErrors, checked.fieldErrors);
  }
  if (Object.keys(fieldErrors).length > 0) return { ok: false, status: 400, fieldErrors, formErrors: [] };
  // An empty set is meaningful only as "drop this level's values" for a region that has some.
  if (Object.keys(params).length === 0 && !(await activeSetOf(db, regionCode, ruleId))) {
    return { ok: false, status: 400, fieldErrors: {}, formErrors: [{ key: "rulesConfig.params.error.empty" }] };
  }

  const setId = ulid();
  const at = now.toISOString();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto("rule_parameter_sets")
      .values({
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
      })
      .execute();
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
  });
  return { ok: true, setId };
}

export type SetChangeResult = { ok: true; set: ParameterSetRow } | { ok: false; status: 403 | 404 | 409; error: Message };

/** A set the actor may change, or why not. */
async function changeableSet(db: Handle, actor: Actor, setId: string): Promise<{ ok: true; set: ParameterSetRow } | { ok: false; status: 403 | 404 | 409; error: Message }> {
  const scope = paramManageScope(actor);
  if (scope.kind === "none") return { ok: false, status: 403, error: { key: "rulesConfig.params.error.forbidden" } };
  const set = await findSet(db, setId);
  if (!set || !coversRegion(scope, set.region_code)) return { ok: false, status: 404, error: { key: "rulesConfig.params.error.notFound" } };
  if (set.status !== "draft") return { ok: false, status: 409, error: { key: "rulesConfig.params.error.notDraft" } };
  return { ok: true, set };
}

class SetConflict extends Error {
  constructor() {
    super("parameter set is no longer a draft, or another set of its region and rule was activated at the same time");
    this.name = "SetConflict";
  }
}

/**
 * Serialises activations of one region+rule. Postgres: a transaction-scoped
 * advisory lock (released at commit or rollback). SQLite: nothing to do, a
 * write transaction holds the whole database.
 */
async function lockKey(trx: Transaction<Database>, key: string): Promise<void> {
  if (trx.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`select pg_advisory_xact_lock(hashtext(${key}))`.execute(trx);
  }
}

/** The draft will not be used: it is marked discarded and stays as the record of the proposal. */
export async function discardParameterDraft(args: { db: DB; actor: Actor; setId: string; now?: Date; requestId?: string | null }): Promise<SetChangeResult> {
  const { db, actor, setId } = args;
  const now = args.now ?? new Date();
  const found = await changeableSet(db, actor, setId);
  if (!found.ok) return found;
  try {
    return await db.transaction().execute(async (trx) => {
      const claimed = await trx
        .updateTable("rule_parameter_sets")
        .set({ status: "discarded" })
        .where("id", "=", setId)
        .where("status", "=", "draft")
        .executeTakeFirst();
      if (Number(claimed.numUpdatedRows) !== 1) throw new SetConflict();
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
  } catch (err) {
    if (err instanceof SetConflict) return { ok: false, status: 409, error: { key: "rulesConfig.params.error.notDraft" } };
    throw err;
  }
}

export type ActivateParameterSetResult = { ok: true; runId: string; retiredSetId: string | null } | { ok: false; status: 403 | 404 | 409; error: Message };

/**
 * The single place regional params take effect. In one transaction: the
 * draft becomes active, the active set of the same region and rule becomes
 * retired, the audit row is written and a re-evaluation run starts. With
 * `rulesRuntime`, the values are checked again against the rule files (they
 * may have changed since the draft was written).
 */
export async function activateParameterSet(args: {
  db: DB;
  actor: Actor;
  setId: string;
  now?: Date;
  rulesRuntime?: RulesRuntime;
  requestId?: string | null;
}): Promise<ActivateParameterSetResult> {
  const { db, actor, setId } = args;
  const now = args.now ?? new Date();
  const at = now.toISOString();
  const found = await changeableSet(db, actor, setId);
  if (!found.ok) return found;
  const { set } = found;
  if (args.rulesRuntime) {
    try {
      checkParamOverlays(args.rulesRuntime.catalogue, [{ regionCode: set.region_code, ruleId: set.rule_id, params: set.params }]);
    } catch (err) {
      if (!(err instanceof ParamOverlayError)) throw err;
      return { ok: false, status: 409, error: { key: "rulesConfig.params.error.invalidNow", vars: { problem: err.message } } };
    }
  }
  try {
    return await db.transaction().execute(async (trx) => {
      await lockKey(trx, `rule_parameter_sets:${set.region_code}:${set.rule_id}`);
      const claimed = await trx
        .updateTable("rule_parameter_sets")
        .set({ status: "active", activated_by: actor.id, activated_at: at })
        .where("id", "=", setId)
        .where("status", "=", "draft")
        .executeTakeFirst();
      if (Number(claimed.numUpdatedRows) !== 1) throw new SetConflict();
      const previous = await trx
        .selectFrom("rule_parameter_sets")
        .select("id")
        .where("status", "=", "active")
        .where("region_code", "=", set.region_code)
        .where("rule_id", "=", set.rule_id)
        .where("id", "!=", setId)
        .execute();
      if (previous.length > 0) {
        await trx
          .updateTable("rule_parameter_sets")
          .set({ status: "retired", retired_at: at })
          .where("id", "in", previous.map((p) => p.id))
          .where("status", "=", "active")
          .execute();
      }
      const active = await trx
        .selectFrom("rule_parameter_sets")
        .select((eb) => eb.fn.countAll().as("n"))
        .where("status", "=", "active")
        .where("region_code", "=", set.region_code)
        .where("rule_id", "=", set.rule_id)
        .executeTakeFirstOrThrow();
      if (Number(active.n) !== 1) throw new SetConflict();
      const retiredSetId = previous[0]?.id ?? null;
      await recordAudit(
        trx,
        {
          actorId: actor.id,
          action: "rule_parameter_set.activate",
          entity: "rule_parameter_set",
          entityId: setId,
          detail: {
            regionCode: set.region_code,
            level: regionLevel(set.region_code),
            ruleId: set.rule_id,
            params: set.params,
            retired: previous.map((p) => p.id),
          },
          requestId: args.requestId,
        },
        now,
      );
      const runId = await startReevaluation(trx, { reason: "rule_parameters", subjectId: setId, actorId: actor.id, now });
      return { ok: true as const, runId, retiredSetId };
    });
  } catch (err) {
    if (err instanceof SetConflict) return { ok: false, status: 409, error: { key: "rulesConfig.params.error.notDraft" } };
    throw err;
  }
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
  const fields = paramFields(rules.catalogue, set.rule_id);
  const latest = rules.catalogue.filter((d) => d.id === set.rule_id).at(-1);

  const [current, withDraft, replacesRow, runs] = await Promise.all([
    loadRulesState(db, rules.catalogue),
    isDraft ? loadRulesState(db, rules.catalogue, { kind: "parameter_set", setId }) : Promise.resolve(null),
    isDraft ? activeSetOf(db, set.region_code, set.rule_id) : Promise.resolve(undefined),
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
    replaces: replacesRow ? await findSet(db, replacesRow.id) : null,
    ...previewed,
    runs,
    problem,
  };
}
