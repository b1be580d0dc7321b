/**
 * A kindergarten's fee notice (收费公示栏), printed on A4 and put up at the gate and where parents pay: the schedule
 * in force, the filed fee account masked as on the public page, where to complain, and a QR code to the public page's
 * account check, so that a parent standing at the cashier checks the number they were given before paying. Public,
 * no sign-in, the public page's data and its 404s (an unknown, malformed or closed id); on screen it is a page of the
 * site, printed it is the notice alone (fee-notice.css).
 */
import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import noticeStyles from "~/components/fee-notice.css";
import { FeeItemName } from "~/components/fee-item-name";
import { Fact } from "~/components/facts";
import { CivilDate } from "~/components/instant";
import { Interpolate } from "~/components/interpolate";
import { ageBandKey } from "~/components/public-kindergarten";
import type { MaskedAccount } from "~/domain/disclosure/disclosure.schema";
import { kindergartenDisclosure } from "~/domain/disclosure/disclosure.queries.server";
import { getDb } from "~/web/db.server";
import { publicPageHeaders } from "~/web/public-caching.server";
import { kindergartenCheckUrl, kindergartenComplaintUrl, publicOrigin } from "~/web/public-origin.server";
import { qrCodeSvg } from "~/web/qr-code.server";
import { formatFen } from "~/utils/money";
import { pageTitle } from "~/utils/page-title";
import { formatTerm } from "~/utils/term";
import { useHydrated } from "~/utils/use-hydrated";
import { useLang, useT } from "~/utils/i18n";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: noticeStyles }];

export const headers = publicPageHeaders;

export const meta = pageTitle<{ kindergarten: { approved_name: string } }>("feeNotice.title", (data) => data.kindergarten.approved_name);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const view = await kindergartenDisclosure(getDb(), params.id ?? "");
  if (!view) throw new Response("Not found", { status: 404 });
  const id = view.kindergarten.id;
  const origin = publicOrigin(request);
  const checkUrl = origin ? kindergartenCheckUrl(origin, id) : null;
  // Only what the paper shows: the page's history and meal fund stay on the page the code opens.
  return {
    asOf: view.asOf,
    kindergarten: view.kindergarten,
    inForce: view.inForce,
    next: view.next ? { effective_from: view.next.effective_from } : null,
    account: view.account,
    upcomingAccount: view.upcomingAccount,
    checkUrl,
    complaintUrl: origin ? kindergartenComplaintUrl(origin, id) : null,
    qrSvg: checkUrl ? await qrCodeSvg(checkUrl) : null,
  };
}

function AccountFacts({ account, testId }: { account: MaskedAccount; testId: string }) {
  const t = useT();
  return (
    <dl className="notice-account">
      <Fact label={t("disclosure.account.bank")}>
        {account.bank_name} {account.branch_name}
      </Fact>
      <Fact label={t("disclosure.account.name")}>{account.account_name}</Fact>
      <Fact label={t("disclosure.account.number")}>
        <strong data-testid={testId}>{t("disclosure.account.last4", { last4: account.last4 })}</strong>
      </Fact>
    </dl>
  );
}

export default function FeeNotice() {
  const data = useLoaderData<typeof loader>();
  const t = useT();
  const lang = useLang();
  const hydrated = useHydrated();
  const k = data.kindergarten;
  const schedule = data.inForce;
  // The kindergarten's own words (its complaint channel) are Chinese: marked so on the English page.
  const filedLang = lang === "en" ? "zh-CN" : undefined;
  return (
    <>
      <section className="panel notice-actions">
        <p>
          <Link className="tap" to={`/kindergartens/${encodeURIComponent(k.id)}`}>
            {t("feeNotice.back")}
          </Link>
        </p>
        <p className="muted">{t("feeNotice.printHint")}</p>
        {/* Without JavaScript the browser's own Print does the same; a button that could do nothing is not shown. */}
        {hydrated ? (
          <button type="button" className="primary" onClick={() => window.print()}>
            {t("feeNotice.print")}
          </button>
        ) : null}
      </section>
      <article className="fee-notice" aria-labelledby="notice-title" data-testid="fee-notice">
        <header className="notice-head">
          <h1 id="notice-title">
            <span className="notice-name">{k.approved_name}</span> <span className="notice-word">{t("feeNotice.title")}</span>
          </h1>
          <p>
            {k.name_in_use !== k.approved_name ? <>{t("feeNotice.nameInUse", { name: k.name_in_use })} · </> : null}
            {t(`nature.${k.nature}`)} · {k.place}
          </p>
        </header>

        <section aria-labelledby="notice-fees">
          <h2 id="notice-fees">{t("disclosure.inForce.title")}</h2>
          {schedule ? (
            <>
              <p>
                <strong>
                  <Interpolate
                    id="disclosure.schedule.what"
                    vars={{ term: formatTerm(schedule.term, lang), version: schedule.version, from: <CivilDate value={schedule.effective_from} /> }}
                  />
                </strong>
              </p>
              {schedule.items.length > 0 ? (
                <table className="notice-items" data-testid="notice-items">
                  <thead>
                    <tr>
                      <th scope="col">{t("fees.item")}</th>
                      <th scope="col">{t("fees.ageBand")}</th>
                      <th scope="col" className="num">
                        {t("disclosure.item.amount")}
                      </th>
                      <th scope="col">{t("feeNotice.col.voluntary")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {schedule.items.map((item) => (
                      <tr key={`${item.code}|${item.age_band}`}>
                        <td>
                          <FeeItemName item={item} />
                        </td>
                        <td className="nowrap">{t(ageBandKey(item.age_band))}</td>
                        <td className="num">
                          <span className="nowrap">{t("disclosure.amount.perUnit", { amount: formatFen(item.amount_fen, lang), unit: t(`unit.${item.unit}`) })}</span>
                        </td>
                        {/* Its own column, not a mark after the name: on paper a long name and its mark would take two lines a row. */}
                        <td className="nowrap">{item.voluntary ? t("feeNotice.voluntary.yes") : null}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : (
                <p>{t("disclosure.schedule.empty")}</p>
              )}
              {schedule.texts.waiver_deduction_fen > 0 ? <p>{t("feeNotice.waiver", { amount: formatFen(schedule.texts.waiver_deduction_fen, lang) })}</p> : null}
            </>
          ) : (
            <p className="notice-missing" data-testid="notice-no-schedule">
              {t("feeNotice.schedule.none")}
            </p>
          )}
          {data.next ? (
            <p>
              <Interpolate id="feeNotice.next" vars={{ date: <CivilDate value={data.next.effective_from} /> }} />
            </p>
          ) : null}
        </section>

        <section aria-labelledby="notice-account" className="notice-account-box">
          <h2 id="notice-account">{t("disclosure.account.title")}</h2>
          {data.account ? (
            <>
              <p>
                <strong>{t("feeNotice.account.only")}</strong>
              </p>
              <AccountFacts account={data.account} testId="notice-last4" />
            </>
          ) : (
            <p className="notice-missing" data-testid="notice-no-account">
              <strong>{t("feeNotice.account.none")}</strong>
            </p>
          )}
          {data.upcomingAccount ? (
            <div data-testid="notice-upcoming-account">
              <h3>
                <Interpolate id="accountCheck.box.upcoming.title" vars={{ date: <CivilDate value={data.upcomingAccount.effective_from} /> }} />
              </h3>
              <p>
                <Interpolate
                  id={data.account ? "accountCheck.box.upcoming.intro" : "accountCheck.box.upcoming.introNone"}
                  vars={{ date: <CivilDate value={data.upcomingAccount.effective_from} /> }}
                />
              </p>
              <AccountFacts account={data.upcomingAccount} testId="notice-upcoming-last4" />
            </div>
          ) : null}
        </section>

        <div className="notice-bottom">
          <section aria-labelledby="notice-complaints">
            <h2 id="notice-complaints">{t("feeNotice.complaints.title")}</h2>
            {schedule?.texts.complaint_channel ? (
              <p>
                {t("feeNotice.complaints.kindergarten")}
                <span className="prewrap" lang={filedLang}>
                  {schedule.texts.complaint_channel}
                </span>
              </p>
            ) : null}
            <p>{t("accountCheck.priceComplaint")}</p>
            <p>{t("feeNotice.complaints.account")}</p>
            {data.complaintUrl ? (
              <p>
                {t("feeNotice.complaints.online")}
                <span className="notice-url">{data.complaintUrl}</span>
              </p>
            ) : null}
          </section>
          <figure className="notice-qr">
            {data.qrSvg && data.checkUrl ? (
              <>
                {/* Drawn on the server by qrcode from the address alone: markup of ours, no reader's text in it. */}
                <div className="qr" role="img" aria-label={t("feeNotice.qr.label", { url: data.checkUrl })} data-testid="notice-qr" dangerouslySetInnerHTML={{ __html: data.qrSvg }} />
                <figcaption>
                  <strong>{t("feeNotice.qr.caption")}</strong>
                  <br />
                  {t("feeNotice.qr.url")}
                  <span className="notice-url" data-testid="notice-url">
                    {data.checkUrl}
                  </span>
                </figcaption>
              </>
            ) : (
              <figcaption className="form-error" data-testid="notice-no-qr">
                {t("feeNotice.qr.unavailable")}
              </figcaption>
            )}
          </figure>
        </div>

        <footer className="notice-foot">
          <p>
            <Interpolate id="feeNotice.printedOn" vars={{ date: <CivilDate value={data.asOf} /> }} />
          </p>
          <p>{t("feeNotice.law")}</p>
        </footer>
      </article>
    </>
  );
}
