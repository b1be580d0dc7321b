/**
 * Released rule versions are immutable, and every process judges under the same files. At start-up — the web
 * server (server.ts) and every worker (jobs/context.ts) alike, before any rule is activated — each loaded
 * version's fingerprint (the SHA-256 of its file's canonical JSON, rules/load/fingerprint.ts, carried as
 * `RuleDefinition.sha256`) is compared with what the database recorded when a process first loaded that version
 * (`rule_version_fingerprints`):
 * - a version not recorded yet is recorded (a new version, or the first start after the migration);
 * - a version recorded with the same fingerprint passes;
 * - a version recorded with another fingerprint refuses the start (RuleFingerprintError, naming the rule, the
 *   version and its file): the file was edited after release, so what was judged under it would silently change
 *   meaning, or this process has other rule files than the processes before it and would judge differently.
 * One read of the table (about a hundred short rows); only when versions are missing, an insert-or-ignore of those
 * and a second read. Race-safe: of two processes starting at once, one inserts a version's row and the other's
 * insert does nothing; both then compare with the row that is there.
 * The repository's side of the same promise is rules/versions.lock.json (tests/rules/versions-lock.test.ts).
 */
import type { DB } from "~/db/client";
import type { RuleDefinition, RuleSet } from "~/rules/schema";

export interface FingerprintMismatch {
  ruleId: string;
  version: number;
  /** The file this process loaded the version from. */
  file: string;
  recordedSha256: string;
  recordedAt: string;
  loadedSha256: string;
}

export class RuleFingerprintError extends Error {
  constructor(readonly mismatches: readonly FingerprintMismatch[]) {
    super(
      "rule version files differ from the versions this database recorded; a released version is never edited:\n" +
        mismatches
          .map(
            (m) =>
              `  ${m.ruleId} v${m.version} (${m.file}): recorded ${m.recordedAt} with sha256 ${m.recordedSha256}, this file has ${m.loadedSha256}` +
              ` — restore the released file and publish a new version instead of editing v${m.version}`,
          )
          .join("\n"),
    );
    this.name = "RuleFingerprintError";
  }
}

/** Rows per insert: 4 parameters a row, well within SQLite's and Postgres's limits. */
const INSERT_CHUNK = 500;

const keyOf = (ruleId: string, version: number) => `${ruleId}@${version}`;

function fingerprintOf(def: RuleDefinition): string {
  if (!def.sha256) throw new Error(`${def.id} v${def.version} (${def.file}) has no fingerprint: a process's rule library is loaded with loadRuleSet`);
  return def.sha256;
}

async function recordedFingerprints(db: DB): Promise<Map<string, { sha256: string; firstSeenAt: string }>> {
  const rows = await db.selectFrom("rule_version_fingerprints").select(["rule_id", "version", "sha256", "first_seen_at"]).execute();
  return new Map(rows.map((r) => [keyOf(r.rule_id, Number(r.version)), { sha256: r.sha256, firstSeenAt: r.first_seen_at }]));
}

/**
 * Record the fingerprints of the library's versions not recorded yet, and refuse (RuleFingerprintError) when a
 * recorded version's fingerprint differs from its file's. Returns the versions this call recorded ("R01@7").
 */
export async function checkRuleFingerprints(db: DB, library: RuleSet, now = new Date()): Promise<string[]> {
  const loaded = library.map((def) => ({ def, sha256: fingerprintOf(def) }));
  let recorded = await recordedFingerprints(db);
  const missing = loaded.filter(({ def }) => !recorded.has(keyOf(def.id, def.version)));
  const written: string[] = [];
  if (missing.length > 0) {
    const firstSeenAt = now.toISOString();
    for (let i = 0; i < missing.length; i += INSERT_CHUNK) {
      const inserted = await db
        .insertInto("rule_version_fingerprints")
        .values(missing.slice(i, i + INSERT_CHUNK).map(({ def, sha256 }) => ({ rule_id: def.id, version: def.version, sha256, first_seen_at: firstSeenAt })))
        .onConflict((oc) => oc.columns(["rule_id", "version"]).doNothing())
        .returning(["rule_id", "version"])
        .execute();
      written.push(...inserted.map((r) => keyOf(r.rule_id, Number(r.version))));
    }
    // Another process starting at the same time may have recorded some of them first, from its own files.
    recorded = await recordedFingerprints(db);
  }
  const mismatches: FingerprintMismatch[] = [];
  for (const { def, sha256 } of loaded) {
    const row = recorded.get(keyOf(def.id, def.version));
    if (row && row.sha256 !== sha256) {
      mismatches.push({ ruleId: def.id, version: def.version, file: def.file, recordedSha256: row.sha256, recordedAt: row.firstSeenAt, loadedSha256: sha256 });
    }
  }
  if (mismatches.length > 0) throw new RuleFingerprintError(mismatches);
  return written;
}
