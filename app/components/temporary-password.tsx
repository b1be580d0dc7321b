/** Temporary passwords an administrator has just made (a new account, a reset, an import): shown this once, to hand over. */
import { temporaryPasswordsCsv } from "~/domain/users/user-import.schema";
import { useT } from "~/utils/i18n";
import { useHydrated } from "~/utils/use-hydrated";

export function TemporaryPassword({ password }: { password: string }) {
  const t = useT();
  return (
    <div className="notice" role="status" data-testid="temporary-password">
      <p>{t("users.temporary.intro")}</p>
      <p>
        {t("users.temporary.label")}
        {t("text.colon")}
        <code className="temporary-password" translate="no">
          {password}
        </code>
      </p>
    </div>
  );
}

/**
 * A button that saves the usernames and temporary passwords as a CSV file, made in the browser (a Blob): the
 * passwords never make a second trip to the server, which keeps none of them. Without JavaScript it is not shown;
 * the page's table beside it is what to copy then.
 */
export function TemporaryPasswordsDownload(props: { accounts: ReadonlyArray<{ username: string; temporaryPassword: string }>; fileName: string; label: string }) {
  const hydrated = useHydrated();
  if (!hydrated) return null;
  const download = () => {
    const url = URL.createObjectURL(new Blob([temporaryPasswordsCsv(props.accounts)], { type: "text/csv;charset=utf-8" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = props.fileName;
    document.body.append(link);
    link.click();
    link.remove();
    // The click has handed the file to the browser's download; the address is no longer needed.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };
  return (
    <button type="button" className="primary" onClick={download} data-testid="temporary-passwords-download">
      {props.label}
    </button>
  );
}
