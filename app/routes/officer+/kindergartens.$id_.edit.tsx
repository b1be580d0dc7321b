/**
 * A registered kindergarten's record changed (`manage:kindergarten:region` in the officer's region and below, or
 * `…:any`): the record's fields with the version read and the reason; the answer is the kindergarten's page. Another
 * region's kindergarten is not found, as on every officer's page.
 */
import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { FormErrors, keepFocusOnPress, TextAreaField } from "~/components/forms";
import { KindergartenRecordFields } from "~/components/kindergarten-record-fields";
import { editKindergartenInput } from "~/domain/registry/registry.schema";
import { registryEntry, registryRegionOptions, updateKindergarten } from "~/domain/registry/registry.server";
import { useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/page-title";
import { requireActor } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { conformErrors, failureData } from "~/web/failure.server";
import { readForm } from "~/web/form.server";

export const meta = pageTitle<{ entry: { approvedName: string } }>("registry.edit.title", (d) => d?.entry.approvedName);

const PERMISSIONS = ["manage:kindergarten:region", "manage:kindergarten:any"] as const;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request, ...PERMISSIONS);
  const db = getDb();
  const [entry, regions] = await Promise.all([registryEntry(db, actor, params.id ?? ""), registryRegionOptions(db, actor)]);
  if (!entry) throw new Response("Not found", { status: 404 });
  return { entry, regions };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const actor = await requireActor(request, ...PERMISSIONS);
  const formData = await readForm(request);
  const submission = parseWithZod(formData, { schema: editKindergartenInput });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const result = await updateKindergarten({ db: getDb(), actor, kindergartenId: params.id ?? "", input: submission.payload, requestId: context?.requestId });
  if (!result.ok) return failureData(result, { result: submission.reply(conformErrors(result)) });
  return redirect(`/officer/kindergartens/${result.kindergartenId}?done=${result.changed.length === 0 ? "unchanged" : "saved"}`);
}

export default function EditKindergarten() {
  const { entry, regions } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>()?.result;
  const t = useT();
  const busy = useNavigation().state === "submitting";
  const { id: _id, uscc, version, ...record } = entry;
  const [form, fields] = useForm({
    id: "kindergarten-edit",
    lastResult,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: editKindergartenInput }),
    defaultValue: { ...record, nameInUse: record.nameInUse === record.approvedName ? "" : record.nameInUse, version, reason: "" },
  });
  return (
    <section className="panel">
      <p>
        <Link to={`/officer/kindergartens/${entry.id}`}>← {t("registry.back")}</Link>
      </p>
      <h1>{t("registry.edit.title")}</h1>
      <p>
        {entry.approvedName} <span className="muted">（{uscc}）</span>
      </p>
      <p className="muted">{t("registry.edit.intro")}</p>
      <FormErrors form={form} failed={lastResult?.status === "error"} />
      <Form method="post" {...getFormProps(form)}>
        <input {...getInputProps(fields.version, { type: "hidden" })} />
        {/* Named one by one: conform's `fields` answers every key, so passed whole it offered an empty USCC field the
            schema ignores (the USCC never changes). */}
        <KindergartenRecordFields
          fields={{
            approvedName: fields.approvedName,
            nameInUse: fields.nameInUse,
            nature: fields.nature,
            grade: fields.grade,
            regionCode: fields.regionCode,
            address: fields.address,
            status: fields.status,
          }}
          regions={regions}
        />
        <TextAreaField field={fields.reason} label={t("registry.field.reason")} />
        <p className="muted">{t("registry.field.reason.hint")}</p>
        <div className="actions">
          <button type="submit" className="primary" disabled={busy} onMouseDown={keepFocusOnPress}>
            {t("registry.edit.submit")}
          </button>
        </div>
      </Form>
    </section>
  );
}
