/**
 * The open-data API's endpoints (/api/v1/…), each declared once: its path,
 * its words for the OpenAPI document, the zod schema of its query
 * parameters (with their bounds), the zod schema of its answer, and the one
 * domain call that reads it. The route files only hand a declaration to
 * `endpointLoader`; `OPEN_DATA_ENDPOINTS` lists them for the document.
 *
 * Field names are camelCase everywhere (as the published cases' content is
 * frozen), values are codes (natures, units, decision kinds: their words are
 * the portal's, not the API's), amounts are integer fen, dates YYYY-MM-DD
 * (Asia/Shanghai), instants ISO-8601 UTC. Nothing about a person is in any
 * answer: the response schemas name every field that leaves, and an answer
 * is parsed through its schema on the way out.
 *
 * To add an endpoint (README, "公开数据接口"): declare it here with
 * `jsonEndpoint` or `csvEndpoint`, add it to OPEN_DATA_ENDPOINTS, and add a
 * route file under app/routes/api+/ exporting `loader = endpointLoader(…)`.
 */
import { z } from "zod";
import type { KindergartenDisclosure, SearchHit } from "~/domain/disclosure/disclosure.schema";
import { NATURES, SEARCH_MAX_CHARS, SEARCH_MAX_TERMS } from "~/domain/disclosure/disclosure.schema";
import { kindergartenDisclosure } from "~/domain/disclosure/disclosure.queries.server";
import { publicKindergartensVersion } from "~/domain/disclosure/open-data.server";
import { SEARCH_LIMITS, searchKindergartens, type SearchInput } from "~/domain/disclosure/kindergarten-search.queries.server";
import { AGE_BANDS, FEE_UNITS } from "~/domain/filings/filing.schema";
import { PUBLIC_DECISION_KINDS, publicCaseContent, publishedSanction } from "~/domain/publication/public-case.schema";
import { SANCTIONS } from "~/domain/cases/case-work.schema";
import {
  publicCaseById,
  publishedCaseChunks,
  publishedCasesPage,
  publishedCasesVersion,
  type PublicCaseFilters,
  type PublishedCase,
} from "~/domain/publication/public-cases.queries.server";
import { publicStatistics } from "~/domain/statistics/statistics.queries.server";
import { FIRST_YEAR, METRIC_NAMES, STATISTICS_LEVELS, SUPPRESSION_THRESHOLD } from "~/domain/statistics/statistics.schema";
import { fenToYuanInput } from "~/utils/money";
import { ApiBadRequest, API_BASE, csvEndpoint, jsonEndpoint, nextPageLink, openApiDocument, type Endpoint } from "./open-data-api.server";
import { OPEN_DATA_MAX_AGE_SECONDS } from "./open-data.server";
import { DEFAULT_OPEN_DATA_POINTS, OPEN_DATA_WINDOW_S } from "./open-data-throttle.server";

/** Items a page holds at most. */
export const API_MAX_LIMIT = 100;
export const API_DEFAULT_LIMIT = 20;
/** Rows a bulk file reads at a time. */
const CSV_CHUNK = 500;

// ---------------------------------------------------------------- query parameters

/**
 * A query parameter that is a number written in decimal digits (documented
 * as the integer `inner` describes). Number() would also take "0x10", "1e1"
 * or " 5": a consumer relying on one of those would break on any stricter
 * server, so they are refused (400) like any other malformed value.
 */
const decimal = <T extends z.ZodType>(inner: T) => z.preprocess((v) => (typeof v === "string" && /^\d{1,9}$/.test(v) ? Number(v) : v), inner);

const query = {
  limit: () =>
    decimal(z.number().int().min(1).max(API_MAX_LIMIT).default(API_DEFAULT_LIMIT)).describe(`Items per page, 1–${API_MAX_LIMIT} (default ${API_DEFAULT_LIMIT}). 每页条数。`),
  cursor: () =>
    z
      .string()
      .max(400)
      .optional()
      .describe("The page after the one whose `nextCursor` this is (opaque; `next` is the whole link). A cursor that is not this list's starts from the first page. 翻页游标。"),
  region: () =>
    z
      .string()
      .regex(/^\d{6}$/)
      .optional()
      .describe("A province, city or district code (GB/T 2260, six digits, e.g. 330000, 330200, 330203): everything at or below it. 行政区划代码。"),
  nature: () =>
    z
      .enum(NATURES)
      .optional()
      .describe("The kindergarten's nature: public, inclusive_private (普惠性民办), nonprofit_private, forprofit_private. 办园性质。"),
};

const kindergartenListQuery = z.object({
  q: z
    .string()
    .max(SEARCH_MAX_CHARS)
    .optional()
    .describe(`Part of the approved name or the name in use (words separated by spaces, commas or 、 must all occur, at most ${SEARCH_MAX_TERMS} of them; two characters at least, or one within a district), at most ${SEARCH_MAX_CHARS} characters. 园名关键词。`),
  region: query.region(),
  nature: query.nature(),
  cursor: query.cursor(),
  limit: query.limit(),
});
const kindergartenFileQuery = kindergartenListQuery.omit({ cursor: true, limit: true });

const caseFilters = {
  region: query.region(),
  year: decimal(z.number().int().min(2000).max(2100).optional()).describe("The year of the decision (2000–2100). 决定年份。"),
  decisionKind: z.enum(PUBLIC_DECISION_KINDS).optional().describe("rectification_ordered (责令整改), refund_ordered (责令退费), penalty (行政处罚). 决定类型。"),
  rule: z
    .string()
    .regex(/^[A-Z][A-Z0-9_]{0,19}$/)
    .optional()
    .describe("The rule the violation was found under, e.g. R03. 规则编号。"),
  nature: query.nature(),
};
const caseListQuery = z.object({ ...caseFilters, cursor: query.cursor(), limit: query.limit() });
const caseFileQuery = z.object(caseFilters);
const noQuery = z.object({});

const caseFiltersOf = (q: z.output<typeof caseFileQuery>): PublicCaseFilters => ({ region: q.region, year: q.year, decisionKind: q.decisionKind, ruleId: q.rule, nature: q.nature });

// ---------------------------------------------------------------- answers

const date = () => z.string().describe("YYYY-MM-DD (Asia/Shanghai)");

const kindergartenSummary = z.object({
  id: z.string(),
  uscc: z.string().describe("统一社会信用代码"),
  name: z.string().describe("The name in use. 使用名称。"),
  approvedName: z.string().nullable().describe("The approved (registered) name, only when it differs from the name in use."),
  nature: z.enum(NATURES),
  regionCode: z.string().describe("The district's code (GB/T 2260)."),
  place: z.string().describe("Province, city and district: 浙江省 宁波市 海曙区."),
});

const kindergartenList = z.object({
  items: z.array(kindergartenSummary),
  nextCursor: z.string().nullable().describe("null on the last page. A page may hold fewer items than `limit` and still have a next one: stop when this is null."),
  next: z.string().nullable().describe("The next page's link (site-relative), or null."),
});

const feeItem = z.object({
  code: z.string(),
  category: z.string().describe("care_education (保教费), boarding (住宿费), nursery (保育费), service (服务性收费), agency (代收费)."),
  name: z.string(),
  amountFen: z.number().int(),
  amountYuan: z.string().describe("The amount in yuan as a decimal string."),
  unit: z.enum(FEE_UNITS),
  ageBand: z.enum(AGE_BANDS),
  voluntary: z.boolean().describe("Parents opt in (a service or 代收 item marked so)."),
  description: z.string(),
});

const schedule = z.object({
  term: z.string().describe("2027-spring, 2026-autumn …"),
  version: z.number().int(),
  effectiveFrom: date(),
  publishedOn: date(),
  filedOn: date(),
  items: z.array(feeItem),
});

const amount = z.object({ amountFen: z.number().int(), unit: z.enum(FEE_UNITS) });

const kindergartenDetail = z.object({
  asOf: date().describe("The day `inForce` and `next` are reckoned on."),
  kindergarten: z.object({
    id: z.string(),
    uscc: z.string(),
    approvedName: z.string(),
    nameInUse: z.string(),
    nature: z.enum(NATURES),
    grade: z.string(),
    address: z.string(),
    regionCode: z.string(),
    place: z.string(),
  }),
  inForce: schedule.nullable().describe("The fee schedule in force today."),
  next: schedule.nullable().describe("The next announced schedule, not yet in force."),
  history: z
    .array(
      z.object({
        term: z.string(),
        version: z.number().int(),
        effectiveFrom: date(),
        publishedOn: date(),
        filedOn: date(),
        itemCount: z.number().int(),
        comparedWith: z.number().int().nullable().describe("The version whose fees this one replaces: the one in force the day before it takes effect. Null for the first."),
        correctedBy: z.number().int().nullable().describe("A later version that took effect on or before this one's date, so that this one never came into force; null when none."),
        changes: z
          .array(
            z.object({
              name: z.string(),
              category: z.string(),
              ageBand: z.string(),
              before: amount.nullable(),
              after: amount.nullable(),
              deltaFen: z.number().int().nullable(),
              deltaPercent: z.number().nullable(),
            }),
          )
          .nullable()
          .describe("Against the version before; null for the first one published."),
      }),
    )
    .describe("Every public version, newest first."),
  guidancePrices: z
    .array(
      z.object({
        category: z.string(),
        ageBand: z.enum(AGE_BANDS),
        basePriceFen: z.number().int(),
        maxFloatBp: z.number().int().describe("The allowed float above the base price, in basis points (1000 = 10 %)."),
        sourceDocument: z.string(),
        regionName: z.string(),
      }),
    )
    .nullable()
    .describe("For 普惠 and non-profit kindergartens only: the government guidance prices in force."),
  account: z
    .object({
      bankName: z.string(),
      branchName: z.string(),
      accountName: z.string(),
      last4: z.string().describe("The account number's last four digits: never more."),
      effectiveFrom: date(),
      approvedOn: date(),
    })
    .nullable()
    .describe("The approved fee account in force, masked; null when none is."),
});

const publishedCase = z.object({
  id: z.string(),
  status: z.literal("published"),
  publishedOn: date(),
  publishedAt: z.string().describe("ISO-8601 UTC: the list's order."),
  content: publicCaseContent,
});

const withdrawnCase = z
  .object({ id: z.string(), status: z.literal("withdrawn"), withdrawnOn: date() })
  .describe("A case taken down (its publication period ended, the decision was overturned, or the case was decided anew): take down any copy of its content.");

const caseList = z.object({
  items: z.array(publishedCase),
  nextCursor: z.string().nullable(),
  next: z.string().nullable(),
});

const caseDetail = z.discriminatedUnion("status", [publishedCase, withdrawnCase]);

/** The file's line is the list's item (a schema of its own, so the document names both). */
const kindergartenRow = kindergartenSummary.extend({});

const caseRow = z.object({
  id: z.string(),
  publishedOn: date(),
  kindergartenId: z.string(),
  kindergartenName: z.string(),
  uscc: z.string(),
  nature: z.enum(NATURES),
  regionCode: z.string(),
  place: z.string(),
  ruleId: z.string(),
  ruleTitleZh: z.string(),
  ruleTitleEn: z.string(),
  decisionKind: z.enum(PUBLIC_DECISION_KINDS),
  decisionBasis: z.string(),
  decidedOn: date(),
  documentNo: z.string().nullable(),
  penaltyArticle: z.string().nullable(),
  /** A penalty's kind: a fine, or a warning (学前教育法 Art. 79); null for the other decisions. */
  penaltySanction: z.enum(SANCTIONS).nullable(),
  amountFen: z.number().int().nullable(),
  families: z.number().int().nullable(),
  byDate: z.string().nullable(),
  proofReceived: z.boolean(),
  refundFen: z.number().int().nullable(),
  refundFamilies: z.number().int().nullable(),
  summary: z.string(),
  narrative: z.string(),
  complaintExcerpt: z.string(),
});

// ---------------------------------------------------------------- shaping

const summaryOf = (hit: SearchHit): z.input<typeof kindergartenSummary> => ({
  id: hit.id,
  uscc: hit.uscc,
  name: hit.name_in_use,
  approvedName: hit.approved_name,
  nature: hit.nature,
  regionCode: hit.region_code,
  place: hit.place,
});

function detailOf(d: KindergartenDisclosure): z.input<typeof kindergartenDetail> {
  const scheduleOf = (s: NonNullable<KindergartenDisclosure["inForce"]>) => ({
    term: s.term,
    version: s.version,
    effectiveFrom: s.effective_from,
    publishedOn: s.published_on,
    filedOn: s.filed_on,
    items: s.items.map((i) => ({
      code: i.code,
      category: i.category,
      name: i.name,
      amountFen: i.amount_fen,
      amountYuan: fenToYuanInput(i.amount_fen),
      unit: i.unit,
      ageBand: i.age_band,
      voluntary: i.voluntary,
      description: i.description,
    })),
  });
  const amountOf = (a: { amount_fen: number; unit: string } | null) => (a ? { amountFen: a.amount_fen, unit: a.unit as (typeof FEE_UNITS)[number] } : null);
  const k = d.kindergarten;
  return {
    asOf: d.asOf,
    kindergarten: { id: k.id, uscc: k.uscc, approvedName: k.approved_name, nameInUse: k.name_in_use, nature: k.nature, grade: k.grade, address: k.address, regionCode: k.region_code, place: k.place },
    inForce: d.inForce && scheduleOf(d.inForce),
    next: d.next && scheduleOf(d.next),
    history: d.history.map((v) => ({
      term: v.term,
      version: v.version,
      effectiveFrom: v.effective_from,
      publishedOn: v.published_on,
      filedOn: v.filed_on,
      itemCount: v.item_count,
      comparedWith: v.compared_with,
      correctedBy: v.corrected_by,
      changes:
        v.changes?.map((c) => ({ name: c.name, category: c.category, ageBand: c.age_band, before: amountOf(c.before), after: amountOf(c.after), deltaFen: c.delta_fen, deltaPercent: c.delta_percent })) ??
        null,
    })),
    guidancePrices:
      d.guidancePrices?.map((p) => ({
        category: p.category,
        ageBand: p.age_band,
        basePriceFen: p.base_price_fen,
        maxFloatBp: p.max_float_bp,
        sourceDocument: p.source_document,
        regionName: p.region_name,
      })) ?? null,
    account: d.account && {
      bankName: d.account.bank_name,
      branchName: d.account.branch_name,
      accountName: d.account.account_name,
      last4: d.account.last4,
      effectiveFrom: d.account.effective_from,
      approvedOn: d.account.approved_on,
    },
  };
}

const publishedOf = (c: PublishedCase): z.input<typeof publishedCase> => ({ id: c.id, status: "published", publishedOn: c.publishedOn, publishedAt: c.publishedAt, content: c.content });

function caseRowOf({ id, publishedOn, content: c }: PublishedCase): z.input<typeof caseRow> {
  return {
    id,
    publishedOn,
    kindergartenId: c.kindergarten.id,
    kindergartenName: c.kindergarten.name,
    uscc: c.kindergarten.uscc,
    nature: c.kindergarten.nature,
    regionCode: c.kindergarten.regionCode,
    place: c.kindergarten.place,
    ruleId: c.rule.id,
    ruleTitleZh: c.rule.title.zh,
    ruleTitleEn: c.rule.title.en,
    decisionKind: c.decision.kind,
    decisionBasis: c.decision.basis,
    decidedOn: c.decision.decidedOn,
    documentNo: c.decision.documentNo,
    penaltyArticle: c.decision.penaltyArticle,
    penaltySanction: publishedSanction(c.decision),
    amountFen: c.decision.amountFen,
    families: c.decision.families,
    byDate: c.decision.byDate,
    proofReceived: c.outcome.proofReceived,
    refundFen: c.outcome.refundFen,
    refundFamilies: c.outcome.refundFamilies,
    summary: c.summary,
    narrative: c.narrative,
    complaintExcerpt: c.complaintExcerpt,
  };
}

/** The search's input for the API: any region code (the chooser's most specific level stands for any), every kindergarten when nothing is asked. */
const searchInput = (q: z.output<typeof kindergartenFileQuery>, after?: string): SearchInput => ({ q: q.q, district: q.region, nature: q.nature, after, everything: true });

// ---------------------------------------------------------------- endpoints

export const kindergartensList = jsonEndpoint({
  path: "/kindergartens",
  operationId: "listKindergartens",
  tag: "kindergartens",
  summary: "Kindergartens (not closed), by region then id. 幼儿园列表",
  description: "Every kindergarten the public may see, in one fixed order (region, then id), filtered by name, region and nature; keyset pages.",
  query: kindergartenListQuery,
  response: kindergartenList,
  responseName: "KindergartenList",
  sources: ["kindergartens_public", "regions"],
  async read(db, { query: q, url }) {
    const outcome = await searchKindergartens(db, searchInput(q, q.cursor), { ...SEARCH_LIMITS, pageSize: q.limit });
    if (!outcome.ok) throw new ApiBadRequest(["q"], outcome);
    return { items: outcome.hits.map(summaryOf), nextCursor: outcome.next, next: nextPageLink(url, outcome.next) };
  },
});

export const kindergartenById = jsonEndpoint({
  path: "/kindergartens/{id}",
  operationId: "getKindergarten",
  tag: "kindergartens",
  summary: "A kindergarten's public page as data. 幼儿园公示信息",
  description:
    "Who it is, the fee schedule in force and the next announced one, every public version with what it changed, the guidance prices a 普惠 or non-profit kindergarten is held to, and its approved fee account masked to the last four digits. A closed or unknown kindergarten is a 404.",
  pathParams: { id: "The kindergarten's id (from the list)." },
  query: noQuery,
  response: kindergartenDetail,
  responseName: "KindergartenDetail",
  async read(db, { params }) {
    const found = await kindergartenDisclosure(db, params.id ?? "");
    return found && detailOf(found);
  },
});

export const kindergartensFile = csvEndpoint({
  path: "/kindergartens.csv",
  operationId: "downloadKindergartens",
  tag: "kindergartens",
  summary: "Every kindergarten (not closed) as one CSV file. 幼儿园名录（CSV）",
  description: "The list's items under the same filters, all of them, streamed in the list's order; the columns are the list item's fields.",
  query: kindergartenFileQuery,
  row: kindergartenRow,
  rowName: "KindergartenRow",
  fileName: "kindergartens",
  version: publicKindergartensVersion,
  async *chunks(db, q) {
    let after: string | undefined;
    do {
      const outcome = await searchKindergartens(db, searchInput(q, after), { ...SEARCH_LIMITS, pageSize: CSV_CHUNK });
      if (!outcome.ok) throw new ApiBadRequest(["q"], outcome);
      if (outcome.hits.length > 0) yield outcome.hits.map(summaryOf);
      after = outcome.next ?? undefined;
    } while (after);
  },
});

export const casesList = jsonEndpoint({
  path: "/cases",
  operationId: "listCases",
  tag: "cases",
  summary: "Published violation cases, newest first. 典型案例列表",
  description:
    "Published cases (典型案例: decided violations of the fee rules, anonymised), newest first (published_at, then id, descending), filtered by region, year of the decision, decision kind, rule and nature; keyset pages. A withdrawn case leaves this list: GET /api/v1/cases/{id} of a case you hold answers {id, status: \"withdrawn\", withdrawnOn} (HTTP 200, no content) once it is withdrawn, so take your copy down then.",
  query: caseListQuery,
  response: caseList,
  responseName: "CaseList",
  sources: ["public_cases"],
  async read(db, { query: q, url }) {
    const page = await publishedCasesPage(db, caseFiltersOf(q), q.cursor, q.limit);
    return { items: page.cases.map(publishedOf), nextCursor: page.next, next: nextPageLink(url, page.next) };
  },
});

export const caseById = jsonEndpoint({
  path: "/cases/{id}",
  operationId: "getCase",
  tag: "cases",
  summary: "One published case, or the fact of its withdrawal. 典型案例详情",
  description:
    "A published case with its content; a withdrawn one as {id, status: \"withdrawn\", withdrawnOn} with HTTP 200 and no content (its content is deleted at withdrawal: take down any copy). A case never published, or an unknown id, is a 404.",
  pathParams: { id: "The case's id (from the list)." },
  query: noQuery,
  response: caseDetail,
  responseName: "CaseDetail",
  sources: ["public_cases"],
  async read(db, { params }) {
    const found = await publicCaseById(db, params.id ?? "");
    if (!found) return null;
    return found.status === "withdrawn" ? { id: found.id, status: "withdrawn" as const, withdrawnOn: found.withdrawnOn } : publishedOf(found);
  },
});

export const casesFile = csvEndpoint({
  path: "/cases.csv",
  operationId: "downloadCases",
  tag: "cases",
  summary: "Every published case as one CSV file. 典型案例（CSV）",
  description: "The published cases under the list's filters, all of them, newest first, one line each with the content's fields flattened.",
  query: caseFileQuery,
  row: caseRow,
  rowName: "CaseRow",
  fileName: "cases",
  version: publishedCasesVersion,
  async *chunks(db, q) {
    for await (const chunk of publishedCaseChunks(db, caseFiltersOf(q), CSV_CHUNK)) yield chunk.map(caseRowOf);
  },
});

const statisticsQuery = z.object({
  region: query.region(),
  year: decimal(z.number().int().min(FIRST_YEAR).max(2100).optional()).describe(`The year (${FIRST_YEAR} to this year; default this year). 年份。`),
});

const suppressible = z
  .number()
  .int()
  .nonnegative()
  .nullable()
  .describe(`null when withheld (\`suppressed\`): a complaint figure from 1 to ${SUPPRESSION_THRESHOLD - 1}, or a total or a row's figure that would give one away (any size).`);

const statisticsAnswer = z.object({
  region: z.object({
    code: z.string().nullable().describe("The region's code; null for the whole country."),
    name: z.string(),
    level: z.enum(STATISTICS_LEVELS),
  }),
  year: z.string(),
  suppressionThreshold: z.number().int().describe("Complaint figures below this (and above 0) are withheld, as is a second figure of a row that would give one away."),
  figures: z.array(
    z.object({
      period: z.string().describe("YYYY-MM (a month, Asia/Shanghai) or YYYY (the year)."),
      metric: z.enum(METRIC_NAMES),
      key: z.string().describe("The metric's breakdown: a rule id, a decision kind, \"all\"…"),
      value: suppressible,
      suppressed: z.boolean(),
    }),
  ),
  kindergartens: z
    .array(
      z.object({
        kindergartenId: z.string(),
        name: z.string(),
        regionCode: z.string(),
        received: suppressible,
        complaints: suppressible,
        reports: suppressible,
        pending: suppressible,
        rejected: suppressible,
        agreement: suppressible,
        noAgreement: suppressible,
        caseOpened: suppressible,
        noCase: suppressible,
        closed: suppressible,
      }),
    )
    .nullable()
    .describe("For a city or district: its kindergartens with complaints in the year, most first (as 12315's complaint-information platform shows businesses); null above a city."),
});

export const statistics = jsonEndpoint({
  path: "/statistics",
  operationId: "getStatistics",
  tag: "statistics",
  summary: "A region's figures by month for a year. 公开统计",
  description:
    "Fee schedules filed, flags by rule, cases opened and decided by kind, complaints received, accepted, closed and within their deadline, refunds ordered, published cases: for the country, a province, a city or a district, each month of the year and the year, precomputed (a minute behind the records at most). Small complaint figures are withheld (null).",
  query: statisticsQuery,
  response: statisticsAnswer,
  responseName: "Statistics",
  sources: ["statistics", "kindergartens_public", "regions"],
  async read(db, { query: q }) {
    // The chooser's most specific level is what counts: a code is read as the region it names, whatever its level.
    const result = await publicStatistics(db, { district: q.region, year: q.year === undefined ? undefined : String(q.year) });
    if (!result.ok) throw new ApiBadRequest(Object.keys(result.fieldErrors), result);
    const { region, year, rows, kindergartens } = result.statistics;
    return {
      region,
      year,
      suppressionThreshold: SUPPRESSION_THRESHOLD,
      figures: rows.map((r) => ({ period: r.period, metric: r.metric, key: r.key, value: r.value, suppressed: r.suppressed })),
      kindergartens:
        kindergartens?.map((k) => ({
          kindergartenId: k.kindergarten_id,
          name: k.kindergarten_name,
          regionCode: k.region_code,
          received: k.received,
          complaints: k.complaints,
          reports: k.reports,
          pending: k.pending,
          rejected: k.rejected,
          agreement: k.agreement,
          noAgreement: k.no_agreement,
          caseOpened: k.case_opened,
          noCase: k.no_case,
          closed: k.closed,
        })) ?? null,
    };
  },
});

export const openApi = jsonEndpoint({
  path: "/openapi.json",
  operationId: "getOpenApiDocument",
  tag: "meta",
  summary: "This document. 接口说明（OpenAPI 3.1）",
  description: "The OpenAPI 3.1 document of every endpoint, made from the schemas the code parses queries and shapes answers with.",
  query: noQuery,
  response: z.looseObject({ openapi: z.literal("3.1.0"), info: z.looseObject({ title: z.string(), version: z.string() }), paths: z.record(z.string(), z.unknown()) }),
  responseName: "OpenApiDocument",
  async read() {
    return openApiDocumentOfEndpoints();
  },
});

/** The document's introduction: what holds for every endpoint (the README says the same, "公开数据接口"). */
const DESCRIPTION = [
  "Read-only open data of the portal: kindergartens with their public fee schedules and fee accounts (masked), published violation cases (典型案例) and the public statistics. 只读公开数据。",
  "Field names are camelCase; values are codes; amounts are integer fen; dates are YYYY-MM-DD in Asia/Shanghai, instants ISO-8601 UTC. No answer carries personal data.",
  `Lists are keyset-paged: \`limit\` (1–${API_MAX_LIMIT}, default ${API_DEFAULT_LIMIT}) items a page; follow \`next\` (or pass \`nextCursor\` as \`cursor\`) until it is null. Each dataset is also one CSV file (UTF-8 with BOM), streamed whole.`,
  "Bad parameters are a 400 with a JSON error naming them; an empty parameter is not given; unknown parameters are ignored; a repeated one is refused.",
  `Answers carry an ETag and Cache-Control: public, max-age=${OPEN_DATA_MAX_AGE_SECONDS}; send If-None-Match to get a 304 when nothing changed.`,
  `Each client (address; IPv6 by /64) may make ${DEFAULT_OPEN_DATA_POINTS} requests per ${OPEN_DATA_WINDOW_S} s by default (the installation may set another number); past it, 429 with Retry-After.`,
  "Withdrawn cases leave the list: GET /api/v1/cases/{id} answers {id, status: \"withdrawn\", withdrawnOn} (HTTP 200, no content) for a case that was published and is withdrawn; take any copy of it down.",
].join("\n\n");

/** Every endpoint, in the document's order. */
export const OPEN_DATA_ENDPOINTS: readonly Endpoint[] = [kindergartensList, kindergartenById, kindergartensFile, casesList, caseById, casesFile, statistics, openApi];

let document: ReturnType<typeof openApiDocument> | undefined;

/** The document (made once: zod's schemas do not change while the process runs). */
export function openApiDocumentOfEndpoints() {
  document ??= openApiDocument(OPEN_DATA_ENDPOINTS, {
    components: [
      [kindergartenSummary, "KindergartenSummary"],
      [publishedCase, "PublishedCase"],
      [withdrawnCase, "WithdrawnCase"],
      [publicCaseContent, "PublicCaseContent"],
    ],
    description: DESCRIPTION,
  });
  return document;
}

export const API_PATHS = OPEN_DATA_ENDPOINTS.map((e) => `${API_BASE}${e.path}`);
