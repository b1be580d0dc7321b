import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { safeRedirectPath } from "~/web/auth.server";
import { readForm } from "~/web/form.server";
import { commitLang } from "~/web/lang.server";

export async function action({ request }: ActionFunctionArgs) {
  const form = await readForm(request);
  const lang = form.get("lang") === "en" ? "en" : "zh-CN";
  return redirect(safeRedirectPath(form.get("redirectTo"), "/"), { headers: { "Set-Cookie": await commitLang(lang) } });
}

export function loader() {
  return redirect("/");
}
