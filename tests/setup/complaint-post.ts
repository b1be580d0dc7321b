/**
 * The base fields of a parent's refund complaint as the public form posts them to /complaints/new (no JavaScript
 * needed): a fresh intake key, the honeypot left empty, the form's empty item row, and the contact. The caller adds
 * the refund months, the dates and the narrative its test is about.
 */
import { ulid } from "ulid";

export function refundComplaintFields(kindergartenId: string, fields: Record<string, string>): Record<string, string> {
  return {
    intakeKey: ulid(),
    kindergartenId,
    website: "",
    track: "complaint",
    kind: "refund",
    // The empty item row the phone form shows: no item.
    "items[0].name": "",
    "items[0].amount": "",
    "items[0].unit": "once",
    contactName: "张女士",
    contactPhone: "13800138000",
    contactAddress: "宁波市海曙区某路1号",
    ...fields,
  };
}

/** A whole refund complaint (three weeks' sick leave in October, 5 days attended, nothing refunded), with `over` changed. */
export function absenceRefundComplaint(kindergartenId: string, over: Record<string, string> = {}): Record<string, string> {
  return refundComplaintFields(kindergartenId, {
    "refundClaims[0].month": "2026-10",
    "refundClaims[0].feeKind": "care_education",
    "refundClaims[0].case": "absence",
    "refundClaims[0].daysAttended": "5",
    "refundClaims[0].paid": "2800",
    "refundClaims[0].refunded": "0",
    paidOn: "2026-09-01",
    learnedOn: "2026-11-02",
    accountPaidInto: "",
    narrative: "十月孩子病假三周，只上了5天，保教费一分未退。",
    ...over,
  });
}
