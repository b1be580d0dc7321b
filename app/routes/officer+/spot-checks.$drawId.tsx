import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { DataTable } from "~/components/data-table";
import { Fact } from "~/components/facts";
import { Instant } from "~/components/instant";
import { getDraw, verifyDraw } from "~/domain/spot-checks/spot-check.queries.server";
import { requireActor } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { unknownIntent } from "~/web/failure.server";
import { readForm } from "~/web/form.server";
import { useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/page-title";

const notFound = () => new Response("Not found", { status: 404 });

export const meta = pageTitle("spotChecks.detail.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request, "read:case:region", "read:case:any");
  const view = await getDraw(getDb(), actor, params.drawId ?? "");
  // Another district's draw is "not found", as its cases are.
  if (!view) throw notFound();
  return view;
}

/** Verifying reads and re-runs; it changes nothing. */
export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireActor(request, "read:case:region", "read:case:any");
  const form = await readForm(request);
  if (form.get("intent") !== "verify") return unknownIntent();
  const check = await verifyDraw(getDb(), actor, params.drawId ?? "");
  if (!check) throw notFound();
  return data({ check });
}

function verdictKey(check: { algorithmKnown: boolean; inputsHashMatches: boolean; resultMatches: boolean }) {
  if (!check.algorithmKnown) return "spotChecks.verify.unknownAlgorithm";
  if (!check.inputsHashMatches) return "spotChecks.verify.hashMismatch";
  return check.resultMatches ? "spotChecks.verify.ok" : "spotChecks.verify.resultMismatch";
}

export default function SpotCheckDraw() {
  const { draw, picks, exclusions, drawerExcluded, underInspection, publication } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const check = answer && "check" in answer ? answer.check : null;
  const [search] = useSearchParams();
  const t = useT();
  const busy = useNavigation().state === "submitting";
  const stratum = (s: string) => (s === "all" ? t("spotChecks.detail.stratum.all") : t(`nature.${s}`));
  return (
    <>
      <section className="panel">
        <p>
          <Link to="/officer/spot-checks">← {t("spotChecks.form.back")}</Link>
        </p>
        <h1>
          {t("spotChecks.detail.title")} · {draw.region_name}
        </h1>
        {search.get("drawn") ? <p className="notice">{t("spotChecks.detail.drawn", { count: picks.length })}</p> : null}
        <dl className="grid cols-3">
          <Fact label={t("spotChecks.drawnAt")}>
            <Instant value={draw.drawn_at} />
          </Fact>
          <Fact label={t("spotChecks.drawnBy")}>{draw.drawn_by_name}</Fact>
          <Fact label={t("spotChecks.agency")}>{t(`spotChecks.agency.${draw.agency}`)}</Fact>
          <Fact label={t("spotChecks.stratify")}>{t(`spotChecks.stratify.${draw.stratify}`)}</Fact>
          <Fact label={t("spotChecks.count")}>
            {draw.requested_count} / {draw.pool_size}
          </Fact>
        </dl>
        {draw.redraw_reason ? (
          <dl>
            <Fact label={t("spotChecks.redrawReason")}>{draw.redraw_reason}</Fact>
          </dl>
        ) : null}
      </section>

      <section className="panel">
        <h2>{t("spotChecks.detail.record")}</h2>
        <dl className="grid cols-3">
          <Fact label={t("spotChecks.detail.algorithm")}>
            <code>{draw.algorithm}</code>
          </Fact>
          <Fact label={t("spotChecks.detail.seed")}>
            <code className="hash">{draw.seed}</code> {t(draw.seed_given ? "spotChecks.detail.seedGiven" : "spotChecks.detail.seedRandom")}
          </Fact>
          <Fact label={t("spotChecks.detail.inputsHash")}>
            <code className="hash">{draw.inputs_sha256}</code>
            <br />
            <span className="muted">{t("spotChecks.detail.inputsSize", { pool: draw.pool_size, officers: draw.officer_count, bytes: draw.inputs_bytes })}</span>
          </Fact>
        </dl>
        <p>
          <a href={`/officer/spot-checks/${draw.id}/record.json`} download>
            {t("spotChecks.detail.download")}
          </a>
        </p>
        <Form method="post">
          <p className="muted">{t("spotChecks.verify.hint")}</p>
          <button type="submit" name="intent" value="verify" className="primary" disabled={busy}>
            {t("spotChecks.verify")}
          </button>
        </Form>
        {check ? (
          <p className={check.inputsHashMatches && check.resultMatches ? "notice" : "form-error"} role="status">
            {t(verdictKey(check))}
          </p>
        ) : null}
      </section>

      <section className="panel">
        <h2>{t("spotChecks.detail.result")}</h2>
        <DataTable
          rows={picks}
          rowKey={(p) => String(p.position)}
          columns={[
            { id: "position", header: t("spotChecks.detail.position"), numeric: true, cell: (p) => p.position },
            { id: "kindergarten", header: t("spotChecks.detail.kindergarten"), key: true, cell: (p) => p.kindergarten_name },
            { id: "district", header: t("spotChecks.detail.district"), cell: (p) => p.district_name },
            { id: "nature", header: t("spotChecks.detail.nature"), cell: (p) => t(`nature.${p.nature}`) },
            draw.stratify !== "none" && { id: "stratum", header: t("spotChecks.detail.stratum"), cell: (p) => stratum(p.stratum) },
            { id: "inspectors", header: t("spotChecks.detail.inspectors"), cell: (p) => `${p.first_inspector_name}、${p.second_inspector_name}` },
            { id: "case", header: t("spotChecks.detail.case"), cell: (p) => <Link to={`/officer/cases/${p.case_id}`}>{t("spotChecks.open")}</Link> },
          ]}
        />
        <h3>{t("spotChecks.detail.exclusions")}</h3>
        {exclusions.length === 0 && !drawerExcluded ? (
          <p className="muted">{t("spotChecks.detail.noExclusions")}</p>
        ) : (
          <ul>
            {drawerExcluded ? <li data-testid="drawer-excluded">{t("spotChecks.detail.drawerExcluded", { name: draw.drawn_by_name })}</li> : null}
            {exclusions.map((e) => (
              <li key={e.officer_id}>
                {t("text.labelled", { label: e.display_name, value: e.reason })}
              </li>
            ))}
          </ul>
        )}
        {underInspection ? (
          <>
            <h3>{t("spotChecks.detail.underInspection")}</h3>
            {underInspection.length === 0 ? (
              <p className="muted">{t("spotChecks.detail.noUnderInspection")}</p>
            ) : (
              <>
                <p className="muted">{t("spotChecks.detail.underInspectionHint", { count: underInspection.length })}</p>
                <ul>
                  {underInspection.map((k) => (
                    <li key={k.id}>
                      {k.name} · {k.district_name}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </>
        ) : null}
      </section>

      <section className="panel">
        <h2>{t("spotChecks.detail.publication")}</h2>
        <p className="muted">{t("spotChecks.detail.publicationHint")}</p>
        {publication.redrawReason ? <p>{t("text.labelled", { label: t("spotChecks.redrawReason"), value: publication.redrawReason })}</p> : null}
        <ol>
          {publication.kindergartens.map((k, i) => (
            // As /spot-checks publishes it, in either language (no Chinese brackets around an English nature).
            <li key={i}>
              {k.name} · {k.district} · {t(`nature.${k.nature}`)}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
