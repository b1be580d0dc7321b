import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { catalogueItemForEdit } from "~/domain/catalogue/catalogue.queries.server";
import { renameCatalogueItemInput } from "~/domain/catalogue/catalogue.schema";
import { renameFeeItemType } from "~/domain/catalogue/catalogue.service.server";
import { requireActor } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { conformErrors, failureData } from "~/web/failure.server";
import { readForm } from "~/web/form.server";
import { useLang, useT } from "~/utils/i18n";
import { InputField, joinMessages, keepFocusOnPress } from "~/components/forms";
import { pageTitle } from "~/utils/page-title";

export const meta = pageTitle("catalogue.editTitle");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request, "manage:catalogue:region", "manage:catalogue:any");
  const item = await catalogueItemForEdit(getDb(), actor, params.code ?? "");
  if (!item) throw new Response("Not found", { status: 404 });
  return { item };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const actor = await requireActor(request, "manage:catalogue:region", "manage:catalogue:any");
  const code = params.code ?? "";
  const submission = parseWithZod(await readForm(request), { schema: renameCatalogueItemInput });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const result = await renameFeeItemType({ db: getDb(), actor, code, input: submission.payload, requestId: context?.requestId });
  if (!result.ok) return failureData(result, { result: submission.reply(conformErrors(result)) });
  return redirect(`/officer/catalogue?renamed=${encodeURIComponent(code)}`);
}


export default function RenameCatalogueItem() {
  const { item } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const lang = useLang();
  const busy = useNavigation().state === "submitting";
  const [form, fields] = useForm({
    id: "catalogue-rename",
    lastResult: actionData?.result,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: renameCatalogueItemInput }),
    defaultValue: { nameZh: item.name_zh, nameEn: item.name_en },
  });
  return (
    <section className="panel">
      <p>
        <Link to="/officer/catalogue">← {t("catalogue.back")}</Link>
      </p>
      <h1>
        {t("catalogue.editTitle")} · <code>{item.code}</code>
      </h1>
      <p className="muted">
        {t(`category.${item.category}`)} · {item.region_name} · {item.active === 1 ? t("catalogue.active") : t("catalogue.inactive")}
      </p>
      {form.errors?.length ? (
        <div className="form-error" role="alert" id={form.errorId}>
          {joinMessages(form.errors.map((e) => t(e)), lang)}
        </div>
      ) : null}
      <Form method="post" {...getFormProps(form)}>
        <div className="grid cols-3">
          <InputField field={fields.nameZh} label={t("catalogue.nameZh")} />
          <InputField field={fields.nameEn} label={t("catalogue.nameEn")} />
        </div>
        <div className="actions">
          <button type="submit" className="primary" disabled={busy} onMouseDown={keepFocusOnPress}>
            {t("catalogue.save")}
          </button>
        </div>
      </Form>
    </section>
  );
}
