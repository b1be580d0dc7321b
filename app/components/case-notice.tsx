/**
 * The written notice of a case's decision as a printable A4 page (app/domain/cases/case-notice.ts builds it): the
 * Chinese notice served on the kindergarten, and for an English reader its translation below, said to be one. Printing
 * prints the notice alone: the header, the page's links and the translation are left out (styles.css, @media print).
 */
import { Link } from "@remix-run/react";
import type { CaseNotice, CaseNoticeReader } from "~/domain/cases/case-notice";
import type { MessageKey } from "~/i18n";
import { useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/page-title";

/** Both notice routes' title: the notice's own (its kind of decision). */
export const caseNoticeMeta = pageTitle<{ notice: { title: string } }>("notice.pageTitle", (data) => data.notice.title);

/** Back to the case page the reader came from: the officer's case, the kindergarten's inspection notice. */
const BACK: Record<CaseNoticeReader, { path: string; label: MessageKey }> = {
  officer: { path: "/officer/cases/", label: "notice.back" },
  kindergarten: { path: "/kindergarten/cases/", label: "notice.backKindergarten" },
};

export function CaseNoticePage(props: { caseId: string; notice: CaseNotice; translation: CaseNotice | null; reader: CaseNoticeReader }) {
  const t = useT();
  const back = BACK[props.reader];
  return (
    <>
      <p className="no-print notice-toolbar">
        <Link to={`${back.path}${props.caseId}`}>← {t(back.label)}</Link>
        <PrintButton label={t("notice.print")} />
      </p>
      {props.translation ? <p className="no-print muted">{t("notice.served")}</p> : null}
      <NoticeDocument notice={props.notice} level={1} />
      {props.translation ? (
        <section className="notice-translation" aria-labelledby="notice-translation-heading">
          <h2 id="notice-translation-heading">{t("notice.translationHeading")}</h2>
          <p className="notice">{t("notice.translationNote")}</p>
          <NoticeDocument notice={props.translation} level={2} />
        </section>
      ) : null}
    </>
  );
}

/** Printing needs the browser's own command: without JavaScript the button does nothing, and the browser's menu prints the same page. */
function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className="link-button" onClick={() => window.print()}>
      {label}
    </button>
  );
}

/** One language's notice: the authority and title, the number, the party, the sections, the signature. */
function NoticeDocument({ notice, level }: { notice: CaseNotice; level: 1 | 2 }) {
  const Title = level === 1 ? "h1" : "h3";
  const Section = level === 1 ? "h2" : "h4";
  return (
    <article className="notice-document" lang={notice.lang} data-testid={`case-notice-${notice.lang}`} data-notice-kind={notice.noticeKind}>
      <header className="notice-head">
        <p className="notice-authority">{notice.authority}</p>
        <Title className="notice-title">{notice.title}</Title>
        {notice.number ? <p className="notice-number">{notice.number}</p> : null}
      </header>
      <div className="notice-recipient">
        {notice.recipient.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
      {notice.sections.map((section) => (
        <section key={section.id} className={`notice-section notice-${section.id}`} data-section={section.id}>
          <Section>{section.heading}</Section>
          {section.paragraphs.map((paragraph, i) => (
            <p key={i}>{paragraph}</p>
          ))}
        </section>
      ))}
      <footer className="notice-signature">
        <p>{notice.authority}</p>
        <p>
          <time dateTime={notice.dateIso}>{notice.date}</time>
        </p>
        <p className="notice-seal">{notice.seal}</p>
      </footer>
    </article>
  );
}
