import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/**
 * False on the server and while hydrating, true once the page's JavaScript runs: for what only works with it (a
 * copy button) or narrows what a page without it must keep offering (a decision's bases).
 */
export const useHydrated = () =>
  useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
