/**
 * Which of a kindergarten's filed fee schedules the public sees as in force
 * and as announced next, and what each version changed. Pure: the page, the
 * open data and the tests use it alike.
 *
 * A filing is public once its publication date has come (published_on ≤
 * today). Versions only grow, and a new version always takes effect after
 * the day it is filed, so the schedule in force is the highest version whose
 * effective date has come, and it stays in force until a higher version's
 * does. The next one is the soonest of the later versions still to take
 * effect (on a tie, the highest: a correction before the date).
 */

export interface FiledSchedule<Item extends ScheduleItem = ScheduleItem> {
  version: number;
  effective_from: string;
  published_on: string;
  items: Item[];
}

export interface ScheduleItem {
  code: string;
  age_band: string;
  name: string;
  /** The catalogue's English name of the item's code (the filed name is the Chinese one). */
  name_en: string;
  category: string;
  amount_fen: number;
  unit: string;
}

/** The public filings (published by `today`), the one in force on `today` and the next announced one. */
export function schedulesOnDate<S extends FiledSchedule>(filings: readonly S[], today: string): { announced: S[]; inForce: S | null; next: S | null } {
  const announced = filings.filter((f) => f.published_on <= today).sort((a, b) => a.version - b.version);
  let inForce: S | null = null;
  for (const f of announced) if (f.effective_from <= today && (!inForce || f.version > inForce.version)) inForce = f;
  let next: S | null = null;
  for (const f of announced) {
    if (f.effective_from <= today || (inForce && f.version < inForce.version)) continue;
    if (!next || f.effective_from < next.effective_from || (f.effective_from === next.effective_from && f.version > next.version)) next = f;
  }
  return { announced, inForce, next };
}

/**
 * What each announced version replaced and whether it was itself replaced before it took effect. A version
 * replaces the schedule that was in force the day before it takes effect: of the versions before it, the highest
 * taking effect earlier (so a correction filed for the same date is compared with the fees parents were paying,
 * not with the version it corrects). A version is corrected when a later one takes effect on or before its date:
 * it never comes into force (schedulesOnDate).
 */
export function versionLineage<S extends DatedVersion>(announced: readonly S[]): Array<{ schedule: S; replaces: S | null; correctedBy: S | null }> {
  return announced.map((schedule, i) => {
    let replaces: S | null = null;
    for (const f of announced.slice(0, i)) if (f.effective_from < schedule.effective_from && (!replaces || f.version > replaces.version)) replaces = f;
    const correctedBy = announced.slice(i + 1).find((f) => f.effective_from <= schedule.effective_from) ?? null;
    return { schedule, replaces, correctedBy };
  });
}

/** What the lineage of versions reads of a filing: its number and the day its fees take effect. */
export type DatedVersion = Pick<FiledSchedule, "version" | "effective_from">;

/**
 * Where a version stands on a day: in force; coming (from its date); replaced by the version that came into force
 * after it (from that version's date); or never in force, corrected before its date by a later version.
 */
export type VersionStanding =
  | { state: "in_force" }
  | { state: "coming"; from: string }
  | { state: "replaced"; by: number; from: string }
  | { state: "never_in_force"; correctedBy: number };

/**
 * Each version's standing on `today`, read from versionLineage, so that the operator's list and the public history
 * cannot disagree: a corrected version never comes into force; a version whose date has come is replaced by the
 * uncorrected version that replaces it in the lineage (the one compared with it) once that one's date has come, and
 * is in force until then. It agrees with schedulesOnDate's `inForce`: a later version taking effect on or before a
 * version's date corrects it, so the uncorrected versions take effect in the order of their numbers.
 * Pass every version the reader may see (the operator: all of their own; the public: the announced ones).
 */
export function versionStandings<S extends DatedVersion>(versions: readonly S[], today: string): Array<{ schedule: S; standing: VersionStanding }> {
  const lineage = versionLineage([...versions].sort((a, b) => a.version - b.version));
  return lineage.map(({ schedule, correctedBy }) => {
    if (correctedBy) return { schedule, standing: { state: "never_in_force", correctedBy: correctedBy.version } };
    if (schedule.effective_from > today) return { schedule, standing: { state: "coming", from: schedule.effective_from } };
    const successor = lineage.find((l) => l.correctedBy === null && l.replaces === schedule && l.schedule.effective_from <= today);
    return {
      schedule,
      standing: successor ? { state: "replaced", by: successor.schedule.version, from: successor.schedule.effective_from } : { state: "in_force" },
    };
  });
}

/** One item's change from a version to the next: added (before null), removed (after null) or a new amount or unit. */
export interface ItemChange {
  name: string;
  name_en: string;
  category: string;
  age_band: string;
  before: { amount_fen: number; unit: string } | null;
  after: { amount_fen: number; unit: string } | null;
  /** Only when the unit stayed the same: the difference in fen and in percent of the old amount (one decimal). */
  delta_fen: number | null;
  delta_percent: number | null;
}

/**
 * What changed from `before` to `after`, item by item. An item is the same
 * item in both when its code and age band are (a filing has each pair once);
 * items whose amount and unit stayed are left out.
 */
export function scheduleChanges(before: readonly ScheduleItem[], after: readonly ScheduleItem[]): ItemChange[] {
  const key = (i: ScheduleItem) => `${i.code}|${i.age_band}`;
  const old = new Map(before.map((i) => [key(i), i]));
  const changes: ItemChange[] = [];
  for (const item of after) {
    const was = old.get(key(item));
    old.delete(key(item));
    if (was && was.amount_fen === item.amount_fen && was.unit === item.unit) continue;
    const comparable = was !== undefined && was.unit === item.unit;
    changes.push({
      name: item.name,
      name_en: item.name_en,
      category: item.category,
      age_band: item.age_band,
      before: was ? { amount_fen: was.amount_fen, unit: was.unit } : null,
      after: { amount_fen: item.amount_fen, unit: item.unit },
      delta_fen: comparable ? item.amount_fen - was.amount_fen : null,
      delta_percent: comparable && was.amount_fen > 0 ? Math.round(((item.amount_fen - was.amount_fen) / was.amount_fen) * 1000) / 10 : null,
    });
  }
  for (const was of old.values()) {
    changes.push({
      name: was.name,
      name_en: was.name_en,
      category: was.category,
      age_band: was.age_band,
      before: { amount_fen: was.amount_fen, unit: was.unit },
      after: null,
      delta_fen: null,
      delta_percent: null,
    });
  }
  return changes;
}
