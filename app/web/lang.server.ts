import { createCookie } from "@remix-run/node";
import type { Lang } from "~/i18n";

const langCookie = createCookie("lang", { path: "/", sameSite: "lax", maxAge: 365 * 24 * 60 * 60 });

/** zh-CN unless the user chose English. */
export async function getLang(request: Request): Promise<Lang> {
  const value = await langCookie.parse(request.headers.get("Cookie"));
  return value === "en" ? "en" : "zh-CN";
}

export function commitLang(lang: Lang): Promise<string> {
  return langCookie.serialize(lang);
}
