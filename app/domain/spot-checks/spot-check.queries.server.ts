/**
 * What screens read of spot-check draws. Officers see a draw when its region
 * is theirs, below theirs or above theirs (a city's draw reaches the
 * district's kindergartens); any other draw is not found. The published list
 * (spotCheckPublication) names kindergartens only: never an officer.
 */
import type { DB } from "~/db/client";
import type { Agency, KindergartenNature } from "~/db/schema";
import { regionAndAncestors, regionPrefix, scopeFor, seesRegion, type RegionScope } from "~/domain/regions/region-scope";
import { listRegionsCovered } from "~/domain/regions/region.queries.server";
import type { Actor } from "~/domain/users/actor";
import { shanghaiDate } from "~/utils/working-days";
import { checkDraw, type DrawCheck, type DrawInputs, type DrawRecord } from "./spot-check-draw.server";
import { drawScope, latestOverlappingDraw, officersAround, redrawWindowStart } from "./spot-check.service.server";

/** Draws per page of the list. */
export const DRAWS_PAGE_SIZE = 50;

function readScope(actor: Actor): RegionScope {
  return scopeFor(actor, "read:case:any", "read:case:region");
}

/** Draws the scope sees: a draw's region within it or above it. */
function visibleDraws(db: DB, scope: RegionScope) {
  let query = db.selectFrom("spot_check_draws as d");
  if (scope.kind === "region") {
    const prefix = regionPrefix(scope.regionCode);
    query = query.where((eb) => eb.or([eb("d.region_code", "like", `${prefix}%`), eb("d.region_code", "in", regionAndAncestors(scope.regionCode))]));
  }
  return query;
}

/**
 * A draw that repeated an earlier one: the agency's latest draw over an overlapping region within the redraw
 * window before it (redrawWindowStart), when the reader may see that one too (null: another district's draw, or
 * none: a draw whose reason was asked under the earlier 24-hour reckoning), and the reason recorded with it.
 */
export interface DrawRepeat {
  of: { id: string; drawnAt: string } | null;
  /** 再次抽取原因 as published (it passed the personal-data gate); null for a repeat drawn before reasons were asked. */
  reason: string | null;
}

/**
 * Which draws of a page repeated an earlier draw within the window, by the rule the draw itself was refused by
 * (latestOverlappingDraw: same agency, overlapping region, Shanghai calendar days), or were drawn with a reason for
 * repeating. One bounded look-up per draw of the page (DRAWS_PAGE_SIZE at most), each along the agency's draws.
 */
async function repeatsOf(db: DB, scope: RegionScope, draws: ReadonlyArray<{ id: string; agency: Agency; region_code: string; drawn_at: string; redraw_reason: string | null }>) {
  const found = await Promise.all(
    draws.map((d) =>
      latestOverlappingDraw(db, { agency: d.agency, regionCode: d.region_code, since: redrawWindowStart(shanghaiDate(new Date(d.drawn_at))), before: d.id }),
    ),
  );
  const repeats = new Map<string, DrawRepeat>();
  draws.forEach((draw, i) => {
    const last = found[i];
    if (!last && draw.redraw_reason === null) return;
    repeats.set(draw.id, { of: last && seesRegion(scope, last.region_code) ? { id: last.id, drawnAt: last.drawn_at } : null, reason: draw.redraw_reason });
  });
  return repeats;
}

/** The draws in the actor's scope, newest first, each marked when it repeated an earlier one; `before` is the last id of the previous page. */
export async function listDraws(db: DB, actor: Actor, before: string | null) {
  const scope = readScope(actor);
  if (scope.kind === "none") return { draws: [], nextBefore: null, canDraw: false };
  let query = visibleDraws(db, scope)
    .innerJoin("regions as r", "r.code", "d.region_code")
    .innerJoin("users as u", "u.id", "d.drawn_by")
    .select((eb) => [
      "d.id",
      "d.region_code",
      "r.name as region_name",
      "d.agency",
      "d.stratify",
      "d.requested_count",
      "d.pool_size",
      "d.drawn_at",
      "d.redraw_reason",
      "u.display_name as drawn_by_name",
      eb.selectFrom("spot_check_picks as p").select((p) => p.fn.countAll<number>().as("n")).whereRef("p.draw_id", "=", "d.id").as("picks"),
    ]);
  // Ids are ULIDs made at the draw: their order is the order of drawing.
  if (before) query = query.where("d.id", "<", before);
  const rows = await query.orderBy("d.id", "desc").limit(DRAWS_PAGE_SIZE + 1).execute();
  const shown = rows.slice(0, DRAWS_PAGE_SIZE);
  const repeats = await repeatsOf(db, scope, shown);
  const page = shown.map((r) => ({ ...r, picks: Number(r.picks), repeat: repeats.get(r.id) ?? null }));
  return { draws: page, nextBefore: rows.length > DRAWS_PAGE_SIZE ? page[page.length - 1].id : null, canDraw: drawScope(actor).kind !== "none" };
}

async function visibleDraw(db: DB, actor: Actor, drawId: string) {
  const scope = readScope(actor);
  if (scope.kind === "none") return null;
  return visibleDraws(db, scope)
    .innerJoin("regions as r", "r.code", "d.region_code")
    .innerJoin("users as u", "u.id", "d.drawn_by")
    .selectAll("d")
    .select(["r.name as region_name", "u.display_name as drawn_by_name"])
    .where("d.id", "=", drawId)
    .executeTakeFirst();
}

function picksOf(db: DB, drawId: string) {
  return db
    .selectFrom("spot_check_picks as p")
    .innerJoin("kindergartens as k", "k.id", "p.kindergarten_id")
    .innerJoin("regions as r", "r.code", "k.region_code")
    .innerJoin("users as a", "a.id", "p.first_inspector_id")
    .innerJoin("users as b", "b.id", "p.second_inspector_id")
    .select([
      "p.position",
      "p.kindergarten_id",
      "p.stratum",
      "p.first_inspector_id",
      "p.second_inspector_id",
      "p.case_id",
      "k.name_in_use as kindergarten_name",
      "k.nature",
      "r.name as district_name",
      "a.display_name as first_inspector_name",
      "b.display_name as second_inspector_name",
    ])
    .where("p.draw_id", "=", drawId)
    .orderBy("p.position")
    .execute();
}

/**
 * A draw as its page shows it (seed, inputs hash, result, exclusions, the kindergartens left out of its pool as
 * under inspection: null for a draw made before they were), or null when the actor may not see it.
 */
export async function getDraw(db: DB, actor: Actor, drawId: string) {
  const draw = await visibleDraw(db, actor, drawId);
  if (!draw) return null;
  const { inputs, ...rest } = draw;
  const parsed = JSON.parse(inputs) as Pick<DrawInputs, "officers" | "underInspection" | "conflicts">;
  const leftOut = parsed.underInspection ?? null;
  const [picks, exclusions, publication, underInspection] = await Promise.all([
    picksOf(db, drawId),
    db
      .selectFrom("spot_check_exclusions as e")
      .innerJoin("users as u", "u.id", "e.officer_id")
      .select(["e.officer_id", "u.display_name", "e.reason"])
      .where("e.draw_id", "=", drawId)
      .orderBy("e.officer_id")
      .execute(),
    // The page shows the published list as the publication reads it.
    spotCheckPublication(db, drawId),
    leftOut && leftOut.length > 0
      ? db
          .selectFrom("kindergartens as k")
          .innerJoin("regions as r", "r.code", "k.region_code")
          .select(["k.id", "k.name_in_use as name", "r.name as district_name"])
          .where("k.id", "in", leftOut)
          .orderBy("k.id")
          .execute()
      : Promise.resolve([]),
  ]);
  return {
    draw: { ...rest, inputs_bytes: Buffer.byteLength(inputs, "utf8"), officer_count: parsed.officers.length },
    picks,
    exclusions,
    // The lead who drew, a conflict of their own draw (since 2026-12-04) unless they declared it with a reason too.
    drawerExcluded: parsed.conflicts.includes(rest.drawn_by) && !exclusions.some((e) => e.officer_id === rest.drawn_by),
    underInspection: leftOut && underInspection,
    publication: publication!,
  };
}

/** The record anyone can re-run the draw from (seed, inputs exactly as hashed, result), or null when not visible. */
export async function drawRecord(db: DB, actor: Actor, drawId: string): Promise<(DrawRecord & { drawId: string; algorithm: string }) | null> {
  const draw = await visibleDraw(db, actor, drawId);
  if (!draw) return null;
  const picks = await db
    .selectFrom("spot_check_picks")
    .select(["kindergarten_id", "stratum", "first_inspector_id", "second_inspector_id"])
    .where("draw_id", "=", drawId)
    .orderBy("position")
    .execute();
  return {
    drawId,
    algorithm: draw.algorithm,
    seed: draw.seed,
    inputs: draw.inputs,
    inputsSha256: draw.inputs_sha256,
    result: picks.map((p) => ({ kindergartenId: p.kindergarten_id, stratum: p.stratum, inspectors: [p.first_inspector_id, p.second_inspector_id] })),
  };
}

/** Re-runs a stored draw from its seed and stored inputs; null when the actor may not see it. */
export async function verifyDraw(db: DB, actor: Actor, drawId: string): Promise<Omit<DrawCheck, "rerun"> | null> {
  const record = await drawRecord(db, actor, drawId);
  if (!record) return null;
  const { rerun: _rerun, ...check } = checkDraw(record);
  return check;
}

/**
 * What the draw form offers a lead: the regions they may draw from and their agency's officers there (to declare
 * conflicts), less the lead, whom every draw of theirs leaves out.
 */
export async function drawFormOptions(db: DB, actor: Actor) {
  const scope = drawScope(actor);
  if (scope.kind !== "region") return null;
  const [regions, officers] = await Promise.all([listRegionsCovered(db, scope), officersAround(db, actor.agency!, scope.regionCode, scope.regionCode)]);
  const names = new Map(regions.map((r) => [r.code, r.name]));
  return {
    regions: regions.map((r) => ({ code: r.code, name: r.name })),
    officers: officers.filter((o) => o.id !== actor.id).map((o) => ({ id: o.id, name: o.display_name, regionName: names.get(o.region_code!) ?? o.region_code! })),
  };
}

export interface PublishedSpotCheck {
  drawId: string;
  regionCode: string;
  regionName: string;
  /** The civil day of the draw is for the page to word; this is the instant. */
  drawnAt: string;
  /** Why the lead drew again, for a repeat within REDRAW_WINDOW_DAYS of an overlapping draw; null otherwise. */
  redrawReason: string | null;
  kindergartens: { name: string; district: string; nature: KindergartenNature }[];
}

/**
 * The draw list as it is published (双随机一公开): the kindergartens drawn,
 * with district and nature, in draw order, and the reason for a repeated
 * draw. No officer, no seed: the public sees what was checked, the
 * inspectors stay internal. No actor: the publication decides when to show
 * it.
 */
/** Draws the public page lists at a time. */
export const PUBLISHED_DRAWS_PAGE = 10;

/**
 * The published draws, newest first, a page at a time (`before`: the last
 * draw's id of the page before): each with its kindergartens, as
 * spotCheckPublication shows one. Draws are few (a district draws a few
 * times a year), so the page reads them in order of their ids (ULIDs: the
 * order they were drawn in).
 */
export async function publishedSpotChecks(db: DB, before: string | null): Promise<{ draws: PublishedSpotCheck[]; next: string | null }> {
  let query = db.selectFrom("spot_check_draws").select("id").orderBy("id", "desc").limit(PUBLISHED_DRAWS_PAGE + 1);
  if (before) query = query.where("id", "<", before);
  const ids = await query.execute();
  const draws = await Promise.all(ids.slice(0, PUBLISHED_DRAWS_PAGE).map((d) => spotCheckPublication(db, d.id)));
  return { draws: draws.filter((d): d is PublishedSpotCheck => d !== null), next: ids.length > PUBLISHED_DRAWS_PAGE ? ids[PUBLISHED_DRAWS_PAGE - 1].id : null };
}

export async function spotCheckPublication(db: DB, drawId: string): Promise<PublishedSpotCheck | null> {
  const draw = await db
    .selectFrom("spot_check_draws as d")
    .innerJoin("regions as r", "r.code", "d.region_code")
    .select(["d.id", "d.region_code", "r.name as region_name", "d.drawn_at", "d.redraw_reason"])
    .where("d.id", "=", drawId)
    .executeTakeFirst();
  if (!draw) return null;
  const picks = await db
    .selectFrom("spot_check_picks as p")
    .innerJoin("kindergartens as k", "k.id", "p.kindergarten_id")
    .innerJoin("regions as r", "r.code", "k.region_code")
    .select(["k.name_in_use", "k.nature", "r.name as district"])
    .where("p.draw_id", "=", drawId)
    .orderBy("p.position")
    .execute();
  return {
    drawId: draw.id,
    regionCode: draw.region_code,
    regionName: draw.region_name,
    drawnAt: draw.drawn_at,
    redrawReason: draw.redraw_reason,
    kindergartens: picks.map((p) => ({ name: p.name_in_use, district: p.district, nature: p.nature })),
  };
}
