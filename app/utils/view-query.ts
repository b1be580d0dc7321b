/**
 * A list page's address of its own view with some values changed, for its filter chips and its first and next pages:
 * `?` and the view's non-empty text values (anything else, and an empty or undefined change, is left out, so the first
 * page's link carries no cursor).
 */
export function viewQuery(view: Readonly<Record<string, unknown>>, changes: Readonly<Record<string, unknown>> = {}): string {
  const entries = Object.entries({ ...view, ...changes }).filter((e): e is [string, string] => typeof e[1] === "string" && e[1] !== "");
  return `?${new URLSearchParams(entries)}`;
}
