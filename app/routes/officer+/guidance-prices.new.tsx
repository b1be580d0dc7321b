import { getFormProps, getSelectProps, useForm, type FieldMetadata } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { guidanceEditOptions } from "~/domain/guidance-prices/guidance-price.queries.server";
import {
  bpToPercent,
  draftBatchInput,
  GUIDED_CATEGORIES,
  GUIDED_NATURES,
  KINDERGARTEN_GRADES,
  MAX_FORM_ROWS,
  PRICE_AGE_BANDS,
} from "~/domain/guidance-prices/guidance-price.schema";
import { createGuidanceDraft } from "~/domain/guidance-prices/guidance-price.service.server";
import { SUBMISSION_KEY_FIELD } from "~/domain/submissions/submission.schema";
import { newSubmissionKey } from "~/domain/submissions/submission.service.server";
import { requireActor } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { conformErrors, failureData } from "~/web/failure.server";
import { readForm } from "~/web/form.server";
import { queryParam, readQuery } from "~/web/query.server";
import { z } from "zod";
import { useLang, useT } from "~/utils/i18n";
import { fenToYuanInput } from "~/utils/money";
import { DefaultSubmit, FieldError, InputField, joinMessages, SubmissionKeyInput } from "~/components/forms";
import { pageTitle } from "~/utils/page-title";

/** 50 rows with a 200-character Chinese source document each, percent-encoded: about 110 KB. */
const FORM_BYTES = 256 * 1024;

export const meta = pageTitle("guidance.form.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireActor(request, "manage:guidance-price:region", "manage:guidance-price:any");
  const from = readQuery(request, z.object({ from: queryParam.text(40) })).from ?? null;
  const { regions, from: row } = await guidanceEditOptions(getDb(), actor, from);
  const start = row
    ? {
        region_code: row.region_code,
        nature: row.nature,
        grade: row.grade,
        age_band: row.age_band,
        category: row.category,
        base_price_yuan: fenToYuanInput(row.base_price_fen),
        max_float_percent: bpToPercent(row.max_float_bp),
        effective_from: "",
        effective_to: "",
        source_document: "",
      }
    : {
        // An officer's own region; an admin (every region) chooses one, rather than find the first province chosen.
        region_code: actor.regionCode ?? "",
        nature: "inclusive_private",
        grade: "",
        age_band: "all",
        category: "care_education",
        base_price_yuan: "",
        max_float_percent: "",
        effective_from: "",
        effective_to: "",
        source_document: "",
      };
  return { regions, start, submissionKey: newSubmissionKey() };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requireActor(request, "manage:guidance-price:region", "manage:guidance-price:any");
  const formData = await readForm(request, { maxBytes: FORM_BYTES, lists: { rows: MAX_FORM_ROWS } });
  const submission = parseWithZod(formData, { schema: draftBatchInput });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  // The domain parses the raw payload again with the same schema: it is the authority. A repeat (same key) gets the first batch.
  const result = await createGuidanceDraft({
    db: getDb(),
    actor,
    input: submission.payload,
    submissionKey: formData.get(SUBMISSION_KEY_FIELD),
    requestId: context?.requestId,
  });
  if (!result.ok) return failureData(result, { result: submission.reply(conformErrors(result)) });
  return redirect(`/officer/guidance-prices/batches/${result.batchId}?created=1`);
}


type RowFields = FieldMetadata<{
  region_code: string;
  nature: string;
  grade: string;
  age_band: string;
  category: string;
  base_price_yuan: string;
  max_float_percent: string;
  effective_from: string;
  effective_to: string;
  source_document: string;
}>;

export default function NewGuidanceDraft() {
  const { regions, start, submissionKey } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const lastResult = actionData?.result;
  const t = useT();
  const lang = useLang();
  const busy = useNavigation().state === "submitting";
  const [form, fields] = useForm({
    id: "guidance-draft",
    lastResult,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: draftBatchInput }),
    defaultValue: { rows: [start] },
  });
  const rows = fields.rows.getFieldList();
  const formErrors = form.errors ?? [];
  return (
    <section className="panel">
      <p>
        <Link to="/officer/guidance-prices">← {t("guidance.back")}</Link>
      </p>
      <h1>{t("guidance.form.title")}</h1>
      <p className="muted">{t("guidance.form.hint")}</p>
      {formErrors.length > 0 || (lastResult && lastResult.status === "error") ? (
        <div className="form-error" role="alert" id={form.errorId}>
          {formErrors.length > 0 ? joinMessages(formErrors.map((e) => t(e)), lang) : t("form.fixErrors")}
        </div>
      ) : null}
      <Form method="post" {...getFormProps(form)}>
        <DefaultSubmit {...form.validate.getButtonProps()} />
        <SubmissionKeyInput fresh={submissionKey} sent={lastResult?.initialValue?.[SUBMISSION_KEY_FIELD]} errors={form.errors} />
        <FieldError field={fields.rows} />
        {rows.map((row, index) => (
          <PriceRow
            key={row.key}
            row={row as unknown as RowFields}
            index={index}
            regions={regions}
            removeButton={
              rows.length > 1 ? (
                <button
                  className="secondary"
                  {...form.remove.getButtonProps({ name: fields.rows.name, index })}
                  aria-label={`${t("guidance.form.removeRow")} ${index + 1}`}
                >
                  {t("guidance.form.removeRow")}
                </button>
              ) : null
            }
          />
        ))}
        <p>
          <button
            className="secondary"
            {...form.insert.getButtonProps({
              name: fields.rows.name,
              defaultValue: { ...start, base_price_yuan: "", max_float_percent: "", effective_from: "", effective_to: "", source_document: "" },
            })}
          >
            + {t("guidance.form.addRow")}
          </button>
        </p>
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {t("guidance.form.submit")}
          </button>
        </div>
      </Form>
    </section>
  );
}

function PriceRow(props: {
  row: RowFields;
  index: number;
  regions: Array<{ code: string; name: string }>;
  removeButton: JSX.Element | null;
}) {
  const { row, index, regions, removeButton } = props;
  const t = useT();
  const f = row.getFieldset();
  return (
    <fieldset className="panel" aria-label={t("guidance.form.row", { n: index + 1 })}>
      <legend>{t("guidance.form.row", { n: index + 1 })}</legend>
      <div className="grid cols-3">
        <div className="field">
          <label htmlFor={f.region_code.id}>{t("guidance.col.region")}</label>
          <select {...getSelectProps(f.region_code)}>
            <option value="">{t("guidance.form.choose")}</option>
            {regions.map((r) => (
              <option key={r.code} value={r.code}>
                {r.name}（{r.code}）
              </option>
            ))}
          </select>
          <FieldError field={f.region_code} />
        </div>
        <div className="field">
          <label htmlFor={f.nature.id}>{t("guidance.col.nature")}</label>
          <select {...getSelectProps(f.nature)}>
            {GUIDED_NATURES.map((n) => (
              <option key={n} value={n}>
                {t(`nature.${n}`)}
              </option>
            ))}
          </select>
          <FieldError field={f.nature} />
        </div>
        <div className="field">
          <label htmlFor={f.grade.id}>{t("guidance.col.grade")}</label>
          <select {...getSelectProps(f.grade)}>
            <option value="">{t("guidance.form.choose")}</option>
            {KINDERGARTEN_GRADES.map((g) => (
              <option key={g} value={g}>
                {t(`guidance.grade.${g}`)}
              </option>
            ))}
          </select>
          <FieldError field={f.grade} />
        </div>
        <div className="field">
          <label htmlFor={f.age_band.id}>{t("guidance.col.ageBand")}</label>
          <select {...getSelectProps(f.age_band)}>
            {PRICE_AGE_BANDS.map((a) => (
              <option key={a} value={a}>
                {t(`age.${a}`)}
              </option>
            ))}
          </select>
          <FieldError field={f.age_band} />
        </div>
        <div className="field">
          <label htmlFor={f.category.id}>{t("guidance.col.category")}</label>
          <select {...getSelectProps(f.category)}>
            {GUIDED_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`category.${c}`)}
              </option>
            ))}
          </select>
          <FieldError field={f.category} />
        </div>
        <InputField field={f.base_price_yuan} label={t("guidance.form.basePrice")} inputMode="decimal" />
        <InputField field={f.max_float_percent} label={t("guidance.form.maxFloat")} inputMode="decimal" />
        <InputField field={f.effective_from} label={t("guidance.col.effectiveFrom")} type="date" />
        <InputField field={f.effective_to} label={t("guidance.col.effectiveTo")} type="date" />
        <InputField field={f.source_document} label={t("guidance.col.source")} />
      </div>
      {removeButton}
    </fieldset>
  );
}
