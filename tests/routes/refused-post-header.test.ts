/**
 * A post refused by its action (too large, forbidden) is rendered in the root's error boundary, for which Remix does
 * not run the root's loader: the page cannot know who reads it. Its header is the brand alone, neither a signed-in
 * user's links nor 登录 (which a signed-in officer was shown after a form too large). The body of such a post is
 * never read past the form's limit to find out.
 */
import { describe, expect, it } from "vitest";
import { FORM_MAX_BYTES } from "~/web/form.server";
import { useBuiltApp } from "../setup/built-app";

const app = useBuiltApp();

/** The page's header, as sent. */
async function header(res: Response): Promise<string> {
  const html = await res.text();
  const found = html.match(/<header class="site-header">([\s\S]*?)<\/header>/)?.[1];
  if (found === undefined) throw new Error("no site header in the page");
  return found;
}

describe("the header of a post its action refused", () => {
  it("is the brand alone after a form too large, for a signed-in officer and for a visitor alike", async () => {
    for (const [username, path] of [["haishu.market", "/account/password"], [null, "/login"]] as const) {
      const res = await app.post(path, username, { password: "x".repeat(FORM_MAX_BYTES) });
      expect(res.status, String(username)).toBe(413);
      const shown = await header(res);
      expect(shown).toContain('class="brand"');
      expect(shown, String(username)).not.toContain("<nav");
      expect(shown).not.toContain('href="/login"');
      expect(shown).not.toContain('action="/logout"');
    }
  });

  it("is the brand alone after a post the user may not make (403)", async () => {
    const res = await app.post("/admin/users/import", "haishu.market", { intent: "preview" });
    expect(res.status).toBe(403);
    const shown = await header(res);
    expect(shown).toContain('class="brand"');
    expect(shown).not.toContain('href="/login"');
  });

  it("is the user's own on the page they read (the root's loader ran)", async () => {
    const shown = await header(await app.get("/account/password", "haishu.market"));
    expect(shown).toContain('action="/logout"');
    expect(shown).not.toContain('href="/login"');
  });
});
