import { data, redirect, type ActionFunctionArgs, type HeadersFunction, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { tooLong } from "~/domain/result";
import { login } from "~/domain/users/auth.server";
import { commitSessionCookie, getActor, homePathFor, PASSWORD_PATH, safeRedirectPath, sessionUserAgent, UNSAVED_POST_PARAM } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { readForm } from "~/web/form.server";
import { useT } from "~/utils/i18n";
import { loginSucceeded, takeLoginAttempt } from "~/web/login-throttle.server";
import { pageTitle } from "~/utils/page-title";

const credentials = z.object({
  username: z.string({ error: "form.required" }).trim().min(1, "form.required").max(64, tooLong(64)),
  password: z.string({ error: "form.required" }).min(1, "form.required").max(256, tooLong(256)),
});

export const meta = pageTitle("login.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await getActor(request);
  if (actor) throw redirect(homePathFor(actor));
  return { unsaved: new URL(request.url).searchParams.get(UNSAVED_POST_PARAM) === "1" };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await readForm(request, { verbatim: ["password"] });
  const parsed = credentials.safeParse({ username: form.get("username"), password: form.get("password") });
  if (!parsed.success) {
    const fieldErrors = z.flattenError(parsed.error).fieldErrors;
    return data({ error: null as string | null, retryAfter: 0, fieldErrors }, { status: 400 });
  }
  const { username, password } = parsed.data;
  const ip = context?.clientIp ?? "unknown";
  const retryAfter = await takeLoginAttempt(username, ip);
  if (retryAfter > 0) {
    return data({ error: "login.tooMany", retryAfter, fieldErrors: {} }, { status: 429, headers: { "Retry-After": String(retryAfter) } });
  }
  const result = await login(getDb(), { username, password, userAgent: sessionUserAgent(request) });
  if (!result.ok) {
    return data({ error: "login.failed", retryAfter: 0, fieldErrors: {} }, { status: 401 });
  }
  await loginSucceeded(username, ip);
  // A temporary password (an administrator's reset or new account) is changed first, wherever the user was going.
  const redirectTo = result.actor.mustChangePassword ? PASSWORD_PATH : safeRedirectPath(form.get("redirectTo"), homePathFor(result.actor));
  return redirect(redirectTo, { headers: { "Set-Cookie": await commitSessionCookie(result.sessionId) } });
}

/**
 * A throttled attempt's Retry-After has to reach the HTTP response, for a
 * document post and a single-fetch `.data` post alike: Remix builds both from
 * the route's headers export, which by default passes on only cookies.
 */
export const headers: HeadersFunction = ({ actionHeaders }) => {
  const retryAfter = actionHeaders.get("Retry-After");
  return retryAfter ? { "Retry-After": retryAfter } : new Headers();
};

export default function Login() {
  const t = useT();
  const result = useActionData<typeof action>();
  const { unsaved } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const busy = useNavigation().state === "submitting";
  const fieldErrors = (result?.fieldErrors ?? {}) as Record<string, string[] | undefined>;
  return (
    <section className="panel single-form sign-in">
      <h1>{t("login.title")}</h1>
      {unsaved && !result ? (
        <p className="notice" role="status" data-testid="login-unsaved">
          {t("login.unsaved")}
        </p>
      ) : null}
      {result?.error ? (
        <p className="form-error" role="alert">
          {t(result.error, { seconds: result.retryAfter })}
        </p>
      ) : null}
      <Form method="post" noValidate>
        <input type="hidden" name="redirectTo" value={params.get("redirectTo") ?? ""} />
        <div className="field">
          <label htmlFor="username">{t("login.username")}</label>
          <input id="username" name="username" autoComplete="username" required aria-invalid={fieldErrors.username ? true : undefined} aria-describedby="username-error" />
          {fieldErrors.username ? <p id="username-error" className="field-error">{t(fieldErrors.username[0])}</p> : null}
        </div>
        <div className="field">
          <label htmlFor="password">{t("login.password")}</label>
          <input id="password" name="password" type="password" autoComplete="current-password" required aria-invalid={fieldErrors.password ? true : undefined} aria-describedby="password-error" />
          {fieldErrors.password ? <p id="password-error" className="field-error">{t(fieldErrors.password[0])}</p> : null}
        </div>
        <button type="submit" className="primary" disabled={busy}>
          {t("login.submit")}
        </button>
      </Form>
    </section>
  );
}
