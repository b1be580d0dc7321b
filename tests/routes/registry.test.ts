/**
 * The kindergarten registry through the built app, as a browser without JavaScript uses it: 海曙区's education
 * officer registers a kindergarten (parents find it at once), renames it with a reason, and a second save from the
 * page read before is refused as changed meanwhile, keeping what was typed; refused fields answer in Chinese; the
 * market office sees neither the links nor the forms.
 */
import { describe, expect, it } from "vitest";
import { computeUsccCheckChar } from "~/domain/kindergartens/uscc";
import { useBuiltApp } from "../setup/built-app";

const app = useBuiltApp();

const USCC_BODY = "52330203MJB000042";
const USCC = USCC_BODY + computeUsccCheckChar(USCC_BODY);
/** A named input's value, wherever the attribute stands in the tag. */
const hidden = (html: string, name: string) => html.match(new RegExp(`<input[^>]*name="${name}"[^>]*>`))?.[0].match(/value="([^"]*)"/)?.[1] ?? null;

const RECORD = { approvedName: "宁波市海曙区青苗幼儿园", nameInUse: "", nature: "inclusive_private", grade: "class2", regionCode: "330203", address: "宁波市海曙区青苗路 6 号", status: "active" };

describe("an education officer keeps the registry", () => {
  it("registers a kindergarten that parents then find, renames it, and a save from a stale page is refused with what was typed", async () => {
    const list = await app.get("/officer/kindergartens", "haishu.edu");
    expect(await list.text()).toContain('href="/officer/kindergartens/new"');
    const form = await app.get("/officer/kindergartens/new", "haishu.edu");
    expect(form.status).toBe(200);
    const key = hidden(await form.text(), "submissionKey");
    expect(key).toBeTruthy();

    const created = await app.post("/officer/kindergartens/new", "haishu.edu", { ...RECORD, uscc: USCC.toLowerCase(), submissionKey: key! });
    expect(created.status).toBe(302);
    const location = created.headers.get("Location")!;
    expect(location).toMatch(/^\/officer\/kindergartens\/[0-9A-Z]{26}\?done=registered$/);
    const id = location.split("/")[3]!.split("?")[0]!;
    const page = await (await app.get(location, "haishu.edu")).text();
    expect(page).toContain("幼儿园已登记");
    expect(page).toContain(USCC);
    const found = await (await app.get(`/kindergartens?q=${encodeURIComponent("青苗")}`)).text();
    expect(found).toContain("宁波市海曙区青苗幼儿园");

    const edit = await app.get(`/officer/kindergartens/${id}/edit`, "haishu.edu");
    expect(edit.status).toBe(200);
    const editHtml = await edit.text();
    const version = hidden(editHtml, "version");
    // The USCC is shown, never offered for editing (it never changes; the edit's schema has no such field).
    expect(editHtml).not.toContain('name="uscc"');
    expect(version).toBeTruthy();
    const renamed = await app.post(`/officer/kindergartens/${id}/edit`, "haishu.edu", { ...RECORD, approvedName: "宁波市海曙区青禾幼儿园", reason: "名称变更核准", version: version! });
    expect(renamed.status).toBe(302);
    expect(renamed.headers.get("Location")).toBe(`/officer/kindergartens/${id}?done=saved`);
    expect(await (await app.get(`/kindergartens/${id}`)).text()).toContain("宁波市海曙区青禾幼儿园");
    // The officer's page tells the kindergarten's registry history: the rename with its reason, then the registration.
    const history = await (await app.get(`/officer/kindergartens/${id}?done=saved`, "haishu.market")).text();
    expect(history).toContain("核准名称：宁波市海曙区青苗幼儿园 → 宁波市海曙区青禾幼儿园");
    expect(history).toContain("名称变更核准");
    expect(history).toContain("办园性质：普惠性民办");
    expect(history).not.toContain("修改登记信息");

    const stale = await app.post(`/officer/kindergartens/${id}/edit`, "haishu.edu", { ...RECORD, grade: "class3", reason: "等级复评", version: version! });
    expect(stale.status).toBe(409);
    const staleHtml = await stale.text();
    expect(staleHtml).toContain("这所幼儿园的登记信息已被他人修改");
    expect(staleHtml).toContain("等级复评");
    const stored = await app.db().selectFrom("kindergartens").select(["approved_name", "grade"]).where("id", "=", id).executeTakeFirstOrThrow();
    expect(stored).toEqual({ approved_name: "宁波市海曙区青禾幼儿园", grade: "class2" });
  });

  it("a refused form answers each field in Chinese and registers nothing", async () => {
    const key = hidden(await (await app.get("/officer/kindergartens/new", "haishu.edu")).text(), "submissionKey");
    const wrongCheck = USCC_BODY + (computeUsccCheckChar(USCC_BODY) === "0" ? "1" : "0");
    const refused = await app.post("/officer/kindergartens/new", "haishu.edu", { ...RECORD, uscc: wrongCheck, regionCode: "330205", address: "", submissionKey: key! });
    expect(refused.status).toBe(400);
    const html = await refused.text();
    expect(html).toContain("统一社会信用代码的校验位不正确");
    expect(html).toContain("此项为必填项");
    expect(await app.db().selectFrom("kindergartens").select("id").where("uscc", "=", wrongCheck).execute()).toEqual([]);
  });

  it("exports the district's registry in the import's columns, nothing of another district", async () => {
    const res = await app.get("/officer/kindergartens/export.csv", "haishu.edu");
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    const text = await res.text();
    const [header, ...rows] = text.replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(header).toBe("uscc,approved_name,name_in_use,nature,grade,region_code,address,status");
    const db = app.db();
    const haishu = await db.selectFrom("kindergartens").select(["uscc", "approved_name", "name_in_use"]).where("region_code", "=", "330203").orderBy("id").execute();
    expect(rows).toHaveLength(haishu.length);
    expect(rows.map((r) => r.split(",")[0])).toEqual(haishu.map((k) => k.uscc));
    // A name in use that is the approved name is left empty, as the form and the import read it.
    const same = haishu.find((k) => k.name_in_use === k.approved_name)!;
    expect(rows.find((r) => r.startsWith(same.uscc))!.split(",")[2]).toBe("");
    expect((await app.get("/officer/kindergartens/export.csv", "haishu.market")).status).toBe(403);
  });

  it("names a filter it cannot read by its label and lists under the rest", async () => {
    const res = await app.get("/officer/kindergartens?status=gone&nature=public", "haishu.market");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toMatch(/data-testid="kindergartens-ignored"[^>]*>以下查询参数无效，已忽略：办园状态</);
    expect(html).toContain('<option value="public" selected=""');
  });

  it("the market office sees no registry links, and its posts are refused", async () => {
    const list = await (await app.get("/officer/kindergartens", "haishu.market")).text();
    expect(list).not.toContain('href="/officer/kindergartens/new"');
    expect((await app.get("/officer/kindergartens/new", "haishu.market")).status).toBe(403);
  });
});
