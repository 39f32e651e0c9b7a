// The browser's upload of data files: plain HTTP, because GraphQL bodies are JSON of at most
// 1 MB and a boundary file or a CSV of several years is larger. The raw file is the request
// body; its name and its manifest travel in headers (or the query). The same service as the
// CLI checks and writes it (data-import.service.ts).
//
//   POST /api/imports/preview   → 200 JSON: the ImportPreview (nothing is written)
//   POST /api/imports           → 200 NDJSON: {"done":n,"total":m} lines while writing, then
//                                  {"result":ImportResult} (accepted and written, or rejected
//                                  with its problems and nothing written) or {"error":{code,message}}
//
// Requests must carry the header `x-sozialatlas-upload` (any value): a page on another site
// cannot set a custom header without a CORS preflight, which this server never allows. This
// is the same defence as Apollo's CSRF prevention on /graphql.
import { parse as parseCookie } from "cookie";
import express, { type NextFunction, type Request, type Response, Router } from "express";
import { createContext } from "../../context.ts";
import type { Database } from "../../lib/db.ts";
import { DomainError } from "../../lib/errors.ts";
import { dataImports } from "../../policies.ts";
import { sessionCookieName } from "../../server.ts";
import { type Viewer, viewerForSession } from "../account/account.service.ts";
import { type ImportFileInput, importFile, previewImport } from "./data-import.service.ts";

/** Largest file accepted (the body limit of both routes). */
export const uploadLimitBytes = 50 * 1024 * 1024;
/** Custom request header that proves the request comes from the app itself (CSRF). */
export const uploadCsrfHeader = "x-sozialatlas-upload";
/** File name, URI-encoded (headers are ASCII): `encodeURIComponent("Prüfung 2024.csv")`. */
export const fileNameHeader = "x-file-name";
/** The manifest as URI-encoded JSON. Alternatively `?manifest=<JSON>` in the query. */
export const manifestHeader = "x-import-manifest";
/** Body types: an indicator CSV or a GeoJSON file; the manifest's `kind` says which it is. */
export const uploadContentTypes = ["text/csv", "application/geo+json", "application/json"];

type ErrorCode = "BAD_REQUEST" | "BAD_USER_INPUT" | "UNAUTHENTICATED" | "FORBIDDEN" | "PAYLOAD_TOO_LARGE";

function sendError(res: Response, status: number, code: ErrorCode, message: string): void {
  res.status(status).json({ error: { code, message } });
}

/** The value of a header or query parameter, URI-decoded; undefined when absent or malformed. */
function readParameter(req: Request, header: string, query: string): string | undefined {
  const fromHeader = req.get(header);
  if (fromHeader !== undefined) {
    try {
      return decodeURIComponent(fromHeader);
    } catch {
      return undefined;
    }
  }
  const fromQuery = req.query[query];
  return typeof fromQuery === "string" ? fromQuery : undefined;
}

const isControlCharacter = (character: string) => {
  const code = character.charCodeAt(0);
  return code < 0x20 || code === 0x7f;
};

/** A file name to show and log: no path, no control characters, at most 255 characters. */
function cleanFileName(raw: string | undefined, fallback: string): string {
  const base = (raw ?? "").split(/[\\/]/).pop() ?? "";
  const name = [...base]
    .filter((character) => !isControlCharacter(character))
    .join("")
    .trim();
  return (name || fallback).slice(0, 255);
}

/**
 * The file, its name and its manifest from the request, or a client error. The body must be
 * one of the upload types; PostgreSQL cannot store NUL characters, so text containing one is
 * refused here rather than failing deep inside the import.
 */
function readUpload(req: Request, res: Response): ImportFileInput | null {
  if (!Buffer.isBuffer(req.body)) {
    sendError(
      res,
      415,
      "BAD_REQUEST",
      `Send the file as the request body with Content-Type ${uploadContentTypes.join(", ")}`,
    );
    return null;
  }
  const manifestText = readParameter(req, manifestHeader, "manifest");
  if (manifestText === undefined || manifestText.trim() === "") {
    sendError(res, 400, "BAD_USER_INPUT", `Send the manifest as JSON in the ${manifestHeader} header`);
    return null;
  }
  let manifest: unknown;
  try {
    manifest = JSON.parse(manifestText);
  } catch (error) {
    sendError(res, 400, "BAD_USER_INPUT", `The manifest is not valid JSON: ${(error as Error).message}`);
    return null;
  }
  const rawName = readParameter(req, fileNameHeader, "fileName");
  if (req.body.includes(0) || manifestText.includes("\u0000") || rawName?.includes("\u0000")) {
    sendError(res, 400, "BAD_USER_INPUT", "The upload contains NUL characters (\\u0000): it is not a text file");
    return null;
  }
  const isCsv = req.is("text/csv") !== false;
  return {
    fileName: cleanFileName(rawName, isCsv ? "upload.csv" : "upload.geojson"),
    content: new Uint8Array(req.body.buffer, req.body.byteOffset, req.body.byteLength),
    manifest,
  };
}

/** The viewer of the session cookie: the same resolution as the GraphQL context. */
async function viewerOf(db: Database, req: Request): Promise<Viewer | null> {
  const token = parseCookie(req.headers.cookie ?? "")[sessionCookieName];
  return viewerForSession(db, token);
}

/** JSON with dates as ISO strings, as the GraphQL API writes them. */
const toJson = (value: unknown) => JSON.stringify(value);

export function dataImportRouter(db: Database): Router {
  const router = Router();
  const viewers = new WeakMap<Request, Viewer>();

  // CSRF first, then who is asking: nothing of the body is read for a request that may not upload.
  router.use(async (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== "POST") {
      res.setHeader("Allow", "POST");
      sendError(res, 405, "BAD_REQUEST", "Use POST");
      return;
    }
    if (!req.get(uploadCsrfHeader)) {
      sendError(
        res,
        400,
        "BAD_REQUEST",
        `This request has been blocked as a potential Cross-Site Request Forgery (CSRF): send the header ${uploadCsrfHeader}`,
      );
      return;
    }
    try {
      const viewer = await viewerOf(db, req);
      const context = createContext(db, String(req.id), req.log, { viewer });
      if (!(await dataImports.check(viewer, {}, context))) {
        if (viewer === null) sendError(res, 401, "UNAUTHENTICATED", "Sign in first");
        else sendError(res, 403, "FORBIDDEN", `Only ${dataImports.describe} may do this`);
        return;
      }
      if (viewer) viewers.set(req, viewer);
      next();
    } catch (error) {
      next(error);
    }
  });
  router.use(express.raw({ type: uploadContentTypes, limit: uploadLimitBytes }));

  router.post("/preview", async (req, res, next) => {
    const file = readUpload(req, res);
    if (!file) return;
    try {
      const preview = await previewImport(db, file);
      res.type("application/json").send(toJson(preview));
    } catch (error) {
      next(error);
    }
  });

  router.post("/", async (req, res) => {
    const file = readUpload(req, res);
    const viewer = viewers.get(req);
    if (!file || !viewer) return;
    // no-transform keeps the compression middleware (and proxies) from holding the lines back.
    res.status(200);
    res.setHeader("Content-Type", "application/x-ndjson; charset=utf-8");
    res.setHeader("Cache-Control", "no-cache, no-transform");
    res.setHeader("X-Accel-Buffering", "no");
    res.flushHeaders();
    const line = (value: unknown) => {
      if (!res.writableEnded) res.write(`${toJson(value)}\n`);
    };
    try {
      const result = await importFile(db, file, {
        actor: viewer.id,
        onProgress: (progress) => line({ done: progress.done, total: progress.total }),
      });
      req.log.info(
        { fileName: result.fileName, accepted: result.accepted, dataImportId: result.dataImportId },
        "data import over HTTP",
      );
      line({ result });
    } catch (error) {
      // Headers are sent: the failure is the last line. Domain errors say what went wrong, anything else is masked.
      if (error instanceof DomainError) line({ error: { code: error.code, message: error.message } });
      else {
        req.log.error({ err: error }, "data import over HTTP failed");
        line({ error: { code: "INTERNAL_SERVER_ERROR", message: "Internal server error: nothing was imported" } });
      }
    }
    res.end();
  });

  // Bodies the parser refuses (too large, unreadable) get a JSON answer with a code.
  router.use((error: unknown, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    const status = (error as { status?: number }).status ?? 500;
    if (status === 413) {
      sendError(res, 413, "PAYLOAD_TOO_LARGE", `The file is too large (max ${uploadLimitBytes / 1024 / 1024} MB)`);
    } else if (status >= 400 && status < 500) {
      sendError(res, status, "BAD_REQUEST", "The request body cannot be read");
    } else {
      req.log.error({ err: error }, "data import over HTTP failed");
      res.status(500).json({ error: { code: "INTERNAL_SERVER_ERROR", message: "Internal server error" } });
    }
  });
  return router;
}
