/**
 * The account import through the built app, as a browser without JavaScript uses it: the administrator uploads a
 * CSV, reads the preview (nothing written), presses 导入 and gets the temporary passwords once; a new operator
 * signs in with one and must change it; the same 导入 again creates nothing more. Nobody else reaches the pages;
 * an upload of the wrong type or size is refused on the page.
 */
import { describe, expect, it } from "vitest";
import { useBuiltApp } from "../setup/built-app";
import * as importRoute from "~/routes/admin+/users.import";
import { callRoute, cookieHeaderFrom, sessionCookieFor } from "../setup/route-helpers";

const app = useBuiltApp();

const HEADER = "username,display_name,role,kindergarten_uscc,agency,region_code,lead";

function upload(text: string, key: string, name = "accounts.csv", type = "text/csv"): FormData {
  const form = new FormData();
  form.append("submissionKey", key);
  form.append("intent", "preview");
  form.append("file", new File([text], name, { type }));
  return form;
}

/** The value of a hidden input in the page, as the browser would send it back. */
function hidden(html: string, name: string): string | null {
  const m = new RegExp(`<input type="hidden" name="${name}" value="([^"]*)"`).exec(html);
  if (!m) return null;
  return m[1].replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

/** The commit form of a preview: the hidden fields after `data-testid="user-import-commit"`. */
function commitForm(html: string): FormData {
  const part = html.slice(html.indexOf('data-testid="user-import-commit"'));
  const form = new FormData();
  for (const name of ["intent", "submissionKey", "fileName", "csv"]) {
    const value = hidden(part, name);
    expect(value, name).not.toBeNull();
    form.append(name, value!);
  }
  return form;
}

async function freshKey(): Promise<string> {
  const page = await app.get("/admin/users/import", "admin");
  expect(page.status).toBe(200);
  const key = hidden(await page.text(), "submissionKey");
  expect(key).toBeTruthy();
  return key!;
}

const usersNamed = (names: string[]) => app.db().selectFrom("users").select(["username", "must_change_password"]).where("username", "in", names).execute();
const temporariesIn = (html: string) => [...html.matchAll(/<code class="temporary-password"[^>]*>([^<]+)<\/code>/g)].map((m) => m[1]);

async function kg006Uscc(): Promise<string> {
  const row = await app
    .db()
    .selectFrom("users")
    .innerJoin("kindergartens", "kindergartens.id", "users.kindergarten_id")
    .select("kindergartens.uscc")
    .where("users.username", "=", "kg006")
    .executeTakeFirstOrThrow();
  return row.uscc;
}

describe("an administrator imports accounts", () => {
  it("previews, imports every account once, shows the temporary passwords once; the operator must change it at sign-in", async () => {
    const list = await (await app.get("/admin/users", "admin")).text();
    expect(list).toContain('href="/admin/users/import"');
    const uscc = await kg006Uscc();
    const text = `\uFEFF${HEADER}\r\nimport.kg006,春芽幼儿园出纳,operator,${uscc},,,\r\nimport.haishu,"海曙区市场监督管理局, 价监科",officer,,market,330203,是\r\n`;

    const preview = await app.post("/admin/users/import", "admin", upload(text, await freshKey()));
    expect(preview.status).toBe(200);
    const html = await preview.text();
    expect(html).toContain("共 2 行，全部可以导入，将开设 2 个账户");
    expect(html).toContain("该园已有收费管理员账户 kg006，仍将另开此账户");
    expect(html).toContain("海曙区");
    expect(await usersNamed(["import.kg006", "import.haishu"])).toEqual([]);

    const commit = commitForm(html);
    const done = await app.post("/admin/users/import", "admin", commit);
    expect(done.status).toBe(200);
    const doneHtml = await done.text();
    expect(doneHtml).toContain("已开设 2 个账户");
    expect(doneHtml).toContain("以下临时密码只显示这一次");
    const passwords = temporariesIn(doneHtml);
    expect(passwords).toHaveLength(2);
    for (const p of passwords) expect(p).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    expect((await usersNamed(["import.kg006", "import.haishu"])).map((u) => u.must_change_password)).toEqual([1, 1]);
    // Never stored in clear, nor audited.
    const audits = await app.db().selectFrom("audit_log").select("detail").where("action", "=", "user.create").where("detail", "like", '%"import.%').execute();
    expect(audits).toHaveLength(2);
    for (const a of audits) for (const p of passwords) expect(a.detail).not.toContain(p);

    const signIn = await app.post("/login", null, { username: "import.kg006", password: passwords[0] });
    expect(signIn.status).toBe(302);
    expect(signIn.headers.get("Location")).toBe("/account/password");
    const cookie = cookieHeaderFrom(signIn.headers.get("Set-Cookie"));
    expect((await app.get("/kindergarten", undefined, cookie)).headers.get("Location")).toBe("/account/password");

    // 导入 again (a double click, Back and resend): the accounts, no passwords, nothing created twice.
    const again = await app.post("/admin/users/import", "admin", commitForm(html));
    expect(again.status).toBe(200);
    const againHtml = await again.text();
    expect(againHtml).toContain("这些账户已由之前的同一次导入开设");
    expect(temporariesIn(againHtml)).toEqual([]);
    expect(await usersNamed(["import.kg006", "import.haishu"])).toHaveLength(2);
  });

  it("a file with a bad row is previewed with each error in Chinese, its line and column, and no 导入", async () => {
    const text = `${HEADER}\nbad.one,甲,operator,91330203MA2XXXXX0X,,,\nbad.two,乙,officer,,police,330203,\nKG006,丙,officer,,market,330203,\n`;
    const res = await app.post("/admin/users/import", "admin", upload(text, await freshKey()));
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain("共 3 行，其中 3 行有错误");
    expect(html).toContain("第 2 行");
    expect(html).toContain("kindergarten_uscc “91330203MA2XXXXX0X”：未找到该幼儿园");
    // What to do when the code is right: the kindergarten is registered first (a province's deployment, step by step).
    expect(html).toContain("新幼儿园须先由教育部门在幼儿园名录中登记，再开设收费管理员账户");
    expect(html).toContain("agency “police”：所属部门须为 market、education 或 development_reform");
    expect(html).toContain("username “KG006”：该用户名已被使用（不区分大小写）");
    expect(html).not.toContain('data-testid="user-import-commit"');
    expect(await usersNamed(["bad.one", "bad.two"])).toEqual([]);
  });

  it("the template downloads as a CSV Excel opens as UTF-8", async () => {
    const res = await app.get("/admin/users/import/template.csv", "admin");
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    const body = new Uint8Array(await res.arrayBuffer());
    expect([...body.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(body).split("\r\n")[0]).toBe(HEADER);
  });
});

describe("refusals", () => {
  it("an officer, a lead and an operator get 403 on the page, its post and the template; signed out, they go to sign in", async () => {
    for (const username of ["haishu.market", "haishu.lead", "kg006"]) {
      for (const path of ["/admin/users/import", "/admin/users/import/template.csv"]) {
        expect({ username, path, status: (await app.get(path, username)).status }).toEqual({ username, path, status: 403 });
      }
      const post = await app.post("/admin/users/import", username, upload(`${HEADER}\nintruder,x,officer,,market,330203,\n`, "01J0000000000000000000000A"));
      expect({ username, status: post.status }).toEqual({ username, status: 403 });
    }
    for (const path of ["/admin/users/import", "/admin/users/import/template.csv"]) {
      const res = await app.get(path);
      expect({ path, status: res.status, location: res.headers.get("Location") }).toEqual({ path, status: 302, location: `/login?redirectTo=${encodeURIComponent(path)}` });
    }
    expect((await app.post("/admin/users/import", null, upload(`${HEADER}\nintruder,x,officer,,market,330203,\n`, "01J0000000000000000000000A"))).status).toBe(302);
    expect(await usersNamed(["intruder"])).toEqual([]);
  });

  it("a file that is not a CSV, no file, a JSON body and a 5 MB file are refused, nothing written", async () => {
    const count = async () => Number((await app.db().selectFrom("users").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);
    const before = await count();
    const xlsx = await app.post("/admin/users/import", "admin", upload("PK\u0003\u0004", "accounts.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    expect(xlsx.status).toBe(400);
    expect(await xlsx.text()).toContain("只接受 CSV 文件（.csv，文本格式）");
    const none = new FormData();
    none.append("intent", "preview");
    const noFile = await app.post("/admin/users/import", "admin", none);
    expect(noFile.status).toBe(400);
    expect(await noFile.text()).toContain("请选择要上传的 CSV 文件");

    const json = await callRoute(importRoute.action, "/admin/users/import", {
      cookie: await sessionCookieFor(app.db(), "admin"),
      headers: { "Content-Type": "application/json" },
      form: new URLSearchParams({ intent: "import", csv: `${HEADER}\nvia.json,x,officer,,market,330203,\n` }),
    });
    expect(json.status).toBe(415);

    const big = await app.post("/admin/users/import", "admin", upload(`${HEADER}\n${"big.row,某,officer,,market,330203,\n".repeat(150_000)}`, await freshKey()));
    expect(big.status).toBe(413);
    expect(await big.text()).toContain("文件过大，不能超过 1024 KB");
    // The same limit on the text 导入 sends back.
    const bigCommit = new FormData();
    bigCommit.append("intent", "import");
    bigCommit.append("submissionKey", await freshKey());
    bigCommit.append("csv", `${HEADER}\n${"big.row,某,officer,,market,330203,\n".repeat(40_000)}`);
    expect((await app.post("/admin/users/import", "admin", bigCommit)).status).toBe(413);
    expect(await count()).toBe(before);
  });
});
