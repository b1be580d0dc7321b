/**
 * A kindergarten registered (`manage:kindergarten:region` in the officer's region and below, or `…:any`): the record's
 * fields, once per submission key; the answer is the kindergarten's page, saying it was registered.
 */
import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { FormErrors, keepFocusOnPress, SubmissionKeyInput } from "~/components/forms";
import { KindergartenRecordFields } from "~/components/kindergarten-record-fields";
import { newKindergartenInput } from "~/domain/registry/registry.schema";
import { registerKindergarten, registryRegionOptions } from "~/domain/registry/registry.server";
import { SUBMISSION_KEY_FIELD } from "~/domain/submissions/submission.schema";
import { newSubmissionKey } from "~/domain/submissions/submission.service.server";
import { useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/page-title";
import { requireActor } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { conformErrors, failureData } from "~/web/failure.server";
import { readForm } from "~/web/form.server";

export const meta = pageTitle("registry.new.title");

const PERMISSIONS = ["manage:kindergarten:region", "manage:kindergarten:any"] as const;

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireActor(request, ...PERMISSIONS);
  return { regions: await registryRegionOptions(getDb(), actor), submissionKey: newSubmissionKey() };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requireActor(request, ...PERMISSIONS);
  const formData = await readForm(request);
  const submission = parseWithZod(formData, { schema: newKindergartenInput });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const result = await registerKindergarten({ db: getDb(), actor, input: submission.payload, submissionKey: formData.get(SUBMISSION_KEY_FIELD), requestId: context?.requestId });
  if (!result.ok) return failureData(result, { result: submission.reply(conformErrors(result)) });
  return redirect(`/officer/kindergartens/${result.kindergartenId}?done=${result.replayed ? "replayed" : "registered"}`);
}

export default function NewKindergarten() {
  const { regions, submissionKey } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>()?.result;
  const t = useT();
  const busy = useNavigation().state === "submitting";
  const [form, fields] = useForm({
    id: "kindergarten-new",
    lastResult,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: newKindergartenInput }),
    defaultValue: { status: "active", regionCode: regions.length === 1 ? regions[0].code : "" },
  });
  return (
    <section className="panel">
      <p>
        <Link to="/officer/kindergartens">← {t("rulesConfig.kg.back")}</Link>
      </p>
      <h1>{t("registry.new.title")}</h1>
      <p className="muted">{t("registry.new.intro")}</p>
      <FormErrors form={form} failed={lastResult?.status === "error"} />
      <Form method="post" {...getFormProps(form)}>
        <SubmissionKeyInput fresh={submissionKey} sent={lastResult?.initialValue?.[SUBMISSION_KEY_FIELD]} errors={form.errors} />
        <KindergartenRecordFields fields={fields} regions={regions} />
        <div className="actions">
          <button type="submit" className="primary" disabled={busy} onMouseDown={keepFocusOnPress}>
            {t("registry.new.submit")}
          </button>
        </div>
      </Form>
    </section>
  );
}
