import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { logout } from "~/domain/users/auth.server";
import { clearSessionCookie, getSessionId } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { readForm } from "~/web/form.server";

/** POST only: signing out is a state change, and GET must never change state. */
export async function action({ request }: ActionFunctionArgs) {
  // Read like any form, so a post of the wrong type or size is refused as it is everywhere.
  await readForm(request);
  const sessionId = await getSessionId(request);
  if (sessionId) await logout(getDb(), sessionId);
  return redirect("/", { headers: { "Set-Cookie": await clearSessionCookie() } });
}

export function loader() {
  return redirect("/");
}
