/**
 * The fields a kindergarten's answer has whatever it answers, an inspection notice (kindergarten+/cases.$caseId.tsx)
 * or a complaint in mediation (kindergarten+/complaints.$complaintId.tsx): the explanation, the refund made, the proof
 * and the button, each labelled once (`answer.*`, app/i18n/features/answer-form.ts). The two forms had a copy each,
 * worded apart (凭证（可选）/（选填）, 已退费总额/已退费金额, 提交/提交答复).
 */
import type { FieldMetadata } from "@conform-to/react";
import type { ReactNode } from "react";
import { EVIDENCE_ACCEPT, EVIDENCE_MAX_BYTES } from "~/domain/evidence/evidence.schema";
import { useT } from "~/utils/i18n";
import type { CheckedFiles } from "./checked-files";
import { FieldError, InputField, keepFocusOnPress, TextAreaField } from "./forms";

type AnyField = FieldMetadata<any>;

/** 情况说明: what the kindergarten says. */
export function AnswerExplanationField({ field }: { field: AnyField }) {
  const t = useT();
  return <TextAreaField field={field} label={t("answer.explanation")} rows={5} />;
}

/** 已退费总额（元，选填）: the refund made, in yuan; the form's own hint where it has one. */
export function RefundTotalField({ field, hint }: { field: AnyField; hint?: ReactNode }) {
  const t = useT();
  return <InputField field={field} label={t("answer.refundTotal")} inputMode="decimal" hint={hint} />;
}

/**
 * 凭证（选填）: the files sent with the answer (the field `evidence`, streamed by app/web/evidence.server.ts), with what
 * they may be; `files` the form's `useCheckedFiles`: checked as chosen, else the refused upload's or the schema's messages.
 */
export function EvidenceFilesField({ id, maxFiles, files }: { id: string; maxFiles: number; files: CheckedFiles }) {
  const t = useT();
  return (
    <div className="field">
      <label htmlFor={id}>{t("answer.evidence")}</label>
      <input id={id} name="evidence" type="file" accept={EVIDENCE_ACCEPT} multiple aria-describedby={`${id}-hint ${id}-error`} {...files.inputProps} />
      <p className="muted" id={`${id}-hint`}>
        {t("answer.evidenceHint", { max: maxFiles, mb: EVIDENCE_MAX_BYTES / 1024 / 1024 })}
      </p>
      <FieldError field={{ errorId: `${id}-error`, errors: files.errors }} />
    </div>
  );
}

/** 提交答复; 提交补充说明 once answered, where the form is headed 补充说明 (`more`); held back while a file chosen would be refused. */
export function AnswerSubmit({ busy, more, held }: { busy: boolean; more: boolean; held: boolean }) {
  const t = useT();
  return (
    <button className="primary" type="submit" disabled={busy || held} onMouseDown={keepFocusOnPress}>
      {t(more ? "answer.submitMore" : "answer.submit")}
    </button>
  );
}
