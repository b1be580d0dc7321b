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
import { Fact } from "~/components/facts";

export function PublicCaseArticle(props: { content: PublicCaseContent; publishedOn: string | null; headingLevel?: 1 | 2 }) {
  const { content, publishedOn } = props;
  const t = useT();
  const lang = useRuleLang();
  const uiLang = useLang();
  const { kindergarten: k, decision: d, outcome } = content;
  const Heading = props.headingLevel === 2 ? "h2" : "h1";
  return (
    <article className="public-case" data-testid="public-case">
      {/* Headed as the list heads it: what was decided. The rule's title, which names every way it can be broken
          ("…未备案、备案尚在审核中或户名…不一致"), is a fact below; what was found is the summary's. One string: one text node. */}
      <Heading>{`${k.name} · ${t(`case.decisionKind.${d.kind}`)}`}</Heading>
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
        <Fact label={t("publicCases.rule")}>{content.rule.title[lang]}</Fact>
        <Fact label={t("publicCases.decision")}>
          {/* A penalty says what it was: a fine, or a warning (学前教育法 Art. 79 sets no fine); content approved before it was recorded held fines only. */}
          {d.kind === "penalty" ? t("publicCases.penaltyWithSanction", { kind: t(`case.decisionKind.${d.kind}`), sanction: t(`case.sanction.${publishedSanction(d)!}`) }) : t(`case.decisionKind.${d.kind}`)}
        </Fact>
        <Fact label={t("publicCases.basis")}>
          {d.basis ? t(`case.basis.${d.basis}`) : "—"}
          {/* The penalty's article, unless the basis is that article already (said twice, once in Chinese only). */}
          {d.penaltyArticle && d.basis !== `price-penalty-${d.penaltyArticle}` ? ` · ${t("publicCases.penaltyArticle", { article: t(`case.article.${d.penaltyArticle}`) })}` : null}
        </Fact>
        <Fact label={t("publicCases.decidedOn")}>
          <CivilDate value={d.decidedOn} />
        </Fact>
        {d.amountFen !== null ? (
          <Fact label={d.kind === "penalty" && d.sanction === "warning" ? t("publicCases.amount.confiscated") : t(`publicCases.amount.${d.kind}`)}>
            {t("flag.yuan", { amount: formatFen(d.amountFen, uiLang) })}
          </Fact>
        ) : null}
        {d.families !== null ? <Fact label={t("publicCases.families")}>{d.families}</Fact> : null}
        {d.byDate ? (
          <Fact label={t("publicCases.byDate")}>
            <CivilDate value={d.byDate} />
          </Fact>
        ) : null}
        {d.documentNo ? <Fact label={t("publicCases.documentNo")}>{d.documentNo}</Fact> : null}
        {/* What came of an order to rectify or refund by a date; a fine orders nothing to prove. */}
        {d.byDate || outcome.proofReceived ? (
          <Fact label={t("publicCases.outcome")}>
            {!outcome.proofReceived
              ? t("publicCases.outcome.pending")
              : outcome.refundFen !== null && outcome.refundFamilies !== null
                ? t("publicCases.outcome.refunded", { amount: formatFen(outcome.refundFen, uiLang), families: outcome.refundFamilies })
                : t("publicCases.outcome.proven")}
          </Fact>
        ) : null}
        {publishedOn ? (
          <Fact label={t("publicCases.publishedOn")}>
            <CivilDate value={publishedOn} />
          </Fact>
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
