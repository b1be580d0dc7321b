/**
 * Parents filing complaints over HTTP (multipart, half of them with a photo)
 * while the web process is SIGKILLed mid-intake. Counted from the database
 * afterwards:
 *
 * - every acknowledged complaint (a 2xx answer carrying its tracking number)
 *   is stored, with its two items, its first event and its outbox row;
 * - nothing is half-stored: no item, evidence link, event or outbox row
 *   without its complaint, no complaint without its items, event and outbox
 *   row, no evidence row without its file in the store;
 * - a restarted server answers the tracking page for an acknowledged one.
 *
 * On SQLite, and on Postgres under TEST_DB=pg (the server is pointed at the
 * test database either way).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { ulid } from "ulid";
import { afterAll, describe, expect, it } from "vitest";
import { localDirectoryStore } from "~/domain/evidence/evidence-store.server";
import { createKindergarten, HAISHU, seedReferenceData } from "../factories/domain";
import { startServer, type TestServer } from "../setup/server";
import { createTestDb, type TestDb } from "../setup/test-db";

const CLIENTS = 8;
/** Kill once this many complaints were acknowledged (or after KILL_AFTER_MS, whichever first). */
const KILL_AFTER_ACKS = 40;
const KILL_AFTER_MS = 8_000;
const TRACKING_NO = /data-testid="tracking-no">([0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4})</;
const ACCESS_CODE = /data-testid="access-code">([0-9A-HJKMNP-TV-Z-]{19})</;

describe("complaint intake with the web process killed midway", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-complaint-kill-"));
  const evidenceDir = path.join(dir, "evidence");
  let t: TestDb | undefined;
  const servers: TestServer[] = [];

  afterAll(async () => {
    for (const s of servers.reverse()) await s.stop();
    await t?.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  }, 30_000);

  it("loses no acknowledged complaint and leaves none half-stored", { timeout: 120_000 }, async () => {
    t = await createTestDb();
    const db = t.db;
    await seedReferenceData(db);
    const kg = await createKindergarten(db, { name: "宁波市海曙区春芽幼儿园", region_code: HAISHU });
    const env = { DATABASE_URL: t.url, DEMO_DATA: "0", EVIDENCE_DIR: evidenceDir, COMPLAINT_INTAKE_CLIENT_POINTS: "1000000", COMPLAINT_TRACKING_CLIENT_POINTS: "1000000" };
    const server = await startServer({ env });
    servers.push(server);
    const base = server.baseUrl;
    const photo = await sharp({ create: { width: 320, height: 240, channels: 3, background: "#d4b483" } })
      .jpeg()
      .withExif({ IFD3: { GPSLatitudeRef: "N", GPSLatitude: "29/1 52/1 0/1" } })
      .toBuffer();

    const acked: Array<{ trackingNo: string; accessCode: string }> = [];
    const stats = { sent: 0, non2xx: 0, errors: 0, status5xx: 0 };
    let killed = false;
    const started = Date.now();

    const complaint = (n: number): FormData => {
      const form = new FormData();
      const fields: Record<string, string> = {
        intakeKey: ulid(),
        kindergartenId: kg.id,
        website: "",
        track: n % 3 === 0 ? "report" : "complaint",
        kind: "above_filed",
        "items[0].name": "保教费",
        "items[0].amount": String(3000 + (n % 50)),
        "items[0].unit": "month",
        "items[1].name": "伙食费",
        "items[1].amount": "400",
        "items[1].unit": "month",
        learnedOn: "2026-09-01",
        narrative: `第${n}位家长：九月保教费比公示的多收了，伙食费也涨了。`,
        contactName: "张女士",
        contactPhone: "13800138000",
        contactAddress: "宁波市海曙区某路1号",
      };
      for (const [name, value] of Object.entries(fields)) form.append(name, value);
      if (n % 2 === 0) form.append("evidence", new File([photo], `收据${n}.jpg`, { type: "image/jpeg" }));
      return form;
    };

    async function parent(id: number): Promise<void> {
      for (let n = id; !killed; n += CLIENTS) {
        stats.sent += 1;
        try {
          const res = await fetch(`${base}/complaints/new?kindergarten=${kg.id}`, { method: "POST", headers: { Origin: base }, body: complaint(n), signal: AbortSignal.timeout(15_000) });
          const html = await res.text();
          if (res.status >= 500) stats.status5xx += 1;
          const trackingNo = TRACKING_NO.exec(html)?.[1];
          const accessCode = ACCESS_CODE.exec(html)?.[1];
          if (res.status >= 200 && res.status < 300 && trackingNo && accessCode) acked.push({ trackingNo, accessCode });
          else stats.non2xx += 1;
        } catch {
          stats.errors += 1; // the connection broke: no answer, nothing acknowledged
          if (killed) return;
        }
      }
    }

    const killer = (async () => {
      while (acked.length < KILL_AFTER_ACKS && Date.now() - started < KILL_AFTER_MS) await new Promise((r) => setTimeout(r, 20));
      killed = true;
      await server.kill();
    })();
    await Promise.all([killer, ...Array.from({ length: CLIENTS }, (_, i) => parent(i))]);

    console.log(`complaint intake killed after ${Date.now() - started} ms: ${JSON.stringify({ ...stats, acked: acked.length })}`);
    expect(acked.length).toBeGreaterThan(0);
    expect(stats.status5xx).toBe(0);

    // Every acknowledged complaint is there, whole.
    const rows = await db.selectFrom("complaints").select(["id", "tracking_no"]).execute();
    const stored = new Set(rows.map((r) => r.tracking_no));
    expect(acked.filter((a) => !stored.has(a.trackingNo))).toEqual([]);
    expect(rows.length).toBeGreaterThanOrEqual(acked.length);
    // At most the posts in flight when the process died were stored unacknowledged.
    expect(rows.length - acked.length).toBeLessThanOrEqual(CLIENTS);

    const countBy = async (table: "complaint_items" | "complaint_evidence") => {
      const grouped = await db.selectFrom(table).select(["complaint_id", (eb) => eb.fn.countAll().as("n")]).groupBy("complaint_id").execute();
      return new Map(grouped.map((g) => [g.complaint_id, Number(g.n)]));
    };
    const [items, evidence] = await Promise.all([countBy("complaint_items"), countBy("complaint_evidence")]);
    // The intake's own event; the triage job, which may have run before the kill, adds "triaged" after it.
    const received = await db
      .selectFrom("complaint_events")
      .select(["complaint_id", (eb) => eb.fn.countAll().as("n")])
      .where("kind", "=", "received")
      .groupBy("complaint_id")
      .execute();
    const events = new Map(received.map((g) => [g.complaint_id, Number(g.n)]));
    const outbox = await db.selectFrom("outbox").select("payload").where("topic", "=", "complaint.received").execute();
    const outboxFor = new Map<string, number>();
    for (const o of outbox) {
      const id = (JSON.parse(o.payload) as { complaintId: string }).complaintId;
      outboxFor.set(id, (outboxFor.get(id) ?? 0) + 1);
    }
    const ids = new Set(rows.map((r) => r.id));
    const halfStored = rows
      .filter((r) => items.get(r.id) !== 2 || events.get(r.id) !== 1 || outboxFor.get(r.id) !== 1)
      .map((r) => ({ id: r.id, items: items.get(r.id), events: events.get(r.id), outbox: outboxFor.get(r.id) }));
    expect(halfStored).toEqual([]);
    const orphans = [...items.keys(), ...events.keys(), ...evidence.keys(), ...outboxFor.keys()].filter((id) => !ids.has(id));
    expect(orphans).toEqual([]);

    // Every evidence row has its file (the file is written first, then the row).
    const store = localDirectoryStore(evidenceDir);
    const keys = await db
      .selectFrom("complaint_evidence")
      .innerJoin("evidence_files", "evidence_files.id", "complaint_evidence.evidence_id")
      .select("evidence_files.storage_key")
      .execute();
    expect(keys.length).toBeGreaterThan(0);
    const missing: string[] = [];
    for (const { storage_key } of keys) if (!(await store.get(storage_key))) missing.push(storage_key);
    expect(missing).toEqual([]);

    // A new process answers the tracking page for an acknowledged complaint.
    const restarted = await startServer({ env });
    servers.push(restarted);
    const last = acked[acked.length - 1];
    const look = await fetch(`${restarted.baseUrl}/complaints/track`, {
      method: "POST",
      headers: { Origin: restarted.baseUrl, "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(last),
    });
    expect(look.status).toBe(200);
    expect(await look.text()).toContain(last.trackingNo);
  });
});
