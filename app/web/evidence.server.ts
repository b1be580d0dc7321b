/**
 * The web process's evidence store (EVIDENCE_DIR, default ./data/evidence) and
 * how an evidence file is served: with the type that was sniffed when it was
 * accepted, never cached by a shared cache, as a download, or, where a route
 * asks for it (a fee account's certificate, read beside the filing), opened in
 * the browser when that type is one a browser shows by itself (below).
 */
import fs from "node:fs/promises";
import path from "node:path";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect } from "@remix-run/node";
import type { $ZodType } from "zod/v4/core";
import { evidenceDirectory, localDirectoryStore, stagingRoot, type EvidenceStore } from "~/domain/evidence/evidence-store.server";
import { discardStaged, stageEvidence } from "~/domain/evidence/evidence-staging.server";
import type { EvidenceUpload } from "~/domain/evidence/evidence.service.server";
import { EVIDENCE_MAX_BYTES, type EvidenceMediaType } from "~/domain/evidence/evidence.schema";
import { message, type Result } from "~/domain/result";
import { encodeMessage } from "~/i18n";
import { conformErrors, failureData, throwFailure } from "./failure.server";
import { formRefusalResponse, MAX_BODY_BYTES, readStreamedForm } from "./form.server";

const holder = globalThis as unknown as { __portalEvidence?: EvidenceStore };

export function getEvidenceStore(): EvidenceStore {
  holder.__portalEvidence ??= localDirectoryStore(evidenceDirectory());
  return holder.__portalEvidence;
}

/** Content-Disposition with an ASCII fallback name and the UTF-8 original (RFC 6266 / 5987). */
function disposition(kind: "attachment" | "inline", name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_") || "evidence";
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/**
 * The types a browser may open in place, each with the policy of that answer: the evidence check's types (sniffed
 * by content, a photo re-encoded), and only those; any other stored type is a download. The document may fetch
 * nothing and run nothing. An image is also sandboxed (a unique origin, no scripts, no forms). A PDF is not:
 * Chromium takes a PDF's answer into its viewer without the answer's policy, so `sandbox` guards nothing there, and
 * Safari's viewer, run in a sandboxed document, shows an empty page (an iPhone's bookkeeper would see nothing);
 * the PDF's own scripts run in the viewer, never in the portal's origin, and `nosniff` with the sniffed type keeps
 * the bytes from being read as anything but a PDF.
 */
const INLINE_POLICIES: Readonly<Record<EvidenceMediaType, string>> = {
  "application/pdf": "default-src 'none'; img-src 'self'; object-src 'self'",
  "image/jpeg": "default-src 'none'; img-src 'self'; sandbox",
  "image/png": "default-src 'none'; img-src 'self'; sandbox",
};

function inlinePolicy(mediaType: string): string | null {
  return Object.hasOwn(INLINE_POLICIES, mediaType) ? INLINE_POLICIES[mediaType as EvidenceMediaType] : null;
}

/**
 * An evidence file's answer: a download, or with `inline` (a certificate read beside its filing) opened by the
 * browser when its type is one of INLINE_POLICIES'.
 */
export function evidenceResponse(file: { mediaType: string; name: string; bytes: Buffer } | null, opts: { inline?: boolean } = {}): Response {
  // A file route has no page to render its refusal in: the words, in both languages, as a text answer.
  if (!file) throw new Response("找不到该文件，或您无权查看。\nFile not found, or you may not see it.\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const policy = opts.inline ? inlinePolicy(file.mediaType) : null;
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "Content-Type": file.mediaType,
      "Content-Length": String(file.bytes.byteLength),
      "Content-Disposition": disposition(policy ? "inline" : "attachment", file.name),
      ...(policy ? { "Content-Security-Policy": policy } : {}),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}

/** The query parameter that asks a certificate's address for the image itself rather than the page showing it. */
export const CERTIFICATE_IMAGE_PARAM = "image";

/**
 * The page an image certificate opens on: the image centred and fitted to the window (the route's stylesheet). The
 * browser's own page for an image lays it out with inline styles, which both this answer's policy and the site's
 * (`style-src 'self'`) block: the image sat in the top left corner. The page fetches its stylesheet and the image
 * and nothing else, runs nothing, posts nothing. A click on the image shows it at its own size and back (a checkbox
 * and its label, styled: no script), as the browser's page did for a photo larger than the window.
 */
const CERTIFICATE_PAGE_POLICY = "default-src 'none'; img-src 'self'; style-src 'self'; base-uri 'none'; form-action 'none'; sandbox allow-same-origin";

/** The certificate types shown on that page: the images among INLINE_POLICIES'. */
const PAGED_IMAGES: ReadonlySet<string> = new Set<EvidenceMediaType>(["image/jpeg", "image/png"]);

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A fee account's certificate, opened in a tab of its own: a PDF as the file itself (the browser's viewer), an image
 * on a page of its own (`stylesheet`: its rules' address) that shows the file, asked for at the same address with
 * CERTIFICATE_IMAGE_PARAM. Nothing found: the 404 of evidenceResponse.
 */
export function certificateResponse(request: Request, file: { mediaType: string; name: string; bytes: Buffer } | null, stylesheet: string): Response {
  const url = new URL(request.url);
  if (!file || !PAGED_IMAGES.has(file.mediaType) || url.searchParams.has(CERTIFICATE_IMAGE_PARAM)) return evidenceResponse(file, { inline: true });
  const image = escapeHtml(`${url.pathname}?${CERTIFICATE_IMAGE_PARAM}`);
  const name = escapeHtml(file.name);
  const page = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${name}</title><link rel="stylesheet" href="${escapeHtml(stylesheet)}"></head>
<body class="certificate-page"><input type="checkbox" id="actual-size" hidden><label for="actual-size"><img src="${image}" alt="${name}"></label></body></html>
`;
  return new Response(page, {
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": CERTIFICATE_PAGE_POLICY,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}

/**
 * Where this process stages uploads while they stream in (stageEvidence): on
 * local disk (the temp folder), in a folder of its own named by its pid, never
 * on the shared evidence volume: a staged file is this process's alone until
 * the form is accepted and it is copied into the store. Created at the first
 * upload; folders of processes that no longer run (killed mid-upload) are
 * removed then. Another live process's folder is never touched.
 */
let stagingDir: Promise<string> | undefined;
export function evidenceStagingDir(): Promise<string> {
  stagingDir ??= (async () => {
    const root = stagingRoot();
    await fs.mkdir(root, { recursive: true });
    for (const name of await fs.readdir(root)) {
      const pid = Number(name);
      if (Number.isSafeInteger(pid) && pid > 0 && pid !== process.pid && !alive(pid)) await fs.rm(path.join(root, name), { recursive: true, force: true });
    }
    const dir = path.join(root, String(process.pid));
    await fs.rm(dir, { recursive: true, force: true }); // a reused pid's leftovers
    await fs.mkdir(dir, { recursive: true });
    return dir;
  })();
  return stagingDir;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * A form with evidence files (the kindergarten answering a complaint in
 * mediation or an inspection case, an officer's finding): the files streamed to this process's
 * staging folder, at most `maxFiles`, the body bounded by what they may
 * weigh. A body too large comes back as a message for the file field (413);
 * any other refusal of the body is thrown as its 4xx.
 */
export async function readFormWithEvidence(request: Request, maxFiles: number) {
  const maxBytes = maxFiles * EVIDENCE_MAX_BYTES + 64 * 1024;
  const stagingDir = await evidenceStagingDir();
  const read = await readStreamedForm(request, {
    maxBytes,
    maxFields: 20,
    files: { field: "evidence", max: maxFiles, take: (name, chunks) => stageEvidence(stagingDir, name, chunks), discard: discardStaged },
  });
  if (read.ok) return read;
  if (read.refusal.reason !== "too-large") throw formRefusalResponse(read.refusal);
  return { ok: false as const, tooLarge: message("evidence.upload.bodyTooLarge", { mb: maxBytes / 1024 / 1024 }) };
}

/**
 * A form with one evidence file held in memory for the domain to check (the fee account's certificate), read as it
 * streams: the file's first EVIDENCE_MAX_BYTES + 1 bytes are kept and the rest is read and dropped, so a file too
 * large is told under its field by the domain's check, with the other fields as they were typed (without JavaScript
 * the page is rendered from them), not refused whole by the body's size. A body over MAX_BODY_BYTES, the ceiling
 * of every route, is still a 413 (`tooLarge`); any other refusal of the body is thrown as its 4xx. No file chosen
 * (the browser's nameless empty part) comes as none.
 */
export async function readFormWithHeldEvidence(request: Request) {
  const read = await readStreamedForm<EvidenceUpload>(request, {
    maxBytes: MAX_BODY_BYTES,
    maxFields: 20,
    files: { field: "evidence", max: 1, take: holdEvidence, discard: async () => {} },
  });
  if (read.ok) return { ok: true as const, form: read.form, evidence: read.files[0] ?? null };
  if (read.refusal.reason !== "too-large") throw formRefusalResponse(read.refusal);
  return { ok: false as const };
}

/** A file's bytes up to one past the evidence limit: enough for the check to tell it too large, never more held. */
async function holdEvidence(name: string, chunks: AsyncIterable<Uint8Array>): Promise<EvidenceUpload> {
  const kept: Uint8Array[] = [];
  let room = EVIDENCE_MAX_BYTES + 1;
  for await (const chunk of chunks) {
    if (room === 0) continue; // read on (the parser needs the part consumed), keep nothing
    const part = chunk.byteLength > room ? chunk.subarray(0, room) : chunk;
    kept.push(part);
    room -= part.byteLength;
  }
  return { name, bytes: new Uint8Array(Buffer.concat(kept)) };
}

type FormWithEvidence = Extract<Awaited<ReturnType<typeof readFormWithEvidence>>, { ok: true }>;

/**
 * A kindergarten's answer with evidence files (to an inspection case, to a complaint in mediation), as its action
 * answers: the form and its files read, parsed by `schema` for conform, handed to the domain's `save`; then a
 * redirect to `savedAt` once saved, conform's reply for the fields (400) or the file field's message (413) when not,
 * and any other refusal thrown as its 4xx.
 */
export async function answerWithEvidence<Saved extends object>(
  request: Request,
  options: {
    maxFiles: number;
    schema: $ZodType;
    save: (form: { input: unknown; files: FormWithEvidence["files"]; extraFiles: number }) => Promise<Result<Saved>>;
    savedAt: (saved: Saved) => string;
  },
) {
  const read = await readFormWithEvidence(request, options.maxFiles);
  if (!read.ok) return data({ result: null, evidenceError: encodeMessage(read.tooLarge) }, { status: 413 });
  const submission = parseWithZod(read.form, { schema: options.schema });
  const result = await options.save({ input: submission.payload, files: read.files, extraFiles: read.extraFiles });
  if (!result.ok) {
    if (result.kind !== "invalid") throwFailure(result);
    return failureData(result, { result: submission.reply(conformErrors(result)), evidenceError: null });
  }
  return redirect(options.savedAt(result));
}
