import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { guidanceBatchDetail } from "~/domain/guidance-prices/guidance-price.queries.server";
import { bpToPercent } from "~/domain/guidance-prices/guidance-price.schema";
import { discardGuidanceBatch } from "~/domain/guidance-prices/guidance-price.service.server";
import { PriceAmountCells, PriceEffectiveCell, PriceKeyCells } from "~/components/guidance-price-cells";
import { requireActor } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { readForm } from "~/web/form.server";
import { useLang, useT } from "~/utils/i18n";
import { formatFen } from "~/utils/money";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request, "read:guidance-price:region", "read:guidance-price:any");
  const detail = await guidanceBatchDetail(getDb(), actor, params.batchId ?? "");
  if (!detail) throw new Response("Not found", { status: 404 });
  return detail;
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const actor = await requireActor(request, "manage:guidance-price:region", "manage:guidance-price:any");
  const batchId = params.batchId ?? "";
  const intent = (await readForm(request)).get("intent");
  const common = { db: getDb(), actor, batchId, requestId: context?.requestId };
  if (intent === "discard") {
    const result = await discardGuidanceBatch(common);
    if (!result.ok) return data({ error: result.error }, { status: result.status });
    return redirect(`/officer/guidance-prices/batches/${batchId}?discarded=1`);
  }
  return data({ error: "error.generic" }, { status: 400 });
}

export default function GuidanceBatch() {
  const { batch, rows, canChange } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [search] = useSearchParams();
  const t = useT();
  const lang = useLang();
  const busy = useNavigation().state === "submitting";
  const when = (iso: string) => new Date(iso).toLocaleString(lang, { timeZone: "Asia/Shanghai" });
  return (
    <section className="panel">
      <p>
        <Link to="/officer/guidance-prices">← {t("guidance.back")}</Link>
      </p>
      <h1>
        {t("guidance.batch.title")} · {batch.region_name}{" "}
        <span className={batch.status === "active" ? "badge ok" : batch.status === "draft" ? "badge amber" : "badge"}>
          {t(`guidance.batch.status.${batch.status}`)}
        </span>
      </h1>
      {search.get("created") ? <p className="notice">{t("guidance.batch.created", { rows: batch.row_count })}</p> : null}
      {search.get("discarded") ? <p className="notice">{t("guidance.batch.discardedNotice")}</p> : null}
      {actionData?.error ? (
        <div className="form-error" role="alert">
          {t(actionData.error)}
        </div>
      ) : null}
      <dl className="grid cols-3">
        <div>
          <dt className="muted">{t("guidance.col.source")}</dt>
          <dd>{batch.source_document}</dd>
        </div>
        <div>
          <dt className="muted">{t("guidance.batch.createdAt")}</dt>
          <dd>
            {when(batch.created_at)}
            {batch.created_by_name ? ` · ${batch.created_by_name}` : ""}
          </dd>
        </div>
        {batch.activated_at ? (
          <div>
            <dt className="muted">{t("guidance.batch.activatedAt")}</dt>
            <dd>
              {when(batch.activated_at)}
              {batch.activated_by_name ? ` · ${batch.activated_by_name}` : ""}
            </dd>
          </div>
        ) : null}
      </dl>

      {batch.status === "draft" ? (
        <div className="notice">
          {canChange ? (
            <>
              <p>{t("guidance.batch.previewHint")}</p>
              <p>
                <Link to={`/officer/changes/guidance/${batch.id}`}>{t("guidance.batch.preview")} →</Link>
              </p>
              <Form method="post" className="inline">
                <button type="submit" name="intent" value="discard" className="secondary" disabled={busy}>
                  {t("guidance.batch.discard")}
                </button>
              </Form>
            </>
          ) : (
            <p className="muted">{t("guidance.batch.readOnly")}</p>
          )}
        </div>
      ) : null}

      <div className="table-wrap">
        <table className="responsive">
          <thead>
            <tr>
              <th>{t("guidance.col.region")}</th>
              <th>{t("guidance.col.nature")}</th>
              <th>{t("guidance.col.grade")}</th>
              <th>{t("guidance.col.ageBand")}</th>
              <th>{t("guidance.col.category")}</th>
              <th className="num">{t("guidance.col.basePrice")}</th>
              <th className="num">{t("guidance.col.maxFloat")}</th>
              <th className="num">{t("guidance.col.cap")}</th>
              {batch.status === "draft" ? <th>{t("guidance.col.replaces")}</th> : null}
              <th>{t("guidance.col.effective")}</th>
              <th>{t("guidance.col.source")}</th>
              <th>{t("guidance.col.status")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <PriceKeyCells row={r} />
                <PriceAmountCells row={r} />
                {batch.status === "draft" ? (
                  <td data-label={t("guidance.col.replaces")}>
                    {r.replaces
                      ? `${formatFen(r.replaces.base_price_fen, lang)} · ${bpToPercent(r.replaces.max_float_bp)}% · ${r.replaces.effective_from}`
                      : t("guidance.noCurrent")}
                  </td>
                ) : null}
                <PriceEffectiveCell row={r} />
                <td data-label={t("guidance.col.source")}>{r.source_document}</td>
                <td data-label={t("guidance.col.status")}>
                  {batch.status === "discarded" ? t("guidance.batch.status.discarded") : t(`guidance.status.${r.status}`)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
