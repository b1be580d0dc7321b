/** The directory page's limits, client-safe: the search box's maxLength is the query's cut (region-directory.queries.server.ts). */
export const REGION_PAGE_SIZE = 100;
export const REGION_SEARCH_MAX = 40;
