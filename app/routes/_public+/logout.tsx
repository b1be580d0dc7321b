import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { logout } from "~/domain/users/auth.server";
import { clearSessionCookie, getSessionId } from "~/web/auth.server";
import { getDb } from "~/web/db.server";

/** POST only: signing out is a state change, and GET must never change state. */
export async function action({ request }: ActionFunctionArgs) {
  const sessionId = await getSessionId(request);
  if (sessionId) await logout(getDb(), sessionId);
  return redirect("/", { headers: { "Set-Cookie": await clearSessionCookie() } });
}

export function loader() {
  return redirect("/");
}
