/**
 * The built app (build/index.js, which `npm test` builds first) answering requests in-process on a fresh database
 * with the demo data, as a browser's document requests reach it: for tests of what a page renders.
 */
import { afterAll, beforeAll } from "vitest";
import { setDb } from "~/web/db.server";
import { sessionCookieFor } from "./route-helpers";
import { createDemoDb, type TestDb } from "./test-db";
import { importBuild } from "./built-build";

export interface BuiltApp {
  /** The demo database the app answers from. */
  db: () => TestDb["db"];
  /** A GET of `path`, signed in as `username` when given, with `cookie` (the language's) besides. */
  get: (path: string, username?: string, cookie?: string) => Promise<Response>;
  /**
   * A document post, as a browser without JavaScript sends a form (urlencoded; multipart for a FormData: a file
   * upload), signed in as `username` (signed out with null: a parent), with `cookie` (the language's) besides.
   */
  post: (path: string, username: string | null, form: Record<string, string> | FormData, cookie?: string) => Promise<Response>;
}

/** Sets the app up before the file's tests and tears it down after them. */
export function useBuiltApp(): BuiltApp {
  let t: TestDb;
  let handle: (request: Request) => Promise<Response>;
  beforeAll(async () => {
    t = await createDemoDb();
    setDb(t.db);
    const build = await importBuild();
    const { createRequestHandler } = await import("@remix-run/node");
    handle = createRequestHandler(build, "production");
  });
  afterAll(async () => {
    await t?.destroy();
  });
  return {
    db: () => t.db,
    get: async (url, username, cookie) => {
      const cookies = [username ? await sessionCookieFor(t.db, username) : null, cookie].filter(Boolean).join("; ");
      return handle(new Request(`http://portal.test${url}`, { headers: cookies ? { Cookie: cookies } : undefined }));
    },
    post: async (url, username, form, cookie) => {
      const cookies = [username ? await sessionCookieFor(t.db, username) : null, cookie].filter(Boolean).join("; ");
      return handle(
        new Request(`http://portal.test${url}`, {
          method: "POST",
          // A FormData body sets its own multipart type, with the boundary.
          headers: { ...(cookies ? { Cookie: cookies } : {}), ...(form instanceof FormData ? {} : { "Content-Type": "application/x-www-form-urlencoded" }) },
          body: form instanceof FormData ? form : new URLSearchParams(form),
        }),
      );
    },
  };
}
