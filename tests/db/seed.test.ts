import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validateUscc, usccPrefixForNature } from "~/domain/kindergartens/uscc";
import { searchKindergartens } from "~/domain/disclosure/kindergarten-search.queries.server";
import { registryHistory } from "~/domain/registry/registry.queries.server";
import { loadRegionDirectory, NATIONAL_REGIONS } from "~/domain/regions/region-directory-load.server";
import { toActor } from "~/domain/users/auth.server";
import { verifyPassword } from "~/domain/users/password.server";
import type { DB } from "~/db/client";
import type { Database, FeeFiling, FeeItem, GuidancePrice, Kindergarten } from "~/db/schema";
import { DEMO_CASE_STORIES, DEMO_REGISTRY_CHANGE } from "~/db/demo-data";
import { DEMO_PASSWORD, NEXT_TERM_KG, seedDemo, type SeedResult } from "~/db/seed";
import { createTestDb, TEST_DIALECT, type TestDb } from "../setup/test-db";

const NOW = new Date("2026-11-30T02:00:00.000Z");
const TABLES: Array<keyof Database> = [
  "regions",
  "kindergartens",
  "users",
  "bank_accounts",
  "guidance_prices",
  "fee_item_types",
  "fee_filings",
  "fee_items",
  "outbox",
];

async function countRows(db: DB): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of TABLES) {
    const row = await db.selectFrom(t).select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow();
    out[t] = Number(row.n);
  }
  return out;
}

function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}

describe("seedDemo", () => {
  let t: TestDb;
  let first: SeedResult;
  let seedCpuMs = 0;
  let kgs: Kindergarten[];
  let filings: FeeFiling[];
  let items: FeeItem[];

  beforeAll(async () => {
    t = await createTestDb();
    // CPU time, not wall time: another test file on the other core must not fail this one.
    const started = process.cpuUsage();
    first = await seedDemo(t.db, { now: NOW });
    const spent = process.cpuUsage(started);
    seedCpuMs = (spent.user + spent.system) / 1000;
    kgs = await t.db.selectFrom("kindergartens").selectAll().orderBy("id").execute();
    filings = await t.db.selectFrom("fee_filings").selectAll().orderBy("kindergarten_id").orderBy("version").execute();
    items = await t.db.selectFrom("fee_items").selectAll().execute();
  }, 60_000);

  afterAll(async () => {
    await t?.destroy();
  });

  it("reports that it seeded, quickly", () => {
    expect(first.seeded).toBe(true);
    if (TEST_DIALECT === "sqlite") expect(seedCpuMs).toBeLessThan(5_000); // target < 2 s
  });

  it("creates the region tree 浙江省 → 宁波市 → districts", async () => {
    const regions = await t.db.selectFrom("regions").selectAll().execute();
    const byCode = new Map(regions.map((r) => [r.code, r]));
    expect(byCode.get("330000")).toMatchObject({ name: "浙江省", level: "province", parent_code: null });
    expect(byCode.get("330200")).toMatchObject({ name: "宁波市", level: "city", parent_code: "330000" });
    const districts = regions.filter((r) => r.level === "district");
    expect(districts.length).toBeGreaterThanOrEqual(4);
    for (const d of districts) {
      expect(d.parent_code).toBe("330200");
      expect(d.code).toMatch(/^3302\d\d$/);
    }
    expect(byCode.get("330203")?.name).toBe("海曙区");
  });

  it("creates at least 32 active kindergartens of every nature with valid USCCs", () => {
    expect(kgs.length).toBeGreaterThanOrEqual(32);
    expect(new Set(kgs.map((k) => k.nature))).toEqual(
      new Set(["public", "inclusive_private", "nonprofit_private", "forprofit_private"]),
    );
    expect(new Set(kgs.map((k) => k.uscc)).size).toBe(kgs.length);
    for (const k of kgs) {
      expect(validateUscc(k.uscc), k.uscc).toEqual({ ok: true, orgCodeCheckOk: true });
      expect(k.uscc.slice(0, 2)).toBe(usccPrefixForNature(k.nature));
      expect(k.uscc.slice(2, 8)).toBe(k.region_code);
      expect(k.status).toBe("active");
      expect(k.approved_name).toMatch(/幼儿园/);
      expect(k.address).toMatch(/^宁波市/);
    }
    // Spread over at least four districts, and some brand names differ from the registered name.
    expect(new Set(kgs.map((k) => k.region_code)).size).toBeGreaterThanOrEqual(4);
    expect(kgs.some((k) => k.name_in_use !== k.approved_name)).toBe(true);
  });

  it("files fee accounts in every state: one in force per kindergarten but one, a replacement with history, one pending per district, one returned", async () => {
    const accounts = await t.db.selectFrom("bank_accounts").selectAll().execute();
    const today = "2026-11-30";
    const inForce = (a: (typeof accounts)[number]) => a.status === "approved" && a.effective_from <= today && (a.effective_to === null || a.effective_to >= today);
    const withoutAccount = kgs.filter((k) => !accounts.some((a) => a.kindergarten_id === k.id));
    expect(withoutAccount.map((k) => k.nature)).toEqual(["forprofit_private"]);
    for (const k of kgs.filter((k) => !withoutAccount.includes(k))) {
      const active = accounts.filter((a) => a.kindergarten_id === k.id && inForce(a));
      expect(active, k.approved_name).toHaveLength(1);
      expect(active[0].account_number).toMatch(/^\d{8,30}$/);
      expect(active[0].branch_name).toMatch(/支行$/);
    }
    const ended = accounts.filter((a) => a.status === "approved" && a.effective_to !== null);
    expect(ended).toHaveLength(1);
    const replacement = accounts.find((a) => a.kindergarten_id === ended[0].kindergarten_id && a.effective_from === "2026-09-01")!;
    expect(replacement.reviewed_by).not.toBeNull();
    const pending = accounts.filter((a) => a.status === "pending");
    const regionOf = new Map(kgs.map((k) => [k.id, k.region_code]));
    expect(new Set(pending.map((a) => regionOf.get(a.kindergarten_id))).size).toBe(2);
    const returned = accounts.filter((a) => a.status === "returned");
    expect(returned).toHaveLength(1);
    expect(returned[0].review_note).toMatch(/账户名称/);
    // Judged by the account rules as a filing is: its name is not the kindergarten's, so A01 fired on it (the
    // operator's and the officers' "rule flags" column); the pending filings, named right, were judged and passed.
    const flags = await t.db.selectFrom("account_flags").select(["account_id", "rule_id"]).where("account_id", "is not", null).execute();
    expect(flags).toEqual([{ account_id: returned[0].id, rule_id: "A01" }]);
    for (const a of [...pending, ...returned]) expect(JSON.parse(a.evaluated_rules), a.id).toContain("A01@3");
    const mismatched = accounts.filter((a) => inForce(a) && a.account_name !== kgs.find((k) => k.id === a.kindergarten_id)!.approved_name);
    expect(mismatched.length).toBeGreaterThan(0);
    expect(mismatched.length).toBeLessThanOrEqual(3);
  });

  it("creates the national and Ningbo fee catalogue", async () => {
    const types = await t.db.selectFrom("fee_item_types").selectAll().execute();
    const byCode = new Map(types.map((x) => [x.code, x]));
    expect(byCode.get("CARE_EDU")).toMatchObject({ category: "care_education", name_zh: "保教费", region_code: null });
    expect(byCode.get("BOARDING")).toMatchObject({ category: "boarding", region_code: null });
    expect(byCode.get("NURSERY")).toMatchObject({ category: "nursery", region_code: null });
    for (const code of ["SVC_MEAL", "SVC_BUS", "SVC_AFTERCARE"]) {
      expect(byCode.get(code)).toMatchObject({ category: "service", region_code: "330200" });
    }
    for (const code of ["AGY_BEDDING", "AGY_INSURANCE", "AGY_CHECKUP"]) {
      expect(byCode.get(code)).toMatchObject({ category: "agency", region_code: "330200" });
    }
  });

  it("covers every guided kindergarten with a guidance price (district, else city), and public rates for the free final year", async () => {
    const prices = await t.db.selectFrom("guidance_prices").selectAll().execute();
    const publicRates = prices.filter((p) => p.nature === "public");
    expect(publicRates.length).toBeGreaterThan(0);
    expect(publicRates.every((p) => p.category === "care_education" && p.age_band === "all")).toBe(true);
    for (const p of prices) {
      expect(["public", "inclusive_private", "nonprofit_private"]).toContain(p.nature);
      expect(p.max_float_bp).toBe(1000);
      expect(p.effective_from).toBe("2025-09-01");
      expect(Number.isInteger(p.base_price_fen)).toBe(true);
      expect(p.source_document).toMatch(/〔2025〕\d+号$/);
    }
    expect(prices.some((p) => p.region_code === "330200")).toBe(true);
    expect(prices.some((p) => p.region_code !== "330200")).toBe(true);
    expect(prices.some((p) => p.age_band === "nursery")).toBe(true);
    expect(prices.some((p) => p.category === "boarding")).toBe(true);
    for (const k of kgs.filter((k) => k.nature === "inclusive_private" || k.nature === "nonprofit_private")) {
      expect(guidance(prices, k, "care_education", "all"), k.approved_name).toBeDefined();
    }
  });

  it("creates officers per district and agency, a city officer, an admin and one operator per kindergarten", async () => {
    const users = await t.db.selectFrom("users").selectAll().execute();
    expect(users.filter((u) => u.role === "admin")).toHaveLength(1);
    const officers = users.filter((u) => u.role === "officer");
    const perDistrict = new Map<string, Set<string>>();
    for (const o of officers) {
      if (!o.region_code || o.region_code === "330200") continue;
      perDistrict.set(o.region_code, (perDistrict.get(o.region_code) ?? new Set()).add(o.agency!));
    }
    const complete = [...perDistrict.values()].filter((s) => s.size === 3);
    expect(complete.length).toBeGreaterThanOrEqual(3);
    expect(users.find((u) => u.username === "haishu.ndrc")).toMatchObject({
      role: "officer",
      agency: "development_reform",
      region_code: "330203",
    });
    expect(users.find((u) => u.username === "ningbo.market")).toMatchObject({ agency: "market", region_code: "330200" });

    const operators = users.filter((u) => u.role === "operator");
    expect(operators).toHaveLength(kgs.length);
    expect(new Set(operators.map((o) => o.kindergarten_id))).toEqual(new Set(kgs.map((k) => k.id)));
    expect(users.find((u) => u.username === "kg001")?.kindergarten_id).toBeTruthy();

    // One shared hash, and it is the demo password.
    expect(new Set(users.map((u) => u.password_hash)).size).toBe(1);
    expect(await verifyPassword(users[0].password_hash, DEMO_PASSWORD)).toBe(true);
  });

  it("returns demo accounts that exist", async () => {
    const users = await t.db.selectFrom("users").select(["username", "role"]).execute();
    const roles = new Map(users.map((u) => [u.username, u.role]));
    expect(first.accounts.map((a) => a.username)).toEqual(
      expect.arrayContaining(["admin", "haishu.market", "haishu.edu", "haishu.ndrc", "jiangbei.market", "ningbo.market"]),
    );
    expect(first.accounts.filter((a) => a.role === "operator")).toHaveLength(3);
    for (const a of first.accounts) {
      expect(roles.get(a.username), a.username).toBe(a.role);
      expect(a.password).toBe(DEMO_PASSWORD);
      expect(a.description.length).toBeGreaterThan(0);
    }
  });

  it("creates 1–3 chained, submitted filings per kindergarten", async () => {
    const storyKindergartens = new Set(
      (await t.db.selectFrom("users").select("kindergarten_id").where("username", "in", DEMO_CASE_STORIES.map((s) => s.kg)).execute()).map((u) => u.kindergarten_id),
    );
    const operatorOf = new Map(
      (await t.db.selectFrom("users").select(["id", "kindergarten_id"]).where("role", "=", "operator").execute()).map(
        (u) => [u.kindergarten_id, u.id],
      ),
    );
    const nextTermKg = (await t.db.selectFrom("users").select("kindergarten_id").where("username", "=", NEXT_TERM_KG).executeTakeFirstOrThrow()).kindergarten_id;
    for (const k of kgs) {
      const mine = filings.filter((f) => f.kindergarten_id === k.id);
      expect(mine.length).toBeGreaterThanOrEqual(1);
      expect(mine.length).toBeLessThanOrEqual(3);
      mine.forEach((f, i) => {
        expect(f.version).toBe(i + 1);
        expect(f.previous_filing_id).toBe(i === 0 ? null : mine[i - 1].id);
        // Only the case stories' kindergartens are evaluated by the seed; the runner evaluates the rest on first start.
        if (!storyKindergartens.has(k.id)) {
          expect(f.status).toBe("submitted");
          expect(f.evaluated_at).toBeNull();
        }
        expect(f.submitted_by).toBe(operatorOf.get(k.id));
        expect(f.term).toMatch(/^\d{4}-(spring|autumn)$/);
        // The demo's terms, and the next term's schedule one kindergarten announced on the seed's day (2027 spring).
        expect(["2025-09-01", "2026-03-01", "2026-09-01", ...(k.id === nextTermKg ? ["2027-03-01"] : [])]).toContain(f.effective_from);
        expect(daysBetween(f.published_on, f.effective_from)).toBeGreaterThanOrEqual(60);
        if (i > 0) expect(f.effective_from > mine[i - 1].effective_from).toBe(true);
      });
    }
  });

  it("works inspection cases into every state and decision, some overdue and escalated, through the domain", async () => {
    const cases = await t.db.selectFrom("inspection_cases").select(["status", "decision_kind", "due_state", "escalated_at", "reopened_on", "assigned_to"]).execute();
    expect(new Set(cases.map((c) => c.status))).toEqual(new Set(["open", "in_progress", "awaiting_answer", "answered", "decided", "closed"]));
    const decided = await t.db.selectFrom("case_events").select("payload").where("kind", "=", "decided").execute();
    expect(new Set(decided.map((e) => JSON.parse(e.payload).kind))).toEqual(
      new Set(["no_violation", "minor_corrected", "rectification_ordered", "refund_ordered", "penalty", "referred"]),
    );
    expect(cases.some((c) => c.due_state === "overdue" && c.escalated_at !== null)).toBe(true);
    // The unproven rectification order reopened by the sweep.
    expect(cases.some((c) => c.reopened_on !== null && c.status === "in_progress")).toBe(true);
    expect(await t.db.selectFrom("case_answers").select("id").execute()).toHaveLength(2);
  });

  it("files integer-fen items with 保教费 first in every filing", () => {
    for (const f of filings) {
      const mine = items.filter((x) => x.filing_id === f.id).sort((a, b) => a.position - b.position);
      expect(mine[0]).toMatchObject({ code: "CARE_EDU", category: "care_education", unit: "month" });
      // In order without gaps: the seed's own rows count from 1, the filing service's (the next term's) from 0.
      expect(mine.map((x) => x.position)).toEqual(mine.map((_, i) => mine[0].position + i));
      expect(mine.some((x) => x.category === "agency")).toBe(true);
      for (const x of mine) {
        expect(Number.isInteger(x.amount_fen)).toBe(true);
        expect(x.amount_fen).toBeGreaterThan(0);
      }
    }
  });

  it("marks only service and 代收 items as the parents' choice: 保教费, 保育费 and 住宿费 never are", () => {
    const byCategory = (optIn: boolean) => items.filter((x) => ["service", "agency"].includes(x.category) === optIn);
    expect(byCategory(false).filter((x) => x.voluntary !== 0)).toEqual([]);
    expect(new Set(byCategory(false).map((x) => x.category))).toEqual(new Set(["care_education", "boarding", "nursery"]));
    expect(byCategory(true).every((x) => x.voluntary === 1)).toBe(true);
  });

  it("has the intended story lines: at/over the cap, and for-profit increases of every size", async () => {
    const prices = await t.db.selectFrom("guidance_prices").selectAll().execute();
    const latestCare = (k: Kindergarten, back = 0) => {
      const mine = filings.filter((f) => f.kindergarten_id === k.id);
      const f = mine[mine.length - 1 - back];
      return f && items.find((x) => x.filing_id === f.id && x.code === "CARE_EDU" && x.age_band === "all")!.amount_fen;
    };
    const ratios = kgs
      .filter((k) => k.nature === "inclusive_private" || k.nature === "nonprofit_private")
      .map((k) => {
        const g = guidance(prices, k, "care_education", "all")!;
        return latestCare(k) / ((g.base_price_fen * (10_000 + g.max_float_bp)) / 10_000);
      });
    expect(ratios.filter((r) => r === 1).length).toBeGreaterThanOrEqual(3);
    const over = ratios.filter((r) => r > 1);
    expect(over.length).toBeGreaterThanOrEqual(3);
    for (const r of over) expect(r).toBeLessThanOrEqual(1.15);

    const increases = kgs
      .filter((k) => k.nature === "forprofit_private" && latestCare(k, 1) !== undefined)
      .map((k) => latestCare(k) / latestCare(k, 1) - 1);
    expect(increases.some((x) => x > 0 && x < 0.1)).toBe(true);
    expect(increases.some((x) => x >= 0.1 && x < 0.2)).toBe(true);
    expect(increases.some((x) => x >= 0.2)).toBe(true);
  });

  it("enqueues exactly one filing.submitted outbox row per filing", async () => {
    // The demo complaints' triage rows (complaint.received) are the intake's, counted below.
    const rows = await t.db.selectFrom("outbox").selectAll().where("topic", "=", "filing.submitted").execute();
    expect(rows).toHaveLength(filings.length);
    expect(new Set(rows.map((r) => JSON.parse(r.payload).filingId))).toEqual(new Set(filings.map((f) => f.id)));
    for (const r of rows) {
      expect(r.available_at).toBe(NOW.toISOString());
      expect(r.processed_at).toBeNull();
    }
  });

  it("seeds complaints and reports in every state, both tracks, some overdue, with replies, through the domain", async () => {
    const rows = await t.db.selectFrom("complaints").selectAll().execute();
    const statuses = new Set(rows.map((r) => r.status));
    for (const s of ["received", "accepted", "mediating", "mediation_ended", "rejected", "case_opened", "no_case", "closed"]) expect(statuses).toContain(s);
    expect(new Set(rows.map((r) => r.track))).toEqual(new Set(["complaint", "report"]));
    expect(rows.filter((r) => r.due_state === "overdue").length).toBeGreaterThanOrEqual(2);
    expect(rows.some((r) => r.due_state === "due_soon")).toBe(true);
    expect(rows.some((r) => r.mediation_outcome === "expired")).toBe(true);
    // Two complaints about one kindergarten's charge share one inspection case.
    const linked = rows.filter((r) => r.case_id);
    expect(linked.length).toBeGreaterThanOrEqual(2);
    expect(new Set(linked.map((r) => r.case_id)).size).toBeLessThan(linked.length);
    const replies = await t.db.selectFrom("complaint_events").select(["payload"]).where("public", "=", 1).execute();
    expect(replies.filter((e) => JSON.parse(e.payload).publicText).length).toBeGreaterThanOrEqual(4);
    const triage = await t.db.selectFrom("outbox").select("id").where("topic", "=", "complaint.received").execute();
    expect(triage).toHaveLength(rows.length);
  });

  it("changes one kindergarten's name in use through the registry, dated back, with its reason on the history and nothing to judge again", async () => {
    const kg = await t.db.selectFrom("users").select("kindergarten_id").where("username", "=", DEMO_REGISTRY_CHANGE.kg).executeTakeFirstOrThrow();
    const stored = kgs.find((k) => k.id === kg.kindergarten_id)!;
    expect(stored).toMatchObject({ approved_name: "宁波市海曙区博雅幼儿园", name_in_use: "博雅启明幼儿园", updated_at: "2026-11-02T02:00:00.000Z" });
    const officer = await t.db.selectFrom("users").selectAll().where("username", "=", "haishu.edu").executeTakeFirstOrThrow();
    const history = await registryHistory(t.db, toActor(officer), stored.id);
    expect(history?.changes).toEqual([
      {
        at: "2026-11-02T02:00:00.000Z",
        who: officer.display_name,
        kind: "changed",
        via: "form",
        reason: DEMO_REGISTRY_CHANGE.reason,
        // A form's change names no imported file.
        fileName: null,
        fields: [{ field: "nameInUse", from: "宁波市海曙区博雅幼儿园", to: "博雅启明幼儿园" }],
      },
    ]);
    // Parents find it under the new name (the search's index was written with the change).
    const found = await searchKindergartens(t.db, { q: "启明" });
    expect(found.ok && found.hits.map((k) => k.id)).toEqual([stored.id]);
    // No rule reads the name in use: no re-evaluation is queued.
    expect(await t.db.selectFrom("outbox").select("id").where("topic", "=", "kindergarten.changed").execute()).toEqual([]);
  });

  it("is a no-op the second time, but still returns the accounts", async () => {
    const before = await countRows(t.db);
    const again = await seedDemo(t.db, { now: NOW });
    expect(again.seeded).toBe(false);
    expect(again.accounts).toEqual(first.accounts);
    expect(await countRows(t.db)).toEqual(before);
  });

  it("seeds a database whose national region directory was loaded first (regions alone are not use)", async () => {
    const other = await createTestDb();
    try {
      const loaded = await loadRegionDirectory(other.db, NATIONAL_REGIONS.rows(), { source: NATIONAL_REGIONS.source, province: "33" });
      expect(loaded.ok).toBe(true);
      expect((await seedDemo(other.db, { now: NOW })).seeded).toBe(true);
      expect(await other.db.selectFrom("users").select("id").where("username", "=", "haishu.edu").execute()).toHaveLength(1);
      // The directory's regions are kept beside the demo's (the same codes for 宁波).
      expect((await other.db.selectFrom("regions").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n).toBeGreaterThan(90);
    } finally {
      await other.destroy();
    }
  }, 60_000);

  it("is deterministic: a fresh database gets the same codes, ids and amounts", async () => {
    const other = await createTestDb();
    try {
      await seedDemo(other.db, { now: NOW });
      const snapshot = async (db: DB) => ({
        kgs: await db.selectFrom("kindergartens").select(["id", "uscc", "approved_name"]).orderBy("id").execute(),
        accounts: await db.selectFrom("bank_accounts").select(["id", "account_number"]).orderBy("id").execute(),
        // The rows the seed writes itself; the next term's schedule is filed through the service, which draws its own
        // ids (as the complaints' and the cases'): its amounts are the same.
        items: await db
          .selectFrom("fee_items as i")
          .innerJoin("fee_filings as f", "f.id", "i.filing_id")
          .select(["i.id", "i.filing_id", "i.amount_fen"])
          .where("f.submitted_at", "<", NOW.toISOString())
          .orderBy("i.id")
          .execute(),
        nextTerm: await db
          .selectFrom("fee_items as i")
          .innerJoin("fee_filings as f", "f.id", "i.filing_id")
          .select(["i.code", "i.age_band", "i.amount_fen"])
          .where("f.submitted_at", ">=", NOW.toISOString())
          .orderBy("i.position")
          .execute(),
      });
      expect(await snapshot(other.db)).toEqual(await snapshot(t.db));
    } finally {
      await other.destroy();
    }
  }, 60_000);
});

function guidance(
  prices: GuidancePrice[],
  k: Kindergarten,
  category: string,
  ageBand: string,
): GuidancePrice | undefined {
  const match = (region: string) =>
    prices.find(
      (p) =>
        p.region_code === region &&
        p.nature === k.nature &&
        p.grade === k.grade &&
        p.category === category &&
        p.age_band === ageBand,
    );
  return match(k.region_code) ?? match("330200");
}
