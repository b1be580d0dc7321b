/**
 * The evidence orphan sweep (app/domain/evidence/evidence-sweep.server.ts) on a
 * real database (a SQLite file, or Postgres under `npm run test:pg`) and a real
 * local-directory store: what it removes (old blobs no evidence_files row
 * names, abandoned staged uploads, leftovers of interrupted writes), what it
 * never removes (a referenced blob, a fresh one, one written again while the
 * sweep runs, anything else in the staging folder), in batches, and that a
 * second run finds nothing to do. The complaint intake's own files go through
 * it end to end.
 */
import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { ulid } from "ulid";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DB } from "~/db/client";
import { submitComplaint } from "~/domain/complaints/complaint-intake.server";
import { evidenceKey, localDirectoryStore, type EvidenceStore } from "~/domain/evidence/evidence-store.server";
import { stageEvidence } from "~/domain/evidence/evidence-staging.server";
import { ORPHAN_GRACE_MS, removeOrphanEvidence, STAGING_GRACE_MS } from "~/domain/evidence/evidence-sweep.server";
import { recordEvidence } from "~/domain/evidence/evidence.service.server";
import { createKindergarten, seedReferenceData } from "../factories/domain";
import { createTestDb, type TestDb } from "../setup/test-db";

/** 2026-11-30 10:00 in Asia/Shanghai. */
const NOW = new Date("2026-11-30T02:00:00.000Z");
const HOUR = 60 * 60 * 1000;
const ago = (ms: number) => new Date(NOW.getTime() - ms);

let t: TestDb;
let db: DB;
let dir: string;
let storeDir: string;
let stagingDir: string;
let store: EvidenceStore;

beforeAll(async () => {
  t = await createTestDb();
  db = t.db;
  await seedReferenceData(db);
});

afterAll(async () => {
  await t?.destroy();
});

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-sweep-"));
  storeDir = path.join(dir, "evidence");
  stagingDir = path.join(dir, "staging");
  fs.mkdirSync(stagingDir, { recursive: true });
  store = localDirectoryStore(storeDir);
  await db.deleteFrom("complaint_evidence").execute();
  await db.deleteFrom("bank_accounts").where("evidence_id", "is not", null).execute();
  await db.deleteFrom("evidence_files").execute();
});

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Distinct bytes, so a distinct content address. */
const bytesOf = (label: string) => new Uint8Array(Buffer.from(`%PDF-1.4\n% ${label} ${randomUUID()}\n%%EOF\n`, "latin1"));
const digest = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const fileOfKey = (key: string) => path.join(storeDir, key);
const exists = (key: string) => fs.existsSync(fileOfKey(key));

/** A blob in the store, last written at `writtenAt`. */
async function blob(label: string, writtenAt: Date): Promise<{ key: string; sha256: string; bytes: Uint8Array }> {
  const bytes = bytesOf(label);
  const sha256 = digest(bytes);
  const key = evidenceKey(sha256);
  await store.put(key, bytes);
  fs.utimesSync(fileOfKey(key), writtenAt, writtenAt);
  return { key, sha256, bytes };
}

/** An evidence_files row naming the blob, as every writer records it after the bytes. */
async function row(b: { sha256: string; bytes: Uint8Array }): Promise<string> {
  return db.transaction().execute((trx) =>
    recordEvidence(trx, { mediaType: "application/pdf", sha256: b.sha256, name: "收据.pdf", byteSize: b.bytes.byteLength }, null, NOW),
  );
}

/** A file in the staging folder, last written at `writtenAt`. */
function stagedFile(name: string, writtenAt: Date): string {
  const file = path.join(stagingDir, name);
  fs.writeFileSync(file, "partial upload");
  fs.utimesSync(file, writtenAt, writtenAt);
  return file;
}

const sweep = (overrides: Parameters<typeof removeOrphanEvidence>[2] = {}) => removeOrphanEvidence(db, store, { stagingDir, now: NOW, ...overrides });

describe("removeOrphanEvidence", () => {
  it("removes an old blob no row names, keeps a referenced one and a fresh orphan; a second run does nothing", async () => {
    const referenced = await blob("referenced", ago(30 * 24 * HOUR));
    await row(referenced);
    const orphan = await blob("orphan", ago(ORPHAN_GRACE_MS + 1000));
    const fresh = await blob("fresh", ago(ORPHAN_GRACE_MS - 60_000));

    const first = await sweep();
    expect(first).toMatchObject({ blobs: 3, fresh: 1, referenced: 1, removed: 1, spared: 0 });
    expect(exists(referenced.key)).toBe(true);
    expect(exists(orphan.key)).toBe(false);
    expect(exists(fresh.key)).toBe(true);

    const second = await sweep();
    expect(second).toMatchObject({ blobs: 2, fresh: 1, referenced: 1, removed: 0, stagingRemoved: 0, leftoversRemoved: 0 });
    expect(exists(referenced.key)).toBe(true);
    expect(exists(fresh.key)).toBe(true);
  });

  it("honours the grace period it is given, and defaults to 24 hours", async () => {
    const b = await blob("two hours old", ago(2 * HOUR));
    expect((await sweep()).removed).toBe(0);
    expect((await sweep({ graceMs: 3 * HOUR })).removed).toBe(0);
    expect(await sweep({ graceMs: HOUR })).toMatchObject({ removed: 1 });
    expect(exists(b.key)).toBe(false);
  });

  it("checks keys in batches: every referenced blob kept, every orphan removed, whatever the batch boundaries", async () => {
    const referenced = [];
    const orphans = [];
    for (let i = 0; i < 11; i++) {
      const b = await blob(`b${i}`, ago(ORPHAN_GRACE_MS * 2));
      if (i % 3 === 0) {
        await row(b);
        referenced.push(b);
      } else orphans.push(b);
    }
    const queries: string[] = [];
    const counting = new Proxy(db, {
      get(target, prop, receiver) {
        if (prop === "selectFrom") return (table: string) => (queries.push(table), target.selectFrom(table as "evidence_files"));
        return Reflect.get(target, prop, receiver);
      },
    });
    const result = await removeOrphanEvidence(counting, store, { now: NOW, batchSize: 4 });
    expect(result).toMatchObject({ blobs: 11, referenced: referenced.length, removed: orphans.length });
    // 11 keys in IN lists of at most 4: three queries, not eleven.
    expect(queries).toEqual(["evidence_files", "evidence_files", "evidence_files"]);
    for (const b of referenced) expect(exists(b.key)).toBe(true);
    for (const b of orphans) expect(exists(b.key)).toBe(false);
  });

  it("keeps a row's blob that was an orphan when listed but is written again before its removal (an upload of the same bytes)", async () => {
    const b = await blob("rewritten", ago(ORPHAN_GRACE_MS * 2));
    // An intake stores the same bytes (content address: the same key) between the sweep's check and its removal.
    const racing: EvidenceStore = {
      ...store,
      async deleteIfWrittenBefore(key, cutoff) {
        await store.put(key, b.bytes);
        await row(b);
        return store.deleteIfWrittenBefore(key, cutoff);
      },
    };
    const result = await removeOrphanEvidence(db, racing, { now: new Date(), stagingDir: null });
    expect(result).toMatchObject({ removed: 0, spared: 1 });
    expect(exists(b.key)).toBe(true);
    expect(Buffer.from((await store.get(b.key))!)).toEqual(Buffer.from(b.bytes));
  });

  it("removes staged uploads older than an hour, keeps younger ones and anything not named as stageEvidence names them", async () => {
    const old = stagedFile(`${randomUUID()}.part`, ago(STAGING_GRACE_MS + 1000));
    const young = stagedFile(`${randomUUID()}.part`, ago(STAGING_GRACE_MS - 60_000));
    const foreign = stagedFile("notes.txt", ago(30 * 24 * HOUR));
    const foreignPart = stagedFile("upload.part", ago(30 * 24 * HOUR));
    // A folder named like a staged file is not one (and holds nothing to sweep).
    fs.mkdirSync(path.join(stagingDir, `${randomUUID()}.part`));

    expect((await sweep()).stagingRemoved).toBe(1);
    expect(fs.existsSync(old)).toBe(false);
    expect(fs.existsSync(young)).toBe(true);
    expect(fs.existsSync(foreign)).toBe(true);
    expect(fs.existsSync(foreignPart)).toBe(true);
    expect((await sweep()).stagingRemoved).toBe(0);
    // No staging folder yet (no upload since the start), or none given: nothing to do, no error.
    expect((await sweep({ stagingDir: path.join(dir, "absent") })).stagingRemoved).toBe(0);
    expect((await sweep({ stagingDir: null })).stagingRemoved).toBe(0);
  });

  it("sweeps the per-process folders under a staging root, one level down", async () => {
    const processFolder = path.join(stagingDir, "4242");
    const deeper = path.join(processFolder, "nested");
    fs.mkdirSync(deeper, { recursive: true });
    const old = path.join(processFolder, `${randomUUID()}.part`);
    const young = path.join(processFolder, `${randomUUID()}.part`);
    const tooDeep = path.join(deeper, `${randomUUID()}.part`);
    for (const [file, at] of [
      [old, ago(2 * HOUR)],
      [young, ago(60_000)],
      [tooDeep, ago(2 * HOUR)],
    ] as const) {
      fs.writeFileSync(file, "partial upload");
      fs.utimesSync(file, at, at);
    }
    expect((await sweep()).stagingRemoved).toBe(1);
    expect(fs.existsSync(old)).toBe(false);
    expect(fs.existsSync(young)).toBe(true);
    expect(fs.existsSync(tooDeep)).toBe(true);
  });

  it("recognises what stageEvidence really leaves behind", async () => {
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#c00" } }).png().toBuffer();
    const staged = await stageEvidence(stagingDir, "收据.png", (async function* () {
      yield new Uint8Array(png);
    })());
    expect(staged.ok).toBe(true);
    if (!staged.ok) return;
    fs.utimesSync(staged.path, ago(2 * HOUR), ago(2 * HOUR));
    expect((await sweep()).stagingRemoved).toBe(1);
    expect(fs.existsSync(staged.path)).toBe(false);
  });

  it("removes the temporary files of interrupted writes, and puts back a blob a stopped sweep had moved aside", async () => {
    const b = await blob("moved aside", ago(ORPHAN_GRACE_MS * 2));
    await row(b);
    const folder = path.dirname(fileOfKey(b.key));
    // A sweep that stopped between moving the (referenced) blob aside and deciding.
    const aside = `${fileOfKey(b.key)}.${randomUUID()}.sweep`;
    fs.renameSync(fileOfKey(b.key), aside);
    // A put that crashed before its rename.
    const tmp = path.join(folder, `${"e".repeat(64)}.${randomUUID()}.tmp`);
    fs.writeFileSync(tmp, "half");
    fs.utimesSync(tmp, ago(2 * HOUR), ago(2 * HOUR));
    const youngTmp = path.join(folder, `${"f".repeat(64)}.${randomUUID()}.tmp`);
    fs.writeFileSync(youngTmp, "in progress");

    const result = await sweep();
    expect(result.leftoversRemoved).toBe(1);
    expect(fs.existsSync(tmp)).toBe(false);
    expect(fs.existsSync(youngTmp)).toBe(true);
    expect(fs.existsSync(aside)).toBe(false);
    expect(exists(b.key)).toBe(true);
    expect((await sweep()).removed).toBe(0);
    expect(exists(b.key)).toBe(true);
  });

  it("keeps a complaint's evidence and removes the blob of an intake that never committed", async () => {
    const kg = await createKindergarten(db);
    const png = await sharp({ create: { width: 16, height: 16, channels: 3, background: "#0a0" } }).png().toBuffer();
    const stage = () =>
      stageEvidence(stagingDir, "收费通知.png", (async function* () {
        yield new Uint8Array(png);
      })());
    const receivedAt = new Date();
    const filed = await submitComplaint({
      db,
      store,
      input: {
        kindergartenId: kg.id,
        track: "report",
        kind: "prohibited_item",
        items: [{ name: "赞助费", amount: "3000.00", unit: "once" }],
        learnedOn: "2026-11-01",
        narrative: "入园时被要求缴纳赞助费三千元，未开具正式收据。",
        anonymous: "on",
      },
      files: [await stage()],
      extraFiles: 0,
      intakeKey: ulid(),
      honeypot: "",
      now: receivedAt,
    });
    expect(filed.ok).toBe(true);
    const stored = await db.selectFrom("evidence_files").select("storage_key").execute();
    expect(stored).toHaveLength(1);

    // An intake killed after moving its file into the store and before its commit: a blob, no row.
    const crashed = await blob("crashed intake", ago(ORPHAN_GRACE_MS * 2));

    const later = new Date(receivedAt.getTime() + ORPHAN_GRACE_MS * 3);
    const result = await removeOrphanEvidence(db, store, { stagingDir, now: later });
    expect(result).toMatchObject({ referenced: 1, removed: 1 });
    expect(exists(stored[0].storage_key)).toBe(true);
    expect(exists(crashed.key)).toBe(false);
    expect(fs.readdirSync(stagingDir)).toEqual([]);
  });
});
