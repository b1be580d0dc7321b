/**
 * One step of working an inspection case, as a plain form (works without
 * JavaScript): the fields of the step, built from the same lists the domain
 * validates against (case-work.schema.ts), the version the officer read, and
 * the step's field errors when it was refused.
 */
import type { ReactNode } from "react";
import {
  basesFor,
  DECISION_KINDS,
  DOCUMENT_NO_MAX,
  AUTHORITY_MAX,
  MAX_FINDING_FILES,
  NOTE_MAX,
  PENALTY_ARTICLES,
  REASON_MAX,
  type CaseIntent,
} from "~/domain/cases/case-work.schema";
import { EVIDENCE_ACCEPT } from "~/domain/evidence/evidence.schema";
import { StepForm, useStepFields, type StepAnswer } from "~/components/step-form";
import { useT } from "~/utils/i18n";

export function CaseStepForm(props: {
  intent: CaseIntent;
  version: number;
  assignees: ReadonlyArray<{ id: string; name: string }>;
  answer?: StepAnswer;
}) {
  const { intent, answer } = props;
  const t = useT();
  const { id, field, choice } = useStepFields(intent, answer);
  const text = (name: string, max: number, required = false) =>
    field(name, t(`case.field.${name}`), <input id={id(name)} name={name} maxLength={max} required={required} />);
  const date = (name: string, required = false) => field(name, t(`case.field.${name}`), <input id={id(name)} name={name} type="date" required={required} />);
  const note = (required: boolean) =>
    field("note", t("case.field.note"), <textarea id={id("note")} name="note" rows={3} maxLength={NOTE_MAX} required={required} />);

  let fields: ReactNode = null;
  switch (intent) {
    case "assign":
      fields = choice(
        "assignee",
        t("case.field.assignee"),
        props.assignees.map((a) => ({ value: a.id, label: a.name })),
      );
      break;
    case "notify":
      fields = date("answerDueOn", true);
      break;
    case "record_finding":
      fields = (
        <>
          {note(true)}
          {date("inspectedOn")}
          {text("inspectors", 200)}
          {field(
            "evidence",
            t("case.field.evidence", { max: MAX_FINDING_FILES }),
            <input id={id("evidence")} name="evidence" type="file" accept={EVIDENCE_ACCEPT} multiple />,
          )}
        </>
      );
      break;
    case "extend_verification":
    case "reopen":
      fields = field("reason", t("case.field.reason"), <input id={id("reason")} name="reason" maxLength={REASON_MAX} required />);
      break;
    case "register":
    case "close":
      fields = note(false);
      break;
    case "decide":
      fields = (
        <>
          {choice(
            "kind",
            t("case.field.kind"),
            DECISION_KINDS.map((k) => ({ value: k, label: t(`case.decisionKind.${k}`) })),
          )}
          {field(
            "basis",
            t("case.field.basis"),
            <select id={id("basis")} name="basis" required defaultValue="">
              <option value="">—</option>
              {DECISION_KINDS.map((k) => (
                <optgroup key={k} label={t(`case.decisionKind.${k}`)}>
                  {basesFor(k).map((b) => (
                    <option key={`${k}-${b}`} value={b}>
                      {t(`case.basis.${b}`)}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>,
          )}
          {note(false)}
          {date("byDate")}
          {field("amount", t("case.field.amount"), <input id={id("amount")} name="amount" inputMode="decimal" maxLength={20} />)}
          {field("families", t("case.field.families"), <input id={id("families")} name="families" inputMode="numeric" maxLength={7} />)}
          {choice(
            "article",
            t("case.field.article"),
            PENALTY_ARTICLES.map((a) => ({ value: a, label: t(`case.article.${a}`) })),
            false,
          )}
          {text("documentNo", DOCUMENT_NO_MAX)}
          {date("decisionDate")}
          {text("authority", AUTHORITY_MAX)}
        </>
      );
      break;
  }
  return (
    <StepForm
      intent={intent}
      version={props.version}
      label={t(`case.action.${intent}`)}
      quiet={intent === "close" || intent === "reopen"}
      testId={`step-${intent}`}
      answer={answer}
      multipart={intent === "record_finding"}
    >
      {fields}
    </StepForm>
  );
}
