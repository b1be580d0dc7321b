/**
 * A translated message whose placeholders are elements rather than text,
 * e.g. "预览计算于 {at}" with a <time> in place of {at}.
 */
import { Fragment, type ReactNode } from "react";
import { useT } from "~/utils/i18n";

export function Interpolate({ id, vars }: { id: string; vars: Record<string, ReactNode> }) {
  const t = useT();
  // Translated without vars, the text keeps its {name} placeholders; split on them (odd parts are names).
  const parts = t(id).split(/\{(\w+)\}/);
  return <>{parts.map((part, i) => (i % 2 === 1 ? <Fragment key={i}>{vars[part] ?? `{${part}}`}</Fragment> : part))}</>;
}
