/**
 * A file field whose files are checked in the browser as they are chosen, before anything is posted: how many, which
 * are over the size limit, which are iPhone HEIC photos (read by their first bytes). The parents' complaint form, the
 * kindergarten's answer forms (a case's, a complaint's) and the fee account's certificate use it; each says what it
 * finds in the words the server says it with, so a page without JavaScript, refused after the upload, reads the same.
 * Each holds its submit back while a file chosen would be refused, with why beside the button (`CheckedFilesSubmit`).
 */
import { useState, type ChangeEvent, type ReactNode } from "react";
import { EVIDENCE_MAX_BYTES } from "~/domain/evidence/evidence.schema";
import { HEIF_PHOTO_MESSAGE_KEY, heifPhotoNames } from "~/domain/evidence/heif-photo";
import { encodeMessage } from "~/i18n";
import { useT } from "~/utils/i18n";
import { keepFocusOnPress } from "./forms";
import { Interpolate } from "./interpolate";

const MB = EVIDENCE_MAX_BYTES / 1024 / 1024;

/** The files of one choice, as checked; `since` is the answer on the page when they were chosen. */
type Chosen = { count: number; tooLarge: string[]; heic: string[]; since: unknown };

export interface CheckedFiles {
  /** How many files are chosen in this page (0 after a post without JavaScript, whose field comes back empty). */
  count: number;
  /** What to say under the field: the check's messages, else the server's while they are about the files in the field. */
  errors: string[] | undefined;
  /** Whether the form holds its submit back: a file chosen would be refused. */
  hold: boolean;
  /** For the file input. */
  inputProps: { onChange: (event: ChangeEvent<HTMLInputElement>) => void; "aria-invalid": true | undefined };
}

export function useCheckedFiles(options: {
  /** How many files the field takes (1 for a single file's field). */
  max: number;
  /** The form's words for a file too large, with `{ name, mb }`: the complaint's and answers' name it, the certificate's does not. */
  tooLargeKey?: "complaint.evidence.tooLarge" | "account.evidence.tooLarge";
  /** The server's messages about the files it was sent, from `reply`. */
  serverSaid: string[] | undefined;
  /** The answer on the page (the action's data): once files are chosen after it, what it said of the earlier ones goes. */
  reply: unknown;
}): CheckedFiles {
  const { max, tooLargeKey = "complaint.evidence.tooLarge", serverSaid, reply } = options;
  const [chosen, setChosen] = useState<Chosen>({ count: 0, tooLarge: [], heic: [], since: undefined });
  const found = [
    ...(chosen.count > max ? [encodeMessage({ key: "complaint.evidence.tooMany", vars: { max } })] : []),
    ...chosen.tooLarge.map((name) => encodeMessage({ key: tooLargeKey, vars: { name, mb: MB } })),
    ...chosen.heic.map((name) => encodeMessage({ key: HEIF_PHOTO_MESSAGE_KEY, vars: { name } })),
  ];
  const errors = found.length > 0 ? found : chosen.since !== reply ? serverSaid : undefined;
  return {
    count: chosen.count,
    errors,
    hold: found.length > 0,
    inputProps: {
      "aria-invalid": errors?.length ? true : undefined,
      onChange: (event) => {
        const files = Array.from(event.currentTarget.files ?? []);
        const checked: Chosen = { count: files.length, tooLarge: files.filter((f) => f.size > EVIDENCE_MAX_BYTES).map((f) => f.name), heic: [], since: reply };
        setChosen(checked);
        // Their first bytes are read after the choice is shown; a choice made meanwhile keeps its own answer.
        const fitting = files.filter((f) => f.size <= EVIDENCE_MAX_BYTES).slice(0, max);
        void heifPhotoNames(fitting).then((heic) => {
          if (heic.length > 0) setChosen((now) => (now === checked ? { ...checked, heic } : now));
        });
      },
    },
  };
}

/**
 * The form's submit button, pale while a file chosen would be refused, and why beside it, with the way up to the file
 * field: the file's message is far above on a phone, and a reader who scrolled down to a pale button was told nothing.
 * The button is described by the note (`<id>-held`) while it is there. `disabled`: the form's other reasons (busy).
 */
export function CheckedFilesSubmit(props: { id: string; files: CheckedFiles; fieldId: string; disabled: boolean; children: ReactNode }) {
  const { id, files, fieldId, disabled, children } = props;
  const t = useT();
  const heldId = `${id}-held`;
  return (
    <>
      <button id={id} className="primary" type="submit" disabled={disabled || files.hold} aria-describedby={files.hold ? heldId : undefined} onMouseDown={keepFocusOnPress}>
        {children}
      </button>
      {files.hold ? (
        <p id={heldId} className="field-error" data-testid="submit-held">
          <Interpolate id="checkedFiles.held" vars={{ files: <a href={`#${fieldId}`}>{t("checkedFiles.held.link")}</a> }} />
        </p>
      ) : null}
    </>
  );
}
