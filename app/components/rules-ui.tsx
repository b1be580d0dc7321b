/**
 * Pieces shared by the rules pages (officer+/rules*, kindergartens*,
 * changes.parameters*, changes.rule-versions*, admin+/rules*): values of rule
 * params as officers read them, where a value comes from, activation periods,
 * translated domain messages, and the preview of a change. Not a route (the
 * "__" prefix is ignored by the route convention).
 */
import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import type { ParamType } from "~/rules/params";
import { paramDisplay } from "~/domain/rules-config/param-input";
import { useLang, useT } from "~/utils/i18n";
import { usePoll } from "~/utils/use-poll";
import { Instant } from "~/components/instant";
import { Interpolate } from "~/components/interpolate";

export interface UiMessage {
  key: string;
  vars?: Record<string, string | number>;
}

/** "zh" or "en": the half of a rule file's localized text to show. */
export function useRuleLang(): "zh" | "en" {
  return useLang() === "en" ? "en" : "zh";
}

export function Msg({ m }: { m: UiMessage }) {
  const t = useT();
  return <>{t(m.key, m.vars)}</>;
}

export function ErrorBox({ messages }: { messages: UiMessage[] | undefined | null }) {
  const t = useT();
  if (!messages || messages.length === 0) return null;
  return (
    <div className="form-error" role="alert">
      {messages.map((m) => t(m.key, m.vars)).join("；")}
    </div>
  );
}

export function ParamValue({ type, value }: { type: ParamType; value: unknown }) {
  const t = useT();
  if (type === "boolean" && typeof value === "boolean") return <>{t(`rulesConfig.bool.${value}`)}</>;
  return <span className="param-value">{paramDisplay(type, value)}</span>;
}

/** "国家默认", or "市 · 宁波市". */
export function SourceLabel({ source, regionName }: { source: string; regionName: string | null }) {
  const t = useT();
  const level = t(`rulesConfig.source.${source}`);
  return <>{source === "default" || !regionName ? level : `${level} · ${regionName}`}</>;
}

export function Period({ from, to }: { from: string; to: string | null }) {
  const t = useT();
  return <>{to === null ? t("rulesConfig.periodOpen", { from }) : t("rulesConfig.period", { from, to })}</>;
}

export function VersionStatus({ status }: { status: string }) {
  const t = useT();
  const tone = status === "in_force" ? "ok" : status === "scheduled" ? "amber" : "";
  return <span className={`badge ${tone}`}>{t(`rulesConfig.status.${status}`)}</span>;
}

/** A rule version's file cells: its file name and the period the file allows. */
export function RuleFileCells({ version }: { version: { file: string; fileFrom: string; fileTo: string | null } }) {
  const t = useT();
  return (
    <>
      <td data-label={t("rulesConfig.col.file")}>
        <code>{version.file}</code>
      </td>
      <td data-label={t("rulesConfig.col.filePeriod")}>
        <Period from={version.fileFrom} to={version.fileTo} />
      </td>
    </>
  );
}

/** An effective parameter's cells, in the header order name, value, source, default. */
export function EffectiveParamCells(props: {
  param: { name: string; type: ParamType; value: unknown; defaultValue: unknown; source: string; sourceRegionName: string | null };
  /** Shown on hovering the name (the param's description). */
  title?: string;
}) {
  const t = useT();
  const p = props.param;
  return (
    <>
      <td data-label={t("rulesConfig.param.col.name")} title={props.title}>
        <code>{p.name}</code>
      </td>
      <td data-label={t("rulesConfig.param.col.value")}>
        <strong>
          <ParamValue type={p.type} value={p.value} />
        </strong>
      </td>
      <td data-label={t("rulesConfig.param.col.source")}>
        <SourceLabel source={p.source} regionName={p.sourceRegionName} />
      </td>
      <td data-label={t("rulesConfig.param.col.default")}>
        <ParamValue type={p.type} value={p.defaultValue} />
      </td>
    </>
  );
}

export function SeverityBadges({ severities }: { severities: string[] }) {
  const t = useT();
  return (
    <>
      {severities.map((s) => (
        <span key={s} className={`badge ${s}`}>
          {t(`severity.${s}`)}
        </span>
      ))}
    </>
  );
}

export function LegalBasisList({ basis }: { basis: Array<{ document: string; article?: string }> }) {
  return (
    <ul className="legal-basis">
      {basis.map((b, i) => (
        <li key={i}>
          {b.document}
          {b.article ? ` ${b.article}` : ""}
        </li>
      ))}
    </ul>
  );
}

export interface PreviewFlagView {
  ruleId: string;
  version: number;
  severity: string;
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
                  <td data-label={t("changes.col.kindergarten")}>
                    {linkKindergartens ? <Link to={`/officer/kindergartens/${r.kindergartenId}`}>{r.kindergartenName}</Link> : r.kindergartenName}
                  </td>
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
        <div>
          <dt className="muted">{t("changes.preview.total")}</dt>
          <dd data-testid="preview-total">{props.total}</dd>
        </div>
        <div>
          <dt className="muted">{t("changes.preview.newlyFlagged")}</dt>
          <dd data-testid="preview-newly-flagged">{props.newlyFlagged.count}</dd>
        </div>
        <div>
          <dt className="muted">{t("changes.preview.cleared")}</dt>
          <dd data-testid="preview-cleared">{props.cleared.count}</dd>
        </div>
      </dl>
      <PreviewList id="newly-flagged" title={t("changes.preview.newlyFlagged")} list={props.newlyFlagged} linkKindergartens={link} />
      <PreviewList id="cleared" title={t("changes.preview.cleared")} list={props.cleared} linkKindergartens={link} />
      <PreviewList id="changed" title={t("changes.preview.changed")} list={props.changed} linkKindergartens={link} />
    </>
  );
}

/** A re-evaluation run's status; a run whose next batch was given up on reads "stalled". */
export function RunStatusBadge({ status, stalled }: { status: string; stalled: boolean }) {
  const t = useT();
  const tone = status === "done" ? "ok" : status === "failed" || stalled ? "red" : "amber";
  return <span className={`badge ${tone}`}>{t(stalled ? "changes.status.stalled" : `changes.status.${status}`)}</span>;
}

/** Re-evaluation runs started by a change, linking to their progress pages. */
export function RunList(props: {
  title: string;
  runs: Array<{ id: string; status: string; stalled: boolean; created_at: string; processed: number; total: number; percent: number }>;
}) {
  const t = useT();
  if (props.runs.length === 0) return null;
  return (
    <>
      <h2>{props.title}</h2>
      <ul>
        {props.runs.map((r) => (
          <li key={r.id}>
            <Link to={`/officer/changes/runs/${r.id}`}>
              <Instant value={r.created_at} />
            </Link> · <RunStatusBadge status={r.status} stalled={r.stalled} /> ·{" "}
            {t("changes.run.progressText", { processed: r.processed, total: r.total, percent: r.percent })}
          </li>
        ))}
      </ul>
    </>
  );
}
