/**
 * The nonce the page's inline scripts carry (app/web/script-nonce.server.ts), given by app/entry.server.tsx for the
 * server's render only. Not loader data: what a loader returns is sent to the browser too, and the nonce must be in
 * no script's reach. In the browser it is undefined: the scripts it marks are the server's (hydration leaves them).
 */
import { createContext } from "react";

export const ScriptNonce = createContext<string | undefined>(undefined);
