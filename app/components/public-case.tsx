/**
 * A published case as the public reads it (典型案例): the structured facts in
 * the reader's language around the free texts, which are Chinese as
 * published. The public page and the officer's preview render the same.
 */
import { Link } from "@remix-run/react";
import { CivilDate, datedWords } from "~/components/instant";
import { publishedSanction, type PublicCaseContent } from "~/domain/publication/public-case.schema";
import { formatFen } from "~/utils/money";
import { useLang, useRuleLang, useT } from "~/utils/i18n";

export function PublicCaseArticle(props: { content: PublicCaseContent; publishedOn: string | null; headingLevel?: 1 | 2 }) {
  const { content, publishedOn } = props;
  const t = useT();
  const lang = useRuleLang();
  const uiLang = useLang();
  const { kindergarten: k, decision: d, outcome } = content;
  const Heading = props.headingLevel === 2 ? "h2" : "h1";
  return (
    <article className="public-case" data-testid="public-case">
      <Heading>
        {k.name} · {content.rule.title[lang]}
      </Heading>
      <p className="muted">
        {k.place} · {t(`nature.${k.nature}`)} · {t("publicCases.uscc")} <span className="mono">{k.uscc}</span>
      </p>
      {/* The summary is the notice as the authority published it: in Chinese, and said so to an English reader. */}
      {lang === "en" ? <p className="muted">{t("publicCases.summaryInChinese")}</p> : null}
      {/* Its dates (执行…于2026-11-09作出) kept whole on a phone's line, as the facts' dates below are. */}
      <p className="public-case-summary" lang="zh-CN">
        {datedWords(content.summary)}
      </p>
      <dl className="grid cols-3">
        <div>
          <dt className="muted">{t("publicCases.decision")}</dt>
          <dd>
            {/* A penalty says what it was: a fine, or a warning (学前教育法 Art. 79 sets no fine); content approved before it was recorded held fines only. */}
            {d.kind === "penalty" ? t("publicCases.penaltyWithSanction", { kind: t(`case.decisionKind.${d.kind}`), sanction: t(`case.sanction.${publishedSanction(d)!}`) }) : t(`case.decisionKind.${d.kind}`)}
          </dd>
        </div>
        <div>
          <dt className="muted">{t("publicCases.basis")}</dt>
          <dd>
            {d.basis ? t(`case.basis.${d.basis}`) : "—"}
            {/* The penalty's article, unless the basis is that article already (said twice, once in Chinese only). */}
            {d.penaltyArticle && d.basis !== `price-penalty-${d.penaltyArticle}` ? ` · ${t("publicCases.penaltyArticle", { article: t(`case.article.${d.penaltyArticle}`) })}` : null}
          </dd>
        </div>
        <div>
          <dt className="muted">{t("publicCases.decidedOn")}</dt>
          <dd>
            <CivilDate value={d.decidedOn} />
          </dd>
        </div>
        {d.amountFen !== null ? (
          <div>
            <dt className="muted">{d.kind === "penalty" && d.sanction === "warning" ? t("publicCases.amount.confiscated") : t(`publicCases.amount.${d.kind}`)}</dt>
            <dd>{t("flag.yuan", { amount: formatFen(d.amountFen, uiLang) })}</dd>
          </div>
        ) : null}
        {d.families !== null ? (
          <div>
            <dt className="muted">{t("publicCases.families")}</dt>
            <dd>{d.families}</dd>
          </div>
        ) : null}
        {d.byDate ? (
          <div>
            <dt className="muted">{t("publicCases.byDate")}</dt>
            <dd>
              <CivilDate value={d.byDate} />
            </dd>
          </div>
        ) : null}
        {d.documentNo ? (
          <div>
            <dt className="muted">{t("publicCases.documentNo")}</dt>
            <dd>{d.documentNo}</dd>
          </div>
        ) : null}
        {/* What came of an order to rectify or refund by a date; a fine orders nothing to prove. */}
        {d.byDate || outcome.proofReceived ? (
          <div>
            <dt className="muted">{t("publicCases.outcome")}</dt>
            <dd>
              {!outcome.proofReceived
                ? t("publicCases.outcome.pending")
                : outcome.refundFen !== null && outcome.refundFamilies !== null
                  ? t("publicCases.outcome.refunded", { amount: formatFen(outcome.refundFen, uiLang), families: outcome.refundFamilies })
                  : t("publicCases.outcome.proven")}
            </dd>
          </div>
        ) : null}
        {publishedOn ? (
          <div>
            <dt className="muted">{t("publicCases.publishedOn")}</dt>
            <dd>
              <CivilDate value={publishedOn} />
            </dd>
          </div>
        ) : null}
      </dl>
      {content.narrative ? (
        <section>
          <h3>{t("publicCases.narrative")}</h3>
          <p className="prewrap">{datedWords(content.narrative)}</p>
        </section>
      ) : null}
      {content.complaintExcerpt ? (
        <section>
          <h3>{t("publicCases.excerpt")}</h3>
          <blockquote className="prewrap">{content.complaintExcerpt}</blockquote>
        </section>
      ) : null}
      <p>
        <Link className="tap" to={`/kindergartens/${k.id}`}>{t("publicCases.kindergartenPage")}</Link>
      </p>
    </article>
  );
}
