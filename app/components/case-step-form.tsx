/**
 * One step of working an inspection case, as a plain form (works without
 * JavaScript): the fields of the step, built from the same lists the domain
 * validates against (case-work.schema.ts), the version the officer read, and
 * the step's field errors when it was refused.
 */
import { Form } from "@remix-run/react";
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
import type { FieldErrors, Message } from "~/domain/result";
import { useT } from "~/utils/i18n";
import { useVersionedFormBusy } from "~/utils/versioned-form";

export interface StepAnswer {
  intent: string | null;
  done: boolean;
  error: Message | null;
  fieldErrors: FieldErrors;
}

export function CaseStepForm(props: {
  intent: CaseIntent;
  version: number;
  assignees: ReadonlyArray<{ id: string; name: string }>;
  answer?: StepAnswer;
}) {
  const { intent, answer } = props;
  const t = useT();
  const busy = useVersionedFormBusy();
  const id = (name: string) => `${intent}-${name}`;
  const fieldError = (name: string) => {
    const m = answer?.fieldErrors?.[name]?.[0];
    return m ? (
      <p id={id(`${name}-error`)} className="field-error">
        {t(m.key, m.vars)}
      </p>
    ) : null;
  };
  const field = (name: string, label: string, control: ReactNode) => (
    <div className="field" key={name}>
      <label htmlFor={id(name)}>{label}</label>
      {control}
      {fieldError(name)}
    </div>
  );
  const text = (name: string, max: number, required = false) =>
    field(name, t(`case.field.${name}`), <input id={id(name)} name={name} maxLength={max} required={required} />);
  const date = (name: string, required = false) => field(name, t(`case.field.${name}`), <input id={id(name)} name={name} type="date" required={required} />);
  const note = (required: boolean) =>
    field("note", t("case.field.note"), <textarea id={id("note")} name="note" rows={3} maxLength={NOTE_MAX} required={required} />);

  let fields: ReactNode = null;
  switch (intent) {
    case "assign":
      fields = field(
        "assignee",
        t("case.field.assignee"),
        <select id={id("assignee")} name="assignee" required defaultValue="">
          <option value="">—</option>
          {props.assignees.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>,
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
          {field(
            "kind",
            t("case.field.kind"),
            <select id={id("kind")} name="kind" required defaultValue="">
              <option value="">—</option>
              {DECISION_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`case.decisionKind.${k}`)}
                </option>
              ))}
            </select>,
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
          {field(
            "article",
            t("case.field.article"),
            <select id={id("article")} name="article" defaultValue="">
              <option value="">—</option>
              {PENALTY_ARTICLES.map((a) => (
                <option key={a} value={a}>
                  {t(`case.article.${a}`)}
                </option>
              ))}
            </select>,
          )}
          {text("documentNo", DOCUMENT_NO_MAX)}
          {date("decisionDate")}
          {text("authority", AUTHORITY_MAX)}
        </>
      );
      break;
  }
  return (
    <Form method="post" encType={intent === "record_finding" ? "multipart/form-data" : undefined} data-testid={`step-${intent}`} className="action-form">
      <h3>{t(`case.action.${intent}`)}</h3>
      <input type="hidden" name="version" value={props.version} />
      {answer?.error ? (
        <p className="form-error" role="alert">
          {t(answer.error.key, answer.error.vars)}
        </p>
      ) : null}
      {fields}
      <p className="actions">
        <button className={intent === "close" || intent === "reopen" ? "secondary" : "primary"} type="submit" name="intent" value={intent} disabled={busy}>
          {t(`case.action.${intent}`)}
        </button>
      </p>
    </Form>
  );
}
