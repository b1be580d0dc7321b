/**
 * One complaint in mediation as the kindergarten reads it, and its answer
 * (explanation, refund made, evidence files streamed like a parent's).
 */
import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { useRef } from "react";
import { useTabKeptText } from "~/utils/form-draft";
import { RefundClaimsTable } from "~/components/refund-claims-table";
import { DataTable } from "~/components/data-table";
import { AnswerExplanationField, AnswerSubmit, EvidenceFilesField, RefundTotalField } from "~/components/answer-fields";
import { useCheckedFiles } from "~/components/checked-files";
import { FormErrors } from "~/components/forms";
import { CivilDate, Instant } from "~/components/instant";
import { Fact } from "~/components/facts";
import { SentFiles } from "~/components/sent-files";
import { complaintAnswerInput, MAX_ANSWER_FILES } from "~/domain/complaints/complaint-answer.schema";
import { answerComplaint, kindergartenComplaint } from "~/domain/complaints/complaint-kindergarten.server";
import { formatFen } from "~/utils/money";
import { useLang, useT } from "~/utils/i18n";
import { requireActor } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { answerWithEvidence, getEvidenceStore } from "~/web/evidence.server";
import { pageTitle } from "~/utils/page-title";

const notFound = () => new Response("Not found", { status: 404 });

export const meta = pageTitle("complaintAnswer.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request, "read:complaint:own");
  const complaint = await kindergartenComplaint(getDb(), actor, params.complaintId ?? "");
  if (!complaint) throw notFound();
  return { complaint };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const actor = await requireActor(request, "answer:complaint:own");
  return answerWithEvidence(request, {
    maxFiles: MAX_ANSWER_FILES,
    schema: complaintAnswerInput,
    save: (form) => answerComplaint({ db: getDb(), store: getEvidenceStore(), actor, complaintId: params.complaintId ?? "", ...form, requestId: context?.requestId }),
    // A repeat of the last answer was not stored again: the page says so.
    savedAt: (saved) => `/kindergarten/complaints/${saved.complaintId}?answered=${saved.repeated ? "again" : "1"}`,
  });
}

export default function KindergartenComplaintPage() {
  const { complaint } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const lastResult = actionData?.result;
  const t = useT();
  const lang = useLang();
  const [search] = useSearchParams();
  const busy = useNavigation().state === "submitting";
  const [form, fields] = useForm({
    id: "complaint-answer",
    lastResult,
    shouldValidate: "onBlur",
    // Once refused, a field is checked as it is typed: checked on blur instead, its message would vanish as the button
    // is pressed, the button move up under the pointer, and the press submit nothing.
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: complaintAnswerInput }),
  });
  const files = useCheckedFiles({
    max: MAX_ANSWER_FILES,
    serverSaid: actionData?.evidenceError ? [actionData.evidenceError] : (lastResult?.error?.evidence ?? undefined),
    reply: actionData,
  });
  const answerForm = useRef<HTMLFormElement>(null);
  useTabKeptText({ form: answerForm, scope: `complaint-answer.${complaint.id}`, saved: search.get("answered") ? `answers-${complaint.answers.length}` : null, remount: complaint.answers.length });
  return (
    <section className="panel">
      <p>
        <Link to="/kindergarten/complaints">← {t("complaintAnswer.back")}</Link>
      </p>
      <h1>
        {t("complaintAnswer.title")} · {complaint.reference}
      </h1>
      {search.get("answered") ? (
        <p className="notice" role="status">
          {t(search.get("answered") === "again" ? "complaintAnswer.savedAlready" : "complaintAnswer.saved")}
        </p>
      ) : null}
      {/* Each label muted above its value (the officer's pages' facts list): plain dt/dd read as one run of lines on a phone. */}
      <dl className="grid cols-3" data-testid="complaint-facts">
        <Fact label={t("complaintAnswer.kind")}>{t(`complaint.kind.${complaint.kind}`)}</Fact>
        <Fact label={t("complaintAnswer.status")}>
          <span data-testid="complaint-status">{t(`complaint.status.${complaint.status}`)}</span>
        </Fact>
        <Fact label={t("complaintAnswer.receivedAt")}>
          <Instant value={complaint.receivedAt} />
        </Fact>
        {complaint.paidOn ? (
          <Fact label={t("complaintAnswer.paidOn")}>
            <CivilDate value={complaint.paidOn} />
          </Fact>
        ) : null}
        {complaint.accountPaidInto ? <Fact label={t("complaintAnswer.accountPaidInto")}>{complaint.accountPaidInto}</Fact> : null}
        <Fact label={t("complaintAnswer.contact")}>
          <span data-testid="complaint-contact">
            {complaint.contact
              ? `${complaint.contact.name ?? ""} ${complaint.contact.phone ?? ""}`
              : t(complaint.contactErased ? "complaintAnswer.contactErased" : "complaintAnswer.contactWithheld")}
          </span>
        </Fact>
        {complaint.mediationOutcome ? (
          <Fact label={t("complaintAnswer.outcome")}>
            {t(`handling.outcomeName.${complaint.mediationOutcome}`)}
            {complaint.refundAgreedFen !== null ? ` · ${t("complaintAnswer.refundAgreed", { amount: formatFen(complaint.refundAgreedFen, lang) })}` : null}
          </Fact>
        ) : null}
      </dl>
      {complaint.items.length > 0 ? (
        <DataTable
          caption={t("complaintAnswer.items")}
          rows={complaint.items}
          rowKey={(_, i) => String(i)}
          columns={[
            { id: "name", header: t("complaintAnswer.itemName"), key: true, cell: (i) => i.name },
            { id: "amount", header: t("complaintAnswer.itemAmount"), numeric: true, cell: (i) => formatFen(i.amountFen, lang) },
            { id: "unit", header: t("complaintAnswer.itemUnit"), cell: (i) => t(`unit.${i.unit}`) },
          ]}
        />
      ) : null}
      <RefundClaimsTable rows={complaint.refundClaims} />
      <h2>{t("complaintAnswer.narrative")}</h2>
      <p className="narrative">{complaint.narrative}</p>

      {complaint.answers.length > 0 ? (
        <>
          <h2>{t("complaintAnswer.answers")}</h2>
          <ol className="timeline" data-testid="complaint-answers">
            {complaint.answers.map((a) => (
              <li key={a.at}>
                <Instant value={a.at} /> — {a.explanation}
                {a.refundFen !== null ? ` · ${t("complaintAnswer.refundMade", { amount: formatFen(a.refundFen, lang) })}` : null}
                <SentFiles files={a.files} href={(evidenceId) => `/kindergarten/complaints/${complaint.id}/files/${evidenceId}`} />
              </li>
            ))}
          </ol>
        </>
      ) : null}

      {complaint.canAnswer ? (
        <>
          {/* Answered: the answer is above, and this form adds to it (a further statement), as on an answered notice's
              page; a bare 答复 under the answer read as though it had still to be given. Before it, the heading says what
              to do (答复本投诉), as the notice's page says 提交情况说明. */}
          <h2>{t(complaint.answered ? "answer.more" : "complaintAnswer.form.answer")}</h2>
          {complaint.answered ? (
            <p className="muted" data-testid="complaint-answer-more">
              {t("complaintAnswer.moreHint")}
            </p>
          ) : null}
          <FormErrors form={form} failed={lastResult?.status === "error" || Boolean(actionData?.evidenceError)} />
          <Form ref={answerForm} method="post" encType="multipart/form-data" {...getFormProps(form)}>
            <AnswerExplanationField field={fields.explanation} />
            <RefundTotalField field={fields.refund} hint={t("complaintAnswer.refundHint")} />
            <EvidenceFilesField id="answer-evidence" maxFiles={MAX_ANSWER_FILES} files={files} />
            <AnswerSubmit id="answer-submit" busy={busy} files={files} evidenceId="answer-evidence" more={complaint.answered} />
          </Form>
        </>
      ) : null}
    </section>
  );
}
