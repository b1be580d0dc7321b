/** Freezes a value and everything reachable from it: loaded rules and resolved params are shared by every evaluation, so no caller may change them. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
