import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { editGuidanceChange } from "~/domain/changes/guidance-change.server";
import { guidanceDraftForEdit } from "~/domain/guidance-prices/guidance-price.queries.server";
import { DRAFT_FORM_BYTES, draftBatchInput, MAX_FORM_ROWS } from "~/domain/guidance-prices/guidance-price.schema";
import { requireActor } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { conformErrors, failureData } from "~/web/failure.server";
import { readForm } from "~/web/form.server";
import { useT } from "~/utils/i18n";
import { GuidanceDraftForm } from "~/components/guidance-draft-form";
import { pageTitle } from "~/utils/page-title";

export const meta = pageTitle("guidance.edit.title");

/** Editing a draft batch: the drafting form, prefilled with the draft's rows; saving replaces them (version-checked). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request, "manage:guidance-price:region", "manage:guidance-price:any");
  const draft = await guidanceDraftForEdit(getDb(), actor, params.batchId ?? "");
  if (!draft) throw new Response("Not found", { status: 404 });
  return draft;
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const actor = await requireActor(request, "manage:guidance-price:region", "manage:guidance-price:any");
  const batchId = params.batchId ?? "";
  const formData = await readForm(request, { maxBytes: DRAFT_FORM_BYTES, lists: { rows: MAX_FORM_ROWS } });
  const submission = parseWithZod(formData, { schema: draftBatchInput });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  // The domain parses the raw payload again (rows and the version the edit was made from): it is the authority.
  const result = await editGuidanceChange({ db: getDb(), actor, batchId, input: submission.payload, requestId: context?.requestId });
  if (!result.ok) return failureData(result, { result: submission.reply(conformErrors(result)) });
  return redirect(`/officer/guidance-prices/batches/${batchId}?edited=1`);
}

export default function EditGuidanceDraft() {
  const { batch, editable, maxFormRows, regions, rows } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const first = rows[0];
  return (
    <section className="panel">
      <p>
        <Link to={`/officer/guidance-prices/batches/${batch.id}`}>← {t("guidance.edit.backToBatch")}</Link>
      </p>
      <h1>
        {t("guidance.edit.title")} · {batch.region_name}
      </h1>
      {batch.status !== "draft" ? (
        <p className="notice">{t("guidance.edit.notDraft")}</p>
      ) : !editable ? (
        <p className="notice">{t("guidance.batch.tooLargeToEdit", { rows: batch.row_count, max: maxFormRows })}</p>
      ) : (
        <>
          <p className="muted">{t("guidance.edit.hint")}</p>
          <GuidanceDraftForm
            id="guidance-draft-edit"
            regions={regions}
            rows={rows}
            newRow={{
              region_code: first?.region_code ?? "",
              nature: first?.nature ?? "inclusive_private",
              grade: "",
              age_band: "all",
              category: first?.category ?? "care_education",
              base_price_yuan: "",
              max_float_percent: "",
              effective_from: "",
              effective_to: "",
              source_document: "",
            }}
            lastResult={actionData?.result}
            submitLabel={t("guidance.edit.submit")}
            version={batch.version}
          />
        </>
      )}
    </section>
  );
}
