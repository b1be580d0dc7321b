import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { activateGuidanceChange, guidanceChangeView } from "../../domain/changes/guidance-change.server";
import type { PreviewFlag, PreviewRow } from "../../domain/changes/preview.server";
import { runPercent } from "../../domain/changes/reevaluation.server";
import { requireActor } from "../../utils/auth.server";
import { getDb } from "../../utils/db.server";
import { useLang, useT } from "../../utils/i18n";
import { getRulesRuntime } from "../../utils/rules.server";

/** Rows shown per list; the counts are always complete. */
const LIST_LIMIT = 200;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request, "manage:guidance-price:region", "manage:guidance-price:any");
  const view = await guidanceChangeView({ db: getDb(), rules: getRulesRuntime(), actor, batchId: params.batchId ?? "" });
  if (!view) throw new Response("Not found", { status: 404 });
  const list = (rows: PreviewRow[]) => ({ count: rows.length, rows: rows.slice(0, LIST_LIMIT) });
  return {
    batch: view.batch,
    preview: view.preview
      ? {
          total: view.preview.total,
          newlyFlagged: list(view.preview.newlyFlagged),
          cleared: list(view.preview.cleared),
          changed: list(view.preview.changed),
        }
      : null,
    runs: view.runs.map((r) => ({ id: r.id, status: r.status, created_at: r.created_at, processed: r.processed, total: r.total, percent: runPercent(r) })),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const actor = await requireActor(request, "manage:guidance-price:region", "manage:guidance-price:any");
  const intent = (await request.formData()).get("intent");
  if (intent !== "activate") return data({ error: "error.generic" }, { status: 400 });
  const result = await activateGuidanceChange({
    db: getDb(),
    actor,
    batchId: params.batchId ?? "",
    requestId: context?.requestId ?? null,
  });
  if (!result.ok) return data({ error: result.error }, { status: result.status });
  return redirect(`/officer/changes/runs/${result.runId}`);
}

function Flags({ flags }: { flags: PreviewFlag[] }) {
  const t = useT();
  if (flags.length === 0) return <span className="badge ok">{t("changes.preview.noFlags")}</span>;
  return (
    <>
      {flags.map((f) => (
        <span key={`${f.ruleId}@${f.version}`} className={`badge ${f.severity}`} title={t(`severity.${f.severity}`)}>
          {f.ruleId} v{f.version} · {t(`severity.${f.severity}`)}
        </span>
      ))}
    </>
  );
}

function PreviewList({ id, title, list }: { id: string; title: string; list: { count: number; rows: PreviewRow[] } }) {
  const t = useT();
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>
        {title} <span className="muted">({list.count})</span>
      </h2>
      {list.count === 0 ? (
        <p className="muted">{t("changes.preview.empty")}</p>
      ) : (
        <div className="table-wrap">
          <table className="responsive">
            <thead>
              <tr>
                <th>{t("changes.col.kindergarten")}</th>
                <th>{t("changes.col.region")}</th>
                <th>{t("changes.col.before")}</th>
                <th>{t("changes.col.after")}</th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((r) => (
                <tr key={r.filingId}>
                  <td data-label={t("changes.col.kindergarten")}>{r.kindergartenName}</td>
                  <td data-label={t("changes.col.region")}>{r.regionName ?? r.regionCode}</td>
                  <td data-label={t("changes.col.before")}>
                    <Flags flags={r.before} />
                  </td>
                  <td data-label={t("changes.col.after")}>
                    <Flags flags={r.after} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {list.count > list.rows.length ? <p className="muted">{t("changes.preview.more", { count: list.count - list.rows.length })}</p> : null}
    </section>
  );
}

export default function GuidanceChangePreview() {
  const { batch, preview, runs } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const lang = useLang();
  const busy = useNavigation().state !== "idle";
  const when = (iso: string) => new Date(iso).toLocaleString(lang, { timeZone: "Asia/Shanghai" });
  return (
    <section className="panel">
      <p>
        <Link to={`/officer/guidance-prices/batches/${batch.id}`}>← {t("changes.guidance.backToBatch")}</Link>
      </p>
      <h1>{t("changes.guidance.title")}</h1>
      <p className="muted">{t("changes.guidance.batch", { source: batch.source_document, rows: batch.row_count })}</p>
      {actionData?.error ? (
        <div className="form-error" role="alert">
          {t(actionData.error)}
        </div>
      ) : null}

      {preview ? (
        <>
          <p>{t("changes.guidance.intro", { region: batch.region_name })}</p>
          <dl className="grid cols-3">
            <div>
              <dt className="muted">{t("changes.preview.total")}</dt>
              <dd data-testid="preview-total">{preview.total}</dd>
            </div>
            <div>
              <dt className="muted">{t("changes.preview.newlyFlagged")}</dt>
              <dd data-testid="preview-newly-flagged">{preview.newlyFlagged.count}</dd>
            </div>
            <div>
              <dt className="muted">{t("changes.preview.cleared")}</dt>
              <dd data-testid="preview-cleared">{preview.cleared.count}</dd>
            </div>
          </dl>
          <PreviewList id="newly-flagged" title={t("changes.preview.newlyFlagged")} list={preview.newlyFlagged} />
          <PreviewList id="cleared" title={t("changes.preview.cleared")} list={preview.cleared} />
          <PreviewList id="changed" title={t("changes.preview.changed")} list={preview.changed} />
          <div className="notice">
            <p>{t("changes.guidance.activateHint")}</p>
            <Form method="post" className="inline">
              <button type="submit" name="intent" value="activate" className="primary" disabled={busy}>
                {t("changes.guidance.activate")}
              </button>
            </Form>
          </div>
        </>
      ) : (
        <p className="notice">{t("changes.guidance.notDraft", { status: t(`guidance.batch.status.${batch.status}`) })}</p>
      )}

      {runs.length > 0 ? (
        <>
          <h2>{t("changes.guidance.runs")}</h2>
          <ul>
            {runs.map((r) => (
              <li key={r.id}>
                <Link to={`/officer/changes/runs/${r.id}`}>{when(r.created_at)}</Link> · {t(`changes.status.${r.status}`)} ·{" "}
                {t("changes.run.progressText", { processed: r.processed, total: r.total, percent: r.percent })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
