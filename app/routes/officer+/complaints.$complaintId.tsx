import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { ComplaintDeadline } from "~/components/complaint-deadline";
import { caseRuleLabel } from "~/components/case-rule-label";
import { MEDIATION_WORKING_DAYS } from "~/domain/complaints/complaint-clock";
import { RefundClaimsTable } from "~/components/refund-claims-table";
import { DataTable } from "~/components/data-table";
import { FlagExplanation } from "~/components/flag-explanation";
import { Interpolate } from "~/components/interpolate";
import { CivilDate, datedText, Instant, joinedRuns, type DatedText } from "~/components/instant";
import { RefusedStepAlert, StepDoneNotice, StepForm, useStepFields, type StepAnswer } from "~/components/step-form";
import { handleComplaint, reviewHandling } from "~/domain/complaints/complaint-handling.server";
import {
  CONFIRMED_HANDLING_INTENTS,
  HANDLING_INTENTS,
  mediationOutcomesFor,
  NEW_CASE,
  NOTE_MAX,
  REJECTION_GROUNDS,
  REPLY_MAX,
  REPORT_DECISIONS,
  type HandlingIntent,
} from "~/domain/complaints/complaint-handling.schema";
import { complaintForOfficer } from "~/domain/complaints/complaint-queue.queries.server";
import { requireActor } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { readForm, textFields } from "~/web/form.server";
import { answerStep } from "~/web/step-action.server";
import { formatFen } from "~/utils/money";
import { useLang, useRuleLang, useT } from "~/utils/i18n";
import { formatTerm } from "~/utils/term";
import { reloadAfterConflict } from "~/utils/versioned-form";
import { pageTitle } from "~/utils/page-title";
import { Fact } from "~/components/facts";

export const meta = pageTitle<{ complaint: { trackingNo: string } }>("handling.queue.title", (data) => data.complaint.trackingNo);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request, "read:complaint:region", "read:complaint:any");
  const view = await complaintForOfficer(getDb(), actor, params.complaintId ?? "");
  // Another district's complaint is "not found", as cases are.
  if (!view) throw new Response("Not found", { status: 404 });
  return view;
}


export async function action({ request, params, context }: ActionFunctionArgs) {
  const actor = await requireActor(request, "handle:complaint:region");
  const sent = textFields(await readForm(request));
  const args = { db: getDb(), actor, complaintId: params.complaintId ?? "", requestId: context?.requestId };
  // An action that ends a stage for good is first only checked: the officer confirms an action the server would take.
  return answerStep(sent, {
    confirmed: CONFIRMED_HANDLING_INTENTS,
    check: (input) => reviewHandling({ ...args, input }),
    take: async (input) => {
      const result = await handleComplaint({ ...args, input });
      // A transferred complaint belongs to another district now (confirmed first, as it cannot be taken back): back to the queue.
      if (result.ok && input.intent === "transfer") throw redirect("/officer/complaints");
      return result;
    },
  });
}

export const shouldRevalidate = reloadAfterConflict;

export default function ComplaintPage() {
  const view = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const t = useT();
  const lang = useLang();
  const ruleLang = useRuleLang();
  const { complaint: c, kindergarten: kg } = view;
  const doneText = (intent: string) => t("handling.done", { action: t(`handling.action.${intent}`) });
  return (
    <>
      <section className="panel">
        <p>
          <Link to="/officer/complaints">← {t("handling.page.back")}</Link>
        </p>
        <h1>
          {t(`handling.trackName.${c.track}`)} · <span className="mono">{c.trackingNo}</span> · {t(`handling.status.${c.status}`)}
        </h1>
        {/* A step refused whose form is gone (the complaint moved on meanwhile): said here, its form no longer can. */}
        <RefusedStepAlert answer={answer} offered={view.actions} label={(i) => ((HANDLING_INTENTS as readonly string[]).includes(i) ? t(`handling.action.${i}`) : null)} />
        {/* A step that left no action (办结): said here, there being no actions to say it above. */}
        {view.actions.length === 0 ? <StepDoneNotice answer={answer} offered={view.actions} text={doneText} /> : null}
        <p>
          <Link to={`/officer/kindergartens/${kg.id}`}>{kg.approvedName}</Link>
          {kg.nameInUse !== kg.approvedName ? `（${kg.nameInUse}）` : null} · {kg.regionName} · <span className="mono">{kg.uscc}</span>
        </p>
        <dl className="grid cols-3" data-testid="complaint-summary">
          <Fact label={t("handling.page.deadline")}>
            <ComplaintDeadline deadline={view.deadline} withKind />
            {view.deadline && !view.deadline.calendarComplete ? <span className="muted"> {t("handling.due.estimated")}</span> : null}
          </Fact>
          {c.track === "complaint" ? (
            <Fact label={t("handling.page.kindergartenReference")}>
              <span className="mono" data-testid="kindergarten-reference">
                {c.kindergartenReference}
              </span>
            </Fact>
          ) : null}
          <Fact label={t("handling.page.receivedAt")}>
            <Instant value={c.receivedAt} />
          </Fact>
          <Fact label={t("handling.page.clockFrom")}>
            <CivilDate value={c.clockFrom} />
          </Fact>
          <Fact label={t("handling.page.region")}>{c.regionName}</Fact>
          <Fact label={t("handling.filter.kind")}>{t(`handling.kind.${c.kind}`)}</Fact>
          <Fact label={t("handling.page.case")}>
            {view.linkedCase ? <Link to={`/officer/cases/${view.linkedCase.id}`}>{`${caseRuleLabel(view.linkedCase.rule_id, view.linkedCase.title?.[ruleLang])} · ${formatTerm(view.linkedCase.term, lang)}`}</Link> : <span className="muted">{t("handling.page.noCase")}</span>}
          </Fact>
          {c.rejectionGround ? <Fact label={t("handling.page.rejectionGround")}>{t(`handling.ground.${c.rejectionGround}`)}</Fact> : null}
          {c.mediationOutcome ? <Fact label={t("handling.field.outcome")}>{t(`handling.outcomeName.${c.mediationOutcome}`)}</Fact> : null}
          {c.refundAgreedFen !== null ? <Fact label={t("handling.page.refundAgreed")}>{t("flag.yuan", { amount: formatFen(c.refundAgreedFen, lang) })}</Fact> : null}
          {c.lastReplyOn ? (
            <Fact label={t("handling.page.lastReply")}>
              <CivilDate value={c.lastReplyOn} />
            </Fact>
          ) : null}
        </dl>
      </section>

      <section className="panel">
        <h2>{t("handling.page.facts")}</h2>
        <dl className="grid cols-3">
          <Fact label={t("handling.page.contact")}>
            {c.contactErasedOn && !c.anonymous ? (
              <span data-testid="complaint-contact-erased">
                <Interpolate id="handling.page.contactErased" vars={{ date: <CivilDate value={c.contactErasedOn} /> }} />
              </span>
            ) : c.contact ? (
              <span data-testid="complaint-contact">
                {c.contact.name} · <span className="mono">{c.contact.phone}</span>
                {c.contact.address ? <> · {c.contact.address}</> : null}
              </span>
            ) : (
              t("handling.page.anonymous")
            )}
          </Fact>
          {c.track === "complaint" ? <Fact label={t("handling.page.shareContact")}>{c.shareContact ? t("handling.page.yes") : t("handling.page.no")}</Fact> : null}
          <Fact label={t("handling.page.publishConsent")}>{c.publishConsent ? t("handling.page.yes") : t("handling.page.no")}</Fact>
          <Fact label={t("handling.page.paidOn")}>{c.paidOn ? <CivilDate value={c.paidOn} /> : "—"}</Fact>
          <Fact label={t("handling.page.learnedOn")}>
            <CivilDate value={c.learnedOn} />
          </Fact>
          {c.accountPaidInto ? (
            <Fact label={t("handling.page.accountPaidInto")}>
              <span className="mono">{c.accountPaidInto}</span>
            </Fact>
          ) : null}
        </dl>
        <h3>{t("handling.page.narrative")}</h3>
        <p className="prewrap" data-testid="complaint-narrative">
          {c.narrative}
        </p>
        <RefundClaimsTable rows={c.refundClaims} />
        {view.items.length > 0 ? (
          <>
            <h3>{t("handling.page.items")}</h3>
            <DataTable
              rows={view.items}
              rowKey={(_, i) => String(i)}
              columns={[
                { id: "name", header: t("handling.page.itemName"), key: true, cell: (i) => i.name },
                { id: "amount", header: t("handling.page.amount"), numeric: true, cell: (i) => `${t("flag.yuan", { amount: formatFen(i.amountFen, lang) })} · ${t(`unit.${i.unit}`)}` },
              ]}
            />
          </>
        ) : null}
        <h3>{t("handling.page.evidence")}</h3>
        {view.evidence.length === 0 ? (
          <p className="muted">{t("handling.page.noEvidence")}</p>
        ) : (
          <ul data-testid="complaint-evidence">
            {view.evidence.map((e) => (
              <li key={e.id}>
                <a href={`/officer/complaints/${c.id}/evidence/${e.id}`}>{e.name}</a>{" "}
                <span className="muted">
                  {t(`handling.page.party.${e.party}`)} · {Math.max(1, Math.round(e.bytes / 1024))} KB
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="panel">
        <h2>{t("handling.page.flags")}</h2>
        {view.flags.length > 0 ? (
          <div data-testid="complaint-flags">
            {view.flags.map((f) => (
              <FlagExplanation key={`${f.ruleId}@${f.ruleVersion}`} outcome={f.outcome} audience="officer" items={view.flaggedItems} />
            ))}
          </div>
        ) : (
          <p className="muted">{c.triagedAt ? t("handling.page.noFlags") : t("handling.page.notTriaged")}</p>
        )}
      </section>

      {view.actions.length > 0 ? (
        <section className="panel" data-testid="complaint-actions">
          <h2>{t("handling.page.actions")}</h2>
          <StepDoneNotice answer={answer} offered={view.actions} text={doneText} />
          {view.actions.map((intent) => (
            <ActionForm key={intent} intent={intent} view={view} answer={answer?.intent === intent ? answer : undefined} done={doneText(intent)} />
          ))}
        </section>
      ) : !view.canHandle ? (
        <section className="panel">
          <p className="muted">{t("handling.page.readOnly")}</p>
        </section>
      ) : null}

      <section className="panel">
        <h2>{t("handling.page.timeline")}</h2>
        <ol className="timeline" data-testid="complaint-timeline">
          {view.events.map((e) => (
            <li key={e.id} data-kind={e.kind}>
              <Instant value={e.at} /> · <strong>{t(`handling.event.${e.kind}`)}</strong> · {e.actorName ?? t(`handling.page.party.${e.party}`)}
              {e.public ? <span className="muted"> · {t("handling.page.publicMark")}</span> : null}
              <EventDetail payload={e.payload} />
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}

function EventDetail({ payload }: { payload: Record<string, unknown> }) {
  const t = useT();
  const lang = useLang();
  // Its day is a CivilDate, kept whole on a phone's line.
  const parts: DatedText[] = [];
  if (typeof payload.ground === "string") parts.push([t(`handling.ground.${payload.ground}`)]);
  if (typeof payload.outcome === "string") {
    parts.push([payload.outcome === "case_opened" || payload.outcome === "no_case" ? t(`handling.decisionName.${payload.outcome}`) : t(`handling.outcomeName.${payload.outcome}`)]);
  }
  if (typeof payload.refundFen === "number") parts.push([t("flag.yuan", { amount: formatFen(payload.refundFen, lang) })]);
  if (typeof payload.toRegionName === "string") parts.push([`→ ${payload.toRegionName}`]);
  if (typeof payload.approver === "string") parts.push([t("text.labelled", { label: t("handling.field.approver"), value: payload.approver })]);
  if (typeof payload.dueKind === "string" && typeof payload.dueOn === "string") parts.push([`${t(`handling.dueKind.${payload.dueKind}`)} `, { date: payload.dueOn }]);
  return (
    <>
      {parts.length > 0 ? <span>{datedText([" · ", ...joinedRuns(parts)])}</span> : null}
      {[payload.publicText, payload.explanation].map((text, i) =>
        typeof text === "string" ? (
          <blockquote key={i} className="quoted-text">
            {text}
          </blockquote>
        ) : null,
      )}
      {typeof payload.note === "string" ? <div className="muted">{payload.note}</div> : null}
    </>
  );
}

type View = ReturnType<typeof useLoaderData<typeof loader>>;

/** What an action checked and awaiting confirmation would record (reviewHandling): its timeline event, the case it would open or link. */
type Checked = { event: { kind: string; public: boolean; payload: Record<string, unknown> }; case: string | null };

function ActionForm({ intent, view, answer, done }: { intent: HandlingIntent; view: View; answer?: StepAnswer<Checked>; done: string }) {
  const t = useT();
  const lang = useLang();
  const ruleLang = useRuleLang();
  // Every control starts from what a refused post sent (the page a browser without JavaScript gets back is rendered from it).
  const { id, field, choice, sent } = useStepFields(intent, answer);
  const reply = (required: boolean) =>
    field(
      "reply",
      required ? t("handling.field.reply") : t("handling.field.replyOptional"),
      <textarea id={id("reply")} name="reply" rows={3} maxLength={REPLY_MAX} required={required} defaultValue={sent("reply")} />,
    );
  const note = field("note", t("handling.field.note"), <input id={id("note")} name="note" maxLength={NOTE_MAX} defaultValue={sent("note")} />);
  // A case still being worked is named before "new": the same charge reported twice belongs to one case. The
  // domain lists those first, and counts them all: a list cut short says how many it names.
  const listed = view.cases.filter((k) => k.status !== "closed").length;
  const unfinished = view.unfinishedCases;
  const caseChoices = [
    { value: NEW_CASE, label: t("handling.field.newCase") },
    ...view.cases.map((k) => ({
      value: k.id,
      label: `${caseRuleLabel(k.rule_id, k.title?.[ruleLang])} · ${formatTerm(k.term, lang)} · ${t(`case.status.${k.status}`)} · ${t("handling.field.caseOpenedOn", { date: k.openedOn })}`,
    })),
  ];
  const caseSelect = (required: boolean) => (
    <>
      {choice("caseId", t("handling.field.case"), caseChoices, required)}
      {unfinished > 0 ? (
        <p className="muted">
          {listed < unfinished ? t("handling.field.caseUnfinishedCut", { n: unfinished, listed }) : t("handling.field.caseUnfinished", { n: unfinished })}
        </p>
      ) : null}
    </>
  );
  let fields: ReactNode = null;
  switch (intent) {
    case "accept":
      fields = reply(false);
      break;
    case "reject":
      fields = (
        <>
          {choice(
            "ground",
            t("handling.field.ground"),
            REJECTION_GROUNDS.map((g) => ({ value: g, label: t(`handling.ground.${g}`) })),
          )}
          {reply(true)}
        </>
      );
      break;
    case "transfer":
      fields = (
        <>
          {choice(
            "toRegion",
            t("handling.field.toRegion"),
            view.districts.map((d) => ({ value: d.code, label: `${d.name}（${d.code}）` })),
          )}
          {note}
        </>
      );
      break;
    case "extend":
      // Offered to a lead only, who approves it by taking the step: their name is the approver's on the record.
      fields = note;
      break;
    case "start_mediation":
      fields = field(
        "consent",
        null,
        <label>
          <input type="checkbox" name="consent" required defaultChecked={sent("consent") !== undefined} /> {t("handling.field.consent")}
        </label>,
      );
      break;
    case "record_outcome": {
      // Before mediation started no agreement can be recorded: neither offered, nor the agreed refund asked for.
      const outcomes = mediationOutcomesFor(view.complaint.status);
      fields = (
        <>
          {choice(
            "outcome",
            t("handling.field.outcome"),
            outcomes.map((o) => ({ value: o, label: t(`handling.outcomeName.${o}`) })),
          )}
          {outcomes.includes("agreement")
            ? field("refund", t("handling.field.refund"), <input id={id("refund")} name="refund" inputMode="decimal" maxLength={20} defaultValue={sent("refund")} />)
            : null}
          {reply(false)}
        </>
      );
      break;
    }
    case "decide":
      fields = (
        <>
          {choice(
            "decision",
            t("handling.field.decision"),
            REPORT_DECISIONS.map((d) => ({ value: d, label: t(`handling.decisionName.${d}`) })),
          )}
          {caseSelect(false)}
          {reply(false)}
        </>
      );
      break;
    case "link_case":
      fields = caseSelect(true);
      break;
    case "reply":
      fields = reply(true);
      break;
    case "close":
      fields = note;
      break;
  }
  return (
    <StepForm
      intent={intent}
      version={view.complaint.version}
      label={t(`handling.action.${intent}`)}
      done={done}
      quiet={intent === "reject" || intent === "close"}
      testId={`action-${intent}`}
      answer={answer}
      // Checked by the server before the officer is asked to confirm: the timeline's entry it would write.
      review={CONFIRMED_HANDLING_INTENTS.includes(intent) ? { summary: answer?.checked ? <CheckedAction checked={answer.checked} caseChoices={caseChoices} /> : null } : undefined}
    >
      {fields}
    </StepForm>
  );
}

/** An action the server has checked, as the timeline would show it once confirmed: the event, who reads it, the case. */
function CheckedAction({ checked, caseChoices }: { checked: Checked; caseChoices: ReadonlyArray<{ value: string; label: string }> }) {
  const t = useT();
  const linked = checked.case === null ? null : (caseChoices.find((c) => c.value === checked.case)?.label ?? checked.case);
  return (
    <div data-testid="checked-action">
      <strong>{t(`handling.event.${checked.event.kind}`)}</strong>
      {checked.event.public ? <span className="muted"> · {t("handling.page.publicMark")}</span> : null}
      <EventDetail payload={checked.event.payload} />
      {linked ? <div>{t("text.labelled", { label: t("handling.field.case"), value: linked })}</div> : null}
      {/* What the step settles beyond its entry: the clock it starts, the way it rules out. */}
      {checked.event.kind === "accepted" ? <p>{t("handling.confirm.accepted", { days: MEDIATION_WORKING_DAYS })}</p> : null}
      {checked.event.kind === "transferred" ? <p>{t("handling.confirm.transferred", { region: String(checked.event.payload.toRegionName ?? "") })}</p> : null}
    </div>
  );
}
