/**
 * Compact rule results. A national re-evaluation evaluates 150,000 filings
 * against 14 rules; it stored a row per rule and filing, each with the whole
 * outcome, two thirds of it the rule version's own words (title, message,
 * legal basis), identical in every row of that version.
 *
 * - rule_results now holds flags only (the outcomes that fired), so the
 *   `fired` column goes. Which rule versions an evaluation applied (flagged
 *   or passed) is recorded on the filing: fee_filings.evaluated_rules.
 * - The words of each version live once in rule_texts; a result keeps only
 *   what is its own (params, conditions, evidence).
 * - The surrogate id goes: (filing, rule, version) was already unique and is
 *   now the key, which spares every insert one index.
 *
 * Existing rows are carried over: flags with their explanation split into
 * the version's words (the first row seen of a version gives them) and the
 * rest; the filing's current rows (stamped with its evaluated_at) give its
 * evaluated_rules. Going down restores the flags; passed checks are not
 * stored any more, so they do not come back.
 * Frozen: never import app code here.
 */
import type { Kysely } from "kysely";

const CHUNK = 500;

interface OldRow {
  id: string;
  filing_evaluated_at: string | null;
  filing_id: string;
  rule_id: string;
  rule_version: number;
  fired: number;
  severity: string | null;
  explanation: string;
  evaluated_at: string;
}

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("rule_texts")
    .addColumn("rule_id", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("message", "text", (c) => c.notNull())
    .addColumn("legal_basis", "text", (c) => c.notNull())
    .addColumn("recorded_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("rule_texts_key", ["rule_id", "version"])
    .execute();

  await db.schema
    .createTable("rule_results_compact")
    .addColumn("filing_id", "text", (c) => c.notNull().references("fee_filings.id"))
    .addColumn("rule_id", "text", (c) => c.notNull())
    .addColumn("rule_version", "integer", (c) => c.notNull())
    .addColumn("severity", "text", (c) => c.notNull())
    .addColumn("explanation", "text", (c) => c.notNull())
    .addColumn("evaluated_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("rule_results_key", ["filing_id", "rule_id", "rule_version"])
    .execute();
  await db.schema.alterTable("fee_filings").addColumn("evaluated_rules", "text", (c) => c.notNull().defaultTo("[]")).execute();

  const evaluatedRules = new Map<string, string[]>();
  const recorded = new Set<string>();
  const now = new Date().toISOString();
  for (let after = ""; ; ) {
    const rows = (await db
      .selectFrom("rule_results as r")
      .innerJoin("fee_filings as f", "f.id", "r.filing_id")
      .selectAll("r")
      .select("f.evaluated_at as filing_evaluated_at")
      .where("r.id", ">", after)
      .orderBy("r.id")
      .limit(CHUNK)
      .execute()) as OldRow[];
    if (rows.length === 0) break;
    after = rows[rows.length - 1].id;
    const texts = [];
    for (const row of rows) {
      if (row.evaluated_at === row.filing_evaluated_at) {
        const list = evaluatedRules.get(row.filing_id) ?? [];
        list.push(`${row.rule_id}@${row.rule_version}`);
        evaluatedRules.set(row.filing_id, list);
      }
      const whole = JSON.parse(row.explanation) as Record<string, unknown>;
      const key = `${row.rule_id}@${row.rule_version}`;
      if (!recorded.has(key) && whole.title && whole.message) {
        recorded.add(key);
        texts.push({
          rule_id: row.rule_id,
          version: row.rule_version,
          title: JSON.stringify(whole.title),
          message: JSON.stringify(whole.message),
          legal_basis: JSON.stringify(whole.legalBasis ?? []),
          recorded_at: now,
        });
      }
    }
    if (texts.length > 0) await db.insertInto("rule_texts").values(texts).execute();
    const flags = rows.filter((row) => row.fired === 1);
    if (flags.length === 0) continue;
    await db
      .insertInto("rule_results_compact")
      .values(
        flags.map((row) => {
          const whole = JSON.parse(row.explanation) as Record<string, unknown>;
          return {
            filing_id: row.filing_id,
            rule_id: row.rule_id,
            rule_version: row.rule_version,
            severity: row.severity ?? "info",
            explanation: JSON.stringify({ params: whole.params ?? {}, conditions: whole.conditions ?? [], details: whole.details ?? {} }),
            evaluated_at: row.evaluated_at,
          };
        }),
      )
      .execute();
  }
  for (const [filingId, list] of evaluatedRules) {
    list.sort();
    await db.updateTable("fee_filings").set({ evaluated_rules: JSON.stringify(list) }).where("id", "=", filingId).execute();
  }
  await db.schema.dropTable("rule_results").execute();
  await db.schema.alterTable("rule_results_compact").renameTo("rule_results").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("rule_results_whole")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("filing_id", "text", (c) => c.notNull().references("fee_filings.id"))
    .addColumn("rule_id", "text", (c) => c.notNull())
    .addColumn("rule_version", "integer", (c) => c.notNull())
    .addColumn("fired", "integer", (c) => c.notNull())
    .addColumn("severity", "text")
    .addColumn("explanation", "text", (c) => c.notNull())
    .addColumn("evaluated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("rule_results_once", ["filing_id", "rule_id", "rule_version"])
    .execute();
  const texts = new Map(
    (await db.selectFrom("rule_texts").selectAll().execute()).map((t) => [`${t.rule_id}@${t.version}`, t] as const),
  );
  for (let offset = 0; ; offset += CHUNK) {
    const rows = await db
      .selectFrom("rule_results")
      .selectAll()
      .orderBy("filing_id")
      .orderBy("rule_id")
      .orderBy("rule_version")
      .limit(CHUNK)
      .offset(offset)
      .execute();
    if (rows.length === 0) break;
    await db
      .insertInto("rule_results_whole")
      .values(
        rows.map((row) => {
          const text = texts.get(`${row.rule_id}@${row.rule_version}`);
          const own = JSON.parse(row.explanation) as Record<string, unknown>;
          const whole = {
            ruleId: row.rule_id,
            version: row.rule_version,
            fired: true,
            severity: row.severity,
            title: text ? JSON.parse(text.title) : { zh: row.rule_id, en: row.rule_id },
            message: text ? JSON.parse(text.message) : { zh: "", en: "" },
            legalBasis: text ? JSON.parse(text.legal_basis) : [],
            ...own,
          };
          return { id: `${row.filing_id}:${row.rule_id}:${row.rule_version}`, ...row, fired: 1, explanation: JSON.stringify(whole) };
        }),
      )
      .execute();
  }
  await db.schema.dropTable("rule_results").execute();
  await db.schema.alterTable("rule_results_whole").renameTo("rule_results").execute();
  await db.schema.dropTable("rule_texts").execute();
  await db.schema.alterTable("fee_filings").dropColumn("evaluated_rules").execute();
}
