/**
 * An account's role fields (agency, region, kindergarten, lead) on the administrator's forms, new and edit
 * (app/routes/admin+/users.*): every field shown whatever the role, so the form works without JavaScript; the
 * domain keeps only those the role needs (app/domain/users/user-admin.schema.ts), and the hint says so.
 */
import { getInputProps, type FieldMetadata } from "@conform-to/react";
import { AGENCIES } from "~/domain/users/user-admin.schema";
import { useT } from "~/utils/i18n";
import { FieldError, InputField, SelectField } from "./forms";

type AnyField = FieldMetadata<any>;

export interface RegionOption {
  code: string;
  name: string;
  level: "province" | "city" | "district";
}

/** A region as a chooser lists it: indented by level, with its code. */
export function regionOptionLabel(r: RegionOption): string {
  return `${r.level === "district" ? "\u3000\u3000" : r.level === "city" ? "\u3000" : ""}${r.name}（${r.code}）`;
}

export function UserRoleFields(props: { fields: { agency: AnyField; regionCode: AnyField; kindergarten: AnyField; lead: AnyField }; regions: readonly RegionOption[] }) {
  const { fields, regions } = props;
  const t = useT();
  return (
    <>
      <p className="muted">{t("users.form.roleHint")}</p>
      <div className="grid cols-3">
        <SelectField
          field={fields.agency}
          label={t("users.field.agency")}
          placeholder={t("users.field.choose")}
          options={AGENCIES.map((a) => ({ value: a, label: t(`users.agency.${a}`) }))}
        />
        <SelectField
          field={fields.regionCode}
          label={t("users.field.region")}
          placeholder={t("users.field.choose")}
          options={regions.map((r) => ({ value: r.code, label: regionOptionLabel(r) }))}
        />
        <InputField field={fields.kindergarten} label={t("users.field.kindergarten")} hint={t("users.field.kindergarten.hint")} autoCapitalize="characters" />
      </div>
      <div className="field checkbox">
        <label>
          <input {...getInputProps(fields.lead, { type: "checkbox" })} /> {t("users.field.lead")}
        </label>
        <FieldError field={fields.lead} />
      </div>
    </>
  );
}
