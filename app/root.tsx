import { redirect, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import {
  Form,
  isRouteErrorResponse,
  Link,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLocation,
  useRevalidator,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import { useContext, useEffect, type ReactNode } from "react";
import { ListLink, useListLinkNavigation } from "~/components/list-link";
import { isInSection } from "~/utils/nav-section";
import { RouteFocus } from "~/components/route-focus";
import { ScriptlessAnswer } from "~/components/scriptless-answer";
import { ScriptNonce } from "~/components/script-nonce";
import { translate, type MessageKey } from "~/i18n";
import stylesHref from "./styles.css";
import { hasPermission } from "~/domain/users/actor";
import { leadWaiting } from "~/domain/cases/case-lead-waiting.server";
import { leadWaitingHref } from "~/domain/cases/case-queue.schema";
import { getActor, officerHomePath, PASSWORD_PATH } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { useLang, useT } from "~/utils/i18n";
import { getLang } from "~/web/lang.server";
import { langOf } from "~/utils/page-title";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesHref },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

// Without the root's data (an action's refusal) the language is the request's, which meta cannot read: Layout titles
// such a page.
export const meta: MetaFunction = ({ matches, data }) => (data ? [{ title: translate(langOf(matches), "app.title") }] : []);

export async function loader({ request }: LoaderFunctionArgs) {
  const [lang, actor] = await Promise.all([getLang(request), getActor(request)]);
  // A temporary password is changed before anything else, public pages included (protected ones: requireActor).
  if (actor?.mustChangePassword && new URL(request.url).pathname !== PASSWORD_PATH) throw redirect(PASSWORD_PATH);
  // A lead's extensions to answer and escalations, beside 检查任务 on every page (null for anyone else: nothing read).
  const waiting = actor ? await leadWaiting(getDb(), actor) : null;
  return {
    lang,
    actor: actor
      ? {
          displayName: actor.displayName,
          role: actor.role,
          // Holding a temporary password: every page but the password form sends back to it, so the header offers
          // only what works meanwhile (the form itself, the language, signing out).
          mustChangePassword: actor.mustChangePassword === true,
          // The header links the kindergarten list only for those who may open it.
          readsKindergartens: hasPermission(actor, "read:kindergarten:region") || hasPermission(actor, "read:kindergarten:any"),
          readsComplaints: hasPermission(actor, "read:complaint:region") || hasPermission(actor, "read:complaint:any"),
          publishes: hasPermission(actor, "draft:publication:region") || hasPermission(actor, "publish:publication:region"),
          readsMealFunds: hasPermission(actor, "read:meal-fund:region") || hasPermission(actor, "read:meal-fund:any"),
          // The overview of the kindergartens' bookkeepers' accounts: the education office's, and the administrator's.
          managesOperatorAccounts: hasPermission(actor, "manage:operator-account:region") || hasPermission(actor, "manage:user:any"),
          managesUsers: hasPermission(actor, "manage:user:any"),
          managesRegions: hasPermission(actor, "manage:region:any"),
          waiting,
          // The officer's own work (by agency): where sign-in lands, and the first of the header's officer sections.
          officerHome: actor.role === "operator" ? null : officerHomePath(actor),
        }
      : null,
  };
}

type HeaderActor = NonNullable<Awaited<ReturnType<typeof loader>>["actor"]> | null | undefined;

const everyone = () => true;
const visitor = (a: HeaderActor) => !a;
const operator = (a: HeaderActor) => a?.role === "operator";
const officer = (a: HeaderActor) => Boolean(a) && a?.role !== "operator";
const admin = (a: HeaderActor) => a?.role === "admin";

/** The header's links, in order, each with who sees it. */
const HEADER_LINKS: ReadonlyArray<{ to: string; label: MessageKey; shows: (actor: HeaderActor) => boolean }> = [
  { to: "/kindergartens", label: "nav.disclosure", shows: everyone },
  { to: "/cases", label: "nav.publicCases", shows: everyone },
  { to: "/statistics", label: "nav.statistics", shows: everyone },
  { to: "/kindergarten/fees", label: "nav.fees", shows: operator },
  { to: "/kindergarten/account", label: "nav.account", shows: operator },
  { to: "/kindergarten/meal-fund", label: "nav.mealFund", shows: operator },
  { to: "/kindergarten/complaints", label: "nav.complaintsMediation", shows: operator },
  { to: "/kindergarten/cases", label: "nav.cases", shows: operator },
  { to: "/officer/cases", label: "nav.queue", shows: officer },
  { to: "/officer/dashboard", label: "nav.dashboard", shows: officer },
  { to: "/officer/complaints", label: "nav.complaints", shows: (a) => a?.readsComplaints === true },
  { to: "/officer/publications", label: "nav.publications", shows: (a) => a?.publishes === true },
  { to: "/officer/spot-checks", label: "nav.spotChecks", shows: officer },
  { to: "/officer/kindergartens", label: "nav.kindergartens", shows: (a) => a?.readsKindergartens === true },
  { to: "/officer/operator-accounts", label: "nav.operatorAccounts", shows: (a) => a?.managesOperatorAccounts === true },
  { to: "/officer/accounts", label: "nav.accountReview", shows: officer },
  { to: "/officer/meal-funds", label: "nav.mealFundFlags", shows: (a) => a?.readsMealFunds === true },
  { to: "/officer/guidance-prices", label: "nav.guidancePrices", shows: officer },
  { to: "/officer/catalogue", label: "nav.catalogue", shows: officer },
  { to: "/officer/changes", label: "nav.changes", shows: officer },
  { to: "/officer/rules", label: "nav.rules", shows: officer },
  { to: "/admin/rules", label: "nav.adminRules", shows: admin },
  { to: "/admin/audit", label: "nav.audit", shows: admin },
  { to: "/admin/users", label: "nav.users", shows: (a) => a?.managesUsers === true },
  { to: "/admin/regions", label: "nav.regions", shows: (a) => a?.managesRegions === true },
  { to: "/about", label: "nav.about", shows: visitor },
];

/** The links the actor sees, the officer's own work (where sign-in lands) first among the officer's sections. */
function headerLinksFor(actor: HeaderActor, pending: boolean): typeof HEADER_LINKS {
  const shown = HEADER_LINKS.filter((link) => !pending && link.shows(actor));
  const first = shown.findIndex((link) => link.to.startsWith("/officer/"));
  const home = shown.findIndex((link) => link.to === actor?.officerHome);
  if (first < 0 || home <= first) return shown;
  return [...shown.slice(0, first), shown[home], ...shown.slice(first, home), ...shown.slice(home + 1)];
}

function Header() {
  const data = useRouteLoaderData<typeof loader>("root");
  const t = useT();
  const location = useLocation();
  const actor = data?.actor;
  const here = location.pathname + location.search;
  // While a temporary password waits to be changed, every other address (the home page's too) leads back to the
  // password page (the root loader, requireActor): no link to any of them, the password page's own included.
  const pending = actor?.mustChangePassword === true;
  // No root data: an action's refusal (a form too large, a 403) that Remix renders in the root's boundary without
  // running the root's loader, or that loader's own failure. Who reads the page is not known then, so the header is
  // the brand alone, neither signed in nor signed out (a signed-in officer was offered 登录 here).
  if (!data) {
    return (
      <header className="site-header">
        <a className="skip" href="#main">{t("nav.skip")}</a>
        <ListLink to="/" className="brand">{t("app.title")}</ListLink>
      </header>
    );
  }
  return (
    <header className="site-header">
      <a className="skip" href="#main">{t("nav.skip")}</a>
      {pending ? <span className="brand">{t("app.title")}</span> : <ListLink to="/" className="brand">{t("app.title")}</ListLink>}
      <nav aria-label={t("nav.main")}>
        {headerLinksFor(actor, pending).map((link) => {
          const item = (
            <ListLink key={link.to} to={link.to} current={isInSection(location.pathname, link.to)}>
              {t(link.label)}
            </ListLink>
          );
          const waiting = link.to === "/officer/cases" && actor?.waiting && actor.waiting.extensions + actor.waiting.escalations > 0 ? actor.waiting : null;
          return waiting ? (
            <span key={link.to} className="nav-with-badge">
              {item}
              <LeadWaitingBadge waiting={waiting} />
            </span>
          ) : (
            item
          );
        })}
        <Form method="post" action="/lang" className="inline">
          <input type="hidden" name="lang" value={data?.lang === "en" ? "zh-CN" : "en"} />
          <input type="hidden" name="redirectTo" value={here} />
          <button type="submit" className="link-button" lang={data?.lang === "en" ? "zh-CN" : "en"}>
            {t("nav.language")}
          </button>
        </Form>
        {actor ? (
          <Form method="post" action="/logout" className="inline">
            <span className="who">{actor.displayName}</span>
            {pending ? null : (
              <ListLink to="/account/password" current={location.pathname === "/account/password"}>
                {t("nav.password")}
              </ListLink>
            )}
            <button type="submit" className="link-button">{t("nav.logout")}</button>
          </Form>
        ) : (
          <ListLink to="/login">{t("nav.login")}</ListLink>
        )}
      </nav>
    </header>
  );
}

/**
 * What waits for a lead, beside 检查任务 (its dashboard's 延期申请待批 and 已超期上报 together): 待处理 N, a link of its
 * own to what waits (leadWaitingHref: the one list when one kind waits, the dashboard's figures when both do), its
 * name the words in full (待处理 3 件：延期申请待批 1 件，已超期上报 2 件), which begin with what it shows. Shown only
 * when something waits.
 */
function LeadWaitingBadge({ waiting }: { waiting: { extensions: number; escalations: number } }) {
  const t = useT();
  const n = waiting.extensions + waiting.escalations;
  const parts = [
    waiting.extensions > 0 ? t("nav.leadWaiting.extensions", { n: waiting.extensions }) : null,
    waiting.escalations > 0 ? t("nav.leadWaiting.escalations", { n: waiting.escalations }) : null,
  ].filter((part): part is string => part !== null);
  const label = t("nav.leadWaiting.label", { n, parts: parts.join(t("nav.leadWaiting.separator")) });
  return (
    <ListLink to={leadWaitingHref(waiting)} className="lead-waiting">
      <span className="badge amber" aria-hidden="true" title={label} data-testid="lead-waiting">
        {t("nav.leadWaiting", { n })}
      </span>
      <span className="visually-hidden">{label}</span>
    </ListLink>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  // The root's language, or the request's on a page rendered without the root's data (an action's refusal).
  const lang = useLang();
  // An import's preview answered to a browser without JavaScript: no scripts (components/scriptless-answer.tsx).
  const scriptless = useContext(ScriptlessAnswer);
  // The response's nonce, which its Content-Security-Policy names (server.ts): every inline script carries it.
  const nonce = useContext(ScriptNonce);
  return (
    <html lang={lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        {data ? null : <title>{translate(lang, "app.title")}</title>}
        <Links />
      </head>
      <body>
        <Header />
        {/* tabIndex -1: the skip link's target takes the focus, so the next Tab is the page's first control. */}
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        {/* After it: focus and words after a navigation inside the page (see the component). */}
        <RouteFocus />
        <ScrollRestoration nonce={nonce} />
        {scriptless ? null : <Scripts nonce={nonce} />}
      </body>
    </html>
  );
}

/**
 * A page the browser restores from its back-forward cache is the page as it was left: its language (the reader may
 * have switched since) and its figures. Its data is asked for again, as after any navigation.
 */
function useFreshAfterBackForward() {
  const { revalidate } = useRevalidator();
  useEffect(() => {
    const restored = (event: PageTransitionEvent) => {
      if (event.persisted) revalidate();
    };
    window.addEventListener("pageshow", restored);
    return () => window.removeEventListener("pageshow", restored);
  }, [revalidate]);
}

export default function App() {
  useListLinkNavigation();
  useFreshAfterBackForward();
  return <Outlet />;
}

/** What a refused or failed request tells the user, by status. */
const ERROR_MESSAGES: Partial<Record<number, MessageKey>> = {
  400: "error.badRequest",
  403: "error.forbidden",
  404: "error.notFound",
  405: "error.methodNotAllowed",
  413: "error.tooLarge",
  415: "error.unsupportedType",
  429: "error.tooManyRequests",
};

/**
 * Never the error's own text: it may name files, queries or data. An
 * unexpected loader or action error arrives as a 500 carrying only the id of
 * its request (app/web/route-outcomes.server.ts), which the log line has too.
 */
export function ErrorBoundary() {
  const error = useRouteError();
  const lang = useLang();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const key = ERROR_MESSAGES[status] ?? "error.generic";
  const requestId = isRouteErrorResponse(error) ? requestIdOf(error.data) : null;
  return (
    <section className="panel error">
      <h1>{translate(lang, status === 404 ? "error.notFoundTitle" : "error.title")}</h1>
      <p>{translate(lang, key)}</p>
      {requestId ? <p className="muted">{translate(lang, "error.requestId", { id: requestId })}</p> : null}
      <p>
        <Link className="tap" to="/">{translate(lang, "nav.home")}</Link>
      </p>
    </section>
  );
}

function requestIdOf(data: unknown): string | null {
  const id = typeof data === "object" && data !== null ? (data as { requestId?: unknown }).requestId : undefined;
  return typeof id === "string" ? id : null;
}
