/**
 * The guidance-price drafting form: one fieldset per row (region × nature × grade × age band × category, base price,
 * maximum float, dates, source document), rows added and removed with conform's list buttons (plain submit buttons:
 * they work without JavaScript too). Drafting a new batch (`/officer/guidance-prices/new`, with its one-time
 * submission key) and editing a draft (`/officer/guidance-prices/batches/:batchId/edit`, with the version the edit is
 * made from) both render it, so a row is entered, checked and refused the same way in both.
 */
import { getFormProps, getSelectProps, useForm, type FieldMetadata, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form, useNavigation } from "@remix-run/react";
import {
  draftBatchInput,
  GUIDED_CATEGORIES,
  GUIDED_NATURES,
  KINDERGARTEN_GRADES,
  PRICE_AGE_BANDS,
} from "~/domain/guidance-prices/guidance-price.schema";
import { SUBMISSION_KEY_FIELD } from "~/domain/submissions/submission.schema";
import { useLang, useT } from "~/utils/i18n";
import { DefaultSubmit, FieldError, InputField, joinMessages, keepFocusOnPress, SubmissionKeyInput } from "~/components/forms";

/** One row's fields as the form holds them (strings, as typed). */
export interface GuidanceRowValues {
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
}

/** The hidden field carrying the version a draft's edit is made from. */
export const DRAFT_VERSION_FIELD = "version";

type RowFields = FieldMetadata<GuidanceRowValues>;

export function GuidanceDraftForm(props: {
  id: string;
  regions: Array<{ code: string; name: string }>;
  /** The rows the form starts with: a new draft's one starting row, or an edited draft's rows. */
  rows: GuidanceRowValues[];
  /** What "add a row" adds. */
  newRow: GuidanceRowValues;
  lastResult: SubmissionResult<string[]> | undefined;
  submitLabel: string;
  /** A new draft's one-time key. */
  submissionKey?: string;
  /** An edit's: the draft's version it is made from. */
  version?: number;
}) {
  const { regions, newRow, lastResult } = props;
  const t = useT();
  const lang = useLang();
  const busy = useNavigation().state === "submitting";
  const [form, fields] = useForm({
    id: props.id,
    lastResult,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: draftBatchInput }),
    defaultValue: { rows: props.rows },
  });
  const rows = fields.rows.getFieldList();
  const formErrors = form.errors ?? [];
  return (
    <>
      {formErrors.length > 0 || (lastResult && lastResult.status === "error") ? (
        <div className="form-error" role="alert" id={form.errorId}>
          {formErrors.length > 0 ? joinMessages(formErrors.map((e) => t(e)), lang) : t("form.fixErrors")}
        </div>
      ) : null}
      <Form method="post" {...getFormProps(form)}>
        <DefaultSubmit {...form.validate.getButtonProps()} />
        {props.submissionKey !== undefined ? (
          <SubmissionKeyInput fresh={props.submissionKey} sent={lastResult?.initialValue?.[SUBMISSION_KEY_FIELD]} errors={form.errors} />
        ) : null}
        {props.version !== undefined ? <input type="hidden" name={DRAFT_VERSION_FIELD} value={props.version} /> : null}
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
          <button className="secondary" {...form.insert.getButtonProps({ name: fields.rows.name, defaultValue: newRow })}>
            + {t("guidance.form.addRow")}
          </button>
        </p>
        <div className="actions">
          <button type="submit" className="primary" disabled={busy} onMouseDown={keepFocusOnPress}>
            {props.submitLabel}
          </button>
        </div>
      </Form>
    </>
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
