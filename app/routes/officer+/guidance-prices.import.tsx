import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import type { Message } from "~/domain/result";
import { CSV_COLUMNS, CSV_EXAMPLE_ROWS } from "~/domain/guidance-prices/guidance-price.schema";
import { importGuidanceCsv, type RowError } from "~/domain/guidance-prices/guidance-price.service.server";
import { SUBMISSION_KEY_FIELD } from "~/domain/submissions/submission.schema";
import { newSubmissionKey } from "~/domain/submissions/submission.service.server";
import { SubmissionKeyInput } from "~/components/forms";
import { requireActor } from "~/web/auth.server";
import { CsvMessage } from "~/components/csv-message";
import { DataTable } from "~/components/data-table";
import { getDb } from "~/web/db.server";
import { failureData } from "~/web/failure.server";
import { csvFileOf, readCsvForm, type CsvUploadRefusal } from "~/web/csv-upload.server";
import { useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/page-title";

/** 1 MB: a province-wide table is a few hundred rows, well under 100 KB. */
const MAX_BYTES = 1024 * 1024;
const MAX_KB = MAX_BYTES / 1024;

export const meta = pageTitle("guidance.import.title");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireActor(request, "manage:guidance-price:region", "manage:guidance-price:any");
  return { columns: CSV_COLUMNS, example: CSV_EXAMPLE_ROWS, maxKb: MAX_KB, submissionKey: newSubmissionKey() };
}

type ImportFailure = { fileErrors: Message[]; rowErrors: RowError[] };

/** The upload itself is unusable (too large, no file, not a CSV): refused before the domain sees it. */
const refuseUpload = (refusal: CsvUploadRefusal) => data<ImportFailure>({ fileErrors: refusal.fileErrors, rowErrors: [] }, { status: refusal.status });

export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requireActor(request, "manage:guidance-price:region", "manage:guidance-price:any");
  const read = await readCsvForm(request, MAX_BYTES);
  if (!read.ok) return refuseUpload(read);
  const file = await csvFileOf(read.form, MAX_BYTES);
  if (!file.ok) return refuseUpload(file);

  const result = await importGuidanceCsv({
    db: getDb(),
    actor,
    file: file.bytes,
    fileName: file.fileName,
    // A repeat of the same upload (same key) is answered with the first batch: the same redirect.
    submissionKey: read.form.get(SUBMISSION_KEY_FIELD),
    requestId: context?.requestId,
  });
  if (!result.ok) return failureData<ImportFailure>(result, { fileErrors: result.formErrors, rowErrors: result.rowErrors });
  return redirect(`/officer/guidance-prices/batches/${result.batchId}?created=1`);
}

export default function ImportGuidancePrices() {
  const { columns, example, maxKb, submissionKey } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const t = useT();
  const busy = useNavigation().state === "submitting";
  return (
    <section className="panel">
      <p>
        <Link to="/officer/guidance-prices">← {t("guidance.back")}</Link>
      </p>
      <h1>{t("guidance.import.title")}</h1>
      <p>{t("guidance.import.intro", { maxKb })}</p>
      <p className="muted">{t("guidance.import.excelTip")}</p>

      {failure ? <ImportErrors failure={failure} /> : null}

      <Form method="post" encType="multipart/form-data">
        <SubmissionKeyInput fresh={submissionKey} />
        <div className="field">
          <label htmlFor="csv-file">{t("guidance.import.file")}</label>
          <input id="csv-file" type="file" name="file" accept=".csv,text/csv" required />
        </div>
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {t("guidance.import.submit")}
          </button>{" "}
          <a href="/officer/guidance-prices/template.csv" download>
            {t("guidance.import.template")}
          </a>
        </div>
      </Form>

      <h2>{t("guidance.import.columns")}</h2>
      <DataTable
        rows={columns}
        rowKey={(c) => c}
        columns={[
          { id: "column", header: t("guidance.import.column"), key: true, cell: (c) => <code>{c}</code> },
          { id: "meaning", header: t("guidance.import.meaning"), cell: (c) => t(`guidance.doc.${c}`) },
          { id: "example", header: t("guidance.import.example"), cell: (c) => <code>{example[0][c] || "—"}</code> },
        ]}
      />
      <h2>{t("guidance.import.example")}</h2>
      <pre className="table-wrap">
        {[columns.join(","), ...example.map((row) => columns.map((c) => row[c]).join(","))].join("\n")}
      </pre>
    </section>
  );
}

function ImportErrors({ failure }: { failure: ImportFailure }) {
  const t = useT();
  return (
    <div className="form-error" role="alert">
      <p>{t("guidance.import.failed")}</p>
      {failure.fileErrors.length > 0 ? (
        <ul>
          {failure.fileErrors.map((m, i) => (
            <li key={i}>
              <CsvMessage message={m} />
            </li>
          ))}
        </ul>
      ) : null}
      {failure.rowErrors.length > 0 ? (
        <>
          <p>{t("guidance.import.rowErrors", { count: failure.rowErrors.length })}</p>
          <DataTable
            rows={failure.rowErrors}
            rowKey={(row) => String(row.line)}
            columns={[
              { id: "line", header: t("guidance.import.lineCol"), key: true, cell: (row) => t("guidance.import.line", { line: row.line }) },
              {
                id: "reason",
                header: t("guidance.import.reason"),
                cell: (row) =>
                  row.messages.map((m, i) => (
                    <div key={i}>
                      <CsvMessage message={m} />
                    </div>
                  )),
              },
            ]}
          />
        </>
      ) : null}
    </div>
  );
}
