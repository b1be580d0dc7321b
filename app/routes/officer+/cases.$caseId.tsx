import { CaseDecisionLine } from "~/components/case-decision";
import { caseDueWords } from "~/components/case-due";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useLocation } from "@remix-run/react";
import { CaseStepForm, type CaseStepAnswer } from "~/components/case-step-form";
import { RefusedStepAlert, StepDoneNotice } from "~/components/step-form";
import { caseView, reviewCaseStep, workCase } from "~/domain/cases/case-work.server";
import { answerStep } from "~/web/step-action.server";
import { getEvidenceStore, readFormWithEvidence } from "~/web/evidence.server";
import { CASE_INTENTS, CONFIRMED_CASE_INTENTS, MAX_FINDING_FILES } from "~/domain/cases/case-work.schema";
import { queueHrefFrom } from "~/domain/cases/case-queue.schema";
import { latestAccountStatus } from "~/domain/fee-accounts/fee-account.queries.server";
import { formatFen } from "~/utils/money";
import { FlagExplanation } from "~/components/flag-explanation";
import { useFilingName } from "~/components/filing-name";
import { SeverityBadge } from "~/components/severity-badge";
import { requireActor } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { textFields } from "~/web/form.server";
import { useLang, useT } from "~/utils/i18n";
import { FeeItemsTable } from "~/components/fee-items-table";
import { formatTerm } from "~/utils/term";
import { CivilDate, datedText, Instant, joinedRuns, type DatedText } from "~/components/instant";
import { Interpolate } from "~/components/interpolate";
import { reloadAfterConflict } from "~/utils/versioned-form";
import { pageTitle } from "~/utils/page-title";
import { Fact } from "~/components/facts";

export const meta = pageTitle<{ case: { name_in_use: string } }>("case.title", (data) => data.case.name_in_use);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request, "read:case:region", "read:case:any");
  // Out-of-region cases are "not found", so ids of other districts reveal nothing.
  const db = getDb();
  const found = await caseView(db, actor, params.caseId ?? "");
  if (!found) throw new Response("Not found", { status: 404 });
  // R09's advice names the button the kindergarten's account page shows, by its latest account filing's state:
  // fee-accounts' read, asked here (cases import no fee-accounts), of the case's kindergarten the officer may read.
  return { ...found, accountStatus: await latestAccountStatus(db, found.case.kindergarten_id) };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const actor = await requireActor(request, "read:case:region", "read:case:any");
  // A finding may carry files (multipart, streamed); every other step is a short urlencoded form.
  const read = await readFormWithEvidence(request, MAX_FINDING_FILES);
  if (!read.ok) {
    return data<CaseStepAnswer>({ intent: "record_finding", done: false, error: null, fieldErrors: { evidence: [read.tooLarge] } }, { status: 413 });
  }
  const sent = textFields(read.form);
  const args = { db: getDb(), actor, caseId: params.caseId ?? "", files: read.files, extraFiles: read.extraFiles, store: getEvidenceStore(), requestId: context?.requestId };
  // A step that cannot be taken back is first only checked: the officer confirms a step the server would take.
  return answerStep(sent, { confirmed: CONFIRMED_CASE_INTENTS, check: (input) => reviewCaseStep({ ...args, input }), take: (input) => workCase({ ...args, input }) });
}

export const shouldRevalidate = reloadAfterConflict;

export default function CaseDetail() {
  const { case: c, flags, events, complaintIds, items, filing, remedy, flaggedItems, work, accountStatus } = useLoaderData<typeof loader>();
  const requestReason = (events.filter((e) => e.kind === "extension_requested").at(-1)?.payload as Record<string, unknown> | undefined)?.reason;
  const supplementary = new Set(work.answers.flatMap((a) => (a.supplementary ? [a.id] : [])));
  const answer = useActionData<typeof action>();
  const t = useT();
  const filingName = useFilingName();
  const lang = useLang();
  const decision = c.decision_detail ? (JSON.parse(c.decision_detail) as Record<string, unknown>) : null;
  const doneText = (intent: string) => t("case.done", { action: t(`case.action.${intent}`) });
  // Back to the queue's view the case was opened from (the steps post to this address, so it stays after them).
  const queueHref = queueHrefFrom(useLocation().search);
  return (
    <section className="panel">
      <p>
        <Link to={queueHref}>← {t("queue.title")}</Link>
      </p>
      <h1>
        {t("case.title")} · {c.name_in_use} <SeverityBadge severity={c.severity} />
      </h1>
      {/* A step refused whose form is gone (the case moved on meanwhile): said here, its form no longer can. */}
      <RefusedStepAlert answer={answer} offered={work.steps} label={(i) => ((CASE_INTENTS as readonly string[]).includes(i) ? t(`case.action.${i}`) : null)} />
      {/* A step that left no step to take (a case closed): said here, there being no steps to say it above. */}
      {work.steps.length === 0 ? <StepDoneNotice answer={answer} offered={work.steps} text={doneText} /> : null}
      <dl className="grid cols-3">
        <Fact label={t("case.kindergarten")}>
          <Link to={`/officer/kindergartens/${c.kindergarten_id}`}>{c.approved_name}</Link> · {c.region_name}
        </Fact>
        <Fact label={t("case.uscc")}>{c.uscc}</Fact>
        <Fact label={t("case.nature")}>{t(`nature.${c.nature}`)}</Fact>
        <Fact label={t("case.term")}>{formatTerm(c.term, lang)}</Fact>
        {filing ? (
          <Fact label={t("case.filing")}>
            {/* Officers have no filing page: the kindergarten's page shows its filings' context, and the items are below. */}
            <Link to={`/officer/kindergartens/${c.kindergarten_id}`}>
              <Interpolate id="case.filingText" vars={{ version: filing.version, from: <CivilDate value={filing.effective_from} /> }} />
            </Link>
          </Fact>
        ) : null}
        <Fact label={t("fees.status")} testId="case-status">
          {t(`case.status.${c.status}`)}
        </Fact>
        <Fact label={t("case.assignee")} testId="case-assignee">
          {work.assignee?.name ?? t("case.unassigned")}
        </Fact>
        <Fact label={t("case.sourceLabel")}>{t(`case.source.${c.source}`)}</Fact>
        {c.registered_on ? (
          <Fact label={t("case.registeredOn")}>
            <CivilDate value={c.registered_on} />
          </Fact>
        ) : null}
      </dl>

      <h2>{t("case.clocks")}</h2>
      {work.escalatedAt ? (
        <p className="badge red" data-testid="case-escalated">
          <Interpolate id="case.escalated" vars={{ at: <Instant value={work.escalatedAt} /> }} />
        </p>
      ) : null}
      {work.extensionRequestedOn ? (
        <p className="notice" role="status" data-testid="case-extension-request">
          <Interpolate id="case.extend.waiting" vars={{ date: <CivilDate value={work.extensionRequestedOn} /> }} />
          {/* The lead decides on the reason given: it is here, not only at the foot of the timeline. */}
          {typeof requestReason === "string" ? ` · ${t("case.extend.reason", { reason: requestReason })}` : null}
        </p>
      ) : null}
      {work.clocks.length === 0 ? <p className="muted">{t("case.clock.none")}</p> : null}
      <ul data-testid="case-clocks">
        {work.clocks.map((clock) => (
          <li key={clock.kind}>
            <Interpolate id="text.labelled" vars={{ label: t(`case.clock.${clock.kind}`), value: <CivilDate value={clock.dueOn} /> }} /> ·{" "}
            {/* The 90-day decision clock counts calendar days, as the queue shows it; the others working days. */}
            <ClockDays t={t} today={work.today} clock={clock} />
            {clock.calendarComplete ? null : <span className="muted"> {t("case.clock.estimated")}</span>}
          </li>
        ))}
      </ul>

      {c.decision_kind ? (
        <>
          <h2>{t("case.decision")}</h2>
          <CaseDecisionLine kind={c.decision_kind} basis={c.decision_basis} decidedOn={c.decided_on} detail={decision} />
          {/* Why there is no 结案 yet, and what comes next: the order's proof is awaited. */}
          {work.awaitingProofUntil ? (
            <p className="notice" data-testid="case-awaiting-proof">
              <Interpolate id="case.awaitingProof" vars={{ date: <CivilDate value={work.awaitingProofUntil} /> }} />
            </p>
          ) : null}
          {/* The decision as it is served on the kindergarten, to print: a decision in force only (reopening withdraws it). */}
          {c.status === "decided" || c.status === "closed" ? (
            <p>
              <Link to={`/officer/cases/${c.id}/notice`} data-testid="case-notice-link">
                {t("notice.link")}
              </Link>
            </p>
          ) : null}
        </>
      ) : null}

      {/* Why the case was opened comes before its answers and steps: the officer reads it before acting. */}
      <h2>{t("case.reasons")}</h2>
      {c.flags_cleared_at ? <ReasonGone clearedAt={c.flags_cleared_at} settled={c.status === "decided" || c.status === "closed"} events={events} /> : null}
      {c.source === "spot_check" ? <SpotCheckReason events={events} /> : null}
      {flags.map((f) => (
        <FlagExplanation key={`${f.rule_id}@${f.rule_version}`} outcome={f.outcome} audience="officer" remedy={remedy ?? undefined} items={items} accountStatus={accountStatus} />
      ))}
      {/* Complaints are the reason of a case opened from them; on a rule's or a draw's case, what parents said beside it. */}
      {c.source === "complaint" || complaintIds.length > 0 ? (
        <ComplaintReason complaintIds={complaintIds} opened={c.source === "complaint"} links={work.readsComplaints} />
      ) : null}

      {flaggedItems.length > 0 ? (
        <>
          <h2>{t("case.flaggedItems")}</h2>
          <FeeItemsTable items={flaggedItems} testId="flagged-items" />
        </>
      ) : null}

      {work.answers.length > 0 ? (
        <>
          <h2>{t("case.answers")}</h2>
          <ol data-testid="case-answers">
            {work.answers.map((a) => (
              <li key={a.id}>
                <Instant value={a.submitted_at} /> · {t(a.supplementary ? "case.answer.kind.supplement" : `case.answer.kind.${a.kind}`)}
                {a.refund_fen !== null ? ` · ${t("case.answer.refund", { amount: formatFen(a.refund_fen), families: a.refund_families ?? 0 })}` : null}
                {a.correction_version !== null && a.correction_term !== null
                  ? ` · ${t("case.answer.correction", { filing: filingName({ term: a.correction_term, version: a.correction_version }) })}`
                  : null}
                <CaseFiles caseId={c.id} files={work.files.filter((f) => f.answerId === a.id)} />
                <blockquote className="quoted-text">{a.explanation}</blockquote>
              </li>
            ))}
          </ol>
        </>
      ) : null}

      {work.steps.length > 0 ? (
        <section data-testid="case-steps">
          <StepDoneNotice answer={answer} offered={work.steps} text={doneText} />
          {work.steps.map((intent) => (
            <CaseStepForm
              key={intent}
              intent={intent}
              version={work.version}
              assignees={work.assignees}
              assignee={work.assignee?.id}
              registered={work.registered}
              agency={work.agency}
              answer={answer?.intent === intent ? answer : undefined}
              done={doneText(intent)}
              requestReason={intent === "extend_verification" && work.extensionRequestedOn && typeof requestReason === "string" ? requestReason : undefined}
            />
          ))}
        </section>
      ) : null}

      {items.length > 0 ? (
        <>
          <h2>{t("case.items")}</h2>
          <FeeItemsTable items={items} testId="filing-items" />
        </>
      ) : null}

      <h2>{t("case.timeline")}</h2>
      <ol className="timeline">
        {events.map((e) => (
          <li key={e.id}>
            <Instant value={e.created_at} /> · {e.actor ?? t("case.timeline.system")} · {t(caseEventKey(e, c.source, supplementary))}
            <CaseEventDetail payload={e.payload} />
            <CaseFiles caseId={c.id} files={work.files.filter((f) => f.eventId === e.id)} />
          </li>
        ))}
      </ol>
    </section>
  );
}

/** A clock's days left or overdue: working days, or calendar days for the 90-day decision clock (行政处罚法 Art. 60 counts days), as the queue words them. */
function ClockDays({ t, today, clock }: { t: ReturnType<typeof useT>; today: string; clock: Parameters<typeof caseDueWords>[2] }) {
  const { words, overdue } = caseDueWords(t, today, clock);
  return <span className={overdue ? "badge red" : "badge"}>{words}</span>;
}

/**
 * A timeline event's name: a case opened from a complaint or a spot check says so; an answer the list above calls a
 * 补充说明 (its `supplementary`, from supplementaryAnswerIds) is one here too, not a second 情况说明.
 */
function caseEventKey(e: { kind: string; payload: Record<string, unknown> }, source: string, supplementary: ReadonlySet<unknown>): string {
  if (e.kind === "opened" && source !== "rule") return `case.event.opened_${source}`;
  if (e.kind === "kindergarten_answered" && supplementary.has(e.payload.answerId)) return "case.event.kindergarten_supplemented";
  return `case.event.${e.kind}`;
}

/** The words of a timeline event worth showing beside its name (never a complainant's identity: cases hold none). */
function CaseEventDetail({ payload }: { payload: Record<string, unknown> }) {
  const t = useT();
  // Its days are CivilDates, kept whole on a phone's line.
  const parts: DatedText[] = [];
  if (typeof payload.assigneeName === "string") parts.push([payload.assigneeName]);
  if (typeof payload.answerDueOn === "string") parts.push([`${t("case.field.answerDueOn")} `, { date: payload.answerDueOn }]);
  if (typeof payload.kind === "string" && typeof payload.basis === "string") parts.push([`${t(`case.decisionKind.${payload.kind}`)} · ${t(`case.basis.${payload.basis}`)}`]);
  // The number the decision's notice was served under: a decision taken anew after a reopening has its own.
  if (typeof payload.noticeNo === "string") parts.push([`${t("notice.numberLabel")} ${payload.noticeNo}`]);
  if (typeof payload.inspectedOn === "string") parts.push([{ date: payload.inspectedOn }, ` ${Array.isArray(payload.inspectors) ? payload.inspectors.join("、") : ""}`]);
  // An extension approved on the assignee's request: the request's reason (the event before it) is the approval's.
  if (payload.requested === true && typeof payload.approvedBy === "string") parts.push([t("case.extend.asRequested")]);
  if (payload.reason === "follow_up_overdue" || payload.reason === "decision_overturned") parts.push([t(`case.reopenReason.${payload.reason}`)]);
  else if (typeof payload.reason === "string") parts.push([payload.reason]);
  if (typeof payload.cause === "string") parts.push([clearCauseWords(t, payload)]);
  if (typeof payload.previousDueOn === "string" && typeof payload.dueOn === "string") parts.push([{ date: payload.previousDueOn }, " → ", { date: payload.dueOn }]);
  else if (typeof payload.dueOn === "string") parts.push([{ date: payload.dueOn }]);
  return (
    <>
      {parts.length > 0 ? <span>{datedText([" · ", ...joinedRuns(parts)])}</span> : null}
      {typeof payload.toCaseId === "string" ? (
        <>
          {" · "}
          <Link to={`/officer/cases/${payload.toCaseId}`}>{t("case.event.movedTo")}</Link>
        </>
      ) : null}
      {typeof payload.note === "string" ? <div className="muted">{payload.note}</div> : null}
    </>
  );
}

/** By what change a re-evaluation found the case's reason gone (a flags_cleared event's payload). */
function clearCauseWords(t: ReturnType<typeof useT>, payload: Record<string, unknown>): string {
  const cause = t(`case.clearCause.${String(payload.cause)}`, { version: String(payload.filingVersion ?? "") });
  return payload.noticeRuleVersion !== undefined ? `${cause}${t("case.clearCause.stillNotice")}` : cause;
}

/**
 * A case whose reason a re-evaluation found gone (flags_cleared_at): said before its flags, with by what change, and
 * what the officer does with it (decide it: the system neither decides nor closes a case).
 */
function ReasonGone({ clearedAt, settled, events }: { clearedAt: string; settled: boolean; events: ReadonlyArray<{ kind: string; payload: Record<string, unknown> }> }) {
  const t = useT();
  const last = events.filter((e) => e.kind === "flags_cleared").at(-1);
  return (
    <div className="notice" data-testid="case-reason-gone">
      <p>
        <strong>{t("queue.clearedMark")}</strong> · <Instant value={clearedAt} />
        {last ? ` · ${clearCauseWords(t, last.payload)}` : null}
      </p>
      {settled ? null : <p>{t("case.reasonGone.next")}</p>}
    </div>
  );
}

/** Links to a case's files (downloads through the case's permission check). */
function CaseFiles({ caseId, files }: { caseId: string; files: ReadonlyArray<{ evidenceId: string; name: string }> }) {
  if (files.length === 0) return null;
  return (
    <ul className="files">
      {files.map((f) => (
        <li key={f.evidenceId}>
          <a href={`/officer/cases/${caseId}/files/${f.evidenceId}`} download>
            {f.name}
          </a>
        </li>
      ))}
    </ul>
  );
}

/**
 * The parents' complaints a case holds now (the domain reads complaints.case_id: caseComplaintIds): those it was
 * opened from (`opened`), or those an officer linked to a case a rule or a draw opened; each a link to its handling
 * page for those who may read complaints. A complaint moved to another case is no longer here, only in the timeline.
 * Never who complained: cases hold only the complaints' ids.
 */
function ComplaintReason({ complaintIds: ids, opened, links }: { complaintIds: readonly string[]; opened: boolean; links: boolean }) {
  const t = useT();
  return (
    <div data-testid="case-complaints">
      <p>{ids.length === 0 ? t("case.fromComplaintsMoved") : t(opened ? "case.fromComplaints" : "case.linkedComplaints", { n: ids.length })}</p>
      <ul>
        {ids.map((id, i) => (
          <li key={id}>{links ? <Link to={`/officer/complaints/${id}`}>{t("case.complaintLink", { n: i + 1 })}</Link> : t("case.complaintLink", { n: i + 1 })}</li>
        ))}
      </ul>
    </div>
  );
}

/** A spot-check case's reason is its draw: the link to the draw's record (seed, inputs, verification). */
function SpotCheckReason({ events }: { events: ReadonlyArray<{ kind: string; payload: Record<string, unknown> }> }) {
  const t = useT();
  const drawId = events.find((e) => e.kind === "opened")?.payload.drawId;
  return (
    <p data-testid="case-spot-check">
      {t("caseAnswer.spotCheck")}
      {typeof drawId === "string" ? (
        <>
          {" "}
          <Link to={`/officer/spot-checks/${drawId}`}>{t("case.spotCheckDraw")}</Link>
        </>
      ) : null}
    </p>
  );
}
