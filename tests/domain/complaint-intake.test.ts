/**
 * Receiving a parent's complaint or report (submitComplaint) and looking it
 * up (trackComplaint), on SQLite and (TEST_DB=pg) Postgres: what is stored,
 * the receipt, a repeated form, and every field's bad values answered with a
 * message on that field while nothing is stored: no complaint row, no
 * evidence row, no file in the store or the staging folder. Photos lose their
 * EXIF block (GPS position) before they are stored.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { ulid } from "ulid";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { submitComplaint, type SubmitComplaintArgs } from "~/domain/complaints/complaint-intake.server";
import { trackComplaint } from "~/domain/complaints/complaint-tracking.server";
import { CHARGED_TOO_LARGE, NARRATIVE_MAX, narrativeLength } from "~/domain/complaints/complaint.schema";
import { localDirectoryStore, type EvidenceStore } from "~/domain/evidence/evidence-store.server";
import { stageEvidence, type StagingOutcome } from "~/domain/evidence/evidence-staging.server";
import { createKindergarten, HAISHU, seedReferenceData } from "../factories/domain";
import { createTestDb, type TestDb } from "../setup/test-db";

/** 2026-11-30 12:00 in Shanghai. */
const NOW = new Date("2026-11-30T04:00:00Z");
const TODAY = "2026-11-30";

let t: TestDb;
let kindergartenId: string;
let closedId: string;
let dir: string;
let store: EvidenceStore;
let staging: string;

beforeAll(async () => {
  t = await createTestDb();
  await seedReferenceData(t.db);
  kindergartenId = (await createKindergarten(t.db, { name: "宁波市海曙区春芽幼儿园", region_code: HAISHU })).id;
  closedId = (await createKindergarten(t.db, { name: "宁波市海曙区已关闭幼儿园", status: "closed" })).id;
});

afterAll(async () => {
  await t?.destroy();
});

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "complaint-intake-"));
  store = localDirectoryStore(path.join(dir, "store"));
  staging = path.join(dir, "staging");
  return () => fs.rmSync(dir, { recursive: true, force: true });
});

function complaintForm(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    kindergartenId,
    track: "complaint",
    kind: "above_filed",
    items: [{ name: "保教费", amount: "3,200", unit: "month" }],
    paidOn: "2026-09-01",
    learnedOn: "2026-09-01",
    accountPaidInto: "",
    narrative: "九月保教费收了3200元，公示的是2800元，多收了400元。请求退还多收部分。",
    contactName: "张女士",
    contactPhone: "138 0013 8000",
    contactAddress: "宁波市海曙区某路1号",
    shareContact: "on",
    ...over,
  };
}

function submit(input: unknown, extra: Partial<SubmitComplaintArgs> = {}) {
  return submitComplaint({ db: t.db, store, input, files: [], extraFiles: 0, intakeKey: ulid(), honeypot: null, now: NOW, ...extra });
}

async function* chunksOf(bytes: Buffer, size = 64 * 1024): AsyncIterable<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function* zeros(megabytes: number): AsyncIterable<Uint8Array> {
  const chunk = Buffer.alloc(1024 * 1024);
  for (let i = 0; i < megabytes; i++) yield chunk;
}

const stage = (name: string, chunks: AsyncIterable<Uint8Array>) => stageEvidence(staging, name, chunks);

/** A phone photo: a JPEG carrying an EXIF block with a GPS position and the camera. */
async function photoWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 64, height: 48, channels: 3, background: "#c83" } })
    .jpeg()
    .withExif({
      IFD0: { Make: "PhoneMaker", Model: "Phone 12", Copyright: "parent" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "29/1 52/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "121/1 33/1 0/1" },
    })
    .toBuffer();
}

async function counts() {
  const n = async (table: "complaints" | "complaint_items" | "complaint_evidence" | "complaint_events" | "evidence_files" | "outbox" | "audit_log") =>
    Number((await t.db.selectFrom(table).select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);
  return {
    complaints: await n("complaints"),
    complaint_items: await n("complaint_items"),
    complaint_evidence: await n("complaint_evidence"),
    complaint_events: await n("complaint_events"),
    evidence_files: await n("evidence_files"),
    outbox: await n("outbox"),
    audit_log: await n("audit_log"),
  };
}

async function blobs(): Promise<string[]> {
  const keys: string[] = [];
  for await (const { key } of store.list()) keys.push(key);
  return keys;
}

const stagedFiles = () => (fs.existsSync(staging) ? fs.readdirSync(staging) : []);

describe("an accepted complaint", () => {
  it("is stored with its items, evidence (without EXIF), first event, outbox row and audit row; the receipt's code opens it", async () => {
    const photo = await photoWithGps();
    expect((await sharp(photo).metadata()).exif).toBeDefined();
    const files = [await stage("收据.jpg", chunksOf(photo))];
    expect(files[0].ok).toBe(true);

    const before = await counts();
    const result = await submit(complaintForm(), { files });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.trackingNo).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(result.accessCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    expect(result.replayed).toBe(false);

    const after = await counts();
    expect(after).toEqual({
      complaints: before.complaints + 1,
      complaint_items: before.complaint_items + 1,
      complaint_evidence: before.complaint_evidence + 1,
      complaint_events: before.complaint_events + 1,
      evidence_files: before.evidence_files + 1,
      outbox: before.outbox + 1,
      audit_log: before.audit_log + 1,
    });
    const row = await t.db.selectFrom("complaints").selectAll().where("id", "=", result.complaintId).executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      region_code: HAISHU,
      track: "complaint",
      status: "received",
      anonymous: 0,
      contact_phone: "13800138000",
      share_contact: 1,
      publish_consent: 0,
      clock_from: TODAY,
      due_kind: "accept",
      // 7 working days after Monday 2026-11-30.
      due_on: "2026-12-09",
    });
    // The code itself is nowhere: only its keyed hash.
    expect(row.access_code_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(result.accessCode!);
    const item = await t.db.selectFrom("complaint_items").selectAll().where("complaint_id", "=", result.complaintId).executeTakeFirstOrThrow();
    expect(item).toMatchObject({ name: "保教费", amount_fen: 320_000, unit: "month", position: 0 });

    // The stored photo has no EXIF (no GPS, no camera), and is still a JPEG of the same size.
    const evidence = await t.db
      .selectFrom("complaint_evidence")
      .innerJoin("evidence_files", "evidence_files.id", "complaint_evidence.evidence_id")
      .select(["evidence_files.storage_key", "evidence_files.media_type", "evidence_files.original_name", "complaint_evidence.party"])
      .where("complaint_evidence.complaint_id", "=", result.complaintId)
      .executeTakeFirstOrThrow();
    expect(evidence).toMatchObject({ media_type: "image/jpeg", original_name: "收据.jpg", party: "complainant" });
    const stored = await store.get(evidence.storage_key);
    const meta = await sharp(stored!).metadata();
    expect(meta).toMatchObject({ format: "jpeg", width: 64, height: 48 });
    expect(meta.exif).toBeUndefined();
    expect(stored!.includes(Buffer.from("PhoneMaker"))).toBe(false);
    expect(stagedFiles()).toEqual([]);

    const tracked = await trackComplaint(t.db, { trackingNo: result.trackingNo.toLowerCase().replace(/-/g, " "), accessCode: result.accessCode!.replace(/-/g, "") }, NOW);
    expect(tracked.ok).toBe(true);
    if (!tracked.ok) return;
    expect(tracked.complaint).toMatchObject({
      trackingNo: result.trackingNo,
      status: "received",
      kindergartenName: "宁波市海曙区春芽幼儿园",
      items: [{ name: "保教费", amountFen: 320_000, unit: "month" }],
      evidenceCount: 1,
      deadline: { kind: "accept", dueOn: "2026-12-09", workingDaysLeft: 7 },
      timeline: [{ kind: "received", text: null, detail: { files: 1, items: 1 } }],
    });
    expect(tracked.complaint.refundClaims).toEqual([]);
    // Nothing the parent did not submit, and not their own contact either.
    expect(JSON.stringify(tracked.complaint)).not.toMatch(/13800138000|张女士|某路/);
  });

  it("takes a mobile number written in groups with hyphens, a landline with its area code and extension", async () => {
    for (const [typed, stored] of [
      ["138-0574-5678", "13805745678"],
      // The country code a contact list pastes goes: one phone is one value (R18 counts complainants by it).
      ["+86-138-0574-5678", "13805745678"],
      ["+86 138 0574 5678", "13805745678"],
      ["0086 13805745678", "13805745678"],
      ["8613805745678", "13805745678"],
      ["（0574）8765 4321", "057487654321"],
      ["0574-87654321-123", "0574-87654321-123"],
    ]) {
      const result = await submit(complaintForm({ contactPhone: typed }));
      expect(result, typed).toMatchObject({ ok: true });
      if (!result.ok) continue;
      const row = await t.db.selectFrom("complaints").select("contact_phone").where("id", "=", result.complaintId).executeTakeFirstOrThrow();
      expect(row.contact_phone, typed).toBe(stored);
    }
  });

  it("takes a narrative with emoji among its words, and a real-name report with its contact", async () => {
    const result = await submit(complaintForm({ track: "report", kind: "prohibited_item", narrative: "😡 开学收了赞助费2000元，没有收据 😡" }));
    expect(result).toMatchObject({ ok: true });
  });

  // Found on a parent's walk (2026-12-06): the counter counted an emoji as one, the 2,000 limit as two (UTF-16 units).
  it("counts a narrative's emoji as the form's counter does, one each: 2,000 characters taken, 2,001 refused", async () => {
    const words = "九月保教费多收了400元，请求退还。"; // 18 characters of words
    const atLimit = words + "😡".repeat(NARRATIVE_MAX - narrativeLength(words));
    expect(narrativeLength(atLimit)).toBe(NARRATIVE_MAX);
    expect(atLimit.length).toBeGreaterThan(NARRATIVE_MAX);
    expect(await submit(complaintForm({ narrative: atLimit }))).toMatchObject({ ok: true });
    const over = await submit(complaintForm({ narrative: atLimit + "😡" }));
    expect(over.ok).toBe(false);
    if (over.ok || over.kind !== "invalid") return;
    expect(over.fieldErrors.narrative?.map((m) => m.key)).toEqual(["complaint.narrative.tooLong"]);
  });

  it("keeps no contact at all for an anonymous report, whatever was typed", async () => {
    const result = await submit(
      complaintForm({ track: "report", kind: "prohibited_item", anonymous: "on", contactName: "李四", contactPhone: "13900000000", contactAddress: "某地", shareContact: "on", publishConsent: "on" }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const row = await t.db.selectFrom("complaints").selectAll().where("id", "=", result.complaintId).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ anonymous: 1, contact_name: null, contact_phone: null, contact_address: null, share_contact: 0, publish_consent: 1, due_kind: "verify" });
  });

  it("answers a repeat of the same form (same key) with the first receipt and its code, storing nothing more", async () => {
    const intakeKey = ulid();
    const first = await submit(complaintForm(), { intakeKey });
    expect(first.ok).toBe(true);
    const before = await counts();
    const photo = [await stage("收据.jpg", chunksOf(await photoWithGps()))];
    const again = await submit(complaintForm(), { intakeKey, files: photo });
    expect(again).toEqual({ ...first, replayed: true });
    expect(await counts()).toEqual(before);
    expect(stagedFiles()).toEqual([]);
    expect(await blobs()).toEqual([]);
    // Two at the same moment: one complaint.
    const twinKey = ulid();
    const twins = await Promise.all([submit(complaintForm(), { intakeKey: twinKey }), submit(complaintForm(), { intakeKey: twinKey })]);
    expect(twins.every((r) => r.ok)).toBe(true);
    expect(new Set(twins.map((r) => (r as { trackingNo: string }).trackingNo)).size).toBe(1);
    expect(twins.filter((r) => (r as { replayed: boolean }).replayed)).toHaveLength(1);
    expect((await counts()).complaints).toBe(before.complaints + 1);
  });

  it("refuses the same key with another complaint (a form edited after its receipt) instead of dropping it", async () => {
    const intakeKey = ulid();
    expect((await submit(complaintForm(), { intakeKey })).ok).toBe(true);
    const before = await counts();
    const other = await submit(complaintForm({ narrative: "另一件事：十月又收了兴趣班费600元，没有公示。" }), { intakeKey });
    expect(other).toMatchObject({ ok: false, kind: "conflict", formErrors: [{ key: "complaint.intake.keyReused" }] });
    expect(await counts()).toEqual(before);
  });
});

describe("bad input: a message on the field, nothing stored, no file left", () => {
  /** The head of a HEIC file: an ISO-BMFF "ftyp" box of brand heic. */
  const HEIC = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from("ftypheic"), Buffer.alloc(4), Buffer.from("mif1heic"), Buffer.alloc(2048)]);
  const EXE = Buffer.concat([Buffer.from("4d5a90000300000004000000ffff0000b800000000000000400000000000000000000000", "hex"), Buffer.alloc(2048, 7)]);

  const cases: Array<{ name: string; input?: Record<string, unknown>; files?: () => Promise<StagingOutcome[]>; extraFiles?: number; honeypot?: unknown; intakeKey?: unknown; field: string; key: string }> = [
    { name: "a wrong phone format", input: { contactPhone: "12345" }, field: "contactPhone", key: "complaint.contactPhone.invalid" },
    { name: "a phone with control characters (not cleaned by a form reader)", input: { contactPhone: "138\u0000001\u00078000" }, field: "contactPhone", key: "complaint.contactPhone.invalid" },
    { name: "a payment date in the future", input: { paidOn: "2026-12-01" }, field: "paidOn", key: "complaint.date.future" },
    { name: "a learned date in the future", input: { learnedOn: "2027-01-01" }, field: "learnedOn", key: "complaint.date.future" },
    { name: "a date of another century", input: { learnedOn: "0026-09-01" }, field: "learnedOn", key: "complaint.date.tooEarly" },
    { name: "an impossible date", input: { paidOn: "2026-02-30" }, field: "paidOn", key: "form.date.invalid" },
    { name: "a negative amount", input: { items: [{ name: "保教费", amount: "-400", unit: "month" }] }, field: "items[0].amount", key: "amount.negative" },
    { name: "a zero amount", input: { items: [{ name: "保教费", amount: "0", unit: "month" }] }, field: "items[0].amount", key: "complaint.item.amount.positive" },
    { name: "an absurd amount", input: { items: [{ name: "保教费", amount: "99999999", unit: "month" }] }, field: "items[0].amount", key: CHARGED_TOO_LARGE },
    { name: "eleven items", input: { items: Array.from({ length: 11 }, () => ({ name: "保教费", amount: "100", unit: "month" })) }, field: "items", key: "complaint.items.tooMany" },
    { name: "no item for an overcharge", input: { items: [] }, field: "items", key: "complaint.items.required" },
    { name: "an unknown kindergarten", input: { kindergartenId: "01JUNKNOWN0000000000000000" }, field: "kindergartenId", key: "complaint.kindergarten.unknown" },
    { name: "a hostile kindergarten id", input: { kindergartenId: "'; drop table complaints; --" }, field: "kindergartenId", key: "complaint.kindergarten.unknown" },
    { name: "a narrative of 1 MB", input: { narrative: "多".repeat(1024 * 1024) }, field: "narrative", key: "complaint.narrative.tooLong" },
    { name: "a narrative too short", input: { narrative: "多收钱" }, field: "narrative", key: "complaint.narrative.tooShort" },
    { name: "a complaint without an address", input: { contactAddress: "" }, field: "contactAddress", key: "complaint.contactAddress.required" },
    // Found on a phone walk (2026-12-06): the reporter was told to give a name, not that the 匿名举报 box is the other way.
    ...(["contactName", "contactPhone"] as const).map((field) => ({
      name: `a report with neither a ${field} nor the anonymous box ticked: the message names the box`,
      input: { track: "report", kind: "prohibited_item", contactName: "", contactPhone: "", contactAddress: "" },
      field,
      key: `complaint.${field}.requiredOrAnonymous`,
    })),
    { name: "a narrative of emoji only", input: { narrative: "😡😡😡😡😡😡😡😡😡😡😡😡" }, field: "narrative", key: "complaint.narrative.noWords" },
    { name: "a narrative of emoji and spaces with a few words", input: { narrative: "😡 😡 😡 😡 多收钱了 😡 😡" }, field: "narrative", key: "complaint.narrative.noWords" },
    { name: "an anonymous complaint (投诉)", input: { anonymous: "on" }, field: "anonymous", key: "complaint.anonymous.complaintTrack" },
    { name: "another account without the account", input: { kind: "other_account", accountPaidInto: "" }, field: "accountPaidInto", key: "complaint.accountPaidInto.required" },
    { name: "an account of letters", input: { accountPaidInto: "abcdefghij" }, field: "accountPaidInto", key: "complaint.accountPaidInto.digits" },
    { name: "an unknown track", input: { track: "petition" }, field: "track", key: "complaint.track.required" },
    { name: "an unknown kind", input: { kind: "everything" }, field: "kind", key: "complaint.kind.required" },
    {
      name: "an executable renamed .jpg (with a good photo beside it)",
      files: async () => [await stage("收据.jpg", chunksOf(await photoWithGps())), await stage("收据2.jpg", chunksOf(EXE))],
      field: "evidence",
      key: "complaint.evidence.type",
    },
    {
      // Found on a phone walk (2026-12-06): an iPhone's HEIC photo was called "not a JPG, PNG or PDF file".
      name: "an HEIC photo named .jpg: told it is a HEIC photo and what to do",
      files: async () => [await stage("IMG_0001.jpg", chunksOf(HEIC))],
      field: "evidence",
      key: "complaint.evidence.heic",
    },
    {
      // Another phone's HEIF photo: a generic major brand, HEVC among the compatible ones (file-type read it as a video).
      name: "a HEIC photo whose major brand is not heic: told it is a HEIC photo too",
      files: async () => [await stage("IMG_0002.jpg", chunksOf(Buffer.concat([Buffer.from([0, 0, 0, 0x1c]), Buffer.from("ftypMiHE"), Buffer.alloc(4), Buffer.from("MiHEmiafheic"), Buffer.alloc(2048)])))],
      field: "evidence",
      key: "complaint.evidence.heic",
    },
    { name: "a 50 MB file", files: async () => [await stage("大照片.jpg", zeros(50))], field: "evidence", key: "complaint.evidence.tooLarge" },
    {
      name: "100 files (5 taken, 95 dropped by the form reader)",
      files: async () => Promise.all(Array.from({ length: 5 }, async (_, i) => stage(`图${i}.jpg`, chunksOf(await photoWithGps())))),
      extraFiles: 95,
      field: "evidence",
      key: "complaint.evidence.tooMany",
    },
    { name: "a JPEG header with garbage after it", files: async () => [await stage("坏.jpg", chunksOf(Buffer.concat([Buffer.from("ffd8ffe000104a46494600", "hex"), Buffer.alloc(4000, 1)])))], field: "evidence", key: "complaint.evidence.unreadable" },
    { name: "an empty file", files: async () => [await stage("空.png", chunksOf(Buffer.alloc(0)))], field: "evidence", key: "complaint.evidence.empty" },
  ];

  for (const c of cases) {
    it(c.name, async () => {
      const before = await counts();
      const files = c.files ? await c.files() : [];
      const result = await submit(complaintForm(c.input), { files, extraFiles: c.extraFiles ?? 0 });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.kind).toBe("invalid");
      expect(result.fieldErrors[c.field]?.map((m) => m.key), JSON.stringify(result.fieldErrors)).toContain(c.key);
      expect(await counts()).toEqual(before);
      expect(await blobs()).toEqual([]);
      expect(stagedFiles()).toEqual([]);
    });
  }

  it("reports every field at once, a date after today among them (not only once the rest is fixed)", async () => {
    const items = [{ name: "保教费", amount: "三千", unit: "month" }];
    const result = await submit(complaintForm({ contactPhone: "1", paidOn: "2099-01-01", narrative: "短", kindergartenId: closedId, items }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors).sort()).toEqual(["contactPhone", "items[0].amount", "kindergartenId", "narrative", "paidOn"].sort());
    expect(result.fieldErrors.paidOn?.map((m) => m.key)).toEqual(["complaint.date.future"]);
  });

  it("tells a missing contact, missing items and an account not given in the same round as a field's own mistake", async () => {
    const result = await submit(complaintForm({ narrative: "短", contactPhone: "", contactAddress: "", items: [], kind: "above_filed" }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors).sort()).toEqual(["contactAddress", "contactPhone", "items", "narrative"]);
    // A contact with a mistake of its own is told that mistake, not that it is missing.
    const wrong = await submit(complaintForm({ narrative: "短", contactPhone: "12", kind: "other_account", paidOn: "2026-13-45" }));
    expect(wrong.ok).toBe(false);
    if (wrong.ok) return;
    expect(wrong.fieldErrors.contactPhone?.map((m) => m.key)).toEqual(["complaint.contactPhone.invalid"]);
    expect(Object.keys(wrong.fieldErrors).sort()).toEqual(["accountPaidInto", "contactPhone", "narrative", "paidOn"]);
  });

  it("refuses a filled honeypot and a missing or hostile intake key, storing nothing", async () => {
    const before = await counts();
    const photo = [await stage("收据.jpg", chunksOf(await photoWithGps()))];
    expect(await submit(complaintForm(), { honeypot: "http://spam.example", files: photo })).toMatchObject({ ok: false, formErrors: [{ key: "complaint.intake.refused" }] });
    for (const intakeKey of [null, "", "短", "k".repeat(5000), "../../etc/passwd", "' or '1'='1"]) {
      expect(await submit(complaintForm(), { intakeKey })).toMatchObject({ ok: false, formErrors: [{ key: "submission.key.invalid" }] });
    }
    expect(await counts()).toEqual(before);
    expect(stagedFiles()).toEqual([]);
    expect(await blobs()).toEqual([]);
  });

  it("leaves no staging file when the upload breaks off mid-file", async () => {
    async function* broken(): AsyncIterable<Uint8Array> {
      yield Buffer.alloc(64 * 1024, 1);
      throw new Error("client went away");
    }
    await expect(stage("半个.jpg", broken())).rejects.toThrow("client went away");
    expect(stagedFiles()).toEqual([]);
  });
});

describe("tracking", () => {
  it("answers a wrong code, another's number and a malformed one alike, without the complaint", async () => {
    const a = await submit(complaintForm());
    const b = await submit(complaintForm({ track: "report", kind: "other", items: [], contactAddress: "" }));
    if (!a.ok || !b.ok) throw new Error("not stored");
    const notFound = { ok: false, kind: "not_found", formErrors: [{ key: "complaint.tracking.notFound" }] };
    expect(await trackComplaint(t.db, { trackingNo: a.trackingNo, accessCode: b.accessCode }, NOW)).toMatchObject(notFound);
    expect(await trackComplaint(t.db, { trackingNo: b.trackingNo, accessCode: a.accessCode }, NOW)).toMatchObject(notFound);
    expect(await trackComplaint(t.db, { trackingNo: "0000-0000-0000", accessCode: a.accessCode }, NOW)).toMatchObject(notFound);
    expect(await trackComplaint(t.db, { trackingNo: "x\u0000';--", accessCode: a.accessCode }, NOW)).toMatchObject({ ok: false, kind: "invalid" });
    expect(await trackComplaint(t.db, { trackingNo: a.trackingNo, accessCode: "1".repeat(5000) }, NOW)).toMatchObject({ ok: false, kind: "invalid" });
    expect((await trackComplaint(t.db, { trackingNo: b.trackingNo, accessCode: b.accessCode }, NOW)).ok).toBe(true);
  });

  it("says a deadline passed on the weekend after it, when no working day has passed since (not \"due today\")", async () => {
    // Received on Wednesday 2026-11-25: acceptance is due within 7 working days, on Friday 2026-12-04.
    const a = await submit(complaintForm(), { now: new Date("2026-11-25T04:00:00Z") });
    if (!a.ok) throw new Error("not stored");
    const on = async (at: string) => {
      const tracked = await trackComplaint(t.db, { trackingNo: a.trackingNo, accessCode: a.accessCode }, new Date(at));
      if (!tracked.ok) throw new Error("not found");
      return tracked.complaint.deadline;
    };
    expect(await on("2026-12-04T04:00:00Z")).toMatchObject({ dueOn: "2026-12-04", workingDaysLeft: 0, overdue: false });
    // Saturday and Sunday: no working day since the Friday, yet past it.
    expect(await on("2026-12-05T04:00:00Z")).toMatchObject({ dueOn: "2026-12-04", workingDaysLeft: 0, overdue: true });
    expect(await on("2026-12-07T04:00:00Z")).toMatchObject({ workingDaysLeft: -1, overdue: true });
  });

  it("shows public events only, an officer's reply as its text, never actors or internal notes", async () => {
    const a = await submit(complaintForm());
    if (!a.ok) throw new Error("not stored");
    const event = (kind: string, isPublic: number, payload: object, at: string) =>
      t.db
        .insertInto("complaint_events")
        .values({ id: ulid(), complaint_id: a.complaintId, kind, actor_id: null, party: "officer", payload: JSON.stringify(payload), public: isPublic, created_at: at })
        .execute();
    await event("note", 0, { note: "内部：疑似与另一投诉同源" }, "2026-12-01T02:00:00.000Z");
    await event("reply", 1, { publicText: "已联系幼儿园核实收费情况，请耐心等待。", officerId: "01SECRET", internal: "x" }, "2026-12-02T02:00:00.000Z");
    const tracked = await trackComplaint(t.db, { trackingNo: a.trackingNo, accessCode: a.accessCode }, NOW);
    if (!tracked.ok) throw new Error("not found");
    expect(tracked.complaint.timeline.map((e) => [e.kind, e.text])).toEqual([
      ["received", null],
      ["reply", "已联系幼儿园核实收费情况，请耐心等待。"],
    ]);
    expect(JSON.stringify(tracked.complaint)).not.toMatch(/01SECRET|内部|internal/);
  });
});

describe("a refund complaint's months", () => {
  it("are read back to the complainant as given, with the tracking number", async () => {
    const month = { month: "2026-10", feeKind: "care_education", case: "absence", daysAttended: "4", paid: "2,380", refunded: "0" };
    const result = await submit(complaintForm({ kind: "refund", items: [], refundClaims: [month] }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const tracked = await trackComplaint(t.db, { trackingNo: result.trackingNo, accessCode: result.accessCode! }, NOW);
    expect(tracked.ok && tracked.complaint.refundClaims).toEqual([{ month: "2026-10", feeKind: "care_education", case: "absence", daysAttended: 4, paidFen: 238_000, refundedFen: 0 }]);
  });

  it("are not after this month, and are told so as months", async () => {
    const later = { month: "2027-01", feeKind: "care_education", case: "absence", daysAttended: "4", paid: "2,380", refunded: "0" };
    const result = await submit(complaintForm({ kind: "refund", items: [], refundClaims: [later] }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(JSON.stringify(result.fieldErrors)).toContain("complaint.month.future");
  });
});
