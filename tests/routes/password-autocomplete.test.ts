/**
 * What a password manager is told by each form about passwords and accounts (the `autocomplete` hints), as the built
 * app sends the pages: the sign-in fills the saved username and current password; the password page fills the current
 * password and offers to save the new one, under the account's username (a hidden field, never sent); a form about
 * another person's account (the administrator's new account, the education office's new bookkeeper) is not a place
 * for the signed-in user's own saved username or name, and the temporary password made there is shown as text, in no
 * password field a manager would save as the administrator's own.
 */
import { describe, expect, it } from "vitest";
import { useBuiltApp } from "../setup/built-app";

const app = useBuiltApp();

async function page(path: string, username?: string): Promise<string> {
  const res = await app.get(path, username);
  expect(res.status, path).toBe(200);
  return res.text();
}

/** Every input of the page's main part, as its attributes by name. */
function inputsOf(html: string): Array<Record<string, string>> {
  const main = html.match(/<main[\s\S]*<\/main>/)?.[0] ?? "";
  return [...main.matchAll(/<input\b([^>]*)>/g)].map((m) => Object.fromEntries([...m[1].matchAll(/([a-zA-Z-]+)(?:="([^"]*)")?/g)].map((a) => [a[1].toLowerCase(), a[2] ?? ""])));
}

const byName = (inputs: Array<Record<string, string>>, name: string) => inputs.find((i) => i.name === name);

describe("autocomplete hints for password managers", () => {
  it("the sign-in: the username and the current password", async () => {
    const inputs = inputsOf(await page("/login"));
    expect(byName(inputs, "username")?.autocomplete).toBe("username");
    expect(byName(inputs, "password")).toMatchObject({ type: "password", autocomplete: "current-password" });
  });

  it("the password page: the current password, the new one twice, filed under the account's username", async () => {
    const inputs = inputsOf(await page("/account/password", "kg006"));
    expect(byName(inputs, "currentPassword")).toMatchObject({ type: "password", autocomplete: "current-password" });
    expect(byName(inputs, "newPassword")).toMatchObject({ type: "password", autocomplete: "new-password" });
    expect(byName(inputs, "confirmPassword")).toMatchObject({ type: "password", autocomplete: "new-password" });
    // The username the manager saves the new password under: present, hidden, read-only, and not posted (no name).
    const username = inputs.find((i) => i.autocomplete === "username");
    expect(username).toMatchObject({ value: "kg006", hidden: "", readonly: "" });
    expect(username!.name).toBeUndefined();
  });

  it("a new account's form: another person's username and name, not the signed-in user's saved ones", async () => {
    const kg = (await app.db().selectFrom("users").select("kindergarten_id").where("username", "=", "kg006").executeTakeFirstOrThrow()).kindergarten_id!;
    for (const [path, username] of [
      ["/admin/users/new", "admin"],
      [`/officer/kindergartens/${kg}/accounts`, "haishu.edu"],
    ] as const) {
      const inputs = inputsOf(await page(path, username));
      expect(byName(inputs, "username")?.autocomplete, path).toBe("off");
      expect(byName(inputs, "displayName")?.autocomplete, path).toBe("off");
      expect(inputs.filter((i) => i.type === "password"), path).toEqual([]);
    }
    const officer = (await app.db().selectFrom("users").select("id").where("username", "=", "haishu.market2").executeTakeFirstOrThrow()).id;
    expect(byName(inputsOf(await page(`/admin/users/${officer}`, "admin")), "displayName")?.autocomplete).toBe("off");
  });

  it("a temporary password is shown as text, in no password field", async () => {
    const officer = (await app.db().selectFrom("users").select("id").where("username", "=", "haishu.market2").executeTakeFirstOrThrow()).id;
    const res = await app.post(`/admin/users/${officer}`, "admin", { intent: "reset" });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toMatch(/<code class="temporary-password"[^>]*>[^<]+<\/code>/);
    expect(inputsOf(html).filter((i) => i.type === "password")).toEqual([]);
  });
});
