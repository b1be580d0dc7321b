/**
 * Input kept in this browser while it is typed, so that a reload, a closed tab or a session that expired before
 * the post is not an afternoon's typing lost.
 *
 * `useFormDraft`: a long form that holds no personal data (a fee schedule, not a complaint), kept in localStorage,
 * which everyone at a shared computer can read, and offered back when the form is opened again; a draft older than
 * DRAFT_DAYS is forgotten. `useTabKeptText`: the free text of a step's form, for the tab only (sessionStorage).
 */
import { useCallback, useEffect, useState, type RefObject } from "react";

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
    // A row added or removed is no input event: fields coming or going are (not a message or a notice appearing).
    const fieldsComeAndGo = new MutationObserver((records) => {
      if (records.some((r) => [...r.addedNodes, ...r.removedNodes].some(holdsFields))) later();
    });
    fieldsComeAndGo.observe(form, { childList: true, subtree: true });
    window.addEventListener("pagehide", flush);
    return () => {
      flush();
      fieldsComeAndGo.disconnect();
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

const holdsFields = (node: Node) => node instanceof Element && (node.matches("input, select, textarea") || node.querySelector("input, select, textarea") !== null);

const TAB_PREFIX = "portal.text.";

/**
 * The free text of a step's form (an officer's finding or reason, a kindergarten's explanation to the authority) kept
 * for this browser tab only, so that a reload or Back does not lose it: restored into its empty fields when the form
 * is shown again, forgotten once the step is stored (`saved`). sessionStorage, not localStorage as for the fee
 * schedule: such text may name parents or children, and it goes with the tab, not into the next user's session.
 *
 * `saved`: true when the page has just stored the step (its action's answer, gone on reload); or a token naming the
 * stored step when the page says so in its URL (`?answered=…`), which a reload keeps: that token forgets the text
 * once, so a second answer typed on the same page still survives a reload.
 */
export function useTabKeptText(args: { form: RefObject<HTMLFormElement | null>; scope: string; saved: boolean | string | null; remount?: unknown }) {
  const { form: formRef, scope, saved, remount } = args;
  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    const prefix = `${TAB_PREFIX}${scope}.`;
    const storage = tabStorage();
    if (!storage) return;
    const forgottenFor = prefix + SAVED_TOKEN;
    if (saved === true || (typeof saved === "string" && storage.getItem(forgottenFor) !== saved)) {
      forget(storage, prefix);
      if (typeof saved === "string") remember(storage, forgottenFor, saved);
    } else
      for (const area of form.querySelectorAll("textarea")) {
        const kept = area.name ? storage.getItem(prefix + area.name) : null;
        if (kept && area.value === "") {
          area.value = kept;
          // Heard as typing: a counter or a form library reading the field learns the text is there.
          area.dispatchEvent(new Event("input", { bubbles: true }));
        }
      }
    const keep = (event: Event) => {
      const target = event.target;
      if (!(target instanceof HTMLTextAreaElement) || !target.name) return;
      if (target.value === "") storage.removeItem(prefix + target.name);
      else remember(storage, prefix + target.name, target.value);
    };
    form.addEventListener("input", keep);
    return () => form.removeEventListener("input", keep);
  }, [formRef, scope, saved, remount]);
}

/** Not a field's name (names are identifiers): the token of the stored step whose text was forgotten. */
const SAVED_TOKEN = "#saved";

function remember(storage: Storage, key: string, value: string): void {
  try {
    storage.setItem(key, value);
  } catch {
    // Storage full or refused: the text is still in the form.
  }
}

function tabStorage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

function forget(storage: Storage, prefix: string): void {
  for (let i = storage.length - 1; i >= 0; i--) {
    const key = storage.key(i);
    if (key?.startsWith(prefix)) storage.removeItem(key);
  }
}
