import { namesItsCategory } from "~/components/fee-item-name";
import { getFormProps, useForm, type DefaultValue, type FieldMetadata } from "@conform-to/react";
import type { z } from "zod";
import type { RuleOutcome } from "~/rules/types";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { AGE_BANDS, FEE_UNITS, filingInputOn, itemFormValues, itemMarksApply, MAX_ITEMS, termBounds } from "~/domain/filings/filing.schema";
import { upcomingTerms } from "~/domain/flags/filing-correction";
import { filingFormOptions } from "~/domain/filings/filing.queries.server";
import { precheckFiling, submitFiling } from "~/domain/filings/filing.service.server";
import { SUBMISSION_KEY_FIELD } from "~/domain/submissions/submission.schema";
import type { AccountStatus } from "~/domain/fee-accounts/fee-account.schema";
import { newSubmissionKey } from "~/domain/submissions/submission.service.server";
import { evaluateWithRegionalRules } from "~/domain/rules-runtime/rules-runtime.server";
import { FlagExplanation } from "~/components/flag-explanation";
import { RefundRulesFields } from "~/components/refund-rules-fields";
import { MAX_REFUND_ENTRIES } from "~/domain/filings/refund-rules.schema";
import { MAX_REFUND_TIERS } from "~/rules/facts/refund-schemes";
import { CheckboxField, DefaultSubmit, FieldError, FormErrors, InputField, keepFocusOnPress, SelectField, SubmissionKeyInput, TextAreaField } from "~/components/forms";
import { getRulesRuntime } from "~/web/rules.server";
import { requireActor } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { conformErrors, failureData } from "~/web/failure.server";
import { readForm } from "~/web/form.server";
import { useLang, useT } from "~/utils/i18n";
import { fenToYuanInput } from "~/utils/money";
import { shanghaiDate } from "~/utils/working-days";
import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { formatTerm } from "~/utils/term";
import { filingDraftKey, useFormDraft } from "~/utils/form-draft";
import { Instant } from "~/components/instant";
import { pageTitle } from "~/utils/page-title";

/**
 * 40 items with 200-character Chinese descriptions, percent-encoded (9 bytes a
 * character), plus the disclosure texts come to about 100 KB.
 */
const FORM_BYTES = 256 * 1024;

/** The form's lists and their bounds: the items, the refund rules' entries and each entry's tiers. */
const FORM_LISTS: Record<string, number> = {
  items: MAX_ITEMS,
  refundSchedule: MAX_REFUND_ENTRIES,
  ...Object.fromEntries(Array.from({ length: MAX_REFUND_ENTRIES }, (_, i) => [`refundSchedule[${i}].tiers`, MAX_REFUND_TIERS])),
};

export const meta = pageTitle("fees.new");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireActor(request, "create:filing:own");
  const today = shanghaiDate();
  const options = await filingFormOptions(getDb(), actor, { rules: getRulesRuntime(), today });
  if (!options) throw new Response("Not found", { status: 404 });
  const terms = upcomingTerms(today);
  // ?term= (a filing's "correct this filing" link) starts the form at that term, if it is one the form offers.
  const asked = new URL(request.url).searchParams.get("term");
  const startTerm = asked && terms.includes(asked) ? asked : (terms[0] ?? "");
  return { ...options, terms, startTerm, today, submissionKey: newSubmissionKey() };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requireActor(request, "create:filing:own");
  const formData = await readForm(request, { maxBytes: FORM_BYTES, lists: FORM_LISTS });
  const submission = parseWithZod(formData, { schema: filingInputOn(shanghaiDate()) });
  if (submission.status !== "success") return data({ result: submission.reply(), precheck: null }, { status: 400 });
  const request_ = {
    db: getDb(),
    actor,
    kindergartenId: String(formData.get("kindergartenId") ?? ""),
    // The raw payload: the domain parses it again with the same schema, it is the authority.
    input: submission.payload,
  };
  if (formData.get("intent") === "precheck") {
    const checked = await precheckFiling({ ...request_, evaluate: evaluateWithRegionalRules(getDb(), getRulesRuntime()) });
    if (!checked.ok) return failureData(checked, { result: submission.reply(conformErrors(checked)), precheck: null });
    return { result: submission.reply(), precheck: checked.outcomes };
  }
  // A repeat of the same submission (same key) is answered with the first filing: the same redirect.
  const result = await submitFiling({ ...request_, submissionKey: formData.get(SUBMISSION_KEY_FIELD), requestId: context?.requestId });
  if (!result.ok) return failureData(result, { result: submission.reply(conformErrors(result)), precheck: null });
  return redirect(`/kindergarten/fees/${result.filingId}?${result.unchanged ? "unchanged" : "saved"}=1`);
}

type ItemField = FieldMetadata<{
  code: string;
  amount: string;
  unit: string;
  ageBand: string;
  description: string;
  voluntary: boolean;
  bundled: boolean;
  cost: string;
}>;

/** The form, remounted with the draft's values when the operator restores one. */
export default function NewFiling() {
  const [restored, setRestored] = useState<{ value: Record<string, unknown>; times: number } | null>(null);
  return <FilingForm key={restored?.times ?? 0} restored={restored?.value ?? null} onRestore={(value) => setRestored({ value, times: (restored?.times ?? 0) + 1 })} />;
}

function FilingForm({ restored, onRestore }: { restored: Record<string, unknown> | null; onRestore: (value: Record<string, unknown>) => void }) {
  const { kindergarten, itemTypes, previousItems, previousTexts, previousFiling, refundStart, terms, startTerm, today, submissionKey, accountStatus } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const lastResult = actionData?.result;
  const t = useT();
  const lang = useLang();
  const busy = useNavigation().state === "submitting";
  const firstTerm = startTerm;
  // The server's day (the loader's), so the browser tells the same date mistakes the server would.
  const schema = useMemo(() => filingInputOn(today), [today]);
  const readDraft = useCallback((formData: FormData) => draftValue(parseWithZod(formData, { schema }).payload), [schema]);
  const draft = useFormDraft({ formId: "filing", storageKey: filingDraftKey(kindergarten.id), read: readDraft });
  // The term just filed is filed again as it was (its dates and note too): sent again after Back, it is recognised
  // as the same schedule and stores nothing, instead of a copy without its note.
  const again = previousFiling && previousFiling.term === firstTerm ? previousFiling : null;
  const start = {
    term: firstTerm,
    effectiveFrom: again?.effectiveFrom ?? (firstTerm ? termBounds(firstTerm).start : ""),
    publishedOn: again?.publishedOn ?? today,
    note: again?.note ?? "",
    appliesToEnrolled: again?.appliesToEnrolled ?? false,
    pricingBasis: previousTexts.pricingBasis,
    refundRules: previousTexts.refundRules,
    refundSchedule: refundStart,
    complaintChannel: previousTexts.complaintChannel,
    waiverDeduction: previousTexts.waiverDeductionFen > 0 ? fenToYuanInput(previousTexts.waiverDeductionFen) : "",
    items:
      previousItems.length > 0
        ? previousItems.map(itemFormValues)
        : [{ code: "CARE_EDU", amount: "", unit: "month", ageBand: "all", description: "" }],
  };
  const [form, fields] = useForm<z.input<typeof schema>, z.output<typeof schema>>({
    id: "filing",
    lastResult,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
    defaultValue: (restored ?? start) as DefaultValue<z.input<typeof schema>>,
  });
  const items = fields.items.getFieldList();
  // A pre-check's result is of the form as it was sent: once the form changes (a field typed in, a row added or
  // removed) the result says so, or a bookkeeper who raised a fee after 未发现问题 would file believing it still held.
  const [changedSincePrecheck, setChangedSincePrecheck] = useState(false);
  useEffect(() => setChangedSincePrecheck(false), [actionData]);
  // A term chosen brings the effective date to its first day unless the date already lies in it: the date of the term
  // chosen before could only be refused (执行日期必须在所选学期内), and only once the form was sent.
  const followTerm = (target: EventTarget) => {
    if (!(target instanceof HTMLSelectElement) || target.name !== fields.term.name || !terms.includes(target.value)) return;
    const { start, nextStart } = termBounds(target.value);
    const date = target.form?.elements.namedItem(fields.effectiveFrom.name);
    if (date instanceof HTMLInputElement && date.value >= start && date.value < nextStart) return;
    form.update({ name: fields.effectiveFrom.name, value: start });
  };
  const rowCount = useRef(items.length);
  useEffect(() => {
    if (rowCount.current === items.length) return;
    rowCount.current = items.length;
    setChangedSincePrecheck(true);
  }, [items.length]);
  return (
    <section className="panel">
      <p>
        <Link to="/kindergarten/fees">← {t("fees.back")}</Link>
      </p>
      <h1>
        {t("fees.new")} · {kindergarten.name_in_use}
      </h1>
      {draft.found ? (
        <div className="notice" role="status" data-testid="filing-draft">
          <p>
            {t("fees.draft.found")} <Instant value={draft.found.savedAt} />
          </p>
          <p className="actions">
            <button type="button" className="primary" onClick={() => onRestore(draft.found!.value)}>
              {t("fees.draft.restore")}
            </button>
            <button type="button" className="secondary" onClick={draft.discard}>
              {t("fees.draft.discard")}
            </button>
          </p>
        </div>
      ) : null}
      <FormErrors form={form} failed={lastResult?.status === "error"} />
      {/* A transition: rendered at once, inside the input event, the page rendered before conform had read the input,
          and its fields stopped following conform's state (a wrong amount sent with the button pressed, or Enter, after
          another field was typed in, was refused without a word). */}
      <Form
        method="post"
        {...getFormProps(form)}
        onChange={(event) => {
          startTransition(() => setChangedSincePrecheck(true));
          followTerm(event.target);
        }}
      >
        <DefaultSubmit name="intent" value="precheck" disabled={busy} />
        <input type="hidden" name="kindergartenId" value={kindergarten.id} />
        <SubmissionKeyInput fresh={submissionKey} sent={lastResult?.initialValue?.[SUBMISSION_KEY_FIELD]} errors={form.errors} />
        <div className="grid cols-3">
          <SelectField field={fields.term} label={t("fees.term")} options={terms.map((term) => ({ value: term, label: formatTerm(term, lang) }))} />
          <InputField field={fields.effectiveFrom} label={t("fees.effectiveFrom")} type="date" />
          <InputField field={fields.publishedOn} label={t("fees.publishedOn")} type="date" />
        </div>

        <h2>{t("fees.items")}</h2>
        <FieldError field={fields.items} />
        {items.map((item, index) => (
          <ItemRow
            key={item.key}
            item={item as unknown as ItemField}
            index={index}
            itemTypes={itemTypes}
            removeButton={
              <button
                className="secondary"
                {...form.remove.getButtonProps({ name: fields.items.name, index })}
                onMouseDown={keepFocusOnPress}
                aria-label={`${t("fees.removeItem")} ${index + 1}`}
              >
                {t("fees.removeItem")}
              </button>
            }
          />
        ))}
        {/* At the bound the button gives way to the bound itself: a 41st row could only be refused. */}
        {items.length < MAX_ITEMS ? (
          <p>
            <button
              className="secondary"
              onMouseDown={keepFocusOnPress}
              {...form.insert.getButtonProps({
                name: fields.items.name,
                defaultValue: { code: "", amount: "", unit: "month", ageBand: "all", description: "", voluntary: "on" },
              })}
            >
              + {t("fees.addItem")}
            </button>
          </p>
        ) : (
          <p className="muted" data-testid="items-at-most">
            {t("fees.itemsAtMost", { max: MAX_ITEMS })}
          </p>
        )}

        <h2>{t("fees.disclosure")}</h2>
        <p className="muted">{t("fees.disclosureHint")}</p>
        <TextAreaField field={fields.pricingBasis} label={t("fees.pricingBasis")} />
        <TextAreaField field={fields.refundRules} label={t("fees.refundRules")} />
        <RefundRulesFields form={form} field={fields.refundSchedule} />
        <TextAreaField field={fields.complaintChannel} label={t("fees.complaintChannel")} />
        <div className="grid cols-3">
          <InputField field={fields.waiverDeduction} label={t("fees.waiverDeduction")} inputMode="decimal" />
          <div className="field checkbox">
            <CheckboxField field={fields.appliesToEnrolled} label={t("fees.appliesToEnrolled")} />
          </div>
        </div>
        <TextAreaField field={fields.note} label={t("fees.note")} />
        <div className="actions">
          <button type="submit" name="intent" value="precheck" className="secondary" disabled={busy} onMouseDown={keepFocusOnPress}>
            {t("fees.precheck")}
          </button>
          <button type="submit" name="intent" value="submit" className="primary" disabled={busy} onMouseDown={keepFocusOnPress}>
            {t("fees.submit")}
          </button>
        </div>
      </Form>
      {actionData?.precheck ? <PrecheckResults outcomes={actionData.precheck} itemTypes={itemTypes} accountStatus={accountStatus} changed={changedSincePrecheck} busy={busy} /> : null}
    </section>
  );
}

/** What a draft keeps of the form: its fields, not the submission key, the kindergarten or the button pressed. */
function draftValue(payload: Record<string, unknown>): Record<string, unknown> {
  const { [SUBMISSION_KEY_FIELD]: _key, kindergartenId: _kindergarten, intent: _intent, ...value } = payload;
  return value;
}

/** One fee line: item, amount, unit, age band, description. */
function ItemRow(props: {
  item: ItemField;
  index: number;
  itemTypes: Array<{ code: string; category: string; name_zh: string; name_en: string }>;
  removeButton: JSX.Element;
}) {
  const { item, index, itemTypes, removeButton } = props;
  const t = useT();
  const lang = useLang();
  const f = item.getFieldset();
  // Until an item is chosen every mark is offered; then only those its category has.
  const marks = itemMarksApply(itemTypes.find((type) => type.code === f.code.value)?.category);
  return (
    <fieldset className="item-row" aria-label={`${t("fees.item")} ${index + 1}`}>
      <SelectField
        field={f.code}
        label={t("fees.item")}
        placeholder="—"
        options={itemTypes.map((type) => {
          const name = lang === "en" ? type.name_en : type.name_zh;
          const category = t(`category.${type.category}`);
          return { value: type.code, label: namesItsCategory(name, category) ? name : lang === "en" ? `${name} (${category})` : `${name}（${category}）` };
        })}
      />
      <InputField field={f.amount} label={t("fees.amount")} inputMode="decimal" />
      <SelectField field={f.unit} label={t("fees.unit")} options={FEE_UNITS.map((u) => ({ value: u, label: t(`unit.${u}`) }))} />
      <SelectField field={f.ageBand} label={t("fees.ageBand")} options={AGE_BANDS.map((a) => ({ value: a, label: t(`age.${a}`) }))} />
      <InputField field={f.description} label={t("fees.description")} />
      {marks.cost ? <InputField field={f.cost} label={t("fees.cost")} inputMode="decimal" /> : null}
      {marks.optIn ? (
        <div className="field checkbox">
          <CheckboxField field={f.voluntary} label={t("fees.voluntary")} />
          <CheckboxField field={f.bundled} label={t("fees.bundled")} />
        </div>
      ) : null}
      <div>{removeButton}</div>
    </fieldset>
  );
}

/** The dry run: what the rules would say if this fee schedule were filed now. Nothing was stored. */
function PrecheckResults({
  outcomes,
  itemTypes,
  accountStatus,
  changed,
  busy,
}: {
  outcomes: RuleOutcome[];
  itemTypes: ReadonlyArray<{ code: string; name_zh: string; name_en: string }>;
  /** The kindergarten's latest account filing's state (null: none), for R09's advice: the account page's button. */
  accountStatus: AccountStatus | null;
  /** The form was changed after this result was computed: it is said above the result, with the button to check again. */
  changed: boolean;
  busy: boolean;
}) {
  const t = useT();
  // The evidence names the items by the catalogue's code: an English reader is given their English names.
  const items = useMemo(() => itemTypes.map((i) => ({ code: i.code, name: i.name_zh, name_en: i.name_en })), [itemTypes]);
  const fired = outcomes.filter((o) => o.fired);
  // The results come below a long form: each new answer is brought into view and its heading focused, so that a
  // phone's reader sees it and a screen reader reads it (a live region added with its content is not announced).
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    heading.current?.scrollIntoView({ block: "start" });
  }, [outcomes]);
  return (
    <section aria-live="polite" className={changed ? "precheck changed" : "precheck"} data-testid="precheck">
      <h2 ref={heading} tabIndex={-1}>
        {t("fees.precheckTitle")}
      </h2>
      {changed ? (
        <div className="notice" role="status" data-testid="precheck-changed">
          <p>{t("fees.precheckChanged")}</p>
          {/* The form's own button, outside it: the same post as the one above. */}
          <button type="submit" form="filing" name="intent" value="precheck" className="secondary" disabled={busy} onMouseDown={keepFocusOnPress}>
            {t("fees.precheck")}
          </button>
        </div>
      ) : null}
      <p className="muted">{t("fees.precheckHint")}</p>
      {fired.length === 0 ? (
        <p className="badge ok">{t("fees.noFlags")}</p>
      ) : (
        // Nothing is filed yet: the advice says to change the form and check again (remedy "precheck"), not 更正本次备案.
        fired.map((o) => <FlagExplanation key={`${o.ruleId}@${o.version}`} outcome={o} audience="kindergarten" remedy="precheck" items={items} accountStatus={accountStatus} />)
      )}
    </section>
  );
}
