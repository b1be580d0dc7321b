/**
 * The filing form's 退费办法 section: per fee (保教费, 住宿费, 保育费, 伙食费)
 * and case (请假缺勤, 退园) a method and, for tiers, up to MAX_REFUND_TIERS
 * rows (bound in days or as a share of the month's legal working days,
 * attended-at-most or absent-at-least, refund %). The entries come in one
 * fixed order (refundFormEntries), so their indexes are the same with and
 * without JavaScript; tier rows are added and removed with conform's list
 * buttons, which post the form when JavaScript is off. One column on a phone.
 */
import { getInputProps, getSelectProps, type FieldMetadata, type FormMetadata } from "@conform-to/react";
import { FieldError } from "~/components/forms";
import { METHOD_NOT_FILED, type RefundFormEntry } from "~/domain/filings/refund-rules.schema";
import {
  CASE_LABELS,
  FEE_KIND_LABELS,
  MAX_REFUND_TIERS,
  REFUND_METHODS,
  REFUND_TIER_CONDITIONS,
  type RefundCase,
  type RefundFeeKind,
} from "~/rules/facts/refund-schemes";
import { useRuleLang, useT } from "~/utils/i18n";

type TierValue = { when: string; boundKind: string; bound: string; refundPercent: string };
type EntryField = FieldMetadata<{ feeKind: string; case: string; method: string; tiers: TierValue[] }>;
type TierField = FieldMetadata<TierValue>;

export const EMPTY_TIER: TierValue = { when: "attended_at_most", boundKind: "days", bound: "", refundPercent: "" };

export function RefundRulesFields(props: { form: FormMetadata<any, string[]>; field: FieldMetadata<any, any, string[]> }) {
  const { form, field } = props;
  const t = useT();
  const entries = (field as unknown as FieldMetadata<RefundFormEntry[]>).getFieldList() as unknown as EntryField[];
  return (
    <section className="refund-rules" aria-labelledby="refund-rules-title">
      <h2 id="refund-rules-title">{t("refund.form.title")}</h2>
      <p className="muted">{t("refund.form.hint")}</p>
      <FieldError field={field} />
      {entries.map((entry, index) => (
        <RefundEntry key={entry.key} form={form} entry={entry} index={index} />
      ))}
    </section>
  );
}

function RefundEntry({ form, entry, index }: { form: FormMetadata<any, string[]>; entry: EntryField; index: number }) {
  const t = useT();
  const lang = useRuleLang();
  const f = entry.getFieldset();
  const feeKind = f.feeKind.value as RefundFeeKind | undefined;
  const refundCase = f.case.value as RefundCase | undefined;
  const title = `${feeKind && FEE_KIND_LABELS[feeKind] ? FEE_KIND_LABELS[feeKind][lang] : feeKind} · ${refundCase && CASE_LABELS[refundCase] ? CASE_LABELS[refundCase][lang] : refundCase}`;
  const tiers = f.tiers.getFieldList() as unknown as TierField[];
  const method = f.method.value ?? METHOD_NOT_FILED;
  const { key: _feeKey, ...feeKindProps } = getInputProps(f.feeKind, { type: "hidden" });
  const { key: _caseKey, ...caseProps } = getInputProps(f.case, { type: "hidden" });
  return (
    <fieldset className="refund-entry" aria-label={title} data-testid={`refund-entry-${index}`}>
      <legend>{title}</legend>
      <input {...feeKindProps} />
      <input {...caseProps} />
      <FieldError field={f.feeKind} />
      <div className="field">
        <label htmlFor={f.method.id}>{t("refund.form.method")}</label>
        <select {...getSelectProps(f.method)}>
          <option value={METHOD_NOT_FILED}>{t("refund.method.unset")}</option>
          {REFUND_METHODS.map((m) => (
            <option key={m} value={m}>
              {t(`refund.method.${m}`)}
            </option>
          ))}
        </select>
        <FieldError field={f.method} />
      </div>
      {tiers.length > 0 && method !== "tiers" ? <p className="muted">{t("refund.form.tiersUnused")}</p> : null}
      {tiers.map((tier, j) => (
        <TierRow
          key={tier.key}
          tier={tier}
          label={t("refund.form.tier", { n: j + 1 })}
          remove={
            <button className="secondary" {...form.remove.getButtonProps({ name: f.tiers.name, index: j })}>
              {t("refund.form.removeTier")}
            </button>
          }
        />
      ))}
      <FieldError field={f.tiers} />
      {method === "tiers" && tiers.length < MAX_REFUND_TIERS ? (
        <p>
          <button className="secondary" {...form.insert.getButtonProps({ name: f.tiers.name, defaultValue: EMPTY_TIER })}>
            + {t("refund.form.addTier")}
          </button>
        </p>
      ) : null}
    </fieldset>
  );
}

function TierRow({ tier, label, remove }: { tier: TierField; label: string; remove: JSX.Element }) {
  const t = useT();
  const f = tier.getFieldset();
  return (
    <fieldset className="refund-tier" aria-label={label}>
      <div className="field">
        <label htmlFor={f.when.id}>{t("refund.form.when")}</label>
        <select {...getSelectProps(f.when)}>
          {REFUND_TIER_CONDITIONS.map((w) => (
            <option key={w} value={w}>
              {t(`refund.when.${w}`)}
            </option>
          ))}
        </select>
        <FieldError field={f.when} />
      </div>
      <div className="field">
        <label htmlFor={f.bound.id}>{t("refund.form.bound")}</label>
        <input {...getInputProps(f.bound, { type: "text" })} inputMode="numeric" />
        <FieldError field={f.bound} />
      </div>
      <div className="field">
        <label htmlFor={f.boundKind.id}>{t("refund.form.boundKind")}</label>
        <select {...getSelectProps(f.boundKind)}>
          <option value="days">{t("refund.boundKind.days")}</option>
          <option value="share">{t("refund.boundKind.share")}</option>
        </select>
        <FieldError field={f.boundKind} />
      </div>
      <div className="field">
        <label htmlFor={f.refundPercent.id}>{t("refund.form.refundPercent")}</label>
        <input {...getInputProps(f.refundPercent, { type: "text" })} inputMode="numeric" />
        <FieldError field={f.refundPercent} />
      </div>
      <div>{remove}</div>
    </fieldset>
  );
}
