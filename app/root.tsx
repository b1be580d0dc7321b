import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
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
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import type { ReactNode } from "react";
import { ListLink, useListLinkNavigation } from "~/components/list-link";
import { translate, type Lang, type MessageKey } from "~/i18n";
import stylesHref from "./styles.css";
import { hasPermission } from "~/domain/users/actor";
import { getActor } from "~/web/auth.server";
import { useT } from "~/utils/i18n";
import { getLang } from "~/web/lang.server";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesHref },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const meta: MetaFunction = () => [{ title: "民办园收费监管平台" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const [lang, actor] = await Promise.all([getLang(request), getActor(request)]);
  return {
    lang,
    actor: actor
      ? {
          displayName: actor.displayName,
          role: actor.role,
          // The header links the kindergarten list only for those who may open it.
          readsKindergartens: hasPermission(actor, "read:kindergarten:region") || hasPermission(actor, "read:kindergarten:any"),
          readsComplaints: hasPermission(actor, "read:complaint:region") || hasPermission(actor, "read:complaint:any"),
          publishes: hasPermission(actor, "draft:publication:region") || hasPermission(actor, "publish:publication:region"),
          readsMealFunds: hasPermission(actor, "read:meal-fund:region") || hasPermission(actor, "read:meal-fund:any"),
        }
      : null,
  };
}

function Header() {
  const data = useRouteLoaderData<typeof loader>("root");
  const t = useT();
  const location = useLocation();
  const actor = data?.actor;
  const here = location.pathname + location.search;
  return (
    <header className="site-header">
      <a className="skip" href="#main">{t("nav.skip")}</a>
      <ListLink to="/" className="brand">{t("app.title")}</ListLink>
      <nav aria-label="main">
        <ListLink to="/kindergartens">{t("nav.disclosure")}</ListLink>
        <ListLink to="/cases">{t("nav.publicCases")}</ListLink>
        <ListLink to="/statistics">{t("nav.statistics")}</ListLink>
        {actor?.role === "operator" ? <ListLink to="/kindergarten/fees">{t("nav.fees")}</ListLink> : null}
        {actor?.role === "operator" ? <ListLink to="/kindergarten/account">{t("nav.account")}</ListLink> : null}
        {actor?.role === "operator" ? <ListLink to="/kindergarten/meal-fund">{t("nav.mealFund")}</ListLink> : null}
        {actor?.role === "operator" ? <ListLink to="/kindergarten/complaints">{t("nav.complaintsMediation")}</ListLink> : null}
        {actor?.role === "operator" ? <ListLink to="/kindergarten/cases">{t("nav.cases")}</ListLink> : null}
        {actor && actor.role !== "operator" ? <ListLink to="/officer/cases">{t("nav.queue")}</ListLink> : null}
        {actor && actor.role !== "operator" ? <ListLink to="/officer/dashboard">{t("nav.dashboard")}</ListLink> : null}
        {actor?.readsComplaints ? <ListLink to="/officer/complaints">{t("nav.complaints")}</ListLink> : null}
        {actor?.publishes ? <ListLink to="/officer/publications">{t("nav.publications")}</ListLink> : null}
        {actor && actor.role !== "operator" ? <ListLink to="/officer/spot-checks">{t("nav.spotChecks")}</ListLink> : null}
        {actor?.readsKindergartens ? <ListLink to="/officer/kindergartens">{t("nav.kindergartens")}</ListLink> : null}
        {actor && actor.role !== "operator" ? <ListLink to="/officer/accounts">{t("nav.accountReview")}</ListLink> : null}
        {actor?.readsMealFunds ? <ListLink to="/officer/meal-funds">{t("nav.mealFundFlags")}</ListLink> : null}
        {actor && actor.role !== "operator" ? <ListLink to="/officer/guidance-prices">{t("nav.guidancePrices")}</ListLink> : null}
        {actor && actor.role !== "operator" ? <ListLink to="/officer/catalogue">{t("nav.catalogue")}</ListLink> : null}
        {actor && actor.role !== "operator" ? <ListLink to="/officer/changes">{t("nav.changes")}</ListLink> : null}
        {actor && actor.role !== "operator" ? <ListLink to="/officer/rules">{t("nav.rules")}</ListLink> : null}
        {actor?.role === "admin" ? <ListLink to="/admin/rules">{t("nav.adminRules")}</ListLink> : null}
        {actor?.role === "admin" ? <ListLink to="/admin/audit">{t("nav.audit")}</ListLink> : null}
        {actor ? null : <ListLink to="/about">{t("nav.about")}</ListLink>}
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
            <button type="submit" className="link-button">{t("nav.logout")}</button>
          </Form>
        ) : (
          <ListLink to="/login">{t("nav.login")}</ListLink>
        )}
      </nav>
    </header>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  return (
    <html lang={data?.lang ?? "zh-CN"}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <Header />
        <main id="main">{children}</main>
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

export default function App() {
  useListLinkNavigation();
  return <Outlet />;
}

/** What a refused or failed request tells the user, by status. */
const ERROR_MESSAGES: Partial<Record<number, MessageKey>> = {
  400: "error.badRequest",
  403: "error.forbidden",
  404: "error.notFound",
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
  const data = useRouteLoaderData<typeof loader>("root");
  const lang: Lang = data?.lang ?? "zh-CN";
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const key = ERROR_MESSAGES[status] ?? "error.generic";
  const requestId = isRouteErrorResponse(error) ? requestIdOf(error.data) : null;
  return (
    <section className="panel error">
      <h1>{translate(lang, "error.title")}</h1>
      <p>{translate(lang, key)}</p>
      {requestId ? <p className="muted">{translate(lang, "error.requestId", { id: requestId })}</p> : null}
      <p>
        <Link to="/">{translate(lang, "nav.home")}</Link>
      </p>
    </section>
  );
}

function requestIdOf(data: unknown): string | null {
  const id = typeof data === "object" && data !== null ? (data as { requestId?: unknown }).requestId : undefined;
  return typeof id === "string" ? id : null;
}
