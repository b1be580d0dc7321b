/**
 * A kindergarten's registry record on the education department's forms, new and edit
 * (app/routes/officer+/kindergartens.new.tsx, kindergartens.$id_.edit.tsx): the same fields in the same order,
 * the USCC only when registering (it never changes).
 */
import type { FieldMetadata } from "@conform-to/react";
import { KINDERGARTEN_GRADES, NATURES, STATUSES } from "~/domain/registry/registry.schema";
import { useT } from "~/utils/i18n";
import { InputField, SelectField } from "./forms";
import { regionOptionLabel, type RegionOption } from "./user-account-fields";

type AnyField = FieldMetadata<any>;

export function KindergartenRecordFields(props: {
  fields: { uscc?: AnyField; approvedName: AnyField; nameInUse: AnyField; nature: AnyField; grade: AnyField; regionCode: AnyField; address: AnyField; status: AnyField };
  regions: readonly RegionOption[];
}) {
  const { fields, regions } = props;
  const t = useT();
  const choose = t("registry.field.choose");
  return (
    <div className="grid cols-3">
      {fields.uscc ? <InputField field={fields.uscc} label={t("registry.field.uscc")} hint={t("registry.field.uscc.hint")} autoCapitalize="characters" /> : null}
      <InputField field={fields.approvedName} label={t("registry.field.approvedName")} />
      <InputField field={fields.nameInUse} label={t("registry.field.nameInUse")} hint={t("registry.field.nameInUse.hint")} />
      <SelectField field={fields.nature} label={t("registry.field.nature")} placeholder={choose} options={NATURES.map((n) => ({ value: n, label: t(`nature.${n}`) }))} />
      <SelectField
        field={fields.grade}
        label={t("registry.field.grade")}
        placeholder={choose}
        options={KINDERGARTEN_GRADES.map((g) => ({ value: g, label: t(`guidance.grade.${g}`) }))}
      />
      <SelectField
        field={fields.regionCode}
        label={t("registry.field.region")}
        placeholder={choose}
        options={regions.map((r) => ({ value: r.code, label: regionOptionLabel(r) }))}
      />
      <InputField field={fields.address} label={t("registry.field.address")} />
      <SelectField field={fields.status} label={t("registry.field.status")} options={STATUSES.map((s) => ({ value: s, label: t(`rulesConfig.kg.status.${s}`) }))} />
    </div>
  );
}
