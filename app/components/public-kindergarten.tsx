/**
 * The pieces of a kindergarten's public page (公示), each its own section so
 * the page, and the operator's preview of it, put them together: who the
 * kindergarten is, a fee schedule, the guidance prices it is held to, its
 * fee account (masked), the history of its schedules and the open data.
 * Phone first: tables become cards (DataTable), facts stack.
 */
import type { ReactNode } from "react";
import { DataTable } from "~/components/data-table";
import { Fact } from "~/components/facts";
import { FeeItemName, feeItemName } from "~/components/fee-item-name";
import { usePriceAmountColumns } from "~/components/guidance-price-columns";
import { CivilDate } from "~/components/instant";
import { Interpolate } from "~/components/interpolate";
import type {
  MaskedAccount,
  PublicFeeItem,
  PublicGuidancePrice,
  PublicKindergartenFacts,
  PublicSchedule,
  PublicScheduleTexts,
  ScheduleVersion,
} from "~/domain/disclosure/disclosure.schema";
import type { ItemChange } from "~/domain/filings/schedules";
import { MEAL_FUND_SPENDING_KINDS, type PublicMealFund } from "~/domain/meal-fund/meal-fund.schema";
import type { Lang } from "~/i18n";
import { CASE_LABELS, describeScheme, FEE_KIND_LABELS, type RefundSchedule } from "~/rules/facts/refund-schemes";
import { formatFigure } from "~/utils/flag-words";
import { useLang, useRuleLang, useT } from "~/utils/i18n";
import { formatFen } from "~/utils/money";
import { formatTerm } from "~/utils/term";

/**
 * The `lang` of what the kindergarten wrote itself (item descriptions, the
 * published texts): always Chinese, so on the English page it is marked, and
 * a screen reader reads it with a Chinese voice; on the Chinese page it is
 * the page's own language.
 */
function filedTextLang(lang: Lang): "zh-CN" | undefined {
  return lang === "en" ? "zh-CN" : undefined;
}

/**
 * An amount with its unit, as a parent reads it: 每月 4,100.00 元, kept whole on a line (as CivilDate keeps a date): a
 * phone otherwise breaks it between the number and its unit, and "元" alone on the next line reads as another amount's.
 */
function useAmount() {
  const t = useT();
  const lang = useLang();
  return (a: { amount_fen: number; unit: string }) => (
    <span className="nowrap">{t("disclosure.amount.perUnit", { amount: formatFen(a.amount_fen, lang), unit: t(`unit.${a.unit}`) })}</span>
  );
}

/** Names, type, grade, region, USCC and address. */
export function KindergartenFacts({ kindergarten: k }: { kindergarten: PublicKindergartenFacts }) {
  const t = useT();
  return (
    <dl className="grid cols-3 facts">
      <Fact label={t("disclosure.facts.approvedName")}>{k.approved_name}</Fact>
      {k.name_in_use !== k.approved_name ? <Fact label={t("disclosure.facts.nameInUse")}>{k.name_in_use}</Fact> : null}
      <Fact label={t("disclosure.facts.nature")}>{t(`nature.${k.nature}`)}</Fact>
      <Fact label={t("disclosure.facts.grade")}>{t(`guidance.grade.${k.grade}`)}</Fact>
      <Fact label={t("disclosure.facts.place")}>{k.place}</Fact>
      <Fact label={t("disclosure.facts.uscc")}>{k.uscc}</Fact>
      <Fact label={t("disclosure.facts.address")}>{k.address}</Fact>
    </dl>
  );
}

/** A public fee row's age band: "all" is any child's (不限), the others a class. */
export const ageBandKey = (band: PublicFeeItem["age_band"]) => (band === "all" ? "disclosure.item.ageBand.all" : (`age.${band}` as const));

/** A fee schedule's items: what, for whom, how much per what (and whether parents opt in), and the kindergarten's note on it. */
function PublicFeeItems({ items }: { items: readonly PublicFeeItem[] }) {
  const t = useT();
  const amount = useAmount();
  const filedLang = filedTextLang(useLang());
  const bySomeBand = items.some((i) => i.age_band !== "all");
  return (
    <DataTable
      rows={items}
      rowKey={(i) => `${i.code}|${i.age_band}`}
      columns={[
        {
          id: "item",
          header: t("fees.item"),
          key: true,
          cell: (i) => (
            <>
              <FeeItemName item={i} />
              {i.voluntary ? (
                <>
                  {" "}
                  <span className="badge">{t("disclosure.item.voluntary")}</span>
                </>
              ) : null}
            </>
          ),
        },
        // Age band "all" is a fee charged whatever the child's class: 不限, not 全部; a schedule with no fee of a class's
        // own has no column for it (every row said 年龄段 全部).
        bySomeBand ? { id: "ageBand", header: t("fees.ageBand"), cell: (i) => t(ageBandKey(i.age_band)) } : null,
        { id: "amount", header: t("disclosure.item.amount"), numeric: true, key: true, cell: (i) => amount(i) },
        // Not "服务内容说明": the rows are 保教费 and 住宿费 too. The kindergarten's words, in Chinese; under its label on a phone.
        { id: "description", header: t("disclosure.item.description"), prose: true, cell: (i) => (i.description ? <span lang={filedLang}>{i.description}</span> : null) },
      ]}
    />
  );
}

/** The refund rules filed per fee and case, one line each in the reader's language ("保教费 · 请假缺勤：出勤≤4天退80%"). */
function RefundLines({ schedule }: { schedule: RefundSchedule }) {
  const lang = useRuleLang();
  // The rules' English words are written to sit inside a sentence; here each starts a line.
  const line = (words: string) => (lang === "en" ? words.charAt(0).toUpperCase() + words.slice(1) : words);
  return (
    <dl className="refund-lines" data-testid="refund-lines">
      {schedule.map((e) => (
        <div key={`${e.feeKind}.${e.case}`}>
          <dt>{line(`${FEE_KIND_LABELS[e.feeKind][lang]} · ${CASE_LABELS[e.case][lang]}`)}</dt>
          <dd>{line(describeScheme(e.scheme, lang))}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * What the kindergarten publishes with its fees (学前教育法 Art. 69, the
 * filing form's "向家长公示" part): how the fees were set, the refund rules
 * (per fee and case, and in its words), where to complain, and what final-year
 * children have deducted. Each under its own heading; one it left empty is
 * left out, heading and all.
 */
function PublishedTexts({ texts }: { texts: PublicScheduleTexts }) {
  const t = useT();
  const lang = useLang();
  const filedLang = filedTextLang(lang);
  const text = (value: string) => (
    <p className="prewrap" lang={filedLang}>
      {value}
    </p>
  );
  const part = (heading: string, body: ReactNode) => (
    <div className="published-text">
      <h3>{heading}</h3>
      {body}
    </div>
  );
  return (
    <>
      {texts.pricing_basis ? part(t("disclosure.texts.pricingBasis"), text(texts.pricing_basis)) : null}
      {texts.refund_schedule || texts.refund_rules
        ? part(
            t("disclosure.texts.refundRules"),
            <>
              {texts.refund_schedule ? <RefundLines schedule={texts.refund_schedule} /> : null}
              {texts.refund_rules ? text(texts.refund_rules) : null}
            </>,
          )
        : null}
      {texts.complaint_channel ? part(t("disclosure.texts.complaintChannel"), text(texts.complaint_channel)) : null}
      {texts.waiver_deduction_fen > 0
        ? part(t("disclosure.texts.waiver"), <p>{t("disclosure.texts.waiverAmount", { amount: formatFen(texts.waiver_deduction_fen, lang) })}</p>)
        : null}
    </>
  );
}

type ScheduleDates = Pick<PublicSchedule, "term" | "version" | "effective_from" | "published_on" | "filed_on">;

/** Which version of which term, from when (2026年秋季学期 · 第 3 版 · 2026-09-01 起执行): the date whole on a line. */
function ScheduleWhat({ schedule }: { schedule: ScheduleDates }) {
  const lang = useLang();
  return <Interpolate id="disclosure.schedule.what" vars={{ term: formatTerm(schedule.term, lang), version: schedule.version, from: <CivilDate value={schedule.effective_from} /> }} />;
}

/** When a schedule was published and filed, each date whole on a line. */
function ScheduleUpdated({ schedule }: { schedule: ScheduleDates }) {
  return (
    <p className="muted">
      <Interpolate id="disclosure.schedule.updated" vars={{ published: <CivilDate value={schedule.published_on} />, filed: <CivilDate value={schedule.filed_on} /> }} />
    </p>
  );
}

/** One fee schedule (in force, or announced next): which, since when, published and filed when, its items and its published texts. */
export function FeeScheduleSection({ title, schedule, none }: { title: string; schedule: PublicSchedule | null; none: string }) {
  const t = useT();
  return (
    <section className="panel">
      <h2>{title}</h2>
      {schedule ? (
        <>
          <p>
            <strong>
              <ScheduleWhat schedule={schedule} />
            </strong>
          </p>
          <ScheduleUpdated schedule={schedule} />
          {schedule.items.length > 0 ? <PublicFeeItems items={schedule.items} /> : <p>{t("disclosure.schedule.empty")}</p>}
          <PublishedTexts texts={schedule.texts} />
        </>
      ) : (
        <p>{none}</p>
      )}
    </section>
  );
}

/** The guidance prices in force for a 普惠 or non-profit kindergarten: base, float, cap, where from. */
export function GuidancePriceSection({ prices }: { prices: readonly PublicGuidancePrice[] }) {
  const t = useT();
  const amountColumns = usePriceAmountColumns<PublicGuidancePrice>();
  return (
    <section className="panel">
      <h2>{t("disclosure.guidance.title")}</h2>
      <p className="muted">{t("disclosure.guidance.intro")}</p>
      {prices.length === 0 ? (
        <p>{t("disclosure.guidance.none")}</p>
      ) : (
        <DataTable
          rows={prices}
          rowKey={(p) => `${p.category}|${p.age_band}`}
          columns={[
            { id: "category", header: t("guidance.col.category"), key: true, cell: (p) => t(`category.${p.category}`) },
            { id: "ageBand", header: t("guidance.col.ageBand"), cell: (p) => t(ageBandKey(p.age_band)) },
            ...amountColumns,
            { id: "source", header: t("guidance.col.source"), cell: (p) => p.source_document },
            { id: "region", header: t("disclosure.guidance.region"), cell: (p) => p.region_name },
          ]}
        />
      )}
    </section>
  );
}

/**
 * The filed fee account in force, masked to its last four digits, or the
 * warning that there is none; and an approved account that takes effect
 * later, masked the same way with its first day (a kindergarten tells its
 * parents of a new account in advance; the check answers it as the
 * kindergarten's). Its own section: the account check goes right under it.
 */
export function MaskedAccountSection({ account, upcoming = null }: { account: MaskedAccount | null; upcoming?: MaskedAccount | null }) {
  const t = useT();
  return (
    <section className="panel account" aria-labelledby="fee-account">
      <h2 id="fee-account">{t("disclosure.account.title")}</h2>
      {account ? (
        <>
          <p className="muted">{t("disclosure.account.intro")}</p>
          <MaskedAccountFacts account={account} testId="account-last4" />
          <p className="muted">
            <Interpolate id="disclosure.account.since" vars={{ date: <CivilDate value={account.effective_from} /> }} /> ·{" "}
            <Interpolate id="disclosure.account.approvedOn" vars={{ date: <CivilDate value={account.approved_on} /> }} />
          </p>
        </>
      ) : (
        <p className="form-error" role="alert">
          {t("disclosure.account.none")}
        </p>
      )}
      {upcoming ? (
        <div data-testid="upcoming-account">
          <h3>
            <Interpolate id="accountCheck.box.upcoming.title" vars={{ date: <CivilDate value={upcoming.effective_from} /> }} />
          </h3>
          <p className="muted">
            <Interpolate id={account ? "accountCheck.box.upcoming.intro" : "accountCheck.box.upcoming.introNone"} vars={{ date: <CivilDate value={upcoming.effective_from} /> }} />
          </p>
          <MaskedAccountFacts account={upcoming} testId="upcoming-account-last4" />
          <p className="muted">
            <Interpolate id="disclosure.account.approvedOn" vars={{ date: <CivilDate value={upcoming.approved_on} /> }} />
          </p>
        </div>
      ) : null}
    </section>
  );
}

function MaskedAccountFacts({ account, testId }: { account: MaskedAccount; testId: string }) {
  const t = useT();
  return (
    <dl className="grid cols-3 facts">
      <Fact label={t("disclosure.account.bank")}>{account.bank_name}</Fact>
      <Fact label={t("disclosure.account.branch")}>{account.branch_name}</Fact>
      <Fact label={t("disclosure.account.name")}>{account.account_name}</Fact>
      <Fact label={t("disclosure.account.number")}>
        <strong data-testid={testId}>{t("disclosure.account.last4", { last4: account.last4 })}</strong>
      </Fact>
    </dl>
  );
}

/**
 * The published meal-fund accounts (学前教育法 Art. 69 ¶1: 伙食费 ring-fenced
 * and published): per month, newest first, income, spending by kind, the
 * month's balance and the running surplus since the first month shown, in
 * yuan. On a phone each month is a card.
 */
export function MealFundSection({ mealFund }: { mealFund: PublicMealFund }) {
  const t = useT();
  const lang = useLang();
  const yuan = (fen: number) => formatFen(fen, lang);
  return (
    <section className="panel" aria-labelledby="meal-fund">
      <h2 id="meal-fund">{t("mealFund.public.title")}</h2>
      <p className="muted">{t("mealFund.public.intro")}</p>
      {mealFund.months.length === 0 ? (
        <p data-testid="meal-fund-none">{t("mealFund.public.none")}</p>
      ) : (
        <>
          <DataTable
            testId="meal-fund"
            rows={mealFund.months}
            rowKey={(m) => m.month}
            columns={[
              { id: "month", header: t("mealFund.month"), key: true, cell: (m) => m.month },
              { id: "income", header: t("mealFund.incomeShort"), numeric: true, cell: (m) => yuan(m.incomeFen) },
              ...MEAL_FUND_SPENDING_KINDS.map((kind) => ({ id: kind, header: t(`mealFund.kind.${kind}`), numeric: true, cell: (m: PublicMealFund["months"][number]) => yuan(m.spending[kind]) })),
              { id: "spending", header: t("mealFund.spendingShort"), numeric: true, cell: (m) => yuan(m.spendingFen) },
              { id: "balance", header: t("mealFund.balance"), numeric: true, cell: (m) => yuan(m.balanceFen) },
              { id: "running", header: t("mealFund.runningSurplus"), numeric: true, key: true, cell: (m) => yuan(m.runningSurplusFen) },
              { id: "served", header: t("mealFund.childCount"), cell: (m) => t("mealFund.public.days", { children: m.childCount, days: m.mealDays }) },
            ]}
          />
          {mealFund.totals && mealFund.totals.surplusBp !== null ? (
            <p className="muted" data-testid="meal-fund-rate">
              {t("mealFund.public.surplusRate", { rate: formatFigure("surplusBp", mealFund.totals.surplusBp, lang) })}
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}

/** One line per changed item: old → new and by how much, or added, or dropped. */
function ChangeLine({ change: c }: { change: ItemChange }) {
  const t = useT();
  const lang = useLang();
  const amount = useAmount();
  const item = t("disclosure.history.item", { item: feeItemName(c, lang), age: t(`age.${c.age_band}`) });
  if (!c.before) {
    return (
      <li>
        <Interpolate id="disclosure.history.added" vars={{ item, after: amount(c.after!) }} />
      </li>
    );
  }
  if (!c.after) {
    return (
      <li>
        <Interpolate id="disclosure.history.removed" vars={{ item, before: amount(c.before) }} />
      </li>
    );
  }
  const sign = (c.delta_fen ?? 0) < 0 ? "−" : "+";
  return (
    <li>
      <Interpolate id="disclosure.history.changed" vars={{ item, before: amount(c.before), after: amount(c.after) }} />
      {c.delta_fen !== null && c.delta_percent !== null ? (
        <>
          {" "}
          {/* "+200.00 元（+10.0%）" is one amount too. */}
          <span className={c.delta_fen > 0 ? "rise nowrap" : "nowrap"}>
            {t("disclosure.history.delta", { sign, yuan: formatFen(Math.abs(c.delta_fen), lang), percent: Math.abs(c.delta_percent).toFixed(1) })}
          </span>
        </>
      ) : null}
    </li>
  );
}

/** Every public version, newest first: when it was published and took effect, and what it changed. */
export function ScheduleHistory({ history }: { history: readonly ScheduleVersion[] }) {
  const t = useT();
  if (history.length === 0) return null;
  return (
    <section className="panel">
      <h2>{t("disclosure.history.title")}</h2>
      <p className="muted">{t("disclosure.history.intro")}</p>
      {history.map((v) => (
        <article key={v.version} className="version">
          <h3>
            <ScheduleWhat schedule={v} />
          </h3>
          <ScheduleUpdated schedule={v} />
          {v.corrected_by !== null ? <p className="notice">{t("disclosure.history.corrected", { version: v.corrected_by })}</p> : null}
          {v.compared_with !== null ? <p className="muted">{t("disclosure.history.comparedWith", { version: v.compared_with })}</p> : null}
          {v.changes === null ? (
            <p>{t("disclosure.history.first", { count: v.item_count })}</p>
          ) : v.changes.length === 0 ? (
            <p>{t("disclosure.history.same")}</p>
          ) : (
            <ul className="changes">
              {v.changes.map((c, i) => (
                <ChangeLine key={i} change={c} />
              ))}
            </ul>
          )}
        </article>
      ))}
    </section>
  );
}

/** The stable URLs of the kindergarten's open data. */
export function OpenDataLinks({ kindergartenId }: { kindergartenId: string }) {
  const t = useT();
  const base = `/kindergartens/${encodeURIComponent(kindergartenId)}/fees`;
  return (
    <p className="muted">
      {/* Two short words tapped on a phone: each a finger's size (a.tap), not the size of its letters. */}
      {t("disclosure.openData")}{" "}
      <a className="tap" href={`${base}.json`}>
        JSON
      </a>{" "}
      ·{" "}
      <a className="tap" href={`${base}.csv`}>
        CSV
      </a>
    </p>
  );
}
