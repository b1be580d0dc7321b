/**
 * The administrator's list of accounts (`manage:user:any`): filtered by role, region, status and a username prefix
 * or part of a name (all in the URL), a page of 50 at a time by username (app/domain/users/user-admin.queries.server.ts).
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { DataTable } from "~/components/data-table";
import { ListLink } from "~/components/list-link";
import { regionOptionLabel } from "~/components/user-account-fields";
import { listUsers, userRegionOptions } from "~/domain/users/user-admin.queries.server";
import { ROLES, USER_ACTIVE_FILTERS, USER_SEARCH_MAX } from "~/domain/users/user-admin.schema";
import { useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/page-title";
import { requireActor } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { queryParam, readFilters } from "~/web/query.server";
import { FilterSelect, IgnoredParams } from "~/components/filter-select";

export const meta = pageTitle("users.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireActor(request, "manage:user:any");
  // Built here, not at the module's top: query.server is not in the browser's bundle of this route.
  const usersQuery = z.object({
    role: queryParam.oneOf(ROLES),
    region: queryParam.regionCode(),
    active: queryParam.oneOf(USER_ACTIVE_FILTERS),
    q: queryParam.search(USER_SEARCH_MAX),
    after: queryParam.text(200),
  });
  const { filters, ignored, unknown } = readFilters(request, usersQuery);
  const db = getDb();
  const [page, regions] = await Promise.all([listUsers(db, actor, filters), userRegionOptions(db)]);
  return { ...page, regions, filters, ignored, unknown };
}

/** Each filter of the URL by its label on the page, for the notice of one left out. */
const PARAM_LABELS = { role: "users.filter.role", region: "users.filter.region", active: "users.filter.active", q: "users.filter.q" };

export default function Users() {
  const { rows, next, regions, filters, ignored, unknown } = useLoaderData<typeof loader>();
  const t = useT();
  const { after, ...kept } = filters;
  const search = (extra: Record<string, string>) =>
    `?${new URLSearchParams({ ...(Object.fromEntries(Object.entries(kept).filter(([, v]) => v)) as Record<string, string>), ...extra })}`;
  return (
    <section className="panel">
      <h1>{t("users.title")}</h1>
      <p className="muted">{t("users.intro")}</p>
      <p>
        <Link to="/admin/users/new" className="button primary" data-testid="users-new">
          {t("users.new")}
        </Link>{" "}
        <Link to="/admin/users/import" className="button" data-testid="users-import">
          {t("users.import")}
        </Link>
      </p>
      <IgnoredParams names={ignored} unknown={unknown} labels={PARAM_LABELS} testId="users-ignored" />
      <Form method="get" className="filters grid cols-3" data-testid="users-filters">
        <FilterSelect
          id="users-role"
          name="role"
          label={t("users.filter.role")}
          anyLabel={t("users.filter.all")}
          value={filters.role}
          options={ROLES.map((r) => ({ value: r, label: t(`users.role.${r}`) }))}
        />
        <FilterSelect
          id="users-region"
          name="region"
          label={t("users.filter.region")}
          anyLabel={t("users.filter.all")}
          value={filters.region}
          options={regions.map((r) => ({ value: r.code, label: regionOptionLabel(r) }))}
        />
        <div className="field">
          <label htmlFor="users-active">{t("users.filter.active")}</label>
          <select id="users-active" name="active" defaultValue={filters.active ?? "active"}>
            {USER_ACTIVE_FILTERS.map((a) => (
              <option key={a} value={a}>
                {t(`users.active.${a}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="users-q">{t("users.filter.q")}</label>
          <input id="users-q" name="q" type="search" defaultValue={filters.q ?? ""} maxLength={USER_SEARCH_MAX} />
        </div>
        <div className="field">
          <button type="submit" className="secondary">{t("users.filter.apply")}</button> <Link to="/admin/users">{t("users.filter.reset")}</Link>
        </div>
      </Form>
      {rows.length === 0 ? (
        <p>{t("users.empty")}</p>
      ) : (
        <DataTable
          testId="users-list"
          rows={rows}
          rowKey={(r) => r.id}
          columns={[
            {
              id: "username",
              header: t("users.col.username"),
              key: true,
              cell: (r) => (
                <ListLink to={`/admin/users/${r.id}`}>
                  <code>{r.username}</code>
                </ListLink>
              ),
            },
            { id: "name", header: t("users.col.displayName"), cell: (r) => r.displayName },
            { id: "role", header: t("users.col.role"), cell: (r) => t(`users.role.${r.role}`) + (r.lead ? ` · ${t("users.lead")}` : "") },
            {
              id: "place",
              header: t("users.col.place"),
              cell: (r) =>
                r.role === "operator"
                  ? (r.kindergartenName ?? "—")
                  : r.role === "officer"
                    ? [r.agency ? t(`users.agency.${r.agency}`) : null, r.regionName ?? r.regionCode].filter(Boolean).join(" · ")
                    : "—",
            },
            {
              id: "status",
              header: t("users.col.status"),
              cell: (r) => [r.active ? t("users.status.active") : t("users.status.inactive"), r.mustChangePassword ? t("users.status.mustChange") : null].filter(Boolean).join(" · "),
            },
          ]}
        />
      )}
      <div className="pager">
        {after ? <Link to={search({})}>{t("users.first")}</Link> : null}
        {next ? (
          <Link to={search({ after: next })} data-testid="users-next">
            {`${t("users.next")} →`}
          </Link>
        ) : null}
      </div>
    </section>
  );
}
