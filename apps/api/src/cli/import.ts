// `pnpm cli import <path>`: imports areas (GeoJSON) and indicator values (CSV + manifest) into
// the configured database, one transaction per file. Problems go to stderr as `file:line:
// message` (at most 50 per file), the summary per file to stdout; exit code 1 when any file
// was rejected.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, extname, join } from "node:path";
import type { ParseArgsConfig } from "node:util";
import { type AreaLevel, areaLevels, levelRank } from "@sozialatlas/domain/area";
import { formatImportProblem, type ImportProblem } from "@sozialatlas/domain/data-import";
import type { Database } from "../lib/db.ts";
import { StartupError } from "../lib/errors.ts";
import {
  type ImportPreview,
  type ImportProgress,
  importFile,
  previewImport,
} from "../modules/data-import/data-import.service.ts";

/** Options of `import`, merged into the command line parser of main.ts. */
export const importOptions = {
  manifest: { type: "string" },
  "dry-run": { type: "boolean", default: false },
  "code-property": { type: "string" },
  "name-property": { type: "string" },
  "parent-property": { type: "string" },
  "parent-prefix": { type: "string" },
} as const satisfies ParseArgsConfig["options"];

export interface ImportFlags {
  manifest?: string;
  level?: string;
  "dry-run"?: boolean;
  "code-property"?: string;
  "name-property"?: string;
  "parent-property"?: string;
  "parent-prefix"?: string;
}

export interface CommandOutput {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown; isTTY?: boolean };
}

/** Who the import log and the change log name for imports from the command line. */
export const cliActor = "cli";

/** Problems shown per file; the rest are counted. */
const maxShownProblems = 50;

type FileKind = "areas" | "observations";

interface ImportJob {
  /** The path as the user gave it (or joined to the directory): what messages show. */
  path: string;
  kind: FileKind;
  /** How the manifest is named in messages. */
  manifestName: string;
  manifest: unknown;
  /** Problems found before the file is read: no manifest, unreadable manifest, wrong kind. */
  problems: ImportProblem[];
  level: AreaLevel | null;
}

const isManifestFile = (name: string) => name.toLowerCase().endsWith(".manifest.json");

function kindOfFile(name: string): FileKind | null {
  if (isManifestFile(name)) return null;
  const extension = extname(name).toLowerCase();
  if (extension === ".csv") return "observations";
  if (extension === ".geojson" || extension === ".json") return "areas";
  return null;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function parseLevel(text: string | undefined): AreaLevel | undefined {
  if (text === undefined) return undefined;
  const level = text.toUpperCase();
  if (!(areaLevels as readonly string[]).includes(level)) {
    throw new StartupError(`--level must be one of ${areaLevels.join(", ").toLowerCase()}`);
  }
  return level as AreaLevel;
}

/** The manifest of one file: `--manifest`, else `<name>.manifest.json` beside it, else (GeoJSON) the flags. */
function resolveJob(path: string, kind: FileKind, flags: ImportFlags, explicitManifest: string | undefined): ImportJob {
  const manifestPath = explicitManifest ?? join(dirname(path), `${basename(path, extname(path))}.manifest.json`);
  const level = parseLevel(flags.level);
  const areaFlags: Record<string, unknown> = {};
  if (flags["code-property"]) areaFlags.codeProperty = flags["code-property"];
  if (flags["name-property"]) areaFlags.nameProperty = flags["name-property"];
  if (flags["parent-property"]) areaFlags.parentCodeProperty = flags["parent-property"];
  if (flags["parent-prefix"]) {
    const prefix = Number(flags["parent-prefix"]);
    if (!Number.isInteger(prefix) || prefix < 1) throw new StartupError("--parent-prefix must be a whole number ≥ 1");
    areaFlags.parentCodePrefix = prefix;
  }
  const job = (manifestName: string, manifest: unknown, problems: ImportProblem[] = []): ImportJob => ({
    path,
    kind,
    manifestName,
    manifest,
    problems,
    level: isRecord(manifest) ? ((manifest.level ?? manifest.areaLevel) as AreaLevel | null) : null,
  });
  const problem = (message: string): ImportProblem => ({ in: "manifest", message });

  if (!existsSync(manifestPath)) {
    if (explicitManifest !== undefined)
      throw new StartupError(`Cannot read manifest ${explicitManifest}: no such file`);
    if (kind === "areas" && level) {
      // No manifest: the flags describe the file (code and name properties default to "code" and "name").
      return job(`${path} (command line options)`, {
        kind: "areas",
        level,
        codeProperty: "code",
        nameProperty: "name",
        ...areaFlags,
      });
    }
    const alternatives =
      kind === "areas"
        ? ", or --level with --code-property, --name-property and --parent-property or --parent-prefix"
        : "";
    return job(path, null, [problem(`no manifest: expected ${manifestPath}, or --manifest <file>${alternatives}`)]);
  }

  let manifest: unknown;
  try {
    manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
  } catch (error) {
    return job(manifestPath, null, [problem(`cannot read the manifest: ${(error as Error).message.split("\n")[0]}`)]);
  }
  if (!isRecord(manifest)) return job(manifestPath, manifest);
  const expected = kind === "areas" ? "areas" : "observations";
  if (manifest.kind !== undefined && manifest.kind !== expected) {
    const what = kind === "areas" ? "a GeoJSON file of areas" : "a CSV of indicator values";
    return job(manifestPath, manifest, [
      { in: "manifest", field: "kind", message: `is "${String(manifest.kind)}", but ${path} is ${what}` },
    ]);
  }
  // Flags override the manifest; a parent flag replaces the manifest's parent rule.
  let effective: Record<string, unknown> = manifest;
  if (level) effective = { ...effective, [kind === "areas" ? "level" : "areaLevel"]: level };
  if (kind === "areas" && Object.keys(areaFlags).length > 0) {
    const { parentCodeProperty: _p, parentCodePrefix: _n, ...rest } = effective;
    const parentGiven = "parentCodeProperty" in areaFlags || "parentCodePrefix" in areaFlags;
    effective = { ...(parentGiven ? rest : effective), ...areaFlags };
  }
  return job(manifestPath, effective);
}

/** The files to import: one file, or a directory's GeoJSON files (parents' levels first), then its CSVs. */
function collectJobs(path: string, flags: ImportFlags): ImportJob[] {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(path).isDirectory();
  } catch (error) {
    throw new StartupError(`Cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  if (!isDirectory) {
    if (isManifestFile(path)) throw new StartupError(`${path} is a manifest: give the data file it describes`);
    const kind = kindOfFile(path);
    if (!kind) throw new StartupError(`${path}: import reads .csv (indicator values) and .geojson/.json (areas)`);
    return [resolveJob(path, kind, flags, flags.manifest)];
  }
  if (flags.manifest !== undefined) {
    throw new StartupError(
      "--manifest names the manifest of one file; in a directory put <name>.manifest.json beside each file",
    );
  }
  const jobs = readdirSync(path)
    .sort()
    .flatMap((name) => {
      const kind = kindOfFile(name);
      return kind ? [resolveJob(join(path, name), kind, flags, undefined)] : [];
    });
  if (jobs.length === 0) throw new StartupError(`${path} holds no .geojson, .json or .csv file`);
  const rank = (job: ImportJob) =>
    job.kind === "observations" ? 100 : job.level && areaLevels.includes(job.level) ? levelRank(job.level) : 50;
  return jobs.sort((a, b) => rank(a) - rank(b));
}

/** A percentage on one line that rewrites itself, only on a terminal. */
function progressLine(stderr: CommandOutput["stderr"], label: string) {
  let shown = -1;
  return {
    update({ done, total }: ImportProgress) {
      if (!stderr.isTTY) return;
      const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
      if (percent === shown) return;
      shown = percent;
      stderr.write(`\r${label}: ${percent}% (${done} of ${total})`);
    },
    clear() {
      if (stderr.isTTY && shown >= 0) stderr.write("\r\u001b[2K");
    },
  };
}

function reportProblems(
  output: CommandOutput,
  job: ImportJob,
  problems: readonly ImportProblem[],
  errorCount: number,
): void {
  const names = { file: job.path, manifest: job.manifestName };
  for (const problem of problems.slice(0, maxShownProblems)) {
    output.stderr.write(`${formatImportProblem(problem, names)}\n`);
  }
  const hidden = errorCount - Math.min(problems.length, maxShownProblems);
  if (hidden > 0) output.stderr.write(`… and ${hidden} more\n`);
  output.stdout.write(`${job.path}: rejected — ${errorCount} problem${errorCount === 1 ? "" : "s"}, nothing written\n`);
}

function describeContent(preview: ImportPreview): string {
  if (preview.observations) {
    const { observationCount, indicatorKeys, areaCount, referenceDates, areaLevel } = preview.observations;
    return (
      `${observationCount} values of ${indicatorKeys.length} indicator${indicatorKeys.length === 1 ? "" : "s"} ` +
      `for ${areaCount} ${areaLevel} on ${referenceDates.join(", ")}`
    );
  }
  if (preview.areas) {
    const { featureCount, level, newCodes } = preview.areas;
    return `${featureCount} ${level} area${featureCount === 1 ? "" : "s"}, ${newCodes.length} new`;
  }
  return "nothing";
}

/**
 * Runs `import <path>`: validates and imports each file in its own transaction (or, with
 * `--dry-run`, only validates). Returns the exit code: 1 when any file was rejected.
 */
export async function runImportCommand(
  db: Database,
  path: string,
  flags: ImportFlags,
  output: CommandOutput = process,
): Promise<number> {
  const jobs = collectJobs(path, flags);
  const dryRun = flags["dry-run"] === true;
  // A dry run writes nothing, so later files are checked against the areas of earlier ones.
  const assumeAreas = new Map<string, AreaLevel>();
  let rejected = 0;
  for (const job of jobs) {
    if (job.problems.length > 0) {
      reportProblems(output, job, job.problems, job.problems.length);
      rejected += 1;
      continue;
    }
    const file = { fileName: basename(job.path), content: readFileSync(job.path), manifest: job.manifest };
    if (dryRun) {
      const preview = await previewImport(db, file, { assumeAreas });
      if (!preview.accepted) {
        reportProblems(output, job, preview.errors, preview.errorCount);
        rejected += 1;
        continue;
      }
      if (preview.areas) for (const code of preview.areas.newCodes) assumeAreas.set(code, preview.areas.level);
      output.stdout.write(`${job.path}: valid — ${describeContent(preview)} (dry run, nothing written)\n`);
      continue;
    }
    const progress = progressLine(output.stderr, job.path);
    const result = await importFile(db, file, { actor: cliActor, onProgress: progress.update });
    progress.clear();
    if (!result.accepted) {
      reportProblems(output, job, result.errors, result.errorCount);
      rejected += 1;
      continue;
    }
    const unit = result.kind === "AREAS" ? "areas" : "values";
    const total = result.created + result.updated + result.unchanged;
    output.stderr.write(`${job.path}: 100% (${total} of ${total} ${unit})\n`);
    if (result.previousImport) {
      output.stderr.write(
        `${job.path}: note: the same file was imported before, on ${result.previousImport.importedAt.toISOString()}\n`,
      );
    }
    output.stdout.write(
      `${job.path}: created ${result.created}, updated ${result.updated}, unchanged ${result.unchanged} ` +
        `(${describeContent(result)})\n`,
    );
  }
  if (jobs.length > 1) {
    const verb = dryRun ? "valid" : "imported";
    output.stdout.write(`${jobs.length} files: ${jobs.length - rejected} ${verb}, ${rejected} rejected\n`);
  }
  return rejected > 0 ? 1 : 0;
}
