/**
 * The registry's import: a province's or a district's list of kindergartens loaded, and kept, from a file, a CSV or an
 * Excel workbook (its first sheet) in the columns REGISTRY_COLUMNS (the USCC says which kindergarten a row is). A row
 * whose USCC is new registers a kindergarten; a known one changes its record where the row differs (the row's region
 * and the kindergarten's current one must both be the officer's); an identical one is left alone.
 *
 * Two steps over the same file. The preview writes nothing and tells what the commit would do: how many rows are
 * new, changed, unchanged and refused, every refused row's line and reasons and each changed row's fields before and
 * after (the first LISTED of each, the counts exact), and a digest of that outcome. The commit is all-or-nothing: one
 * refused row and nothing is written; else one transaction writes every row through writeKindergartens, the form's
 * writer (the search's index, the re-evaluation's outbox row and the audit per kindergarten, as the form's save does),
 * many rows a statement, and the import's summary entry after the kindergartens' own. Given the preview's digest, a commit whose outcome is no
 * longer the one previewed (the registry changed in between) is refused with the new preview: what the officer
 * confirmed is what is written. Once per submission key: a repeat answers with the first commit's counts.
 */
import { createHash } from "node:crypto";
import type { Transaction } from "kysely";
import type { DB } from "~/db/client";
import type { Database, Kindergarten } from "~/db/schema";
import type { AuditEntry } from "~/domain/audit/audit.server";
import { coversRegion, type RegionScope } from "~/domain/regions/region-scope";
import { fail, invalid, message, type Failure, type Message } from "~/domain/result";
import { submissionClaim, submitOnce } from "~/domain/submissions/submission.service.server";
import type { Actor } from "~/domain/users/actor";
import type { CsvRecord, CsvRowError } from "~/utils/csv-table.server";
import { readTableFile } from "~/utils/xlsx-table.server";
import { eventLoopSlicer } from "~/utils/event-loop";
import { FIELD_OF_COLUMN, newKindergartenInput, REGISTRY_COLUMNS, REGISTRY_IMPORT_MAX_BYTES, REGISTRY_OPTIONAL_COLUMNS, type RegistryColumn } from "./registry.schema";
import { changedFields, lockRegistry, recordOf, regionProblem, registryScope, requestedRecord, writeKindergartens } from "./registry.server";
import type { RegistryRecord } from "./registry.schema";

type Handle = DB | Transaction<Database>;

/** Rows a file may hold: a province's registry (Zhejiang has about 8,000 kindergartens), with room. */
export const REGISTRY_IMPORT_MAX_ROWS = 20_000;
/**
 * What a workbook's parts may unpack to: the registry's own workbook (text cells written inline) holds about four and a
 * half times its CSV's bytes in XML, 9 MB for 20,000 rows; past this a file is a zip bomb, not a registry.
 */
const WORKBOOK_MAX_XML_BYTES = 24 * 1024 * 1024;
const TABLE = {
  columns: REGISTRY_COLUMNS,
  optional: REGISTRY_OPTIONAL_COLUMNS,
  maxRows: REGISTRY_IMPORT_MAX_ROWS,
  // An 18-digit code typed into Excel as a number has lost its last digits.
  textColumns: ["uscc"],
  maxXmlBytes: WORKBOOK_MAX_XML_BYTES,
  maxTextBytes: REGISTRY_IMPORT_MAX_BYTES,
} as const;
/** Rows of each kind a preview lists; its counts are exact. */
export const LISTED = 200;
/** USCCs looked up per query. */
const LOOKUP_CHUNK = 1000;

/**
 * The form's messages for a coded field ask for a choice ("请选择幼儿园等级"), which a file has no list to make: the
 * import says which codes a cell may hold, with what each means, as its column notes do (the row names the column and
 * the value found).
 */
const IMPORT_WORDING: Readonly<Record<string, string>> = {
  "registry.nature.invalid": "registry.import.nature.invalid",
  "registry.grade.invalid": "registry.import.grade.invalid",
  "registry.status.invalid": "registry.import.status.invalid",
  "registry.region.invalid": "registry.import.region.invalid",
};

const COLUMN_OF_FIELD = Object.fromEntries(Object.entries(FIELD_OF_COLUMN).map(([column, field]) => [field, column])) as Record<string, RegistryColumn>;

/** A refused row's reason: the column it is about and the value found there, where one is. */
export type RowMessage = Message & { column?: string; value?: string };
export interface RowError {
  line: number;
  messages: RowMessage[];
}

export interface RegistryImportCounts {
  new: number;
  changed: number;
  unchanged: number;
  refused: number;
}

export interface RegistryImportPreview {
  counts: RegistryImportCounts;
  /** The first LISTED refused lines, in line order. */
  rowErrors: RowError[];
  newRows: Array<{ line: number; uscc: string; approvedName: string; regionCode: string }>;
  changedRows: Array<{ line: number; uscc: string; approvedName: string; changes: Array<{ field: keyof RegistryRecord; from: string; to: string }> }>;
  /** Names of the regions the lists show. */
  regionNames: Record<string, string>;
  /** What a commit of this file would do, as of this preview: a commit given it refuses once that differs. */
  digest: string;
}

export type RegistryImportResult =
  /** With a preview, `text`: the file as its confirmation posts it back (a workbook's sheet as CSV). */
  | { ok: true; committed: false; preview: RegistryImportPreview; text: string }
  | { ok: true; committed: true; counts: RegistryImportCounts; replayed: boolean }
  | (Failure & { preview: RegistryImportPreview | null; text?: string });

interface Write {
  line: number;
  uscc: string;
  before: Kindergarten | null;
  record: RegistryRecord;
}

interface Plan {
  writes: Write[];
  unchanged: number;
  errors: Map<number, RowMessage[]>;
}

/**
 * Reads, checks and (with `commit`) writes the file. `file` is the upload's bytes (a CSV file or an Excel workbook,
 * told by its bytes) or, posted again by the preview's confirm form, its text (a workbook's sheet as CSV: the preview
 * answers it as `text`); `fileName` is named on every kindergarten's entry it writes.
 */
export async function importRegistry(args: {
  db: DB;
  actor: Actor;
  file: string | Uint8Array;
  fileName?: string | null;
  submissionKey: unknown;
  commit: boolean;
  /** The preview's digest, sent with its confirmation. */
  previewed?: string | null;
  now?: Date;
  requestId?: string | null;
}): Promise<RegistryImportResult> {
  const { db, actor } = args;
  const now = args.now ?? new Date();
  const scope = registryScope(actor);
  if (scope.kind === "none") return { ...fail("forbidden", "registry.forbidden"), preview: null };
  // The key is checked on a preview too (it travels on to the confirmation). The file is read once, here: its text (a
  // workbook's sheet written as CSV, which its confirmation posts back and is read as a CSV file is) for the claim and
  // the digest, which keep its canonical form's hash only, and its rows.
  const file = await readTableFile(args.file, TABLE);
  if (file.text === null) return { ...invalid({}, file.table.fileErrors), preview: null };
  const fileName = args.fileName?.trim() || null;
  const { claimed, text } = claimFor(actor, args.submissionKey, file.text, fileName);
  if (!claimed.ok) return { ...claimed, preview: null };
  const read = file.table;
  if (!read.ok) return { ...invalid({}, read.fileErrors), preview: null };

  if (!args.commit) {
    const plan = await planImport(db, scope, read.records, read.rowErrors);
    return { ok: true, committed: false, preview: await previewOf(db, plan, text), text: file.text };
  }

  const result = await submitOnce<{ counts: RegistryImportCounts }, Failure & { preview: RegistryImportPreview }>(db, claimed.claim, async (trx) => {
    await lockRegistry(trx, "alone");
    const plan = await planImport(trx, scope, read.records, read.rowErrors);
    if (plan.errors.size > 0) {
      return { ...invalid({}, [message("registry.import.refusedRows", { count: plan.errors.size })]), preview: await previewOf(trx, plan, text) };
    }
    const preview = await previewOf(trx, plan, text);
    if (args.previewed && args.previewed !== preview.digest) return { ...fail("conflict", "registry.import.changedSincePreview"), preview };
    const summary: AuditEntry = { actorId: actor.id, action: "kindergarten.import", entity: "kindergarten_import", entityId: claimed.claim.key, detail: { fileName, ...preview.counts }, requestId: args.requestId };
    // Many rows a statement; the kindergartens' audit entries, then the import's own, with one take of the chain's head.
    await writeKindergartens(trx, {
      actor,
      via: "import",
      fileName,
      now,
      requestId: args.requestId,
      writes: plan.writes.map((w) => ({ before: w.before, uscc: w.uscc, record: w.record, reason: null })),
      finally: summary,
      slice: eventLoopSlicer(),
    });
    return { ok: true, counts: preview.counts };
  });
  if (result.ok) return { ...result, committed: true };
  // A refusal of the key itself (used with another file) carries no preview.
  return "preview" in result ? { ...result, text: file.text } : { ...result, preview: null };
}

/** The text as the confirmation posts it back: line breaks as LF, no byte-order mark (form.server.ts cleans fields so). */
function canonicalText(text: string): string {
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

/**
 * The submission's claim (the text, not the bytes, is what a repeat must match, since the confirmation posts the text
 * back) and the canonical text's SHA-256 for the preview's digest: the canonical copy lives only in here.
 */
function claimFor(actor: Actor, key: unknown, decoded: string, fileName: string | null) {
  const canonical = canonicalText(decoded);
  const claimed = submissionClaim({ actorId: actor.id, form: "kindergarten_import", key, content: { file: canonical, fileName } });
  return { claimed, text: createHash("sha256").update(canonical).digest("hex") };
}

/** What the file would do to the registry as it stands: every row checked, none written. */
async function planImport(db: Handle, scope: RegionScope, records: CsvRecord<RegistryColumn>[], csvErrors: CsvRowError[]): Promise<Plan> {
  const errors = new Map<number, RowMessage[]>();
  const report = (line: number, m: RowMessage) => (errors.get(line) ?? errors.set(line, []).get(line)!).push(m);
  for (const e of csvErrors) e.messages.forEach((m) => report(e.line, m));
  const slice = eventLoopSlicer();

  const rows: Array<{ line: number; uscc: string; record: RegistryRecord }> = [];
  const firstLineOf = new Map<string, number>();
  for (const { line, values } of records) {
    const fields = Object.fromEntries(Object.entries(values).map(([column, value]) => [FIELD_OF_COLUMN[column as RegistryColumn], value]));
    const parsed = newKindergartenInput.safeParse(fields);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = typeof issue.path[0] === "string" ? COLUMN_OF_FIELD[issue.path[0]] : undefined;
        const value = column ? values[column] : undefined;
        report(line, { column, key: IMPORT_WORDING[issue.message] ?? issue.message, ...(value !== undefined ? { value } : {}) });
      }
      continue;
    }
    const { uscc, ...input } = parsed.data;
    const first = firstLineOf.get(uscc);
    if (first !== undefined) {
      report(line, { column: "uscc", key: "registry.import.duplicateOf", vars: { line: first }, value: uscc });
      continue;
    }
    firstLineOf.set(uscc, line);
    rows.push({ line, uscc, record: requestedRecord(input) });
  }

  const regionProblems = new Map<string, string | null>();
  const existing = new Map<string, Kindergarten>();
  const usccs = [...firstLineOf.keys()];
  for (let i = 0; i < usccs.length; i += LOOKUP_CHUNK) {
    const found = await db.selectFrom("kindergartens").selectAll().where("uscc", "in", usccs.slice(i, i + LOOKUP_CHUNK)).execute();
    for (const k of found) existing.set(k.uscc, k);
    await slice();
  }

  const writes: Write[] = [];
  let unchanged = 0;
  for (const { line, uscc, record } of rows) {
    if (!regionProblems.has(record.regionCode)) regionProblems.set(record.regionCode, await regionProblem(db, scope, record.regionCode));
    const problem = regionProblems.get(record.regionCode);
    const before = existing.get(uscc) ?? null;
    // A kindergarten registered elsewhere is not the officer's to change, whatever region the row gives it.
    if (before && !coversRegion(scope, before.region_code)) report(line, { column: "uscc", key: "registry.import.notYours", value: uscc });
    if (problem) report(line, { column: "region_code", key: problem, value: record.regionCode });
    if (errors.has(line)) continue;
    if (before && changedFields(recordOf(before), record).length === 0) unchanged += 1;
    else writes.push({ line, uscc, before, record });
  }
  return { writes, unchanged, errors };
}

/** `text` is the SHA-256 of the file's canonical text (`claimFor`). */
async function previewOf(db: Handle, plan: Plan, text: string): Promise<RegistryImportPreview> {
  const created = plan.writes.filter((w) => w.before === null);
  const changed = plan.writes.filter((w) => w.before !== null);
  const newRows = created.slice(0, LISTED).map((w) => ({ line: w.line, uscc: w.uscc, approvedName: w.record.approvedName, regionCode: w.record.regionCode }));
  const changedRows = changed.slice(0, LISTED).map((w) => {
    const old = recordOf(w.before!);
    return { line: w.line, uscc: w.uscc, approvedName: w.record.approvedName, changes: changedFields(old, w.record).map((field) => ({ field, from: old[field], to: w.record[field] })) };
  });
  const codes = new Set([
    ...newRows.map((r) => r.regionCode),
    ...changedRows.flatMap((r) => r.changes.filter((c) => c.field === "regionCode").flatMap((c) => [c.from, c.to])),
  ]);
  const regions = codes.size === 0 ? [] : await db.selectFrom("regions").select(["code", "name"]).where("code", "in", [...codes]).execute();
  const lines = [...plan.errors.keys()].sort((a, b) => a - b);
  const digest = createHash("sha256")
    .update(
      JSON.stringify({
        text,
        writes: plan.writes.map((w) => [w.line, w.uscc, w.before?.updated_at ?? null]),
        unchanged: plan.unchanged,
        refused: lines,
      }),
    )
    .digest("hex");
  return {
    counts: { new: created.length, changed: changed.length, unchanged: plan.unchanged, refused: plan.errors.size },
    rowErrors: lines.slice(0, LISTED).map((line) => ({ line, messages: plan.errors.get(line)! })),
    newRows,
    changedRows,
    regionNames: Object.fromEntries(regions.map((r) => [r.code, r.name])),
    digest,
  };
}
