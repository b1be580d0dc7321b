/**
 * The kindergarten's side of an inspection case: its operator sees a case
 * once an officer has notified it, with the reasons in the words of the
 * flag's explanation (about its own filing), the date to answer by, and a
 * decision once taken; it answers (explanation, a correcting filing of its
 * own, refunds made, evidence files) and later proves an ordered
 * rectification or refund.
 *
 * Who reported never reaches the kindergarten (投诉举报处理暂行办法 Art. 33):
 * a case from complaints says only that complaints about an item were
 * received, never which complaints or whose. Everything the operator reads is
 * built here field by field from an explicit list.
 */
import type { DB } from "~/db/client";
import type { CaseDecisionKind, CaseStatus } from "~/db/schema";
import { recordAudit } from "~/domain/audit/audit.server";
import type { EvidenceStore } from "~/domain/evidence/evidence-store.server";
import { addEvidenceErrors, commitStaged, discardStaged, type StagingOutcome } from "~/domain/evidence/evidence-staging.server";
import { readEvidence, recordEvidence } from "~/domain/evidence/evidence.service.server";
import { complainantMasker, type ComplainantContact } from "~/domain/personal-data/complainant-mask";
import { caseComplaintIds, caseFlags, caseRuleTitles } from "~/domain/cases/case.queries.server";
import { addFieldError, fail, invalid, issuesToFieldErrors, message, transact, type FieldErrors, type Result } from "~/domain/result";
import { hasPermission, type Actor } from "~/domain/users/actor";
import { filingRemedy, type FilingRemedy } from "~/domain/flags/filing-correction";
import type { LocalizedText, RuleOutcome } from "~/rules/types";
import { newId } from "~/utils/ids";
import { shanghaiDate } from "~/utils/working-days";
import { ASKS_THE_KINDERGARTEN, caseAskedAt, supplementaryAnswerIds } from "./case-answers.server";
import { CASE_ROW_COLUMNS, CASE_STALE_KEY, writeCaseStep } from "./case-state.server";
import { caseAnswerInput, MAX_CASE_ANSWER_FILES, type CaseAnswerInput } from "./case-work.schema";

/** The most cases the kindergarten's list shows. */
const MAX_LISTED = 200;

export interface KindergartenCaseSummary {
  id: string;
  title: LocalizedText | null;
  ruleId: string;
  term: string;
  status: CaseStatus;
  notifiedAt: string;
  answerDueOn: string | null;
  decisionKind: CaseDecisionKind | null;
  followUpDueOn: string | null;
  /** What the kindergarten must do now: answer the notice, prove the order, or nothing. */
  todo: "answer" | "proof" | null;
  /** The date of what waits (the answer's, the proof's) has passed (Asia/Shanghai). */
  overdue: boolean;
  /** A re-evaluation found the case's reason gone (flags_cleared_at): 原因已消除, an officer still decides. */
  reasonGone: boolean;
}

/** By what change a re-evaluation found a case's reason gone (the flags_cleared event's cause). */
export type ReasonGoneCause = "account_approved" | "new_filing" | "reevaluation_run" | "kindergarten_changed" | "evaluation";
const REASON_GONE_CAUSES: readonly ReasonGoneCause[] = ["account_approved", "new_filing", "reevaluation_run", "kindergarten_changed", "evaluation"];

export interface KindergartenCase extends KindergartenCaseSummary {
  version: number;
  source: "rule" | "complaint" | "spot_check";
  /** For a rule's case: the flags of the kindergarten's own filing, explained. */
  flags: Array<{ ruleId: string; ruleVersion: number; outcome: RuleOutcome }>;
  /** For a case from complaints: the item they were about (never how many, nor who). */
  complaintItem: { itemName: string | null } | null;
  /**
   * The case's reason found gone by a re-evaluation (原因已消除), as the kindergarten is told it: when, by what change,
   * the version of its own filing that no longer flags, whether the rule still says it as a notice. Built from the
   * flags_cleared event field by field: never the account's, the run's or anyone's id.
   */
  reasonGoneDetail: { at: string; cause: ReasonGoneCause; filingVersion: number | null; stillNotice: boolean } | null;
  decision: { kind: CaseDecisionKind; basis: string | null; decidedOn: string | null; detail: Record<string, unknown> } | null;
  answers: Array<{
    id: string;
    kind: "answer" | "proof";
    at: string;
    explanation: string;
    refundFen: number | null;
    refundFamilies: number | null;
    /** An explanation adding to one already sent to the same question (补充说明): supplementaryAnswerIds. */
    supplementary: boolean;
    /** The filing the answer named as its correction (the kindergarten's own, checked when it was sent). */
    correction: { filingId: string; version: number; term: string } | null;
    /** The files the kindergarten sent with it, to open again (its own, never the officers'). */
    files: Array<{ evidenceId: string; name: string }>;
  }>;
  /** The kindergarten's own filings a correction may point to (newest first). */
  filings: Array<{ id: string; version: number; term: string }>;
  /**
   * The filing a rule's case was opened about, for the page to link: the flags' advice sends the bookkeeper to that
   * filing's page (its "更正本次备案", while its term is ahead: `remedy`, filingCorrection). Null for a case from
   * complaints or a spot check.
   */
  filing: { id: string; version: number; term: string; remedy: FilingRemedy } | null;
  /** The filing's items by code and filed name, with the catalogue's English name: the flags' evidence names them. */
  items: Array<{ code: string; name: string; name_en: string }>;
}

function ownKindergarten(actor: Actor): string | null {
  return hasPermission(actor, "read:case:own") && actor.kindergartenId ? actor.kindergartenId : null;
}

/** The newest flags_cleared event's words for the kindergarten, when the case carries the mark. */
async function reasonGoneOf(db: DB, caseId: string, clearedAt: string | null): Promise<KindergartenCase["reasonGoneDetail"]> {
  if (clearedAt === null) return null;
  const event = await db
    .selectFrom("case_events")
    .select("payload")
    .where("case_id", "=", caseId)
    .where("kind", "=", "flags_cleared")
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .executeTakeFirst();
  const payload = event ? (JSON.parse(event.payload) as Record<string, unknown>) : {};
  const cause = REASON_GONE_CAUSES.find((c) => c === payload.cause) ?? "evaluation";
  return {
    at: clearedAt,
    cause,
    filingVersion: typeof payload.filingVersion === "number" ? payload.filingVersion : null,
    stillNotice: payload.noticeRuleVersion !== undefined,
  };
}

const todoOf = (c: { status: CaseStatus; follow_up_due_on: string | null; proof_received_at: string | null }): KindergartenCaseSummary["todo"] =>
  c.status === "awaiting_answer" ? "answer" : c.status === "decided" && c.follow_up_due_on !== null && c.proof_received_at === null ? "proof" : null;

function visibleCases(db: DB, kindergartenId: string) {
  // A case the kindergarten was never notified of is the authority's own business (verification in progress), until
  // it is decided: a decision is served on the kindergarten, and an order to rectify or refund waits for its proof.
  return db
    .selectFrom("inspection_cases")
    .where("kindergarten_id", "=", kindergartenId)
    .where((eb) => eb.or([eb("notified_at", "is not", null), eb("decision_kind", "is not", null)]));
}

/** The kindergarten's notified cases, those needing an answer or proof first; null when the actor has no kindergarten. */
export async function kindergartenCases(db: DB, actor: Actor, now = new Date()): Promise<KindergartenCaseSummary[] | null> {
  const kindergartenId = ownKindergarten(actor);
  if (!kindergartenId) return null;
  const rows = await visibleCases(db, kindergartenId)
    .select(["id", "rule_id", "term", "status", "notified_at", "answer_due_on", "decision_kind", "follow_up_due_on", "proof_received_at", "flags_cleared_at"])
    .orderBy("notified_at", "desc")
    .orderBy("id")
    .limit(MAX_LISTED)
    .execute();
  const titles = await caseRuleTitles(db, rows.map((r) => r.rule_id));
  const list = rows.map((r) => summaryOf(r, titles, shanghaiDate(now)));
  // What waits for the kindergarten comes first, the nearest date first.
  return list.sort((a, b) => Number(b.todo !== null) - Number(a.todo !== null));
}

function summaryOf(
  r: {
    id: string;
    rule_id: string;
    term: string;
    status: CaseStatus;
    notified_at: string | null;
    answer_due_on: string | null;
    decision_kind: CaseDecisionKind | null;
    follow_up_due_on: string | null;
    proof_received_at: string | null;
    flags_cleared_at: string | null;
  },
  titles: Map<string, LocalizedText>,
  today: string,
): KindergartenCaseSummary {
  const todo = todoOf(r);
  const dueOn = todo === "answer" ? r.answer_due_on : todo === "proof" ? r.follow_up_due_on : null;
  return {
    id: r.id,
    title: titles.get(r.rule_id) ?? null,
    ruleId: r.rule_id,
    term: r.term,
    status: r.status,
    notifiedAt: r.notified_at ?? "",
    answerDueOn: r.answer_due_on,
    decisionKind: r.decision_kind,
    followUpDueOn: r.follow_up_due_on,
    todo,
    overdue: dueOn !== null && dueOn < today,
    reasonGone: r.flags_cleared_at !== null,
  };
}

/**
 * A file the kindergarten sent with one of its answers, to open again: only its own cases' and only its own files
 * (an officer's finding is the authority's); anything else is null (the route answers 404).
 */
export async function ownCaseFile(db: DB, store: EvidenceStore, actor: Actor, caseId: string, evidenceId: string) {
  const kindergartenId = ownKindergarten(actor);
  if (!kindergartenId || caseId.length === 0 || caseId.length > 64 || evidenceId.length > 64) return null;
  const link = await visibleCases(db, kindergartenId)
    .innerJoin("case_files as f", "f.case_id", "inspection_cases.id")
    .select("f.evidence_id")
    .where("inspection_cases.id", "=", caseId)
    .where("f.evidence_id", "=", evidenceId)
    .where("f.party", "=", "kindergarten")
    .executeTakeFirst();
  return link ? readEvidence(db, store, link.evidence_id) : null;
}

/** The most fee items a complaint case names to the kindergarten. */
const REASON_ITEMS_MAX = 3;

/**
 * What a case from complaints tells the kindergarten: the fee items complained about, never how many, which or whose
 * (a count of one would point at a family, and tell a 举报 from a cluster). A cluster's case says its item when
 * opened (the item is the case's subject: its dedupe key); a case an officer opened from a complaint says the items of
 * the complaints linked to it now (caseComplaintIds), not of one since moved to another case. An item's name is the
 * parent's own words ("李可可的兴趣班费", "Wang Xiaoming's lunch"), so it is masked as the kindergarten's complaint page
 * masks it: each complainant's own stored name, phone and address in any context, then what the personal-data gate
 * finds. This page and the written notice (case-notice.server.ts) must not name whom the complaint page hides.
 */
export async function complaintReason(db: DB, kase: { id: string; kindergarten_id: string }): Promise<KindergartenCase["complaintItem"]> {
  const [opened, complaintIds] = await Promise.all([
    db.selectFrom("case_events").select("payload").where("case_id", "=", kase.id).where("kind", "=", "opened").executeTakeFirst(),
    caseComplaintIds(db, kase),
  ]);
  const cluster = opened ? (JSON.parse(opened.payload) as Record<string, unknown>) : {};
  // A cluster's item name is one of its complaints' words, and one of them may have moved to another case since.
  const openedWith = Array.isArray(cluster.complaintIds) ? cluster.complaintIds.filter((id): id is string => typeof id === "string") : [];
  const mask = complainantMasker(...(await complainantContacts(db, kase.kindergarten_id, [...new Set([...complaintIds, ...openedWith])])));
  if (typeof cluster.itemName === "string") return { itemName: mask(cluster.itemName) };
  if (complaintIds.length === 0) return { itemName: null };
  const items = await db.selectFrom("complaint_items").select("name").where("complaint_id", "in", complaintIds).orderBy("complaint_id").orderBy("position").execute();
  const names = [...new Set(items.map((i) => mask(i.name)))].slice(0, REASON_ITEMS_MAX);
  return { itemName: names.length > 0 ? names.join("、") : null };
}

/** The stored contacts of the kindergarten's complaints among `ids` (erased ones are null: nothing left to mask by). */
async function complainantContacts(db: DB, kindergartenId: string, ids: readonly string[]): Promise<ComplainantContact[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom("complaints")
    .select(["contact_name", "contact_phone", "contact_address"])
    .where("kindergarten_id", "=", kindergartenId)
    .where("id", "in", ids)
    .execute();
}

/** One case as the kindergarten reads it, or null when it is not one it may see. */
export async function kindergartenCase(db: DB, actor: Actor, caseId: string, now = new Date()): Promise<KindergartenCase | null> {
  const kindergartenId = ownKindergarten(actor);
  if (!kindergartenId || caseId.length === 0 || caseId.length > 64) return null;
  const row = await visibleCases(db, kindergartenId)
    .select([
      "id",
      "rule_id",
      "term",
      "status",
      "source",
      "version",
      "filing_id",
      "notified_at",
      "answer_due_on",
      "decision_kind",
      "decision_basis",
      "decision_detail",
      "decided_on",
      "follow_up_due_on",
      "proof_received_at",
      "flags_cleared_at",
    ])
    .where("id", "=", caseId)
    .executeTakeFirst();
  if (!row) return null;
  const [titles, flags, complaintItem, answers, files, filings, reasonGoneDetail, filing, items, askedAt] = await Promise.all([
    caseRuleTitles(db, [row.rule_id]),
    caseFlags(db, row.filing_id, row.rule_id),
    row.source === "complaint" ? complaintReason(db, { id: row.id, kindergarten_id: kindergartenId }) : Promise.resolve(null),
    db
      .selectFrom("case_answers as a")
      .leftJoin("fee_filings as corrected", "corrected.id", "a.correction_filing_id")
      .select(["a.id", "a.kind", "a.submitted_at", "a.explanation", "a.refund_fen", "a.refund_families", "a.correction_filing_id", "corrected.version as correction_version", "corrected.term as correction_term"])
      .where("a.case_id", "=", row.id)
      .orderBy("a.submitted_at")
      .orderBy("a.id")
      .execute(),
    db
      .selectFrom("case_files as f")
      .innerJoin("evidence_files as e", "e.id", "f.evidence_id")
      .select(["f.answer_id", "f.evidence_id", "e.original_name"])
      .where("f.case_id", "=", row.id)
      .where("f.party", "=", "kindergarten")
      .orderBy("f.created_at")
      .orderBy("f.evidence_id")
      .limit(200)
      .execute(),
    db.selectFrom("fee_filings").select(["id", "version", "term"]).where("kindergarten_id", "=", kindergartenId).orderBy("version", "desc").limit(20).execute(),
    reasonGoneOf(db, row.id, row.flags_cleared_at),
    row.filing_id === null
      ? Promise.resolve(undefined)
      : db
          .selectFrom("fee_filings")
          .select(["id", "version", "term"])
          .where("id", "=", row.filing_id)
          .where("kindergarten_id", "=", kindergartenId)
          .executeTakeFirst(),
    row.filing_id === null
      ? Promise.resolve([])
      : db
          .selectFrom("fee_items as i")
          .innerJoin("fee_filings as f", "f.id", "i.filing_id")
          .innerJoin("fee_item_types as t", "t.code", "i.code")
          .select(["i.code", "i.name", "t.name_en"])
          .where("i.filing_id", "=", row.filing_id)
          .where("f.kindergarten_id", "=", kindergartenId)
          .orderBy("i.position")
          .execute(),
    caseAskedAt(db, row.id),
  ]);
  const supplementary = supplementaryAnswerIds(answers, askedAt);
  return {
    ...summaryOf(row, titles, shanghaiDate(now)),
    version: row.version,
    source: row.source,
    flags: flags.map((f) => ({ ruleId: f.rule_id, ruleVersion: f.rule_version, outcome: f.outcome })),
    complaintItem,
    reasonGoneDetail,
    decision: row.decision_kind
      ? { kind: row.decision_kind, basis: row.decision_basis, decidedOn: row.decided_on, detail: publicDecisionDetail(row.decision_detail) }
      : null,
    answers: answers.map((a) => ({
      id: a.id,
      kind: a.kind,
      at: a.submitted_at,
      explanation: a.explanation,
      refundFen: a.refund_fen,
      refundFamilies: a.refund_families,
      supplementary: supplementary.has(a.id),
      correction:
        a.correction_filing_id !== null && a.correction_version !== null && a.correction_term !== null
          ? { filingId: a.correction_filing_id, version: a.correction_version, term: a.correction_term }
          : null,
      files: files.filter((f) => f.answer_id === a.id).map((f) => ({ evidenceId: f.evidence_id, name: f.original_name })),
    })),
    filings,
    filing: filing ? { ...filing, remedy: filingRemedy(filing.term, shanghaiDate(now)) } : null,
    items,
  };
}

/** The decision's fields the kindergarten is told (the officer's internal note stays internal). */
function publicDecisionDetail(detail: string | null): Record<string, unknown> {
  const parsed = detail ? (JSON.parse(detail) as Record<string, unknown>) : {};
  const { note: _note, ...rest } = parsed;
  return rest;
}

export interface AnswerCaseArgs {
  db: DB;
  store: EvidenceStore;
  actor: Actor;
  caseId: string;
  input: unknown;
  files: StagingOutcome[];
  extraFiles: number;
  requestId?: string | null;
  now?: Date;
}

/** What answering gives back: the case, and when the post repeated an answer already stored, that answer. */
export type AnswerCaseResult = Result<{ caseId: string; repeatOf: { answerId: string; submittedAt: string } | null }>;

/**
 * The kindergarten answers a notice (awaiting_answer → answered; a further
 * answer while answered adds to it) or proves an ordered rectification or
 * refund (decided, the order's proof still due). Files go to the store
 * before the rows, as at complaint intake; the case step is a compare-and-set
 * on the version the operator read.
 *
 * Sent twice, an answer is stored once. The same statement (explanation,
 * correcting filing, refund, and no file that is not already with it) as one
 * the kindergarten sent since the case last asked it anything is answered as
 * already received (`repeatOf`), and nothing is stored: see `repeatedAnswer`.
 * A different statement is a further one, stored as before.
 */
export async function answerCase(args: AnswerCaseArgs): Promise<AnswerCaseResult> {
  const { db, actor, now = new Date() } = args;
  const refuse = async (failure: Result<never>) => {
    await Promise.all(args.files.map(discardStaged));
    return failure;
  };
  if (!hasPermission(actor, "answer:case:own") || !actor.kindergartenId) return refuse(fail("forbidden", "caseAnswer.forbidden"));
  const kindergartenId = actor.kindergartenId;
  const row = await visibleCases(db, kindergartenId)
    .select([
      ...CASE_ROW_COLUMNS,
    ])
    .where("id", "=", args.caseId.slice(0, 64))
    .executeTakeFirst();
  if (!row) return refuse(fail("not_found", "caseAnswer.notFound"));
  const kind = todoOf(row) ?? (row.status === "answered" ? "answer" : null);

  const parsed = caseAnswerInput.safeParse(args.input);
  // Before "nothing waits" and the version: a repeated proof finds nothing waiting any more, a repeat sent from the
  // same page (a double click) finds the version moved on, and both were received.
  if (parsed.success && args.extraFiles === 0 && args.files.every((f) => f.ok)) {
    const repeat = await repeatedAnswer(db, row, parsed.data, args.files.filter((f) => f.ok));
    if (repeat) {
      await Promise.all(args.files.map(discardStaged));
      return { ok: true, caseId: row.id, repeatOf: repeat };
    }
  }
  if (!kind) return refuse(fail("conflict", "caseAnswer.notNow"));
  const errors: FieldErrors = parsed.success ? {} : issuesToFieldErrors(parsed.error.issues);
  addEvidenceErrors(errors, args.files, args.extraFiles, MAX_CASE_ANSWER_FILES);
  if (parsed.success && parsed.data.correctionFilingId) {
    const own = await db.selectFrom("fee_filings").select("id").where("id", "=", parsed.data.correctionFilingId).where("kindergarten_id", "=", kindergartenId).executeTakeFirst();
    if (!own) addFieldError(errors, "correctionFilingId", message("caseAnswer.filing.notOwn"));
  }
  if (parsed.success && (parsed.data.refundAmount === undefined) !== (parsed.data.refundFamilies === undefined)) {
    addFieldError(errors, parsed.data.refundAmount === undefined ? "refundAmount" : "refundFamilies", message("caseAnswer.refund.both"));
  }
  if (!parsed.success || Object.keys(errors).length > 0) return refuse(invalid(errors));
  if (parsed.data.version !== row.version) return refuse(fail("conflict", "case.stale"));
  const input = parsed.data;

  const staged = args.files.filter((f) => f.ok);
  for (const file of staged) await commitStaged(args.store, file);
  const at = now.toISOString();
  const answerId = newId();
  const result = await transact(db, async (trx) => {
    await trx
      .insertInto("case_answers")
      .values({
        id: answerId,
        case_id: row.id,
        kind,
        explanation: input.explanation,
        correction_filing_id: input.correctionFilingId ?? null,
        refund_fen: input.refundAmount ?? null,
        refund_families: input.refundFamilies ?? null,
        submitted_by: actor.id,
        submitted_at: at,
      })
      .execute();
    for (const file of staged) {
      const evidenceId = await recordEvidence(trx, file, actor.id, now);
      await trx.insertInto("case_files").values({ case_id: row.id, evidence_id: evidenceId, party: "kindergarten", answer_id: answerId, event_id: null, created_at: at }).execute();
    }
    await writeCaseStep(
      trx,
      row,
      kind === "answer" ? { status: "answered", answered_at: at } : { proof_received_at: at },
      {
        kind: kind === "answer" ? "kindergarten_answered" : "proof_received",
        payload: { answerId, files: staged.length, refundFen: input.refundAmount ?? null, answeredOn: shanghaiDate(now) },
      },
      actor.id,
      now,
    );
    await recordAudit(
      trx,
      { actorId: actor.id, action: `case.${kind}`, entity: "inspection_case", entityId: row.id, detail: { answerId, files: staged.length }, requestId: args.requestId },
      now,
    );
    return { ok: true as const, caseId: row.id, repeatOf: null };
  });
  // A twin sent at the same moment on the same version lost the race to the first: it was received all the same.
  if (!result.ok && result.formErrors.some((m) => m.key === CASE_STALE_KEY)) {
    const repeat = await repeatedAnswer(db, row, input, staged);
    if (repeat) return { ok: true, caseId: row.id, repeatOf: repeat };
  }
  return result;
}

/**
 * The answer this post repeats, or null: one the kindergarten sent since the case last asked it anything
 * (ASKS_THE_KINDERGARTEN), with the same explanation, correcting filing and refund, to which the post adds no file
 * (its files, if any, are among that answer's by their SHA-256; a browser's Back does not keep the files chosen).
 *
 * Why a check of the content, and no one-time submission key (submission.service.server.ts) as create forms carry:
 * the case page is no-store, so Back fetches it anew and a key made by its loader would be a fresh one, the repeat
 * going through under it (and this form carries none: only the version it was read at). The version already makes a
 * post from one page once-only (a second is stale, and is answered here as received instead); what slipped through
 * was the same statement sent again from a page read after the first was stored, and only its content tells that.
 * A key would add nothing the content does not.
 */
async function repeatedAnswer(
  db: DB,
  row: { id: string },
  input: CaseAnswerInput,
  files: ReadonlyArray<{ sha256: string }>,
): Promise<{ answerId: string; submittedAt: string } | null> {
  const asked = await db
    .selectFrom("case_events")
    .select("created_at")
    .where("case_id", "=", row.id)
    .where("kind", "in", ASKS_THE_KINDERGARTEN)
    .orderBy("created_at", "desc")
    .limit(1)
    .executeTakeFirst();
  const answers = await db
    .selectFrom("case_answers")
    .select(["id", "submitted_at"])
    .where("case_id", "=", row.id)
    // Strictly after: an answer stamped the same instant as the question is not taken for an answer to it (storing a
    // statement twice is the lesser harm than dropping one).
    .$if(asked !== undefined, (qb) => qb.where("submitted_at", ">", asked!.created_at))
    .where("explanation", "=", input.explanation)
    .where((eb) => (input.correctionFilingId ? eb("correction_filing_id", "=", input.correctionFilingId) : eb("correction_filing_id", "is", null)))
    .where((eb) => (input.refundAmount !== undefined ? eb("refund_fen", "=", input.refundAmount) : eb("refund_fen", "is", null)))
    .where((eb) => (input.refundFamilies !== undefined ? eb("refund_families", "=", input.refundFamilies) : eb("refund_families", "is", null)))
    .orderBy("submitted_at", "desc")
    .orderBy("id", "desc")
    .execute();
  for (const answer of answers) {
    if (files.length > 0) {
      const held = await db
        .selectFrom("case_files as f")
        .innerJoin("evidence_files as e", "e.id", "f.evidence_id")
        .select("e.sha256")
        .where("f.answer_id", "=", answer.id)
        .execute();
      const hashes = new Set(held.map((h) => h.sha256));
      if (!files.every((f) => hashes.has(f.sha256))) continue;
    }
    return { answerId: answer.id, submittedAt: answer.submitted_at };
  }
  return null;
}
