/**
 * The guidance-price routes over HTTP-shaped requests on the demo data: who
 * may read, edit, import and activate, and what a refused request leaves
 * behind (nothing). A district officer's import with a row for another
 * district is a 400 naming that row, not a 403: the officer may import, the
 * row is what is wrong, and they need to see which one.
 */
import { newId } from "~/utils/ids";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ulid } from "ulid";
import { setDb } from "~/web/db.server";
import * as indexRoute from "~/routes/officer+/guidance-prices._index";
import * as newRoute from "~/routes/officer+/guidance-prices.new";
import * as importRoute from "~/routes/officer+/guidance-prices.import";
import * as batchRoute from "~/routes/officer+/guidance-prices.batches.$batchId";
import * as editRoute from "~/routes/officer+/guidance-prices.batches.$batchId_.edit";
import * as changeRoute from "~/routes/officer+/changes.guidance.$batchId";
import * as historyRoute from "~/routes/officer+/guidance-prices.history";
import * as templateRoute from "~/routes/officer+/guidance-prices.template[.csv]";
import { GUIDED_CATEGORIES, GUIDED_NATURES, KINDERGARTEN_GRADES, PRICE_AGE_BANDS } from "~/domain/guidance-prices/guidance-price.schema";
import { translate } from "~/i18n";
import { guidanceDraftFields } from "../setup/guidance-draft-post";
import { renderStatic, textOf } from "../setup/render-static";
import { callRoute, sessionCookieFor, type RouteOutcome } from "../setup/route-helpers";
import { createDemoDb, type TestDb } from "../setup/test-db";

let t: TestDb;
const cookies: Record<string, string> = {};

const HEADER = "region_code,nature,grade,age_band,category,base_price_yuan,max_float_percent,effective_from,effective_to,source_document";
const HAISHU_ROW = "330203,inclusive_private,class1,all,care_education,1080,10,2026-09-01,,海发改〔2026〕12号";
const JIANGBEI_ROW = "330205,inclusive_private,class1,all,care_education,1000,10,2026-09-01,,甬价费〔2026〕5号";

function csvUpload(text: string, name = "prices.csv", type = "text/csv", submissionKey = ulid()): FormData {
  const form = new FormData();
  form.append("submissionKey", submissionKey);
  form.append("file", new File([text], name, { type }));
  return form;
}

function draftForm(overrides: Record<string, string> = {}): URLSearchParams {
  return new URLSearchParams(guidanceDraftFields(overrides));
}

async function batchCount(): Promise<number> {
  const r = await t.db.selectFrom("guidance_price_batches").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow();
  return Number(r.n);
}

async function priceCount(): Promise<number> {
  const r = await t.db.selectFrom("guidance_prices").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow();
  return Number(r.n);
}

function expectLoginRedirect(res: RouteOutcome, path: string, posted = false) {
  expect(res.status).toBe(302);
  // A post's login page says what was sent was not saved.
  expect(res.location).toBe(`/login?redirectTo=${encodeURIComponent(path)}${posted ? "&unsaved=1" : ""}`);
}

function batchIdFrom(res: RouteOutcome): string {
  expect(res.status).toBe(302);
  const m = /^\/officer\/guidance-prices\/batches\/([0-9A-Z]+)\?created=1$/.exec(res.location ?? "");
  if (!m) throw new Error(`unexpected redirect ${res.location}`);
  return m[1];
}

/** A draft created by a Haishu education officer, for the refusal tests. */
async function haishuDraft(): Promise<string> {
  return batchIdFrom(await callRoute(newRoute.action, "/officer/guidance-prices/new", { cookie: cookies["haishu.edu"], form: draftForm() }));
}

beforeAll(async () => {
  t = await createDemoDb();
  setDb(t.db);
  for (const username of ["kg006", "haishu.market", "haishu.edu", "haishu.ndrc", "jiangbei.edu", "ningbo.market", "admin"]) {
    cookies[username] = await sessionCookieFor(t.db, username);
  }
});

afterAll(async () => {
  await t?.destroy();
});

describe("anonymous visitors are sent to the login page", () => {
  it("GET /officer/guidance-prices", async () => {
    expectLoginRedirect(await callRoute(indexRoute.loader, "/officer/guidance-prices?region=330203"), "/officer/guidance-prices?region=330203");
  });

  it("POST /officer/guidance-prices/new and /import store nothing", async () => {
    const [batches, prices] = [await batchCount(), await priceCount()];
    expectLoginRedirect(await callRoute(newRoute.action, "/officer/guidance-prices/new", { form: draftForm() }), "/officer/guidance-prices/new", true);
    expectLoginRedirect(
      await callRoute(importRoute.action, "/officer/guidance-prices/import", { form: csvUpload(`${HEADER}\n${HAISHU_ROW}\n`) }),
      "/officer/guidance-prices/import",
      true,
    );
    expect([await batchCount(), await priceCount()]).toEqual([batches, prices]);
  });

  it("the template and the batch page", async () => {
    expectLoginRedirect(await callRoute(templateRoute.loader, "/officer/guidance-prices/template.csv"), "/officer/guidance-prices/template.csv");
    const path = "/officer/guidance-prices/batches/X";
    expectLoginRedirect(await callRoute(batchRoute.action, path, { form: { intent: "activate", submissionKey: newId() }, params: { batchId: "X" } }), path, true);
  });
});

describe("operators get 403 everywhere", () => {
  it("reading, the edit form, editing and importing", async () => {
    const cookie = cookies.kg006;
    expect((await callRoute(indexRoute.loader, "/officer/guidance-prices", { cookie })).status).toBe(403);
    expect((await callRoute(newRoute.loader, "/officer/guidance-prices/new", { cookie })).status).toBe(403);
    const batches = await batchCount();
    expect((await callRoute(newRoute.action, "/officer/guidance-prices/new", { cookie, form: draftForm() })).status).toBe(403);
    expect(
      (await callRoute(importRoute.action, "/officer/guidance-prices/import", { cookie, form: csvUpload(`${HEADER}\n${HAISHU_ROW}\n`) })).status,
    ).toBe(403);
    expect(await batchCount()).toBe(batches);
  });
});

describe("market supervision reads guidance prices but may not change them", () => {
  it("reads the table (200) with no edit controls", async () => {
    const res = await callRoute(indexRoute.loader, "/officer/guidance-prices", { cookie: cookies["haishu.market"] });
    expect(res.status).toBe(200);
    const body = res.body as { canManage: boolean; rows: Array<{ region_code: string; editable: boolean }> };
    expect(body.canManage).toBe(false);
    expect(body.rows.length).toBeGreaterThan(0);
    expect(body.rows.every((r) => !r.editable)).toBe(true);
    // Haishu's own table and the city's, not the other districts'.
    expect([...new Set(body.rows.map((r) => r.region_code))].sort()).toEqual(["330200", "330203"]);
  });

  it("editing, importing and activating are 403 and change nothing", async () => {
    const cookie = cookies["haishu.market"];
    const draft = await haishuDraft();
    const [batches, prices] = [await batchCount(), await priceCount()];
    expect((await callRoute(newRoute.loader, "/officer/guidance-prices/new", { cookie })).status).toBe(403);
    expect((await callRoute(newRoute.action, "/officer/guidance-prices/new", { cookie, form: draftForm() })).status).toBe(403);
    expect((await callRoute(importRoute.loader, "/officer/guidance-prices/import", { cookie })).status).toBe(403);
    expect(
      (await callRoute(importRoute.action, "/officer/guidance-prices/import", { cookie, form: csvUpload(`${HEADER}\n${HAISHU_ROW}\n`) })).status,
    ).toBe(403);
    const activate = await callRoute(batchRoute.action, `/officer/guidance-prices/batches/${draft}`, {
      cookie,
      form: { intent: "activate", submissionKey: newId() },
      params: { batchId: draft },
    });
    expect(activate.status).toBe(403);
    expect([await batchCount(), await priceCount()]).toEqual([batches, prices]);
    const batch = await t.db.selectFrom("guidance_price_batches").select("status").where("id", "=", draft).executeTakeFirstOrThrow();
    expect(batch.status).toBe("draft");
    // The city's market officer is no different.
    expect((await callRoute(newRoute.action, "/officer/guidance-prices/new", { cookie: cookies["ningbo.market"], form: draftForm() })).status).toBe(403);
  });
});

describe("a development-reform or education officer of the district", () => {
  it("edits: the form creates a draft batch and redirects to it; field errors come back as 400", async () => {
    const bad = await callRoute(newRoute.action, "/officer/guidance-prices/new", {
      cookie: cookies["haishu.ndrc"],
      form: draftForm({ "rows[0].base_price_yuan": "10.999", "rows[0].effective_to": "2026-01-01" }),
    });
    expect(bad.status).toBe(400);
    const reply = (bad.body as { result: { error: Record<string, string[]> } }).result;
    expect(reply.error["rows[0].base_price_yuan"]).toEqual(["guidance.basePrice.invalid"]);

    const foreign = await callRoute(newRoute.action, "/officer/guidance-prices/new", {
      cookie: cookies["haishu.ndrc"],
      form: draftForm({ "rows[0].region_code": "330205" }),
    });
    expect(foreign.status).toBe(400);
    expect((foreign.body as { result: { error: Record<string, string[]> } }).result.error["rows[0].region_code"]).toEqual([
      "guidance.region.outOfScope",
    ]);

    const batchId = batchIdFrom(await callRoute(newRoute.action, "/officer/guidance-prices/new", { cookie: cookies["haishu.ndrc"], form: draftForm() }));
    const page = await callRoute(batchRoute.loader, `/officer/guidance-prices/batches/${batchId}?created=1`, {
      cookie: cookies["haishu.ndrc"],
      params: { batchId },
    });
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ batch: { status: "draft", row_count: 1 }, canChange: true });
  });

  it("the edit form can start from an active row of the officer's region", async () => {
    const seedRow = await t.db
      .selectFrom("guidance_prices")
      .select("id")
      .where("region_code", "=", "330203")
      .where("status", "=", "active")
      .executeTakeFirstOrThrow();
    const res = await callRoute(newRoute.loader, `/officer/guidance-prices/new?from=${seedRow.id}`, { cookie: cookies["haishu.edu"] });
    expect(res.status).toBe(200);
    expect((res.body as { start: { region_code: string } }).start.region_code).toBe("330203");
    expect((res.body as { regions: Array<{ code: string }> }).regions.map((r) => r.code)).toEqual(["330203"]);
  });

  it("imports a valid CSV into one draft batch", async () => {
    const batches = await batchCount();
    const res = await callRoute(importRoute.action, "/officer/guidance-prices/import", {
      cookie: cookies["haishu.edu"],
      form: csvUpload(`\uFEFF${HEADER}\r\n${HAISHU_ROW}\r\n330203,nonprofit_private,class1,all,care_education,1400,10,2026-09-01,,海发改〔2026〕12号\r\n`),
    });
    const batchId = batchIdFrom(res);
    expect(await batchCount()).toBe(batches + 1);
    const rows = await t.db.selectFrom("guidance_prices").select("status").where("batch_id", "=", batchId).execute();
    expect(rows.map((r) => r.status)).toEqual(["draft", "draft"]);
  });

  it("a repeated edit or upload (same submission key) is answered with the first batch and stores nothing more", async () => {
    const cookie = cookies["haishu.edu"];
    const edit = draftForm({ "rows[0].base_price_yuan": "1095" });
    const first = await callRoute(newRoute.action, "/officer/guidance-prices/new", { cookie, form: edit });
    const [batches, prices] = [await batchCount(), await priceCount()];
    const again = await callRoute(newRoute.action, "/officer/guidance-prices/new", { cookie, form: edit });
    expect(again).toMatchObject({ status: 302, location: first.location });
    expect(batchIdFrom(again)).toBe(batchIdFrom(first));

    const upload = csvUpload(`${HEADER}\r\n330203,inclusive_private,class2,all,care_education,1180,10,2026-09-01,,海发改〔2026〕13号\r\n`);
    const imported = await callRoute(importRoute.action, "/officer/guidance-prices/import", { cookie, form: upload });
    const reimported = await callRoute(importRoute.action, "/officer/guidance-prices/import", { cookie, form: upload });
    expect(reimported).toMatchObject({ status: 302, location: imported.location });
    expect([await batchCount(), await priceCount()]).toEqual([batches + 1, prices + 1]);

    // Another file under the same key is no repeat: refused, and the message says why.
    const key = upload.get("submissionKey") as string;
    const other = await callRoute(importRoute.action, "/officer/guidance-prices/import", {
      cookie,
      form: csvUpload(`${HEADER}\r\n330203,inclusive_private,class3,all,care_education,1180,10,2026-09-01,,海发改〔2026〕13号\r\n`, "prices.csv", "text/csv", key),
    });
    expect(other.status).toBe(409);
    expect(other.body).toEqual({ fileErrors: [{ key: "submission.key.reused" }], rowErrors: [] });
    expect([await batchCount(), await priceCount()]).toEqual([batches + 1, prices + 1]);
  });

  it("importing a row for another district is 400 naming that row, and nothing is imported", async () => {
    const [batches, prices] = [await batchCount(), await priceCount()];
    const res = await callRoute(importRoute.action, "/officer/guidance-prices/import", {
      cookie: cookies["haishu.edu"],
      form: csvUpload(`${HEADER}\n${HAISHU_ROW}\n${JIANGBEI_ROW}\n`),
    });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      fileErrors: [],
      rowErrors: [{ line: 3, messages: [{ column: "region_code", key: "guidance.region.outOfScope", value: "330205" }] }],
    });
    expect([await batchCount(), await priceCount()]).toEqual([batches, prices]);
  });

  it("the import page tells what every coded value means, and a bad grade or age band is told the codes allowed", async () => {
    // An officer typing a CSV from a price document reads 一级幼儿园 and 小班 there, not class1 and small.
    const page = await callRoute(importRoute.loader, "/officer/guidance-prices/import", { cookie: cookies["haishu.edu"] });
    const text = textOf(await renderStatic(importRoute.default, { url: "/officer/guidance-prices/import", loaderData: page.body }));
    const coded: Array<[readonly string[], (code: string) => string]> = [
      [GUIDED_NATURES, (c) => `nature.${c}`],
      [KINDERGARTEN_GRADES, (c) => `guidance.grade.${c}`],
      [PRICE_AGE_BANDS, (c) => `age.${c}`],
      [GUIDED_CATEGORIES, (c) => `category.${c}`],
    ];
    for (const [codes, labelKey] of coded) {
      for (const code of codes) expect(text).toContain(`${code}（${translate("zh-CN", labelKey(code))}`);
    }
    const res = await callRoute(importRoute.action, "/officer/guidance-prices/import", {
      cookie: cookies["haishu.edu"],
      form: csvUpload(`${HEADER}\n330203,inclusive_private,一级,小班,care_education,1080,10,2026-09-01,,海发改〔2026〕12号\n`),
    });
    expect(res.status).toBe(400);
    const messages = (res.body as { rowErrors: Array<{ messages: Array<{ column: string; key: string }> }> }).rowErrors[0].messages;
    const told = (column: string) => translate("zh-CN", messages.find((m) => m.column === column)!.key);
    expect(told("grade")).toBe(`等级应为 ${KINDERGARTEN_GRADES.slice(0, -1).join("、")} 或 ${KINDERGARTEN_GRADES.at(-1)}`);
    expect(told("age_band")).toBe(`年龄段应为 ${PRICE_AGE_BANDS.slice(0, -1).join("、")} 或 ${PRICE_AGE_BANDS.at(-1)}`);
  });

  it("a wrong header, a file that is not CSV, no file or an oversize file are refused with a message", async () => {
    const cookie = cookies["haishu.edu"];
    const header = await callRoute(importRoute.action, "/officer/guidance-prices/import", {
      cookie,
      form: csvUpload(`region,nature\n${HAISHU_ROW}\n`),
    });
    expect(header.status).toBe(400);
    expect((header.body as { fileErrors: Array<{ key: string }> }).fileErrors.map((e) => e.key)).toContain("csv.header.missing");

    const xlsx = await callRoute(importRoute.action, "/officer/guidance-prices/import", {
      cookie,
      form: csvUpload("PK\u0003\u0004", "prices.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    });
    expect(xlsx.status).toBe(400);
    expect(xlsx.body).toMatchObject({ fileErrors: [{ key: "csv.upload.badType" }] });

    const none = await callRoute(importRoute.action, "/officer/guidance-prices/import", { cookie, form: new FormData() });
    expect(none).toMatchObject({ status: 400, body: { fileErrors: [{ key: "csv.upload.noFile" }] } });

    const big = await callRoute(importRoute.action, "/officer/guidance-prices/import", {
      cookie,
      form: csvUpload(`${HEADER}\n${`${HAISHU_ROW}\n`.repeat(15_000)}`),
    });
    expect(big.status).toBe(413);
    expect(big.body).toMatchObject({ fileErrors: [{ key: "csv.upload.tooLarge" }] });
  });

  it("activates a draft only through its preview; the replaced row becomes history and a re-evaluation starts", async () => {
    const key = (q: ReturnType<typeof t.db.selectFrom<"guidance_prices">>) =>
      q
        .where("region_code", "=", "330203")
        .where("nature", "=", "inclusive_private")
        .where("grade", "=", "class1")
        .where("age_band", "=", "all")
        .where("category", "=", "care_education");
    const before = await key(t.db.selectFrom("guidance_prices")).select(["id"]).where("status", "=", "active").executeTakeFirstOrThrow();
    const batchId = batchIdFrom(await callRoute(newRoute.action, "/officer/guidance-prices/new", { cookie: cookies["haishu.edu"], form: draftForm({ "rows[0].base_price_yuan": "1111" }) }));

    // The batch page itself has no activation: a new price table is switched on only after its preview.
    const shortcut = await callRoute(batchRoute.action, `/officer/guidance-prices/batches/${batchId}`, {
      cookie: cookies["haishu.ndrc"],
      form: { intent: "activate", submissionKey: newId() },
      params: { batchId },
    });
    expect(shortcut.status).toBe(400);

    const activation = { intent: "activate", submissionKey: newId() };
    const res = await callRoute(changeRoute.action, `/officer/changes/guidance/${batchId}`, {
      cookie: cookies["haishu.ndrc"],
      form: activation,
      params: { batchId },
    });
    expect(res.status).toBe(302);
    expect(res.location).toMatch(/^\/officer\/changes\/runs\/[0-9A-Z]{26}$/);
    // The same activation again (a double click, a resend after a lost answer): the first one's run, no second run.
    const runsBefore = await t.db.selectFrom("reevaluation_runs").select("id").execute();
    const repeat = await callRoute(changeRoute.action, `/officer/changes/guidance/${batchId}`, {
      cookie: cookies["haishu.ndrc"],
      form: activation,
      params: { batchId },
    });
    expect({ status: repeat.status, location: repeat.location }).toEqual({ status: 302, location: res.location });
    expect(await t.db.selectFrom("reevaluation_runs").select("id").execute()).toEqual(runsBefore);
    const old = await t.db.selectFrom("guidance_prices").select(["status", "superseded_at"]).where("id", "=", before.id).executeTakeFirstOrThrow();
    expect(old.status).toBe("superseded");
    expect(old.superseded_at).not.toBeNull();
    const now = await key(t.db.selectFrom("guidance_prices")).select(["base_price_fen"]).where("status", "=", "active").execute();
    expect(now).toEqual([{ base_price_fen: 111_100 }]);

    const again = await callRoute(changeRoute.action, `/officer/changes/guidance/${batchId}`, {
      cookie: cookies["haishu.ndrc"],
      form: { intent: "activate", submissionKey: newId() },
      params: { batchId },
    });
    expect(again.status).toBe(409);

    const history = await callRoute(
      historyRoute.loader,
      "/officer/guidance-prices/history?region=330203&nature=inclusive_private&grade=class1&ageBand=all&category=care_education",
      { cookie: cookies["haishu.market"] },
    );
    expect(history.status).toBe(200);
    const statuses = (history.body as { rows: Array<{ status: string }> }).rows.map((r) => r.status);
    expect(statuses).toContain("superseded");
    expect(statuses).toContain("active");
    // The replaced row says it once, with when: its badge, then the moment (not "已被替代 … 被替代").
    const url = "/officer/guidance-prices/history?region=330203";
    const zh = textOf(await renderStatic(historyRoute.default, { url, loaderData: history.body }));
    expect(zh.match(/替代/g)).toHaveLength(1);
    expect(zh).toMatch(/已被替代 于 \d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}/);
    const en = textOf(await renderStatic(historyRoute.default, { lang: "en", url, loaderData: history.body }));
    expect(en.match(/superseded/gi)).toHaveLength(1);
    expect(en).toMatch(/Superseded on \d{1,2} \w+ \d{4}/);
  });

  it("discards a draft; another district's officer cannot see or touch it", async () => {
    const batchId = await haishuDraft();
    const path = `/officer/guidance-prices/batches/${batchId}`;
    expect((await callRoute(batchRoute.loader, path, { cookie: cookies["jiangbei.edu"], params: { batchId } })).status).toBe(404);
    const foreign = await callRoute(batchRoute.action, path, { cookie: cookies["jiangbei.edu"], form: { intent: "discard" }, params: { batchId } });
    expect(foreign.status).toBe(404);
    const res = await callRoute(batchRoute.action, path, { cookie: cookies["haishu.edu"], form: { intent: "discard" }, params: { batchId } });
    expect(res).toMatchObject({ status: 302, location: `${path}?discarded=1` });
    const batch = await t.db.selectFrom("guidance_price_batches").select("status").where("id", "=", batchId).executeTakeFirstOrThrow();
    expect(batch.status).toBe("discarded");
  });
});

describe("editing a draft batch", () => {
  const editPath = (batchId: string) => `/officer/guidance-prices/batches/${batchId}/edit`;
  /** The edit form's post: the drafting form's fields (no submission key) and the version it was made from. */
  function editForm(version: number, overrides: Record<string, string> = {}): URLSearchParams {
    const post = draftForm(overrides);
    post.delete("submissionKey");
    post.set("version", String(version));
    return post;
  }
  const pricesOf = (batchId: string) =>
    t.db.selectFrom("guidance_prices").select(["base_price_fen", "status"]).where("batch_id", "=", batchId).execute();

  it("the draft's page offers 编辑草稿; the form starts from the draft's rows; saving replaces them and says so", async () => {
    const batchId = await haishuDraft();
    const cookie = cookies["haishu.ndrc"];
    const page = await callRoute(batchRoute.loader, `/officer/guidance-prices/batches/${batchId}`, { cookie, params: { batchId } });
    expect(page.body).toMatchObject({ canChange: true, editable: true });
    const pageText = textOf(await renderStatic(batchRoute.default, { url: `/officer/guidance-prices/batches/${batchId}`, loaderData: page.body }));
    expect(pageText).toContain("编辑草稿");

    const form = await callRoute(editRoute.loader, editPath(batchId), { cookie, params: { batchId } });
    expect(form.status).toBe(200);
    expect(form.body).toMatchObject({ batch: { id: batchId, version: 1 }, editable: true, rows: [{ base_price_yuan: "1090.00", source_document: "海发改〔2026〕12号" }] });
    const html = await renderStatic(editRoute.default, { url: editPath(batchId), loaderData: form.body });
    // Prefilled as a plain HTML form (no JavaScript needed): the draft's values and the version it is made from.
    expect(html).toMatch(/name="rows\[0\]\.base_price_yuan"[^>]*value="1090.00"|value="1090.00"[^>]*name="rows\[0\]\.base_price_yuan"/);
    expect(html).toMatch(/type="hidden" name="version" value="1"/);
    expect(textOf(html)).toContain("保存草稿");

    const saved = await callRoute(editRoute.action, editPath(batchId), { cookie, params: { batchId }, form: editForm(1, { "rows[0].base_price_yuan": "1080" }) });
    expect(saved).toMatchObject({ status: 302, location: `/officer/guidance-prices/batches/${batchId}?edited=1` });
    expect(await pricesOf(batchId)).toEqual([{ base_price_fen: 108_000, status: "draft" }]);
    const after = await callRoute(batchRoute.loader, `/officer/guidance-prices/batches/${batchId}?edited=1`, { cookie, params: { batchId } });
    const afterText = textOf(await renderStatic(batchRoute.default, { url: `/officer/guidance-prices/batches/${batchId}?edited=1`, loaderData: after.body }));
    expect(afterText).toContain(translate("zh-CN", "guidance.batch.editedNotice", { rows: 1 }));
  });

  it("bad input: 400 with the drafting form's messages and the typed values kept; nothing saved", async () => {
    const batchId = await haishuDraft();
    const bad = await callRoute(editRoute.action, editPath(batchId), {
      cookie: cookies["haishu.ndrc"],
      params: { batchId },
      form: editForm(1, { "rows[0].base_price_yuan": "10.999", "rows[0].source_document": "海发改〔2026〕13号" }),
    });
    expect(bad.status).toBe(400);
    const reply = (bad.body as { result: { error: Record<string, string[]>; initialValue: { rows: Array<Record<string, string>>; version: string } } }).result;
    expect(reply.error["rows[0].base_price_yuan"]).toEqual(["guidance.basePrice.invalid"]);
    expect(reply.initialValue.rows[0]).toMatchObject({ base_price_yuan: "10.999", source_document: "海发改〔2026〕13号" });
    const foreign = await callRoute(editRoute.action, editPath(batchId), { cookie: cookies["haishu.ndrc"], params: { batchId }, form: editForm(1, { "rows[0].region_code": "330205" }) });
    expect(foreign.status).toBe(400);
    expect((foreign.body as { result: { error: Record<string, string[]> } }).result.error["rows[0].region_code"]).toEqual(["guidance.region.outOfScope"]);
    expect(await pricesOf(batchId)).toEqual([{ base_price_fen: 109_000, status: "draft" }]);
  });

  it("two officers editing the same draft: the second gets 409 with a clear message and keeps what was typed", async () => {
    const batchId = await haishuDraft();
    const first = await callRoute(editRoute.action, editPath(batchId), { cookie: cookies["haishu.edu"], params: { batchId }, form: editForm(1, { "rows[0].base_price_yuan": "1070" }) });
    expect(first.status).toBe(302);
    const second = await callRoute(editRoute.action, editPath(batchId), { cookie: cookies["haishu.ndrc"], params: { batchId }, form: editForm(1, { "rows[0].base_price_yuan": "1060" }) });
    expect(second.status).toBe(409);
    const reply = (second.body as { result: { error: Record<string, string[]>; initialValue: { rows: Array<Record<string, string>> } } }).result;
    expect(reply.error[""]).toEqual(["guidance.batch.stale"]);
    expect(reply.initialValue.rows[0].base_price_yuan).toBe("1060");
    expect(await pricesOf(batchId)).toEqual([{ base_price_fen: 107_000, status: "draft" }]);
  });

  it("the same officer's older tab: 409 saying the newer version is their own, what was typed kept", async () => {
    const batchId = await haishuDraft();
    const tab = (yuan: string) => callRoute(editRoute.action, editPath(batchId), { cookie: cookies["haishu.ndrc"], params: { batchId }, form: editForm(1, { "rows[0].base_price_yuan": yuan }) });
    expect((await tab("1070")).status).toBe(302);
    const older = await tab("1060");
    expect(older.status).toBe(409);
    const reply = (older.body as { result: { error: Record<string, string[]>; initialValue: { rows: Array<Record<string, string>> } } }).result;
    expect(reply.error[""]).toEqual(["guidance.batch.staleOwn"]);
    expect(reply.initialValue.rows[0].base_price_yuan).toBe("1060");
    expect(translate("zh-CN", "guidance.batch.staleOwn")).toContain("您在另一个窗口中已保存了这份草稿的更新版本");
    expect(translate("en", "guidance.batch.staleOwn")).toContain("you saved a newer version of this draft in another window");
    expect(await pricesOf(batchId)).toEqual([{ base_price_fen: 107_000, status: "draft" }]);
  });

  it("the same edit posted twice without JavaScript: both answers show the saved draft, saved once", async () => {
    const batchId = await haishuDraft();
    const post = () => callRoute(editRoute.action, editPath(batchId), { cookie: cookies["haishu.ndrc"], params: { batchId }, form: editForm(1, { "rows[0].base_price_yuan": "1075" }) });
    const saved = `/officer/guidance-prices/batches/${batchId}?edited=1`;
    expect(await post()).toMatchObject({ status: 302, location: saved });
    // The browser shows the second answer: the draft as saved, not a refusal naming someone else.
    expect(await post()).toMatchObject({ status: 302, location: saved });
    expect(await pricesOf(batchId)).toEqual([{ base_price_fen: 107_500, status: "draft" }]);
    const batch = await t.db.selectFrom("guidance_price_batches").select("version").where("id", "=", batchId).executeTakeFirstOrThrow();
    expect(batch.version).toBe(2);
  });

  it("the preview page's activation carries the version it previewed; after an edit it is refused with 409", async () => {
    const batchId = await haishuDraft();
    const cookie = cookies["haishu.ndrc"];
    const previewPath = `/officer/changes/guidance/${batchId}`;
    const preview = await callRoute(changeRoute.loader, previewPath, { cookie, params: { batchId } });
    expect(preview.status).toBe(200);
    const html = await renderStatic(changeRoute.default, { url: previewPath, loaderData: preview.body });
    expect(html).toMatch(/type="hidden" name="version" value="1"/);
    expect((await callRoute(editRoute.action, editPath(batchId), { cookie: cookies["haishu.edu"], params: { batchId }, form: editForm(1, { "rows[0].base_price_yuan": "1050" }) })).status).toBe(302);
    const stale = await callRoute(changeRoute.action, previewPath, { cookie, params: { batchId }, form: { intent: "activate", submissionKey: ulid(), version: "1" } });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ error: { key: "guidance.batch.editedSincePreview" } });
    expect(await pricesOf(batchId)).toEqual([{ base_price_fen: 105_000, status: "draft" }]);
    const again = await callRoute(changeRoute.action, previewPath, { cookie, params: { batchId }, form: { intent: "activate", submissionKey: ulid(), version: "2" } });
    expect(again.status).toBe(302);
    expect(await pricesOf(batchId)).toEqual([{ base_price_fen: 105_000, status: "active" }]);
  });

  it("other roles get 403, another district's officer 404; an active or discarded batch is not edited", async () => {
    const batchId = await haishuDraft();
    for (const who of ["haishu.market", "kg006"]) {
      expect((await callRoute(editRoute.loader, editPath(batchId), { cookie: cookies[who], params: { batchId } })).status).toBe(403);
      expect((await callRoute(editRoute.action, editPath(batchId), { cookie: cookies[who], params: { batchId }, form: editForm(1) })).status).toBe(403);
    }
    expect((await callRoute(editRoute.loader, editPath(batchId), { cookie: cookies["jiangbei.edu"], params: { batchId } })).status).toBe(404);
    const foreign = await callRoute(editRoute.action, editPath(batchId), { cookie: cookies["jiangbei.edu"], params: { batchId }, form: editForm(1, { "rows[0].base_price_yuan": "1" }) });
    expect(foreign.status).toBe(404);
    expect(await pricesOf(batchId)).toEqual([{ base_price_fen: 109_000, status: "draft" }]);

    const discarded = await callRoute(batchRoute.action, `/officer/guidance-prices/batches/${batchId}`, { cookie: cookies["haishu.edu"], form: { intent: "discard" }, params: { batchId } });
    expect(discarded.status).toBe(302);
    const form = await callRoute(editRoute.loader, editPath(batchId), { cookie: cookies["haishu.edu"], params: { batchId } });
    expect(form.body).toMatchObject({ editable: false, batch: { status: "discarded" } });
    expect(textOf(await renderStatic(editRoute.default, { url: editPath(batchId), loaderData: form.body }))).toContain(translate("zh-CN", "guidance.edit.notDraft"));
    const refused = await callRoute(editRoute.action, editPath(batchId), { cookie: cookies["haishu.edu"], params: { batchId }, form: editForm(1, { "rows[0].base_price_yuan": "1" }) });
    expect(refused.status).toBe(409);
    expect((refused.body as { result: { error: Record<string, string[]> } }).result.error[""]).toEqual(["guidance.batch.notDraft"]);
  });
});

describe("reading", () => {
  it("the template is a CSV with a BOM and the documented header", async () => {
    const res = await callRoute(templateRoute.loader, "/officer/guidance-prices/template.csv", { cookie: cookies["haishu.market"] });
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    // (Response.text() drops the BOM; the domain test checks it is there.)
    expect(String(res.body).startsWith(HEADER)).toBe(true);
  });

  it("another district's key history is 404; the city's is readable", async () => {
    const q = "nature=inclusive_private&grade=class1&ageBand=all&category=care_education";
    expect((await callRoute(historyRoute.loader, `/officer/guidance-prices/history?region=330212&${q}`, { cookie: cookies["haishu.market"] })).status).toBe(404);
    expect((await callRoute(historyRoute.loader, `/officer/guidance-prices/history?region=330200&${q}`, { cookie: cookies["haishu.market"] })).status).toBe(200);
    expect((await callRoute(historyRoute.loader, `/officer/guidance-prices/history?region=330200`, { cookie: cookies["haishu.market"] })).status).toBe(404);
  });

  it("filters by a region in scope; a region outside it is named and left out, the scope's rows shown, in zh and en", async () => {
    type Body = { rows: Array<{ region_code: string; nature: string }>; filter: { region: string }; outOfScope: string[] };
    const read = async (query: string, username = "haishu.market") => {
      const res = await callRoute(indexRoute.loader, `/officer/guidance-prices${query}`, { cookie: cookies[username] });
      expect(res.status).toBe(200);
      return res.body as Body;
    };
    const regionsOf = (body: Body) => [...new Set(body.rows.map((r) => r.region_code))].sort();
    const notice = async (body: Body, lang: "zh-CN" | "en" = "zh-CN") => {
      const html = await renderStatic(indexRoute.default, { url: "/officer/guidance-prices", loaderData: body, lang });
      const p = html.match(/<p[^>]*data-testid="guidance-ignored"[^>]*>([\s\S]*?)<\/p>/)?.[1];
      return p === undefined ? null : textOf(p).trim();
    };

    // In scope: the district's own table, or the city's that applies there.
    const own = await read("?region=330203");
    expect(regionsOf(own)).toEqual(["330203"]);
    expect([own.filter.region, own.outOfScope]).toEqual(["330203", []]);
    expect(await notice(own)).toBeNull();
    expect(regionsOf(await read("?region=330200"))).toEqual(["330200"]);

    // 鄞州 is not 海曙's: 200, said so, and 海曙's rows (its own and the city's), none of 鄞州's.
    const other = await read("?region=330212");
    expect(other.outOfScope).toEqual(["region"]);
    expect(other.filter.region).toBe("");
    expect(regionsOf(other)).toEqual(["330200", "330203"]);
    expect(await notice(other)).toBe("以下筛选条件超出您的辖区，已忽略：地区");
    expect(await notice(other, "en")).toBe("These filters are outside your jurisdiction and were ignored: Region");
    // With the other filters still applied.
    const natured = await read("?region=330212&nature=nonprofit_private");
    expect(natured.outOfScope).toEqual(["region"]);
    expect(natured.rows.length).toBeGreaterThan(0);
    expect(natured.rows.every((r) => r.nature === "nonprofit_private")).toBe(true);

    // The wrong district asking for 海曙's prices sees none of them: 江北 has only the city's table.
    const jiangbei = await read("?region=330203", "jiangbei.edu");
    expect(jiangbei.outOfScope).toEqual(["region"]);
    expect(regionsOf(jiangbei)).toEqual(["330200"]);
    expect(await notice(jiangbei)).toBe("以下筛选条件超出您的辖区，已忽略：地区");
  });

  it("admin reads every region and may manage", async () => {
    const res = await callRoute(indexRoute.loader, "/officer/guidance-prices", { cookie: cookies.admin });
    expect(res.status).toBe(200);
    expect((res.body as { canManage: boolean }).canManage).toBe(true);
  });
});

describe("a row's state on the pages", () => {
  it("the price in force until next year's begins says 现行, next year's 待生效（… 起）, in the list and the history", async () => {
    const fields = { "rows[0].nature": "nonprofit_private", "rows[0].grade": "class2", "rows[0].age_band": "small" };
    for (const [from, yuan] of [["2026-01-01", "900"], ["2099-01-01", "950"]]) {
      const batchId = batchIdFrom(
        await callRoute(newRoute.action, "/officer/guidance-prices/new", {
          cookie: cookies["haishu.ndrc"],
          form: draftForm({ ...fields, "rows[0].effective_from": from, "rows[0].base_price_yuan": yuan }),
        }),
      );
      const res = await callRoute(changeRoute.action, `/officer/changes/guidance/${batchId}`, {
        cookie: cookies["haishu.ndrc"],
        form: { intent: "activate", submissionKey: newId() },
        params: { batchId },
      });
      expect(res.status).toBe(302);
    }
    const listUrl = "/officer/guidance-prices?region=330203&nature=nonprofit_private&grade=class2";
    const list = await callRoute(indexRoute.loader, listUrl, { cookie: cookies["haishu.ndrc"] });
    const listText = textOf(await renderStatic(indexRoute.default, { url: listUrl, loaderData: list.body }));
    expect(listText).toMatch(/900\.00.*现行.*950\.00.*待生效（\s?2099-01-01 起）/s);

    const historyUrl = "/officer/guidance-prices/history?region=330203&nature=nonprofit_private&grade=class2&ageBand=small&category=care_education";
    const history = await callRoute(historyRoute.loader, historyUrl, { cookie: cookies["haishu.market"] });
    const zh = textOf(await renderStatic(historyRoute.default, { url: historyUrl, loaderData: history.body }));
    expect(zh).toMatch(/待生效（\s?2099-01-01 起）.*950\.00.*现行.*900\.00/s);
    expect(zh).not.toContain("已被替代");
    const en = textOf(await renderStatic(historyRoute.default, { lang: "en", url: historyUrl, loaderData: history.body }));
    expect(en).toMatch(/From 2099-01-01.*In force/s);
  });
});
