import { createCookie } from "@remix-run/node";
import type { Lang } from "~/i18n";

const langCookie = createCookie("lang", { path: "/", sameSite: "lax", maxAge: 365 * 24 * 60 * 60 });

/** zh-CN unless the user chose English. */
export function getLang(request: Request): Promise<Lang> {
  return langOfCookieHeader(request.headers.get("Cookie"));
}

/** The language a Cookie header chose (what a page is written in, before Remix reads the request). */
export async function langOfCookieHeader(header: string | null | undefined): Promise<Lang> {
  const value = await langCookie.parse(header ?? null);
  return value === "en" ? "en" : "zh-CN";
}

export function commitLang(lang: Lang): Promise<string> {
  return langCookie.serialize(lang);
}
