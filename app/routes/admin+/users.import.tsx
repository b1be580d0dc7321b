/**
 * Accounts opened from a CSV file (`manage:user:any`; app/domain/users/user-import.server.ts), in two posts:
 *
 * 1. the upload (a file part, as on the guidance-price import) answers with the preview: each row's account or its
 *    errors, nothing written; a file without errors comes back with the 导入 button, its text in a hidden field
 *    (a page without JavaScript cannot post the file again) and the upload's one-time submission key;
 * 2. 导入 posts that text and key: every account or none. The answer is this page with the temporary passwords, shown
 *    once (never a redirect: they must not travel in a URL), a table that works without JavaScript and a button
 *    that saves them as a CSV made in the browser. A repeat of the same import (its key) lists the accounts without
 *    passwords.
 *
 * Both posts are multipart: a megabyte of Chinese names would take three percent-encoded.
 */
import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import type { PostAnswerWithoutScripts } from "~/components/scriptless-answer";
import { CsvMessage } from "~/components/csv-message";
import { DataTable } from "~/components/data-table";
import { SubmissionKeyInput } from "~/components/forms";
import { TemporaryPasswordsDownload } from "~/components/temporary-password";
import type { Message } from "~/domain/result";
import { SUBMISSION_KEY_FIELD } from "~/domain/submissions/submission.schema";
import { newSubmissionKey } from "~/domain/submissions/submission.service.server";
import { importUsers, previewUserImport, type ImportedAccount, type UserImportRow } from "~/domain/users/user-import.server";
import { USER_IMPORT_COLUMNS, USER_IMPORT_EXAMPLE_ROWS, USER_IMPORT_MAX_BYTES, USER_IMPORT_MAX_ROWS } from "~/domain/users/user-import.schema";
import { useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/page-title";
import { requireActor } from "~/web/auth.server";
import { csvTextOf, csvTextUploadOf, readCsvForm, type CsvUploadRefusal } from "~/web/csv-upload.server";
import { getDb } from "~/web/db.server";
import { failureData } from "~/web/failure.server";

export const meta = pageTitle("users.import.title");
/** Without JavaScript the preview's answer carries the file's text once, in its hidden field: no scripts, no data copy. */
export const handle = { postAnswerWithoutScripts: true } satisfies PostAnswerWithoutScripts;

/** The hidden field holding the previewed file's text. */
const CSV_FIELD = "csv";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireActor(request, "manage:user:any");
  return {
    columns: USER_IMPORT_COLUMNS,
    example: USER_IMPORT_EXAMPLE_ROWS,
    maxKb: USER_IMPORT_MAX_BYTES / 1024,
    maxRows: USER_IMPORT_MAX_ROWS,
    submissionKey: newSubmissionKey(),
  };
}

type ActionData =
  | { stage: "refused"; fileErrors: Message[] }
  | { stage: "preview"; fileName: string; rows: UserImportRow[]; errorCount: number; csv: string | null; submissionKey: string | null }
  | { stage: "done"; accounts: ImportedAccount[]; replayed: boolean };

const refused = (refusal: CsvUploadRefusal) => data<ActionData>({ stage: "refused", fileErrors: refusal.fileErrors }, { status: refusal.status });

export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requireActor(request, "manage:user:any");
  const read = await readCsvForm(request, USER_IMPORT_MAX_BYTES);
  if (!read.ok) return refused(read);
  const sentKey = read.form.get(SUBMISSION_KEY_FIELD);
  const submissionKey = typeof sentKey === "string" ? sentKey : null;
  const fileName = String(read.form.get("fileName") ?? "").slice(0, 200);

  if (read.form.get("intent") === "import") {
    const csv = csvTextOf(read.form, CSV_FIELD, USER_IMPORT_MAX_BYTES);
    if (!csv.ok) return refused(csv);
    const result = await importUsers({ db: getDb(), actor, file: csv.text, submissionKey: sentKey, requestId: context?.requestId });
    if (!result.ok) {
      // Rows the database refused since the preview (a username taken meanwhile): the preview again, without 导入.
      if (result.rows.length > 0) return failureData<ActionData>(result, { stage: "preview", fileName, rows: result.rows, errorCount: result.rows.filter((r) => r.errors.length > 0).length, csv: null, submissionKey: null });
      return failureData<ActionData>(result, { stage: "refused", fileErrors: result.formErrors });
    }
    return data<ActionData>({ stage: "done", accounts: result.accounts, replayed: result.replayed });
  }

  // Read as text once: the reader's input and, for a clean file, what 导入 sends back (UTF-8, the BOM dropped).
  const file = await csvTextUploadOf(read.form, USER_IMPORT_MAX_BYTES);
  if (!file.ok) return refused(file);
  const preview = await previewUserImport({ db: getDb(), actor, file: file.text });
  if (!preview.ok) return failureData<ActionData>(preview, { stage: "refused", fileErrors: preview.formErrors });
  const clean = preview.errorCount === 0;
  return data<ActionData>(
    { stage: "preview", fileName: file.fileName, rows: preview.rows, errorCount: preview.errorCount, csv: clean ? file.text : null, submissionKey },
    { status: clean ? 200 : 400 },
  );
}

export default function ImportUsers() {
  const { columns, example, maxKb, maxRows, submissionKey } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const t = useT();
  const busy = useNavigation().state === "submitting";
  if (answer?.stage === "done") return <Imported accounts={answer.accounts} replayed={answer.replayed} />;
  const sentKey = answer?.stage === "preview" ? answer.submissionKey : null;
  return (
    <section className="panel">
      <p>
        <Link to="/admin/users">← {t("users.back")}</Link>
      </p>
      <h1>{t("users.import.title")}</h1>
      <p>{t("users.import.intro", { maxKb, maxRows })}</p>
      <p className="muted">{t("users.import.excelTip")}</p>

      {answer?.stage === "refused" ? (
        <div className="form-error" role="alert">
          <p>{t("users.import.failed")}</p>
          <ul>
            {answer.fileErrors.map((m, i) => (
              <li key={i}>
                <CsvMessage message={m} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {answer?.stage === "preview" ? <Preview preview={answer} busy={busy} /> : null}

      <Form method="post" encType="multipart/form-data" data-testid="user-import-upload">
        <SubmissionKeyInput fresh={submissionKey} sent={sentKey} />
        <input type="hidden" name="intent" value="preview" />
        <div className="field">
          <label htmlFor="users-csv-file">{answer ? t("users.import.again") : t("users.import.file")}</label>
          <input id="users-csv-file" type="file" name="file" accept=".csv,text/csv" required />
        </div>
        <div className="actions">
          <button type="submit" className={answer?.stage === "preview" && answer.csv ? "secondary" : "primary"} disabled={busy}>
            {t("users.import.preview.submit")}
          </button>{" "}
          <a href="/admin/users/import/template.csv" download>
            {t("users.import.template")}
          </a>
        </div>
      </Form>

      <h2>{t("users.import.columns")}</h2>
      <DataTable
        rows={columns}
        rowKey={(c) => c}
        columns={[
          { id: "column", header: t("users.import.column"), key: true, cell: (c) => <code>{c}</code> },
          { id: "meaning", header: t("users.import.meaning"), cell: (c) => t(`users.import.doc.${c}`) },
          { id: "example", header: t("users.import.example"), cell: (c) => example.map((row) => row[c] || "—").join(" / ") },
        ]}
      />
    </section>
  );
}

function Preview({ preview, busy }: { preview: Extract<ActionData, { stage: "preview" }>; busy: boolean }) {
  const t = useT();
  const ok = preview.errorCount === 0;
  return (
    <section data-testid="user-import-preview">
      <h2>{t("users.import.preview.title", { file: preview.fileName })}</h2>
      <p className={ok ? "notice" : "form-error"} role={ok ? "status" : "alert"}>
        {ok ? t("users.import.preview.ok", { count: preview.rows.length }) : t("users.import.preview.errors", { count: preview.rows.length, errors: preview.errorCount })}
      </p>
      {ok && preview.csv !== null ? (
        <Form method="post" encType="multipart/form-data" data-testid="user-import-commit">
          <input type="hidden" name="intent" value="import" />
          <input type="hidden" name={SUBMISSION_KEY_FIELD} value={preview.submissionKey ?? ""} />
          <input type="hidden" name="fileName" value={preview.fileName} />
          <input type="hidden" name={CSV_FIELD} value={preview.csv} />
          <p className="muted">{t("users.import.commit.hint")}</p>
          <div className="actions">
            <button type="submit" className="primary" disabled={busy}>
              {t("users.import.commit", { count: preview.rows.length })}
            </button>
          </div>
        </Form>
      ) : null}
      <DataTable
        testId="user-import-rows"
        rows={preview.rows}
        rowKey={(r) => String(r.line)}
        columns={[
          { id: "line", header: t("users.import.col.line"), key: true, cell: (r) => t("users.import.line", { line: r.line }) },
          { id: "username", header: t("users.import.col.username"), cell: (r) => (r.username ? <code>{r.username}</code> : "—") },
          { id: "name", header: t("users.import.col.displayName"), cell: (r) => r.displayName ?? "—" },
          {
            id: "role",
            header: t("users.import.col.role"),
            cell: (r) => (r.role === "officer" || r.role === "operator" ? t(`users.role.${r.role}`) : (r.role ?? "—")) + (r.lead ? ` · ${t("users.lead")}` : ""),
          },
          {
            id: "place",
            header: t("users.import.col.place"),
            cell: (r) =>
              r.kindergartenName ??
              ([r.agency ? t(`users.agency.${r.agency}`) : null, r.regionName ?? r.regionCode].filter(Boolean).join(" · ") || (r.kindergartenUscc ?? "—")),
          },
          {
            id: "check",
            header: t("users.import.col.check"),
            cell: (r) =>
              r.errors.length > 0 ? (
                <div className="form-error">
                  {r.errors.map((m, i) => (
                    <div key={i}>
                      <CsvMessage message={m} />
                    </div>
                  ))}
                </div>
              ) : (
                <>
                  <div>{t("users.import.row.ok")}</div>
                  {r.existingOperators.length > 0 ? <div className="muted">{t("users.import.row.existingOperators", { usernames: r.existingOperators.join("、") })}</div> : null}
                </>
              ),
          },
        ]}
      />
    </section>
  );
}

function Imported({ accounts, replayed }: { accounts: ImportedAccount[]; replayed: boolean }) {
  const t = useT();
  const withPasswords = accounts.flatMap((a) => (a.temporaryPassword ? [{ username: a.username, temporaryPassword: a.temporaryPassword }] : []));
  return (
    <section className="panel" data-testid="users-imported">
      <p>
        <Link to="/admin/users">← {t("users.back")}</Link>
      </p>
      <h1>{t("users.import.done.title", { count: accounts.length })}</h1>
      {replayed ? (
        <p role="status">{t("users.import.done.replayed")}</p>
      ) : (
        <div className="notice" role="status">
          <p>{t("users.import.done.intro")}</p>
          <TemporaryPasswordsDownload accounts={withPasswords} fileName="temporary-passwords.csv" label={t("users.import.done.download")} />
        </div>
      )}
      <DataTable
        testId="users-imported-list"
        rows={accounts}
        rowKey={(a) => a.userId}
        columns={[
          {
            id: "username",
            header: t("users.import.col.username"),
            key: true,
            cell: (a) => (
              <Link to={`/admin/users/${a.userId}`}>
                <code>{a.username}</code>
              </Link>
            ),
          },
          ...(replayed
            ? []
            : [
                {
                  id: "password",
                  header: t("users.import.col.password"),
                  cell: (a: ImportedAccount) => (
                    <code className="temporary-password" translate="no">
                      {a.temporaryPassword}
                    </code>
                  ),
                },
              ]),
        ]}
      />
    </section>
  );
}
