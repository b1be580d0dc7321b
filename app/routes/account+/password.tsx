/**
 * The signed-in user's own password (every role): the current one, the new one twice. A user holding a temporary
 * password (an administrator's reset or new account) is sent here by requireActor and the root loader, and may use
 * nothing else until it is changed. Changing it signs the user out of their other sessions, and this one goes on
 * under a new session id (a new cookie). Current passwords count against the sign-in's limits
 * (login-throttle.server.ts), taken before the check: this form must not be a way around them.
 */
import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type HeadersFunction, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { FormErrors, InputField, keepFocusOnPress } from "~/components/forms";
import { changePasswordInput, PASSWORD_MIN_LENGTH } from "~/domain/users/user-admin.schema";
import { changeOwnPassword } from "~/domain/users/user-admin.server";
import { encodeMessage } from "~/i18n";
import { useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/page-title";
import { commitSessionCookie, getSessionId, homePathFor, PASSWORD_PATH, requireSignedIn, sessionUserAgent } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { conformErrors, failureData } from "~/web/failure.server";
import { readForm } from "~/web/form.server";
import { loginSucceeded, takeLoginAttempt } from "~/web/login-throttle.server";

export const meta = pageTitle("account.password.title");

const PASSWORD_FIELDS = ["currentPassword", "newPassword", "confirmPassword"];

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireSignedIn(request);
  return { username: actor.username, mustChange: actor.mustChangePassword === true, home: homePathFor({ ...actor, mustChangePassword: false }) };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requireSignedIn(request);
  const form = await readForm(request, { verbatim: PASSWORD_FIELDS });
  const submission = parseWithZod(form, { schema: changePasswordInput });
  // The reply never sends a password back into the page.
  const reply = (errors?: { formErrors?: string[]; fieldErrors?: Record<string, string[]> }) =>
    submission.reply({ ...errors, hideFields: PASSWORD_FIELDS });
  if (submission.status !== "success") return data({ result: reply(), retryAfter: 0 }, { status: 400 });
  const ip = context?.clientIp ?? "unknown";
  const retryAfter = await takeLoginAttempt(actor.username, ip);
  if (retryAfter > 0) {
    return data({ result: reply({ formErrors: [encodeMessage({ key: "account.password.tooMany", vars: { seconds: retryAfter } })] }), retryAfter }, { status: 429, headers: { "Retry-After": String(retryAfter) } });
  }
  const sessionId = (await getSessionId(request)) ?? "";
  const result = await changeOwnPassword({ db: getDb(), actor, sessionId, userAgent: sessionUserAgent(request), input: submission.payload, requestId: context?.requestId });
  // Any answer but a wrong current password means it was right: the attempt is given back.
  if (result.ok || !result.fieldErrors.currentPassword) await loginSucceeded(actor.username, ip);
  if (!result.ok) return failureData(result, { result: reply(conformErrors(result)), retryAfter: 0 });
  return redirect(`${PASSWORD_PATH}?changed=1`, { headers: { "Set-Cookie": await commitSessionCookie(result.sessionId) } });
}

export const headers: HeadersFunction = ({ actionHeaders }) => {
  const retryAfter = actionHeaders.get("Retry-After");
  return retryAfter ? { "Retry-After": retryAfter } : new Headers();
};

export default function ChangePassword() {
  const { username, mustChange, home } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const t = useT();
  const busy = useNavigation().state === "submitting";
  const lastResult = actionData?.result;
  const [form, fields] = useForm({
    id: "own-password",
    lastResult,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: changePasswordInput }),
  });
  const changed = params.get("changed") === "1" && !mustChange && !actionData;
  return (
    <section className="panel single-form">
      <h1>{t("account.password.title")}</h1>
      {changed ? (
        <div className="notice" role="status" data-testid="password-changed">
          <p>{t("account.password.changed")}</p>
          <p>
            <Link to={home}>{t("account.password.continue")}</Link>
          </p>
        </div>
      ) : null}
      {mustChange ? (
        <p className="notice" role="status" data-testid="password-must-change">
          {t("account.password.mustChange")}
        </p>
      ) : (
        <p className="muted">{t("account.password.intro")}</p>
      )}
      <FormErrors form={form} failed={lastResult?.status === "error"} />
      <Form method="post" {...getFormProps(form)}>
        {/* A password manager fills the current password and saves the new one under this account: the username it
            files them under, unseen and unsent (no name), as browsers ask of a change-password form. */}
        <input type="text" id="own-password-username" autoComplete="username" value={username} readOnly hidden />
        <InputField field={fields.currentPassword} label={t("account.password.current")} type="password" autoComplete="current-password" />
        <InputField field={fields.newPassword} label={t("account.password.new")} type="password" autoComplete="new-password" hint={t("account.password.hint", { min: PASSWORD_MIN_LENGTH })} />
        <InputField field={fields.confirmPassword} label={t("account.password.confirm")} type="password" autoComplete="new-password" />
        <div className="actions">
          <button type="submit" className="primary" disabled={busy} onMouseDown={keepFocusOnPress}>
            {t("account.password.submit")}
          </button>
        </div>
      </Form>
    </section>
  );
}
