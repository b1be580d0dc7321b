/**
 * What officers read of one case: the case with its reasons (flags, items,
 * timeline), and the titles cases go by. Scope is part of every query, so a
 * case outside the actor's region is simply not found. The queue is
 * case-queue.server.ts.
 */
import type { Kysely } from "kysely";
import type { DB } from "~/db/client";
import { prepared } from "~/db/prepared";
import type { Database, FeeItem } from "~/db/schema";
import type { LocalizedText, RuleOutcome } from "~/rules/types";
import type { RuleSet } from "~/rules/schema";
import { KINDERGARTEN_REGION_COLUMN, RULE_TEXT_COLUMNS, storedOutcome } from "~/domain/flags/stored-flags.server";
import { filingRemedy } from "~/domain/flags/filing-correction";
import { shanghaiDate } from "~/utils/working-days";
import { coversRegion } from "~/domain/regions/region-scope";
import type { Actor } from "~/domain/users/actor";
import { caseReadScope } from "./case-read-version.server";
import { COMPLAINT_CASE_TITLE } from "./case-from-complaint.server";
import { COMPLAINT_CASE_RULE, SPOT_CHECK_CASE_RULE } from "./case-sources";
import { SPOT_CHECK_CASE_TITLE } from "./spot-check-cases.server";

/** The titles of cases that no rule opened. */
const TITLES_WITHOUT_RULE = new Map<string, LocalizedText>([
  [COMPLAINT_CASE_RULE, COMPLAINT_CASE_TITLE],
  [SPOT_CHECK_CASE_RULE, SPOT_CHECK_CASE_TITLE],
]);

/**
 * The case page's case: the case row with its kindergarten's names, its district's name and its assignee's agency, by
 * id. Scope is checked on the row (caseReadScope), so an out-of-scope id costs what a found one does.
 */
const casePageRow = prepared("casePage.row", (db: Kysely<Database>, $: { id: string }) =>
  db
    .selectFrom("inspection_cases as c")
    .innerJoin("kindergartens as k", "k.id", "c.kindergarten_id")
    .innerJoin("regions as r", "r.code", "c.region_code")
    .selectAll("c")
    .select(["k.approved_name", "k.name_in_use", "k.uscc", "k.nature", "k.grade", "k.address", "r.name as region_name"])
    .select((eb) => eb.selectFrom("users").select("users.agency").whereRef("users.id", "=", "c.assigned_to").as("assignee_agency"))
    .where("c.id", "=", $.id),
);

/** Each step with who took it (the system's own, a sweep's, have none). */
const caseEvents = prepared("casePage.events", (db: Kysely<Database>, $: { caseId: string }) =>
  db
    .selectFrom("case_events as e")
    .leftJoin("users as u", "u.id", "e.actor_id")
    .select(["e.id", "e.kind", "e.payload", "e.created_at", "u.display_name as actor"])
    .where("e.case_id", "=", $.caseId)
    .orderBy("e.created_at")
    .orderBy("e.id"),
);

const filingItems = prepared("casePage.items", (db: Kysely<Database>, $: { filingId: string }) =>
  db
    .selectFrom("fee_items as i")
    .innerJoin("fee_item_types as t", "t.code", "i.code")
    .select(["i.code", "i.name", "t.name_en", "i.category", "i.amount_fen", "i.unit", "i.age_band", "i.description"])
    .where("i.filing_id", "=", $.filingId)
    .orderBy("i.position"),
);

const filingHead = prepared("casePage.filing", (db: Kysely<Database>, $: { filingId: string }) =>
  db.selectFrom("fee_filings").select(["id", "version", "term", "effective_from", "published_on"]).where("id", "=", $.filingId),
);

/** The case page's case row (casePageRow), when `actor` may read it; null otherwise, as for an id that does not exist. */
export async function caseForActor(db: DB, actor: Actor, caseId: string) {
  const scope = caseReadScope(actor);
  if (scope.kind === "none" || caseId.length === 0 || caseId.length > 64) return null;
  const found = await casePageRow.executeTakeFirst(db, { id: caseId });
  return found && coversRegion(scope, found.region_code) ? found : null;
}

export type CasePageRow = NonNullable<Awaited<ReturnType<typeof caseForActor>>>;

/**
 * Why the case is there: its rule's flags, the filing's items (those the flags name first), the timeline, the
 * complaints linked now. The statements are prepared (db/prepared.ts): a case page runs about ten, and Kysely building
 * and compiling each cost as much as SQLite running it.
 */
export async function caseReasons(db: DB, found: CasePageRow) {
  const [flags, events, complaintIds, items, filing] = await Promise.all([
    caseFlags(db, found.filing_id, found.rule_id),
    caseEvents.execute(db, { caseId: found.id }),
    caseComplaintIds(db, found),
    found.filing_id ? filingItems.execute(db, { filingId: found.filing_id }) : Promise.resolve([]),
    found.filing_id ? filingHead.executeTakeFirst(db, { filingId: found.filing_id }) : Promise.resolve(undefined),
  ]);
  return {
    flags,
    events: events.map((e) => ({ ...e, payload: JSON.parse(e.payload) as Record<string, unknown> })),
    /** The complaints linked to the case now (caseComplaintIds): a case from complaints gives them as its reason. */
    complaintIds,
    items,
    /** The filing the case's flags come from (officers have no filing page: its items are shown on the case). */
    filing: filing ?? null,
    /** What the flags' advice told the kindergarten to do with that filing (filingRemedy): the officer reads the same words. */
    remedy: filing ? filingRemedy(filing.term, shanghaiDate()) : null,
    /** The filing's items the flags' evidence names, with their descriptions: what the officer checks first. */
    flaggedItems: itemsNamedByEvidence(
      items,
      flags.map((f) => f.outcome),
    ),
  };
}

/**
 * The case as an officer in `actor`'s scope reads it, with its kindergarten and district and its reasons. Null when
 * there is no such case or it is outside the actor's scope: out-of-region ids are "not found", so they reveal nothing.
 */
export async function getCaseForActor(args: { db: DB; actor: Actor; caseId: string }) {
  const found = await caseForActor(args.db, args.actor, args.caseId);
  return found ? { case: found, ...(await caseReasons(args.db, found)) } : null;
}

const linkedComplaints = prepared("casePage.complaints", (db: Kysely<Database>, $: { kindergartenId: string; caseId: string }) =>
  db.selectFrom("complaints").select("id").where("kindergarten_id", "=", $.kindergartenId).where("case_id", "=", $.caseId).orderBy("received_at").orderBy("id"),
);

/**
 * The complaints linked to a case now (complaints.case_id), oldest received first. Not the timeline's names: an officer
 * may move a complaint to another case, and the timeline keeps that it was once linked here (complaint_moved). A case
 * holds only its kindergarten's complaints (caseChoice, linkComplaints), so the kindergarten's index finds them. Ids
 * only: nothing of a complainant is on a case.
 */
export async function caseComplaintIds(db: DB, kase: { id: string; kindergarten_id: string }): Promise<string[]> {
  const rows = await linkedComplaints.execute(db, { kindergartenId: kase.kindergarten_id, caseId: kase.id });
  return rows.map((r) => r.id);
}

const ruleResultsOfCase = prepared("casePage.flags", (db: Kysely<Database>, $: { filingId: string; ruleId: string }) =>
  db
    .selectFrom("rule_results as r")
    .innerJoin("rule_texts as t", (join) => join.onRef("t.rule_id", "=", "r.rule_id").onRef("t.version", "=", "r.rule_version"))
    .innerJoin("fee_filings as ff", "ff.id", "r.filing_id")
    .innerJoin("kindergartens as k", "k.id", "ff.kindergarten_id")
    .select(["r.rule_id", "r.rule_version", "r.severity", "r.explanation", "r.evaluated_at", ...RULE_TEXT_COLUMNS, KINDERGARTEN_REGION_COLUMN])
    .where("r.filing_id", "=", $.filingId)
    .where("r.rule_id", "=", $.ruleId)
    .orderBy("r.rule_version", "desc"),
);

/** The case's rule's outcomes on its filing, newest rule version first, explained (none for a case without a filing). */
export async function caseFlags(db: DB, filingId: string | null, ruleId: string) {
  if (!filingId) return [];
  const rows = await ruleResultsOfCase.execute(db, { filingId, ruleId });
  return rows.map((r) => ({ rule_id: r.rule_id, rule_version: r.rule_version, severity: r.severity, evaluated_at: r.evaluated_at, outcome: storedOutcome(r) }));
}

/** Each case's title: its rule's (ruleTitles), or the words of a case no rule opened (complaints, spot checks). */
export async function caseRuleTitles(db: DB, ruleIds: string[]): Promise<Map<string, LocalizedText>> {
  const titles = await ruleTitles(db, ruleIds.filter((id) => !TITLES_WITHOUT_RULE.has(id)));
  for (const [id, title] of TITLES_WITHOUT_RULE) titles.set(id, title);
  return titles;
}

/**
 * The queue's rule filter, as officers choose it: every rule of the files by
 * its latest title (in id order), then the cases that no rule opened.
 */
export function caseRuleChoices(library: RuleSet): Array<{ id: string; title: LocalizedText }> {
  // The library is read once per process: its choices are worked out once, not for every page of the queue.
  let choices = ruleChoicesOf.get(library);
  if (!choices) {
    const latest = new Map<string, LocalizedText>();
    for (const definition of library) latest.set(definition.id, definition.title); // the library is in id, then version order
    const rules = [...latest].sort(([a], [b]) => (a < b ? -1 : 1));
    choices = [...rules, ...TITLES_WITHOUT_RULE].map(([id, title]) => ({ id, title }));
    ruleChoicesOf.set(library, choices);
  }
  return choices;
}
const ruleChoicesOf = new WeakMap<RuleSet, Array<{ id: string; title: LocalizedText }>>();

/** The ids the rule filter knows (the choices'): a queue's URL naming another is told it was left out. */
export function caseRuleIds(library: RuleSet): ReadonlySet<string> {
  let ids = ruleIdsOf.get(library);
  if (!ids) ruleIdsOf.set(library, (ids = new Set(caseRuleChoices(library).map((c) => c.id))));
  return ids;
}
const ruleIdsOf = new WeakMap<RuleSet, ReadonlySet<string>>();

/** Each rule's title, from the latest version whose words are recorded (rule_texts). */
export async function ruleTitles(db: DB, ruleIds: string[]): Promise<Map<string, LocalizedText>> {
  const ids = [...new Set(ruleIds)];
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom("rule_texts").select(["rule_id", "title"]).where("rule_id", "in", ids).orderBy("version").execute();
  return new Map(rows.map((r) => [r.rule_id, JSON.parse(r.title) as LocalizedText]));
}

/**
 * The items an outcome's evidence lists (rows carrying an item `code`, and an
 * `ageBand` where the rule tells age bands apart), in the filing's order.
 */
function itemsNamedByEvidence<I extends Pick<FeeItem, "code" | "age_band">>(items: I[], outcomes: RuleOutcome[]): I[] {
  const named = outcomes.flatMap((o) =>
    Object.values(o.details).flatMap((value) =>
      Array.isArray(value) ? value.filter((row): row is { code: string; ageBand?: unknown } => typeof row?.code === "string") : [],
    ),
  );
  return items.filter((item) => named.some((row) => row.code === item.code && (row.ageBand === undefined || row.ageBand === item.age_band)));
}
