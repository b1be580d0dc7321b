/**
 * Drawing a 双随机 spot check (随机抽取检查对象，随机选派执法检查人员). Owns:
 * - who draws: a lead of a market or education office (draw:spot-check:region),
 *   from a region within their own; the inspectors are their agency's officers;
 * - the inputs, read in the draw's transaction: the pool (active
 *   kindergartens of the region, less those the agency is inspecting
 *   already: an open spot-check case of one of its draws; they are recorded
 *   in the inputs as left out), the officers (active, of the agency, whose
 *   region contains or covers the draw's region, of the lead's own office or
 *   one below it), who had a case of each
 *   kindergarten (assigned to it at any time, or took a step on it:
 *   pastCaseOfficers) and the conflicts: those declared, and the drawing lead
 *   themself when among the officers (one does not send oneself to inspect
 *   what one drew: recorded in the inputs' conflicts, so the record re-runs);
 * - refusals before anything is drawn, none of them depending on the seed
 *   (so that a lead cannot redraw until a result suits): more asked for than
 *   the pool or a stratum holds, a kindergarten that could be drawn without
 *   two eligible inspectors, or a repeat without its reason (the agency drew
 *   an overlapping region, the same, an ancestor or a descendant, within
 *   REDRAW_WINDOW_DAYS: the reason is stored and published with the list);
 * - one transaction: the draw (seed, canonical inputs, their SHA-256, the
 *   reason for a repeat), its picks, a spot-check case per pick
 *   (cases/spot-check-cases.server.ts), the exclusions with their reasons,
 *   the audit row; once per submission key (a replay answers with the first
 *   draw, before any of these checks). The agency's draws are serialised
 *   (an advisory lock on Postgres; SQLite has one writer), so two draws at
 *   the same moment cannot both miss each other's cases or date.
 */
import { randomBytes } from "node:crypto";
import type { Transaction } from "kysely";
import type { DB } from "~/db/client";
import { lockFor } from "~/db/locks";
import type { Agency, Database, KindergartenNature } from "~/db/schema";
import { recordAudit } from "~/domain/audit/audit.server";
import { openSpotCheckCases } from "~/domain/cases/spot-check-cases.server";
import { scanPersonalData } from "~/domain/personal-data/personal-data-gate";
import { coversRegion, regionAndAncestors, regionCodeBounds, regionPrefix, type RegionScope } from "~/domain/regions/region-scope";
import { addFieldError, fail, hasErrors, invalid, issuesToFieldErrors, message, type FieldErrors, type Message, type Result } from "~/domain/result";
import { submissionClaim, submitOnce, type Replayable } from "~/domain/submissions/submission.service.server";
import { hasPermission, type Actor } from "~/domain/users/actor";
import { addDays } from "~/utils/civil-date";
import { newId } from "~/utils/ids";
import { shanghaiDate, shanghaiDayStart } from "~/utils/working-days";
import {
  canonicalInputs,
  DRAW_ALGORITHM,
  eligibleInspectors,
  runDraw,
  sha256Hex,
  strataOf,
  stratumCounts,
  type DrawInputs,
} from "./spot-check-draw.server";
import { DRAW_MAX_COUNT, drawInput, INSPECTORS_PER_CHECK, NATURE_ORDER, reasonField, REDRAW_WINDOW_DAYS, type DrawInput } from "./spot-check.schema";

/** Kindergartens named in the "too few inspectors" message; the rest are counted. */
const NAMED_SHORT = 5;

/** Where the actor may draw: their own region and below, for a lead of an agency that inspects; else nowhere. */
export function drawScope(actor: Actor): RegionScope {
  if (!hasPermission(actor, "draw:spot-check:region") || !actor.regionCode || !actor.agency) return { kind: "none" };
  return { kind: "region", regionCode: actor.regionCode };
}

/**
 * The active officers of an agency who may inspect somewhere in `regionCode`: its own, below it, or above it, but
 * only those of the drawing lead's own office and the offices below it (a district's lead does not send the city's
 * officers, nor the city's lead).
 */
export function officersAround(db: DB | Transaction<Database>, agency: Agency, regionCode: string, drawerRegion: string) {
  return db
    .selectFrom("users")
    .select(["id", "region_code", "display_name"])
    .where("role", "=", "officer")
    .where("active", "=", 1)
    .where("agency", "=", agency)
    .where("region_code", "like", `${regionPrefix(drawerRegion)}%`)
    .where((eb) => eb.or([eb("region_code", "like", `${regionPrefix(regionCode)}%`), eb("region_code", "in", regionAndAncestors(regionCode))]))
    .orderBy("id")
    .execute();
}

/** Form-level checks that need no database: the numbers the chosen stratification needs, a reason per exclusion. */
function checkNumbers(input: DrawInput): FieldErrors {
  const errors: FieldErrors = {};
  if (input.stratify === "per_nature") {
    const total = NATURE_ORDER.reduce((sum, n) => sum + (input.perNature[n] ?? 0), 0);
    if (total === 0) addFieldError(errors, `perNature.${NATURE_ORDER[0]}`, message("spotChecks.perNature.none"));
    if (total > DRAW_MAX_COUNT) addFieldError(errors, `perNature.${NATURE_ORDER[0]}`, message("spotChecks.count.tooMany"));
  } else if (input.count === undefined) {
    addFieldError(errors, "count", message("spotChecks.count.required"));
  } else if (input.count === 0) {
    addFieldError(errors, "count", message("spotChecks.count.atLeastOne"));
  }
  for (const id of input.excluded) {
    if (!input.reasons[id]) addFieldError(errors, reasonField(id), message("spotChecks.reason.required"));
  }
  return errors;
}

/** What the refusals' messages need besides the inputs: the names of the area's kindergartens and their natures. */
interface AreaFacts {
  names: Map<string, string>;
  natures: Map<string, KindergartenNature>;
}

async function readInputs(trx: Transaction<Database>, input: DrawInput, agency: Agency, drawer: { id: string; regionCode: string }): Promise<DrawInputs & AreaFacts> {
  const prefix = regionPrefix(input.regionCode);
  const area = await trx
    .selectFrom("kindergartens")
    .select(["id", "nature", "region_code", "name_in_use"])
    .where("region_code", "like", `${prefix}%`)
    .where("status", "=", "active")
    .orderBy("id")
    .execute();
  const busy = new Set(await underInspection(trx, agency, prefix));
  const poolById = new Map(area.filter((k) => !busy.has(k.id)).map((k) => [k.id, k]));
  const officerRegions = new Map((await officersAround(trx, agency, input.regionCode, drawer.regionCode)).map((o) => [o.id, o.region_code!]));
  const pastByKindergarten = new Map<string, Set<string>>();
  for (const { kindergartenId, officerId } of await pastCaseOfficers(trx, prefix)) {
    if (!poolById.has(kindergartenId)) continue; // not in the pool: its officers change nothing
    if (!officerRegions.has(officerId)) continue; // not a possible inspector anyway
    const set = pastByKindergarten.get(kindergartenId) ?? new Set<string>();
    pastByKindergarten.set(kindergartenId, set.add(officerId));
  }
  const sortedIds = (ids: Iterable<string>) => [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    algorithm: DRAW_ALGORITHM,
    regionCode: input.regionCode,
    agency,
    stratify: input.stratify,
    count: input.stratify === "per_nature" ? null : (input.count ?? 0),
    perNature: input.stratify === "per_nature" ? (Object.fromEntries(NATURE_ORDER.map((n) => [n, input.perNature[n] ?? 0])) as Record<KindergartenNature, number>) : null,
    // Sorted here in JavaScript's code-unit order, which the algorithm states, whatever the database's collation.
    kindergartens: sortedIds(poolById.keys()).map((id) => ({ id, nature: poolById.get(id)!.nature, regionCode: poolById.get(id)!.region_code })),
    underInspection: sortedIds(busy),
    officers: sortedIds(officerRegions.keys()).map((id) => ({ id, regionCode: officerRegions.get(id)! })),
    pastCases: sortedIds(pastByKindergarten.keys()).map((id) => ({ kindergartenId: id, officerIds: sortedIds(pastByKindergarten.get(id)!) })),
    // The drawer is a conflict of every draw of theirs, beside those declared: as a conflict the algorithm already
    // leaves them out (step 6), so a verifier of spot-check-draw/v1 re-runs the record unchanged.
    conflicts: sortedIds(new Set(officerRegions.has(drawer.id) ? [...input.excluded, drawer.id] : input.excluded)),
    names: new Map(area.map((k) => [k.id, k.name_in_use])),
    natures: new Map(area.map((k) => [k.id, k.nature])),
  };
}

/**
 * The active kindergartens of the region the agency is inspecting already: an open (not closed) spot-check case
 * opened by one of the agency's draws, whichever region that draw covered. Another agency's cases do not count.
 */
async function underInspection(trx: Transaction<Database>, agency: Agency, prefix: string): Promise<string[]> {
  const rows = await trx
    .selectFrom("spot_check_picks as p")
    .innerJoin("spot_check_draws as d", "d.id", "p.draw_id")
    .innerJoin("inspection_cases as c", "c.id", "p.case_id")
    .innerJoin("kindergartens as k", "k.id", "p.kindergarten_id")
    .select("p.kindergarten_id")
    .distinct()
    .where("d.agency", "=", agency)
    .where("c.source", "=", "spot_check")
    .where("c.status", "<>", "closed")
    .where("k.region_code", "like", `${prefix}%`)
    .where("k.status", "=", "active")
    .execute();
  return rows.map((r) => r.kindergarten_id);
}

/**
 * The first instant of the redraw window of a draw made on `drawnOn` (a Shanghai civil date): an earlier draw at or
 * after it, by the same agency over an overlapping region, makes this one a repeat. The midnight that starts day
 * drawnOn − (REDRAW_WINDOW_DAYS − 1), not the instant 30 × 24 hours before: a draw's time of day does not move its
 * window (spot-check.schema.ts, REDRAW_WINDOW_DAYS).
 */
export function redrawWindowStart(drawnOn: string): string {
  return shanghaiDayStart(addDays(drawnOn, -(REDRAW_WINDOW_DAYS - 1)));
}


/**
 * The agency's latest draw over a region overlapping this one (the same, an ancestor or a descendant) drawn on or
 * after `since` (a redrawWindowStart), and before the draw `before` when given, or undefined. The rule a new draw is
 * judged by (one found: it is a repeat and needs its reason), and the list's mark of a draw that repeated another.
 */
export function latestOverlappingDraw(db: DB | Transaction<Database>, o: { agency: Agency; regionCode: string; since: string; before?: string }) {
  let query = db
    .selectFrom("spot_check_draws")
    .select(["id", "region_code", "drawn_at"])
    .where("agency", "=", o.agency)
    .where("drawn_at", ">=", o.since)
    // The region and what lies within it as a range (not LIKE), so SQLite reads both sides along spot_check_draws_region.
    .where((eb) => {
      const bounds = regionCodeBounds(o.regionCode);
      const within = "equals" in bounds ? eb("region_code", "=", bounds.equals) : eb.and([eb("region_code", ">=", bounds.from), eb("region_code", "<", bounds.before)]);
      return eb.or([within, eb("region_code", "in", regionAndAncestors(o.regionCode))]);
    });
  if (o.before !== undefined) query = query.where("id", "<", o.before);
  return query.orderBy("drawn_at", "desc").orderBy("id", "desc").limit(1).executeTakeFirst();
}

/**
 * Every officer who had a case of a kindergarten of the region: its assignee
 * now, whoever it was assigned to before (the assignment events), whoever
 * decided it or took any step on it (the events' actors). A case reassigned
 * after its inspection still counts for the first inspector.
 */
async function pastCaseOfficers(trx: Transaction<Database>, prefix: string): Promise<Array<{ kindergartenId: string; officerId: string }>> {
  const cases = trx
    .selectFrom("inspection_cases as c")
    .innerJoin("kindergartens as k", "k.id", "c.kindergarten_id")
    .where("k.region_code", "like", `${prefix}%`)
    .where("k.status", "=", "active");
  const [current, events] = await Promise.all([
    cases.select(["c.kindergarten_id", "c.assigned_to", "c.decided_by"]).where((eb) => eb.or([eb("c.assigned_to", "is not", null), eb("c.decided_by", "is not", null)])).execute(),
    cases.innerJoin("case_events as e", "e.case_id", "c.id").select(["c.kindergarten_id", "e.kind", "e.actor_id", "e.payload"]).execute(),
  ]);
  const out: Array<{ kindergartenId: string; officerId: string }> = [];
  const add = (kindergartenId: string, officerId: unknown) => {
    if (typeof officerId === "string" && officerId !== "") out.push({ kindergartenId, officerId });
  };
  for (const row of current) {
    add(row.kindergarten_id, row.assigned_to);
    add(row.kindergarten_id, row.decided_by);
  }
  for (const row of events) {
    // Opening a case (a draw, a rule, a complaint) is not working it; the lead who drew is a conflict of the draw anyway.
    if (row.kind !== "opened") add(row.kindergarten_id, row.actor_id);
    if (row.kind === "assigned" || row.kind === "reassigned") add(row.kindergarten_id, (JSON.parse(row.payload) as { assignee?: unknown }).assignee);
  }
  return out;
}

/**
 * Why these inputs cannot be drawn from, whatever the seed: field errors and form errors. `declared`: conflicts the
 * lead declared (the drawer's own is none: withdrawing it is no advice to give).
 */
function refusalsOf(inputs: DrawInputs, { names, natures }: AreaFacts, declared: number): { fieldErrors: FieldErrors; formErrors: Message[] } {
  const fieldErrors: FieldErrors = {};
  const formErrors: Message[] = [];
  const strata = strataOf(inputs);
  const counts = stratumCounts(inputs, strata);
  // The kindergartens left out as under inspection, counted where a number is refused (the pool looks short otherwise).
  const busy = inputs.underInspection ?? [];
  if (inputs.stratify !== "per_nature" && (inputs.count ?? 0) > inputs.kindergartens.length) {
    const vars = { count: inputs.count ?? 0, pool: inputs.kindergartens.length };
    addFieldError(fieldErrors, "count", busy.length > 0 ? message("spotChecks.count.morethanPoolBusy", { ...vars, busy: busy.length }) : message("spotChecks.count.morethanPool", vars));
  } else {
    strata.forEach((s, i) => {
      if (counts[i] <= s.ids.length) return;
      const vars = { count: counts[i], size: s.ids.length };
      const busyHere = busy.filter((id) => s.name === "all" || natures.get(id) === s.name).length;
      addFieldError(fieldErrors, `perNature.${s.name}`, busyHere > 0 ? message("spotChecks.perNature.morethanStratumBusy", { ...vars, busy: busyHere }) : message("spotChecks.perNature.morethanStratum", vars));
    });
  }
  // Every kindergarten that may be drawn, not only those this seed would draw.
  const drawable = strata.filter((_, i) => counts[i] > 0).flatMap((s) => s.ids);
  const regionOf = new Map(inputs.kindergartens.map((k) => [k.id, k.regionCode]));
  const short = drawable.filter((id) => eligibleInspectors(inputs, { id, regionCode: regionOf.get(id)! }).length < INSPECTORS_PER_CHECK);
  if (short.length > 0) {
    formErrors.push(
      // Withdrawing a declared conflict is advice only where there is one: the usual cause is past cases.
      message(declared > 0 ? "spotChecks.inspectors.tooFewWithConflicts" : "spotChecks.inspectors.tooFew", {
        count: short.length,
        names: short.slice(0, NAMED_SHORT).map((id) => names.get(id) ?? id).join("、") + (short.length > NAMED_SHORT ? "…" : ""),
      }),
    );
  }
  return { fieldErrors, formErrors };
}

export type DrawResult = Result<Replayable<{ drawId: string }>>;

export async function drawSpotCheck(args: {
  db: DB;
  actor: Actor;
  input: unknown;
  submissionKey: unknown;
  now?: Date;
  requestId?: string | null;
}): Promise<DrawResult> {
  const { db, actor } = args;
  const now = args.now ?? new Date();
  const scope = drawScope(actor);
  if (scope.kind === "none") return fail("forbidden", "spotChecks.forbidden");
  const claimed = submissionClaim({ actorId: actor.id, form: "spot_check_draw", key: args.submissionKey, content: args.input });
  if (!claimed.ok) return claimed;
  const parsed = drawInput.safeParse(args.input);
  if (!parsed.success) return invalid(issuesToFieldErrors(parsed.error.issues));
  const input = parsed.data;
  const numbers = checkNumbers(input);
  if (hasErrors(numbers)) return invalid(numbers);
  if (!coversRegion(scope, input.regionCode)) return invalid({ regionCode: [message("spotChecks.region.outOfScope")] });
  const agency = actor.agency!;

  return submitOnce<{ drawId: string }>(db, claimed.claim, async (trx) => {
    // One draw of the agency at a time: the next one reads this one's cases and date.
    await lockFor(trx, `spot_check_draw:${agency}`);
    const region = await trx.selectFrom("regions").select("code").where("code", "=", input.regionCode).executeTakeFirst();
    if (!region) return invalid({ regionCode: [message("spotChecks.region.outOfScope")] });
    const { names, natures, ...inputs } = await readInputs(trx, input, agency, { id: actor.id, regionCode: actor.regionCode! });
    const known = new Set(inputs.officers.map((o) => o.id));
    if (input.excluded.some((id) => !known.has(id))) return invalid({ excluded: [message("spotChecks.excluded.unknown")] });
    const refused = refusalsOf(inputs, { names, natures }, input.excluded.filter((id) => id !== actor.id).length);
    const repeatOf = await latestOverlappingDraw(trx, { agency, regionCode: input.regionCode, since: redrawWindowStart(shanghaiDate(now)) });
    // Only a repeat keeps its reason: a draw that repeats nothing has none to publish.
    const redrawReason = repeatOf ? input.redrawReason : "";
    if (repeatOf && redrawReason === "") {
      addFieldError(refused.fieldErrors, "redrawReason", message("spotChecks.redrawReason.required", { days: REDRAW_WINDOW_DAYS, drawId: repeatOf.id }));
    }
    // Published with the list: the personal-data gate of public texts (personal-data/personal-data-gate.ts) applies.
    const personal = scanPersonalData(redrawReason);
    if (personal.length > 0) {
      addFieldError(refused.fieldErrors, "redrawReason", message("spotChecks.redrawReason.personalData", { found: personal.map((hit) => hit.text).join("、") }));
    }
    if (hasErrors(refused.fieldErrors) || refused.formErrors.length > 0) return invalid(refused.fieldErrors, refused.formErrors);

    const seed = input.seed || randomBytes(32).toString("hex");
    const picks = runDraw(seed, inputs);
    const text = canonicalInputs(inputs);
    const drawId = newId();
    const at = now.toISOString();
    const requested = inputs.count ?? NATURE_ORDER.reduce((sum, n) => sum + (inputs.perNature?.[n] ?? 0), 0);
    await trx
      .insertInto("spot_check_draws")
      .values({
        id: drawId,
        region_code: input.regionCode,
        agency,
        stratify: input.stratify,
        requested_count: requested,
        algorithm: DRAW_ALGORITHM,
        seed,
        seed_given: input.seed ? 1 : 0,
        inputs: text,
        inputs_sha256: sha256Hex(text),
        pool_size: inputs.kindergartens.length,
        drawn_by: actor.id,
        drawn_at: at,
        redraw_reason: redrawReason || null,
      })
      .execute();
    const regionOf = new Map(inputs.kindergartens.map((k) => [k.id, k.regionCode]));
    const caseIds = await openSpotCheckCases(
      trx,
      { drawId, actorId: actor.id, checks: picks.map((p) => ({ kindergartenId: p.kindergartenId, regionCode: regionOf.get(p.kindergartenId)!, inspectors: p.inspectors })) },
      now,
    );
    await trx
      .insertInto("spot_check_picks")
      .values(
        picks.map((p, i) => ({
          draw_id: drawId,
          position: i + 1,
          kindergarten_id: p.kindergartenId,
          stratum: p.stratum,
          first_inspector_id: p.inspectors[0],
          second_inspector_id: p.inspectors[1],
          case_id: caseIds[i],
        })),
      )
      .execute();
    if (input.excluded.length > 0) {
      await trx
        .insertInto("spot_check_exclusions")
        .values(input.excluded.map((id) => ({ draw_id: drawId, officer_id: id, reason: input.reasons[id] })))
        .execute();
    }
    await recordAudit(
      trx,
      {
        actorId: actor.id,
        action: "spot_check.draw",
        entity: "spot_check_draw",
        entityId: drawId,
        detail: {
          regionCode: input.regionCode,
          stratify: input.stratify,
          requested,
          seedGiven: Boolean(input.seed),
          inputsSha256: sha256Hex(text),
          kindergartens: picks.length,
          excluded: input.excluded.length,
          underInspection: inputs.underInspection?.length ?? 0,
          ...(repeatOf ? { redrawOf: repeatOf.id, redrawReason } : {}),
        },
        requestId: args.requestId,
      },
      now,
    );
    return { ok: true, drawId };
  });
}
