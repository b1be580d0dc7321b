/**
 * The web process's evidence store (EVIDENCE_DIR, default ./data/evidence) and
 * how an evidence file is served: as a download, with the type that was
 * sniffed when it was accepted, never rendered inline by the browser, and
 * never cached by a shared cache.
 */
import path from "node:path";
import { localDirectoryStore, type EvidenceStore } from "~/domain/evidence/evidence-store.server";
import { getEnv } from "~/utils/env.server";

const holder = globalThis as unknown as { __portalEvidence?: EvidenceStore };

const evidenceDir = () => path.resolve(getEnv().EVIDENCE_DIR ?? "./data/evidence");

export function getEvidenceStore(): EvidenceStore {
  holder.__portalEvidence ??= localDirectoryStore(evidenceDir());
  return holder.__portalEvidence;
}

/**
 * Where streamed uploads are staged before their form is accepted: local to
 * this process's disk (under EVIDENCE_DIR, so a staged file moves into the
 * store without crossing file systems); the orphan sweep clears what a
 * crashed process left.
 */
export function getEvidenceStagingDir(): string {
  return path.join(evidenceDir(), ".staging");
}

/** Content-Disposition with an ASCII fallback name and the UTF-8 original (RFC 6266 / 5987). */
function disposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_") || "evidence";
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export function evidenceResponse(file: { mediaType: string; name: string; bytes: Buffer } | null): Response {
  if (!file) throw new Response("Not found", { status: 404 });
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "Content-Type": file.mediaType,
      "Content-Length": String(file.bytes.byteLength),
      "Content-Disposition": disposition(file.name),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
