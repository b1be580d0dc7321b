/**
 * One inspection case as the kindergarten reads it (the reasons about its
 * own filing, the date to answer by, the decision), and its answer or proof
 * with evidence files streamed like a parent's.
 */
import { CaseDecisionLine } from "~/components/case-decision";
import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useRef } from "react";
import { useTabKeptText } from "~/utils/form-draft";
import { FlagExplanation } from "~/components/flag-explanation";
import { useFilingName } from "~/components/filing-name";
import { AnswerExplanationField, AnswerSubmit, EvidenceFilesField, RefundTotalField } from "~/components/answer-fields";
import { useCheckedFiles } from "~/components/checked-files";
import { FieldError, FormErrors, InputField } from "~/components/forms";
import { CivilDate, Instant } from "~/components/instant";
import { Fact } from "~/components/facts";
import { Interpolate } from "~/components/interpolate";
import { formatInstant } from "~/utils/instant";
import { SentFiles } from "~/components/sent-files";
import { answerCase, kindergartenCase } from "~/domain/cases/case-kindergarten.server";
import { caseAnswerInput, MAX_CASE_ANSWER_FILES } from "~/domain/cases/case-work.schema";
import { latestAccountStatus } from "~/domain/fee-accounts/fee-account.queries.server";
import { formatFen } from "~/utils/money";
import { useLang, useT } from "~/utils/i18n";
import { formatTerm } from "~/utils/term";
import { requireActor } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { answerWithEvidence, getEvidenceStore } from "~/web/evidence.server";
import { reloadAfterConflict, useVersionedFormBusy } from "~/utils/versioned-form";
import { pageTitle } from "~/utils/page-title";

export const meta = pageTitle<{ case: { title: { zh: string; en: string } | null; term: string } }>("caseAnswer.listTitle", (data, lang) =>
  data.case.title ? `${data.case.title[lang === "en" ? "en" : "zh"]} · ${formatTerm(data.case.term, lang)}` : null,
);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request, "read:case:own");
  const db = getDb();
  // The account's state is fee-accounts' read, asked here (cases import no fee-accounts): R09's advice names the
  // account page's button by it, as on a filing's page. Only a kindergarten's own case is found, so it is its own.
  const [found, accountStatus] = await Promise.all([
    kindergartenCase(db, actor, params.caseId ?? ""),
    actor.kindergartenId ? latestAccountStatus(db, actor.kindergartenId) : null,
  ]);
  if (!found) throw new Response("Not found", { status: 404 });
  return { case: found, accountStatus };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const actor = await requireActor(request, "answer:case:own");
  return answerWithEvidence(request, {
    maxFiles: MAX_CASE_ANSWER_FILES,
    schema: caseAnswerInput,
    save: (form) => answerCase({ db: getDb(), store: getEvidenceStore(), actor, caseId: params.caseId ?? "", ...form, requestId: context?.requestId }),
    // A repeat of an answer already stored (Back, then sent again) stored nothing: the page says when it was received.
    savedAt: (saved) => (saved.repeatOf ? `/kindergarten/cases/${saved.caseId}?repeat=${saved.repeatOf.answerId}` : `/kindergarten/cases/${saved.caseId}?answered=1`),
  });
}

export const shouldRevalidate = reloadAfterConflict;

export default function KindergartenCasePage() {
  const { case: c, accountStatus } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const lastResult = actionData?.result;
  const t = useT();
  const lang = useLang();
  const filingName = useFilingName();
  const [search] = useSearchParams();
  const busy = useVersionedFormBusy();
  const [form, fields] = useForm({
    id: "case-answer",
    lastResult,
    shouldValidate: "onBlur",
    // Once refused, a field is checked as it is typed: checked on blur instead, its message would vanish as the button
    // is pressed, the button move up under the pointer, and the press submit nothing.
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: caseAnswerInput }),
  });
  const files = useCheckedFiles({
    max: MAX_CASE_ANSWER_FILES,
    serverSaid: actionData?.evidenceError ? [actionData.evidenceError] : (lastResult?.error?.evidence ?? undefined),
    reply: actionData,
  });
  const answerForm = useRef<HTMLFormElement>(null);
  // The answer a repeated post was answered with (?repeat=<its id>): stored already, so the text kept for the tab goes.
  const repeatParam = search.get("repeat");
  const repeatOf = repeatParam ? (c.answers.find((a) => a.id === repeatParam) ?? null) : null;
  const saved = search.get("answered") === "1" ? `answers-${c.answers.length}` : repeatOf ? `repeat-${repeatOf.id}` : null;
  // Keyed by the answers sent and the repeat told: once one is stored or found stored, the form starts empty for the next.
  const formKey = `${c.answers.length}.${repeatOf?.id ?? ""}`;
  useTabKeptText({ form: answerForm, scope: `case-answer.${c.id}`, saved, remount: formKey });
  const detail = c.decision?.detail ?? {};
  return (
    <section className="panel">
      <p>
        <Link to="/kindergarten/cases">← {t("caseAnswer.back")}</Link>
      </p>
      <h1>
        {c.title ? (lang === "en" ? c.title.en : c.title.zh) : c.ruleId} · {formatTerm(c.term, lang)}
      </h1>
      {search.get("answered") ? (
        <p className="notice" role="status">
          {t("caseAnswer.saved")}
        </p>
      ) : null}
      {repeatOf ? (
        <p className="notice" role="status" data-testid="case-answer-repeat">
          {t(repeatOf.kind === "proof" ? "caseAnswer.repeat.proof" : "caseAnswer.repeat.answer", { at: formatInstant(repeatOf.at, lang) })}
        </p>
      ) : null}
      {/* The officer's case page's facts list: each label muted above its value, so a phone's one column reads as pairs. */}
      <dl className="grid cols-3" data-testid="case-facts">
        <Fact label={t("fees.status")}>
          <span data-testid="case-status">{t(`case.status.${c.status}`)}</span>
        </Fact>
        <Fact label={t("case.event.kindergarten_notified")}>
          <Instant value={c.notifiedAt} />
        </Fact>
        {c.todo === "answer" && c.answerDueOn ? (
          <Fact label={t("case.clock.answer")}>
            <span data-testid="case-answer-by">
              <Interpolate id="caseAnswer.answerBy" vars={{ date: <CivilDate value={c.answerDueOn} /> }} />
              {c.overdue ? <> <span className="badge red">{t("caseAnswer.overdue")}</span></> : null}
            </span>
          </Fact>
        ) : null}
      </dl>

      <h2>{t("caseAnswer.reasons")}</h2>
      {/* The advice below sends the bookkeeper to the filing's page (更正本次备案): the way there, not only the menu. */}
      {c.filing ? (
        <p data-testid="case-filing">
          <Interpolate
            id="caseAnswer.filing"
            vars={{
              filing: (
                <Link to={`/kindergarten/fees/${c.filing.id}`}>{filingName(c.filing)}</Link>
              ),
            }}
          />
        </p>
      ) : null}
      {c.reasonGoneDetail ? <ReasonGone gone={c.reasonGoneDetail} settled={c.status === "decided" || c.status === "closed"} answerWaits={c.todo === "answer"} /> : null}
      {c.flags.map((f) => (
        <FlagExplanation key={`${f.ruleId}@${f.ruleVersion}`} outcome={f.outcome} audience="kindergarten" remedy={c.filing?.remedy} items={c.items} accountStatus={accountStatus} />
      ))}
      {c.complaintItem ? (
        <p data-testid="case-complaint-reason">
          {c.complaintItem.itemName
            ? t("caseAnswer.fromComplaints", { item: c.complaintItem.itemName })
            : t("caseAnswer.fromComplaintsNoItem")}
        </p>
      ) : null}
      {c.source === "spot_check" ? <p>{t("caseAnswer.spotCheck")}</p> : null}

      {c.decision ? (
        <>
          <h2>{t("caseAnswer.decision")}</h2>
          <CaseDecisionLine kind={c.decision.kind} basis={c.decision.basis} decidedOn={c.decision.decidedOn} detail={detail} />
          {/* The written decision served on the kindergarten, with how to challenge it where it burdens it: to read and print. */}
          <p>
            <Link to={`/kindergarten/cases/${c.id}/notice`} data-testid="case-notice-link">
              {t("notice.link")}
            </Link>
          </p>
          {c.todo === "proof" && c.followUpDueOn ? (
            <p className="notice">
              <Interpolate id="caseAnswer.proofBy" vars={{ date: <CivilDate value={c.followUpDueOn} /> }} />
              {c.overdue ? <> <span className="badge red">{t("caseAnswer.overdue")}</span></> : null}
            </p>
          ) : null}
        </>
      ) : null}

      {c.answers.length > 0 ? (
        <>
          <h2>{t("case.answers")}</h2>
          <ol className="timeline" data-testid="case-answers">
            {c.answers.map((a) => (
              <li key={a.id}>
                <Instant value={a.at} /> · {t(a.supplementary ? "case.answer.kind.supplement" : `case.answer.kind.${a.kind}`)} — {a.explanation}
                {a.refundFen !== null ? ` · ${t("case.answer.refund", { amount: formatFen(a.refundFen, lang), families: a.refundFamilies ?? 0 })}` : null}
                {a.correction ? (
                  <>
                    {" · "}
                    <Link to={`/kindergarten/fees/${a.correction.filingId}`}>{t("case.answer.correction", { filing: filingName(a.correction) })}</Link>
                  </>
                ) : null}
                <SentFiles files={a.files} href={(evidenceId) => `/kindergarten/cases/${c.id}/files/${evidenceId}`} />
              </li>
            ))}
          </ol>
        </>
      ) : null}

      {c.todo !== null || c.status === "answered" ? (
        <>
          {/* Answered and waiting for the authority: the answer is above, and this form adds to it (a further statement). */}
          <h2>{t(c.todo === "proof" ? "caseAnswer.form.proof" : c.todo === null ? "answer.more" : "caseAnswer.form.answer")}</h2>
          {c.todo === null ? (
            <p className="muted" data-testid="case-answer-more">
              {t("caseAnswer.form.moreHint")}
            </p>
          ) : null}
          <FormErrors form={form} failed={lastResult?.status === "error" || Boolean(actionData?.evidenceError)} />
          <Form ref={answerForm} key={formKey} method="post" encType="multipart/form-data" {...getFormProps(form)}>
            <input type="hidden" name="version" value={c.version} />
            <AnswerExplanationField field={fields.explanation} />
            <div className="field">
              <label htmlFor="case-correction">{t("caseAnswer.correctionFilingId")}</label>
              {/* Refused, it shows the filing sent (conform's initial value, as its text fields get theirs), not "none". */}
              <select
                id="case-correction"
                name="correctionFilingId"
                defaultValue={typeof fields.correctionFilingId.initialValue === "string" ? fields.correctionFilingId.initialValue : ""}
                key={fields.correctionFilingId.key}
              >
                <option value="">{t("caseAnswer.noCorrection")}</option>
                {c.filings.map((f) => (
                  <option key={f.id} value={f.id}>
                    {filingName(f)}
                  </option>
                ))}
              </select>
              <FieldError field={{ errorId: "case-correction-error", errors: lastResult?.error?.correctionFilingId ?? undefined }} />
            </div>
            <RefundTotalField field={fields.refundAmount} />
            <InputField field={fields.refundFamilies} label={t("caseAnswer.refundFamilies")} inputMode="numeric" />
            <EvidenceFilesField id="case-evidence" maxFiles={MAX_CASE_ANSWER_FILES} files={files} />
            <AnswerSubmit id="case-submit" busy={busy} files={files} evidenceId="case-evidence" more={c.todo === null} />
          </Form>
        </>
      ) : null}
    </section>
  );
}

/**
 * A case whose reason a re-evaluation found gone (原因已消除), said to the kindergarten above the flags it was opened
 * for: when and by what change, and that the authority still decides (the portal closes no case by itself), with the
 * answer still due while it waits. The officer's case page says the same to the officer (officer+/cases.$caseId.tsx).
 */
function ReasonGone({
  gone,
  settled,
  answerWaits,
}: {
  gone: { at: string; cause: string; filingVersion: number | null; stillNotice: boolean };
  settled: boolean;
  answerWaits: boolean;
}) {
  const t = useT();
  const version = gone.filingVersion === null ? "" : String(gone.filingVersion);
  return (
    <div className="notice" data-testid="case-reason-gone">
      <p>
        <strong>{t("caseAnswer.reasonGone.mark")}</strong> · <Instant value={gone.at} /> · {t(`caseAnswer.reasonGone.cause.${gone.cause}`, { version })}
        {gone.stillNotice ? t("caseAnswer.reasonGone.stillNotice") : null}
      </p>
      <p>{gone.filingVersion === null ? t("caseAnswer.reasonGone.whatNoVersion") : t("caseAnswer.reasonGone.what", { version })}</p>
      {settled ? null : <p>{t("caseAnswer.reasonGone.officerDecides")}</p>}
      {!settled && answerWaits ? <p>{t("caseAnswer.reasonGone.stillAnswer")}</p> : null}
    </div>
  );
}
