/**
 * Accounts opened from a CSV file, many at once (a province's kindergartens each need an operator): by an
 * administrator on /admin/users/import (a preview first, then the import) or by the command line
 * (`npm run user:import`, actor null).
 *
 * - Every row is the new-account form's input, checked by the same schema (`newUserInput`) and against the database
 *   by the same function (`storedRoleFields`: the region exists at an officer's level, the kindergarten exists and is
 *   not closed) as /admin/users/new; the import adds what a file needs: the roles it may open (operators and
 *   officers), a lead column read strictly, and usernames repeated in the file. Every
 *   problem of every row is reported with its line and column.
 * - All or nothing: one invalid row and nothing is created; otherwise every account in one transaction. The checks
 *   run once before the passwords are hashed (a refused file costs no hashing) and again inside the transaction,
 *   after the usernames' locks (createUser's), so a username taken meanwhile refuses the file rather than failing
 *   on the unique index.
 * - Each account gets a temporary password (`temporaryPassword`, as a reset does) and must change it at the first
 *   sign-in; the passwords are returned once and never stored in clear, logged or audited. Each account is audited
 *   as a single creation is (`user.create`, via admin_import or cli_import).
 * - From the page, the import's one-time submission key makes a double submit create once: the repeat is answered
 *   with the accounts, without their passwords. Its look-up comes before the hashing, so a repeat costs nothing.
 */
import type { Transaction } from "kysely";
import type { DB } from "~/db/client";
import { lockFor } from "~/db/locks";
import type { Agency, Database } from "~/db/schema";
import { recordAudits } from "~/domain/audit/audit.server";
import { normalizeUscc } from "~/domain/kindergartens/uscc";
import { invalid, issuesToFieldErrors, type Failure, type FieldErrors, type Result } from "~/domain/result";
import { earlierAnswer, submissionClaim, submitOnce, type Replayable } from "~/domain/submissions/submission.service.server";
import { csvTemplate, readCsvTable, type CsvCellMessage, type CsvRecord } from "~/utils/csv-table.server";
import { hashPassword } from "./password.server";
import { newUserInput, USERNAME_PATTERN, type NewUserInput } from "./user-admin.schema";
import {
  accountCreatedAudit,
  newAccountRow,
  refusedUnlessAdmin,
  storedRoleFields,
  temporaryPassword,
  transactChange,
  type AdminActor,
} from "./user-admin.server";
import {
  COLUMN_OF_FIELD,
  leadCell,
  USER_IMPORT_COLUMNS,
  USER_IMPORT_EXAMPLE_ROWS,
  isExampleUsername,
  USER_IMPORT_MAX_BYTES,
  USER_IMPORT_MAX_ROWS,
  USER_IMPORT_OPTIONAL_COLUMNS,
  USER_IMPORT_ROLES,
  type UserImportColumn,
} from "./user-import.schema";

/** One row of the file as the preview shows it: the account it opens, or its errors. */
export interface UserImportRow {
  /** As a spreadsheet shows it: the header is line 1. */
  line: number;
  /** As it will be stored (lower case) when well-formed, else as written. */
  username: string | null;
  displayName: string | null;
  role: string | null;
  agency: Agency | null;
  regionCode: string | null;
  regionName: string | null;
  lead: boolean;
  kindergartenUscc: string | null;
  kindergartenName: string | null;
  /** The kindergarten's active operator accounts already there: fine, but the administrator should know. */
  existingOperators: string[];
  errors: CsvCellMessage[];
}

export type UserImportFailure = Failure & { rows: UserImportRow[] };
export type UserImportPreview = Result<{ rows: UserImportRow[]; errorCount: number }, UserImportFailure>;
export interface ImportedAccount {
  userId: string;
  username: string;
  /** Null on a repeat of the same import: the passwords were shown once, the first time. */
  temporaryPassword: string | null;
}
export type UserImportResult = Result<Replayable<{ accounts: ImportedAccount[] }>, UserImportFailure>;

interface Common {
  db: DB;
  actor: AdminActor;
  /** The file's bytes (or its text, as the preview's confirmation sends it back). */
  file: string | Uint8Array;
  now?: Date;
  requestId?: string | null;
}

/** The downloadable template: the header and the examples. */
export function userImportTemplate(): string {
  return csvTemplate(USER_IMPORT_COLUMNS, USER_IMPORT_EXAMPLE_ROWS);
}

/** A row checked: the preview's row, and the input and stored fields that create its account when it has no errors. */
interface PlannedRow {
  row: UserImportRow;
  input: NewUserInput | null;
  kindergartenId: string | null;
}

/** The CSV's messages where the form's would talk of choosing from a list. */
const CSV_MESSAGE: Readonly<Record<string, string>> = {
  "users.role.invalid": "users.import.role",
  "users.agency.invalid": "users.import.agency",
  "users.region.invalid": "users.import.region",
  "users.kindergarten.required": "users.import.kindergarten.required",
};

function sizeRefusal(file: string | Uint8Array): UserImportFailure | null {
  const bytes = typeof file === "string" ? new TextEncoder().encode(file).byteLength : file.byteLength;
  return bytes > USER_IMPORT_MAX_BYTES ? { ...invalid({}, [{ key: "csv.upload.tooLarge", vars: { maxKb: USER_IMPORT_MAX_BYTES / 1024 } }]), rows: [] } : null;
}

/** The file read into records, or its file-level failure. */
function readFile(file: string | Uint8Array) {
  const tooLarge = sizeRefusal(file);
  if (tooLarge) return tooLarge;
  const read = readCsvTable(file, { columns: USER_IMPORT_COLUMNS, optional: USER_IMPORT_OPTIONAL_COLUMNS, maxRows: USER_IMPORT_MAX_ROWS });
  if (!read.ok) return { ...invalid({}, read.fileErrors), rows: [] } satisfies UserImportFailure;
  return { ok: true as const, read };
}

/** A row's cells as the new-account form's input, and the checks only a file needs. */
function checkCells(record: CsvRecord<UserImportColumn>): { errors: CsvCellMessage[]; input: NewUserInput | null; checkable: { regionCode: string | null; kindergarten: string | null } } {
  const v = record.values;
  // The template's example row, left in: that is all there is to say about it.
  if (isExampleUsername(v.username)) {
    return { errors: [{ column: "username", key: "users.import.exampleRow", value: v.username! }], input: null, checkable: { regionCode: null, kindergarten: null } };
  }
  const role = v.role?.toLowerCase();
  const lead = leadCell(v.lead);
  // Spaces and hyphens a spreadsheet or a copy left in the code dropped; whether it is a kindergarten's, the register says.
  const uscc = v.kindergarten_uscc === undefined ? undefined : normalizeUscc(v.kindergarten_uscc);
  const parsed = newUserInput.safeParse({
    username: v.username,
    displayName: v.display_name,
    role,
    agency: v.agency?.toLowerCase(),
    regionCode: v.region_code,
    kindergarten: uscc,
    lead: lead === true,
  });
  const errors: CsvCellMessage[] = [];
  const say = (column: UserImportColumn, key: string, vars?: CsvCellMessage["vars"]) =>
    errors.push({ column, key, ...(vars ? { vars } : {}), ...(v[column] !== undefined ? { value: v[column] } : {}) });
  const fieldErrors: FieldErrors = parsed.success ? {} : issuesToFieldErrors(parsed.error.issues);
  for (const [field, messages] of Object.entries(fieldErrors)) {
    for (const m of messages) say(COLUMN_OF_FIELD[field] ?? "role", CSV_MESSAGE[m.key] ?? m.key, m.vars);
  }
  // The file's own checks, on columns the form found nothing wrong with (one reason a cell is wrong is enough).
  const unflagged = (column: UserImportColumn) => !errors.some((e) => e.column === column);
  if (unflagged("role") && !(USER_IMPORT_ROLES as readonly string[]).includes(role ?? "")) say("role", "users.import.role");
  if (role === "officer" && lead === null && unflagged("lead")) say("lead", "users.import.lead");
  // The database's checks need only the region's and the kindergarten's cells to be well-formed, whatever else is wrong.
  const checkable = {
    regionCode: role === "officer" && unflagged("region_code") && v.region_code !== undefined ? v.region_code : null,
    kindergarten: role === "operator" && unflagged("kindergarten_uscc") && uscc !== undefined ? uscc : null,
  };
  return { errors, input: parsed.success && errors.length === 0 ? parsed.data : null, checkable };
}

/**
 * Every row checked, against the file (the cells, usernames repeated) and the database (usernames taken, regions,
 * kindergartens), with `db` the transaction when importing. Rows in the file's order.
 */
async function planImport(db: DB | Transaction<Database>, read: Extract<ReturnType<typeof readCsvTable<UserImportColumn>>, { ok: true }>): Promise<PlannedRow[]> {
  const planned: PlannedRow[] = [];
  const checks = new Map<number, ReturnType<typeof checkCells>>();
  const lines: Array<{ line: number; record: CsvRecord<UserImportColumn> | null; errors: CsvCellMessage[] }> = [
    ...read.rowErrors.map((e) => ({ line: e.line, record: null, errors: [...e.messages] })),
    ...read.records.map((record) => {
      const check = checkCells(record);
      checks.set(record.line, check);
      return { line: record.line, record, errors: check.errors };
    }),
  ].sort((a, b) => a.line - b.line);

  // Usernames compared as the database compares them: whatever their case.
  const usernameOf = (record: CsvRecord<UserImportColumn> | null) => {
    const name = record?.values.username?.toLowerCase();
    return name !== undefined && USERNAME_PATTERN.test(name) && !isExampleUsername(name) ? name : null;
  };
  const usernames = [...new Set(lines.map((l) => usernameOf(l.record)).filter((n): n is string => n !== null))];
  const taken = new Set(
    usernames.length === 0
      ? []
      : (
          await db
            .selectFrom("users")
            .select((eb) => eb.fn<string>("lower", ["username"]).as("name"))
            .where((eb) => eb(eb.fn("lower", ["username"]), "in", usernames))
            .execute()
        ).map((r) => r.name),
  );
  const firstLineOf = new Map<string, number>();

  for (const { line, record, errors } of lines) {
    const check = checks.get(line);
    const username = usernameOf(record);
    const say = (column: UserImportColumn, key: string, vars?: CsvCellMessage["vars"]) =>
      errors.push({ column, key, ...(vars ? { vars } : {}), ...(record?.values[column] !== undefined ? { value: record.values[column] } : {}) });
    if (username !== null) {
      const first = firstLineOf.get(username);
      if (first !== undefined) say("username", "users.import.duplicate", { line: first });
      else firstLineOf.set(username, line);
      if (taken.has(username)) say("username", "users.username.taken");
    }
    let kindergartenId: string | null = null;
    if (check && (check.checkable.regionCode !== null || check.checkable.kindergarten !== null)) {
      const stored = await storedRoleFields(db, { agency: null, regionCode: check.checkable.regionCode, kindergarten: check.checkable.kindergarten, lead: false });
      if (stored.ok) kindergartenId = stored.kindergartenId;
      else for (const [field, messages] of Object.entries(stored.fieldErrors)) for (const m of messages) say(COLUMN_OF_FIELD[field] ?? "role", m.key, m.vars);
    }
    const v = record?.values ?? {};
    const input = errors.length === 0 ? (check?.input ?? null) : null;
    planned.push({
      row: {
        line,
        username: username ?? v.username ?? null,
        displayName: input?.displayName ?? v.display_name ?? null,
        role: input?.role ?? v.role ?? null,
        agency: input ? input.agency : null,
        regionCode: input ? input.regionCode : (check?.checkable.regionCode ?? null),
        regionName: null,
        lead: input?.lead ?? false,
        kindergartenUscc: check?.checkable.kindergarten ?? null,
        kindergartenName: null,
        existingOperators: [],
        errors,
      },
      input,
      kindergartenId,
    });
  }
  await describePlaces(db, planned);
  return planned;
}

/** The names of the regions and kindergartens the rows name, and the kindergartens' operators already there. */
async function describePlaces(db: DB | Transaction<Database>, planned: PlannedRow[]): Promise<void> {
  const regionCodes = [...new Set(planned.map((p) => p.row.regionCode).filter((c): c is string => c !== null))];
  const kindergartenIds = [...new Set(planned.map((p) => p.kindergartenId).filter((id): id is string => id !== null))];
  const [regions, kindergartens, operators] = await Promise.all([
    regionCodes.length === 0 ? [] : db.selectFrom("regions").select(["code", "name"]).where("code", "in", regionCodes).execute(),
    kindergartenIds.length === 0 ? [] : db.selectFrom("kindergartens").select(["id", "approved_name"]).where("id", "in", kindergartenIds).execute(),
    kindergartenIds.length === 0
      ? []
      : db
          .selectFrom("users")
          .select(["kindergarten_id", "username"])
          .where("role", "=", "operator")
          .where("active", "=", 1)
          .where("kindergarten_id", "in", kindergartenIds)
          .orderBy("username")
          .execute(),
  ]);
  const regionName = new Map(regions.map((r) => [r.code, r.name]));
  const kindergartenName = new Map(kindergartens.map((k) => [k.id, k.approved_name]));
  for (const p of planned) {
    p.row.regionName = p.row.regionCode === null ? null : (regionName.get(p.row.regionCode) ?? null);
    if (p.kindergartenId === null) continue;
    p.row.kindergartenName = kindergartenName.get(p.kindergartenId) ?? null;
    p.row.existingOperators = operators.filter((o) => o.kindergarten_id === p.kindergartenId).map((o) => o.username);
  }
}

const errorCountOf = (planned: readonly PlannedRow[]) => planned.filter((p) => p.row.errors.length > 0).length;
const rowsRefused = (planned: readonly PlannedRow[]): UserImportFailure => ({ ...invalid({}), rows: planned.map((p) => p.row) });

/** What importing the file would do, row by row: nothing is written. */
export async function previewUserImport(args: Omit<Common, "now" | "requestId">): Promise<UserImportPreview> {
  const refused = refusedUnlessAdmin(args.actor);
  if (refused) return { ...refused, rows: [] };
  const file = readFile(args.file);
  if (!file.ok) return file;
  const planned = await planImport(args.db, file.read);
  return { ok: true, rows: planned.map((p) => p.row), errorCount: errorCountOf(planned) };
}

/** At most this many hashes at once: argon2 takes a core each, and sign-ins share the same thread pool. */
const HASHING_AT_ONCE = 2;

async function hashAll(passwords: readonly string[]): Promise<string[]> {
  const hashes = new Array<string>(passwords.length);
  let next = 0;
  const worker = async () => {
    while (next < passwords.length) {
      const i = next++;
      hashes[i] = await hashPassword(passwords[i]);
    }
  };
  await Promise.all(Array.from({ length: HASHING_AT_ONCE }, worker));
  return hashes;
}

/**
 * Opens every account of the file, or none. From the page (`submissionKey` required) a repeat of the same import is
 * answered with the accounts and no passwords; from the command line (actor null) there is no key.
 */
export async function importUsers(args: Common & { submissionKey?: unknown }): Promise<UserImportResult> {
  const { db, actor } = args;
  const now = args.now ?? new Date();
  const refused = refusedUnlessAdmin(actor);
  if (refused) return { ...refused, rows: [] };
  const claimed = actor ? submissionClaim({ actorId: actor.id, form: "user_import", key: args.submissionKey, content: { file: args.file } }) : null;
  if (claimed && !claimed.ok) return { ...claimed, rows: [] };
  if (claimed) {
    const earlier = await earlierAnswer<{ accounts: Array<Omit<ImportedAccount, "temporaryPassword">> }>(db, claimed.claim);
    if (earlier) return earlier.ok ? withoutPasswords(earlier) : { ...earlier, rows: [] };
  }
  const file = readFile(args.file);
  if (!file.ok) return file;
  const checked = await planImport(db, file.read);
  if (errorCountOf(checked) > 0) return rowsRefused(checked);

  const temporary = new Map(checked.map((p) => [p.row.line, temporaryPassword()]));
  const hashes = await hashAll([...temporary.values()]);
  const hashOf = new Map([...temporary.keys()].map((line, i) => [line, hashes[i]]));
  const via = actor ? "admin_import" : "cli_import";

  const create = async (trx: Transaction<Database>): Promise<Result<{ accounts: Array<{ userId: string; username: string }> }, UserImportFailure>> => {
    // createUser's lock per username, in one order: a concurrent creation of one of them waits or is refused here.
    for (const username of checked.map((p) => p.input!.username).sort()) await lockFor(trx, `users:username:${username}`);
    const planned = await planImport(trx, file.read);
    if (errorCountOf(planned) > 0) return rowsRefused(planned);
    const rows = planned.map((p) =>
      newAccountRow(p.input!, { ok: true, agency: p.input!.agency, regionCode: p.input!.regionCode, kindergartenId: p.kindergartenId, lead: p.input!.lead }, hashOf.get(p.row.line)!, true, now),
    );
    for (let i = 0; i < rows.length; i += 200) await trx.insertInto("users").values(rows.slice(i, i + 200)).execute();
    await recordAudits(
      trx,
      rows.map((row) => accountCreatedAudit(row, actor, via, args.requestId)),
      now,
    );
    return { ok: true, accounts: rows.map((r) => ({ userId: r.id, username: r.username })) };
  };

  const result = claimed ? await submitOnce(db, claimed.claim, create) : await transactChange(db, create).then((r) => (r.ok ? { ...r, replayed: false } : r));
  if (!result.ok) return "rows" in result ? (result as UserImportFailure) : { ...result, rows: [] };
  if (result.replayed) return withoutPasswords(result);
  const passwordOf = new Map(checked.map((p) => [p.input!.username, temporary.get(p.row.line)!]));
  return { ok: true, replayed: false, accounts: result.accounts.map((a) => ({ ...a, temporaryPassword: passwordOf.get(a.username)! })) };
}

function withoutPasswords(answer: { accounts: Array<{ userId: string; username: string }> }): UserImportResult {
  return { ok: true, replayed: true, accounts: answer.accounts.map((a) => ({ userId: a.userId, username: a.username, temporaryPassword: null })) };
}
