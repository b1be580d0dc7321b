/** The documents and articles a rule rests on, one per line. */
export function LegalBasisList({ basis }: { basis: Array<{ document: string; article?: string }> }) {
  return (
    <ul className="legal-basis">
      {basis.map((b, i) => (
        <li key={i}>
          {b.document}
          {b.article ? ` ${b.article}` : ""}
        </li>
      ))}
    </ul>
  );
}
