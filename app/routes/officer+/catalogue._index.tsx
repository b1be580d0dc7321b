import { getFormProps, getInputProps, getSelectProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { catalogueOverview } from "~/domain/catalogue/catalogue.queries.server";
import { newCatalogueItemInput, REGIONAL_CATEGORIES } from "~/domain/catalogue/catalogue.schema";
import { addFeeItemType, deactivateFeeItemType, reactivateFeeItemType } from "~/domain/catalogue/catalogue.service.server";
import { SUBMISSION_KEY_FIELD } from "~/domain/submissions/submission.schema";
import { newSubmissionKey } from "~/domain/submissions/submission.service.server";
import { requireActor } from "~/web/auth.server";
import { DataTable } from "~/components/data-table";
import { getDb } from "~/web/db.server";
import { conformErrors, failureData } from "~/web/failure.server";
import type { Message } from "~/domain/result";
import { readForm } from "~/web/form.server";
import { useLang, useT } from "~/utils/i18n";
import { FieldError, InputField, joinMessages, keepFocusOnPress, SubmissionKeyInput } from "~/components/forms";
import { pageTitle } from "~/utils/page-title";

export const meta = pageTitle("catalogue.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireActor(request, "read:catalogue:region", "read:catalogue:any");
  return { ...(await catalogueOverview(getDb(), actor)), submissionKey: newSubmissionKey() };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requireActor(request, "manage:catalogue:region", "manage:catalogue:any");
  const formData = await readForm(request);
  const intent = formData.get("intent");
  const common = { db: getDb(), actor, requestId: context?.requestId };
  if (intent === "deactivate" || intent === "reactivate") {
    const code = String(formData.get("code") ?? "");
    const result = intent === "deactivate" ? await deactivateFeeItemType({ ...common, code }) : await reactivateFeeItemType({ ...common, code });
    if (!result.ok) return failureData(result, { result: undefined, error: result.formErrors[0] ?? { key: "error.generic" } });
    return redirect(`/officer/catalogue?${intent}d=${encodeURIComponent(code)}`);
  }
  const submission = parseWithZod(formData, { schema: newCatalogueItemInput });
  if (submission.status !== "success") return data({ result: submission.reply(), error: null }, { status: 400 });
  // A repeat of the same submission (same key) is answered with the item the first one added: the same redirect.
  const result = await addFeeItemType({ ...common, input: submission.payload, submissionKey: formData.get(SUBMISSION_KEY_FIELD) });
  if (!result.ok) return failureData(result, { result: submission.reply(conformErrors(result)), error: null as Message | null });
  return redirect(`/officer/catalogue?added=${encodeURIComponent(result.code)}`);
}


type Item = ReturnType<typeof useLoaderData<typeof loader>>["service"][number];

export default function Catalogue() {
  const { national, service, agency, regions, canManage, submissionKey } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [search] = useSearchParams();
  const t = useT();
  const notices = (["added", "renamed", "deactivated", "reactivated"] as const).filter((k) => search.get(k));
  return (
    <>
      <section className="panel">
        <h1>{t("catalogue.title")}</h1>
        <p className="muted">{t("catalogue.intro")}</p>
        {notices.map((k) => (
          <p key={k} className="notice">
            {t(`catalogue.${k}`, { code: search.get(k) ?? "" })}
          </p>
        ))}
        {actionData?.error ? (
          <div className="form-error" role="alert">
            {t(actionData.error.key, actionData.error.vars)}
          </div>
        ) : null}

        <h2>{t("catalogue.national")}</h2>
        <DataTable
          rows={national}
          rowKey={(item) => item.code}
          columns={[
            { id: "code", header: t("catalogue.code"), cell: (item) => <code>{item.code}</code> },
            { id: "nameZh", header: t("catalogue.nameZh"), key: true, cell: (item) => item.name_zh },
            { id: "nameEn", header: t("catalogue.nameEn"), cell: (item) => item.name_en },
            { id: "category", header: t("catalogue.category"), cell: (item) => t(`category.${item.category}`) },
          ]}
        />

        <h2>{t("catalogue.service")}</h2>
        <ItemTable items={service} />
        <h2>{t("catalogue.agency")}</h2>
        <ItemTable items={agency} />
      </section>
      {canManage ? <AddItem regions={regions} lastResult={actionData?.result} submissionKey={submissionKey} /> : null}
    </>
  );
}

function ItemTable({ items }: { items: Item[] }) {
  const t = useT();
  const busy = useNavigation().state === "submitting";
  if (items.length === 0) return <p>{t("catalogue.none")}</p>;
  return (
    <DataTable
      rows={items}
      rowKey={(item) => item.code}
      columns={[
        { id: "code", header: t("catalogue.code"), cell: (item) => <code>{item.code}</code> },
        { id: "nameZh", header: t("catalogue.nameZh"), key: true, cell: (item) => item.name_zh },
        { id: "nameEn", header: t("catalogue.nameEn"), cell: (item) => item.name_en },
        { id: "region", header: t("catalogue.region"), cell: (item) => item.region_name ?? item.region_code ?? t("catalogue.nationwide") },
        {
          id: "status",
          header: t("catalogue.status"),
          cell: (item) => (
            <span className={item.active === 1 ? "badge ok" : "badge"}>{item.active === 1 ? t("catalogue.active") : t("catalogue.inactive")}</span>
          ),
        },
        {
          id: "actions",
          header: t("catalogue.actions"),
          cell: (item) =>
            item.editable ? (
              <Form method="post" className="inline">
                <Link to={`/officer/catalogue/${encodeURIComponent(item.code)}`}>{t("catalogue.rename")}</Link>
                <input type="hidden" name="code" value={item.code} />
                <button type="submit" name="intent" value={item.active === 1 ? "deactivate" : "reactivate"} className="secondary" disabled={busy}>
                  {item.active === 1 ? t("catalogue.deactivate") : t("catalogue.reactivate")}
                </button>
              </Form>
            ) : null,
        },
      ]}
    />
  );
}

function AddItem({
  regions,
  lastResult,
  submissionKey,
}: {
  regions: Array<{ code: string; name: string }>;
  lastResult: SubmissionResult<string[]> | undefined;
  submissionKey: string;
}) {
  const t = useT();
  const lang = useLang();
  const busy = useNavigation().state === "submitting";
  const [form, fields] = useForm({
    id: "catalogue-add",
    lastResult,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: newCatalogueItemInput }),
    defaultValue: { category: "service", regionCode: regions.length === 1 ? regions[0].code : "", code: "SVC_", nameZh: "", nameEn: "" },
  });
  return (
    <section className="panel">
      <h2>{t("catalogue.add")}</h2>
      {form.errors?.length ? (
        <div className="form-error" role="alert" id={form.errorId}>
          {joinMessages(form.errors.map((e) => t(e)), lang)}
        </div>
      ) : null}
      <Form method="post" {...getFormProps(form)}>
        <SubmissionKeyInput fresh={submissionKey} sent={lastResult?.initialValue?.[SUBMISSION_KEY_FIELD]} errors={form.errors} />
        <div className="grid cols-3">
          <div className="field">
            <label htmlFor={fields.category.id}>{t("catalogue.category")}</label>
            <select {...getSelectProps(fields.category)}>
              {REGIONAL_CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {t(`category.${c}`)}
                </option>
              ))}
            </select>
            <FieldError field={fields.category} />
          </div>
          <div className="field">
            <label htmlFor={fields.regionCode.id}>{t("catalogue.region")}</label>
            <select {...getSelectProps(fields.regionCode)}>
              <option value="">{t("catalogue.choose")}</option>
              {regions.map((r) => (
                <option key={r.code} value={r.code}>
                  {r.name}（{r.code}）
                </option>
              ))}
            </select>
            <FieldError field={fields.regionCode} />
          </div>
          <div className="field">
            <label htmlFor={fields.code.id}>{t("catalogue.code")}</label>
            <input {...getInputProps(fields.code, { type: "text" })} autoCapitalize="characters" spellCheck={false} />
            <p className="muted">{t("catalogue.codeHint")}</p>
            <FieldError field={fields.code} />
          </div>
          <InputField field={fields.nameZh} label={t("catalogue.nameZh")} />
          <InputField field={fields.nameEn} label={t("catalogue.nameEn")} />
        </div>
        <div className="actions">
          <button type="submit" name="intent" value="add" className="primary" disabled={busy} onMouseDown={keepFocusOnPress}>
            {t("catalogue.addSubmit")}
          </button>
        </div>
      </Form>
    </section>
  );
}
