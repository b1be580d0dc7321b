/**
 * Accounts from the command line, for a fresh database that has no administrator yet (and for the last
 * administrator's forgotten password, and a province's accounts in bulk): `tsx db/user-cli.ts
 * create|reset-password|import [options]` (`npm run user:create -- …`, `npm run user:reset-password -- …`,
 * `npm run --silent user:import -- accounts.csv`: without --silent npm prints its banner on standard output too).
 * Opens DATABASE_URL (SQLite ./data/portal.db when unset), which must be migrated (`npm run db:migrate`).
 *
 *   create --username admin --display-name "系统管理员" --role admin
 *   create --username haishu.market --display-name "海曙区市场监督管理局" --role officer --agency market --region 330203 [--lead]
 *   create --username kg001 --display-name "某幼儿园收费管理员" --role operator --kindergarten <USCC or id>
 *          [--generate-password]
 *   reset-password --username haishu.market
 *   import accounts.csv > temporary-passwords.csv
 *
 * The password is never an argument (it would show in `ps` and the shell's history): `create` asks for it twice on a
 * terminal, or reads the first line of standard input (`… < password-file`, a secret manager's pipe); with
 * `--generate-password` it makes a temporary one and prints it once, and the user must change it at the first
 * sign-in. `reset-password` always prints a temporary one. `import` opens every account of a CSV file as
 * /admin/users/import does (the same columns and checks; all or none) and prints the usernames and temporary
 * passwords as CSV on standard output, everything else on standard error. All go through the domain functions the
 * administrator's pages use (createUser, resetUserPassword, importUsers: the same checks, the audit trail with the
 * system as actor).
 */
import { readFile, stat } from "node:fs/promises";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { Migrator } from "kysely";
import { createDb, dialectOf, DEFAULT_SQLITE_PATH, type DB } from "./client";
import { migrations } from "./migrations/index";
import { createUser, resetUserPassword, userIdByUsername } from "~/domain/users/user-admin.server";
import { importUsers } from "~/domain/users/user-import.server";
import { temporaryPasswordsCsv, USER_IMPORT_MAX_BYTES } from "~/domain/users/user-import.schema";
import type { Failure } from "~/domain/result";
import { translate } from "~/i18n";
import { getEnv } from "~/utils/env.server";

const USAGE = `Usage:
  tsx db/user-cli.ts create --username <name> --display-name <name> --role admin|officer|operator
                            [--agency market|education|development_reform --region <code> [--lead]]
                            [--kindergarten <USCC or id>] [--generate-password]
      The password is asked for on a terminal, or read from the first line of standard input.
  tsx db/user-cli.ts reset-password --username <name>
  tsx db/user-cli.ts import <file.csv>
      Opens every account of the file (columns as /admin/users/import/template.csv) or none; prints
      username,temporary_password as CSV on standard output.`;

/** The option that gives a form field. */
const OPTION_OF: Record<string, string> = { displayName: "display-name", regionCode: "region" };

type Said = { key: string; vars?: Record<string, string | number> };
const bilingual = (m: Said) => `${translate("zh-CN", m.key, m.vars)} / ${translate("en", m.key, m.vars)}`;

/** A refusal's messages in both languages, one a line, with the option they are about. */
function describeFailure(failure: Failure): string {
  const lines: string[] = [];
  const say = (field: string | null, m: Said) => lines.push(`  ${field ? `--${OPTION_OF[field] ?? field}: ` : ""}${bilingual(m)}`);
  for (const m of failure.formErrors) say(null, m);
  for (const [field, messages] of Object.entries(failure.fieldErrors)) for (const m of messages) say(field || null, m);
  return lines.join("\n");
}

/** Reads a line from the terminal without echoing it. */
function askHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    const internal = rl as unknown as { _writeToOutput: (s: string) => void; output: NodeJS.WriteStream };
    let asked = false;
    internal._writeToOutput = (s: string) => {
      // The question once; nothing of what is typed (a newline at the end).
      if (!asked) {
        asked = true;
        process.stdout.write(s);
      } else if (s.includes("\n") || s.includes("\r")) process.stdout.write("\n");
    };
    rl.question(question, (answer) => {
      rl.close();
      resolve(answer);
    });
  });
}

/** Standard input's first line (a pipe or a file), without its line ending. */
async function firstLineOfStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8").split(/\r?\n/)[0] ?? "";
}

async function readPassword(): Promise<string | null> {
  if (!process.stdin.isTTY) return firstLineOfStdin();
  const first = await askHidden("Password (at least 10 characters): ");
  const second = await askHidden("Password again: ");
  if (first !== second) {
    console.error("The two passwords differ / 两次输入的密码不一致");
    return null;
  }
  return first;
}

async function pendingMigrations(db: DB): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  return (await migrator.getMigrations()).filter((m) => m.executedAt === undefined).map((m) => m.name);
}

function printTemporary(username: string, password: string): void {
  console.log(`\nTemporary password for ${username} (shown once; to be changed at the first sign-in):\n\n  ${password}\n`);
}

async function create(db: DB, values: Record<string, string | boolean | undefined>): Promise<number> {
  const password = values["generate-password"] ? undefined : await readPassword();
  if (password === null) return 1;
  const input = {
    username: values.username,
    displayName: values["display-name"],
    role: values.role,
    agency: values.agency,
    regionCode: values.region,
    kindergarten: values.kindergarten,
    lead: values.lead === true,
  };
  const result = await createUser({ db, actor: null, input, password });
  if (!result.ok) {
    console.error(`Not created / 未开设:\n${describeFailure(result)}`);
    return 1;
  }
  const username = String(values.username).trim().toLowerCase();
  console.log(`Created ${username} (${String(values.role)}), id ${result.userId}.`);
  if (result.temporaryPassword) printTemporary(username, result.temporaryPassword);
  return 0;
}

async function resetPassword(db: DB, values: Record<string, string | boolean | undefined>): Promise<number> {
  const username = typeof values.username === "string" ? values.username : "";
  const userId = username ? await userIdByUsername(db, username) : null;
  if (!userId) {
    console.error(`No account named ${JSON.stringify(username)} / 未找到该账户`);
    return 1;
  }
  const result = await resetUserPassword({ db, actor: null, userId });
  if (!result.ok) {
    console.error(`Not reset / 未重置:\n${describeFailure(result)}`);
    return 1;
  }
  console.log(`Password of ${username.trim().toLowerCase()} reset; every session of the account is signed out.`);
  printTemporary(username.trim().toLowerCase(), result.temporaryPassword);
  return 0;
}

async function importFile(db: DB, path: string | undefined): Promise<number> {
  if (!path) {
    console.error(USAGE);
    return 1;
  }
  // The domain refuses a file above its limit; one far above it is not read into memory first.
  if ((await stat(path)).size > USER_IMPORT_MAX_BYTES) {
    console.error(`Nothing imported / 未导入任何账户:\n  ${bilingual({ key: "csv.upload.tooLarge", vars: { maxKb: USER_IMPORT_MAX_BYTES / 1024 } })}`);
    return 1;
  }
  const result = await importUsers({ db, actor: null, file: new Uint8Array(await readFile(path)) });
  if (!result.ok) {
    const rowLines = result.rows.flatMap((row) =>
      row.errors.map((m) => `  line ${row.line}${m.column ? ` ${m.column}${m.value !== undefined ? ` "${m.value}"` : ""}` : ""}: ${bilingual(m)}`),
    );
    console.error(["Nothing imported / 未导入任何账户:", describeFailure(result), ...rowLines].filter(Boolean).join("\n"));
    return 1;
  }
  process.stdout.write(temporaryPasswordsCsv(result.accounts.map((a) => ({ username: a.username, temporaryPassword: a.temporaryPassword! }))));
  console.error(`Imported ${result.accounts.length} accounts; each must change its temporary password at the first sign-in.`);
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const parse = (args: string[]) =>
    parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        username: { type: "string" },
        "display-name": { type: "string" },
        role: { type: "string" },
        agency: { type: "string" },
        region: { type: "string" },
        kindergarten: { type: "string" },
        lead: { type: "boolean" },
        "generate-password": { type: "boolean" },
        help: { type: "boolean" },
      },
    });
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (err) {
    console.error(`${(err as Error).message}\n\n${USAGE}`);
    return 1;
  }
  const command = parsed.positionals[0];
  const positionals = command === "import" ? 2 : 1;
  if (parsed.values.help || (command !== "create" && command !== "reset-password" && command !== "import") || parsed.positionals.length > positionals) {
    console.error(USAGE);
    return parsed.values.help ? 0 : 1;
  }
  const url = getEnv().DATABASE_URL;
  // On standard error: standard output is the import's CSV.
  console.error(`${command}: ${dialectOf(url) === "postgres" ? "Postgres (DATABASE_URL)" : `SQLite ${url || DEFAULT_SQLITE_PATH}`}`);
  const db = createDb(url);
  try {
    const pending = await pendingMigrations(db);
    if (pending.length > 0) {
      console.error(`The database is not migrated (${pending.length} pending, first ${pending[0]}): run npm run db:migrate first.`);
      return 1;
    }
    if (command === "import") return await importFile(db, parsed.positionals[1]);
    return command === "create" ? await create(db, parsed.values) : await resetPassword(db, parsed.values);
  } catch (err) {
    console.error(`user ${command} failed: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  } finally {
    await db.destroy().catch(() => {});
  }
}

process.exitCode = await main(process.argv.slice(2));
