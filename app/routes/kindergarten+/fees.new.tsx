import { getFormProps, getInputProps, getSelectProps, useForm, type FieldMetadata } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { AGE_BANDS, FEE_UNITS, filingInput, termBounds, upcomingTerms } from "../../domain/filings/filing.schema";
import { filingFormOptions } from "../../domain/filings/filing.queries.server";
import { submitFiling } from "../../domain/filings/filing.service.server";
import { requireActor } from "../../utils/auth.server";
import { getDb } from "../../utils/db.server";
import { useT } from "../../utils/i18n";
import { fenToYuanInput } from "../../utils/money";
import { shanghaiDate } from "../../utils/working-days";

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireActor(request, "create:filing:own");
  const options = await filingFormOptions(getDb(), actor);
  if (!options) throw new Response("Not found", { status: 404 });
  const today = shanghaiDate();
  const terms = upcomingTerms(today);
  return { ...options, terms, today };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requireActor(request, "create:filing:own");
  const formData = await request.formData();
  const submission = parseWithZod(formData, { schema: filingInput });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const result = await submitFiling({
    db: getDb(),
    actor,
    kindergartenId: String(formData.get("kindergartenId") ?? ""),
    // The raw payload: the domain parses it again with the same schema, it is the authority.
    input: submission.payload,
    requestId: context?.requestId,
  });
  if (!result.ok) {
    return data(submission.reply({ fieldErrors: result.fieldErrors, formErrors: result.formErrors }), {
      status: result.status,
    });
  }
  return redirect(`/kindergarten/fees/${result.filingId}?saved=1`);
}

function FieldError({ field }: { field: { errors?: string[]; errorId: string } }) {
  const t = useT();
  if (!field.errors?.length) return null;
  return (
    <p id={field.errorId} className="field-error">
      {field.errors.map((e) => t(e)).join("；")}
    </p>
  );
}

type ItemField = FieldMetadata<{ code: string; amount: string; unit: string; ageBand: string; description: string }>;

export default function NewFiling() {
  const { kindergarten, itemTypes, previousItems, terms, today } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const t = useT();
  const busy = useNavigation().state === "submitting";
  const firstTerm = terms[0] ?? "";
  const [form, fields] = useForm({
    id: "filing",
    lastResult,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: filingInput }),
    defaultValue: {
      term: firstTerm,
      effectiveFrom: firstTerm ? termBounds(firstTerm).start : "",
      publishedOn: today,
      note: "",
      items:
        previousItems.length > 0
          ? previousItems.map((i) => ({
              code: i.code,
              amount: fenToYuanInput(i.amount_fen),
              unit: i.unit,
              ageBand: i.age_band,
              description: i.description,
            }))
          : [{ code: "CARE_EDU", amount: "", unit: "month", ageBand: "all", description: "" }],
    },
  });
  const items = fields.items.getFieldList();
  const formErrors = form.errors ?? [];
  return (
    <section className="panel">
      <p>
        <Link to="/kindergarten/fees">← {t("fees.back")}</Link>
      </p>
      <h1>
        {t("fees.new")} · {kindergarten.name_in_use}
      </h1>
      {formErrors.length > 0 || (lastResult && lastResult.status === "error") ? (
        <div className="form-error" role="alert" id={form.errorId}>
          {formErrors.length > 0 ? formErrors.map((e) => t(e)).join("；") : t("form.fixErrors")}
        </div>
      ) : null}
      <Form method="post" {...getFormProps(form)}>
        <input type="hidden" name="kindergartenId" value={kindergarten.id} />
        <div className="grid cols-3">
          <div className="field">
            <label htmlFor={fields.term.id}>{t("fees.term")}</label>
            <select {...getSelectProps(fields.term)}>
              {terms.map((term) => (
                <option key={term} value={term}>
                  {term}
                </option>
              ))}
            </select>
            <FieldError field={fields.term} />
          </div>
          <div className="field">
            <label htmlFor={fields.effectiveFrom.id}>{t("fees.effectiveFrom")}</label>
            <input {...getInputProps(fields.effectiveFrom, { type: "date" })} />
            <FieldError field={fields.effectiveFrom} />
          </div>
          <div className="field">
            <label htmlFor={fields.publishedOn.id}>{t("fees.publishedOn")}</label>
            <input {...getInputProps(fields.publishedOn, { type: "date" })} />
            <FieldError field={fields.publishedOn} />
          </div>
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
                aria-label={`${t("fees.removeItem")} ${index + 1}`}
              >
                {t("fees.removeItem")}
              </button>
            }
          />
        ))}
        <p>
          <button
            className="secondary"
            {...form.insert.getButtonProps({
              name: fields.items.name,
              defaultValue: { code: "", amount: "", unit: "month", ageBand: "all", description: "" },
            })}
          >
            + {t("fees.addItem")}
          </button>
        </p>

        <div className="field">
          <label htmlFor={fields.note.id}>{t("fees.note")}</label>
          <textarea {...getInputProps(fields.note, { type: "text" })} rows={2} />
          <FieldError field={fields.note} />
        </div>
        <button type="submit" className="primary" disabled={busy}>
          {t("fees.submit")}
        </button>
      </Form>
    </section>
  );
}

/** One fee line: item, amount, unit, age band, description. */
function ItemRow(props: {
  item: ItemField;
  index: number;
  itemTypes: Array<{ code: string; category: string; name_zh: string }>;
  removeButton: JSX.Element;
}) {
  const { item, index, itemTypes, removeButton } = props;
  const t = useT();
  const f = item.getFieldset();
  return (
    <fieldset className="item-row" aria-label={`${t("fees.item")} ${index + 1}`}>
      <div className="field">
        <label htmlFor={f.code.id}>{t("fees.item")}</label>
        <select {...getSelectProps(f.code)}>
          <option value="">—</option>
          {itemTypes.map((type) => (
            <option key={type.code} value={type.code}>
              {type.name_zh === t(`category.${type.category}`) ? type.name_zh : `${type.name_zh}（${t(`category.${type.category}`)}）`}
            </option>
          ))}
        </select>
        <FieldError field={f.code} />
      </div>
      <div className="field">
        <label htmlFor={f.amount.id}>{t("fees.amount")}</label>
        <input {...getInputProps(f.amount, { type: "text" })} inputMode="decimal" />
        <FieldError field={f.amount} />
      </div>
      <div className="field">
        <label htmlFor={f.unit.id}>{t("fees.unit")}</label>
        <select {...getSelectProps(f.unit)}>
          {FEE_UNITS.map((u) => (
            <option key={u} value={u}>
              {t(`unit.${u}`)}
            </option>
          ))}
        </select>
        <FieldError field={f.unit} />
      </div>
      <div className="field">
        <label htmlFor={f.ageBand.id}>{t("fees.ageBand")}</label>
        <select {...getSelectProps(f.ageBand)}>
          {AGE_BANDS.map((a) => (
            <option key={a} value={a}>
              {t(`age.${a}`)}
            </option>
          ))}
        </select>
        <FieldError field={f.ageBand} />
      </div>
      <div className="field">
        <label htmlFor={f.description.id}>{t("fees.description")}</label>
        <input {...getInputProps(f.description, { type: "text" })} />
        <FieldError field={f.description} />
      </div>
      <div>{removeButton}</div>
    </fieldset>
  );
}
