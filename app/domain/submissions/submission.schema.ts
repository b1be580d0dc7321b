/**
 * The one-time submission key every create form carries (a hidden field):
 * its name, its shape and the kinds of form that use it. Client-safe: the
 * form component imports the field name. The key itself is made by the
 * page's loader (newSubmissionKey, submission.service.server.ts); the domain
 * checks it with `submissionKey` and answers a repeat with the first result.
 */
import { z } from "zod";

/** The hidden field's name on every create form. */
export const SUBMISSION_KEY_FIELD = "submissionKey";

/** A ULID (26 characters) or any other URL-safe token of 16–64 characters. */
export const SUBMISSION_KEY_PATTERN = /^[0-9A-Za-z_-]{16,64}$/;

export const submissionKey = z
  .string({ error: "submission.key.invalid" })
  .regex(SUBMISSION_KEY_PATTERN, "submission.key.invalid");

/** The kinds of create form; a key used on one kind is refused on another. */
export const SUBMISSION_FORMS = [
  "filing",
  "guidance_draft",
  "guidance_import",
  "parameter_draft",
  "catalogue_item",
  "account_filing",
  "spot_check_draw",
  "meal_fund_account",
  "user_account",
  "kindergarten_registration",
  "kindergarten_import",
  "user_import",
  // Activations create a re-evaluation run: a repeat is answered with the first one's run.
  "guidance_activation",
  "parameter_activation",
  "rule_version_activation",
] as const;
export type SubmissionForm = (typeof SUBMISSION_FORMS)[number];
