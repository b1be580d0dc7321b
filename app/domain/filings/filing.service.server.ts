/**
 * Filing a fee schedule. Owns the invariants of a submitted filing: it
 * belongs to the actor's own kindergarten, every item is in the fee-item catalogue the
 * kindergarten's region allows, it takes effect in the future within its term,
 * and it is stored together with its items, the outbox row that triggers
 * evaluation, an audit entry and its submission key, in one transaction, or
 * not at all. A repeat of the same submission is answered with the filing
 * the first one stored.
 */
import { newId } from "~/utils/ids";
import type { DB } from "~/db/client";
import type { Transaction } from "kysely";
import type { Database, FeeItemType } from "~/db/schema";
import type { FilingFacts, RuleOutcome } from "~/rules/types";
import { shanghaiDate } from "~/utils/working-days";
import { recordAudit } from "~/domain/audit/audit.server";
import { enqueue } from "~/domain/outbox/outbox.server";
import type { Actor } from "~/domain/users/actor";
import { buildFilingFacts } from "./facts.server";
import { filingInputOn, itemMarksApply, type FilingInput } from "./filing.schema";
import { regionChain } from "~/domain/regions/region-scope";
import { addFieldError, fail, hasErrors, invalid, issuesToFieldErrors, message, type FieldErrors, type Result } from "~/domain/result";
import { submissionClaim, submitOnce, type Replayable } from "~/domain/submissions/submission.service.server";

/** `unchanged`: the form held what the latest version holds for its term, so that version answers and nothing is stored. */
export type SubmitFilingResult = Result<Replayable<{ filingId: string; unchanged: boolean }>>;

interface FilingRequest {
  db: DB;
  actor: Actor;
  /** The kindergarten the form claims to file for; must be the actor's own. */
  kindergartenId: string;
  input: unknown;
  now?: Date;
}

type Validated = Result<{ input: FilingInput; kindergartenId: string; itemTypes: Map<string, FeeItemType> }>;

/** Everything a filing must satisfy before it may be stored (or pre-checked). */
async function validateFiling(args: FilingRequest, now: Date): Promise<Validated> {
  const { db, actor } = args;
  if (actor.role !== "operator" || !actor.kindergartenId || actor.kindergartenId !== args.kindergartenId) {
    return fail("forbidden", "filing.forbidden");
  }
  const parsed = filingInputOn(shanghaiDate(now)).safeParse(args.input);
  if (!parsed.success) return invalid(issuesToFieldErrors(parsed.error.issues));
  const input = parsed.data;
  const kindergarten = await db
    .selectFrom("kindergartens")
    .select(["id", "region_code", "status"])
    .where("id", "=", actor.kindergartenId)
    .executeTakeFirst();
  if (!kindergarten || kindergarten.status !== "active") {
    return fail("forbidden", "filing.kindergartenInactive");
  }
  const { errors, itemTypes } = await checkAgainstCatalogue(db, input, kindergarten.region_code);
  if (hasErrors(errors)) return invalid(errors);
  return { ok: true, input, kindergartenId: kindergarten.id, itemTypes };
}

/**
 * Stores a filing, once per submission key: a repeat of the same submission
 * answers with the filing the first one stored (`replayed`). The key is
 * claimed first, and the filing is checked and stored in the same
 * transaction, so a double click's twin waits for the first and is answered
 * with its filing instead of racing it for the next version.
 */
export async function submitFiling(args: FilingRequest & { submissionKey: unknown; requestId?: string | null }): Promise<SubmitFilingResult> {
  const now = args.now ?? new Date();
  const claimed = submissionClaim({
    actorId: args.actor.id,
    form: "filing",
    key: args.submissionKey,
    content: { kindergartenId: args.kindergartenId, input: args.input },
  });
  if (!claimed.ok) return claimed;
  // Two submissions (other keys) racing for the same next version: the loser retries with the version after it.
  for (let attempt = 1; ; attempt++) {
    try {
      return await submitOnce<{ filingId: string; unchanged: boolean }>(args.db, claimed.claim, async (trx) => {
        const valid = await validateFiling({ ...args, db: trx }, now);
        if (!valid.ok) return valid;
        // Sent again after Back, the same schedule would be a new version saying nothing new, and a case for the queue.
        const same = await latestIfSame(trx, valid.kindergartenId, valid.input, valid.itemTypes);
        if (same) return { ok: true, filingId: same, unchanged: true };
        const filingId = await insertFilingRows(trx, { ...valid, actor: args.actor, now });
        await enqueue(trx, "filing.submitted", { filingId }, now);
        await recordAudit(
          trx,
          {
            actorId: args.actor.id,
            action: "filing.submit",
            entity: "fee_filing",
            entityId: filingId,
            detail: { term: valid.input.term, items: valid.input.items.length },
            requestId: args.requestId,
          },
          now,
        );
        return { ok: true, filingId, unchanged: false };
      });
    } catch (err) {
      if (attempt >= 3 || !isUniqueViolation(err)) throw err;
    }
  }
}

export type PrecheckResult = Result<{ outcomes: RuleOutcome[] }>;

class DryRun {
  constructor(readonly facts: FilingFacts) {}
}

/**
 * The pre-check: the same validation and the same facts as a real
 * submission, evaluated by the same rules, with nothing stored. The draft is
 * written inside a transaction that is always rolled back, so the facts come
 * from exactly the code path the real evaluation uses.
 */
export async function precheckFiling(
  args: FilingRequest & { evaluate: (facts: FilingFacts) => Promise<RuleOutcome[]> },
): Promise<PrecheckResult> {
  const now = args.now ?? new Date();
  const valid = await validateFiling(args, now);
  if (!valid.ok) return valid;
  try {
    await args.db.transaction().execute(async (trx) => {
      const id = await insertFilingRows(trx, { ...valid, actor: args.actor, now });
      const facts = await buildFilingFacts(trx, id);
      throw new DryRun(facts!);
    });
  } catch (err) {
    if (err instanceof DryRun) return { ok: true, outcomes: await args.evaluate(err.facts) };
    throw err;
  }
  throw new Error("unreachable: the dry run always rolls back");
}

/**
 * The kindergarten's latest filing when it is this schedule already: the same term, dates, texts, refund rules and
 * items in the same order. Only the latest counts: going back to an earlier schedule after a change is news.
 */
async function latestIfSame(
  trx: Transaction<Database>,
  kindergartenId: string,
  input: FilingInput,
  itemTypes: Map<string, FeeItemType>,
): Promise<string | null> {
  const latest = await trx
    .selectFrom("fee_filings")
    .select(["id", "term", "effective_from", "published_on", "note", "pricing_basis", "refund_rules", "refund_schedule", "complaint_channel", "applies_to_enrolled", "waiver_deduction_fen"])
    .where("kindergarten_id", "=", kindergartenId)
    .orderBy("version", "desc")
    .limit(1)
    .executeTakeFirst();
  if (!latest) return null;
  const row = storedFilingRow(input);
  const sameFiling =
    latest.term === input.term &&
    latest.effective_from === input.effectiveFrom &&
    latest.published_on === input.publishedOn &&
    latest.note === row.note &&
    latest.pricing_basis === row.pricing_basis &&
    latest.refund_rules === row.refund_rules &&
    latest.refund_schedule === row.refund_schedule &&
    latest.complaint_channel === row.complaint_channel &&
    Number(latest.applies_to_enrolled) === row.applies_to_enrolled &&
    Number(latest.waiver_deduction_fen) === row.waiver_deduction_fen;
  if (!sameFiling) return null;
  const items = await trx
    .selectFrom("fee_items")
    .select(["code", "amount_fen", "unit", "age_band", "description", "voluntary", "bundled", "cost_fen"])
    .where("filing_id", "=", latest.id)
    .orderBy("position")
    .execute();
  const stored = items.map((i) => [i.code, Number(i.amount_fen), i.unit, i.age_band, i.description, Number(i.voluntary), Number(i.bundled), i.cost_fen === null ? null : Number(i.cost_fen)]);
  const typed = input.items.map((i) => {
    const marks = storedMarks(i, itemTypes.get(i.code)!.category);
    return [i.code, i.amount, i.unit, i.ageBand, i.description, marks.voluntary, marks.bundled, marks.cost_fen];
  });
  return JSON.stringify(stored) === JSON.stringify(typed) ? latest.id : null;
}

/**
 * An item's marks as stored. Opt-in and bundling on an item without them were refused (checkAgainstCatalogue); a
 * provider's cost typed on an item that is not 代收 (its box is offered before the item is chosen) is dropped.
 */
function storedMarks(item: FilingInput["items"][number], category: string) {
  return {
    voluntary: item.voluntary ? 1 : 0,
    bundled: item.bundled ? 1 : 0,
    cost_fen: itemMarksApply(category).cost ? (item.cost ?? null) : null,
  };
}

/** The filing's own columns as stored from the form (shared by the insert and the comparison above). */
function storedFilingRow(input: FilingInput) {
  return {
    note: input.note,
    pricing_basis: input.pricingBasis,
    refund_rules: input.refundRules,
    refund_schedule: input.refundSchedule && input.refundSchedule.length > 0 ? JSON.stringify(input.refundSchedule) : null,
    complaint_channel: input.complaintChannel,
    applies_to_enrolled: input.appliesToEnrolled ? 1 : 0,
    waiver_deduction_fen: input.waiverDeduction ?? 0,
  };
}

function isUniqueViolation(err: unknown): boolean {
  const code = (err as { code?: string }).code;
  return code === "23505" || code === "SQLITE_CONSTRAINT_UNIQUE";
}

async function insertFilingRows(
  trx: Transaction<Database>,
  args: { actor: Actor; kindergartenId: string; input: FilingInput; itemTypes: Map<string, FeeItemType>; now: Date },
): Promise<string> {
  const { actor, input, itemTypes, now } = args;
  const filingId = newId();
  const previous = await trx
    .selectFrom("fee_filings")
    .select(["id", "version"])
    .where("kindergarten_id", "=", args.kindergartenId)
    .orderBy("version", "desc")
    .limit(1)
    .executeTakeFirst();
  await trx
    .insertInto("fee_filings")
    .values({
      id: filingId,
      kindergarten_id: args.kindergartenId,
      term: input.term,
      effective_from: input.effectiveFrom,
      published_on: input.publishedOn,
      // The unique (kindergarten_id, version) constraint turns a concurrent double submit into an error, not two v3s.
      version: (previous?.version ?? 0) + 1,
      status: "submitted",
      submitted_by: actor.id,
      submitted_at: now.toISOString(),
      evaluated_at: null,
      previous_filing_id: previous?.id ?? null,
      ...storedFilingRow(input),
    })
    .execute();
  await trx
    .insertInto("fee_items")
    .values(
      input.items.map((item, position) => {
        const type = itemTypes.get(item.code)!;
        return {
          id: newId(),
          filing_id: filingId,
          position,
          code: item.code,
          category: type.category,
          name: type.name_zh,
          amount_fen: item.amount,
          unit: item.unit,
          age_band: item.ageBand,
          description: item.description,
          ...storedMarks(item, type.category),
        };
      }),
    )
    .execute();
  return filingId;
}

async function checkAgainstCatalogue(db: DB, input: FilingInput, regionCode: string) {
  const errors: FieldErrors = {};
  const types = await allowedItemTypes(db, regionCode);
  const itemTypes = new Map(types.map((t) => [t.code, t]));
  input.items.forEach((item, index) => {
    const type = itemTypes.get(item.code);
    if (!type) {
      addFieldError(errors, `items[${index}].code`, message("filing.item.code.unknown"));
      return;
    }
    // 保教费, 保育费 and 住宿费 are never the parents' choice (R13's marks are for service and 代收 items). The form
    // offers the marks only there, but a row's boxes are offered before its item is chosen, and without JavaScript
    // they stay ticked when 保教费 is chosen: refused, at the item (where the boxes are then no longer shown), so the
    // operator sees the mistake rather than a schedule stored otherwise than it was sent.
    if (!itemMarksApply(type.category).optIn) {
      if (item.voluntary) addFieldError(errors, `items[${index}].code`, message("filing.item.voluntary.notOptIn"));
      if (item.bundled) addFieldError(errors, `items[${index}].code`, message("filing.item.bundled.notOptIn"));
    }
  });
  const hasCareFee = input.items.some((item) => {
    const category = itemTypes.get(item.code)?.category;
    return category === "care_education" || category === "nursery";
  });
  if (!hasCareFee) addFieldError(errors, "items", message("filing.items.needsCareFee"));
  return { errors, itemTypes };
}

/** The national categories plus the service and 代收 items of the kindergarten's province, city and district. */
export async function allowedItemTypes(db: DB, regionCode: string) {
  return db
    .selectFrom("fee_item_types")
    .selectAll()
    .where("active", "=", 1)
    .where((eb) => eb.or([eb("region_code", "is", null), eb("region_code", "in", regionChain(regionCode))]))
    .orderBy("category")
    .orderBy("code")
    .execute();
}
