/**
 * Every address no other route matches. Without it Remix answers such a request before any loader runs, so the root's
 * error page had no language (always Chinese, whatever the reader chose); matched here, the
 * root loader runs first, and its ErrorBoundary answers the 404 in the reader's language.
 */
export function loader(): never {
  throw new Response("Not found", { status: 404 });
}

export default function NotFound() {
  return null;
}
