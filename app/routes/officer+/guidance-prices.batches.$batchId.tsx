import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { guidanceBatchDetail } from "~/domain/guidance-prices/guidance-price.queries.server";
import { bpToPercent } from "~/domain/guidance-prices/guidance-price.schema";
import { discardGuidanceBatch } from "~/domain/guidance-prices/guidance-price.service.server";
import { DataTable } from "~/components/data-table";
import { confirmFirst } from "~/components/forms";
import { PriceState, usePriceAmountColumns, usePriceEffectiveColumn, usePriceKeyColumns, usePriceStateColumn } from "~/components/guidance-price-columns";
import { shanghaiDate } from "~/utils/working-days";
import { requireActor } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { errorData, unknownIntent } from "~/web/failure.server";
import { readForm } from "~/web/form.server";
import { useLang, useT } from "~/utils/i18n";
import { formatFen } from "~/utils/money";
import { Instant } from "~/components/instant";
import { pageTitle } from "~/utils/page-title";
import { Fact } from "~/components/facts";

export const meta = pageTitle("guidance.batch.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request, "read:guidance-price:region", "read:guidance-price:any");
  const detail = await guidanceBatchDetail(getDb(), actor, params.batchId ?? "", shanghaiDate());
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
    if (!result.ok) return errorData(result);
    return redirect(`/officer/guidance-prices/batches/${batchId}?discarded=1`);
  }
  return unknownIntent();
}

export default function GuidanceBatch() {
  const { batch, rows, canChange, editable, maxFormRows } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [search] = useSearchParams();
  const t = useT();
  const lang = useLang();
  const busy = useNavigation().state === "submitting";
  const keyColumns = usePriceKeyColumns<(typeof rows)[number]>();
  const amountColumns = usePriceAmountColumns<(typeof rows)[number]>();
  const effectiveColumn = usePriceEffectiveColumn<(typeof rows)[number]>();
  const stateColumn = usePriceStateColumn<(typeof rows)[number]>();
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
      {search.get("edited") && batch.status === "draft" ? (
        <p className="notice">{t("guidance.batch.editedNotice", { rows: batch.row_count })}</p>
      ) : null}
      {actionData?.error ? (
        <div className="form-error" role="alert">
          {t(actionData.error.key, actionData.error.vars)}
        </div>
      ) : null}
      <dl className="grid cols-3">
        <Fact label={t("guidance.col.source")}>{batch.source_document}</Fact>
        <Fact label={t("guidance.batch.createdAt")}>
          <Instant value={batch.created_at} />
          {batch.created_by_name ? ` · ${batch.created_by_name}` : ""}
        </Fact>
        {batch.activated_at ? (
          <Fact label={t("guidance.batch.activatedAt")}>
            <Instant value={batch.activated_at} />
            {batch.activated_by_name ? ` · ${batch.activated_by_name}` : ""}
          </Fact>
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
              {editable ? (
                <p>
                  <Link to={`/officer/guidance-prices/batches/${batch.id}/edit`}>{t("guidance.batch.edit")}</Link>
                </p>
              ) : (
                <p className="muted">{t("guidance.batch.tooLargeToEdit", { rows: batch.row_count, max: maxFormRows })}</p>
              )}
              <Form method="post" className="inline" onSubmit={confirmFirst(t("guidance.batch.discardConfirm"))}>
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

      <DataTable
        rows={rows}
        rowKey={(r) => r.id}
        columns={[
          ...keyColumns,
          ...amountColumns,
          batch.status === "draft" && {
            id: "replaces",
            header: t("guidance.col.replaces"),
            // Named by its state on the day: the row replaced may itself be still to come (or lapsed), not the price in force.
            cell: (r) =>
              r.replaces ? (
                <>
                  {`${formatFen(r.replaces.base_price_fen, lang)} · ${bpToPercent(r.replaces.max_float_bp)}% · `}
                  <PriceState state={r.replaces.state} />
                </>
              ) : (
                t("guidance.noCurrent")
              ),
          },
          effectiveColumn,
          { id: "source", header: t("guidance.col.source"), cell: (r) => r.source_document },
          stateColumn,
        ]}
      />
    </section>
  );
}
