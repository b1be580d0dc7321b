import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useEffect, useState, type FormEvent, type ReactNode } from "react";
import { ErrorBox } from "~/components/error-box";
import { confirmFirst, useFocusWhenShown } from "~/components/forms";
import { CivilDate, Instant } from "~/components/instant";
import { Interpolate } from "~/components/interpolate";
import { PublicCaseArticle } from "~/components/public-case";
import { GatedTextarea, PublicationDue } from "~/components/publication-draft";
import { publicCaseForOfficer } from "~/domain/publication/public-case-drafts.queries.server";
import { EXCERPT_MAX, NARRATIVE_MAX, REASON_MAX, SUMMARY_MAX, TEXT_PARTS, type DraftTexts } from "~/domain/publication/public-case.schema";
import { workPublicCase } from "~/domain/publication/public-case.service.server";
import type { FieldErrors, Message } from "~/domain/result";
import { requireActor } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { failureData } from "~/web/failure.server";
import { readForm, textFields } from "~/web/form.server";
import { useT } from "~/utils/i18n";
import { reloadAfterConflict, useVersionedFormBusy } from "~/utils/versioned-form";
import { pageTitle } from "~/utils/page-title";
import { Fact } from "~/components/facts";

export const meta = pageTitle<{ publicCase: { kindergarten_name: string } }>("publication.title", (data) => data.publicCase.kindergarten_name);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request, "draft:publication:region", "publish:publication:region");
  const view = await publicCaseForOfficer(getDb(), actor, params.id ?? "");
  // Another district's draft is "not found", as cases are.
  if (!view) throw new Response("Not found", { status: 404 });
  return view;
}

type ActionAnswer = {
  intent: string | null;
  done: boolean;
  error: Message | null;
  fieldErrors: FieldErrors;
  /** A revision refused as stale: the texts the officer wrote, given back to the page that reloads with the other officer's. */
  kept?: DraftTexts;
};

export async function action({ request, params, context }: ActionFunctionArgs) {
  const actor = await requireActor(request, "draft:publication:region", "publish:publication:region");
  const input = textFields(await readForm(request));
  const intent = typeof input.intent === "string" ? input.intent.slice(0, 20) : null;
  const result = await workPublicCase({ db: getDb(), actor, publicCaseId: params.id ?? "", input, requestId: context?.requestId });
  if (!result.ok) {
    const stale = intent === "revise" && result.kind === "conflict" && result.formErrors[0]?.key === "publication.stale";
    const kept = stale ? (Object.fromEntries(TEXT_PARTS.map((part) => [part, String(input[part] ?? "").slice(0, MAX_OF[part])])) as DraftTexts) : undefined;
    const error = stale ? { key: "publication.staleKept" } : (result.formErrors[0] ?? null);
    return failureData<ActionAnswer>(result, { intent, done: false, error, fieldErrors: result.fieldErrors, kept });
  }
  return data<ActionAnswer>({ intent, done: true, error: null, fieldErrors: {} });
}

// A step refused as stale (409) reloads the draft as the other officer left it; a stale revision's texts stay in the boxes.
export const shouldRevalidate = reloadAfterConflict;

const MAX_OF = { summary: SUMMARY_MAX, narrative: NARRATIVE_MAX, complaintExcerpt: EXCERPT_MAX } as const;

export default function PublicationDraft() {
  const view = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const t = useT();
  const busy = useVersionedFormBusy();
  const { publicCase: p, steps } = view;
  // Texts typed and not saved: submitting would send the saved ones for approval and drop what was typed.
  // The texts the boxes start from: the saved ones, or after a stale revision the officer's own, not yet saved.
  const kept = steps.includes("revise") ? answer?.kept : undefined;
  const [unsaved, setUnsaved] = useState(false);
  useEffect(() => setUnsaved(kept !== undefined), [p.version]); // once per version read: a stale revision's reload starts unsaved
  const lastReturn = [...view.events].reverse().find((e) => e.kind === "returned");
  const fieldError = (name: string) => {
    const m = answer?.fieldErrors[name]?.[0];
    return m ? t(m.key, m.vars) : undefined;
  };
  // A refused step's messages: under the field they concern when the page shows it (the texts; a return's or an
  // overturn's reason, in that step's form), else above, with the step's reason.
  const reasonStep = answer && !answer.done && (answer.intent === "return" || answer.intent === "overturn") && steps.includes(answer.intent) ? answer.intent : null;
  const underFields = new Set<string>([...TEXT_PARTS, ...(reasonStep ? ["reason"] : [])]);
  const pageMessages = answer
    ? [
        ...(answer.error ? [answer.error] : []),
        ...Object.entries(answer.fieldErrors)
          .filter(([name, messages]) => !underFields.has(name) && messages.length > 0)
          .map(([, messages]) => messages[0]),
      ]
    : null;
  // Refused for a field's sake alone: focus goes to the first such field, read with its message (a message above the
  // fields, when there is one, takes the focus itself: ErrorBox).
  useEffect(() => {
    if (!answer || answer.done || (pageMessages?.length ?? 0) > 0) return;
    const first = [...TEXT_PARTS, "reason"].find((name) => underFields.has(name) && (answer.fieldErrors[name]?.length ?? 0) > 0);
    if (!first) return;
    document.getElementById(first === "reason" ? `${reasonStep}-reason` : `field-${first}`)?.focus();
  }, [answer]); // once per answer
  const version = <input type="hidden" name="version" value={p.version} />;
  const hitCount = Object.values(view.hits).reduce((n, hits) => n + (hits?.length ?? 0), 0);
  return (
    <>
      <section className="panel">
        <p>
          <Link to="/officer/publications">{t("publication.back")}</Link>
        </p>
        <h1>
          {p.kindergarten_name} · {t(`publication.status.${p.status}`)}
        </h1>
        <p className="muted">
          {t(`case.decisionKind.${p.decision_kind}`)} · <CivilDate value={p.decided_on} /> · <Link to={`/officer/cases/${p.case_id}`}>{t("publication.case")}</Link>
        </p>
        {p.daysLeft !== null ? (
          <p>
            <Interpolate id="publication.dueOn" vars={{ date: <CivilDate value={p.publish_due_on} /> }} /> · <PublicationDue daysLeft={p.daysLeft} dueOn={p.publish_due_on} overdue={p.overdue} estimated={p.dueEstimated} withDate={false} />
          </p>
        ) : null}
        {p.status === "published" && p.withdraw_due_on ? (
          <p>
            <Interpolate id="publication.withdrawDueOn" vars={{ date: <CivilDate value={p.withdraw_due_on} /> }} /> ·{" "}
            {/* What parents read, to check it once it is out (the public list keeps it too). */}
            <Link to={`/cases/${p.id}`} data-testid="public-page">
              {t("publication.publicPage")}
            </Link>
          </p>
        ) : null}
        {view.onHold ? (
          <p className="notice" role="status" data-testid="on-hold">
            {t("publication.onHold")}
          </p>
        ) : null}
        {p.status === "returned" && lastReturn ? (
          <p className="notice" role="status" data-testid="returned-reason">
            {t("publication.returnedBecause", { reason: String(lastReturn.payload.reason ?? "") })}
          </p>
        ) : null}
        {answer?.done && answer.intent ? <DoneLine answer={answer}>{t(`publication.done.${answer.intent}`)}</DoneLine> : null}
        <ErrorBox messages={pageMessages} />
      </section>

      {view.record ? (
        <WithdrawalRecord record={view.record} texts={view.texts} />
      ) : (
        <section className="panel" data-testid="gate">
          <h2>{t("publication.gate.title")}</h2>
          <p id="publication-gate-state" className={hitCount > 0 ? "form-error" : "muted"}>
            {hitCount > 0 ? t("publication.gate.blocked") : `${t("publication.gate.clean")}${steps.includes("submit") ? t("publication.gate.canSubmit") : ""}`}
          </p>
          {/* The texts as saved, each with the gate's findings; editable while the draft is the drafters'. */}
          <Form method="post" key={`${p.version}`}>
            {version}
            {TEXT_PARTS.map((part) => (
              <GatedTextarea
                key={part}
                name={part}
                label={t(`publication.part.${part}`)}
                hint={part === "complaintExcerpt" ? t("publication.excerptHint") : undefined}
                defaultValue={kept?.[part] ?? view.texts[part]}
                maxLength={MAX_OF[part]}
                rows={part === "summary" ? 4 : 6}
                error={fieldError(part)}
                readOnly={!steps.includes("revise")}
                onEdit={() => setUnsaved(true)}
              />
            ))}
            {steps.includes("revise") ? (
              <>
                <p className="muted">{t("publication.gate.live")}</p>
                <p className="actions">
                  <button type="submit" name="intent" value="revise" className="secondary" disabled={busy}>
                    {t("publication.revise")}
                  </button>
                </p>
              </>
            ) : null}
          </Form>
          {steps.includes("submit") ? (
            <Form method="post">
              {version}
              {/* Not while the saved texts hold personal data (the server would refuse it) or unsaved edits wait: why, beside it. */}
              <p className="actions">
                <button
                  type="submit"
                  name="intent"
                  value="submit"
                  className="primary"
                  disabled={busy || unsaved || hitCount > 0}
                  aria-describedby={unsaved ? "publication-unsaved" : hitCount > 0 ? "publication-submit-blocked" : undefined}
                >
                  {t("publication.submit")}
                </button>
                {unsaved ? (
                  <span id="publication-unsaved" className="button-note muted">
                    {t("publication.saveFirst")}
                  </span>
                ) : hitCount > 0 ? (
                  <span id="publication-submit-blocked" className="button-note muted" data-testid="submit-blocked">
                    {t("publication.gate.blocked")}
                  </span>
                ) : null}
              </p>
            </Form>
          ) : null}
        </section>
      )}

      {p.status === "pending_approval" && view.ownDraft ? <p className="notice">{t("publication.ownDraft")}</p> : null}
      {view.awaitingApprover ? (
        <p className="notice" data-testid="publication-awaiting-approver">
          {t("publication.awaitingApprover")}
        </p>
      ) : null}
      {steps.includes("approve") || steps.includes("overturn") ? (
        <section className="panel">
          {steps.includes("approve") ? (
            // Made public at once, for everyone: asked first, like a case's decision.
            <Form method="post" onSubmit={confirmFirst(t("step.confirm", { step: t("publication.approve") }))}>
              {version}
              <button type="submit" name="intent" value="approve" className="primary" disabled={busy}>
                {t("publication.approve")}
              </button>
            </Form>
          ) : null}
          {steps.includes("return") ? (
            <ReasonStep intent="return" label={t("publication.return")} reasonLabel={t("publication.returnReason")} multiline version={version} answer={answer} busy={busy} />
          ) : null}
          {steps.includes("overturn") ? (
            // Takes the case down at once (a draft: never to be published) and reopens it: asked first, like the
            // approval that publishes. Worded for what it withdraws: a published case, or a draft not yet public.
            <ReasonStep
              intent="overturn"
              label={t(p.status === "published" ? "publication.overturn" : "publication.overturnDraft")}
              reasonLabel={t("publication.overturnReason")}
              multiline={false}
              confirm={t(p.status === "published" ? "publication.overturnConfirm" : "publication.overturnDraftConfirm")}
              version={version}
              answer={answer}
              busy={busy}
            />
          ) : null}
        </section>
      ) : null}

      {view.preview ? (
        <section className="panel">
          <h2>{t("publication.preview")}</h2>
          <PublicCaseArticle content={view.preview} publishedOn={p.published_on} headingLevel={2} />
        </section>
      ) : null}

      <section className="panel">
        <h2>{t("publication.timeline")}</h2>
        <ol className="timeline" data-testid="publication-timeline">
          {view.events.map((e) => (
            <li key={e.id} data-kind={e.kind}>
              <Instant value={e.created_at} /> · {e.actor ?? t("publication.system")} · {t(`publication.event.${e.kind}`)}
              {typeof e.payload.reason === "string" && e.kind === "returned" ? `${t("text.colon")}${e.payload.reason}` : null}
              {e.kind === "withdrawn" && typeof e.payload.reason === "string" ? ` · ${t(`publication.withdrawal.${e.payload.reason}`)}` : null}
              {typeof e.payload.note === "string" ? `${t("text.colon")}${e.payload.note}` : null}
            </li>
          ))}
        </ol>
        <details>
          <summary>{t("publication.revisions", { count: view.revisions.length })}</summary>
          {view.revisions.map((r) => (
            <div key={r.revision} className="revision">
              <h3>
                {t("publication.revision", { n: r.revision, author: r.author ?? t("publication.system") })} · <Instant value={r.created_at} />
              </h3>
              <p className="prewrap">{r.summary}</p>
              {r.narrative ? <p className="prewrap">{r.narrative}</p> : null}
              {r.complaint_excerpt ? <blockquote className="prewrap">{r.complaint_excerpt}</blockquote> : null}
            </div>
          ))}
        </details>
      </section>
    </>
  );
}

/**
 * A withdrawn case as a record, with nothing to edit or check: when it was published and by whose approval (or that it
 * never was), when, why and by whom it was taken down, and the texts it was published with (or withdrawn as).
 */
function WithdrawalRecord({ record, texts }: { record: NonNullable<ReturnType<typeof useLoaderData<typeof loader>>["record"]>; texts: DraftTexts }) {
  const t = useT();
  return (
    <section className="panel" data-testid="publication-record">
      <h2>{t("publication.record.title")}</h2>
      <dl className="grid cols-3">
        <Fact label={t("publication.record.publishedOn")}>{record.publishedOn ? <CivilDate value={record.publishedOn} /> : t("publication.record.neverPublished")}</Fact>
        {record.publishedOn ? <Fact label={t("publication.record.approvedBy")}>{record.approvedBy ?? t("publication.system")}</Fact> : null}
        {record.withdrawnAt ? (
          <Fact label={t("publication.record.withdrawnAt")}>
            <Instant value={record.withdrawnAt} />
          </Fact>
        ) : null}
        {record.reason ? <Fact label={t("publication.record.reason")}>{t(`publication.withdrawal.${record.reason}`)}</Fact> : null}
        {record.grounds ? <Fact label={t("publication.record.grounds")}>{record.grounds}</Fact> : null}
        <Fact label={t("publication.record.withdrawnBy")}>{record.withdrawnBy ?? t("publication.system")}</Fact>
      </dl>
      <h3>{t(record.publishedOn ? "publication.record.texts" : "publication.record.draftTexts")}</h3>
      <dl>
        {TEXT_PARTS.filter((part) => texts[part] !== "").map((part) => (
          <Fact key={part} label={t(`publication.part.${part}`)} className="prewrap">
            {texts[part]}
          </Fact>
        ))}
      </dl>
    </section>
  );
}

/** A step's outcome, focused when it comes (a keyboard or screen-reader user hears it: the button pressed is gone or disabled). */
function DoneLine({ answer, children }: { answer: ActionAnswer; children: ReactNode }) {
  const ref = useFocusWhenShown<HTMLParagraphElement>(answer);
  return (
    <p ref={ref} className="notice" role="status" tabIndex={-1} data-testid="publication-done">
      {children}
    </p>
  );
}

/** Asks before a step with its reason typed; without one it is sent unasked, to be refused under the field. */
function confirmWithReason(question: string): (event: FormEvent<HTMLFormElement>) => void {
  return (event) => {
    if (String(new FormData(event.currentTarget).get("reason") ?? "").trim() !== "") confirmFirst(question)(event);
  };
}

/**
 * A step that needs a reason (return to the drafter, decision overturned): the browser's own check is off, the
 * server's refusal is told under the field, in the page's language, and the field is marked and read with it
 * (the page moves focus to it).
 */
function ReasonStep(props: { intent: "return" | "overturn"; label: string; reasonLabel: string; multiline: boolean; confirm?: string; version: ReactNode; answer: ActionAnswer | undefined; busy: boolean }) {
  const t = useT();
  const { intent, answer } = props;
  const error = answer && !answer.done && answer.intent === intent ? answer.fieldErrors.reason?.[0] : undefined;
  const id = `${intent}-reason`;
  const marks = error ? { "aria-invalid": true, "aria-describedby": `${id}-error` } : {};
  return (
    <Form method="post" className="stack" noValidate data-testid={`publication-${intent}`} onSubmit={props.confirm ? confirmWithReason(props.confirm) : undefined}>
      {props.version}
      <div className="field">
        <label htmlFor={id}>{props.reasonLabel}</label>
        {props.multiline ? <textarea id={id} name="reason" rows={2} maxLength={REASON_MAX} required {...marks} /> : <input id={id} name="reason" maxLength={REASON_MAX} required {...marks} />}
        {error ? (
          <p id={`${id}-error`} className="field-error">
            {t(error.key, error.vars)}
          </p>
        ) : null}
      </div>
      <p className="actions">
        <button type="submit" name="intent" value={intent} className="secondary" disabled={props.busy}>
          {props.label}
        </button>
      </p>
    </Form>
  );
}
