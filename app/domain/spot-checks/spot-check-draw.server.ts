/**
 * The 双随机 draw itself: pure, deterministic, and documented well enough to
 * be re-implemented elsewhere (README, "双随机一公开"). Given a seed and the
 * canonical inputs it always gives the same kindergartens and inspectors, so
 * anyone holding a draw's record (seed + inputs + result) can check it: the
 * verify action, `npm run spot-check:verify`, or their own program.
 *
 * Algorithm "spot-check-draw/v1":
 *
 * 1. Random integers. `uniform(label, n)` for 0 ≤ result < n: the label has a
 *    counter c starting at 0. Take h = HMAC-SHA256(key = the seed's bytes,
 *    message = UTF-8 "<label>:<c>"), c += 1, x = h's first 6 bytes as a
 *    big-endian unsigned integer (48 bits). If x < 2^48 − (2^48 mod n) the
 *    result is x mod n; otherwise draw again with the next c (rejection: no
 *    modulo bias).
 * 2. Sampling k of a list: a partial Fisher–Yates shuffle of a copy a: for
 *    i = 0 … k−1, j = i + uniform(label, len(a) − i), swap a[i] and a[j];
 *    the sample is a[0 … k−1], in that order.
 * 3. Strata. stratify "none": one stratum "all", the whole pool. Otherwise
 *    one stratum per nature, in the order public, inclusive_private,
 *    nonprofit_private, forprofit_private. Each stratum lists its
 *    kindergarten ids in ascending order (code-unit order, as the inputs).
 * 4. Numbers per stratum. "none": count. "per_nature": as given.
 *    "proportional": largest remainder (Hamilton) — stratum s of size m_s in
 *    a pool of M gets floor(count·m_s / M); the seats left go one each to
 *    the strata with the largest remainders (count·m_s mod M), ties to the
 *    earlier stratum. No randomness.
 * 5. Kindergartens: for each stratum in order, sample its number with label
 *    "kindergartens:<stratum>". The result lists them stratum by stratum, in
 *    sample order.
 * 6. Inspectors, for each drawn kindergarten: the officers (ascending id)
 *    whose region covers the kindergarten's (its code starts with the
 *    officer's significant prefix: 2 digits for a province, 4 for a city, 6
 *    for a district), less those in its pastCases entry and the conflicts (the
 *    declared ones and the drawing lead);
 *    sample 2 with label "inspectors:<kindergarten id>".
 */
import { createHash, createHmac } from "node:crypto";
import type { KindergartenNature, SpotCheckStratify } from "~/db/schema";
import { isWithinRegion } from "~/domain/regions/region-scope";
import { INSPECTORS_PER_CHECK, NATURE_ORDER } from "./spot-check.schema";

export const DRAW_ALGORITHM = "spot-check-draw/v1";

/** What a draw is computed from, as stored (canonicalInputs) and hashed. Keys in this order. */
export interface DrawInputs {
  algorithm: string;
  regionCode: string;
  agency: string;
  stratify: SpotCheckStratify;
  /** "none" and "proportional": how many kindergartens; "per_nature": null. */
  count: number | null;
  /** "per_nature": how many of each nature (every nature present); otherwise null. */
  perNature: Record<KindergartenNature, number> | null;
  /** The pool: active kindergartens of the region, ascending id, less those under inspection. */
  kindergartens: { id: string; nature: KindergartenNature; regionCode: string }[];
  /**
   * The active kindergartens of the region left out of the pool because the agency has an open spot-check case of
   * theirs (they are being inspected already), ascending id. Not read by the algorithm: recorded, and hashed, so the
   * record says why the pool lacks them. Absent in draws made before 2026-12-04, whose pool left none out.
   */
  underInspection?: string[];
  /** Active officers of the agency whose region contains or covers the draw's region, ascending id. */
  officers: { id: string; regionCode: string }[];
  /** Per kindergarten of the pool (ascending), the officers who had one of its cases (ascending); only non-empty ones. */
  pastCases: { kindergartenId: string; officerIds: string[] }[];
  /**
   * The officers in conflict, ascending: those the lead declared and, in draws made since 2026-12-04, the lead who
   * drew (when among the officers: nobody inspects a kindergarten of their own draw). Earlier draws' lists hold the
   * declared ones only, and re-run as they were drawn.
   */
  conflicts: string[];
}

export interface DrawPick {
  kindergartenId: string;
  stratum: string;
  inspectors: [string, string];
}

const TWO_48 = 2 ** 48;

/** A seeded source of uniform integers per label (step 1 above). */
export function randomSource(seedHex: string) {
  const key = Buffer.from(seedHex, "hex");
  const counters = new Map<string, number>();
  return function uniform(label: string, n: number): number {
    if (!Number.isSafeInteger(n) || n < 1 || n > TWO_48) throw new Error(`uniform: bad range ${n}`);
    const limit = TWO_48 - (TWO_48 % n);
    for (;;) {
      const c = counters.get(label) ?? 0;
      counters.set(label, c + 1);
      const x = createHmac("sha256", key).update(`${label}:${c}`, "utf8").digest().readUIntBE(0, 6);
      if (x < limit) return x % n;
    }
  };
}

/** k of `list` by a partial Fisher–Yates shuffle (step 2). */
function sample<T>(uniform: (label: string, n: number) => number, label: string, list: readonly T[], k: number): T[] {
  if (k > list.length) throw new Error(`sample: ${k} of ${list.length}`);
  const a = [...list];
  for (let i = 0; i < k; i++) {
    const j = i + uniform(label, a.length - i);
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a.slice(0, k);
}

export interface Stratum {
  name: string;
  ids: string[];
}

/** The pool divided as the draw samples it (step 3). */
export function strataOf(inputs: Pick<DrawInputs, "stratify" | "kindergartens">): Stratum[] {
  const ids = (nature?: KindergartenNature) => inputs.kindergartens.filter((k) => !nature || k.nature === nature).map((k) => k.id);
  if (inputs.stratify === "none") return [{ name: "all", ids: ids() }];
  return NATURE_ORDER.map((nature) => ({ name: nature, ids: ids(nature) }));
}

/** How many each stratum gives (step 4); may ask for more than a stratum holds (the caller refuses that). */
export function stratumCounts(inputs: Pick<DrawInputs, "stratify" | "count" | "perNature">, strata: readonly Stratum[]): number[] {
  if (inputs.stratify === "none") return [inputs.count ?? 0];
  if (inputs.stratify === "per_nature") return strata.map((s) => inputs.perNature?.[s.name as KindergartenNature] ?? 0);
  const count = inputs.count ?? 0;
  const total = strata.reduce((sum, s) => sum + s.ids.length, 0);
  if (total === 0) return strata.map(() => 0);
  const counts = strata.map((s) => Math.floor((count * s.ids.length) / total));
  const left = count - counts.reduce((a, b) => a + b, 0);
  const byRemainder = strata
    .map((s, index) => ({ index, remainder: (count * s.ids.length) % total }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (let i = 0; i < left; i++) counts[byRemainder[i].index] += 1;
  return counts;
}

/** The officers who may inspect a kindergarten (step 6), ascending id. */
export function eligibleInspectors(inputs: Pick<DrawInputs, "officers" | "pastCases" | "conflicts">, kindergarten: { id: string; regionCode: string }): string[] {
  const past = new Set(inputs.pastCases.find((p) => p.kindergartenId === kindergarten.id)?.officerIds ?? []);
  const conflicts = new Set(inputs.conflicts);
  return inputs.officers.filter((o) => isWithinRegion(o.regionCode, kindergarten.regionCode) && !past.has(o.id) && !conflicts.has(o.id)).map((o) => o.id);
}

/**
 * The draw. The caller has checked that every stratum holds its number and
 * every kindergarten that may be drawn has two eligible inspectors.
 */
export function runDraw(seedHex: string, inputs: DrawInputs): DrawPick[] {
  const uniform = randomSource(seedHex);
  const strata = strataOf(inputs);
  const counts = stratumCounts(inputs, strata);
  const regionOf = new Map(inputs.kindergartens.map((k) => [k.id, k.regionCode]));
  return strata.flatMap((stratum, s) =>
    sample(uniform, `kindergartens:${stratum.name}`, stratum.ids, counts[s]).map((id) => {
      const eligible = eligibleInspectors(inputs, { id, regionCode: regionOf.get(id)! });
      const [first, second] = sample(uniform, `inspectors:${id}`, eligible, INSPECTORS_PER_CHECK);
      return { kindergartenId: id, stratum: stratum.name, inspectors: [first, second] as [string, string] };
    }),
  );
}

/** The inputs as stored and hashed: JSON without whitespace, keys in DrawInputs' order (an absent optional key is left out). */
export function canonicalInputs(inputs: DrawInputs): string {
  const ordered: DrawInputs = {
    algorithm: inputs.algorithm,
    regionCode: inputs.regionCode,
    agency: inputs.agency,
    stratify: inputs.stratify,
    count: inputs.count,
    perNature: inputs.perNature && Object.fromEntries(NATURE_ORDER.map((n) => [n, inputs.perNature![n]])) as DrawInputs["perNature"],
    kindergartens: inputs.kindergartens.map((k) => ({ id: k.id, nature: k.nature, regionCode: k.regionCode })),
    // Left out of the text when absent (JSON.stringify drops undefined), as in the records made before it existed.
    underInspection: inputs.underInspection && [...inputs.underInspection],
    officers: inputs.officers.map((o) => ({ id: o.id, regionCode: o.regionCode })),
    pastCases: inputs.pastCases.map((p) => ({ kindergartenId: p.kindergartenId, officerIds: p.officerIds })),
    conflicts: inputs.conflicts,
  };
  return JSON.stringify(ordered);
}

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** A draw's record as published for checking: re-run it and compare (the verify action and the script). */
export interface DrawRecord {
  seed: string;
  /** The canonical inputs text, exactly as hashed. */
  inputs: string;
  inputsSha256: string;
  result: DrawPick[];
}

export interface DrawCheck {
  algorithmKnown: boolean;
  inputsHashMatches: boolean;
  resultMatches: boolean;
  /** The result the re-run gave (empty when the algorithm is unknown). */
  rerun: DrawPick[];
}

/** Re-runs a draw from its record: does the hash fit the inputs, and the result the seed? */
export function checkDraw(record: DrawRecord): DrawCheck {
  const inputsHashMatches = sha256Hex(record.inputs) === record.inputsSha256;
  const inputs = JSON.parse(record.inputs) as DrawInputs;
  if (inputs.algorithm !== DRAW_ALGORITHM) return { algorithmKnown: false, inputsHashMatches, resultMatches: false, rerun: [] };
  let rerun: DrawPick[];
  try {
    rerun = runDraw(record.seed, inputs);
  } catch {
    // Inputs that cannot give this result at all (a stratum smaller than its number): altered since the draw.
    return { algorithmKnown: true, inputsHashMatches, resultMatches: false, rerun: [] };
  }
  return { algorithmKnown: true, inputsHashMatches, resultMatches: JSON.stringify(rerun) === JSON.stringify(record.result), rerun };
}
