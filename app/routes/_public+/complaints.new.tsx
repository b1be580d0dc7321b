/**
 * /complaints/new: a parent's complaint (投诉) or report (举报), no sign-in,
 * phone first. `?kindergarten=<id>` preselects the kindergarten (its public
 * page links here); otherwise a GET search (`?q=`) lists kindergartens to
 * choose from, which works without JavaScript, and, when it finds none, the
 * ones whose names are a character away (您是不是要找, as the public search
 * offers them), chosen alike. The account check's "not the
 * filed account" links here with `&kind=other_account&account=<digits>`: the
 * kind chosen and the number checked in 实际缴入的收款账号, kept through a
 * search and a choice (hidden fields, the choices' links). The picker lists
 * a first page only: when more match it says so and asks for more of the name.
 *
 * The post: counted per client before the body is read (429 + Retry-After on
 * every transport), then streamed (readStreamedForm: the evidence files go to
 * this process's staging folder chunk by chunk, never whole into memory),
 * then submitComplaint stores it or says what is wrong with every field. The
 * answer to an accepted complaint is the receipt itself, not a redirect (it
 * is never cached: no-store), and the browser's receipt cookie learns the
 * form's key: the page shows that receipt again for two hours (a reload, a
 * code not yet written down) and the same complaint sent again from a form
 * fetched anew is answered with it (complaint-receipts.server.ts).
 */
import type { SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, type ActionFunctionArgs, type HeadersFunction, type LinksFunction, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import complaintStyles from "~/components/complaint.css";
import { ComplaintForm, ComplaintReceipt, RecentReceipts, type IntakeReply } from "~/components/complaint-form";
import { recentReceipts, submitComplaint } from "~/domain/complaints/complaint-intake.server";
import { ACCOUNT_PAID_INTO_PARAM, accountPaidIntoFromLink, COMPLAINT_KINDS, complaintIntakeOn, HONEYPOT_FIELD, INTAKE_KEY_FIELD, MAX_CHARGED_ITEMS, MAX_COMPLAINT_FILES, MAX_REFUND_CLAIMS } from "~/domain/complaints/complaint.schema";
import { findPublicKindergarten } from "~/domain/disclosure/disclosure.queries.server";
import { SEARCH_MAX_CHARS } from "~/domain/disclosure/disclosure.schema";
import { kindergartenSearchPage } from "~/domain/disclosure/kindergarten-search.queries.server";
import { discardStaged, stageEvidence } from "~/domain/evidence/evidence-staging.server";
import { EVIDENCE_MAX_BYTES } from "~/domain/evidence/evidence.schema";
import { newSubmissionKey } from "~/domain/submissions/submission.service.server";
import { encodeMessage } from "~/i18n";
import { useT } from "~/utils/i18n";
import { shanghaiDate } from "~/utils/working-days";
import { receiptKeys, withReceiptKey } from "~/web/complaint-receipts.server";
import { complaintIntakeThrottle, complaintPostThrottle } from "~/web/complaint-throttle.server";
import { getDb } from "~/web/db.server";
import { evidenceStagingDir, getEvidenceStore } from "~/web/evidence.server";
import { conformErrors, failureData } from "~/web/failure.server";
import { formRefusalResponse, readStreamedForm } from "~/web/form.server";
import { queryParam, readQuery } from "~/web/query.server";
import { pageTitle } from "~/utils/page-title";
import { SearchWithinNotice } from "~/components/search-within-notice";

/** Five files at their largest plus the text fields: under MAX_BODY_BYTES (26 MB), which server.ts enforces first. */
export const INTAKE_BODY_BYTES = MAX_COMPLAINT_FILES * EVIDENCE_MAX_BYTES + 512 * 1024;
const MB = EVIDENCE_MAX_BYTES / 1024 / 1024;
/** The form has about 90 fields with ten items and six refund months; anything far beyond is no form of ours. */
const MAX_FIELDS = 200;
const NO_STORE = { "Cache-Control": "no-store" };

export const links: LinksFunction = () => [{ rel: "stylesheet", href: complaintStyles }];

function pageQuery() {
  return z.object({
    kindergarten: queryParam.text(200),
    q: queryParam.search(SEARCH_MAX_CHARS),
    // `kind`: where the parent came from says what happened (the account check's "not the filed account").
    kind: queryParam.oneOf(COMPLAINT_KINDS),
    // The number that check found wrong, for 实际缴入的收款账号: read with the field's own rules, and a link with
    // anything else is the form with the field empty, not a refused page. Never logged (the request log has the path).
    [ACCOUNT_PAID_INTO_PARAM]: z.unknown().transform(accountPaidIntoFromLink).optional(),
  });
}
let pageQuerySchema: ReturnType<typeof pageQuery> | undefined;

export async function loader({ request }: LoaderFunctionArgs) {
  const query = readQuery(request, (pageQuerySchema ??= pageQuery()));
  const db = getDb();
  const found = query.kindergarten ? await findPublicKindergarten(db, query.kindergarten) : null;
  const kindergarten = found ? { id: found.id, name: found.name_in_use, place: found.place } : null;
  let search: {
    hits: KindergartenChoice[];
    error: { key: string; vars?: Record<string, string | number> } | null;
    /** Searched within the region the query begins with ("鄞州阳光"), as the search page does: said above the hits. */
    within?: { region: string; rest: string };
    /** Found nothing: the kindergartens whose names are a character or two away (您是不是要找), as the search page offers. */
    near?: KindergartenChoice[];
    /** More match than are listed (a first page only, no pager): the parent is asked to type more of the name. */
    more?: true;
  } | null = null;
  // Searched with nothing typed: told what to type rather than shown the same empty form again.
  if (!kindergarten && !query.q && new URL(request.url).searchParams.has("q")) search = { hits: [], error: { key: "complaint.search.empty" } };
  if (!kindergarten && query.q) {
    const { outcome: result, near } = await kindergartenSearchPage(db, { q: query.q }, { districtChoices: false });
    const choice = (k: { id: string; name_in_use: string; place: string }) => ({ id: k.id, name: k.name_in_use, place: k.place });
    search = result.ok
      ? {
          hits: result.hits.map(choice),
          error: null,
          ...(result.within ? { within: { region: result.within.name, rest: result.within.rest } } : {}),
          ...(near.length > 0 ? { near: near.map(choice) } : {}),
          ...(result.next !== null ? { more: true as const } : {}),
        }
      : { hits: [], error: result.formErrors[0] ?? { key: "error.generic" } };
  }
  const page = {
    kindergarten,
    unknownKindergarten: Boolean(query.kindergarten) && !kindergarten,
    q: query.q ?? "",
    kind: query.kind ?? null,
    accountPaidInto: query[ACCOUNT_PAID_INTO_PARAM] ?? null,
    search,
    today: shanghaiDate(),
    recent: await recentReceipts(db, await receiptKeys(request)),
    intakeKey: newSubmissionKey(),
  };
  // A one-time key and this browser's receipts: neither may be served from a cache.
  return data(page, { headers: NO_STORE });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const client = context?.clientIp ?? "unknown";
  // Every post counted first, whatever it holds: a refused post costs no parsing, no disk and no query.
  const posts = await complaintPostThrottle().take(client);
  if (!posts.allowed) return limited(posts.retryAfterSeconds, null);
  const stagingDir = await evidenceStagingDir();
  const read = await readStreamedForm(request, {
    maxBytes: INTAKE_BODY_BYTES,
    lists: { items: MAX_CHARGED_ITEMS, refundClaims: MAX_REFUND_CLAIMS },
    maxFields: MAX_FIELDS,
    files: { field: "evidence", max: MAX_COMPLAINT_FILES, take: (name, chunks) => stageEvidence(stagingDir, name, chunks), discard: discardStaged },
  });
  if (!read.ok) {
    if (read.refusal.reason !== "too-large") throw formRefusalResponse(read.refusal);
    // Too large is the evidence's problem (or one text field's): say so under that field, not as a bare 413.
    // A body with no files in it (urlencoded) can only be too large in its text: the narrative is what grows.
    const multipart = (request.headers.get("Content-Type") ?? "").toLowerCase().startsWith("multipart/form-data");
    const field = read.refusal.field ?? (multipart ? "evidence" : "narrative");
    const message =
      field === "evidence"
        ? encodeMessage({ key: "complaint.evidence.bodyTooLarge", vars: { mb: MB, max: MAX_COMPLAINT_FILES } })
        : encodeMessage({ key: field === "narrative" ? "complaint.narrative.tooLong" : "complaint.bodyTooLarge.text" });
    const reply: IntakeReply = { outcome: "invalid", result: null, bodyError: { field, message } };
    return data(reply, { status: 413 });
  }
  const { form, files, extraFiles } = read;
  const submission = parseWithZod(form, { schema: complaintIntakeOn(shanghaiDate()) });
  if (submission.status === undefined) {
    // A list button (add or remove an item) posted without JavaScript: the form comes back changed, nothing is stored.
    await Promise.all(files.map(discardStaged));
    const reply: IntakeReply = { outcome: "invalid", result: submission.reply(), bodyError: null };
    return reply;
  }
  // A complaint, not a form's own post: one of the client's complaints, given back if it is refused.
  const intake = await complaintIntakeThrottle().take(client);
  if (!intake.allowed) {
    await Promise.all(files.map(discardStaged));
    return limited(intake.retryAfterSeconds, submission.reply());
  }
  const result = await submitComplaint({
    db: getDb(),
    store: getEvidenceStore(),
    // The raw payload: the domain parses it again with the same schema, it is the authority.
    input: submission.payload,
    files,
    extraFiles,
    intakeKey: form.get(INTAKE_KEY_FIELD),
    recentKeys: await receiptKeys(request),
    honeypot: form.get(HONEYPOT_FIELD),
    requestId: context?.requestId,
  });
  if (!result.ok) {
    await complaintIntakeThrottle().giveBack(client);
    const reply: IntakeReply = { outcome: "invalid", result: submission.reply(conformErrors(result)), bodyError: null };
    return failureData(result, reply);
  }
  // A repeat stored nothing: it is not one of the client's complaints.
  if (result.replayed) await complaintIntakeThrottle().giveBack(client);
  const reply: IntakeReply = {
    outcome: "received",
    receipt: {
      trackingNo: result.trackingNo,
      accessCode: result.accessCode,
      replayed: result.replayed,
      track: form.get("track") === "report" ? "report" : "complaint",
      kindergartenId: String(form.get("kindergartenId") ?? ""),
      due: result.due,
    },
  };
  return data(reply, { headers: { ...NO_STORE, "Set-Cookie": await withReceiptKey(request, result.intakeKey) } });
}

/** 429 with its wait; the form's values when it was read, so that what was typed is shown again (also without JavaScript). */
function limited(retryAfterSeconds: number, result: SubmissionResult<string[]> | null) {
  const reply: IntakeReply = { outcome: "limited", retryAfterSeconds, result };
  return data(reply, { status: 429, headers: { "Retry-After": String(retryAfterSeconds) } });
}

/** Retry-After of a limited post, the receipt's cookie, and no-store, reach the document answer too. */
export const headers: HeadersFunction = ({ actionHeaders, loaderHeaders }) => {
  const out = new Headers();
  const retryAfter = actionHeaders.get("Retry-After");
  if (retryAfter) out.set("Retry-After", retryAfter);
  const setCookie = actionHeaders.get("Set-Cookie");
  if (setCookie) out.set("Set-Cookie", setCookie);
  const cache = actionHeaders.get("Cache-Control") ?? loaderHeaders.get("Cache-Control");
  if (cache) out.set("Cache-Control", cache);
  return out;
};

export const meta = pageTitle<{ kindergarten: { name: string } | null }>("complaint.title", (page) => page.kindergarten?.name);

interface KindergartenChoice {
  id: string;
  name: string;
  place: string;
}

/** What the address brought for the form that a search and a choice keep: the kind chosen and the number checked. */
function keptParams(kind: string | null, accountPaidInto: string | null): Array<[string, string]> {
  return Object.entries({ kind, [ACCOUNT_PAID_INTO_PARAM]: accountPaidInto }).filter((entry): entry is [string, string] => Boolean(entry[1]));
}

/** Kindergartens to choose from, each a link to the form with it chosen (a GET: no script needed): hits or near names. */
function KindergartenChoices({ choices, kept, labelledBy, testId }: { choices: readonly KindergartenChoice[]; kept: Array<[string, string]>; labelledBy?: string; testId: string }) {
  const t = useT();
  return (
    <ol className="complaint-kg-results" aria-labelledby={labelledBy} data-testid={testId}>
      {choices.map((k) => (
        <li key={k.id}>
          <Link to={`/complaints/new?${new URLSearchParams([["kindergarten", k.id], ...kept])}`}>{t("text.labelled", { label: t("complaint.search.choose"), value: k.name })}</Link>
          <p className="muted">{k.place}</p>
        </li>
      ))}
    </ol>
  );
}

export default function NewComplaint() {
  const { kindergarten, unknownKindergarten, q, kind, accountPaidInto, search, today, recent, intakeKey } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>() as IntakeReply | undefined;
  const t = useT();
  if (reply?.outcome === "received") return <ComplaintReceipt receipt={reply.receipt} />;
  const kept = keptParams(kind, accountPaidInto);
  return (
    <section className="panel">
      <h1>{t("complaint.title")}</h1>
      <RecentReceipts receipts={recent} />
      <p>{t("complaint.intro")}</p>
      <p>
        <Link className="tap" to="/complaints/track">
          {t("complaint.trackLink")}
        </Link>
      </p>
      <h2>{t("complaint.step.kindergarten")}</h2>
      {kindergarten ? (
        <p data-testid="chosen-kindergarten">
          <strong>{t("complaint.chosen", { name: kindergarten.name })}</strong> <span className="muted">{kindergarten.place}</span>{" "}
          <Link className="tap" to="/complaints/new">
            {t("complaint.change")}
          </Link>
        </p>
      ) : (
        <>
          {unknownKindergarten ? (
            <p className="form-error" role="alert">
              {t("complaint.search.notFound")}
            </p>
          ) : null}
          <Form method="get" action="/complaints/new" role="search" key={q}>
            {kept.map(([name, value]) => (
              <input key={name} type="hidden" name={name} value={value} />
            ))}
            <label htmlFor="complaint-q">{t("complaint.search.label")}</label>
            <div className="search-box">
              <input id="complaint-q" name="q" type="search" defaultValue={q} maxLength={SEARCH_MAX_CHARS} placeholder={t("disclosure.search.placeholder")} autoComplete="off" />
              <button type="submit" className="primary">
                {t("complaint.search.submit")}
              </button>
            </div>
          </Form>
          {search?.error ? (
            <p className="form-error" role="alert">
              {t(search.error.key, search.error.vars)}
            </p>
          ) : search && search.hits.length === 0 && !search.more ? (
            <>
              <p>{t("complaint.search.none")}</p>
              {search.near ? (
                <>
                  <p id="complaint-kg-near">{t("disclosure.search.near")}</p>
                  <KindergartenChoices choices={search.near} kept={kept} labelledBy="complaint-kg-near" testId="complaint-kg-near" />
                </>
              ) : null}
            </>
          ) : search ? (
            <>
              <SearchWithinNotice q={q} within={search.within} />
              {search.hits.length > 0 ? <KindergartenChoices choices={search.hits} kept={kept} testId="complaint-kg-results" /> : null}
              {search.more ? (
                <p className="muted" data-testid="complaint-kg-more">
                  {t("complaint.search.more")}
                </p>
              ) : null}
            </>
          ) : null}
        </>
      )}
      {kindergarten ? (
        <>
          <h2>{t("complaint.step.details")}</h2>
          <ComplaintForm kindergartenId={kindergarten.id} intakeKey={intakeKey} today={today} reply={reply} kind={kind} accountPaidInto={accountPaidInto} />
        </>
      ) : null}
    </section>
  );
}
