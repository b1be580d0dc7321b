/**
 * A kindergarten's last sign-in as the education office's overview (`/officer/operator-accounts`) orders by it:
 * `kindergartens.operator_signed_in_at`, the latest `users.last_signed_in_at` of its operator accounts (active or
 * not, as the row's "last sign-in" shows it), '' when none ever signed in. The order was a correlated MAX over each
 * kindergarten's accounts, sorted by the database: every page of a district read and sorted the whole district.
 *
 * '' rather than null: '' sorts before every instant on both databases (SQLite puts nulls first, Postgres last), and
 * the keyset's row-value comparisons stay plain ranges (a null compares as unknown).
 *
 * Kept by triggers on `users`, in the writer's own statement, as statistics_dirty and the read versions are: no
 * writer can forget it (a sign-in, user administration, the CSV import, demo data, tests' and operators' SQL). A
 * later sign-in (or a new account that has one) only raises the kindergarten's value; an account deleted, moved to
 * another kindergarten, made a non-operator or with its sign-in taken back recomputes it from the accounts along
 * `users_kindergarten`. On Postgres the recompute first locks the kindergarten's row and reads in a statement of its
 * own: a concurrent raise is then either seen or re-applied after it (its `<` is checked again on the row it waited
 * for).
 *
 * The indexes the sign-in orders walk, both directions (ties in region, name and id order either way):
 * `kindergartens_region_sign_in(_desc)` for one region's kindergartens (a district's page; a city's or a province's
 * merges its regions' walks), `kindergartens_sign_in(_desc)` for everyone's (the administrator's).
 *
 * On Postgres every pending migration runs in one transaction and kindergartens' read-version flush trigger is
 * deferred (2026-12-04T0500): constraints are made immediate around the alter and the backfill, as in 2026-12-05T0600.
 * Frozen: never import app code here.
 */
import { PostgresAdapter, sql, type Kysely } from "kysely";

const isPostgres = (db: Kysely<any>) => db.getExecutor().adapter instanceof PostgresAdapter;

/** The kindergarten's value from its accounts, `kg` naming its id. */
const latestOf = (kg: string) =>
  `coalesce((SELECT max(u.last_signed_in_at) FROM users u WHERE u.kindergarten_id = ${kg} AND u.role = 'operator'), '')`;

/**
 * The account as it was (OLD) counted for its kindergarten and, updated, no longer counts as much: deleted (no NEW),
 * moved, made a non-operator, or its sign-in taken back. Its kindergarten's value is then recomputed.
 */
const counted = `OLD.kindergarten_id IS NOT NULL AND OLD.role = 'operator' AND OLD.last_signed_in_at IS NOT NULL`;
const keeps = (pg: boolean) =>
  `NEW.role = 'operator' AND NEW.kindergarten_id ${pg ? "IS NOT DISTINCT FROM" : "IS"} OLD.kindergarten_id AND coalesce(NEW.last_signed_in_at, '') >= OLD.last_signed_in_at`;

/** A sign-in (or an account arriving with one) only raises its kindergarten's value. */
const raise = `UPDATE kindergartens SET operator_signed_in_at = NEW.last_signed_in_at WHERE id = NEW.kindergarten_id AND NEW.role = 'operator' AND operator_signed_in_at < NEW.last_signed_in_at;`;

const INDEXES: Array<[string, string]> = [
  ["kindergartens_region_sign_in", "region_code, operator_signed_in_at, approved_name, id"],
  ["kindergartens_region_sign_in_desc", "region_code, operator_signed_in_at DESC, approved_name, id"],
  ["kindergartens_sign_in", "operator_signed_in_at, region_code, approved_name, id"],
  ["kindergartens_sign_in_desc", "operator_signed_in_at DESC, region_code, approved_name, id"],
];

export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  if (pg) await sql`set constraints all immediate`.execute(db);
  await db.schema
    .alterTable("kindergartens")
    .addColumn("operator_signed_in_at", "text", (c) => c.notNull().defaultTo(""))
    .execute();
  await sql
    .raw(
      `UPDATE kindergartens SET operator_signed_in_at = ${latestOf("kindergartens.id")} ` +
        `WHERE EXISTS (SELECT 1 FROM users u WHERE u.kindergarten_id = kindergartens.id AND u.role = 'operator' AND u.last_signed_in_at IS NOT NULL)`,
    )
    .execute(db);
  for (const [name, columns] of INDEXES) await sql.raw(`CREATE INDEX ${name} ON kindergartens (${columns})`).execute(db);
  if (pg) {
    await sql
      .raw(
        `CREATE FUNCTION kindergarten_operator_sign_in() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ` +
          `IF TG_OP <> 'INSERT' THEN IF ${counted} AND (TG_OP = 'DELETE' OR NOT (${keeps(true)})) THEN ` +
          `PERFORM 1 FROM kindergartens WHERE id = OLD.kindergarten_id FOR UPDATE; ` +
          `UPDATE kindergartens SET operator_signed_in_at = ${latestOf("OLD.kindergarten_id")} WHERE id = OLD.kindergarten_id; ` +
          `END IF; END IF; ` +
          `IF TG_OP <> 'DELETE' THEN ${raise} END IF; ` +
          `RETURN NULL; END $$`,
      )
      .execute(db);
    await sql
      .raw(
        `CREATE TRIGGER kindergarten_operator_sign_in AFTER INSERT OR DELETE OR UPDATE OF kindergarten_id, role, last_signed_in_at ` +
          `ON users FOR EACH ROW EXECUTE FUNCTION kindergarten_operator_sign_in()`,
      )
      .execute(db);
  } else {
    const recompute = (when: string) => `UPDATE kindergartens SET operator_signed_in_at = ${latestOf("OLD.kindergarten_id")} WHERE id = OLD.kindergarten_id AND ${when};`;
    await sql.raw(`CREATE TRIGGER kindergarten_operator_sign_in_insert AFTER INSERT ON users FOR EACH ROW BEGIN ${raise} END`).execute(db);
    await sql
      .raw(`CREATE TRIGGER kindergarten_operator_sign_in_update AFTER UPDATE OF kindergarten_id, role, last_signed_in_at ON users FOR EACH ROW BEGIN ${recompute(`${counted} AND NOT (${keeps(false)})`)} ${raise} END`)
      .execute(db);
    await sql.raw(`CREATE TRIGGER kindergarten_operator_sign_in_delete AFTER DELETE ON users FOR EACH ROW BEGIN ${recompute(counted)} END`).execute(db);
  }
  if (pg) await sql`set constraints all deferred`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) {
    await sql.raw(`DROP TRIGGER IF EXISTS kindergarten_operator_sign_in ON users`).execute(db);
    await sql.raw(`DROP FUNCTION IF EXISTS kindergarten_operator_sign_in()`).execute(db);
  } else {
    for (const event of ["insert", "update", "delete"]) await sql.raw(`DROP TRIGGER IF EXISTS kindergarten_operator_sign_in_${event}`).execute(db);
  }
  for (const [name] of INDEXES) await db.schema.dropIndex(name).execute();
  await db.schema.alterTable("kindergartens").dropColumn("operator_signed_in_at").execute();
}
