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
  const nodes = parts.map((part, i) => {
    if (i % 2 === 0) return part;
    const value = vars[part] ?? `{${part}}`;
    return typeof value === "string" || typeof value === "number" ? value : <Fragment key={i}>{value}</Fragment>;
  });
  return <>{joinedTexts(nodes)}</>;
}

/**
 * Nodes with each run of neighbouring words and numbers joined into one text: React's
 * server HTML writes a marker between two neighbouring texts, and words read as one should be one.
 */
export function joinedTexts(nodes: readonly ReactNode[]): ReactNode[] {
  const joined: ReactNode[] = [];
  let text = "";
  for (const node of nodes) {
    if (typeof node === "string" || typeof node === "number") {
      text += String(node);
      continue;
    }
    if (text) joined.push(text);
    text = "";
    joined.push(node);
  }
  if (text) joined.push(text);
  return joined;
}
