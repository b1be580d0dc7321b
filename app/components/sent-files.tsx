/** The files a party sent with an answer, each a link to open it again (the route checks the reader may). */
export function SentFiles({ files, href }: { files: ReadonlyArray<{ evidenceId: string; name: string }>; href: (evidenceId: string) => string }) {
  if (files.length === 0) return null;
  return (
    <ul className="files">
      {files.map((f) => (
        <li key={f.evidenceId}>
          <a href={href(f.evidenceId)}>{f.name}</a>
        </li>
      ))}
    </ul>
  );
}
