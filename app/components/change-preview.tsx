/**
 * What a change (guidance-price batch, parameter set, rule version) would do
 * before it is activated: how many catalogues are newly flagged, cleared or
 * changed, with the lists; or, while a background job computes a large
 * preview, that it is being computed.
 */
import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { DataTable } from "~/components/data-table";
import { Instant } from "~/components/instant";
import { Interpolate } from "~/components/interpolate";
import { ruleVersionLabel } from "~/utils/flag-words";
import { useLang, useT } from "~/utils/i18n";
import { usePoll } from "~/utils/use-poll";
import { Fact } from "~/components/facts";

export interface PreviewFlagView {
  ruleId: string;
  version: number;
  severity: string;
  /** The rule flags at the same severity before and after, but its explanation says something else (another amount or item). */
  explanationChanged?: true;
}

export interface PreviewRowView {
  filingId: string;
  kindergartenId: string;
  kindergartenName: string;
  regionCode: string;
  regionName?: string;
  before: PreviewFlagView[];
  after: PreviewFlagView[];
}

export interface PreviewListView {
  count: number;
  rows: PreviewRowView[];
}

function Flags({ flags }: { flags: PreviewFlagView[] }) {
  const t = useT();
  const lang = useLang();
  if (flags.length === 0) return <span className="badge ok">{t("changes.preview.noFlags")}</span>;
  return (
    <>
      {flags.map((f) => (
        <span key={`${f.ruleId}@${f.version}`} className={`badge ${f.severity}`} title={t(`severity.${f.severity}`)}>
          {ruleVersionLabel(f.ruleId, f.version, lang)} · {t(`severity.${f.severity}`)}
          {f.explanationChanged ? <span data-testid="flag-explanation-changed"> · {t("changes.preview.explanationChanged")}</span> : null}
        </span>
      ))}
    </>
  );
}

function PreviewList({ id, title, list, linkKindergartens }: { id: string; title: string; list: PreviewListView; linkKindergartens: boolean }) {
  const t = useT();
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>
        {title} <span className="muted">({list.count})</span>
      </h2>
      {list.rows.length === 0 ? (
        <p className="muted">{t("changes.preview.empty")}</p>
      ) : (
        <DataTable
          rows={list.rows}
          rowKey={(r) => r.filingId}
          columns={[
            {
              id: "kindergarten",
              header: t("changes.col.kindergarten"),
              key: true,
              cell: (r) => (linkKindergartens ? <Link to={`/officer/kindergartens/${r.kindergartenId}`}>{r.kindergartenName}</Link> : r.kindergartenName),
            },
            { id: "region", header: t("changes.col.region"), cell: (r) => r.regionName ?? r.regionCode },
            { id: "before", header: t("changes.col.before"), cell: (r) => <Flags flags={r.before} /> },
            { id: "after", header: t("changes.col.after"), key: true, cell: (r) => <Flags flags={r.after} /> },
          ]}
        />
      )}
      {list.count > list.rows.length && list.rows.length > 0 ? (
        <p className="muted">{t("changes.preview.more", { count: list.count - list.rows.length })}</p>
      ) : null}
    </section>
  );
}

/** A large change's preview is computed by a background job: say so, and reload until it is there. */
export function PreviewComputing({ computing }: { computing: { total: number; requestedAt: string; lastError: string | null } }) {
  const t = useT();
  usePoll(true, 2000);
  return (
    <div className="notice" role="status" data-testid="preview-computing">
      <p>{t("changes.preview.computing", { total: computing.total })}</p>
      <p className="muted">
        <Interpolate id="changes.preview.requestedAt" vars={{ at: <Instant value={computing.requestedAt} /> }} />
      </p>
      {computing.lastError ? <p className="muted">{t("changes.preview.lastError", { error: computing.lastError })}</p> : null}
    </div>
  );
}

/** Counts and lists of a change preview, as the guidance-price preview shows them. */
export function PreviewSection(props: {
  intro: ReactNode;
  total: number;
  newlyFlagged: PreviewListView;
  cleared: PreviewListView;
  changed: PreviewListView;
  linkKindergartens?: boolean;
  /** When a stored (background) preview was computed; omitted or null: just now. */
  computedAt?: string | null;
}) {
  const t = useT();
  const link = props.linkKindergartens ?? true;
  return (
    <>
      <p>{props.intro}</p>
      {props.computedAt ? (
        <p className="muted" data-testid="preview-computed-at">
          <Interpolate id="changes.preview.computedAt" vars={{ at: <Instant value={props.computedAt} /> }} />
        </p>
      ) : null}
      <dl className="grid cols-3">
        <Fact label={t("changes.preview.total")} testId="preview-total">
          {props.total}
        </Fact>
        <Fact label={t("changes.preview.newlyFlagged")} testId="preview-newly-flagged">
          {props.newlyFlagged.count}
        </Fact>
        <Fact label={t("changes.preview.cleared")} testId="preview-cleared">
          {props.cleared.count}
        </Fact>
      </dl>
      <PreviewList id="newly-flagged" title={t("changes.preview.newlyFlagged")} list={props.newlyFlagged} linkKindergartens={link} />
      <PreviewList id="cleared" title={t("changes.preview.cleared")} list={props.cleared} linkKindergartens={link} />
      <PreviewList id="changed" title={t("changes.preview.changed")} list={props.changed} linkKindergartens={link} />
    </>
  );
}
