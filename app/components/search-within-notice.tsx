/**
 * What a kindergarten search did when the query as typed found nothing and began with a region's name: it searched the
 * rest within that region (searchOrWithinLeadingRegion), and the parent is told so, not left to think the name was found.
 */
import { useT } from "~/utils/i18n";

export function SearchWithinNotice({ q, within }: { q: string; within: { region: string; rest: string } | null | undefined }) {
  const t = useT();
  if (!within) return null;
  return (
    <p className="notice" role="status" data-testid="search-within">
      {t("disclosure.search.within", { q, region: within.region, rest: within.rest })}
    </p>
  );
}
