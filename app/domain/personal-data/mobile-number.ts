/**
 * A mainland mobile number as one value however its country code was written: the complaint form keeps the 11 digits
 * (complaint.schema.ts), a complainant's contact key reads an older row's +86 as the same phone, and the complainant
 * masker finds it in a text either way. Here, beside the gate, so that the cases' side may mask with it too.
 */

/** A mainland mobile number with the country code written before it: +86, 86 or 0086. */
const MOBILE_WITH_COUNTRY_CODE = /^(?:\+?86|0086)(1[3-9]\d{9})$/;

/** A mainland mobile number without its country code; anything else as it is (a stored phone of before 2026-12-06 too). */
export function nationalMobile(phone: string): string {
  return MOBILE_WITH_COUNTRY_CODE.exec(phone)?.[1] ?? phone;
}
