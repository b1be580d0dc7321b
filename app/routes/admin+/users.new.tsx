/**
 * A new account (`manage:user:any`): username, name, role and the role's fields. The answer is the page itself with
 * the temporary password, shown this once (never a redirect: the password must not travel in a URL), and the user
 * sets their own at the first sign-in. A repeat of the same post (its one-time key) answers with the account and
 * no password.
 */
import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { FormErrors, InputField, SelectField, SubmissionKeyInput, keepFocusOnPress } from "~/components/forms";
import { TemporaryPassword } from "~/components/temporary-password";
import { UserRoleFields } from "~/components/user-account-fields";
import { SUBMISSION_KEY_FIELD } from "~/domain/submissions/submission.schema";
import { newSubmissionKey } from "~/domain/submissions/submission.service.server";
import { userRegionOptions } from "~/domain/users/user-admin.queries.server";
import { newUserInput, ROLES } from "~/domain/users/user-admin.schema";
import { createUser } from "~/domain/users/user-admin.server";
import { useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/page-title";
import { requireActor } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { conformErrors, failureData } from "~/web/failure.server";
import { readForm } from "~/web/form.server";

export const meta = pageTitle("users.new.title");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireActor(request, "manage:user:any");
  return { regions: await userRegionOptions(getDb()), submissionKey: newSubmissionKey() };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requireActor(request, "manage:user:any");
  const formData = await readForm(request);
  const submission = parseWithZod(formData, { schema: newUserInput });
  if (submission.status !== "success") return data({ result: submission.reply(), created: null }, { status: 400 });
  const result = await createUser({ db: getDb(), actor, input: submission.payload, submissionKey: formData.get(SUBMISSION_KEY_FIELD), requestId: context?.requestId });
  if (!result.ok) return failureData(result, { result: submission.reply(conformErrors(result)), created: null });
  return {
    result: null,
    created: { userId: result.userId, username: submission.value.username, temporaryPassword: result.temporaryPassword, replayed: result.replayed },
  };
}

export default function NewUser() {
  const { regions, submissionKey } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const busy = useNavigation().state === "submitting";
  const lastResult = actionData?.result ?? undefined;
  const [form, fields] = useForm({
    id: "user-new",
    lastResult,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: newUserInput }),
    defaultValue: { role: "officer" },
  });
  const created = actionData?.created;
  if (created) {
    return (
      <section className="panel" data-testid="user-created">
        <p>
          <Link to="/admin/users">← {t("users.back")}</Link>
        </p>
        <h1>{t("users.created.title", { username: created.username })}</h1>
        {created.temporaryPassword ? <TemporaryPassword password={created.temporaryPassword} /> : <p role="status">{t("users.created.replayed")}</p>}
        <p>
          <Link to={`/admin/users/${created.userId}`}>{t("users.created.open")}</Link>
        </p>
      </section>
    );
  }
  return (
    <section className="panel">
      <p>
        <Link to="/admin/users">← {t("users.back")}</Link>
      </p>
      <h1>{t("users.new.title")}</h1>
      <p className="muted">{t("users.new.intro")}</p>
      <FormErrors form={form} failed={lastResult?.status === "error"} />
      <Form method="post" {...getFormProps(form)}>
        <SubmissionKeyInput fresh={submissionKey} sent={lastResult?.initialValue?.[SUBMISSION_KEY_FIELD]} errors={form.errors} />
        <div className="grid cols-3">
          {/* Another person's account: not a field for the signed-in user's own saved username or name (the temporary
              password is made by the server and shown as text, never in a password field a manager would save). */}
          <InputField field={fields.username} label={t("users.field.username")} hint={t("users.field.username.hint")} autoCapitalize="none" autoComplete="off" />
          <InputField field={fields.displayName} label={t("users.field.displayName")} autoComplete="off" />
          <SelectField field={fields.role} label={t("users.field.role")} options={ROLES.map((r) => ({ value: r, label: t(`users.role.${r}`) }))} />
        </div>
        <UserRoleFields fields={fields} regions={regions} />
        <div className="actions">
          <button type="submit" className="primary" disabled={busy} onMouseDown={keepFocusOnPress}>
            {t("users.new.submit")}
          </button>
        </div>
      </Form>
    </section>
  );
}
