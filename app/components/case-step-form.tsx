/**
 * One step of working an inspection case, as a plain form (works without
 * JavaScript): the fields of the step, built from the same lists the domain
 * validates against (case-work.schema.ts), the version the officer read, and
 * the step's field errors when it was refused.
 */
import { useState, type ReactNode } from "react";
import { useHydrated } from "~/utils/use-hydrated";
import type { Agency } from "~/db/schema";
import {
  basesFor,
  CONFIRMED_CASE_INTENTS,
  decisionFieldsFor,
  DECISION_BASIS_KEYS,
  DECISION_KINDS,
  isDecisionBasis,
  isDecisionKind,
  isPenaltyBasis,
  PENALTY_BASES,
  DOCUMENT_NO_MAX,
  AUTHORITY_MAX,
  MAX_FINDING_FILES,
  NOTE_MAX,
  PENALTY_ARTICLES,
  REASON_MAX,
  type CaseIntent,
  type DecisionField,
} from "~/domain/cases/case-work.schema";
import { EVIDENCE_ACCEPT } from "~/domain/evidence/evidence.schema";
import { CaseDecisionLine } from "~/components/case-decision";
import { DECISION_DAYS } from "~/domain/cases/case-clock";
import { StepForm, useStepFields, type StepAnswer } from "~/components/step-form";
import { listOf } from "~/i18n";
import { useLang, useT } from "~/utils/i18n";

/** A case step's answer: a decision checked and awaiting confirmation carries what it would record (reviewCaseStep). */
export type CaseStepAnswer = StepAnswer<{ decision: { kind: string; basis: string; detail: Record<string, unknown> } | null }>;

export function CaseStepForm(props: {
  intent: CaseIntent;
  version: number;
  assignees: ReadonlyArray<{ id: string; name: string }>;
  /** Who has the case now: the assignment's choice starts there. */
  assignee?: string;
  /** Registered (立案): a decision's bases leave out those that open no case. */
  registered?: boolean;
  /** The officer's agency: a decision offers its bases and fields only (market supervision's price law, education's 学前教育法). */
  agency?: Agency | null;
  answer?: CaseStepAnswer;
  /** What the form says once its step is taken (StepForm's `done`). */
  done: string;
  /** The reason the assignee's waiting extension request gives: the approval is of it (extend_verification). */
  requestReason?: string;
}) {
  const { intent, answer } = props;
  const t = useT();
  const { id, field, choice, sent } = useStepFields(intent, answer);
  // Each control starts from what a refused post sent (the server's page without JavaScript is rendered from it).
  const text = (name: string, max: number, required = false) =>
    field(name, t(`case.field.${name}`), <input id={id(name)} name={name} maxLength={max} required={required} defaultValue={sent(name)} />);
  const date = (name: string, required = false) =>
    field(name, t(`case.field.${name}`), <input id={id(name)} name={name} type="date" required={required} defaultValue={sent(name)} />);
  const note = (required: boolean) =>
    field("note", t("case.field.note"), <textarea id={id("note")} name="note" rows={3} maxLength={NOTE_MAX} required={required} defaultValue={sent("note")} />);

  let fields: ReactNode = null;
  switch (intent) {
    case "take":
      fields = <p className="muted">{t("case.take.hint")}</p>;
      break;
    case "assign":
      fields = choice(
        "assignee",
        t("case.field.assignee"),
        props.assignees.map((a) => ({ value: a.id, label: a.name })),
        true,
        props.assignee,
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
      // Approving a request: the request's reason is the approval's, shown here; the lead's own words are optional.
      // Unasked, the lead gives the reason.
      fields =
        props.requestReason !== undefined ? (
          <>
            <p data-testid="extension-request-reason">{t("case.extend.requestReason", { reason: props.requestReason })}</p>
            {field("reason", t("case.field.approvalNote"), <input id={id("reason")} name="reason" maxLength={REASON_MAX} defaultValue={sent("reason")} />)}
          </>
        ) : (
          field("reason", t("case.field.reason"), <input id={id("reason")} name="reason" maxLength={REASON_MAX} required defaultValue={sent("reason")} />)
        );
      break;
    case "request_extension":
    case "decline_extension":
    case "reopen":
      fields = field("reason", t("case.field.reason"), <input id={id("reason")} name="reason" maxLength={REASON_MAX} required defaultValue={sent("reason")} />);
      break;
    case "register":
    case "close":
      fields = note(false);
      break;
    case "decide":
      fields = <DecisionFields id={id} field={field} sent={sent} text={text} date={date} note={note} registered={props.registered === true} agency={props.agency ?? null} />;
      break;
  }
  return (
    <StepForm
      intent={intent}
      version={props.version}
      label={t(`case.action.${intent}`)}
      done={props.done}
      quiet={intent === "close" || intent === "reopen" || intent === "decline_extension"}
      testId={`step-${intent}`}
      answer={answer}
      multipart={intent === "record_finding"}
      // Checked by the server before the officer is asked to confirm (a decision: what it would record).
      review={
        CONFIRMED_CASE_INTENTS.includes(intent)
          ? {
              summary: answer?.checked?.decision ? (
                <CaseDecisionLine kind={answer.checked.decision.kind} basis={answer.checked.decision.basis} decidedOn={null} detail={answer.checked.decision.detail} />
              ) : intent === "register" ? (
                // What registering settles: the decision's clock, and no decision not to open a case.
                <p>{t("case.register.confirm", { days: DECISION_DAYS })}</p>
              ) : null,
            }
          : undefined
      }
    >
      {fields}
    </StepForm>
  );
}

type Kind = (typeof DECISION_KINDS)[number];
type Fields = ReturnType<typeof useStepFields>;

/**
 * A decision's fields. Without JavaScript, or before a kind is chosen, every field and every basis of the officer's
 * agency (each once, with the kinds it fits) is there; once a kind is chosen, only its bases and the fields it needs (decisionFieldsFor,
 * what the schema and the domain require), a penalty's as its basis takes them (the price law's article; the amount a
 * fine, or a warning's illegal gains confiscated). After a refusal every control starts from what was sent: the kind, the
 * basis and the article as well as the text, also on the page a browser without JavaScript gets back from its post
 * (which then still offers every kind's bases and fields, since it cannot narrow them when the kind changes).
 */
function DecisionFields(props: {
  id: Fields["id"];
  field: Fields["field"];
  sent: Fields["sent"];
  text: (name: string, max: number) => ReactNode;
  date: (name: string) => ReactNode;
  note: (required: boolean) => ReactNode;
  registered: boolean;
  agency: Agency | null;
}) {
  const { id, field, sent, text, date, note, registered, agency } = props;
  const t = useT();
  const lang = useLang();
  const sentKind = sent("kind");
  const [kind, setKind] = useState<Kind | "">(isDecisionKind(sentKind) ? sentKind : "");
  const [basis, setBasis] = useState(sent("basis") ?? "");
  // The fields follow the kind (and a penalty's basis) chosen only where a script can follow a change of them.
  const narrowed = useHydrated() ? kind : "";
  const kinds = narrowed === "" ? DECISION_KINDS : [narrowed];
  // The basis shown: the one chosen (or sent), while the kinds offered list it.
  const offered = kinds.flatMap((k) => basesFor(k, registered, agency));
  const chosenBasis = isDecisionBasis(basis) && offered.includes(basis) ? basis : null;
  const shown = (name: DecisionField) =>
    narrowed === "" ? DECISION_KINDS.some((k) => decisionFieldsFor(k, agency).includes(name)) : decisionFieldsFor(narrowed, agency, chosenBasis).includes(name);
  // The amount is a refund's total, a fine, or a warning's illegal gains confiscated: named so once the script knows
  // which (a penalty before its basis: what the officer's agency's penalty bases take). Before a kind is chosen, or
  // without JavaScript, the form holds every kind's fields: the amount is labelled "金额（元）" alone, what to enter
  // for each kind said under it (a label naming three amounts at once read as one field meaning all of them).
  const penaltySanctions = [...new Set((chosenBasis !== null && isPenaltyBasis(chosenBasis) ? [chosenBasis] : basesFor("penalty", registered, agency).filter(isPenaltyBasis)).map((b) => PENALTY_BASES[b].sanction))];
  const amountLabel =
    narrowed === "refund_ordered"
      ? t("case.field.amount.refund_ordered")
      : narrowed === "penalty"
        ? t(penaltySanctions.length === 1 ? `case.field.amount.${penaltySanctions[0]}` : "case.field.amount.penalty")
        : t("case.field.amount");
  const amountHint = narrowed === "" ? t("case.field.amount.hint") : undefined;
  const sentArticle = sent("article") ?? "";
  return (
    <>
      {field(
        "kind",
        t("case.field.kind"),
        <select id={id("kind")} name="kind" required value={kind} onChange={(e) => setKind(e.currentTarget.value as Kind | "")}>
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
        // Starts from what was sent; a basis the kind chosen no longer lists is chosen no more.
        // Each basis once: grouped by kind, an article that fits three kinds (价格法 Art. 39) was listed three times.
        // Before a kind narrows the list, each says the kinds it fits (a basis that does not fit the kind is refused).
        <select id={id("basis")} name="basis" required value={chosenBasis ?? ""} onChange={(e) => setBasis(e.currentTarget.value)}>
          <option value="">—</option>
          {DECISION_BASIS_KEYS.filter((b) => offered.includes(b)).map((b) => (
            <option key={b} value={b}>
              {narrowed === ""
                ? t("case.basisWithKinds", {
                    basis: t(`case.basis.${b}`),
                    kinds: listOf(kinds.filter((k) => basesFor(k, registered, agency).includes(b)).map((k) => t(`case.decisionKind.${k}`)), lang),
                  })
                : t(`case.basis.${b}`)}
            </option>
          ))}
        </select>,
      )}
      {note(narrowed !== "" && shown("note"))}
      {shown("byDate") ? date("byDate") : null}
      {shown("amount") ? field("amount", amountLabel, <input id={id("amount")} name="amount" inputMode="decimal" maxLength={20} defaultValue={sent("amount")} />, amountHint) : null}
      {shown("families")
        ? field("families", t("case.field.families"), <input id={id("families")} name="families" inputMode="numeric" maxLength={7} defaultValue={sent("families")} />)
        : null}
      {shown("article")
        ? field(
            "article",
            t("case.field.article"),
            <select id={id("article")} name="article" defaultValue={sentArticle} key={sentArticle}>
              <option value="">—</option>
              {PENALTY_ARTICLES.map((a) => (
                <option key={a} value={a}>
                  {t(`case.article.${a}`)}
                </option>
              ))}
            </select>,
          )
        : null}
      {shown("documentNo") ? text("documentNo", DOCUMENT_NO_MAX) : null}
      {shown("decisionDate") ? date("decisionDate") : null}
      {shown("authority") ? text("authority", AUTHORITY_MAX) : null}
    </>
  );
}
