/**
 * The catalogue routes on the demo data: every officer reads; education and
 * development-reform officers add, rename and (de)activate their region's
 * items; market supervision and operators get 403; anonymous visitors go to
 * the login page; refused requests change nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setDb } from "~/web/db.server";
import * as catalogueRoute from "~/routes/officer+/catalogue._index";
import * as itemRoute from "~/routes/officer+/catalogue.$code";
import { callRoute, sessionCookieFor, withKey, type RouteOutcome } from "../setup/route-helpers";
import { createDemoDb, type TestDb } from "../setup/test-db";

let t: TestDb;
const cookies: Record<string, string> = {};

function expectLoginRedirect(res: RouteOutcome, path: string, posted = false) {
  expect(res.status).toBe(302);
  // A post's login page says what was sent was not saved.
  expect(res.location).toBe(`/login?redirectTo=${encodeURIComponent(path)}${posted ? "&unsaved=1" : ""}`);
}

const ADD = { intent: "add", category: "service", regionCode: "330203", code: "SVC_SWIM", nameZh: "游泳课", nameEn: "Swimming lessons" };

async function item(code: string) {
  return t.db.selectFrom("fee_item_types").selectAll().where("code", "=", code).executeTakeFirst();
}

async function itemCount(): Promise<number> {
  const r = await t.db.selectFrom("fee_item_types").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow();
  return Number(r.n);
}

beforeAll(async () => {
  t = await createDemoDb();
  setDb(t.db);
  for (const username of ["kg006", "haishu.market", "haishu.edu", "haishu.ndrc", "jiangbei.edu", "admin"]) {
    cookies[username] = await sessionCookieFor(t.db, username);
  }
});

afterAll(async () => {
  await t?.destroy();
});

describe("refusals", () => {
  it("anonymous visitors are redirected to the login page and nothing is stored", async () => {
    expectLoginRedirect(await callRoute(catalogueRoute.loader, "/officer/catalogue"), "/officer/catalogue");
    const before = await itemCount();
    expectLoginRedirect(await callRoute(catalogueRoute.action, "/officer/catalogue", { form: withKey(ADD) }), "/officer/catalogue", true);
    expect(await itemCount()).toBe(before);
  });

  it("operators get 403 for reading and changing", async () => {
    expect((await callRoute(catalogueRoute.loader, "/officer/catalogue", { cookie: cookies.kg006 })).status).toBe(403);
    expect((await callRoute(catalogueRoute.action, "/officer/catalogue", { cookie: cookies.kg006, form: withKey(ADD) })).status).toBe(403);
  });

  it("market supervision reads (200) but adding, renaming and deactivating are 403", async () => {
    const cookie = cookies["haishu.market"];
    const read = await callRoute(catalogueRoute.loader, "/officer/catalogue", { cookie });
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ canManage: false });
    const before = await itemCount();
    expect((await callRoute(catalogueRoute.action, "/officer/catalogue", { cookie, form: withKey(ADD) })).status).toBe(403);
    expect(
      (await callRoute(catalogueRoute.action, "/officer/catalogue", { cookie, form: { intent: "deactivate", code: "SVC_MEAL" } })).status,
    ).toBe(403);
    expect((await callRoute(itemRoute.loader, "/officer/catalogue/SVC_MEAL", { cookie, params: { code: "SVC_MEAL" } })).status).toBe(403);
    expect(await itemCount()).toBe(before);
    expect((await item("SVC_MEAL"))?.active).toBe(1);
  });

  it("a district officer cannot change the city's items or the national categories", async () => {
    const cookie = cookies["haishu.edu"];
    const city = await callRoute(catalogueRoute.action, "/officer/catalogue", { cookie, form: { intent: "deactivate", code: "SVC_MEAL" } });
    expect(city).toMatchObject({ status: 404, body: { error: { key: "catalogue.notFound" } } });
    const national = await callRoute(catalogueRoute.action, "/officer/catalogue", { cookie, form: { intent: "deactivate", code: "CARE_EDU" } });
    expect(national).toMatchObject({ status: 403, body: { error: { key: "catalogue.national.readOnly" } } });
    const rename = await callRoute(itemRoute.action, "/officer/catalogue/CARE_EDU", {
      cookie,
      params: { code: "CARE_EDU" },
      form: { nameZh: "学费", nameEn: "Tuition" },
    });
    expect(rename.status).toBe(403);
    expect((await item("CARE_EDU"))?.name_zh).toBe("保教费");
  });
});

describe("an education officer of the district", () => {
  it("adds an item for their district (302), with field errors as 400", async () => {
    const cookie = cookies["haishu.edu"];
    const bad = await callRoute(catalogueRoute.action, "/officer/catalogue", { cookie, form: withKey({ ...ADD, code: "AGY_SWIM" }) });
    expect(bad.status).toBe(400);
    expect((bad.body as { result: { error: Record<string, string[]> } }).result.error.code).toEqual(["catalogue.code.prefix.service"]);
    const foreign = await callRoute(catalogueRoute.action, "/officer/catalogue", { cookie, form: withKey({ ...ADD, regionCode: "330205" }) });
    expect(foreign.status).toBe(400);
    expect((foreign.body as { result: { error: Record<string, string[]> } }).result.error.regionCode).toEqual(["catalogue.region.outOfScope"]);

    const form = withKey(ADD);
    const ok = await callRoute(catalogueRoute.action, "/officer/catalogue", { cookie, form });
    expect(ok).toMatchObject({ status: 302, location: "/officer/catalogue?added=SVC_SWIM" });
    expect(await item("SVC_SWIM")).toMatchObject({ region_code: "330203", active: 1, name_zh: "游泳课" });
    // The same submission again (its answer lost, or a double click): the same redirect, not "code taken", and nothing more stored.
    const count = await itemCount();
    const repeat = await callRoute(catalogueRoute.action, "/officer/catalogue", { cookie, form });
    expect(repeat).toMatchObject({ status: 302, location: "/officer/catalogue?added=SVC_SWIM" });
    expect(await itemCount()).toBe(count);
    const created = await t.db.selectFrom("audit_log").select("id").where("action", "=", "fee_item_type.create").where("entity_id", "=", "SVC_SWIM").execute();
    expect(created).toHaveLength(1);
    // A post without its key is refused with its own message, before anything is checked or stored.
    const keyless = await callRoute(catalogueRoute.action, "/officer/catalogue", { cookie, form: { ...ADD, code: "SVC_KEYLESS" } });
    expect(keyless.status).toBe(400);
    expect((keyless.body as { result: { error: Record<string, string[]> } }).result.error[""]).toEqual(["submission.key.invalid"]);
    expect(await item("SVC_KEYLESS")).toBeUndefined();

    const again = await callRoute(catalogueRoute.action, "/officer/catalogue", { cookie: cookies["jiangbei.edu"], form: withKey({ ...ADD, regionCode: "330205" }) });
    expect((again.body as { result: { error: Record<string, string[]> } }).result.error.code).toEqual(["catalogue.code.taken"]);
  });

  it("renames, deactivates and reactivates it; another district's officer cannot", async () => {
    const cookie = cookies["haishu.ndrc"];
    const page = await callRoute(itemRoute.loader, "/officer/catalogue/SVC_SWIM", { cookie, params: { code: "SVC_SWIM" } });
    expect(page.status).toBe(200);
    expect(
      (await callRoute(itemRoute.loader, "/officer/catalogue/SVC_SWIM", { cookie: cookies["jiangbei.edu"], params: { code: "SVC_SWIM" } })).status,
    ).toBe(404);

    const renamed = await callRoute(itemRoute.action, "/officer/catalogue/SVC_SWIM", {
      cookie,
      params: { code: "SVC_SWIM" },
      form: { nameZh: "游泳训练", nameEn: "Swimming training" },
    });
    expect(renamed).toMatchObject({ status: 302, location: "/officer/catalogue?renamed=SVC_SWIM" });
    expect((await item("SVC_SWIM"))?.name_zh).toBe("游泳训练");

    const foreign = await callRoute(catalogueRoute.action, "/officer/catalogue", {
      cookie: cookies["jiangbei.edu"],
      form: { intent: "deactivate", code: "SVC_SWIM" },
    });
    expect(foreign.status).toBe(404);

    const off = await callRoute(catalogueRoute.action, "/officer/catalogue", { cookie, form: { intent: "deactivate", code: "SVC_SWIM" } });
    expect(off).toMatchObject({ status: 302, location: "/officer/catalogue?deactivated=SVC_SWIM" });
    expect((await item("SVC_SWIM"))?.active).toBe(0);
    const on = await callRoute(catalogueRoute.action, "/officer/catalogue", { cookie, form: { intent: "reactivate", code: "SVC_SWIM" } });
    expect(on).toMatchObject({ status: 302, location: "/officer/catalogue?reactivated=SVC_SWIM" });
    expect((await item("SVC_SWIM"))?.active).toBe(1);

    const audit = await t.db.selectFrom("audit_log").select("action").where("entity_id", "=", "SVC_SWIM").orderBy("created_at").orderBy("id").execute();
    expect(audit.map((a) => a.action)).toEqual([
      "fee_item_type.create",
      "fee_item_type.rename",
      "fee_item_type.deactivate",
      "fee_item_type.reactivate",
    ]);
  });

  it("the page lists the national categories and the items that apply to the district", async () => {
    const res = await callRoute(catalogueRoute.loader, "/officer/catalogue", { cookie: cookies["haishu.edu"] });
    const body = res.body as {
      national: Array<{ code: string }>;
      service: Array<{ code: string; editable: boolean }>;
      agency: Array<{ code: string }>;
    };
    expect(body.national.map((i) => i.code).sort()).toEqual(["BOARDING", "CARE_EDU", "NURSERY"]);
    expect(body.service.find((i) => i.code === "SVC_SWIM")?.editable).toBe(true);
    expect(body.service.find((i) => i.code === "SVC_MEAL")?.editable).toBe(false);
    expect(body.agency.map((i) => i.code)).toEqual(expect.arrayContaining(["AGY_BEDDING", "AGY_INSURANCE", "AGY_CHECKUP"]));
  });
});
