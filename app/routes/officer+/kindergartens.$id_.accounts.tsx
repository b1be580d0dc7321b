/**
 * A kindergarten's bookkeepers' accounts, kept by the district's education office (`manage:operator-account:region`)
 * or the administrator (`manage:user:any`), from the kindergarten's page: the accounts, active or not; a new one
 * (username and name; the role and the kindergarten are the page's); a password reset; deactivation and reactivation.
 * Each step is the administrator's own domain function in the actor's account scope (user-admin.server.ts): another
 * district's kindergarten or account, and any officer's or administrator's account, is not found.
 *
 * A new account and a reset answer with the page itself and the temporary password, shown this once (never a
 * redirect: the password must not travel in a URL); deactivation and reactivation redirect back with what was done.
 */
import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { DataTable } from "~/components/data-table";
import { DoneNotice } from "~/components/done-notice";
import { confirmFirst, FormAlert, FormErrors, InputField, keepFocusOnPress, SubmissionKeyInput } from "~/components/forms";
import { TemporaryPassword } from "~/components/temporary-password";
import { fail, type Failure, type Message } from "~/domain/result";
import { SUBMISSION_KEY_FIELD } from "~/domain/submissions/submission.schema";
import { newSubmissionKey } from "~/domain/submissions/submission.service.server";
import { accountsKindergarten, kindergartenOperatorAccounts } from "~/domain/users/user-admin.queries.server";
import { newUserInput } from "~/domain/users/user-admin.schema";
import { createUser, resetUserPassword, setUserActive } from "~/domain/users/user-admin.server";
import { useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/page-title";
import { requireActor } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { conformErrors, failureData, throwFailure, unknownIntent } from "~/web/failure.server";
import { readForm } from "~/web/form.server";
import { queryParam, readQuery } from "~/web/query.server";

export const meta = pageTitle<{ kindergarten: { approvedName: string } }>("operatorAccounts.title", (d) => d?.kindergarten.approvedName);

const PERMISSIONS = ["manage:operator-account:region", "manage:user:any"] as const;
const DONE = { deactivated: "users.deactivated", reactivated: "users.reactivated" } as const;
/** The same, naming the account (as the reset's notice does): the list may not show which row changed. */
const DONE_NAMED = { deactivated: "operatorAccounts.deactivated", reactivated: "operatorAccounts.reactivated" } as const;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request, ...PERMISSIONS);
  const { after } = readQuery(request, z.object({ after: queryParam.text(200) }));
  const page = await kindergartenOperatorAccounts(getDb(), actor, params.id ?? "", after);
  if (!page) throwFailure(fail("not_found", "users.kindergarten.notFound"));
  return { ...page, submissionKey: newSubmissionKey() };
}

type ActionData = {
  result?: SubmissionResult<string[]>;
  error?: Message;
  created?: { username: string; temporaryPassword: string | null };
  reset?: { username: string; temporaryPassword: string };
};

/** A new account's refusal about the kindergarten (closed meanwhile) is the form's, since the page names it. */
function kindergartenAsFormError(failure: Failure): Failure {
  const { kindergarten, ...fieldErrors } = failure.fieldErrors;
  return kindergarten ? { ...failure, formErrors: [...failure.formErrors, ...kindergarten], fieldErrors } : failure;
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const actor = await requireActor(request, ...PERMISSIONS);
  const db = getDb();
  const kindergartenId = params.id ?? "";
  // Another district's kindergarten is not found, whatever the post asks of it.
  if (!(await accountsKindergarten(db, actor, kindergartenId))) throwFailure(fail("not_found", "users.kindergarten.notFound"));
  const form = await readForm(request);
  const intent = form.get("intent");
  if (intent === "create") {
    // The role and the kindergarten are the page's, whatever was posted.
    form.set("role", "operator");
    form.set("kindergarten", kindergartenId);
    const submission = parseWithZod(form, { schema: newUserInput });
    if (submission.status !== "success") return data<ActionData>({ result: submission.reply() }, { status: 400 });
    const result = await createUser({ db, actor, input: submission.payload, submissionKey: form.get(SUBMISSION_KEY_FIELD), requestId: context?.requestId });
    if (!result.ok) return failureData<ActionData>(result, { result: submission.reply(conformErrors(kindergartenAsFormError(result))) });
    return { created: { username: submission.value.username, temporaryPassword: result.temporaryPassword } } satisfies ActionData;
  }
  const userId = String(form.get("userId") ?? "").slice(0, 40);
  const common = { db, actor, userId, kindergartenId, requestId: context?.requestId };
  if (intent === "deactivate" || intent === "reactivate") {
    const result = await setUserActive({ ...common, active: intent === "reactivate" });
    if (!result.ok) return failureData<ActionData>(result, { error: result.formErrors[0] });
    return redirect(`/officer/kindergartens/${kindergartenId}/accounts?done=${intent}d&account=${encodeURIComponent(result.username)}`);
  }
  if (intent === "reset") {
    const result = await resetUserPassword(common);
    if (!result.ok) return failureData<ActionData>(result, { error: result.formErrors[0] });
    return { reset: { username: result.username, temporaryPassword: result.temporaryPassword } } satisfies ActionData;
  }
  return unknownIntent();
}

export default function KindergartenOperatorAccounts() {
  const { kindergarten: kg, rows, next, submissionKey } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as ActionData | undefined;
  const t = useT();
  const busy = useNavigation().state === "submitting";
  const lastResult = actionData?.result;
  const [form, fields] = useForm({
    id: "operator-account-new",
    lastResult,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: newUserInput }),
  });
  const created = actionData?.created;
  const reset = actionData?.reset;
  const doneAccount = useSearchParams()[0].get("account");
  return (
    <section className="panel">
      <p>
        <Link to={`/officer/kindergartens/${kg.id}`}>← {t("operatorAccounts.back")}</Link>
        {" · "}
        <Link to="/officer/operator-accounts">{t("accountOverview.backToOverview")}</Link>
      </p>
      <h1>
        {t("operatorAccounts.title")} · {kg.approvedName}
      </h1>
      <p className="muted">{t("operatorAccounts.intro")}</p>
      <DoneNotice
        messages={doneAccount ? DONE_NAMED : DONE}
        vars={doneAccount ? { username: doneAccount } : undefined}
        hidden={actionData !== undefined}
      />
      {created ? (
        <div data-testid="operator-account-created">
          <p role="status">{t("users.created.title", { username: created.username })}</p>
          {created.temporaryPassword ? <TemporaryPassword password={created.temporaryPassword} /> : <p role="status">{t("operatorAccounts.created.replayed")}</p>}
        </div>
      ) : null}
      {reset ? (
        <div data-testid="operator-account-reset">
          <p role="status">{t("operatorAccounts.reset.done", { username: reset.username })}</p>
          <TemporaryPassword password={reset.temporaryPassword} />
        </div>
      ) : null}
      {actionData?.error ? <FormAlert message={t(actionData.error.key, actionData.error.vars)} /> : null}

      {rows.length === 0 ? (
        <p>{t("operatorAccounts.empty")}</p>
      ) : (
        <DataTable
          testId="operator-accounts"
          rows={rows}
          rowKey={(r) => r.id}
          rowProps={(r) => ({ "data-username": r.username })}
          columns={[
            { id: "username", header: t("users.col.username"), key: true, cell: (r) => <code>{r.username}</code> },
            { id: "name", header: t("users.col.displayName"), cell: (r) => r.displayName },
            {
              id: "status",
              header: t("users.col.status"),
              cell: (r) => [r.active ? t("users.status.active") : t("users.status.inactive"), r.mustChangePassword ? t("users.status.mustChange") : null].filter(Boolean).join(" · "),
            },
            {
              id: "actions",
              header: t("operatorAccounts.col.actions"),
              cell: (r) => (
                <div className="actions">
                  <Form method="post" onSubmit={confirmFirst(t("users.reset.confirm", { username: r.username }))}>
                    <input type="hidden" name="intent" value="reset" />
                    <input type="hidden" name="userId" value={r.id} />
                    <button type="submit" className="secondary" disabled={busy} data-testid="operator-account-reset-button">
                      {t("users.reset.submit")}
                    </button>
                  </Form>
                  <Form method="post" onSubmit={r.active ? confirmFirst(t("users.deactivate.confirm", { username: r.username })) : undefined}>
                    <input type="hidden" name="intent" value={r.active ? "deactivate" : "reactivate"} />
                    <input type="hidden" name="userId" value={r.id} />
                    <button type="submit" className="secondary" disabled={busy} data-testid="operator-account-active-button">
                      {r.active ? t("users.deactivate.submit") : t("users.reactivate.submit")}
                    </button>
                  </Form>
                </div>
              ),
            },
          ]}
        />
      )}
      {next ? (
        <div className="pager">
          <Link to={`?after=${encodeURIComponent(next)}`}>{`${t("users.next")} →`}</Link>
        </div>
      ) : null}

      <h2>{t("operatorAccounts.new.title")}</h2>
      {kg.status === "closed" ? (
        <p>{t("operatorAccounts.new.closed")}</p>
      ) : (
        <>
          <p className="muted">{t("operatorAccounts.new.hint")}</p>
          <FormErrors form={form} failed={lastResult?.status === "error"} />
          {/* A new form after an account is opened: its fields and its one-time key start afresh. */}
          <Form method="post" {...getFormProps(form)} key={created?.username ?? "new"}>
            <input type="hidden" name="intent" value="create" />
            <input type="hidden" name="role" value="operator" />
            <input type="hidden" name="kindergarten" value={kg.id} />
            <SubmissionKeyInput fresh={submissionKey} sent={lastResult?.initialValue?.[SUBMISSION_KEY_FIELD]} errors={form.errors} />
            <div className="grid cols-3">
              {/* Another person's account: not a field for the signed-in user's own saved username or name (the temporary
                  password is made by the server and shown as text, never in a password field a manager would save). */}
              <InputField field={fields.username} label={t("users.field.username")} hint={t("users.field.username.hint")} autoCapitalize="none" autoComplete="off" />
              <InputField field={fields.displayName} label={t("users.field.displayName")} autoComplete="off" />
            </div>
            <div className="actions">
              <button type="submit" className="primary" disabled={busy} onMouseDown={keepFocusOnPress}>
                {t("operatorAccounts.new.submit")}
              </button>
            </div>
          </Form>
        </>
      )}
    </section>
  );
}
