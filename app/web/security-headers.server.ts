/**
 * The security headers every answer carries (helmet), with the Content-Security-Policy's script nonce made for each
 * response first (app/web/script-nonce.server.ts). server.ts mounts them before anything else answers; the tests that
 * serve the built app over HTTP mount the same (tests/setup/built-app-kept-reads.ts).
 */
import helmet from "helmet";
import { scriptNonces, scriptSrcNonce } from "./script-nonce.server";

export function securityHeaders(opts: { production: boolean }) {
  return [
    scriptNonces(),
    helmet({
      contentSecurityPolicy: {
        directives: {
          // No 'unsafe-inline': Remix's inline scripts (hydration data, route modules, scroll restoration, the data
          // stream) carry this response's nonce; markup that slipped past React's escaping cannot.
          "script-src": ["'self'", scriptSrcNonce],
          // Helmet's default also allows 'unsafe-inline' and any https: sheet. Every style is in the app's own sheet
          // (an architecture test refuses `style={{…}}`), so injected markup cannot restyle a page (a fake account
          // number drawn over the real one, a hidden warning).
          "style-src": ["'self'"],
          "upgrade-insecure-requests": opts.production ? [] : null,
        },
      },
      hsts: opts.production,
      // With "no-referrer" Chromium sends `Origin: null` on plain form posts, which the cross-origin check refuses.
      referrerPolicy: { policy: "same-origin" },
    }),
  ];
}
