/**
 * The public search is kept between changes of what it shows
 * (app/web/shared-reads.server.ts, the route's `sharedPublicPage` sources):
 * the built app behind the same middleware as server.ts, on the demo data. A
 * repeated search is not searched again, and a renamed, moved or closed
 * kindergarten, or a renamed region, shows at the next request, as it did
 * when every search was made anew: the sources the route names cover every
 * table its answer reads. A parameter the search does not read (a share
 * link's tracking, junk) is the same kept page, made without it.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { DB } from "~/db/client";
import { indexKindergartensForSearch } from "~/domain/kindergartens/name-index.server";
import { setDb } from "~/web/db.server";
import { forgetSharedReads } from "~/web/shared-reads.server";
import { serveBuiltAppBehindKeptReads, textWithoutNonce } from "../setup/built-app-kept-reads";
import { createDemoDb, type TestDb } from "../setup/test-db";

let t: TestDb;
let base: string;
let close: () => void;
/** Searches that reached Remix (made, not served from what is kept). */
let made = 0;

beforeAll(async () => {
  t = await createDemoDb();
  setDb(t.db);
  ({ base, close } = await serveBuiltAppBehindKeptReads(t.db, (req) => {
    if (req.path === "/kindergartens") made += 1;
  }));
});
afterEach(() => forgetSharedReads());
afterAll(async () => {
  close();
  await t.destroy();
});

/** The names the search lists (its result links' texts), and whether this answer was made anew. */
async function search(query: Record<string, string>): Promise<{ names: string[]; made: boolean }> {
  const before = made;
  const res = await fetch(`${base}/kindergartens?${new URLSearchParams(query)}`);
  expect(res.status).toBe(200);
  const html = await res.text();
  const list = html.match(/<ol class="kg-results"[\s\S]*?<\/ol>/)?.[0] ?? "";
  return { names: [...list.matchAll(/<a [^>]*href="\/kindergartens\/[^"]+"[^>]*>([^<]+)<\/a>/g)].map((m) => m[1]), made: made > before };
}

/** A kindergarten's row changed as its writers change it: the row and its search index in one transaction. */
async function change(db: DB, id: string, values: { name_in_use?: string; status?: "active" | "closed"; region_code?: string }) {
  await db.transaction().execute(async (trx) => {
    await trx.updateTable("kindergartens").set(values).where("id", "=", id).execute();
    await indexKindergartensForSearch(trx, [id]);
  });
}

const haishuCentral = () => t.db.selectFrom("kindergartens").select(["id", "name_in_use", "region_code"]).where("approved_name", "=", "宁波市海曙区中心幼儿园").executeTakeFirstOrThrow();

describe("the public search, kept between changes", () => {
  it("answers a repeated search without searching again, until a name changes", async () => {
    const kg = await haishuCentral();
    const first = await search({ q: "海曙" });
    expect(first.made).toBe(true);
    expect(first.names).toContain(kg.name_in_use);
    const again = await search({ q: "海曙" });
    expect(again).toEqual({ names: first.names, made: false });

    await change(t.db, kg.id, { name_in_use: "海曙晨星幼儿园" });
    const renamed = await search({ q: "海曙" });
    expect(renamed.made).toBe(true);
    expect(renamed.names).toContain("海曙晨星幼儿园");
    expect(renamed.names).not.toContain(kg.name_in_use);
    // A search that found nothing before finds it now.
    await change(t.db, kg.id, { name_in_use: kg.name_in_use });
    expect((await search({ q: "晨星" })).names).toEqual([]);
    await change(t.db, kg.id, { name_in_use: "海曙晨星幼儿园" });
    expect((await search({ q: "晨星" })).names).toEqual(["海曙晨星幼儿园"]);
    await change(t.db, kg.id, { name_in_use: kg.name_in_use });
  });

  it("drops a closed kindergarten and follows one that moved district at the next search", async () => {
    const kg = await haishuCentral();
    const inDistrict = { q: "中心", district: kg.region_code };
    expect((await search(inDistrict)).names).toContain(kg.name_in_use);
    await change(t.db, kg.id, { status: "closed" });
    expect((await search(inDistrict)).names).not.toContain(kg.name_in_use);
    await change(t.db, kg.id, { status: "active" });
    expect((await search(inDistrict)).names).toContain(kg.name_in_use);

    const other = await t.db.selectFrom("regions").select("code").where("level", "=", "district").where("code", "!=", kg.region_code).orderBy("code").executeTakeFirstOrThrow();
    await change(t.db, kg.id, { region_code: other.code });
    expect((await search(inDistrict)).names).not.toContain(kg.name_in_use);
    expect((await search({ q: "中心", district: other.code })).names).toContain(kg.name_in_use);
    await change(t.db, kg.id, { region_code: kg.region_code });
  });

  it("names a renamed district at the next search", async () => {
    const kg = await haishuCentral();
    const region = await t.db.selectFrom("regions").select(["code", "name"]).where("code", "=", kg.region_code).executeTakeFirstOrThrow();
    const page = async () => (await fetch(`${base}/kindergartens?${new URLSearchParams({ q: "海曙" })}`)).text();
    expect(await page()).toContain(region.name);
    await t.db.updateTable("regions").set({ name: "新海曙区" }).where("code", "=", region.code).execute();
    try {
      expect(await page()).toContain("新海曙区");
    } finally {
      await t.db.updateTable("regions").set({ name: region.name }).where("code", "=", region.code).execute();
    }
  });

  it("keeps a search read within the region its query begins with by its query, notice and all, until the region is renamed", async () => {
    const notice = async (q: string) => (await (await fetch(`${base}/kindergartens?${new URLSearchParams({ q })}`)).text()).match(/data-testid="search-within"[^>]*>([^<]*)</)?.[1] ?? null;
    expect(await notice("鄞州阳光")).toBe("未找到“鄞州阳光”，以下为鄞州区中名称含“阳光”的幼儿园。");
    const again = await search({ q: "鄞州阳光" });
    expect(again).toEqual({ names: ["宁波市鄞州区姜山阳光幼儿园"], made: false });
    const yinzhou = await t.db.selectFrom("regions").select("code").where("name", "=", "鄞州区").executeTakeFirstOrThrow();
    await t.db.updateTable("regions").set({ name: "甬南区" }).where("code", "=", yinzhou.code).execute();
    try {
      // 鄞州 names no region now: the kept page is not served, and the search as typed finds nothing.
      expect(await search({ q: "鄞州阳光" })).toEqual({ names: [], made: true });
      expect(await notice("鄞州阳光")).toBeNull();
      expect(await notice("甬南阳光")).toBe("未找到“甬南阳光”，以下为甬南区中名称含“阳光”的幼儿园。");
    } finally {
      await t.db.updateTable("regions").set({ name: "鄞州区" }).where("code", "=", yinzhou.code).execute();
    }
  });

  it("answers a search with parameters it does not read as the same kept page, which bears no trace of them", async () => {
    const first = await fetch(`${base}/kindergartens?q=%E6%B5%B7%E6%9B%99&utm_source=wechat`);
    // Each answer's script nonce is its own: the rest is the same page.
    const html = await textWithoutNonce(first);
    // The language switch returns to the search as the page read it.
    expect(html).toContain('name="redirectTo" value="/kindergartens?q=%E6%B5%B7%E6%9B%99"');
    expect(html).not.toContain("utm_source");
    for (const junk of ["junk=1", "junk=2", "from=singlemessage&isappinstalled=0"]) {
      const before = made;
      expect(await textWithoutNonce(await fetch(`${base}/kindergartens?${junk}&q=%E6%B5%B7%E6%9B%99`))).toBe(html);
      expect(made).toBe(before);
    }
    // What it reads still counts.
    expect((await search({ q: "海曙", junk: "3" })).made).toBe(false);
    expect((await search({ q: "海曙", nature: "public", junk: "3" })).made).toBe(true);
  });
});
