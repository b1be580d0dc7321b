/**
 * The rules as the domain uses them. Three layers:
 * - the rule files (rules/): an immutable library of rule versions;
 * - rule activations (database): which version is in force from when to when;
 *   a version that was never activated is never used, and two versions in
 *   force on one day stop start-up and activation;
 * - regional parameter overlays (database): province ← city ← district over
 *   the national defaults in the files.
 * An engine is built once per distinct (activations, effective parameters)
 * and reused, so a national re-evaluation does not rebuild engines per filing;
 * the state in force is read on every call but stays one object while its rows
 * are unchanged, so a triage per complaint does not rebuild what hangs on it.
 */
import { createHash } from "node:crypto";
import { sql, type Transaction } from "kysely";
import type { Database } from "~/db/schema";
import type { DB } from "~/db/client";
import { recordAudit } from "~/domain/audit/audit.server";
import { addDays } from "~/utils/civil-date";
import { EngineCache } from "~/rules/cache";
import { deepFreeze } from "~/rules/deep-freeze";
import type { RuleEngine } from "~/rules/engine";
import { APPLIES_TO, type AppliesTo } from "~/rules/facts";
import { checkRuleSet, fileChronology } from "~/rules/load/rule-set";
import { createRegionalParamsResolver, type ParamOverlay, type RegionalParams, type RegionalParamsResolver } from "~/rules/overlays";
import { stableStringify } from "~/rules/params";
import type { RuleDefinition, RuleSet } from "~/rules/schema";
import type { FilingFacts, RuleOutcome } from "~/rules/types";

export type { ParamOverlay as RegionalOverlay } from "~/rules/overlays";

export interface Activation {
  ruleId: string;
  version: number;
  activeFrom: string;
  activeTo: string | null;
}

/** What is in force (or, for a preview, would be): activations and overlays. */
export interface RulesState {
  activations: readonly Activation[];
  overlays: readonly ParamOverlay[];
}

/** A change that can be previewed before it is activated. */
export type DraftChange =
  | { kind: "guidance_batch"; batchId: string }
  | { kind: "parameter_set"; setId: string }
  | { kind: "rule_version"; ruleId: string; version: number; activeFrom: string };

export interface RulesRuntime {
  /** Every rule version in the files, activated or not. */
  library: RuleSet;
  /** The versions in force under these activations, with their activation periods. */
  activeSet(activations: readonly Activation[]): RuleSet;
  /**
   * The engine with the rules and parameters in force on a date for a
   * kindergarten in this region. Parameters are resolved for one target:
   * evaluate filings with a "filing" engine and accounts with an "account" one.
   */
  engineFor(regionCode: string, state: RulesState, asOf: string, appliesTo?: AppliesTo): RuleEngine;
  /**
   * The effective params of the rules of one target in force on a date for
   * this region (defaults ← province ← city ← district). The complaint rule
   * C03 matches with R02's keywords read here, so one overlay serves both.
   */
  paramsFor(regionCode: string, state: RulesState, asOf: string, appliesTo?: AppliesTo): RegionalParams;
}

export class RuleActivationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RuleActivationError";
  }
}

/**
 * The library narrowed to activated versions, each in force for its
 * activation period (within what its file allows). Throws when two versions
 * of one rule would be in force on the same day, or an activation names a
 * version no file defines.
 */
export function applyActivations(library: RuleSet, activations: readonly Activation[]): RuleSet {
  const defs: RuleDefinition[] = [];
  for (const a of activations) {
    const def = library.find((d) => d.id === a.ruleId && d.version === a.version);
    if (!def) throw new RuleActivationError(`${a.ruleId} v${a.version} is activated but no rule file defines it`);
    const from = a.activeFrom > def.effectiveFrom ? a.activeFrom : def.effectiveFrom;
    const to = [a.activeTo, def.effectiveTo].filter((d): d is string => d !== null).sort()[0] ?? null;
    if (to !== null && to < from) continue; // superseded before it began: never in force
    defs.push({ ...def, effectiveFrom: from, effectiveTo: to });
  }
  try {
    return checkRuleSet(defs);
  } catch (err) {
    throw new RuleActivationError(`two active versions: ${(err as Error).message}`);
  }
}

/** Rules states a process keeps engines for: the one in force plus a few previews. */
const MAX_STATES = 8;
/** (region, date) pairs a state remembers its engine for: every district × a few effective dates. */
const MAX_REGION_DATES = 50_000;

interface StateEntry {
  resolve: Record<AppliesTo, RegionalParamsResolver>;
  engines: EngineCache;
  /** The engine per `${regionCode}|${asOf}`: a national re-evaluation asks once per filing. */
  byRegionDate: Map<string, RuleEngine>;
}

export function createRulesRuntime(library: RuleSet): RulesRuntime {
  const sets = new Map<string, RuleSet>();
  const states = new Map<string, StateEntry>();
  // A state is read-only once loaded, so its serialised key is computed once per object, not per call.
  const stateKeys = new WeakMap<RulesState, string>();
  const activeSet = (activations: readonly Activation[]) => {
    const key = stableStringify(activations);
    let set = sets.get(key);
    if (!set) {
      set = applyActivations(library, activations);
      sets.set(key, set);
    }
    return set;
  };
  const entryFor = (state: RulesState): StateEntry => {
    let key = stateKeys.get(state);
    if (key === undefined) stateKeys.set(state, (key = stableStringify(state)));
    let entry = states.get(key);
    if (!entry) {
      const set = activeSet(state.activations);
      const resolverFor = (appliesTo: AppliesTo) => createRegionalParamsResolver(set, state.overlays, { appliesTo });
      const resolve = Object.fromEntries(APPLIES_TO.map((a) => [a, resolverFor(a)])) as Record<AppliesTo, RegionalParamsResolver>;
      entry = { resolve, engines: new EngineCache(set), byRegionDate: new Map() };
      if (states.size >= MAX_STATES) states.delete(states.keys().next().value!);
      states.set(key, entry);
    }
    return entry;
  };
  return {
    library,
    activeSet,
    engineFor(regionCode, state, asOf, appliesTo = "filing") {
      const entry = entryFor(state);
      const key = `${appliesTo}|${regionCode}|${asOf}`;
      let engine = entry.byRegionDate.get(key);
      if (!engine) {
        engine = entry.engines.get(entry.resolve[appliesTo](regionCode, asOf).overrides);
        if (entry.byRegionDate.size >= MAX_REGION_DATES) entry.byRegionDate.clear();
        entry.byRegionDate.set(key, engine);
      }
      return engine;
    },
    paramsFor(regionCode, state, asOf, appliesTo = "filing") {
      return entryFor(state).resolve[appliesTo](regionCode, asOf);
    },
  };
}

/**
 * What an evaluation in a region is judged under: for each reading it makes
 * (a target's rules on a date: a complaint reads the complaint rules on its
 * day of receipt and R02's keywords and R11's table of the filing rules), the
 * rule versions in force and the regional params set for them, as a short
 * digest. Kept with a stored evaluation (meal_fund_checks,
 * account_flag_checks, complaints), it tells a sweep that the rules changed
 * since: a version switched, a regional parameter set activated or retired.
 */
export function judgedUnderKey(
  runtime: RulesRuntime,
  state: RulesState,
  regionCode: string,
  readings: ReadonlyArray<readonly [asOf: string, appliesTo: AppliesTo]>,
): string {
  // A sweep asks for the same region and dates thousands of times under one state: each key is hashed once.
  const memo = judgedKeys.get(state) ?? judgedKeys.set(state, new Map()).get(state)!;
  const at = `${regionCode}|${readings.map(([asOf, appliesTo]) => `${appliesTo}@${asOf}`).join("|")}`;
  let key = memo.get(at);
  if (key === undefined) {
    const hash = createHash("sha256");
    for (const [asOf, appliesTo] of readings) {
      const params = runtime.paramsFor(regionCode, state, asOf, appliesTo);
      hash.update(`${appliesTo}|${params.rules.map((r) => `${r.ruleId}@${r.version}`).join(",")}|${params.key}\n`);
    }
    key = hash.digest("base64url");
    if (memo.size >= MAX_JUDGED_KEYS) memo.clear();
    memo.set(at, key);
  }
  return key;
}

/** judgedUnderKey's answers per rules state (a state is read-only once loaded, and goes with its run). */
const judgedKeys = new WeakMap<RulesState, Map<string, string>>();
const MAX_JUDGED_KEYS = 10_000;

/**
 * How a rule no activation mentions yet is activated: its versions as the
 * files place them in time (fileChronology: each until the next one starts).
 * Later versions of a rule already activated wait for an admin, as any new
 * version does.
 */
function fileActivations(defs: readonly RuleDefinition[]): Activation[] {
  return fileChronology(defs).map((d) => ({ ruleId: d.id, version: d.version, activeFrom: d.effectiveFrom, activeTo: d.effectiveTo }));
}

/** What activateNewRules wrote, for what its transaction goes on to do (`then`). */
export interface NewRulesActivated {
  /** The activations written: each a version of a rule no activation mentioned before. */
  activated: readonly { ruleId: string; version: number }[];
  /** No rule was activated before: a fresh installation, where nothing was judged yet. */
  freshInstallation: boolean;
}

/**
 * Rules that no activation mentions yet (a fresh installation, or a rule id
 * new in this release) get their versions activated as the files place them, each audited as
 * the system's. Any other version is NOT activated here: an admin previews
 * and activates it. `then` runs in the same transaction once rows were
 * written (never when none was): what the activation starts with it, a
 * re-evaluation run (changes/released-rules.server.ts).
 */
export async function activateNewRules(
  db: DB,
  library: RuleSet,
  now = new Date(),
  then?: (trx: Transaction<Database>, written: NewRulesActivated) => Promise<void>,
): Promise<string[]> {
  const known = new Set((await db.selectFrom("rule_activations").select("rule_id").distinct().execute()).map((r) => r.rule_id));
  const fresh = fileActivations(library.filter((d) => !known.has(d.id)));
  if (fresh.length === 0) return [];
  const rows = fresh.map((a) => ({
    id: `${a.ruleId}@${a.version}`,
    rule_id: a.ruleId,
    version: a.version,
    active_from: a.activeFrom,
    active_to: a.activeTo,
    activated_by: null,
    activated_at: now.toISOString(),
  }));
  // Audited as the system's activation, each in the same transaction; a rule another process activated
  // meanwhile is neither inserted nor audited twice.
  return db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto("rule_activations")
      .values(rows)
      .onConflict((oc) => oc.columns(["rule_id", "version"]).doNothing())
      .returning(["id", "rule_id", "version", "active_from", "active_to"])
      .execute();
    for (const r of inserted) {
      await recordAudit(
        trx,
        {
          actorId: null,
          action: "rule_version.activate_from_file",
          entity: "rule_activation",
          entityId: r.id,
          detail: { ruleId: r.rule_id, version: r.version, activeFrom: r.active_from, activeTo: r.active_to },
        },
        now,
      );
    }
    if (then && inserted.length > 0) {
      await then(trx, { activated: inserted.map((r) => ({ ruleId: r.rule_id, version: r.version })), freshInstallation: known.size === 0 });
    }
    return inserted.map((r) => r.id);
  });
}

/**
 * The rules state in force, or with one draft change laid over it (for a
 * preview). Rules no activation mentions count as activated the way their
 * files say, exactly as activateNewRules records them at start-up.
 */
export async function loadRulesState(db: DB, library: RuleSet, draft?: DraftChange): Promise<RulesState> {
  if (draft) {
    const { activationRows, overlayRows } = await readRulesRows(db, draft);
    return rulesStateOf(library, activationRows, overlayRows, draft);
  }
  // The state in force changes a few times a year and is read for every complaint triaged: while the rows'
  // fingerprint is the same, the same (frozen) object is given back, so what is keyed on it (its engines, params,
  // judgedUnderKey) is found, not redone, and the rows themselves are not read (one string built by the database:
  // ~45 µs against ~150 µs for 75 rows made into objects).
  const fingerprint = await rulesRowsFingerprint(db);
  const kept = stateInForce.get(db);
  if (kept && kept.library === library && kept.fingerprint === fingerprint) return kept.state;
  // Read after the fingerprint: a change in between makes these rows newer than it, and the next call rebuilds.
  const { activationRows, overlayRows } = await readRulesRows(db, undefined);
  const state = deepFreeze(rulesStateOf(library, activationRows, overlayRows));
  stateInForce.set(db, { library, fingerprint, state });
  return state;
}

/**
 * Every column of the activation rows and the active parameter sets that the state is made of, as one string per
 * table (string_agg with ORDER BY: SQLite 3.44+ and Postgres alike). The free text, a set's params, goes with its
 * length, so no params can pass for the end of its row and the start of another.
 */
async function rulesRowsFingerprint(db: DB): Promise<string> {
  const { rows } = await sql<{ activations: string | null; overlays: string | null }>`
    select
      (select string_agg(rule_id || '|' || version || '|' || active_from || '|' || coalesce(active_to, ''), ';' order by rule_id, version)
         from rule_activations) as activations,
      (select string_agg(id || '|' || region_code || '|' || rule_id || '|' || length(params) || ':' || params, ';' order by id)
         from rule_parameter_sets where status = 'active') as overlays`.execute(db);
  return `${rows[0]?.activations ?? ""}\n${rows[0]?.overlays ?? ""}`;
}

/** The last state in force loaded per database handle, with the rows it was made from. */
const stateInForce = new WeakMap<DB, { library: RuleSet; fingerprint: string; state: RulesState }>();

async function readRulesRows(db: DB, draft: DraftChange | undefined) {
  const [activationRows, overlayRows] = await Promise.all([
    db.selectFrom("rule_activations").select(["rule_id", "version", "active_from", "active_to"]).orderBy("rule_id").orderBy("version").execute(),
    db
      .selectFrom("rule_parameter_sets")
      .select(["id", "region_code", "rule_id", "params", "status"])
      .where((eb) =>
        draft?.kind === "parameter_set" ? eb.or([eb("status", "=", "active"), eb("id", "=", draft.setId)]) : eb("status", "=", "active"),
      )
      .orderBy("region_code")
      .orderBy("rule_id")
      .execute(),
  ]);
  return { activationRows, overlayRows };
}

type RulesRows = Awaited<ReturnType<typeof readRulesRows>>;

function rulesStateOf(library: RuleSet, activationRows: RulesRows["activationRows"], overlayRows: RulesRows["overlayRows"], draft?: DraftChange): RulesState {
  let activations: Activation[] = activationRows.map((r) => ({
    ruleId: r.rule_id,
    version: r.version,
    activeFrom: r.active_from,
    activeTo: r.active_to,
  }));
  const known = new Set(activations.map((a) => a.ruleId));
  activations.push(...fileActivations(library.filter((d) => !known.has(d.id))));
  if (draft?.kind === "rule_version") {
    const def = library.find((d) => d.id === draft.ruleId && d.version === draft.version);
    activations = withActivation(activations, draft, def);
  }

  const draftSet = draft?.kind === "parameter_set" ? overlayRows.find((r) => r.id === draft.setId) : undefined;
  const overlays = overlayRows
    // A draft replaces the active set of the same region and rule.
    .filter((r) => !draftSet || r === draftSet || r.region_code !== draftSet.region_code || r.rule_id !== draftSet.rule_id)
    .map((r) => ({ regionCode: r.region_code, ruleId: r.rule_id, params: JSON.parse(r.params) as Record<string, unknown> }));
  return { activations, overlays };
}

/**
 * Activations after switching a rule to a version from a date, placed the
 * way fileChronology places files. For the rule's other activations:
 * - one in force on the day before `activeFrom` ends that day;
 * - one starting on `activeFrom` itself is replaced (it ends before it began,
 *   so it is never in force), and so is a version the new file withdraws;
 * - one starting later is kept, and the new version ends the day before it.
 * Only a correction (a past date) can meet the last two: a forward switch
 * refuses a date on or before another version's start.
 */
export function withActivation(
  activations: readonly Activation[],
  change: { ruleId: string; version: number; activeFrom: string },
  def?: Pick<RuleDefinition, "withdraws">,
): Activation[] {
  const withdrawn = new Set(def?.withdraws ?? []);
  const replaced = (a: Activation) => withdrawn.has(a.version) || a.activeFrom === change.activeFrom;
  const neverInForce = (a: Activation) => a.activeTo !== null && a.activeTo < a.activeFrom;
  const others = activations.filter((a) => a.ruleId === change.ruleId && a.version !== change.version);
  const nextStart = others
    .filter((a) => a.activeFrom > change.activeFrom && !replaced(a) && !neverInForce(a))
    .map((a) => a.activeFrom)
    .sort()[0];
  const kept = activations
    .filter((a) => !(a.ruleId === change.ruleId && a.version === change.version))
    .map((a) => {
      if (a.ruleId !== change.ruleId) return a;
      if (replaced(a)) return { ...a, activeTo: addDays(a.activeFrom, -1) };
      const overlaps = a.activeFrom < change.activeFrom && (a.activeTo === null || a.activeTo >= change.activeFrom);
      return overlaps ? { ...a, activeTo: addDays(change.activeFrom, -1) } : a;
    });
  const added = { ruleId: change.ruleId, version: change.version, activeFrom: change.activeFrom, activeTo: nextStart ? addDays(nextStart, -1) : null };
  return [...kept, added].sort((a, b) => (a.ruleId === b.ruleId ? a.version - b.version : a.ruleId < b.ruleId ? -1 : 1));
}

/** An evaluator for facts of any region, under the rules state in force now. */
export function evaluateWithRegionalRules(db: DB, runtime: RulesRuntime) {
  return async (facts: FilingFacts): Promise<RuleOutcome[]> => {
    const state = await loadRulesState(db, runtime.library);
    const asOf = facts.filing.effectiveFrom;
    return runtime.engineFor(facts.kindergarten.regionCode, state, asOf).evaluateFiling(facts, asOf);
  };
}
