/**
 * Previewing a draft change (a guidance-price batch, a parameter set, a new
 * rule version) against the active fee schedules before it is activated: which
 * kindergartens it would newly flag, which it would clear, and which stay
 * flagged for different rules. Writes nothing.
 *
 * Both sides are computed the same way (computeEvaluations, in batches), so
 * the comparison is exact: "before" under the rules in force, "after" with
 * the draft laid over them. Each side's rules state is loaded once for the
 * whole walk. A change that can only affect one region (a guidance batch, a
 * parameter set) walks only that region's kindergartens.
 */
import { createHash } from "node:crypto";
import type { DB } from "~/db/client";
import type { Severity } from "~/db/schema";
import type { RuleOutcome } from "~/rules/types";
import { caseWorthy, computeEvaluations, type FilingEvaluation } from "~/domain/filings/evaluate.server";
import { loadRulesState, type DraftChange, type RulesRuntime } from "~/domain/rules-runtime/rules-runtime.server";
import { listActiveFilingRows } from "./active-filings.server";

export const DEFAULT_PREVIEW_BATCH = 500;

export interface PreviewFlag {
  ruleId: string;
  version: number;
  severity: Severity;
  /**
   * A digest of what the flag says beyond its rule and severity (`explanationDigest`): its evidence, its conditions'
   * facts and thresholds, its params. Absent from a preview stored before it was kept.
   */
  evidence?: string;
  /** On an `after` flag: the rule flags at the same severity both ways, but says something else (a different amount over the cap, another item). */
  explanationChanged?: true;
}

export interface PreviewRow {
  filingId: string;
  kindergartenId: string;
  kindergartenName: string;
  regionCode: string;
  regionName?: string;
  /** Case-worthy flags under the rules in force. */
  before: PreviewFlag[];
  /** Case-worthy flags with the change. */
  after: PreviewFlag[];
}

/** Where a change can have an effect: a region (and everything below it), or everywhere. */
export interface ChangeScope {
  regionCode: string | null;
}

export interface ChangePreview {
  /** Active fee schedules compared. */
  total: number;
  /** Not flagged now, flagged with the change. */
  newlyFlagged: PreviewRow[];
  /** Flagged now, not with the change. */
  cleared: PreviewRow[];
  /** Flagged both ways, but for a different set of rules or severities, or a flag saying something else. */
  changed: PreviewRow[];
  scope: ChangeScope;
}

/** Rows a page lists per kind; the counts stay complete. */
export const PREVIEW_LIST_LIMIT = 200;

/**
 * A preview as a page lists it: complete counts, at most PREVIEW_LIST_LIMIT
 * rows per list. `counts` when the lists were narrowed (a rule version's
 * counts are national, its lists the actor's region).
 */
export function previewLists(
  preview: Pick<ChangePreview, "total" | "newlyFlagged" | "cleared" | "changed">,
  counts: Record<"newlyFlagged" | "cleared" | "changed", number> = {
    newlyFlagged: preview.newlyFlagged.length,
    cleared: preview.cleared.length,
    changed: preview.changed.length,
  },
) {
  const list = (count: number, rows: PreviewRow[]) => ({ count, rows: rows.slice(0, PREVIEW_LIST_LIMIT) });
  return {
    total: preview.total,
    newlyFlagged: list(counts.newlyFlagged, preview.newlyFlagged),
    cleared: list(counts.cleared, preview.cleared),
    changed: list(counts.changed, preview.changed),
  };
}

export class DraftChangeNotFoundError extends Error {
  constructor(change: DraftChange) {
    super(`draft change not found: ${JSON.stringify(change)}`);
    this.name = "DraftChangeNotFoundError";
  }
}

/**
 * The region a change is confined to: its preview's and its re-evaluation
 * run's scope (the same function, so the preview's count is the run's
 * total). Guidance prices and parameter overlays apply down the region tree
 * (province → city → district), so only kindergartens under the batch's or
 * set's region can change; a rule version applies everywhere.
 */
export async function changeScope(db: DB, change: DraftChange): Promise<ChangeScope> {
  if (change.kind === "rule_version") return { regionCode: null };
  const row =
    change.kind === "guidance_batch"
      ? await db.selectFrom("guidance_price_batches").select("region_code").where("id", "=", change.batchId).executeTakeFirst()
      : await db.selectFrom("rule_parameter_sets").select("region_code").where("id", "=", change.setId).executeTakeFirst();
  if (!row) throw new DraftChangeNotFoundError(change);
  return { regionCode: row.region_code };
}

/**
 * A value as text that does not depend on the order of object keys or of list elements: the evidence lists items in
 * the order the filing does, and the same items in another order say the same.
 */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).sort().join(",")}]`;
  if (value !== null && typeof value === "object") {
    const record = value as Record<string, unknown>;
    return `{${Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(record[key])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * What a flag's explanation says beyond its rule, version and severity, as a short digest: the evidence (the items over
 * the cap, each with its cap and amount over …), each condition's fact, threshold and result, and the params it ran
 * with. The version's own words (title, message, legal basis) are left out: a new version that judges alike is not a
 * change for the officer.
 */
export function explanationDigest(outcome: Pick<RuleOutcome, "details" | "conditions" | "params">): string {
  const conditions = outcome.conditions.map((c) => ({
    name: c.name,
    fact: c.fact,
    path: c.path,
    operator: c.operator,
    value: c.value,
    factResult: c.factResult,
    result: c.result,
    skipped: c.skipped === true,
  }));
  const text = canonical({ details: outcome.details, conditions, params: outcome.params });
  return createHash("sha256").update(text).digest("base64url").slice(0, 16);
}

function flagsOf(outcomes: readonly RuleOutcome[]): PreviewFlag[] {
  return caseWorthy(outcomes)
    .map((o) => ({ ruleId: o.ruleId, version: o.version, severity: o.severity!, evidence: explanationDigest(o) }))
    .sort((a, b) => (a.ruleId === b.ruleId ? a.version - b.version : a.ruleId < b.ruleId ? -1 : 1));
}

const flagKey = (f: PreviewFlag) => `${f.ruleId}:${f.severity}:${f.evidence ?? ""}`;

/**
 * Same rules at the same severities, saying the same (`evidence`): a flag whose amount over the cap or whose items
 * changed is a change though its colour is not. The version alone does not make a difference to the officer.
 */
export function sameFlags(a: readonly PreviewFlag[], b: readonly PreviewFlag[]): boolean {
  const key = (flags: readonly PreviewFlag[]) => [...new Set(flags.map(flagKey))].sort().join(",");
  return key(a) === key(b);
}

/** The `after` flags, those that flag at the same severity as before but say something else marked `explanationChanged`. */
export function markChangedExplanations(before: readonly PreviewFlag[], after: readonly PreviewFlag[]): PreviewFlag[] {
  const beforeKeys = new Set(before.map(flagKey));
  return after.map((f) => {
    const sameColour = before.some((b) => b.ruleId === f.ruleId && b.severity === f.severity);
    return sameColour && !beforeKeys.has(flagKey(f)) ? { ...f, explanationChanged: true as const } : f;
  });
}

export type PreviewKind = "newlyFlagged" | "cleared" | "changed" | "unchanged";

export function classify(before: readonly PreviewFlag[], after: readonly PreviewFlag[]): PreviewKind {
  if (before.length === 0) return after.length === 0 ? "unchanged" : "newlyFlagged";
  if (after.length === 0) return "cleared";
  return sameFlags(before, after) ? "unchanged" : "changed";
}

export async function previewChange(args: {
  db: DB;
  rules: RulesRuntime;
  change: DraftChange;
  batchSize?: number;
}): Promise<ChangePreview> {
  const { db, rules, change } = args;
  const batchSize = args.batchSize ?? DEFAULT_PREVIEW_BATCH;
  const scope = await changeScope(db, change);
  const [beforeState, afterState] = await Promise.all([
    loadRulesState(db, rules.library),
    loadRulesState(db, rules.library, change),
  ]);
  const ctx = { db, rules };
  const preview: ChangePreview = { total: 0, newlyFlagged: [], cleared: [], changed: [], scope };

  let cursor: string | null = null;
  for (;;) {
    const page = await listActiveFilingRows(db, {
      afterKindergartenId: cursor,
      limit: batchSize,
      regionCode: scope.regionCode,
    });
    if (page.length === 0) break;
    const ids = page.map((r) => r.filingId);
    const [before, after] = await Promise.all([
      computeEvaluations(ctx, ids, { state: beforeState }),
      computeEvaluations(ctx, ids, { draft: change, state: afterState }),
    ]);
    const afterById = new Map(after.map((e) => [e.facts.filing.id, e]));
    for (const b of before) {
      const a = afterById.get(b.facts.filing.id);
      if (!a) continue;
      preview.total += 1;
      const beforeFlags = flagsOf(b.outcomes);
      const afterFlags = flagsOf(a.outcomes);
      const kind = classify(beforeFlags, afterFlags);
      if (kind !== "unchanged") preview[kind].push(toRow(b, beforeFlags, kind === "changed" ? markChangedExplanations(beforeFlags, afterFlags) : afterFlags));
    }
    if (page.length < batchSize) break;
    cursor = page[page.length - 1].kindergartenId;
  }

  const listed = [...preview.newlyFlagged, ...preview.cleared, ...preview.changed];
  const codes = [...new Set(listed.map((r) => r.regionCode))];
  if (codes.length > 0) {
    const names = new Map(
      (await db.selectFrom("regions").select(["code", "name"]).where("code", "in", codes).execute()).map((r) => [r.code, r.name]),
    );
    for (const row of listed) row.regionName = names.get(row.regionCode);
  }
  const order = (x: PreviewRow, y: PreviewRow) =>
    x.regionCode === y.regionCode ? x.kindergartenName.localeCompare(y.kindergartenName, "zh-CN") : x.regionCode < y.regionCode ? -1 : 1;
  preview.newlyFlagged.sort(order);
  preview.cleared.sort(order);
  preview.changed.sort(order);
  return preview;
}

function toRow(evaluation: FilingEvaluation, before: PreviewFlag[], after: PreviewFlag[]): PreviewRow {
  const { kindergarten, filing } = evaluation.facts;
  return {
    filingId: filing.id,
    kindergartenId: kindergarten.id,
    kindergartenName: kindergarten.approvedName,
    regionCode: kindergarten.regionCode,
    before,
    after,
  };
}
