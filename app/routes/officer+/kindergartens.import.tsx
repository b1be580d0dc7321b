/**
 * The registry's import (`manage:kindergarten:region` in the officer's region and below, or `…:any`): a file, CSV or
 * Excel workbook (told by its bytes), is uploaded and previewed (nothing written), then confirmed. The confirmation
 * posts the previewed file's text again (a workbook's sheet as CSV) from a hidden field of the preview page, with the
 * preview's digest and the upload's submission key: nothing is kept on the server between the two posts, the file is
 * not chosen twice, and the commit checks every row again (docs/decisions.md, 2026-12-05, nineteenth session).
 */
import type { PostAnswerWithoutScripts } from "~/components/scriptless-answer";
import { REGISTRY_FIELD_LABEL, useRegistryWords } from "~/components/registry-history";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { DataTable } from "~/components/data-table";
import { SubmissionKeyInput } from "~/components/forms";
import { REGISTRY_IMPORT_MAX_ROWS, importRegistry, type RegistryImportPreview } from "~/domain/registry/registry-import.server";
import { REGISTRY_COLUMNS, REGISTRY_EXAMPLE_ROWS, REGISTRY_IMPORT_MAX_BYTES, REGISTRY_OPTIONAL_COLUMNS, type RegistryColumn } from "~/domain/registry/registry.schema";
import type { Message } from "~/domain/result";
import { SUBMISSION_KEY_FIELD } from "~/domain/submissions/submission.schema";
import { newSubmissionKey } from "~/domain/submissions/submission.service.server";
import { useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/page-title";
import { requireActor } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { failureData } from "~/web/failure.server";
import { formRefusalResponse, readFormResult } from "~/web/form.server";
import { queryParam, readQuery } from "~/web/query.server";
import { Fact } from "~/components/facts";

export const meta = pageTitle("registry.import.title");
/** Without JavaScript the preview's answer carries the file's text once, in its hidden field: no scripts, no data copy. */
export const handle = { postAnswerWithoutScripts: true } satisfies PostAnswerWithoutScripts;

const PERMISSIONS = ["manage:kindergarten:region", "manage:kindergarten:any"] as const;
const MAX_MB = REGISTRY_IMPORT_MAX_BYTES / 1024 / 1024;
/** The file (or its text posted back) plus the form's other fields and the multipart framing. */
const BODY_BYTES = REGISTRY_IMPORT_MAX_BYTES + 64 * 1024;
/** What the file field offers: the type is told by the bytes, whatever the name or the browser's type says. */
const ACCEPT = ".csv,text/csv,.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireActor(request, ...PERMISSIONS);
  // What a commit did, said after its redirect (the counts are the officer's own import's).
  const count = queryParam.text(6);
  const done = readQuery(request, z.object({ done: queryParam.oneOf(["imported", "replayed"]), new: count, changed: count, unchanged: count }));
  return { submissionKey: newSubmissionKey(), maxMb: MAX_MB, maxRows: REGISTRY_IMPORT_MAX_ROWS, done };
}

interface ImportAnswer {
  fileErrors: Message[];
  preview: RegistryImportPreview | null;
  fileName?: string;
  /** For the confirmation: the previewed text and the key the upload carried. */
  csv?: string;
  submissionKey?: string;
}

function refuseUpload(status: number, key: string) {
  return data<ImportAnswer>({ fileErrors: [{ key, vars: { maxMb: MAX_MB } }], preview: null }, { status });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requireActor(request, ...PERMISSIONS);
  const read = await readFormResult(request, { maxBytes: BODY_BYTES, files: true });
  // Too large is said on this page, with the limit; other refusals are the shared answers.
  if (!read.ok && read.refusal.status === 413) return refuseUpload(413, "registry.import.tooLarge");
  if (!read.ok) throw formRefusalResponse(read.refusal);
  const form = read.form;
  const commit = form.get("intent") === "commit";
  // The upload's bytes (read by the domain as a CSV file or a workbook), or the text a confirmation posts back.
  let file: string | Uint8Array;
  let fileName: string;
  if (commit) {
    const csv = form.get("csv");
    if (typeof csv !== "string" || csv === "") return refuseUpload(400, "registry.import.noFile");
    if (new TextEncoder().encode(csv).byteLength > REGISTRY_IMPORT_MAX_BYTES) return refuseUpload(413, "registry.import.tooLarge");
    file = csv;
    fileName = String(form.get("fileName") ?? "").slice(0, 200);
  } else {
    const upload = form.get("file");
    if (!upload || typeof upload === "string" || upload.size === 0) return refuseUpload(400, "registry.import.noFile");
    // Bounded before anything reads it: a workbook's parts are then unpacked within the domain's own bound.
    if (upload.size > REGISTRY_IMPORT_MAX_BYTES) return refuseUpload(413, "registry.import.tooLarge");
    file = new Uint8Array(await upload.arrayBuffer());
    fileName = upload.name.slice(0, 200);
  }
  const submissionKey = form.get(SUBMISSION_KEY_FIELD);
  const result = await importRegistry({
    db: getDb(),
    actor,
    file,
    fileName,
    // The confirmation carries the upload's key: a repeat of it is answered with the first commit's counts.
    submissionKey,
    commit,
    previewed: commit ? String(form.get("previewed") ?? "") : null,
    requestId: context?.requestId,
  });
  if (result.ok && result.committed) {
    const { counts } = result;
    return redirect(`/officer/kindergartens/import?done=${result.replayed ? "replayed" : "imported"}&new=${counts.new}&changed=${counts.changed}&unchanged=${counts.unchanged}`);
  }
  const { preview, text } = result as Exclude<typeof result, { committed: true }>;
  // The text goes back only with a preview that can be confirmed: none for a file that did not read or has refused rows.
  const confirmable = preview !== null && preview.counts.refused === 0 && preview.counts.new + preview.counts.changed > 0;
  const answer: ImportAnswer = {
    fileErrors: result.ok ? [] : result.formErrors,
    preview,
    fileName,
    ...(confirmable && text !== undefined ? { csv: text, submissionKey: String(submissionKey ?? "") } : {}),
  };
  return result.ok ? answer : failureData(result, answer);
}

export default function ImportRegistry() {
  const { submissionKey, maxMb, maxRows, done } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const t = useT();
  const busy = useNavigation().state === "submitting";
  return (
    <section className="panel">
      <p>
        <Link to="/officer/kindergartens">← {t("rulesConfig.kgs.title")}</Link>
      </p>
      <h1>{t("registry.import.title")}</h1>
      {done.done && !answer ? (
        <p className="notice" role="status" data-testid="done-notice">
          {t(done.done === "imported" ? "registry.import.done" : "registry.import.replayed", { new: done.new ?? "0", changed: done.changed ?? "0", unchanged: done.unchanged ?? "0" })}
        </p>
      ) : null}
      <p>{t("registry.import.intro", { maxMb, maxRows })}</p>
      <p className="muted">{t("registry.import.excelTip")}</p>

      {answer && answer.fileErrors.length > 0 ? (
        <div className="form-error" role="alert">
          <p>{t("registry.import.failed")}</p>
          <ul>
            {answer.fileErrors.map((m, i) => (
              <li key={i}>{t(m.key, m.vars)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {answer?.preview ? <Preview preview={answer.preview} fileName={answer.fileName ?? ""} /> : null}
      {answer?.csv !== undefined ? (
        <Form method="post" encType="multipart/form-data" data-testid="confirm-import">
          <p>{t("registry.import.confirmIntro")}</p>
          <SubmissionKeyInput fresh={submissionKey} sent={answer.submissionKey} />
          <input type="hidden" name="intent" value="commit" />
          <input type="hidden" name="fileName" value={answer.fileName} />
          <input type="hidden" name="previewed" value={answer.preview?.digest} />
          <textarea name="csv" hidden readOnly defaultValue={answer.csv} />
          <div className="actions">
            <button type="submit" className="primary" disabled={busy}>
              {t("registry.import.confirm")}
            </button>
          </div>
        </Form>
      ) : null}

      {answer?.preview ? <h2>{t("registry.import.again")}</h2> : null}
      <Form method="post" encType="multipart/form-data">
        <SubmissionKeyInput fresh={submissionKey} />
        <input type="hidden" name="intent" value="preview" />
        <div className="field">
          <label htmlFor="csv-file">{t("registry.import.file")}</label>
          <input id="csv-file" type="file" name="file" accept={ACCEPT} required />
        </div>
        <div className="actions">
          <button type="submit" className={answer?.csv !== undefined ? "secondary" : "primary"} disabled={busy}>
            {t("registry.import.preview")}
          </button>{" "}
          <a href="/officer/kindergartens/template.csv" download>
            {t("registry.import.template")}
          </a>
        </div>
      </Form>

      <h2>{t("registry.import.columns")}</h2>
      <DataTable
        rows={REGISTRY_COLUMNS}
        rowKey={(c) => c}
        columns={[
          { id: "column", header: t("registry.import.column"), key: true, cell: (c) => <code>{c}</code> },
          {
            id: "meaning",
            header: t("registry.import.meaning"),
            cell: (c: RegistryColumn) => `${t(`registry.import.doc.${c}`)}${(REGISTRY_OPTIONAL_COLUMNS as readonly string[]).includes(c) ? ` ${t("registry.import.optional")}` : ""}`,
          },
          { id: "example", header: t("registry.import.example"), cell: (c) => <code>{REGISTRY_EXAMPLE_ROWS[1][c] || "—"}</code> },
        ]}
      />
    </section>
  );
}

function Preview({ preview, fileName }: { preview: RegistryImportPreview; fileName: string }) {
  const t = useT();
  const { counts } = preview;
  const value = useRegistryWords(preview.regionNames);
  const say = (m: Message & { column?: string; value?: string }) =>
    m.column ? t("text.labelled", { label: `${m.column}${m.value !== undefined ? ` “${m.value}”` : ""}`, value: t(m.key, m.vars) }) : t(m.key, m.vars);
  const line = (row: { line: number }) => t("registry.import.line", { line: row.line });
  const listed = (total: number, shown: number) => (total > shown ? <p className="muted">{t("registry.import.listed", { count: shown })}</p> : null);
  return (
    <div data-testid="import-preview">
      <h2>{t("registry.import.previewTitle", { fileName })}</h2>
      <dl className="grid cols-3">
        {(["new", "changed", "unchanged", "refused"] as const).map((kind) => (
          <Fact key={kind} label={t(`registry.import.count.${kind}`)} testId={`count-${kind}`}>
            {t("registry.import.rows", { count: counts[kind] })}
          </Fact>
        ))}
      </dl>
      {counts.refused > 0 ? (
        <>
          <h2>{t("registry.import.errorRows")}</h2>
          <p>{t("registry.import.refusedIntro")}</p>
          <DataTable
            rows={preview.rowErrors}
            rowKey={(row) => String(row.line)}
            columns={[
              { id: "line", header: t("registry.import.lineCol"), key: true, cell: line },
              { id: "reason", header: t("registry.import.reason"), cell: (row) => row.messages.map((m, i) => <div key={i}>{say(m)}</div>) },
            ]}
          />
          {listed(counts.refused, preview.rowErrors.length)}
        </>
      ) : counts.new + counts.changed === 0 ? (
        <p>{t("registry.import.nothingToDo")}</p>
      ) : null}
      {preview.newRows.length > 0 ? (
        <>
          <h2>{t("registry.import.newRows")}</h2>
          <DataTable
            rows={preview.newRows}
            rowKey={(row) => String(row.line)}
            columns={[
              { id: "line", header: t("registry.import.lineCol"), key: true, cell: line },
              { id: "uscc", header: t("registry.field.uscc"), cell: (row) => <code>{row.uscc}</code> },
              { id: "name", header: t("registry.field.approvedName"), cell: (row) => row.approvedName },
              { id: "region", header: t("registry.field.region"), cell: (row) => value("regionCode", row.regionCode) },
            ]}
          />
          {listed(counts.new, preview.newRows.length)}
        </>
      ) : null}
      {preview.changedRows.length > 0 ? (
        <>
          <h2>{t("registry.import.changedRows")}</h2>
          <DataTable
            rows={preview.changedRows}
            rowKey={(row) => String(row.line)}
            columns={[
              { id: "line", header: t("registry.import.lineCol"), key: true, cell: line },
              { id: "uscc", header: t("registry.field.uscc"), cell: (row) => <code>{row.uscc}</code> },
              { id: "name", header: t("registry.field.approvedName"), cell: (row) => row.approvedName },
              {
                id: "changes",
                header: t("registry.import.changes"),
                cell: (row) =>
                  row.changes.map((c) => (
                    <div key={c.field}>{t("registry.import.change", { field: t(REGISTRY_FIELD_LABEL[c.field]), from: value(c.field, c.from), to: value(c.field, c.to) })}</div>
                  )),
              },
            ]}
          />
          {listed(counts.changed, preview.changedRows.length)}
        </>
      ) : null}
    </div>
  );
}
