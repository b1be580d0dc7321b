/**
 * A long form's input kept in this browser while it is typed, so that a reload, a closed tab or a session that
 * expired before the post is not an afternoon's typing lost: the form offers to restore it when opened again.
 *
 * Only for forms that hold no personal data (a fee schedule, not a complaint): what is kept stays in the browser's
 * localStorage, which everyone at a shared computer can read. A draft older than DRAFT_DAYS is forgotten.
 */
import { useCallback, useEffect, useState } from "react";

const DRAFT_DAYS = 14;
const SAVE_DELAY_MS = 400;
const PREFIX = "portal.draft.";

/** Where this browser keeps a kindergarten's unsent fee schedule; the filing's page forgets it once it is filed. */
export const filingDraftKey = (kindergartenId: string) => `fee-filing.${kindergartenId}`;

export interface FormDraft {
  savedAt: string;
  value: Record<string, unknown>;
}

function readDraft(storageKey: string): FormDraft | null {
  try {
    const raw = window.localStorage.getItem(PREFIX + storageKey);
    if (!raw) return null;
    const draft = JSON.parse(raw) as FormDraft;
    if (Date.now() - Date.parse(draft.savedAt) > DRAFT_DAYS * 24 * 60 * 60 * 1000) {
      clearFormDraft(storageKey);
      return null;
    }
    return draft;
  } catch {
    // Storage refused (private mode, full) or a draft written by another version: as if there were none.
    return null;
  }
}

/** Forgets the draft: once the form's content is stored on the server, or when the user discards it. */
export function clearFormDraft(storageKey: string): void {
  try {
    window.localStorage.removeItem(PREFIX + storageKey);
  } catch {
    // Nothing kept, nothing to forget.
  }
}

/**
 * Keeps the form `formId`'s input under `storageKey` as it is typed (`read` turns its FormData into the form's
 * value, as its defaultValue takes it). `found` is a kept draft that differs from what the form shows now.
 */
export function useFormDraft(args: { formId: string; storageKey: string; read: (formData: FormData) => Record<string, unknown> }) {
  const { formId, storageKey, read } = args;
  const [found, setFound] = useState<FormDraft | null>(null);

  useEffect(() => {
    const form = document.getElementById(formId);
    if (!(form instanceof HTMLFormElement)) return;
    const kept = readDraft(storageKey);
    if (kept && JSON.stringify(kept.value) !== JSON.stringify(read(new FormData(form)))) setFound(kept);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const save = () => {
      clearTimeout(timer);
      timer = undefined;
      try {
        const draft: FormDraft = { savedAt: new Date().toISOString(), value: read(new FormData(form)) };
        window.localStorage.setItem(PREFIX + storageKey, JSON.stringify(draft));
      } catch {
        // A browser that keeps nothing still has the form as typed.
      }
    };
    const later = () => {
      clearTimeout(timer);
      timer = setTimeout(save, SAVE_DELAY_MS);
    };
    const flush = () => {
      if (timer !== undefined) save();
    };
    form.addEventListener("input", later);
    form.addEventListener("change", later);
    window.addEventListener("pagehide", flush);
    return () => {
      flush();
      form.removeEventListener("input", later);
      form.removeEventListener("change", later);
      window.removeEventListener("pagehide", flush);
    };
  }, [formId, storageKey, read]);

  const discard = useCallback(() => {
    clearFormDraft(storageKey);
    setFound(null);
  }, [storageKey]);

  return { found, discard };
}
