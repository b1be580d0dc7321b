/**
 * A kindergarten's registry history on the officer's page (app/domain/registry/registry.queries.server.ts): each
 * registration or change with when, who, how (form or import), why, and each field before and after, in words.
 */
import type { MessageKey } from "~/i18n";
import type { RegistryChange } from "~/domain/registry/registry.schema";
import { useT } from "~/utils/i18n";
import { DataTable } from "./data-table";
import { Instant } from "./instant";

type Field = RegistryChange["fields"][number]["field"];

/** The form's label of each record field a change names (the history, the import's preview). */
export const REGISTRY_FIELD_LABEL: Record<Field, MessageKey> = {
  approvedName: "registry.field.approvedName",
  nameInUse: "registry.field.nameInUse",
  nature: "registry.field.nature",
  grade: "registry.field.grade",
  regionCode: "registry.field.region",
  address: "registry.field.address",
  status: "registry.field.status",
};

/** A record field's value in words: codes (nature, grade, status) by their labels, an empty one as "—", a region by its name (`regionNames`) and code. */
export function useRegistryWords(regionNames: Readonly<Record<string, string>>) {
  const t = useT();
  const region = (code: string) => (regionNames[code] ? t("registry.region", { name: regionNames[code], code }) : code);
  return (field: string, value: string) => {
    if (value === "") return "—";
    if (field === "nature") return t(`nature.${value}` as MessageKey);
    if (field === "grade") return t(`guidance.grade.${value}` as MessageKey);
    if (field === "status") return t(`rulesConfig.kg.status.${value}` as MessageKey);
    if (field === "regionCode") return region(value);
    return value;
  };
}

export function RegistryHistory({ changes, regionNames }: { changes: readonly RegistryChange[]; regionNames: Readonly<Record<string, string>> }) {
  const t = useT();
  const words = useRegistryWords(regionNames);
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
                      label: t(REGISTRY_FIELD_LABEL[f.field]),
                      value: f.from === null ? words(f.field, f.to) : t("registry.history.fromTo", { from: words(f.field, f.from), to: words(f.field, f.to) }),
                    })}
                  </li>
                ))}
              </ul>
            </>
          ),
        },
        { id: "reason", header: t("registry.field.reason"), cell: (c) => c.reason ?? (c.fileName ? t("registry.history.importFile", { file: c.fileName }) : "—") },
        { id: "who", header: t("registry.history.who"), cell: (c) => `${c.who ?? t("registry.history.system")} · ${t(c.via === "import" ? "registry.history.viaImport" : "registry.history.viaForm")}` },
      ]}
    />
  );
}
