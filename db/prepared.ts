/**
 * Statements of a fixed shape, built and compiled by Kysely once per dialect
 * and then run with each call's values.
 *
 * Why: Kysely builds a query as a tree of frozen nodes and compiles the tree
 * to SQL on every execution. For the few statements every complaint or page
 * runs (the intake's inserts, the public kindergarten look-up) that building
 * was an eighth of the web process's time under load, more than SQLite's
 * own execution of them. A prepared statement is written with the same
 * builder, its variable values given as named slots (`$.id`); the SQL and its
 * parameter list are made on first use with each database handle (its
 * dialect), and a call only puts its values where the slots were.
 *
 * Only for statements whose SQL does not depend on the values: a slot stands
 * for one bound value (not a list for `in`, not a column, not a row count).
 * A missing value is an error, not a NULL: pass null to bind NULL. A handle
 * with Kysely plugins (which rewrite queries as they are compiled) builds and
 * compiles on every call, as Kysely itself does.
 */
import type { Compilable, CompiledQuery, Kysely, QueryResult, Transaction } from "kysely";

/** Where a call's value goes; stands in the builder for a value of the declared type. */
class Slot {
  constructor(readonly name: string) {}
}

/** The slots of a statement's parameters, typed as the values they stand for. */
export type Slots<P> = { readonly [K in keyof P]: P[K] };

const slots = new Proxy(
  {},
  {
    get: (_target, name) => {
      if (typeof name !== "string") throw new Error(`prepared statement: slot names are strings (got ${String(name)})`);
      return new Slot(name);
    },
  },
);

type Handle<DBS> = Kysely<DBS> | Transaction<DBS>;

export interface PreparedStatement<DBS, P, O> {
  /** The rows (for an insert or update without RETURNING: none). */
  execute(db: Handle<DBS>, params: P): Promise<O[]>;
  executeTakeFirst(db: Handle<DBS>, params: P): Promise<O | undefined>;
}

/**
 * A statement built by `build` with `$.<name>` where each call's value goes.
 * `name` only labels errors.
 */
export function prepared<DBS, P extends object, O>(name: string, build: (db: Kysely<DBS>, $: Slots<P>) => Compilable<O>): PreparedStatement<DBS, P, O> {
  // One compiled form per handle's dialect adapter (a transaction shares its database's adapter).
  const compiledFor = new WeakMap<object, CompiledQuery<O>>();

  const run = (db: Handle<DBS>, params: P): Promise<QueryResult<O>> => {
    const executor = db.getExecutor();
    // A handle with plugins (the fault tests' crash injectors) rewrites every query as it is compiled: no keeping.
    let compiled = executor.plugins.length === 0 ? compiledFor.get(executor.adapter) : undefined;
    if (!compiled) {
      compiled = build(db, slots as Slots<P>).compile();
      if (executor.plugins.length === 0) compiledFor.set(executor.adapter, compiled);
    }
    const values = params as Record<string, unknown>;
    const parameters = compiled.parameters.map((value) => {
      if (!(value instanceof Slot)) return value;
      const bound = values[value.name];
      if (bound === undefined) throw new Error(`prepared statement ${name}: no value for $.${value.name}`);
      return bound;
    });
    return db.executeQuery<O>({ ...compiled, parameters });
  };

  return {
    async execute(db, params) {
      return (await run(db, params)).rows;
    },
    async executeTakeFirst(db, params) {
      return (await run(db, params)).rows[0];
    },
  };
}
