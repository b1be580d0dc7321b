/**
 * A labelled value of a record page's facts list (<dl className="grid cols-3">, or cols-2, cols-4): the label muted
 * above its value, each pair one grid cell. Every record page lays its pairs out with it: the admin's user page, the
 * officer's case, kindergarten, account, complaint, run, parameter set, batch and publication pages, the
 * dashboard's figures, the public case. `testId` and `className` are the value's (<dd>), for a test to find it and
 * for its style (mono, prewrap).
 */
import type { ReactNode } from "react";

export function Fact({ label, testId, className, children }: { label: string; testId?: string; className?: string; children: ReactNode }) {
  return (
    <div>
      <dt className="muted">{label}</dt>
      <dd data-testid={testId} className={className}>
        {children}
      </dd>
    </div>
  );
}
