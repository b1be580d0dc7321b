/**
 * A kindergarten's registry history on the officer's page (app/domain/registry/registry.queries.server.ts): each
 * registration or change with when, who, how (form or import), why, and each field before and after, in words.
 */
import type { MessageKey } from "~/i18n";
import type { RegistryChange } from "~/domain/registry/registry.queries.server";
import { useT } from "~/utils/i18n";
import { DataTable } from "./data-table";
import { Instant } from "./instant";

type Field = RegistryChange["fields"][number]["field"];

const FIELD_LABEL: Record<Field, MessageKey> = {
  approvedName: "registry.field.approvedName",
  nameInUse: "registry.field.nameInUse",
  nature: "registry.field.nature",
  grade: "registry.field.grade",
  regionCode: "registry.field.region",
  address: "registry.field.address",
  status: "registry.field.status",
};

export function RegistryHistory({ changes }: { changes: readonly RegistryChange[] }) {
  const t = useT();
  const words = (field: Field, value: string) => {
    if (field === "nature") return t(`nature.${value}` as MessageKey);
    if (field === "grade") return t(`guidance.grade.${value}` as MessageKey);
    if (field === "status") return t(`rulesConfig.kg.status.${value}` as MessageKey);
    return value;
  };
  if (changes.length === 0) return <p className="muted">{t("registry.history.none")}</p>;
  return (
    <DataTable
      testId="registry-history"
      rows={changes}
      rowKey={(c) => `${c.at}-${c.kind}`}
      columns={[
        { id: "at", header: t("registry.history.at"), key: true, cell: (c) => <Instant value={c.at} /> },
        {
          id: "what",
          header: t("registry.history.what"),
          cell: (c) => (
            <>
              <strong>{t(c.kind === "registered" ? "registry.history.registered" : "registry.history.changed")}</strong>
              <ul className="registry-changes">
                {c.fields.map((f) => (
                  <li key={f.field}>
                    {t("text.labelled", {
                      label: t(FIELD_LABEL[f.field]),
                      value: f.from === null ? words(f.field, f.to) : t("registry.history.fromTo", { from: words(f.field, f.from), to: words(f.field, f.to) }),
                    })}
                  </li>
                ))}
              </ul>
            </>
          ),
        },
        { id: "reason", header: t("registry.field.reason"), cell: (c) => c.reason ?? "—" },
        { id: "who", header: t("registry.history.who"), cell: (c) => `${c.who ?? t("registry.history.system")} · ${t(c.via === "import" ? "registry.history.viaImport" : "registry.history.viaForm")}` },
      ]}
    />
  );
}
