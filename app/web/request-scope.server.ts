/**
 * What one HTTP request computes once for all its loaders. Remix runs the
 * root's and the page's loaders of a request together and, as patched
 * (patches/@remix-run+server-runtime+2.17.5.patch), hands them the same
 * Request object when there is no Remix parameter to strip from its URL: the
 * request is the key, and what is kept goes with it.
 *
 * Why not an AsyncLocalStorage scope (as before): while one exists, Node runs
 * a hook on every promise the process creates, a few per cent of every
 * request's CPU whether or not it asks for anything here. A request whose
 * loaders get copies (a `?index` URL) computes once per loader: the same
 * answer, read twice.
 */
const kept = new WeakMap<Request, Map<string, unknown>>();

/** `compute()` once per request object and key. */
export function oncePerRequest<T>(request: Request, key: string, compute: () => T): T {
  let values = kept.get(request);
  if (!values) {
    values = new Map();
    kept.set(request, values);
  }
  if (!values.has(key)) values.set(key, compute());
  return values.get(key) as T;
}
