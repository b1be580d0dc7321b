/**
 * What the complainant reads on the tracking page: the status in words, the
 * legal time limit running now and what it means, the public timeline
 * (officers' replies as their text), and what they submitted. Only what
 * trackComplaint returns, which is nothing the parent did not submit or was
 * not meant to read.
 */
import type { TrackedComplaint } from "~/domain/complaints/complaint.schema";
import { CivilDate, Instant } from "~/components/instant";
import { Interpolate } from "~/components/interpolate";
import { formatFen } from "~/utils/money";
import { useFocusWhenShown } from "~/components/forms";
import { useLang, useT } from "~/utils/i18n";
import { RefundClaimsTable } from "~/components/refund-claims-table";
import type { ComplaintDueKind } from "~/db/schema";

/**
 * A complaint's running deadline in the parent's words, its day a `CivilDate` as every public page writes a day (the
 * moments beside it, received and each step, are `Instant`s); "约" / "about" before it and a note when that year's
 * calendar is not published (a bare "≈", found on a parent's walk, is a sign, not words).
 */
export function ComplaintDue({ due }: { due: { kind: ComplaintDueKind; dueOn: string; estimated: boolean } }) {
  const t = useT();
  const date = <CivilDate value={due.dueOn} />;
  return (
    <>
      <Interpolate id={`complaint.due.${due.kind}`} vars={{ date: due.estimated ? <Interpolate id="complaint.due.about" vars={{ date }} /> : date }} />
      {due.estimated ? <span className="muted"> {t("complaint.view.calendarNote")}</span> : null}
    </>
  );
}

const KNOWN_EVENTS = new Set([
  "received",
  "accepted",
  "rejected",
  "transferred",
  "mediation_started",
  "mediation_ended",
  "case_opened",
  "no_case",
  "verification_extended",
  "reply",
  "closed",
]);

export function TrackedComplaintView({ complaint }: { complaint: TrackedComplaint }) {
  const t = useT();
  const lang = useLang();
  const track = t(`complaint.track.${complaint.track}`);
  const deadline = complaint.deadline;
  // Found: the answer comes below the form, half off a phone's screen; it is brought into view and read.
  const heading = useFocusWhenShown<HTMLHeadingElement>(complaint);
  return (
    <section className="panel complaint-view" aria-labelledby="complaint-view-title">
      <h2 id="complaint-view-title" ref={heading} tabIndex={-1}>
        {t("complaint.view.title", { track, trackingNo: complaint.trackingNo })}
      </h2>
      <dl className="facts">
        <dt>{t("complaint.view.kindergarten")}</dt>
        <dd>{complaint.kindergartenName}</dd>
        <dt>{t("complaint.view.kind")}</dt>
        <dd>{t(`complaint.kind.${complaint.kind}`)}</dd>
        <dt>{t("complaint.view.received")}</dt>
        <dd>
          <Instant value={complaint.receivedAt} />
        </dd>
        <dt>{t("complaint.view.status")}</dt>
        <dd data-testid="complaint-status">
          {/* The parent knows which track they chose: a report is verified, never "accepted". */}
          <strong>{complaint.status === "received" ? t(`complaint.statusReceived.${complaint.track}`) : t(`complaint.status.${complaint.status}`)}</strong>
        </dd>
      </dl>

      <h3>{t("complaint.view.deadline")}</h3>
      {deadline ? (
        <p data-testid="complaint-deadline">
          <ComplaintDue due={deadline} />{" "}
          <span className={deadline.overdue ? "badge red" : "badge"}>
            {deadline.overdue
              ? t("complaint.view.overdue")
              : deadline.workingDaysLeft > 0
                ? t("complaint.view.daysLeft", { n: deadline.workingDaysLeft })
                : t("complaint.view.dueToday")}
          </span>
        </p>
      ) : (
        <p className="muted">{t("complaint.view.noDeadline")}</p>
      )}

      <h3>{t("complaint.view.timeline")}</h3>
      <ol className="complaint-timeline">
        {complaint.timeline.map((event, i) => (
          <li key={i}>
            <p>
              <Instant value={event.at} /> · <strong>{eventTitle(t, event, t(`complaint.trackNoun.${complaint.track}`))}</strong>
            </p>
            {event.kind === "received" ? <ReceivedDetail t={t} lang={lang} detail={event.detail} months={complaint.refundClaims.length} /> : null}
            <EventGrounds t={t} event={event} />
            {typeof event.detail.refundFen === "number" ? <p>{t("complaint.event.refund", { amount: formatFen(event.detail.refundFen, lang) })}</p> : null}
            {event.text ? <p className="reply-text">{event.text}</p> : null}
          </li>
        ))}
      </ol>

      <h3>{t("complaint.view.submitted")}</h3>
      <h4>{t("complaint.view.items")}</h4>
      {complaint.items.length === 0 ? (
        <p className="muted">{t("complaint.view.noItems")}</p>
      ) : (
        <ul>
          {complaint.items.map((item, i) => (
            <li key={i}>
              {t("complaint.view.itemLine", { name: item.name, amount: formatFen(item.amountFen, lang), unit: t(`unit.${item.unit}`) })}
            </li>
          ))}
        </ul>
      )}
      <RefundClaimsTable rows={complaint.refundClaims} />
      <h4>{t("complaint.view.narrative")}</h4>
      <p className="narrative">{complaint.narrative}</p>
      <p className="muted">{t("complaint.view.evidence", { n: complaint.evidenceCount })}</p>
    </section>
  );
}

/** What came with the complaint, naming only what there was: a refund complaint has months, not charged items. */
function ReceivedDetail(props: { t: ReturnType<typeof useT>; lang: ReturnType<typeof useLang>; detail: Record<string, unknown>; months: number }) {
  const { t, lang, detail, months } = props;
  const counts = { items: Number(detail.items ?? 0), months, files: Number(detail.files ?? 0) };
  const parts = (Object.keys(counts) as Array<keyof typeof counts>)
    .filter((part) => counts[part] > 0)
    .map((part) => t(`complaint.event.received.${part}`, { n: counts[part] }));
  if (parts.length === 0) return null;
  // zh-CN's own list format puts 和 before the last part, without a space after a figure: "1 项收费和1 个文件".
  const list = lang === "en" ? new Intl.ListFormat("en", { type: "conjunction" }).format(parts) : parts.join("、");
  return <p className="muted">{t("complaint.event.received.detail", { parts: list })}</p>;
}

/** Why a step went as it did, in the law's words: the ground of a refusal, the outcome of a mediation. */
function EventGrounds({ t, event }: { t: ReturnType<typeof useT>; event: TrackedComplaint["timeline"][number] }) {
  if (event.kind === "rejected" && typeof event.detail.ground === "string") {
    return <p>{t("complaint.event.ground", { ground: t(`handling.ground.${event.detail.ground}`) })}</p>;
  }
  if (event.kind === "mediation_ended" && typeof event.detail.outcome === "string") {
    return <p>{t("complaint.event.outcome", { outcome: t(`handling.outcomeName.${event.detail.outcome}`) })}</p>;
  }
  return null;
}

function eventTitle(t: ReturnType<typeof useT>, event: TrackedComplaint["timeline"][number], track: string): string {
  if (event.kind === "received") return t("complaint.event.received", { track });
  if (event.kind === "transferred") return t("complaint.event.transferred", { to: typeof event.detail.toRegionName === "string" ? `（${event.detail.toRegionName}）` : "" });
  // A report's decision is stored as "decided" with its outcome: the parent reads the outcome's own words.
  if (event.kind === "decided" && (event.detail.outcome === "case_opened" || event.detail.outcome === "no_case")) return t(`complaint.event.${event.detail.outcome}`);
  return KNOWN_EVENTS.has(event.kind) ? t(`complaint.event.${event.kind}`) : t("complaint.event.other");
}
