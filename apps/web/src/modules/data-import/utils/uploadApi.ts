import type {
  AreaGeoJsonPreview,
  DataImportManifest,
  ImportProblem,
  ObservationCsvPreview,
} from "@sozialatlas/domain/data-import";

// The browser side of the upload endpoints (apps/api/src/modules/data-import/data-import.routes.ts):
// the raw file as the body, its name and manifest in headers, and a custom header that a page
// of another site cannot send (CSRF). The import answers with NDJSON lines: {"done","total"}
// while writing, then {"result"} or {"error"}.

export const uploadCsrfHeader = "x-sozialatlas-upload";

/** The preview as the API sends it (JSON: dates as ISO strings). */
export interface ImportPreviewJson {
  kind: "OBSERVATIONS" | "AREAS" | null;
  fileName: string;
  sha256: string;
  manifest: DataImportManifest | null;
  accepted: boolean;
  errors: ImportProblem[];
  errorCount: number;
  observations: ObservationCsvPreview | null;
  areas: AreaGeoJsonPreview | null;
  previousImport: { importedAt: string; importedBy: string | null } | null;
}

export interface ImportResultJson extends ImportPreviewJson {
  dataImportId: string | null;
  created: number;
  updated: number;
  unchanged: number;
}

export interface ImportProgress {
  done: number;
  total: number;
}

export interface Upload {
  file: Blob;
  fileName: string;
  /** The manifest as the API expects it (kind "observations" or "areas"). */
  manifest: unknown;
}

/** A refused request (HTTP status and the API's code) or an import that ended with an error. */
export class UploadError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "UploadError";
  }
}

/** Absolute, so that it works the same in the browser and in tests (jsdom). */
export const importsUrl = (path: "" | "/preview") => new URL(`/api/imports${path}`, window.location.origin).toString();

const contentTypeOf = (manifest: unknown) =>
  typeof manifest === "object" && manifest !== null && (manifest as { kind?: unknown }).kind === "areas"
    ? "application/geo+json"
    : "text/csv";

async function post(path: "" | "/preview", upload: Upload, signal?: AbortSignal): Promise<Response> {
  // Read first: a Blob of another realm (tests) would not be sent as bytes.
  const body = new Uint8Array(await upload.file.arrayBuffer());
  const response = await fetch(importsUrl(path), {
    method: "POST",
    credentials: "same-origin",
    headers: {
      "content-type": contentTypeOf(upload.manifest),
      [uploadCsrfHeader]: "1",
      "x-file-name": encodeURIComponent(upload.fileName),
      "x-import-manifest": encodeURIComponent(JSON.stringify(upload.manifest)),
    },
    body,
    signal,
  });
  if (!response.ok) throw await errorOf(response);
  return response;
}

async function errorOf(response: Response): Promise<UploadError> {
  try {
    const body = (await response.json()) as { error?: { code?: string; message?: string } };
    return new UploadError(
      response.status,
      body.error?.code ?? "HTTP_ERROR",
      body.error?.message ?? response.statusText,
    );
  } catch {
    return new UploadError(response.status, "HTTP_ERROR", response.statusText || `HTTP ${response.status}`);
  }
}

/** Checks the file on the server without writing anything. */
export async function previewUpload(upload: Upload, signal?: AbortSignal): Promise<ImportPreviewJson> {
  return (await (await post("/preview", upload, signal)).json()) as ImportPreviewJson;
}

/**
 * Imports the file: `onProgress` is called for every progress line as it arrives; resolves
 * with the result (accepted and written, or rejected with its problems and nothing written).
 */
export async function importUpload(
  upload: Upload,
  onProgress: (progress: ImportProgress) => void,
  signal?: AbortSignal,
): Promise<ImportResultJson> {
  const response = await post("", upload, signal);
  if (!response.body) throw new UploadError(response.status, "NO_BODY", "The server sent no answer");
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  const outcome: { result: ImportResultJson | null } = { result: null };
  const handle = (line: string) => {
    if (line.trim() === "") return;
    const message = JSON.parse(line) as {
      done?: number;
      total?: number;
      result?: ImportResultJson;
      error?: { code: string; message: string };
    };
    if (message.result) outcome.result = message.result;
    else if (message.error) throw new UploadError(response.status, message.error.code, message.error.message);
    else if (typeof message.done === "number" && typeof message.total === "number") {
      onProgress({ done: message.done, total: message.total });
    }
  };
  for (;;) {
    const { done, value } = await reader.read();
    buffer += decoder.decode(value, { stream: !done });
    const lines = buffer.split("\n");
    buffer = lines.pop() ?? "";
    for (const line of lines) handle(line);
    if (done) break;
  }
  handle(buffer);
  if (!outcome.result) {
    throw new UploadError(response.status, "INCOMPLETE", "The connection ended before the import finished");
  }
  return outcome.result;
}
