/**
 * Loading the division table from the browser (`manage:region:any`; app/domain/regions/region-directory-admin.server.ts),
 * what `npm run regions:load` does on the command line: one province of the vendored national table (`--province`),
 * or a CSV of code,name (`--file`). Two posts, as the other imports:
 *
 * 1. 预览: what the load would add and rename, and the codes of its scope the database has and the input lacks (kept,
 *    never deleted); nothing written. A CSV with a refused row is shown with each line's reason and no 载入 button.
 * 2. 载入: the same input posted again (the province, or the previewed file's text from a hidden field: a page
 *    without JavaScript cannot post the file twice) with the preview's digest; all or nothing, refused when the
 *    table changed since the preview. Then a redirect here, with the counts.
 *
 * Both posts are multipart: a megabyte of Chinese names would take three percent-encoded. The CSV's template is
 * `/admin/regions/template.csv` (regions.template[.csv].tsx), linked beside the upload's 预览.
 */
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import type { PostAnswerWithoutScripts } from "~/components/scriptless-answer";
import { CsvMessage } from "~/components/csv-message";
import { DataTable } from "~/components/data-table";
import { loadRegionsFromPage, regionLoadChoices, type RegionLoadInput, type RegionLoadPreview } from "~/domain/regions/region-directory-admin.server";
import { REGION_CSV_MAX_BYTES } from "~/domain/regions/region-directory-load.server";
import type { FieldErrors, Message } from "~/domain/result";
import type { CsvRowError } from "~/utils/csv-table.server";
import { useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/page-title";
import { requireActor } from "~/web/auth.server";
import { csvTextOf, csvTextUploadOf, readCsvForm, type CsvUploadRefusal } from "~/web/csv-upload.server";
import { getDb } from "~/web/db.server";
import { failureData } from "~/web/failure.server";
import { queryParam, readQuery } from "~/web/query.server";
import { Fact } from "~/components/facts";

export const meta = pageTitle("regions.load.title");
/** Without JavaScript the preview's answer carries the file's text once, in its hidden field: no scripts, no data copy. */
export const handle = { postAnswerWithoutScripts: true } satisfies PostAnswerWithoutScripts;

/** The hidden field holding the previewed file's text. */
const CSV_FIELD = "csv";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireActor(request, "manage:region:any");
  // What a load did, said after its redirect.
  const count = queryParam.text(6);
  const done = readQuery(request, z.object({ done: queryParam.oneOf(["loaded"]), province: queryParam.text(2), inserted: count, renamed: count, unchanged: count, absent: count }));
  return { ...(await regionLoadChoices(getDb())), done };
}

type Source = "national" | "csv";

type ActionData =
  | { stage: "refused"; source: Source | null; formErrors: Message[]; fieldErrors: FieldErrors; rowErrors: CsvRowError[]; refusedRows: number; preview: RegionLoadPreview | null; csv: null }
  | { stage: "preview"; source: Source; preview: RegionLoadPreview; csv: string | null };

const uploadRefused = (refusal: CsvUploadRefusal) =>
  data<ActionData>({ stage: "refused", source: "csv", formErrors: refusal.fileErrors, fieldErrors: {}, rowErrors: [], refusedRows: 0, preview: null, csv: null }, { status: refusal.status });

export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requireActor(request, "manage:region:any");
  const read = await readCsvForm(request, REGION_CSV_MAX_BYTES);
  if (!read.ok) return uploadRefused(read);
  const form = read.form;
  const commit = form.get("intent") === "commit";
  const source: Source = form.get("source") === "csv" ? "csv" : "national";
  const province = String(form.get("province") ?? "").trim();

  let input: RegionLoadInput;
  let csv: string | null = null;
  if (source === "national") {
    input = { kind: "national", province };
  } else if (commit) {
    const text = csvTextOf(form, CSV_FIELD, REGION_CSV_MAX_BYTES);
    if (!text.ok) return uploadRefused(text);
    csv = text.text;
    input = { kind: "csv", file: text.text, fileName: String(form.get("fileName") ?? ""), province: province || undefined };
  } else {
    // Read as text once, as the reader reads it (UTF-8, the BOM dropped): what 载入 sends back is what was previewed.
    const file = await csvTextUploadOf(form, REGION_CSV_MAX_BYTES);
    if (!file.ok) return uploadRefused(file);
    csv = file.text;
    input = { kind: "csv", file: file.text, fileName: file.fileName, province: province || undefined };
  }

  const result = await loadRegionsFromPage({ db: getDb(), actor, input, commit, previewed: commit ? String(form.get("previewed") ?? "") : null, requestId: context?.requestId });
  if (result.ok && result.committed) {
    const counts = { inserted: result.inserted, renamed: result.renamed, unchanged: result.unchanged, absent: result.absent };
    const done = new URLSearchParams({ done: "loaded", ...(province ? { province: province.slice(0, 2) } : {}), ...Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, String(v)])) });
    return redirect(`/admin/regions/load?${done}`);
  }
  if (result.ok) return data<ActionData>({ stage: "preview", source, preview: result.preview, csv: source === "csv" ? csv : null });
  return failureData<ActionData>(result, {
    stage: "refused",
    source,
    formErrors: result.formErrors,
    fieldErrors: result.fieldErrors,
    rowErrors: result.rowErrors,
    refusedRows: result.refusedRows,
    preview: result.preview,
    csv: null,
  });
}

export default function LoadRegions() {
  const { provinces, source, edition, cutoff, fileName, maxKb, maxRows, example, done } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const t = useT();
  const busy = useNavigation().state === "submitting";
  // A preview with something to write offers its commit as the page's one filled button; a new preview is then the second step.
  const awaitingCommit = !!answer?.preview && answer.preview.counts.inserted + answer.preview.counts.renamed > 0;
  const provinceLabel = (p: (typeof provinces)[number]) => `${p.name}（${p.code}）`;
  const doneProvince = done.province ? provinces.find((p) => p.code.startsWith(done.province!)) : undefined;
  return (
    <section className="panel">
      <p>
        <Link to="/admin/regions">← {t("regions.back")}</Link>
      </p>
      <h1>{t("regions.load.title")}</h1>
      <p>{t("regions.load.intro")}</p>
      {done.done && !answer ? (
        <div className="notice" role="status" data-testid="regions-loaded">
          <p>
            {Number(done.inserted ?? 0) + Number(done.renamed ?? 0) === 0
              ? t("regions.load.done.nothing")
              : t("regions.load.done", { inserted: done.inserted ?? "0", renamed: done.renamed ?? "0", unchanged: done.unchanged ?? "0" })}
            {Number(done.absent ?? 0) > 0 ? ` ${t("regions.load.done.absent", { absent: done.absent ?? "0" })}` : null}
          </p>
          {doneProvince ? (
            <p>
              <Link to={`/admin/regions?province=${doneProvince.code}`}>{t("regions.load.done.see", { province: doneProvince.name })}</Link>
            </p>
          ) : null}
        </div>
      ) : null}

      {answer?.stage === "refused" ? <Refused answer={answer} /> : null}
      {answer?.preview ? <Preview preview={answer.preview} source={answer.source ?? "national"} csv={answer.csv} conflict={answer.stage === "refused"} busy={busy} /> : null}

      <h2>{t("regions.load.national.title")}</h2>
      <p className="muted">{t("regions.load.national.intro", { source, edition, cutoff, file: fileName })}</p>
      <Form method="post" encType="multipart/form-data" data-testid="regions-national">
        <input type="hidden" name="intent" value="preview" />
        <input type="hidden" name="source" value="national" />
        <div className="field">
          <label htmlFor="regions-national-province">{t("regions.load.national.province")}</label>
          <select id="regions-national-province" name="province" required defaultValue={answer?.source === "national" && answer.preview?.province ? `${answer.preview.province}0000` : ""}>
            <option value="" disabled>
              {t("regions.load.national.choose")}
            </option>
            {provinces.map((p) => (
              <option key={p.code} value={p.code}>
                {`${provinceLabel(p)} · ${t("regions.load.national.rows", { rows: p.rows, loaded: p.loaded })}`}
              </option>
            ))}
          </select>
        </div>
        <div className="actions">
          <button type="submit" className={awaitingCommit ? "secondary" : "primary"} disabled={busy}>
            {t("regions.load.preview")}
          </button>
        </div>
      </Form>

      <h2>{t("regions.load.csv.title")}</h2>
      <p className="muted">{t("regions.load.csv.intro", { maxKb, maxRows })}</p>
      <Form method="post" encType="multipart/form-data" data-testid="regions-csv">
        <input type="hidden" name="intent" value="preview" />
        <input type="hidden" name="source" value="csv" />
        <div className="field">
          <label htmlFor="regions-csv-file">{t("regions.load.csv.file")}</label>
          <input id="regions-csv-file" type="file" name="file" accept=".csv,text/csv" required />
        </div>
        <div className="field">
          <label htmlFor="regions-csv-province">{t("regions.load.csv.province")}</label>
          <select id="regions-csv-province" name="province" defaultValue="">
            <option value="">{t("regions.load.csv.allRows")}</option>
            {provinces.map((p) => (
              <option key={p.code} value={p.code}>
                {provinceLabel(p)}
              </option>
            ))}
          </select>
        </div>
        <div className="actions">
          <button type="submit" className={awaitingCommit ? "secondary" : "primary"} disabled={busy}>
            {t("regions.load.preview")}
          </button>{" "}
          <a href="/admin/regions/template.csv" download>
            {t("regions.load.template")}
          </a>
        </div>
      </Form>
      <DataTable
        caption={t("regions.load.csv.columns")}
        rows={["code", "name"] as const}
        rowKey={(c) => c}
        columns={[
          { id: "column", header: t("regions.load.csv.column"), key: true, cell: (c) => <code>{c}</code> },
          { id: "meaning", header: t("regions.load.csv.meaning"), cell: (c) => t(`regions.load.csv.doc.${c}`) },
          { id: "example", header: t("regions.load.csv.example"), cell: (c) => <code>{example[c]}</code> },
        ]}
      />
    </section>
  );
}

function Refused({ answer }: { answer: Extract<ActionData, { stage: "refused" }> }) {
  const t = useT();
  const messages = [...answer.formErrors, ...Object.values(answer.fieldErrors).flat()];
  return (
    <div className="form-error" role="alert" data-testid="regions-refused">
      <p>{t("regions.load.failed")}</p>
      {messages.length > 0 ? (
        <ul>
          {messages.map((m, i) => (
            <li key={i}>{t(m.key, m.vars)}</li>
          ))}
        </ul>
      ) : null}
      {answer.rowErrors.length > 0 ? (
        <>
          <p>{t("regions.load.refusedRows", { count: answer.refusedRows })}</p>
          <DataTable
            testId="regions-row-errors"
            rows={answer.rowErrors}
            rowKey={(r) => String(r.line)}
            columns={[
              { id: "line", header: t("regions.load.col.line"), key: true, cell: (r) => t("regions.load.line", { line: r.line }) },
              {
                id: "reason",
                header: t("regions.load.col.reason"),
                cell: (r) =>
                  r.messages.map((m, i) => (
                    <div key={i}>
                      <CsvMessage message={m} />
                    </div>
                  )),
              },
            ]}
          />
          {answer.refusedRows > answer.rowErrors.length ? <p className="muted">{t("regions.load.listed", { count: answer.rowErrors.length })}</p> : null}
        </>
      ) : null}
    </div>
  );
}

function Preview({ preview, source, csv, conflict, busy }: { preview: RegionLoadPreview; source: Source; csv: string | null; conflict: boolean; busy: boolean }) {
  const t = useT();
  const { counts } = preview;
  const writes = counts.inserted + counts.renamed;
  const listed = (total: number, shown: number) => (total > shown ? <p className="muted">{t("regions.load.listed", { count: shown })}</p> : null);
  return (
    <section data-testid="regions-preview">
      <h2>{t(conflict ? "regions.load.preview.again" : "regions.load.preview.title", { file: preview.fileName })}</h2>
      <dl className="grid cols-4">
        {(["inserted", "renamed", "unchanged", "absent"] as const).map((kind) => (
          <Fact key={kind} label={t(`regions.load.count.${kind}`)} testId={`regions-count-${kind}`}>
            {counts[kind]}
          </Fact>
        ))}
      </dl>
      {writes === 0 ? (
        <p role="status">{t("regions.load.preview.nothing")}</p>
      ) : (
        <Form method="post" encType="multipart/form-data" data-testid="regions-commit">
          <input type="hidden" name="intent" value="commit" />
          <input type="hidden" name="source" value={source} />
          <input type="hidden" name="province" value={preview.province ? `${preview.province}0000` : ""} />
          <input type="hidden" name="fileName" value={preview.fileName} />
          <input type="hidden" name="previewed" value={preview.digest} />
          {source === "csv" && csv !== null ? <textarea name={CSV_FIELD} hidden readOnly defaultValue={csv} /> : null}
          <p className="muted">{t("regions.load.commit.hint")}</p>
          <div className="actions">
            <button type="submit" className="primary" disabled={busy}>
              {t("regions.load.commit", { inserted: counts.inserted, renamed: counts.renamed })}
            </button>
          </div>
        </Form>
      )}
      {preview.inserted.length > 0 ? (
        <>
          <h3>{t("regions.load.list.inserted")}</h3>
          <DataTable
            testId="regions-inserted"
            rows={preview.inserted}
            rowKey={(r) => r.code}
            columns={[
              { id: "code", header: t("regions.col.code"), key: true, cell: (r) => <code>{r.code}</code> },
              { id: "name", header: t("regions.col.name"), cell: (r) => r.name },
              { id: "level", header: t("regions.col.level"), cell: (r) => t(`regions.level.${r.level}`) },
            ]}
          />
          {listed(counts.inserted, preview.inserted.length)}
        </>
      ) : null}
      {preview.renamed.length > 0 ? (
        <>
          <h3>{t("regions.load.list.renamed")}</h3>
          <DataTable
            testId="regions-renamed"
            rows={preview.renamed}
            rowKey={(r) => r.code}
            columns={[
              { id: "code", header: t("regions.col.code"), key: true, cell: (r) => <code>{r.code}</code> },
              { id: "from", header: t("regions.load.col.from"), cell: (r) => r.from },
              { id: "to", header: t("regions.load.col.to"), cell: (r) => r.to },
            ]}
          />
          {listed(counts.renamed, preview.renamed.length)}
        </>
      ) : null}
      {preview.absent.length > 0 ? (
        <>
          <h3>{t("regions.load.list.absent")}</h3>
          <p className="muted">{t("regions.load.absent.hint")}</p>
          <DataTable
            testId="regions-absent"
            rows={preview.absent}
            rowKey={(r) => r.code}
            columns={[
              { id: "code", header: t("regions.col.code"), key: true, cell: (r) => <code>{r.code}</code> },
              { id: "name", header: t("regions.col.name"), cell: (r) => r.name },
            ]}
          />
          {listed(counts.absent, preview.absent.length)}
        </>
      ) : null}
    </section>
  );
}
