/**
 * The spot-check routes on the demo data: only a lead draws (another officer
 * 403, an operator 403 everywhere, anonymous to the login page); a draw of
 * another district is 404 for its page, its verification and its record;
 * refused draws answer with Chinese field messages and store nothing; the
 * demo's past draw of 海曙 is there and verifies. The demo drew 海曙 eight
 * working days ago: its three kindergartens are being inspected (not in the
 * pool), and drawing 海曙 again needs a reason, which is published and shown
 * on the officers' list beside the mark of a repeat.
 */
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setDb } from "~/web/db.server";
import { translate } from "~/i18n";
import * as listRoute from "~/routes/officer+/spot-checks._index";
import * as newRoute from "~/routes/officer+/spot-checks.new";
import * as drawRoute from "~/routes/officer+/spot-checks.$drawId";
import * as recordRoute from "~/routes/officer+/spot-checks.$drawId_.record[.json]";
import * as publicRoute from "~/routes/_public+/spot-checks._index";
import { renderStatic, textOf } from "../setup/render-static";
import { callRoute, sessionCookieFor, withKey } from "../setup/route-helpers";
import { createDemoDb, type TestDb } from "../setup/test-db";

let t: TestDb;
const cookies: Record<string, string> = {};
let demoDrawId: string;

const DRAW = { regionCode: "330203", stratify: "none", count: "2", seed: "" };
const REASON = "上次抽取的检查人员中两名调离，按计划重新抽取";

async function stored() {
  const n = async (table: "spot_check_draws" | "inspection_cases" | "submission_keys" | "audit_log") =>
    Number((await t.db.selectFrom(table).select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);
  return { draws: await n("spot_check_draws"), cases: await n("inspection_cases"), keys: await n("submission_keys"), audit: await n("audit_log") };
}

const drawPath = (id: string) => `/officer/spot-checks/${id}`;

/** `npm run spot-check:verify -- <file> [--lang en]`, as someone outside the portal runs it. */
function verifyScript(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(path.resolve("node_modules/.bin/tsx"), ["scripts/verify-spot-check.ts", ...args], (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}
const words = (body: unknown) => {
  const b = body as { fieldErrors: Record<string, { key: string; vars?: Record<string, string | number> }[]>; formErrors: { key: string; vars?: Record<string, string | number> }[] };
  return {
    fields: Object.fromEntries(Object.entries(b.fieldErrors).map(([field, messages]) => [field, messages.map((m) => translate("zh-CN", m.key, m.vars))])),
    form: b.formErrors.map((m) => translate("zh-CN", m.key, m.vars)),
  };
};

beforeAll(async () => {
  t = await createDemoDb();
  setDb(t.db);
  // 江北's market officer made the district's lead: another district's lead.
  await t.db.updateTable("users").set({ lead: 1 }).where("username", "=", "jiangbei.market").execute();
  for (const username of ["kg006", "haishu.market", "haishu.lead", "ningbo.lead", "jiangbei.market", "haishu.edu", "admin"]) {
    cookies[username] = await sessionCookieFor(t.db, username);
  }
  demoDrawId = (await t.db.selectFrom("spot_check_draws").select("id").executeTakeFirstOrThrow()).id;
}, 60_000);

afterAll(async () => {
  await t?.destroy();
});

describe("the demo's past draw", () => {
  it("is a draw of three 海曙 kindergartens with their cases, and it verifies", async () => {
    const page = await callRoute(drawRoute.loader, drawPath(demoDrawId), { cookie: cookies["haishu.market"], params: { drawId: demoDrawId } });
    expect(page.status).toBe(200);
    const view = page.body as { draw: { region_code: string }; picks: { district_name: string; case_id: string }[] };
    expect(view.draw.region_code).toBe("330203");
    expect(view.picks).toHaveLength(3);
    expect(view.picks.every((p) => p.district_name === "海曙区")).toBe(true);
    const cases = await t.db.selectFrom("inspection_cases").select(["source", "status"]).where("id", "in", view.picks.map((p) => p.case_id)).execute();
    expect(cases.every((c) => c.source === "spot_check" && c.status === "in_progress")).toBe(true);
    const verified = await callRoute(drawRoute.action, drawPath(demoDrawId), { cookie: cookies["haishu.market"], params: { drawId: demoDrawId }, form: { intent: "verify" } });
    expect(verified).toMatchObject({ status: 200, body: { check: { algorithmKnown: true, inputsHashMatches: true, resultMatches: true } } });
  });
});

describe("in English", () => {
  it("the draw's page lists its kindergartens as /spot-checks does, and the form's seed hint names the verify button as it reads", async () => {
    const page = await callRoute(drawRoute.loader, drawPath(demoDrawId), { cookie: cookies["haishu.market"], params: { drawId: demoDrawId } });
    const html = textOf(await renderStatic(drawRoute.default, { lang: "en", url: drawPath(demoDrawId), loaderData: page.body }));
    const published = (await callRoute(publicRoute.loader, "/spot-checks")).body as { draws: { drawId: string; kindergartens: { name: string; district: string; nature: string }[] }[] };
    const kindergartens = published.draws.find((d) => d.drawId === demoDrawId)!.kindergartens;
    expect(kindergartens).toHaveLength(3);
    for (const k of kindergartens) expect(html).toContain(`${k.name} · ${k.district} · ${translate("en", `nature.${k.nature}`)}`);
    // No Chinese brackets or comma around the English nature (the officers' own names keep theirs).
    expect(html).not.toMatch(/（海曙区|，(Inclusive|For-profit)/);

    const form = await callRoute(newRoute.loader, "/officer/spot-checks/new", { cookie: cookies["haishu.lead"] });
    const formText = textOf(await renderStatic(newRoute.default, { lang: "en", url: "/officer/spot-checks/new", loaderData: form.body })).replaceAll("&quot;", '"');
    expect(formText).toContain(`use "${translate("en", "spotChecks.verify")}" on its page`);
    // The seed's format is said under the field from the start, read with it, not only after a wrong one.
    const formHtml = await renderStatic(newRoute.default, { lang: "zh-CN", url: "/officer/spot-checks/new", loaderData: form.body });
    expect(formHtml).toMatch(/<input id="seed"[^>]*aria-describedby="seed-hint"/);
    expect(formHtml).toMatch(/<p class="muted" id="seed-hint">[^<]*64–128 位十六进制字符/);
  });
});

describe("refusals", () => {
  it("anonymous visitors go to the login page, and nothing is stored", async () => {
    const before = await stored();
    for (const [fn, path] of [
      [listRoute.loader, "/officer/spot-checks"],
      [newRoute.loader, "/officer/spot-checks/new"],
      [newRoute.action, "/officer/spot-checks/new"],
    ] as const) {
      const res = await callRoute(fn, path, fn === newRoute.action ? { form: withKey(DRAW) } : {});
      expect(res.status).toBe(302);
      // A post's login page says what was sent was not saved.
      expect(res.location).toBe(`/login?redirectTo=${encodeURIComponent(path)}${fn === newRoute.action ? "&unsaved=1" : ""}`);
    }
    expect(await stored()).toEqual(before);
  });

  it("operators get 403 on every spot-check route", async () => {
    const cookie = cookies.kg006;
    const params = { drawId: demoDrawId };
    expect((await callRoute(listRoute.loader, "/officer/spot-checks", { cookie })).status).toBe(403);
    expect((await callRoute(newRoute.loader, "/officer/spot-checks/new", { cookie })).status).toBe(403);
    expect((await callRoute(newRoute.action, "/officer/spot-checks/new", { cookie, form: withKey(DRAW) })).status).toBe(403);
    expect((await callRoute(drawRoute.loader, drawPath(demoDrawId), { cookie, params })).status).toBe(403);
    expect((await callRoute(drawRoute.action, drawPath(demoDrawId), { cookie, params, form: { intent: "verify" } })).status).toBe(403);
    expect((await callRoute(recordRoute.loader, `${drawPath(demoDrawId)}/record.json`, { cookie, params })).status).toBe(403);
  });

  it("an officer who is not a lead reads draws but may not draw (403), and nothing is stored", async () => {
    const before = await stored();
    for (const username of ["haishu.market", "haishu.edu", "admin"]) {
      const cookie = cookies[username];
      expect((await callRoute(newRoute.loader, "/officer/spot-checks/new", { cookie })).status).toBe(403);
      expect((await callRoute(newRoute.action, "/officer/spot-checks/new", { cookie, form: withKey(DRAW) })).status).toBe(403);
    }
    const list = await callRoute(listRoute.loader, "/officer/spot-checks", { cookie: cookies["haishu.market"] });
    expect(list).toMatchObject({ status: 200, body: { canDraw: false } });
    expect(await stored()).toEqual(before);
  });

  it("another district's lead gets 404 for a draw's page, verification and record, and cannot draw there", async () => {
    const cookie = cookies["jiangbei.market"];
    const params = { drawId: demoDrawId };
    expect((await callRoute(drawRoute.loader, drawPath(demoDrawId), { cookie, params })).status).toBe(404);
    expect((await callRoute(drawRoute.action, drawPath(demoDrawId), { cookie, params, form: { intent: "verify" } })).status).toBe(404);
    expect((await callRoute(recordRoute.loader, `${drawPath(demoDrawId)}/record.json`, { cookie, params })).status).toBe(404);
    const list = await callRoute(listRoute.loader, "/officer/spot-checks", { cookie });
    expect((list.body as { draws: { id: string }[] }).draws.map((d) => d.id)).not.toContain(demoDrawId);
    const before = await stored();
    const refused = await callRoute(newRoute.action, "/officer/spot-checks/new", { cookie, form: withKey(DRAW) });
    expect(refused.status).toBe(400);
    expect(words(refused.body).fields.regionCode).toEqual(["该地区不在您的辖区内"]);
    expect(await stored()).toEqual(before);
    // An unknown id reads the same as another district's.
    expect((await callRoute(drawRoute.loader, drawPath("01J00000000000000000000000"), { cookie: cookies["haishu.lead"], params: { drawId: "01J00000000000000000000000" } })).status).toBe(404);
  });

  it("bad input is answered with Chinese field messages and stores nothing", async () => {
    const cookie = cookies["haishu.lead"];
    const before = await stored();
    const post = (form: Record<string, string>) => callRoute(newRoute.action, "/officer/spot-checks/new", { cookie, form: withKey(form) });

    const tooMany = await post({ ...DRAW, count: "8" });
    expect(tooMany.status).toBe(400);
    // 海曙 has 7 active kindergartens; the demo draw's 3 are being inspected.
    expect(words(tooMany.body).fields.count).toEqual(["抽取数量（8）超过该范围可抽取的幼儿园数（4 所；另有 3 所正在接受本部门抽查，不纳入抽取）"]);
    expect(tooMany.body).toMatchObject({ values: { count: "8", regionCode: "330203" } });

    const badSeed = await post({ ...DRAW, seed: "not-hex" });
    expect(words(badSeed.body).fields.seed).toEqual(["抽签种子须为 64–128 位十六进制字符（0–9、a–f，32–64 字节）"]);

    const overLimit = await post({ ...DRAW, count: "500" });
    expect(words(overLimit.body).fields.count).toEqual(["一次最多抽取 200 所幼儿园"]);

    const stratum = await post({ ...DRAW, stratify: "per_nature", count: "", "perNature.public": "2" });
    expect(words(stratum.body).fields["perNature.public"]).toEqual(["该类幼儿园只有 1 所，不能抽取 2 所"]);

    // Every market officer of 海曙's office declared in conflict but two; one of them had cases there (past cases exclude them).
    const officers = await t.db.selectFrom("users").select(["id", "username"]).where("agency", "=", "market").where("region_code", "=", "330203").execute();
    const form = new URLSearchParams({ ...DRAW, submissionKey: "01JSPOTCHECKKEY00000000000" });
    for (const o of officers.filter((o) => o.username !== "haishu.market" && o.username !== "haishu.market2")) {
      form.append("excluded", o.id);
      form.append(`reason_${o.id}`, "申报回避");
    }
    const withoutReason = new URLSearchParams(form);
    withoutReason.set(`reason_${officers.find((o) => o.username === "haishu.lead")!.id}`, "");
    expect(words((await callRoute(newRoute.action, "/officer/spot-checks/new", { cookie, form: withoutReason })).body).fields).toEqual({
      [`reason_${officers.find((o) => o.username === "haishu.lead")!.id}`]: ["请填写回避理由"],
    });
    // A kindergarten whose demo case one of the two worked keeps one officer (the demo draw's three, being inspected, are not in the pool).
    const tooFew = await callRoute(newRoute.action, "/officer/spot-checks/new", { cookie, form });
    expect(tooFew.status).toBe(400);
    expect(words(tooFew.body).form[0]).toMatch(/^有 \d+ 所幼儿园可选派的检查人员不足两名（曾办理其案件的人员和回避人员不能选派）：\p{Script=Han}+幼儿园/u);

    expect(await stored()).toEqual(before);
  });
});

describe("a lead's draw", () => {
  it("is stored with its cases, lands on its page, verifies (also outside the portal), and is seen by the city's lead", { timeout: 120_000 }, async () => {
    const cookie = cookies["haishu.lead"];
    const before = await stored();
    const key = "01JSPOTCHECKDRAW0000000000";
    // The demo drew 海曙 eight working days ago: a reason is needed.
    const done = await callRoute(newRoute.action, "/officer/spot-checks/new", { cookie, form: withKey({ ...DRAW, redrawReason: REASON }, key) });
    expect(done.status).toBe(302);
    const drawId = done.location!.match(/^\/officer\/spot-checks\/([0-9A-Z]{26})\?drawn=1$/)![1];
    expect(await stored()).toEqual({ draws: before.draws + 1, cases: before.cases + 2, keys: before.keys + 1, audit: before.audit + 1 });
    // The same post again (a double click) lands on the same draw and stores nothing more.
    const again = await callRoute(newRoute.action, "/officer/spot-checks/new", { cookie, form: withKey({ ...DRAW, redrawReason: REASON }, key) });
    expect(again.location).toBe(done.location);
    expect((await stored()).draws).toBe(before.draws + 1);

    const params = { drawId };
    for (const username of ["haishu.lead", "ningbo.lead", "haishu.edu"]) {
      expect((await callRoute(drawRoute.loader, drawPath(drawId), { cookie: cookies[username], params })).status).toBe(200);
    }
    const record = await callRoute(recordRoute.loader, `${drawPath(drawId)}/record.json`, { cookie, params });
    expect(record.status).toBe(200);
    expect(record.headers.get("Cache-Control")).toBe("private, no-store");
    expect(record.body).toMatchObject({ drawId, seed: expect.stringMatching(/^[0-9a-f]{64}$/), inputsSha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect((record.body as { result: unknown[] }).result).toHaveLength(2);
    // The downloaded record checks outside the portal (no database), and an altered one does not.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "spot-check-record-"));
    try {
      const file = path.join(dir, "record.json");
      fs.writeFileSync(file, JSON.stringify(record.body));
      // In Chinese by default, as the portal first speaks; in English when asked (as `npm run audit:verify`).
      const zh = await verifyScript(file);
      expect(zh).toMatchObject({ code: 0, stdout: expect.stringMatching(/输入摘要（SHA-256）相符[\s\S]*结果相同/) });
      expect(zh.stdout).not.toMatch(/same result|matches|inspectors/);
      expect(await verifyScript("--lang", "en", file)).toMatchObject({ code: 0, stdout: expect.stringContaining("same result") });
      const altered = record.body as { result: { inspectors: string[] }[] };
      altered.result[0].inspectors.reverse();
      fs.writeFileSync(file, JSON.stringify(altered));
      expect(await verifyScript(file)).toMatchObject({ code: 1, stdout: expect.stringContaining("结果不同") });
      expect(await verifyScript(file, "--lang=en")).toMatchObject({ code: 1, stdout: expect.stringContaining("DIFFERENT result") });
      for (const args of [[file, "--lang", "fr"], [file, "--lang"], [], [file, file]]) {
        expect(await verifyScript(...args)).toMatchObject({ code: 2, stdout: "", stderr: expect.stringContaining("Usage: npm run spot-check:verify -- <record.json> [--lang zh-CN|en]") });
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    const verified = await callRoute(drawRoute.action, drawPath(drawId), { cookie: cookies["ningbo.lead"], params, form: { intent: "verify" } });
    expect(verified.body).toMatchObject({ check: { resultMatches: true } });
    expect((await callRoute(drawRoute.action, drawPath(drawId), { cookie, params, form: { intent: "other" } })).status).toBe(400);
  });

  it("drawing 海曙 again within 30 days is refused in Chinese without a reason, the form kept; with one it is stored, shown and published", async () => {
    const cookie = cookies["haishu.lead"];
    const post = (form: Record<string, string>, key?: string) => callRoute(newRoute.action, "/officer/spot-checks/new", { cookie, form: withKey(form, key) });
    const latest = (await t.db.selectFrom("spot_check_draws").select("id").orderBy("id", "desc").executeTakeFirstOrThrow()).id;
    const market6 = (await t.db.selectFrom("users").select("id").where("username", "=", "haishu.market6").executeTakeFirstOrThrow()).id;
    const sent = { ...DRAW, count: "1", seed: "AB".repeat(32), excluded: market6, [`reason_${market6}`]: "配偶在辖区幼儿园任职" };
    const before = await stored();

    // A fresh key (the page reloaded, or Back without JavaScript): a new draw, refused for want of a reason, whatever the seed.
    const key = "01JSPOTCHECKREDRAW00000000";
    for (const [form, k] of [[sent, key], [{ ...sent, seed: "", redrawReason: "  " }, undefined]] as const) {
      const refused = await post(form, k);
      expect(refused.status).toBe(400);
      expect(words(refused.body).fields).toEqual({ redrawReason: ["本辖区 30 天内已抽取过（查看上次抽取）；如确需再次抽取，请填写再次抽取的原因"] });
      // The message carries the draw its link opens.
      expect((refused.body as { fieldErrors: { redrawReason: { vars: { drawId: string } }[] } }).fieldErrors.redrawReason[0].vars.drawId).toBe(latest);
    }
    const refused = await post(sent, key);
    // Every value comes back to fill the form in again, with the key (nothing was stored under it).
    expect(refused.body).toMatchObject({
      values: { regionCode: "330203", stratify: "none", count: "1", seed: "AB".repeat(32), excluded: [market6], reasons: { [market6]: "配偶在辖区幼儿园任职" }, redrawReason: "" },
      sentKey: key,
    });
    const tooLong = await post({ ...sent, redrawReason: "补".repeat(201) });
    expect(words(tooLong.body).fields.redrawReason).toEqual(["再次抽取原因最多 200 个字"]);
    expect(await stored()).toEqual(before);

    // The same key with the reason: drawn.
    const done = await post({ ...sent, redrawReason: REASON }, key);
    expect(done.status).toBe(302);
    const drawId = done.location!.match(/^\/officer\/spot-checks\/([0-9A-Z]{26})\?drawn=1$/)![1];
    expect(await stored()).toEqual({ draws: before.draws + 1, cases: before.cases + 1, keys: before.keys + 1, audit: before.audit + 1 });
    const audit = await t.db.selectFrom("audit_log").select("detail").where("entity", "=", "spot_check_draw").where("entity_id", "=", drawId).executeTakeFirstOrThrow();
    expect(JSON.parse(audit.detail)).toMatchObject({ redrawOf: latest, redrawReason: REASON });
    const page = await callRoute(drawRoute.loader, drawPath(drawId), { cookie, params: { drawId } });
    expect(page.body).toMatchObject({ draw: { redraw_reason: REASON }, underInspection: expect.any(Array) });
    // The kindergartens being inspected (the demo's three, the earlier test's two) were not in the pool, and are listed.
    expect((page.body as { underInspection: unknown[] }).underInspection).toHaveLength(5);
    const published = await callRoute(publicRoute.loader, "/spot-checks");
    const mine = (published.body as { draws: { drawId: string; redrawReason: string | null }[] }).draws.find((d) => d.drawId === drawId);
    expect(mine?.redrawReason).toBe(REASON);
    const verified = await callRoute(drawRoute.action, drawPath(drawId), { cookie, params: { drawId }, form: { intent: "verify" } });
    expect(verified.body).toMatchObject({ check: { inputsHashMatches: true, resultMatches: true } });
    // Posting it again (the reload's second click) is the same draw, not a refusal.
    expect((await post({ ...sent, redrawReason: REASON }, key)).location).toBe(done.location);
  });

  it("the officers' list marks each repeat within 30 days with its reason, as /spot-checks publishes it, and links the draw it repeated", async () => {
    type Listed = { draws: Array<{ id: string; drawn_at: string; repeat: { of: { id: string } | null; reason: string | null } | null }> };
    const list = await callRoute(listRoute.loader, "/officer/spot-checks", { cookie: cookies["haishu.market"] });
    expect(list.status).toBe(200);
    const draws = (list.body as Listed).draws;
    // Newest first: the two draws of the tests above, each a repeat of the one before it with its reason; the demo's is none.
    const [second, first, demo] = draws;
    expect(demo.id).toBe(demoDrawId);
    expect(demo.repeat).toBeNull();
    expect(first.repeat).toEqual({ of: { id: demoDrawId, drawnAt: demo.drawn_at }, reason: REASON });
    expect(second.repeat).toEqual({ of: { id: first.id, drawnAt: first.drawn_at }, reason: REASON });
    const published = (await callRoute(publicRoute.loader, "/spot-checks")).body as { draws: { drawId: string; redrawReason: string | null }[] };
    for (const d of draws) expect(d.repeat?.reason ?? null).toBe(published.draws.find((p) => p.drawId === d.id)?.redrawReason ?? null);

    const html = await renderStatic(listRoute.default, { url: "/officer/spot-checks", loaderData: list.body });
    const rows = html.match(/<tr[^>]*>.*?<\/tr>/g)!.slice(1);
    expect(rows).toHaveLength(draws.length);
    expect(rows[0]).toContain('data-repeat="1"');
    expect(textOf(rows[0])).toContain(`30 天内再次抽取 查看上次抽取 再次抽取原因：${REASON}`);
    expect(rows[0]).toContain(`href="/officer/spot-checks/${first.id}"`);
    expect(rows[2]).not.toContain("data-repeat");
    expect(textOf(rows[2])).not.toContain("再次抽取");
    // Another district's officer sees none of 海曙's draws, nor their reasons.
    const jiangbei = (await callRoute(listRoute.loader, "/officer/spot-checks", { cookie: cookies["jiangbei.market"] })).body as Listed;
    expect(jiangbei.draws.map((d) => d.id)).not.toContain(first.id);
  });

  it("the form offers a district lead their district and their agency's officers", async () => {
    const page = await callRoute(newRoute.loader, "/officer/spot-checks/new", { cookie: cookies["haishu.lead"] });
    expect(page.status).toBe(200);
    const body = page.body as { regions: { code: string }[]; officers: { id: string; name: string }[] };
    expect(body.regions.map((r) => r.code)).toEqual(["330203"]);
    expect(body.officers.length).toBeGreaterThanOrEqual(4);
    // Not the lead: every draw of theirs leaves them out, so there is nothing to declare.
    const lead = await t.db.selectFrom("users").select("id").where("username", "=", "haishu.lead").executeTakeFirstOrThrow();
    expect(body.officers.map((o) => o.id)).not.toContain(lead.id);
    const city = await callRoute(newRoute.loader, "/officer/spot-checks/new", { cookie: cookies["ningbo.lead"] });
    expect((city.body as { regions: unknown[] }).regions.length).toBeGreaterThan(1);
  });
});
