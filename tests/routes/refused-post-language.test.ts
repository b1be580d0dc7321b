/**
 * A post refused by its action (a form too large, a 403) is rendered in the root's error boundary without the root's
 * loader, whose data held the reader's language: the page speaks the request's language instead (the `lang` cookie,
 * given to the render by entry.server), and names it in <html lang>, from which the browser's hydration reads it.
 */
import { describe, expect, it } from "vitest";
import { translate, type Lang } from "~/i18n";
import { FORM_MAX_BYTES } from "~/web/form.server";
import { commitLang } from "~/web/lang.server";
import { useBuiltApp } from "../setup/built-app";
import { cookieHeaderFrom } from "../setup/route-helpers";

const app = useBuiltApp();

const cookieOf = async (lang: Lang) => cookieHeaderFrom(await commitLang(lang));

/** The page's language, title, header and main, as sent. */
async function page(res: Response) {
  const html = await res.text();
  return {
    lang: html.match(/<html lang="([^"]*)"/)?.[1],
    title: html.match(/<title>([^<]*)<\/title>/g) ?? [],
    header: html.match(/<header class="site-header">([\s\S]*?)<\/header>/)?.[1] ?? "",
    main: html.match(/<main[^>]*>([\s\S]*?)<\/main>/)?.[1] ?? "",
  };
}

function expectIn(shown: Awaited<ReturnType<typeof page>>, lang: Lang, message: "error.tooLarge" | "error.forbidden") {
  const other: Lang = lang === "en" ? "zh-CN" : "en";
  expect(shown.lang).toBe(lang);
  expect(shown.title).toEqual([`<title>${translate(lang, "app.title")}</title>`]);
  expect(shown.header).toContain(translate(lang, "app.title"));
  expect(shown.header).toContain(translate(lang, "nav.skip"));
  expect(shown.main).toContain(translate(lang, "error.title"));
  expect(shown.main).toContain(translate(lang, message));
  expect(shown.main).toContain(translate(lang, "nav.home"));
  expect(shown.main).not.toContain(translate(other, message));
  expect(shown.header).not.toContain(translate(other, "app.title"));
}

describe("a post its action refused, in the reader's language", () => {
  for (const lang of ["en", "zh-CN"] as const) {
    it(`is in ${lang} after a form too large, signed in and signed out`, async () => {
      for (const [username, path] of [["haishu.market", "/account/password"], [null, "/login"]] as const) {
        const res = await app.post(path, username, { password: "x".repeat(FORM_MAX_BYTES) }, await cookieOf(lang));
        expect(res.status).toBe(413);
        expectIn(await page(res), lang, "error.tooLarge");
      }
    });

    it(`is in ${lang} after a post the user may not make (403)`, async () => {
      const res = await app.post("/admin/users/import", "haishu.market", { intent: "preview" }, await cookieOf(lang));
      expect(res.status).toBe(403);
      expectIn(await page(res), lang, "error.forbidden");
    });
  }

  it("is zh-CN for a reader who chose no language", async () => {
    const res = await app.post("/admin/users/import", "haishu.market", { intent: "preview" });
    expect(res.status).toBe(403);
    expectIn(await page(res), "zh-CN", "error.forbidden");
  });

  it("leaves a page the root's loader answered in its language, titled once", async () => {
    for (const lang of ["en", "zh-CN"] as const) {
      const shown = await page(await app.get("/account/password", "haishu.market", await cookieOf(lang)));
      expect(shown.lang).toBe(lang);
      expect(shown.title).toHaveLength(1);
      expect(shown.title[0]).toContain(translate(lang, "app.title"));
      expect(shown.header).toContain(translate(lang, "nav.logout"));
    }
  });
});
