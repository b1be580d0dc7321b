import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { guidanceEditOptions } from "~/domain/guidance-prices/guidance-price.queries.server";
import { bpToPercent, DRAFT_FORM_BYTES, draftBatchInput, MAX_FORM_ROWS } from "~/domain/guidance-prices/guidance-price.schema";
import { createGuidanceDraft } from "~/domain/guidance-prices/guidance-price.service.server";
import { SUBMISSION_KEY_FIELD } from "~/domain/submissions/submission.schema";
import { newSubmissionKey } from "~/domain/submissions/submission.service.server";
import { requireActor } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { conformErrors, failureData } from "~/web/failure.server";
import { readForm } from "~/web/form.server";
import { queryParam, readQuery } from "~/web/query.server";
import { z } from "zod";
import { useT } from "~/utils/i18n";
import { fenToYuanInput } from "~/utils/money";
import { GuidanceDraftForm } from "~/components/guidance-draft-form";
import { pageTitle } from "~/utils/page-title";


export const meta = pageTitle("guidance.form.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireActor(request, "manage:guidance-price:region", "manage:guidance-price:any");
  const from = readQuery(request, z.object({ from: queryParam.text(40) })).from ?? null;
  const { regions, from: row } = await guidanceEditOptions(getDb(), actor, from);
  const start = row
    ? {
        region_code: row.region_code,
        nature: row.nature,
        grade: row.grade,
        age_band: row.age_band,
        category: row.category,
        base_price_yuan: fenToYuanInput(row.base_price_fen),
        max_float_percent: bpToPercent(row.max_float_bp),
        effective_from: "",
        effective_to: "",
        source_document: "",
      }
    : {
        // An officer's own region; an admin (every region) chooses one, rather than find the first province chosen.
        region_code: actor.regionCode ?? "",
        nature: "inclusive_private",
        grade: "",
        age_band: "all",
        category: "care_education",
        base_price_yuan: "",
        max_float_percent: "",
        effective_from: "",
        effective_to: "",
        source_document: "",
      };
  return { regions, start, submissionKey: newSubmissionKey() };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requireActor(request, "manage:guidance-price:region", "manage:guidance-price:any");
  const formData = await readForm(request, { maxBytes: DRAFT_FORM_BYTES, lists: { rows: MAX_FORM_ROWS } });
  const submission = parseWithZod(formData, { schema: draftBatchInput });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  // The domain parses the raw payload again with the same schema: it is the authority. A repeat (same key) gets the first batch.
  const result = await createGuidanceDraft({
    db: getDb(),
    actor,
    input: submission.payload,
    submissionKey: formData.get(SUBMISSION_KEY_FIELD),
    requestId: context?.requestId,
  });
  if (!result.ok) return failureData(result, { result: submission.reply(conformErrors(result)) });
  return redirect(`/officer/guidance-prices/batches/${result.batchId}?created=1`);
}


export default function NewGuidanceDraft() {
  const { regions, start, submissionKey } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  return (
    <section className="panel">
      <p>
        <Link to="/officer/guidance-prices">← {t("guidance.back")}</Link>
      </p>
      <h1>{t("guidance.form.title")}</h1>
      <p className="muted">{t("guidance.form.hint")}</p>
      <GuidanceDraftForm
        id="guidance-draft"
        regions={regions}
        rows={[start]}
        newRow={{ ...start, base_price_yuan: "", max_float_percent: "", effective_from: "", effective_to: "", source_document: "" }}
        lastResult={actionData?.result}
        submitLabel={t("guidance.form.submit")}
        submissionKey={submissionKey}
      />
    </section>
  );
}
