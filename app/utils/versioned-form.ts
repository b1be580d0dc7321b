/** For the forms that carry a record's version (optimistic concurrency: a stale version is refused). */
import { useNavigation, type ShouldRevalidateFunction } from "@remix-run/react";

/**
 * Whether such a form must wait: while a step is being submitted, and while the page reloads its data after
 * one. Until the new version has loaded, the form still holds the old one, and a second step sent at once
 * (save, then submit) would be refused as another officer's edit.
 */
export function useVersionedFormBusy(): boolean {
  return useNavigation().state !== "idle";
}

/**
 * A page of versioned forms reads its record again after a step refused as another officer's edit (409): the
 * forms then carry the version that is there now, keep what was typed, and the next click goes through. (A refused
 * step does not reload the page's data by default.)
 */
export const reloadAfterConflict: ShouldRevalidateFunction = ({ actionStatus, defaultShouldRevalidate }) => actionStatus === 409 || defaultShouldRevalidate;
