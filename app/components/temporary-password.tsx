/** A temporary password an administrator has just made (a new account, a reset): shown this once, to hand over. */
import { useT } from "~/utils/i18n";

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
