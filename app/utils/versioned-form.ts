/** For the forms that carry a record's version (optimistic concurrency: a stale version is refused). */
import { useNavigation } from "@remix-run/react";

/**
 * Whether such a form must wait: while a step is being submitted, and while the page reloads its data after
 * one. Until the new version has loaded, the form still holds the old one, and a second step sent at once
 * (save, then submit) would be refused as another officer's edit.
 */
export function useVersionedFormBusy(): boolean {
  return useNavigation().state !== "idle";
}
