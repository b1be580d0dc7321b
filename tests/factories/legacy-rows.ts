/**
 * Rows written straight into an older schema by migration tests (no domain code runs on an old schema): only the
 * columns the table had before the migrations under test added theirs.
 */

/** An officer's account row as the user table held it before a migration under test. */
export const legacyUserRow = (id: string, username: string) => ({
  id,
  username,
  display_name: "某",
  password_hash: "x",
  role: "officer",
  agency: "market",
  region_code: null,
  kindergarten_id: null,
  active: 1,
  created_at: "2026-01-01T00:00:00.000Z",
});
