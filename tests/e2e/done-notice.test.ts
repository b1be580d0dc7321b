/**
 * A page's "done" notice (components/done-notice.tsx) speaks of the last save only: once the user edits the form
 * again, or sends it and the browser refuses it (a required field emptied, so no answer comes back), "已保存" is no
 * longer on the page beside the refusal. A filter form does not hide it; a new save shows it again.
 */
import { describe, expect, it } from "vitest";
import { hydrated, signIn, useBrowserJourney, withServerDb } from "../setup/e2e";

const journey = useBrowserJourney("done-notice");

describe("a done notice after a later edit", () => {
  it("an administrator's saved account: 已保存 goes once the form is edited and refused, and comes back with the next save", { timeout: 60_000 }, async () => {
    const page = await journey.newPage({ viewport: { width: 1366, height: 768 } });
    await signIn(page, "admin");
    const id = await withServerDb(journey, async (db) => (await db.selectFrom("users").select("id").where("username", "=", "haishu.market2").executeTakeFirstOrThrow()).id);
    await page.goto(`/admin/users/${id}`);
    await hydrated(page);
    const name = page.getByLabel("姓名 / 名称");
    const save = page.getByRole("button", { name: "保存", exact: true });
    const notice = page.getByTestId("done-notice");

    await name.fill("海曙区市场监督管理局（二）");
    await Promise.all([page.waitForURL(/done=saved/), save.click()]);
    await notice.waitFor();
    expect(await notice.textContent()).toBe("已保存");

    const posts: string[] = [];
    page.on("request", (r) => {
      if (r.method() === "POST") posts.push(r.url());
    });
    await name.fill("");
    await save.click();
    await page.locator('[aria-invalid="true"]').first().waitFor();
    expect(posts).toEqual([]);
    expect(await notice.count()).toBe(0);

    await name.fill("海曙区市场监督管理局");
    await Promise.all([page.waitForRequest((r) => r.method() === "POST"), save.click()]);
    await notice.waitFor();
    expect(await notice.textContent()).toBe("已保存");
    expect(journey.errors).toEqual([]);
  });
});
