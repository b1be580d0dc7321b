/**
 * The rules as an officer reads them: which version of each rule is in force
 * today and for which period, which versions exist in the files without being
 * activated, a rule's text, legal basis and params, and the effective
 * parameters for a region or a kindergarten with the level (national default,
 * province, city, district) each value comes from.
 *
 * Read-only. The rule files are the library, rule_activations say which
 * version is in force when, and the active rule_parameter_sets lay regional
 * values over the files' defaults (rules-runtime.server.ts). Everything here
 * is computed from those three exactly as the evaluation computes it
 * (loadRulesState → activeSet → effectiveParamsForRegion), so the pages show
 * what the engine uses.
 */
import type { DB } from "~/db/client";
import type { Kindergarten } from "~/db/schema";
import {
  effectiveParamsForRegion,
  regionChain,
  type EffectiveParam,
  type EffectiveRuleParams,
  type ParamSource,
} from "~/rules/overlays";
import type { ParamType } from "~/rules/params";
import type { ConditionNode, RuleDefinition, RuleSet } from "~/rules/schema";
import { fileChronology } from "~/rules/load/rule-set";
import type { ConditionShape, LegalBasis, LocalizedText, Severity } from "~/rules/types";
import { coversRegion, regionPrefix } from "~/domain/regions/region-scope";
import { regionLevel } from "~/utils/region-codes";
import { normalizeUscc, validateUscc } from "~/domain/kindergartens/uscc";
import { decodeCursor, encodeCursor } from "~/utils/keyset-cursor";
import type { Actor } from "~/domain/users/actor";
import { kindergartenReadScope } from "./rules-config.scope";
import { loadRulesState, type Activation, type RulesRuntime, type RulesState } from "~/domain/rules-runtime/rules-runtime.server";
import { regionNames } from "~/domain/regions/region.queries.server";

/**
 * in_force: in force today; scheduled: activated from a later day;
 * ended: was in force, no longer; superseded: activated, but a later
 * activation ended it before it began; not_activated: only in the files.
 */
export type VersionStatus = "in_force" | "scheduled" | "ended" | "superseded" | "not_activated";

export interface VersionRow {
  ruleId: string;
  version: number;
  /** The rule file, relative to the working directory. */
  file: string;
  /** The period the file allows the version to be used in. */
  fileFrom: string;
  fileTo: string | null;
  /** The activation row (or the implicit one of a rule no activation mentions yet). */
  activation: { activeFrom: string; activeTo: string | null } | null;
  /** The days it is, was or will be in force: the activation within the file's period; null when never. */
  inForce: { from: string; to: string | null } | null;
  status: VersionStatus;
}

export interface RuleSummary {
  ruleId: string;
  version: number;
  title: LocalizedText;
  severity: Severity;
  /** Every severity the rule can give (its default and its severityWhen entries), most severe last. */
  severities: Severity[];
  appliesTo: string;
  legalBasis: LegalBasis[];
  paramNames: string[];
}

export interface ParamSpecView {
  name: string;
  type: ParamType;
  defaultValue: unknown;
  description: LocalizedText;
  min: number | null;
  max: number | null;
  enum: Array<string | number> | null;
  /** Set when the law gives no number: the default is a policy choice, from this source. */
  policySource: LocalizedText | null;
}

export interface ConditionView {
  name: string;
  fact: string;
  path: string | null;
  operator: string;
  /** The literal threshold, or null when the condition compares with a param. */
  value: unknown;
  /** The param the threshold comes from. */
  param: string | null;
}

export interface VersionDetail extends VersionRow, RuleSummary {
  description: LocalizedText;
  message: LocalizedText;
  params: ParamSpecView[];
  conditions: ConditionView[];
  /** How the conditions combine (by their names): the page lists alternatives under "满足以下任一条件：". */
  conditionTree: ConditionShape;
  eventType: string;
}

export interface EffectiveParamView {
  name: string;
  type: ParamType;
  description: LocalizedText;
  value: unknown;
  defaultValue: unknown;
  source: ParamSource;
  sourceRegionCode: string | null;
  sourceRegionName: string | null;
  /** The less specific values this one replaced, most specific first. */
  overridden: Array<{ source: ParamSource; regionCode: string | null; regionName: string | null; value: unknown }>;
}

export interface EffectiveRuleView {
  ruleId: string;
  version: number;
  title: LocalizedText;
  severity: Severity;
  params: EffectiveParamView[];
}

const SEVERITY_ORDER: Record<Severity, number> = { info: 0, amber: 1, red: 2 };

export function ruleSummary(def: RuleDefinition): RuleSummary {
  const severities = [...new Set([def.severity, ...def.severityWhen.map((s) => s.severity)])].sort(
    (a, b) => SEVERITY_ORDER[a] - SEVERITY_ORDER[b],
  );
  return {
    ruleId: def.id,
    version: def.version,
    title: { zh: def.title.zh, en: def.title.en },
    severity: def.severity,
    severities,
    appliesTo: def.appliesTo,
    legalBasis: def.legalBasis.map((b) => ({
      document: b.document,
      ...(b.article ? { article: b.article } : {}),
      // A regional entry says where it applies: the rule page lists the whole basis, a flag only what binds its kindergarten.
      ...(b.regions ? { regions: [...b.regions] } : {}),
    })),
    paramNames: Object.keys(def.params),
  };
}

export function paramSpecs(def: RuleDefinition): ParamSpecView[] {
  return Object.entries(def.params).map(([name, spec]) => ({
    name,
    type: spec.type,
    defaultValue: spec.default,
    description: { zh: spec.description.zh, en: spec.description.en },
    min: spec.min ?? null,
    max: spec.max ?? null,
    enum: spec.enum ? [...spec.enum] : null,
    policySource: spec.policy ? { zh: spec.policy.source.zh, en: spec.policy.source.en } : null,
  }));
}

function conditionsOf(node: ConditionNode, out: ConditionView[] = []): ConditionView[] {
  if ("all" in node) node.all.forEach((c) => conditionsOf(c, out));
  else if ("any" in node) node.any.forEach((c) => conditionsOf(c, out));
  else if ("not" in node) conditionsOf(node.not, out);
  else {
    const ref = node.value as unknown;
    const param =
      typeof ref === "object" && ref !== null && !Array.isArray(ref) && Object.keys(ref).length === 1 && "param" in ref
        ? String((ref as { param: unknown }).param)
        : null;
    out.push({ name: node.name, fact: node.fact, path: node.path ?? null, operator: node.operator, value: param ? null : ref, param });
  }
  return out;
}

/** The days an activation puts a version in force: within the file's period; null when it ends before it begins. */
export function inForceWindow(def: RuleDefinition, a: Activation): { from: string; to: string | null } | null {
  const from = a.activeFrom > def.effectiveFrom ? a.activeFrom : def.effectiveFrom;
  const to = [a.activeTo, def.effectiveTo].filter((d): d is string => d !== null).sort()[0] ?? null;
  return to !== null && to < from ? null : { from, to };
}

/** Versions the files' own chronology never places (replaced from their first day, or withdrawn), per library. */
const unplacedByLibrary = new WeakMap<RuleSet, Set<string>>();
function replacedInFiles(library: RuleSet, def: RuleDefinition): boolean {
  let unplaced = unplacedByLibrary.get(library);
  if (!unplaced) {
    const placed = new Set(fileChronology(library).map((d) => `${d.id}@${d.version}`));
    unplaced = new Set(library.filter((d) => !placed.has(`${d.id}@${d.version}`)).map((d) => `${d.id}@${d.version}`));
    unplacedByLibrary.set(library, unplaced);
  }
  return unplaced.has(`${def.id}@${def.version}`);
}

function statusOf(window: { from: string; to: string | null } | null, activated: boolean, today: string, replaced: boolean): VersionStatus {
  // A version a later file replaces is not waiting for activation: activating it would undo the correction.
  if (!activated) return replaced ? "superseded" : "not_activated";
  if (!window) return "superseded";
  if (window.from > today) return "scheduled";
  if (window.to !== null && window.to < today) return "ended";
  return "in_force";
}

export function versionRow(library: RuleSet, def: RuleDefinition, activations: readonly Activation[], today: string): VersionRow {
  const a = activations.find((x) => x.ruleId === def.id && x.version === def.version) ?? null;
  const inForce = a ? inForceWindow(def, a) : null;
  return {
    ruleId: def.id,
    version: def.version,
    file: def.file,
    fileFrom: def.effectiveFrom,
    fileTo: def.effectiveTo,
    activation: a ? { activeFrom: a.activeFrom, activeTo: a.activeTo } : null,
    inForce,
    status: statusOf(inForce, a !== null, today, replacedInFiles(library, def)),
  };
}

/** The rules state and, when it is consistent, the active set; otherwise the reason (shown, never thrown at a reader). */
async function stateAndSet(db: DB, rules: RulesRuntime): Promise<{ state: RulesState; activeSet: RuleSet | null; problem: string | null }> {
  const state = await loadRulesState(db, rules.library);
  try {
    return { state, activeSet: rules.activeSet(state.activations), problem: null };
  } catch (err) {
    return { state, activeSet: null, problem: err instanceof Error ? err.message : String(err) };
  }
}

export interface RulesOverview {
  today: string;
  /** One entry per rule id, sorted by id: the version in force today (if any) and every version in the files. */
  rules: Array<{ ruleId: string; current: (RuleSummary & { inForce: VersionRow["inForce"] }) | null; latestTitle: LocalizedText; versions: VersionRow[] }>;
  /** Versions in the files that are not in force today: never activated, or scheduled for a later day. */
  pending: Array<VersionRow & { title: LocalizedText }>;
  /** Set when the activations are inconsistent (two versions in force on one day …). */
  problem: string | null;
}

export async function rulesOverview(args: { db: DB; rules: RulesRuntime; today: string }): Promise<RulesOverview> {
  const { db, rules, today } = args;
  const { state, problem } = await stateAndSet(db, rules);
  const byId = new Map<string, RuleDefinition[]>();
  for (const def of rules.library) (byId.get(def.id) ?? byId.set(def.id, []).get(def.id)!).push(def);
  const out: RulesOverview["rules"] = [];
  const pending: RulesOverview["pending"] = [];
  for (const [ruleId, defs] of [...byId.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const versions = defs.map((d) => versionRow(rules.library, d, state.activations, today));
    const currentRow = versions.find((v) => v.status === "in_force");
    const currentDef = currentRow ? defs.find((d) => d.version === currentRow.version)! : null;
    const latest = defs[defs.length - 1];
    out.push({
      ruleId,
      current: currentDef ? { ...ruleSummary(currentDef), inForce: currentRow!.inForce } : null,
      latestTitle: { zh: latest.title.zh, en: latest.title.en },
      versions,
    });
    for (const v of versions) {
      if (v.status === "not_activated" || v.status === "scheduled") {
        const def = defs.find((d) => d.version === v.version)!;
        pending.push({ ...v, title: { zh: def.title.zh, en: def.title.en } });
      }
    }
  }
  return { today, rules: out, pending, problem };
}

export interface RegionalOverlayView {
  setId: string;
  regionCode: string;
  regionName: string;
  level: "province" | "city" | "district";
  params: Record<string, unknown>;
  note: string;
  activatedAt: string | null;
}

export interface RuleDetailView {
  ruleId: string;
  today: string;
  /** The version shown first: in force today, else the latest activated, else the highest. */
  shown: VersionDetail;
  versions: VersionDetail[];
  /** The effective params of this rule for the actor's own region (null for an actor without one, or when the rule is not in force today). */
  effective: { regionCode: string; regionName: string; rule: EffectiveRuleView } | null;
  /** Active regional parameter sets of this rule the actor may see (admin: all; officer: their region, above and below). */
  overlays: RegionalOverlayView[];
  problem: string | null;
}

/** The region codes an effective-params table names (sources and what they replaced). */
function sourceCodes(entries: readonly EffectiveParam[]): string[] {
  return entries.flatMap((e) => [e.sourceRegionCode, ...e.overridden.map((o) => o.regionCode)]).filter((c): c is string => c !== null);
}

function effectiveView(entries: readonly EffectiveParam[], names: Map<string, string>): EffectiveParamView[] {
  return entries.map((e) => ({
    name: e.name,
    type: e.type,
    description: { zh: e.description.zh, en: e.description.en },
    value: e.value,
    defaultValue: e.defaultValue,
    source: e.source,
    sourceRegionCode: e.sourceRegionCode,
    sourceRegionName: e.sourceRegionCode ? (names.get(e.sourceRegionCode) ?? e.sourceRegionCode) : null,
    overridden: e.overridden.map((o) => ({
      source: o.source,
      regionCode: o.regionCode,
      regionName: o.regionCode ? (names.get(o.regionCode) ?? o.regionCode) : null,
      value: o.value,
    })),
  }));
}

/** Null when no rule file defines the rule. */
export async function ruleDetail(args: {
  db: DB;
  rules: RulesRuntime;
  actor: Pick<Actor, "role" | "regionCode">;
  ruleId: string;
  today: string;
}): Promise<RuleDetailView | null> {
  const { db, rules, actor, ruleId, today } = args;
  const defs = rules.library.filter((d) => d.id === ruleId);
  if (defs.length === 0) return null;
  const { state, activeSet, problem } = await stateAndSet(db, rules);
  const versions: VersionDetail[] = defs.map((def) => ({
    ...versionRow(rules.library, def, state.activations, today),
    ...ruleSummary(def),
    description: { zh: def.description.zh, en: def.description.en },
    message: { zh: def.message.zh, en: def.message.en },
    params: paramSpecs(def),
    conditions: conditionsOf(def.rule.conditions),
    conditionTree: def.conditionTree,
    eventType: def.rule.event.type,
  }));
  const shown =
    versions.find((v) => v.status === "in_force") ??
    [...versions].reverse().find((v) => v.status === "scheduled" || v.status === "ended") ??
    versions[versions.length - 1];

  const overlayRows = await db
    .selectFrom("rule_parameter_sets")
    .select(["id", "region_code", "params", "note", "activated_at"])
    .where("status", "=", "active")
    .where("rule_id", "=", ruleId)
    .orderBy("region_code")
    .execute();
  const own = actor.regionCode;
  const visible =
    actor.role === "admin"
      ? overlayRows
      : own
        ? overlayRows.filter((r) => r.region_code.startsWith(regionPrefix(own)) || regionChain(own).some((c) => c.regionCode === r.region_code))
        : [];

  let resolvedRule: EffectiveRuleParams | null = null;
  let effectiveProblem: string | null = null;
  if (actor.regionCode && activeSet) {
    try {
      resolvedRule = effectiveParamsForRegion(activeSet, state.overlays, actor.regionCode, today).rules.find((r) => r.ruleId === ruleId) ?? null;
    } catch (err) {
      effectiveProblem = err instanceof Error ? err.message : String(err);
    }
  }
  const names = await regionNames(db, [
    ...visible.map((r) => r.region_code),
    ...(actor.regionCode ? [actor.regionCode] : []),
    ...sourceCodes(resolvedRule?.entries ?? []),
  ]);
  const severityOf = (version: number) => versions.find((v) => v.version === version)?.severity ?? shown.severity;
  const effective: RuleDetailView["effective"] =
    actor.regionCode && resolvedRule
      ? {
          regionCode: actor.regionCode,
          regionName: names.get(actor.regionCode) ?? actor.regionCode,
          rule: {
            ruleId,
            version: resolvedRule.version,
            title: { zh: resolvedRule.title.zh, en: resolvedRule.title.en },
            severity: severityOf(resolvedRule.version),
            params: effectiveView(resolvedRule.entries, names),
          },
        }
      : null;
  return {
    ruleId,
    today,
    shown,
    versions,
    effective,
    overlays: visible.map((r) => ({
      setId: r.id,
      regionCode: r.region_code,
      regionName: names.get(r.region_code) ?? r.region_code,
      level: regionLevel(r.region_code),
      params: JSON.parse(r.params) as Record<string, unknown>,
      note: r.note,
      activatedAt: r.activated_at,
    })),
    problem: problem ?? effectiveProblem,
  };
}

export interface KindergartenParamsView {
  kindergarten: Pick<Kindergarten, "id" | "uscc" | "approved_name" | "name_in_use" | "nature" | "grade" | "region_code" | "address" | "status">;
  /** Province, city, district (as far as the code goes), with names. */
  regions: Array<{ code: string; name: string; level: "province" | "city" | "district" }>;
  latestFiling: { id: string; term: string; effectiveFrom: string; version: number; status: string } | null;
  asOf: string;
  rules: EffectiveRuleView[];
  problem: string | null;
}

/**
 * A kindergarten's basics and every rule in force on `asOf` with its
 * effective params for the kindergarten's region code. Null when the
 * kindergarten does not exist or is outside the actor's region.
 */
export async function kindergartenParams(args: {
  db: DB;
  rules: RulesRuntime;
  actor: Actor;
  kindergartenId: string;
  asOf: string;
}): Promise<KindergartenParamsView | null> {
  const { db, rules, actor, kindergartenId, asOf } = args;
  const scope = kindergartenReadScope(actor);
  const kg = await db
    .selectFrom("kindergartens")
    .select(["id", "uscc", "approved_name", "name_in_use", "nature", "grade", "region_code", "address", "status"])
    .where("id", "=", kindergartenId)
    .executeTakeFirst();
  if (!kg || !coversRegion(scope, kg.region_code)) return null;

  const [latest, { state, activeSet, problem }] = await Promise.all([
    db
      .selectFrom("fee_filings")
      .select(["id", "term", "effective_from", "version", "status"])
      .where("kindergarten_id", "=", kg.id)
      .orderBy("version", "desc")
      .limit(1)
      .executeTakeFirst(),
    stateAndSet(db, rules),
  ]);
  const chain = regionChain(kg.region_code);
  let resolvedRules: Array<{ def: RuleDefinition; entries: readonly EffectiveParam[] }> = [];
  let paramProblem: string | null = null;
  if (activeSet) {
    try {
      const resolved = effectiveParamsForRegion(activeSet, state.overlays, kg.region_code, asOf);
      resolvedRules = resolved.rules.map((r) => ({ def: activeSet.find((d) => d.id === r.ruleId && d.version === r.version)!, entries: r.entries }));
    } catch (err) {
      paramProblem = err instanceof Error ? err.message : String(err);
    }
  }
  const names = await regionNames(db, [
    ...chain.map((c) => c.regionCode),
    ...resolvedRules.flatMap((r) => sourceCodes(r.entries)),
  ]);
  return {
    kindergarten: kg,
    regions: chain.map((c) => ({ code: c.regionCode, name: names.get(c.regionCode) ?? c.regionCode, level: c.level })),
    latestFiling: latest
      ? { id: latest.id, term: latest.term, effectiveFrom: latest.effective_from, version: latest.version, status: latest.status }
      : null,
    asOf,
    rules: resolvedRules.map(({ def, entries }) => ({
      ruleId: def.id,
      version: def.version,
      title: { zh: def.title.zh, en: def.title.en },
      severity: def.severity,
      params: effectiveView(entries, names),
    })),
    problem: problem ?? paramProblem,
  };
}

export interface KindergartenListRow {
  id: string;
  approved_name: string;
  nature: Kindergarten["nature"];
  region_code: string;
  region_name: string;
  status: Kindergarten["status"];
}

export interface KindergartenListFilters {
  /** Part of a name, or a whole USCC (any case, spaces and hyphens ignored). */
  q?: string;
  nature?: Kindergarten["nature"];
  status?: Kindergarten["status"];
  /** The previous page's `next`. */
  after?: string;
}

export const KINDERGARTEN_PAGE_SIZE = 50;

/**
 * Kindergartens in the actor's region (all for an admin), by region, name and id, a page at a time (keyset: page 40
 * of a city's costs what page 1 does); `q` filters by name or finds one USCC, `nature` and `status` narrow it.
 */
export async function listKindergartensInScope(args: { db: DB; actor: Actor; filters: KindergartenListFilters; pageSize?: number }): Promise<{
  rows: KindergartenListRow[];
  next: string | null;
}> {
  const scope = kindergartenReadScope(args.actor);
  if (scope.kind === "none") return { rows: [], next: null };
  const { q: asked, nature, status, after } = args.filters;
  const size = args.pageSize ?? KINDERGARTEN_PAGE_SIZE;
  let query = args.db
    .selectFrom("kindergartens as k")
    .leftJoin("regions as r", "r.code", "k.region_code")
    .select(["k.id", "k.approved_name", "k.nature", "k.region_code", "k.status", "r.name as region_name"])
    .orderBy("k.region_code")
    .orderBy("k.approved_name")
    .orderBy("k.id")
    .limit(size + 1);
  if (scope.kind === "region") query = query.where("k.region_code", "like", `${regionPrefix(scope.regionCode)}%`);
  if (nature) query = query.where("k.nature", "=", nature);
  if (status) query = query.where("k.status", "=", status);
  const uscc = normalizeUscc(asked ?? "");
  // LIKE wildcards are dropped rather than escaped: SQLite and Postgres escape differently.
  const q = asked?.replace(/[\\%_]/g, "").trim();
  if (validateUscc(uscc).ok) query = query.where("k.uscc", "=", uscc);
  else if (q) {
    const pattern = `%${q}%`;
    query = query.where((eb) => eb.or([eb("k.approved_name", "like", pattern), eb("k.name_in_use", "like", pattern)]));
  }
  const cursor = decodeCursor(after, 128);
  if (cursor && cursor.length === 3 && cursor.every((v) => typeof v === "string")) {
    const [region, name, id] = cursor as string[];
    query = query.where((eb) =>
      eb.or([
        eb("k.region_code", ">", region),
        eb.and([eb("k.region_code", "=", region), eb("k.approved_name", ">", name)]),
        eb.and([eb("k.region_code", "=", region), eb("k.approved_name", "=", name), eb("k.id", ">", id)]),
      ]),
    );
  }
  const rows = await query.execute();
  const page = rows.slice(0, size).map((r) => ({ ...r, region_name: r.region_name ?? r.region_code }));
  const last = page.at(-1);
  return { rows: page, next: rows.length > size && last ? encodeCursor([last.region_code, last.approved_name, last.id]) : null };
}
