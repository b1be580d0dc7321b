/**
 * Filing a month's meal-fund account, or correcting one (?month=YYYY-MM
 * starts from its latest revision). A refused post keeps everything typed and
 * its submission key; a repeat of the same post is answered with the first
 * filing's redirect, and a filing identical to the month's current revision
 * (Back and submit again, under the re-fetched page's new key) stores nothing
 * and says so on the list.
 */
import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { FormErrors, InputField, keepFocusOnPress, SelectField, SubmissionKeyInput, TextAreaField } from "~/components/forms";
import { CivilDate } from "~/components/instant";
import { Interpolate } from "~/components/interpolate";
import { MEAL_FUND_SPENDING_KINDS, mealFundInput } from "~/domain/meal-fund/meal-fund.schema";
import { mealFundFormView } from "~/domain/meal-fund/meal-fund.queries.server";
import { fileMealFund } from "~/domain/meal-fund/meal-fund.service.server";
import { SUBMISSION_KEY_FIELD } from "~/domain/submissions/submission.schema";
import { newSubmissionKey } from "~/domain/submissions/submission.service.server";
import { requireActor } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { conformErrors, failureData } from "~/web/failure.server";
import { readForm } from "~/web/form.server";
import { fenToYuanInput } from "~/utils/money";
import { useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/page-title";

/** Short fields and a note of at most 500 characters. */
const FORM_BYTES = 16 * 1024;

export const meta = pageTitle("mealFund.fileNew");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireActor(request, "file:meal-fund:own");
  const asked = new URL(request.url).searchParams.get("month");
  const view = await mealFundFormView(getDb(), actor, asked);
  if (!view) throw new Response("Not found", { status: 404 });
  return { ...view, submissionKey: newSubmissionKey() };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requireActor(request, "file:meal-fund:own");
  const formData = await readForm(request, { maxBytes: FORM_BYTES });
  const submission = parseWithZod(formData, { schema: mealFundInput });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const result = await fileMealFund({
    db: getDb(),
    actor,
    kindergartenId: String(formData.get("kindergartenId") ?? ""),
    // The raw payload: the domain parses it again with the same schema, it is the authority.
    input: submission.payload,
    submissionKey: formData.get(SUBMISSION_KEY_FIELD),
    requestId: context?.requestId,
  });
  if (!result.ok) return failureData(result, { result: submission.reply(conformErrors(result)) });
  // A repeat of the same submission (same key) gets the same redirect.
  // Identical to the month's current revision (Back, then submit again): nothing stored, and the list says so.
  if (result.unchanged) return redirect(`/kindergarten/meal-fund?unchanged=${result.month}&revision=${result.revision}`);
  return redirect(`/kindergarten/meal-fund?saved=${result.month}`);
}

export default function NewMealFundAccount() {
  const { kindergarten, months, month, current, filedMonths, submissionKey } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>()?.result;
  const t = useT();
  const busy = useNavigation().state === "submitting";
  const [form, fields] = useForm({
    id: "meal-fund",
    lastResult,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: mealFundInput }),
    defaultValue: {
      month,
      income: current ? fenToYuanInput(current.incomeFen) : "",
      spending: Object.fromEntries(MEAL_FUND_SPENDING_KINDS.map((k) => [k, current ? fenToYuanInput(current.spending[k]) : ""])),
      childCount: current ? String(current.childCount) : "",
      mealDays: current ? String(current.mealDays) : "",
      note: current?.note ?? "",
    },
  });
  const spending = fields.spending.getFieldset();
  return (
    <section className="panel">
      <p>
        <Link to="/kindergarten/meal-fund">← {t("mealFund.back")}</Link>
      </p>
      <h1>
        {t("mealFund.fileNew")} · {kindergarten.nameInUse}
      </h1>
      {current ? (
        <p className="muted">
          <Interpolate id="mealFund.current" vars={{ revision: current.revision, filedOn: <CivilDate value={current.filedOn} /> }} />
        </p>
      ) : null}
      <FormErrors form={form} failed={lastResult?.status === "error"} />
      <Form method="post" {...getFormProps(form)}>
        <input type="hidden" name="kindergartenId" value={kindergarten.id} />
        <SubmissionKeyInput fresh={submissionKey} sent={lastResult?.initialValue?.[SUBMISSION_KEY_FIELD]} errors={form.errors} />
        <SelectField
          field={fields.month}
          label={t("mealFund.month")}
          options={months.map((m) => ({ value: m, label: filedMonths.includes(m) ? t("mealFund.monthFiled", { month: m }) : m }))}
        />
        <p className="muted">{t("mealFund.monthHint")}</p>
        <div className="grid cols-2">
          <InputField field={fields.income} label={t("mealFund.income")} inputMode="decimal" hint={t("mealFund.incomeHint")} />
          <InputField field={fields.childCount} label={t("mealFund.childCount")} inputMode="numeric" />
          <InputField field={fields.mealDays} label={t("mealFund.mealDays")} inputMode="numeric" />
        </div>
        <fieldset aria-describedby="meal-fund-spending-hint">
          <legend>{t("mealFund.spendingTitle")}</legend>
          <p className="muted" id="meal-fund-spending-hint">
            {t("mealFund.spendingHint")}
          </p>
          <div className="grid cols-2">
            {MEAL_FUND_SPENDING_KINDS.map((kind) => (
              <InputField key={kind} field={spending[kind]} label={t(`mealFund.kind.${kind}`)} inputMode="decimal" />
            ))}
          </div>
        </fieldset>
        <TextAreaField field={fields.note} label={t("mealFund.note")} />
        <button className="primary" type="submit" disabled={busy} onMouseDown={keepFocusOnPress}>
          {t("mealFund.submit")}
        </button>
      </Form>
    </section>
  );
}
