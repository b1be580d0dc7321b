/**
 * The CSV import: a valid file becomes one draft batch; any bad row means
 * nothing is written, and every bad row is reported with the line a
 * spreadsheet shows (header = line 1) and its reasons.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ulid } from "ulid";
import type { DB } from "~/db/client";
import type { Actor } from "~/domain/users/actor";
import { importGuidanceCsv } from "~/domain/guidance-prices/guidance-price.service.server";
import { guidanceCsvTemplate } from "~/domain/guidance-prices/guidance-price.csv.server";
import { translate } from "~/i18n";
import { createOfficer, HAISHU, JIANGBEI, NINGBO, seedReferenceData } from "../factories/domain";
import { createTestDb, type TestDb } from "../setup/test-db";

let t: TestDb;
let db: DB;
let haishuEdu: Actor;
let ningboNdrc: Actor;
let haishuMarket: Actor;

const NOW = new Date("2026-06-01T02:00:00.000Z");
const HEADER = "region_code,nature,grade,age_band,category,base_price_yuan,max_float_percent,effective_from,effective_to,source_document";

function csv(...lines: string[]): string {
  return [HEADER, ...lines].join("\r\n") + "\r\n";
}

async function counts() {
  const [prices, batches, audit] = await Promise.all(
    (["guidance_prices", "guidance_price_batches", "audit_log"] as const).map((table) =>
      db.selectFrom(table).select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow(),
    ),
  );
  return { prices: Number(prices.n), batches: Number(batches.n), audit: Number(audit.n) };
}

beforeAll(async () => {
  t = await createTestDb();
  db = t.db;
  await seedReferenceData(db);
  haishuEdu = await createOfficer(db, "education", HAISHU);
  ningboNdrc = await createOfficer(db, "development_reform", NINGBO);
  haishuMarket = await createOfficer(db, "market", HAISHU);
});

afterAll(async () => {
  await t?.destroy();
});

beforeEach(async () => {
  await db.deleteFrom("guidance_prices").execute();
  await db.deleteFrom("guidance_price_batches").execute();
  await db.deleteFrom("audit_log").execute();
});

const VALID = [
  "330203,inclusive_private,class1,all,care_education,1030.00,10,2026-09-01,,海发改〔2026〕12号",
  "330203,inclusive_private,class1,nursery,care_education,1340,10,2026-09-01,,海发改〔2026〕12号",
  "330203,nonprofit_private,class1,all,care_education,1350.5,15.5,2026-09-01,2027-08-31,海发改〔2026〕12号",
  "330203,public,class1,all,care_education,600,0,2026/9/1,,海发改〔2026〕12号",
];

describe("a valid file", () => {
  it("creates one draft batch with one draft row per line, and an audit entry", async () => {
    const result = await importGuidanceCsv({ submissionKey: ulid(), db, actor: haishuEdu, file: csv(...VALID), fileName: "haishu.csv", now: NOW, requestId: "r" });
    expect(result).toMatchObject({ ok: true, rowCount: 4 });
    if (!result.ok) return;
    const batches = await db.selectFrom("guidance_price_batches").selectAll().execute();
    expect(batches).toHaveLength(1);
    expect(batches[0]).toMatchObject({ id: result.batchId, status: "draft", row_count: 4, region_code: HAISHU, source_document: "海发改〔2026〕12号" });
    const rows = await db.selectFrom("guidance_prices").selectAll().orderBy("base_price_fen").execute();
    expect(rows.map((r) => [r.nature, r.age_band, r.base_price_fen, r.max_float_bp, r.effective_from, r.effective_to, r.status, r.batch_id])).toEqual([
      ["public", "all", 60_000, 0, "2026-09-01", null, "draft", result.batchId],
      ["inclusive_private", "all", 103_000, 1000, "2026-09-01", null, "draft", result.batchId],
      ["inclusive_private", "nursery", 134_000, 1000, "2026-09-01", null, "draft", result.batchId],
      ["nonprofit_private", "all", 135_050, 1550, "2026-09-01", "2027-08-31", "draft", result.batchId],
    ]);
    const audit = await db.selectFrom("audit_log").selectAll().execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "guidance_batch.import", entity_id: result.batchId });
    expect(JSON.parse(audit[0].detail)).toMatchObject({ rows: 4, fileName: "haishu.csv", via: "csv" });
  });

  it("tolerates a UTF-8 BOM (Excel's “CSV UTF-8”), LF line ends, blank lines and columns in another order", async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(csv(VALID[0]))]);
    expect(await importGuidanceCsv({ submissionKey: ulid(), db, actor: haishuEdu, file: bytes, now: NOW })).toMatchObject({ ok: true, rowCount: 1 });

    const reordered = [
      "source_document,region_code,nature,grade,age_band,category,base_price_yuan,max_float_percent,effective_from,effective_to",
      "海发改〔2026〕12号,330203,inclusive_private,class2,all,care_education,900,10,2026-09-01,",
      "",
      "海发改〔2026〕12号,330203,inclusive_private,class2,all,boarding,200,10,2026-09-01,",
      "",
    ].join("\n");
    expect(await importGuidanceCsv({ submissionKey: ulid(), db, actor: haishuEdu, file: reordered, now: NOW })).toMatchObject({ ok: true, rowCount: 2 });
  });

  it("lets a city officer import city and district rows in one batch, placed at the city", async () => {
    const result = await importGuidanceCsv({
      submissionKey: ulid(),
      db,
      actor: ningboNdrc,
      file: csv(
        "330200,inclusive_private,class1,all,care_education,980,10,2026-09-01,,甬价费〔2026〕5号",
        "330205,inclusive_private,class1,all,care_education,990,10,2026-09-01,,甬价费〔2026〕5号",
      ),
      now: NOW,
    });
    expect(result.ok).toBe(true);
    const batch = await db.selectFrom("guidance_price_batches").select("region_code").executeTakeFirstOrThrow();
    expect(batch.region_code).toBe(NINGBO);
  });
});

describe("a file with bad rows", () => {
  it("reports exactly the bad lines with their reasons and creates nothing", async () => {
    const file = csv(
      VALID[0], // line 2
      "330203,inclusive_private,class1,all,care_education,1030.123,10,2026-09-01,,海发改〔2026〕12号", // line 3: 3 decimals
      VALID[1], // line 4
      "330203,inclusive_private,class2,all,care_education,900,150,2026-09-01,,海发改〔2026〕12号", // line 5: float > 100
      VALID[2], // line 6
      "330203,inclusive_private,class3,all,care_education,-5,10,2026-09-01,,海发改〔2026〕12号", // line 7: negative
    );
    const result = await importGuidanceCsv({ submissionKey: ulid(), db, actor: haishuEdu, file, now: NOW });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.kind).toBe("invalid");
    expect(result.formErrors).toEqual([]);
    expect(result.rowErrors).toEqual([
      { line: 3, messages: [{ column: "base_price_yuan", key: "guidance.basePrice.invalid", value: "1030.123" }] },
      { line: 5, messages: [{ column: "max_float_percent", key: "guidance.maxFloat.range", value: "150" }] },
      { line: 7, messages: [{ column: "base_price_yuan", key: "amount.negative", value: "-5" }] },
    ]);
    expect(await counts()).toEqual({ prices: 0, batches: 0, audit: 0 });
    // The reasons read as sentences in both languages.
    expect(translate("zh-CN", result.rowErrors[1].messages[0].key)).toBe("上浮比例须在 0 至 100 之间");
    expect(translate("en", result.rowErrors[1].messages[0].key)).toBe("The float must be between 0 and 100");
  });

  it("reports every problem of a row, dates in the wrong order, and a key repeated within the file", async () => {
    const result = await importGuidanceCsv({
      submissionKey: ulid(),
      db,
      actor: haishuEdu,
      file: csv(
        "33020,private,gold,baby,tuition,abc,x,2026-13-01,,", // line 2: everything wrong
        "330203,inclusive_private,class1,all,care_education,1000,10,2026-09-01,2026-08-31,doc", // line 3: end before start
        VALID[0], // line 4
        VALID[0].replace("1030.00", "1000"), // line 5: same key as line 4
      ),
      now: NOW,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.rowErrors.map((e) => e.line)).toEqual([2, 3, 5]);
    expect(result.rowErrors[0].messages.map((m) => `${m.column}:${m.key}`)).toEqual([
      "region_code:guidance.region.invalid",
      "nature:guidance.nature.invalid",
      "grade:guidance.grade.invalid",
      "age_band:guidance.ageBand.invalid",
      "category:guidance.category.invalid",
      "base_price_yuan:guidance.basePrice.invalid",
      "max_float_percent:guidance.maxFloat.invalid",
      "effective_from:form.date.invalid",
      "source_document:form.required",
    ]);
    expect(result.rowErrors[1].messages).toEqual([{ column: "effective_to", key: "guidance.effectiveTo.beforeFrom", value: "2026-08-31" }]);
    expect(result.rowErrors[2].messages).toEqual([{ key: "guidance.csv.duplicateOf", vars: { line: 4 } }]);
    expect(await counts()).toEqual({ prices: 0, batches: 0, audit: 0 });
  });

  it("quotes a bad date as the file writes it, so it can be found there", async () => {
    const result = await importGuidanceCsv({
      submissionKey: ulid(),
      db,
      actor: haishuEdu,
      file: csv(
        "330203,inclusive_private,class1,all,care_education,1000,10,2027/13/01,,doc", // line 2: month 13
        "330203,inclusive_private,class2,all,care_education,1000,10,2026/9/1,2026/8/31,doc", // line 3: end before start
      ),
      now: NOW,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.rowErrors).toEqual([
      { line: 2, messages: [{ column: "effective_from", key: "form.date.invalid", value: "2027/13/01" }] },
      { line: 3, messages: [{ column: "effective_to", key: "guidance.effectiveTo.beforeFrom", value: "2026/8/31" }] },
    ]);
  });

  it("a district officer's rows for another district or the city are reported, not imported", async () => {
    const result = await importGuidanceCsv({
      submissionKey: ulid(),
      db,
      actor: haishuEdu,
      file: csv(
        VALID[0],
        "330205,inclusive_private,class1,all,care_education,990,10,2026-09-01,,甬价费〔2026〕5号",
        "330200,inclusive_private,class1,all,care_education,990,10,2026-09-01,,甬价费〔2026〕5号",
        "330299,inclusive_private,class1,all,care_education,990,10,2026-09-01,,甬价费〔2026〕5号",
      ),
      now: NOW,
    });
    expect(result).toMatchObject({
      ok: false,
      kind: "invalid",
      rowErrors: [
        { line: 3, messages: [{ column: "region_code", key: "guidance.region.outOfScope", value: JIANGBEI }] },
        { line: 4, messages: [{ column: "region_code", key: "guidance.region.outOfScope", value: NINGBO }] },
        { line: 5, messages: [{ column: "region_code", key: "guidance.region.unknown", value: "330299" }] },
      ],
    });
    expect(await counts()).toEqual({ prices: 0, batches: 0, audit: 0 });
  });

  it("reports a row's region outside the district with its other errors, not on a second upload", async () => {
    const result = await importGuidanceCsv({
      submissionKey: ulid(),
      db,
      actor: haishuEdu,
      file: csv(VALID[0], "330205,inclusive_private,class1,all,care_education,-5,10,2026-09-01,,甬价费〔2026〕5号"),
      now: NOW,
    });
    expect(result).toMatchObject({ ok: false, kind: "invalid" });
    if (result.ok) return;
    expect(result.rowErrors).toHaveLength(1);
    expect(result.rowErrors[0].line).toBe(3);
    expect(result.rowErrors[0].messages.map((m) => m.column).sort()).toEqual(["base_price_yuan", "region_code"]);
    expect(result.rowErrors[0].messages).toContainEqual({ column: "region_code", key: "guidance.region.outOfScope", value: JIANGBEI });
    expect(await counts()).toEqual({ prices: 0, batches: 0, audit: 0 });
  });

  it("counts lines as a spreadsheet does: a quoted cell spanning two text lines is one line", async () => {
    const result = await importGuidanceCsv({
      submissionKey: ulid(),
      db,
      actor: haishuEdu,
      file: csv(
        '330203,inclusive_private,class1,all,care_education,1030,10,2026-09-01,,"海发改〔2026〕12号\n（附件一）"',
        "330203,inclusive_private,class2,all,care_education,zero,10,2026-09-01,,doc",
        "330203,inclusive_private,class3,all,care_education,800,10,2026-09-01",
      ),
      now: NOW,
    });
    expect(result).toMatchObject({
      ok: false,
      rowErrors: [
        { line: 3, messages: [{ column: "base_price_yuan", key: "guidance.basePrice.invalid" }] },
        { line: 4, messages: [{ key: "csv.fieldCount", vars: { expected: 10, actual: 8 } }] },
      ],
    });
  });
});

describe("a malformed file", () => {
  it("a wrong header names the missing and unknown columns", async () => {
    const file = ["region,nature,grade,age_band,category,base_price,max_float_percent,effective_from,effective_to,source_document", VALID[0]].join("\n");
    const result = await importGuidanceCsv({ submissionKey: ulid(), db, actor: haishuEdu, file, now: NOW });
    expect(result).toMatchObject({
      ok: false,
      kind: "invalid",
      rowErrors: [],
      formErrors: [
        { key: "csv.header.missing", vars: { columns: "region_code, base_price_yuan" } },
        { key: "csv.header.unknown", vars: { columns: "region, base_price" } },
        { key: "csv.header.expected" },
      ],
    });
    expect(await counts()).toEqual({ prices: 0, batches: 0, audit: 0 });
  });

  it("unbalanced quotes are reported with their line", async () => {
    const result = await importGuidanceCsv({
      submissionKey: ulid(),
      db,
      actor: haishuEdu,
      file: csv(VALID[0], '330203,inclusive_private,class1,nursery,care_education,1340,10,2026-09-01,,"海发改〔2026〕12号', VALID[2]),
      now: NOW,
    });
    expect(result).toMatchObject({ ok: false, kind: "invalid", formErrors: [{ key: "csv.quotes", vars: { lines: "3" } }] });
    expect(await counts()).toEqual({ prices: 0, batches: 0, audit: 0 });
  });

  it("a file that is not UTF-8 (GBK from an old Excel), empty, or header-only is refused with a clear message", async () => {
    const gbk = new Uint8Array([...new TextEncoder().encode(`${HEADER}\n330203,public,class1,all,care_education,600,0,2026-09-01,,`), 0xba, 0xa3, 0xb7, 0xa2, 0x0a]);
    expect(await importGuidanceCsv({ submissionKey: ulid(), db, actor: haishuEdu, file: gbk, now: NOW })).toMatchObject({ ok: false, formErrors: [{ key: "csv.notUtf8" }] });
    expect(await importGuidanceCsv({ submissionKey: ulid(), db, actor: haishuEdu, file: "", now: NOW })).toMatchObject({ ok: false, formErrors: [{ key: "csv.empty" }] });
    expect(await importGuidanceCsv({ submissionKey: ulid(), db, actor: haishuEdu, file: `${HEADER}\r\n`, now: NOW })).toMatchObject({
      ok: false,
      formErrors: [{ key: "csv.noRows" }],
    });
  });
});

describe("refusals and the template", () => {
  it("market supervision may not import", async () => {
    expect(await importGuidanceCsv({ submissionKey: ulid(), db, actor: haishuMarket, file: csv(VALID[0]), now: NOW })).toMatchObject({ ok: false, kind: "forbidden" });
    expect(await counts()).toEqual({ prices: 0, batches: 0, audit: 0 });
  });

  it("the downloadable template imports as it is (for an officer of its region)", async () => {
    const template = guidanceCsvTemplate();
    expect(template.startsWith(`\uFEFF${HEADER}\r\n`)).toBe(true);
    expect(await importGuidanceCsv({ submissionKey: ulid(), db, actor: haishuEdu, file: template, now: NOW })).toMatchObject({ ok: true, rowCount: 2 });
  });
});
