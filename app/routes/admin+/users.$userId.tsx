/**
 * One account for the administrator (`manage:user:any`): its name and role fields edited, deactivated or reactivated,
 * its password reset. A reset is answered with the page and the temporary password, shown this once; the other steps
 * redirect back to the page with what was done.
 */
import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { DoneNotice } from "~/components/done-notice";
import { confirmFirst, FormAlert, FormErrors, InputField, keepFocusOnPress } from "~/components/forms";
import { Instant } from "~/components/instant";
import { TemporaryPassword } from "~/components/temporary-password";
import { UserRoleFields } from "~/components/user-account-fields";
import { userForAdmin, userRegionOptions } from "~/domain/users/user-admin.queries.server";
import { editUserInput } from "~/domain/users/user-admin.schema";
import { resetUserPassword, setUserActive, updateUser } from "~/domain/users/user-admin.server";
import type { Message } from "~/domain/result";
import { useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/page-title";
import { requireActor } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { conformErrors, failureData, unknownIntent } from "~/web/failure.server";
import { readForm } from "~/web/form.server";
import { Fact } from "~/components/facts";

export const meta = pageTitle<{ user: { username: string } }>("users.edit.title", (d) => d?.user.username);

const DONE = { saved: "users.saved", deactivated: "users.deactivated", reactivated: "users.reactivated" } as const;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request, "manage:user:any");
  const db = getDb();
  const [user, regions] = await Promise.all([userForAdmin(db, actor, params.userId ?? ""), userRegionOptions(db)]);
  if (!user) throw new Response("Not found", { status: 404 });
  return { user, regions, self: user.id === actor.id };
}

type ActionData = { result?: SubmissionResult<string[]>; error?: Message; temporaryPassword?: string };

export async function action({ request, params, context }: ActionFunctionArgs) {
  const actor = await requireActor(request, "manage:user:any");
  const db = getDb();
  const userId = params.userId ?? "";
  const form = await readForm(request);
  const intent = form.get("intent");
  const common = { db, actor, userId, requestId: context?.requestId };
  if (intent === "save") {
    const user = await userForAdmin(db, actor, userId);
    if (!user) throw new Response("Not found", { status: 404 });
    const submission = parseWithZod(form, { schema: editUserInput(user.role) });
    if (submission.status !== "success") return data<ActionData>({ result: submission.reply() }, { status: 400 });
    const result = await updateUser({ ...common, input: submission.payload });
    if (!result.ok) return failureData<ActionData>(result, { result: submission.reply(conformErrors(result)) });
    return redirect(`/admin/users/${userId}?done=saved`);
  }
  if (intent === "deactivate" || intent === "reactivate") {
    const result = await setUserActive({ ...common, active: intent === "reactivate" });
    if (!result.ok) return failureData<ActionData>(result, { error: result.formErrors[0] });
    return redirect(`/admin/users/${userId}?done=${intent}d`);
  }
  if (intent === "reset") {
    const result = await resetUserPassword(common);
    if (!result.ok) return failureData<ActionData>(result, { error: result.formErrors[0] });
    return { temporaryPassword: result.temporaryPassword } satisfies ActionData;
  }
  return unknownIntent();
}

export default function UserPage() {
  const { user, regions, self } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as ActionData | undefined;
  const t = useT();
  const busy = useNavigation().state === "submitting";
  const lastResult = actionData?.result;
  const [form, fields] = useForm({
    id: "user-edit",
    lastResult,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: editUserInput(user.role) }),
    defaultValue: {
      displayName: user.displayName,
      agency: user.agency ?? "",
      regionCode: user.regionCode ?? "",
      kindergarten: user.kindergartenUscc ?? "",
      lead: user.lead ? "on" : undefined,
    },
  });
  return (
    <section className="panel">
      <p>
        <Link to="/admin/users">← {t("users.back")}</Link>
      </p>
      <h1>{t("users.detail.title", { username: user.username })}</h1>
      <DoneNotice messages={DONE} hidden={actionData !== undefined} />
      {actionData?.temporaryPassword ? (
        <>
          <p role="status">{t("users.reset.done")}</p>
          <TemporaryPassword password={actionData.temporaryPassword} />
        </>
      ) : null}
      {actionData?.error ? <FormAlert message={t(actionData.error.key, actionData.error.vars)} /> : null}
      {/* A label above its value, three to a row: each pair one grid cell, as every other record page lays them out. */}
      <dl className="grid cols-3">
        <Fact label={t("users.field.role")}>
          {t(`users.role.${user.role}`)}
          {user.lead ? ` · ${t("users.lead")}` : ""}
        </Fact>
        <Fact label={t("users.col.status")} testId="user-status">
          {[user.active ? t("users.status.active") : t("users.status.inactive"), user.mustChangePassword ? t("users.status.mustChange") : null].filter(Boolean).join(" · ")}
        </Fact>
        {user.role === "operator" ? <Fact label={t("users.detail.kindergarten")}>{user.kindergartenName ? `${user.kindergartenName}（${user.kindergartenUscc}）` : "—"}</Fact> : null}
        <Fact label={t("users.detail.createdAt")}>
          <Instant value={user.createdAt} />
        </Fact>
        <Fact label={t("users.detail.sessions")}>{user.openSessions}</Fact>
      </dl>

      <h2>{t("users.edit.title")}</h2>
      <p className="muted">{t("users.edit.roleFixed")}</p>
      <FormErrors form={form} failed={lastResult?.status === "error"} />
      <Form method="post" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="save" />
        <div className="grid cols-3">
          <InputField field={fields.displayName} label={t("users.field.displayName")} autoComplete="off" />
        </div>
        {user.role === "admin" ? null : <UserRoleFields fields={fields} regions={regions} />}
        <div className="actions">
          <button type="submit" className="primary" disabled={busy} onMouseDown={keepFocusOnPress}>
            {t("users.edit.submit")}
          </button>
        </div>
      </Form>

      {self ? null : (
        <>
          <h2>{t("users.deactivate.title")}</h2>
          <p className="muted">{t("users.deactivate.hint")}</p>
          {/* Signs the account out everywhere at once (reactivating does not): asked first, as on a kindergarten's accounts page. */}
          <Form method="post" onSubmit={user.active ? confirmFirst(t("users.deactivate.confirm", { username: user.username })) : undefined}>
            <input type="hidden" name="intent" value={user.active ? "deactivate" : "reactivate"} />
            <button type="submit" className="secondary" disabled={busy} data-testid="user-active">
              {user.active ? t("users.deactivate.submit") : t("users.reactivate.submit")}
            </button>
          </Form>

          <h2>{t("users.reset.title")}</h2>
          <p className="muted">{t("users.reset.hint")}</p>
          <Form method="post" onSubmit={confirmFirst(t("users.reset.confirm", { username: user.username }))}>
            <input type="hidden" name="intent" value="reset" />
            <button type="submit" className="secondary" disabled={busy} data-testid="user-reset">
              {t("users.reset.submit")}
            </button>
          </Form>
        </>
      )}
    </section>
  );
}
