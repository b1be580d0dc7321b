/**
 * The public routes on the demo data, signed out: the search (results, the
 * district chooser's lists, a clear 400 for a search it cannot use, no 5xx
 * for anything), a kindergarten's page (404 for an unknown, malformed or
 * closed id), its open data (types, file names, caching, the same 404s), the
 * public pages' caching, and the operator's preview of the page on /kindergarten/fees. The account
 * number never leaves whole.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { indexKindergartensForSearch } from "~/domain/kindergartens/name-index.server";
import { setDb } from "~/web/db.server";
import * as feesIndex from "~/routes/kindergarten+/fees._index";
import * as search from "~/routes/_public+/kindergartens._index";
import * as page from "~/routes/_public+/kindergartens.$id._index";
import * as feesCsv from "~/routes/_public+/kindergartens.$id.fees[.csv]";
import * as feesJson from "~/routes/_public+/kindergartens.$id.fees[.json]";
import * as about from "~/routes/_public+/about";
import { renderStatic, textOf } from "../setup/render-static";
import { callRoute, sessionCookieFor } from "../setup/route-helpers";
import { createDemoDb, type TestDb } from "../setup/test-db";

let t: TestDb;
let kg006: { id: string; approved_name: string; name_in_use: string };
let accountNumbers: string[];

type SearchBody = {
  hits: Array<{ id: string; name_in_use: string; place: string }>;
  next: string | null;
  error: { key: string } | null;
  choices: { provinces: Array<{ code: string; name: string }>; cities: Array<{ code: string }>; districts: Array<{ code: string; name: string }> };
  form: { q: string };
};

beforeAll(async () => {
  t = await createDemoDb();
  setDb(t.db);
  // The demo seed writes kindergartens directly; the search index is brought up to date after it.
  await indexKindergartensForSearch(t.db);
  const user = await t.db.selectFrom("users").select("kindergarten_id").where("username", "=", "kg006").executeTakeFirstOrThrow();
  kg006 = await t.db.selectFrom("kindergartens").select(["id", "approved_name", "name_in_use"]).where("id", "=", user.kindergarten_id!).executeTakeFirstOrThrow();
  accountNumbers = (await t.db.selectFrom("bank_accounts").select("account_number").execute()).map((a) => a.account_number);
});

afterAll(async () => {
  await t?.destroy();
});

describe("GET /kindergartens", () => {
  it("finds a demo kindergarten by a piece of its name, signed out", async () => {
    const piece = [...kg006.name_in_use].slice(-5, -3).join("");
    const res = await callRoute(search.loader, `/kindergartens?q=${encodeURIComponent(piece)}`);
    expect(res.status).toBe(200);
    const body = res.body as SearchBody;
    expect(body.hits.map((h) => h.id)).toContain(kg006.id);
    expect(body.hits.find((h) => h.id === kg006.id)?.place).toMatch(/^浙江省 宁波市 \S+区$/);
    expect(body.form.q).toBe(piece);
  });

  it("offers the district chooser when asked for or in use: every province, the chosen province's cities, the chosen city's districts", async () => {
    const plain = (await callRoute(search.loader, "/kindergartens?q=%E5%B9%BC%E5%84%BF%E5%9B%AD")).body as SearchBody;
    expect(plain.choices).toBeNull();
    const asked = (await callRoute(search.loader, "/kindergartens?filters=1")).body as SearchBody;
    expect(asked.choices.provinces.map((p) => p.name)).toContain("浙江省");
    expect([asked.choices.cities, asked.choices.districts, asked.hits]).toEqual([[], [], []]);
    const chosen = (await callRoute(search.loader, "/kindergartens?province=330000&city=330200")).body as SearchBody;
    expect(chosen.choices.cities.map((c) => c.code)).toContain("330200");
    expect(chosen.choices.districts.map((d) => d.name)).toContain("海曙区");
    expect(chosen.hits.length).toBe(20);
    expect(chosen.next).not.toBeNull();
  });

  it("answers a search it cannot use with 400 and the reason, and the page still renders its form", async () => {
    const long = await callRoute(search.loader, `/kindergartens?q=${encodeURIComponent("长".repeat(10_000))}`);
    expect(long.status).toBe(400);
    expect((long.body as SearchBody).error?.key).toBe("disclosure.search.tooLong");
    expect([...(long.body as SearchBody).form.q]).toHaveLength(50);
    const short = await callRoute(search.loader, "/kindergartens?q=%25");
    expect([short.status, (short.body as SearchBody).error?.key]).toEqual([400, "disclosure.search.tooShort"]);
  });

  it("searches a query glued to a district's name within that district when nothing is found as typed, and says so", async () => {
    const glued = await callRoute(search.loader, `/kindergartens?q=${encodeURIComponent("鄞州阳光")}`);
    const body = glued.body as SearchBody & { within: { region: string; rest: string } | null };
    expect([glued.status, body.within]).toEqual([200, { region: "鄞州区", rest: "阳光" }]);
    expect(body.hits.map((h) => h.name_in_use)).toContain("宁波市鄞州区姜山阳光幼儿园");
    expect(body.hits.every((h) => h.place === "浙江省 宁波市 鄞州区")).toBe(true);
    const zh = textOf(await renderStatic(search.default, { url: "/kindergartens?q=鄞州阳光", loaderData: body }));
    expect(zh).toContain("未找到“鄞州阳光”，以下为鄞州区中名称含“阳光”的幼儿园。");
    const en = textOf(await renderStatic(search.default, { url: "/kindergartens?q=鄞州阳光", loaderData: body, lang: "en" }));
    expect(en).toContain("Nothing matches “鄞州阳光”. Below are the kindergartens in 鄞州区 whose names contain “阳光”.");
    // A district chosen elsewhere: nothing, and nothing said; a search found as typed says nothing either.
    for (const query of [`q=${encodeURIComponent("鄞州阳光")}&district=330203`, `q=${encodeURIComponent("鄞州区姜山阳光")}`]) {
      const other = (await callRoute(search.loader, `/kindergartens?${query}`)).body as typeof body;
      expect(other.within, query).toBeNull();
      expect(await renderStatic(search.default, { url: `/kindergartens?${query}`, loaderData: other }), query).not.toContain('data-testid="search-within"');
    }
  });

  it("searches several words, split at spaces, commas or 、, in any order; a word naming a region is the region; more than five words are refused", async () => {
    for (const q of ["小太阳 江北", "江北，小太阳", "小太阳、慈城 江北区", "小太阳　宁波"]) {
      const res = await callRoute(search.loader, `/kindergartens?q=${encodeURIComponent(q)}`);
      const body = res.body as SearchBody & { within: unknown };
      expect([res.status, body.hits.map((h) => h.name_in_use), body.within, body.form.q], q).toEqual([200, ["宁波市江北区慈城小太阳幼儿园"], null, q]);
    }
    // No name holds 浙江: the province is searched for 春芽.
    const named = await callRoute(search.loader, `/kindergartens?q=${encodeURIComponent("春芽 浙江")}`);
    const body = named.body as SearchBody & { within: { region: string; rest: string } | null };
    expect([named.status, body.within, body.hits.map((h) => h.name_in_use)]).toEqual([200, { region: "浙江省", rest: "春芽" }, ["宁波市海曙区春芽幼儿园"]]);
    expect(textOf(await renderStatic(search.default, { url: "/kindergartens?q=春芽 浙江", loaderData: body }))).toContain("未找到“春芽 浙江”，以下为浙江省中名称含“春芽”的幼儿园。");
    const six = await callRoute(search.loader, `/kindergartens?q=${encodeURIComponent("宁波 江北 慈城 小太阳 幼儿 儿园")}`);
    const refused = six.body as SearchBody;
    expect([six.status, refused.error, refused.hits]).toEqual([400, { key: "disclosure.search.tooManyTerms", vars: { max: 5 } }, []]);
    const zh = textOf(await renderStatic(search.default, { url: "/kindergartens?q=x", loaderData: refused }));
    expect(zh).toContain("搜索词太多，请最多输入 5 个词（用空格或逗号分开）。");
    expect(textOf(await renderStatic(search.default, { url: "/kindergartens?q=x", loaderData: refused, lang: "en" }))).toContain("Too many words: at most 5 (separated by spaces or commas).");
    const five = await callRoute(search.loader, `/kindergartens?q=${encodeURIComponent("宁波 江北 慈城 小太阳 幼儿")}`);
    expect((five.body as SearchBody).hits.map((h) => h.name_in_use)).toEqual(["宁波市江北区慈城小太阳幼儿园"]);
  });

  it("offers, when nothing is found, the kindergartens whose names are a character away, each a link to its page, in both languages", async () => {
    const url = `/kindergartens?q=${encodeURIComponent("宁波市海曙区春牙幼儿园")}`;
    const res = await callRoute(search.loader, url);
    const body = res.body as SearchBody & { near: Array<{ id: string; name_in_use: string; place: string }> };
    expect([res.status, body.hits, body.next]).toEqual([200, [], null]);
    expect(body.near[0]).toMatchObject({ name_in_use: "宁波市海曙区春芽幼儿园", place: "浙江省 宁波市 海曙区" });
    expect(body.near.length).toBeLessThanOrEqual(5);
    const zh = await renderStatic(search.default, { url, loaderData: body });
    expect(textOf(zh)).toContain("没有找到符合条件的幼儿园。请换几个字试试，或减少筛选条件。 您是不是要找： 宁波市海曙区春芽幼儿园 浙江省 宁波市 海曙区");
    for (const n of body.near) expect(zh).toContain(`href="/kindergartens/${n.id}"`);
    expect(textOf(await renderStatic(search.default, { url, loaderData: body, lang: "en" }))).toContain("Did you mean: 宁波市海曙区春芽幼儿园");
    // A search that finds something, or one nothing is near, offers nothing.
    for (const q of ["春芽", "火箭"]) {
      const other = (await callRoute(search.loader, `/kindergartens?q=${encodeURIComponent(q)}`)).body as typeof body;
      expect(other.near, q).toEqual([]);
      expect(await renderStatic(search.default, { url: `/kindergartens?q=${q}`, loaderData: other }), q).not.toContain("您是不是要找");
    }
  });

  it("says on the empty page how to search by several words, in both languages", async () => {
    const start = (await callRoute(search.loader, "/kindergartens")).body as SearchBody;
    const zh = await renderStatic(search.default, { url: "/kindergartens", loaderData: start });
    expect(textOf(zh)).toContain("几个词之间用空格或逗号分开，如“海曙 阳光”");
    expect(zh).toContain('placeholder="如：海曙 阳光"');
    const en = await renderStatic(search.default, { url: "/kindergartens", loaderData: start, lang: "en" });
    expect(textOf(en)).toContain("separate several with spaces or commas");
  });

  it("never fails on odd or hostile queries", async () => {
    const queries = [
      `q=${encodeURIComponent("😀".repeat(3000))}`,
      `q=${encodeURIComponent("مرحبا")}&nature=public`,
      "q=%25%5F%5C&district=330203",
      "q=a&q=b",
      "district=33%00",
      "nature=%3Cscript%3E",
      `after=${"A".repeat(600)}&q=${encodeURIComponent("幼儿园")}`,
      "after=%FF%FE%00",
      "q[0]=x&province[]=1",
      // Separators only, and as many words as fit in 50 characters.
      `q=${encodeURIComponent("、，, 　,、")}`,
      `q=${encodeURIComponent(Array.from({ length: 17 }, (_, i) => String.fromCodePoint(0x4e00 + 2 * i, 0x4e01 + 2 * i)).join("、"))}`,
      `q=${encodeURIComponent("鄞州 ".repeat(10))}`,
    ];
    for (const q of queries) {
      const res = await callRoute(search.loader, `/kindergartens?${q}`);
      expect(res.status, q).toBeLessThan(500);
    }
  });
});

describe("GET /kindergartens/:id", () => {
  it("shows the page of a public kindergarten, the account masked", async () => {
    const res = await callRoute(page.loader, `/kindergartens/${kg006.id}`, { params: { id: kg006.id } });
    expect(res.status).toBe(200);
    const view = res.body as { kindergarten: { id: string }; account: { last4: string } | null; inForce: unknown };
    expect(view.kindergarten.id).toBe(kg006.id);
    expect(view.account?.last4).toMatch(/^\d{4}$/);
    expect(view.inForce).not.toBeNull();
    for (const number of accountNumbers) expect(JSON.stringify(view)).not.toContain(number);
  });

  it("gives with the schedule in force what its filing publishes to parents: pricing basis, refund rules, complaint channel, final-year waiver", async () => {
    const res = await callRoute(page.loader, `/kindergartens/${kg006.id}`, { params: { id: kg006.id } });
    const view = res.body as { inForce: { version: number; texts: Record<string, unknown> } | null; history: Array<Record<string, unknown>> };
    const filed = await t.db
      .selectFrom("fee_filings")
      .select(["pricing_basis", "refund_rules", "refund_schedule", "complaint_channel", "waiver_deduction_fen"])
      .where("kindergarten_id", "=", kg006.id)
      .where("version", "=", view.inForce!.version)
      .executeTakeFirstOrThrow();
    expect(filed.refund_rules, "the demo's filing publishes its texts").not.toBe("");
    expect(view.inForce!.texts).toEqual({
      pricing_basis: filed.pricing_basis,
      refund_rules: filed.refund_rules,
      refund_schedule: JSON.parse(filed.refund_schedule!),
      complaint_channel: filed.complaint_channel,
      waiver_deduction_fen: filed.waiver_deduction_fen,
    });
    expect(view.inForce!.texts.refund_schedule).toContainEqual({ feeKind: "care_education", case: "absence", scheme: { method: "per_30_days" } });
    // The history of versions does not repeat them.
    for (const version of view.history) expect(version).not.toHaveProperty("texts");
  });

  it("is not found for an unknown, malformed or closed kindergarten", async () => {
    const closed = await t.db.selectFrom("kindergartens").select("id").where("id", "!=", kg006.id).executeTakeFirstOrThrow();
    await t.db.updateTable("kindergartens").set({ status: "closed" }).where("id", "=", closed.id).execute();
    for (const id of ["01J00000000000000000000000", "not-an-id", "%00", "x".repeat(3000), closed.id]) {
      for (const route of [page.loader, feesJson.loader, feesCsv.loader]) {
        const res = await callRoute(route, `/kindergartens/${encodeURIComponent(id)}`, { params: { id } });
        expect([res.status, res.thrown], id).toEqual([404, true]);
      }
    }
  });
});

describe("caching of the public pages", () => {
  type HeadersArgs = Parameters<typeof page.headers>[0];
  const args = (errorHeaders?: Headers) => ({ loaderHeaders: new Headers(), parentHeaders: new Headers(), actionHeaders: new Headers(), errorHeaders }) as HeadersArgs;

  it("lets the search, a kindergarten's page and 'about' be kept a minute, per cookie (the language), but not an error page", () => {
    for (const route of [search, page, about]) {
      expect(route.headers(args())).toEqual({ "Cache-Control": "public, max-age=60", Vary: "Cookie" });
      expect(route.headers(args(new Headers()))).toEqual({});
    }
  });
});

describe("open data", () => {
  it("fees.json: the schedules in force and next, cached publicly for a short while", async () => {
    const res = await callRoute(feesJson.loader, `/kindergartens/${kg006.id}/fees.json`, { params: { id: kg006.id } });
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
    expect(res.headers.get("Cache-Control")).toBe("public, max-age=300");
    expect(res.headers.get("Content-Disposition")).toBe(`inline; filename="kindergarten-${kg006.id}-fees.json"`);
    const body = res.body as { kindergarten: { id: string; uscc: string }; schedules: Array<{ schedule: string; items: Array<Record<string, unknown>> }> };
    expect(body.kindergarten.id).toBe(kg006.id);
    expect(body.schedules[0].schedule).toBe("in_force");
    expect(Object.keys(body.schedules[0].items[0]).sort()).toEqual(["age_band", "amount_fen", "amount_yuan", "category", "item_code", "item_name", "unit", "voluntary"]);
  });

  it("fees.csv: UTF-8 with a BOM, an ASCII file name, one row per item", async () => {
    const request = new Request(`http://portal.test/kindergartens/${kg006.id}/fees.csv`);
    const response = (await feesCsv.loader({ request, params: { id: kg006.id }, context: { requestId: "t", clientIp: "127.0.0.1" } })) as Response;
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toBe(`attachment; filename="kindergarten-${kg006.id}-fees.csv"`);
    expect(response.headers.get("Cache-Control")).toBe("public, max-age=300");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const [header, first] = text.split("\r\n");
    expect(header.split(",")[0]).toBe("kindergarten_id");
    expect(first.startsWith(`${kg006.id},`)).toBe(true);
    for (const number of accountNumbers) expect(text).not.toContain(number);
  });
});

describe("the operator's preview", () => {
  it("puts the public page's schedules and masked account on /kindergarten/fees", async () => {
    const res = await callRoute(feesIndex.loader, "/kindergarten/fees", { cookie: await sessionCookieFor(t.db, "kg006") });
    expect(res.status).toBe(200);
    const body = res.body as { kindergarten: { id: string }; disclosure: { kindergarten: { id: string }; account: { last4: string } | null } | null };
    expect(body.disclosure?.kindergarten.id).toBe(body.kindergarten.id);
    expect(body.disclosure?.account?.last4).toMatch(/^\d{4}$/);
    for (const number of accountNumbers) expect(JSON.stringify(body)).not.toContain(number);
  });
});
