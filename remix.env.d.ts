/// <reference types="@remix-run/dev" />
/// <reference types="@remix-run/node" />

// A module, so the declarations below augment @remix-run/node instead of replacing it.
export {};

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }

  /** Set per request by server.ts. */
  interface AppLoadContext {
    requestId: string;
    clientIp: string;
    /** Called when a page broke off after its status was sent (a render error, the render's time limit): not to be kept. */
    brokeOff?: () => void;
    /** The nonce the page's inline scripts carry (app/web/script-nonce.server.ts); none outside server.ts (tests). */
    scriptNonce?: string;
  }
}
