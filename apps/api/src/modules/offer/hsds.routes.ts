// The public, read-only Open Referral HSDS 3.0 API for other directories: published offers
// (not archived) as HSDS services and the organisations that run them, as JSON.
//
//   GET /hsds/                      → { version: "3.0.0", profile, openapi_url }
//   GET /hsds/services              → page of services; ?page=1&per_page=50 (≤ 100)&search=text
//   GET /hsds/services/:id          → one service, 404 when unknown or not published
//   GET /hsds/organizations         → page of organisations with at least one published offer
//   GET /hsds/organizations/:id     → one organisation with its published services, or 404
//
// Pages have the HSDS API shape { total_items, total_pages, page_number, size, first_page,
// last_page, empty, contents }. Errors are { error: { code, message } }. Reading is open to
// every origin (CORS *), nothing can be written, no cookie is read.
import { type NextFunction, type Request, type Response, Router } from "express";
import type { Database } from "../../lib/db.ts";
import {
  getHsdsOrganization,
  getHsdsService,
  type HsdsPageArgs,
  hsdsDefaultPageSize,
  hsdsMaxPageSize,
  hsdsMetadata,
  listHsdsOrganizations,
  listHsdsServices,
} from "./offer-exchange.service.ts";

function sendError(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ error: { code, message } });
}

/** A positive whole number from the query, the default when absent, or an error message. */
function positiveInteger(value: unknown, fallback: number, name: string, max?: number): number | string {
  if (value === undefined) return fallback;
  if (typeof value !== "string" || !/^\d+$/.test(value) || Number(value) < 1)
    return `${name} must be a whole number from 1`;
  const number = Number(value);
  if (max !== undefined && number > max) return `${name} must be at most ${max}`;
  return number;
}

function pageArgs(req: Request, res: Response): HsdsPageArgs | null {
  const page = positiveInteger(req.query.page, 1, "page");
  const perPage = positiveInteger(req.query.per_page, hsdsDefaultPageSize, "per_page", hsdsMaxPageSize);
  if (typeof page === "string" || typeof perPage === "string") {
    sendError(res, 400, "BAD_REQUEST", [page, perPage].filter((value) => typeof value === "string").join("; "));
    return null;
  }
  return { page, perPage };
}

export function hsdsRouter(db: Database): Router {
  const router = Router();

  router.use((_req, res, next) => {
    res.setHeader("Access-Control-Allow-Origin", "*");
    // Other sites may read these documents (helmet's default would keep them same-origin).
    res.setHeader("Cross-Origin-Resource-Policy", "cross-origin");
    res.setHeader("Cache-Control", "public, max-age=60");
    next();
  });

  router.get("/", (_req, res) => {
    res.json(hsdsMetadata());
  });

  router.get("/services", async (req, res) => {
    const args = pageArgs(req, res);
    if (!args) return;
    const search = typeof req.query.search === "string" ? req.query.search.slice(0, 200) : undefined;
    res.json(await listHsdsServices(db, { ...args, search }));
  });

  router.get("/services/:id", async (req, res) => {
    const service = await getHsdsService(db, req.params.id);
    if (service) res.json(service);
    else sendError(res, 404, "NOT_FOUND", "No published service with this id");
  });

  router.get("/organizations", async (req, res) => {
    const args = pageArgs(req, res);
    if (!args) return;
    res.json(await listHsdsOrganizations(db, args));
  });

  router.get("/organizations/:id", async (req, res) => {
    const organization = await getHsdsOrganization(db, req.params.id);
    if (organization) res.json(organization);
    else sendError(res, 404, "NOT_FOUND", "No organization with published services has this id");
  });

  // Everything else under /hsds (other paths, other methods) is not part of the API.
  router.use((_req, res) => {
    sendError(res, 404, "NOT_FOUND", "Not an endpoint of this HSDS API");
  });

  router.use((error: unknown, req: Request, res: Response, _next: NextFunction) => {
    req.log.error({ err: error }, "HSDS API request failed");
    sendError(res, 500, "INTERNAL_SERVER_ERROR", "Internal server error");
  });

  return router;
}
