// Entry point: `serve` runs the app; `db migrate|reset|seed` maintain the database.
// Usage errors and startup problems end with one line on stderr and exit code 1.
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { type AreaLevel, areaLevels } from "@sozialatlas/domain/area";
import { exportOptions, runExportCommand } from "./cli/export.ts";
import { importOptions, runImportCommand } from "./cli/import.ts";
import { seedDemoData, seedDemoDataIfEmpty } from "./demo/seed.ts";
import { createBackup, restoreBackup } from "./lib/backup.ts";
import { type Config, loadConfig } from "./lib/config.ts";
import { type Database, openDatabase, refreshStatistics } from "./lib/db.ts";
import { DomainError, StartupError } from "./lib/errors.ts";
import { createLogger, type Logger } from "./lib/logger.ts";
import { dropAll, migrate } from "./lib/migrate.ts";
import { createUser, issueAccountToken } from "./modules/account/account.service.ts";
import { getIndexDefinitionByKey, indexRunToCsv, runIndex } from "./modules/social-index/social-index.service.ts";
import { createApp } from "./server.ts";

const usage = `usage: main.ts serve [--demo-data]
       main.ts db migrate | db reset | db seed
       main.ts backup <file.json.gz> | restore <file.json.gz>
       main.ts user create --role ADMIN|PLANNER|PROVIDER|VIEWER --email <e-mail> --name <name> [--password <password>]
       main.ts index --definition mss-2021 --level planungsraum --date 2020-12-31 [--format csv|json]
       main.ts import <file.csv|file.geojson|directory> [--manifest <file>] [--level <level>] [--dry-run]
                      [--code-property <p>] [--name-property <p>] [--parent-property <p> | --parent-prefix <n>]
       main.ts export observations --indicators <key,…> --level planungsraum --date 2020-12-31 [--format csv|geojson] [--out <file>]
       main.ts export index --definition mss-2021 --level planungsraum --date 2020-12-31 [--format csv|geojson] [--out <file>]`;

async function run(argv: string[]): Promise<void> {
  let parsed: ReturnType<typeof parseCommandLine>;
  try {
    parsed = parseCommandLine(argv);
  } catch (error) {
    throw new StartupError(`${(error as Error).message}\n${usage}`);
  }
  const { positionals, values } = parsed;
  if (values.help) {
    console.log(usage);
    return;
  }
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const [verb, file] = positionals;
  if ((verb === "backup" || verb === "restore") && positionals.length === 2 && file) {
    return verb === "backup" ? backup(config, file) : restore(config, file);
  }
  if (verb === "import" && positionals.length === 2 && file) {
    return withDatabase(config, async (db) => {
      await migrate(db);
      process.exitCode = await runImportCommand(db, file, values);
    });
  }
  const command = positionals.join(" ");
  switch (command) {
    case "serve":
      return serve(config, log, values["demo-data"]);
    case "db migrate":
      return withDatabase(config, async (db) => {
        const applied = await migrate(db);
        console.log(applied.length ? `Applied ${applied.join(", ")}` : "Database is up to date.");
      });
    case "db reset":
      return withDatabase(config, async (db) => {
        await dropAll(db);
        const applied = await migrate(db);
        console.log(`Reset ${db.location}: applied ${applied.length} migration(s).`);
      });
    case "user create":
      return withDatabase(config, async (db) => {
        await migrate(db);
        const input = { email: values.email, name: values.name, role: values.role?.toUpperCase() };
        const user = await createUser(db, "cli", input, values.password);
        if (values.password !== undefined) {
          console.log(`Created ${user.role} ${user.email}; sign in with the given password.`);
          return;
        }
        const { token } = await issueAccountToken(db, "cli", user.id, "INVITATION");
        console.log(
          `Created ${user.role} ${user.email}. Set a password here: ${config.publicUrl}/einladung?token=${token}`,
        );
      });
    case "index":
      return withDatabase(config, async (db) => {
        await migrate(db);
        const level = (values.level ?? "planungsraum").toUpperCase();
        if (!(areaLevels as readonly string[]).includes(level)) {
          throw new StartupError(`--level must be one of ${areaLevels.join(", ").toLowerCase()}`);
        }
        if (!values.date || !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) {
          throw new StartupError("--date YYYY-MM-DD is required (the Stichtag)");
        }
        if (values.format !== "csv" && values.format !== "json") throw new StartupError("--format must be csv or json");
        const definition = await getIndexDefinitionByKey(db, values.definition ?? "mss-2021");
        const { run, names } = await runIndex(db, definition, level as AreaLevel, values.date);
        process.stdout.write(
          values.format === "json"
            ? `${JSON.stringify(
                run.areas.map((area) => ({ ...area, areaName: names.get(area.areaCode) ?? null })),
                null,
                2,
              )}\n`
            : indexRunToCsv(run, names),
        );
      });
    case "export observations":
    case "export index":
      return withDatabase(config, async (db) => {
        await migrate(db);
        await runExportCommand(db, command === "export index" ? "index" : "observations", values);
      });
    case "db seed":
      return withDatabase(config, async (db) => {
        await migrate(db);
        const { areas } = await seedDemoData(db);
        console.log(`Loaded demo data into ${db.location}: ${areas} areas.`);
      });
    default:
      throw new StartupError(`unknown command "${command}"\n${usage}`);
  }
}

function parseCommandLine(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      "demo-data": { type: "boolean", default: false },
      help: { type: "boolean", default: false },
      role: { type: "string" },
      email: { type: "string" },
      name: { type: "string" },
      password: { type: "string" },
      definition: { type: "string" },
      level: { type: "string" },
      date: { type: "string" },
      format: { type: "string", default: "csv" },
      ...importOptions,
      ...exportOptions,
    },
  });
}

async function backup(config: Config, file: string): Promise<void> {
  await withDatabase(config, async (db) => {
    await migrate(db);
    const content = await createBackup(db);
    writeFileSync(file, content);
    console.log(`Wrote backup of ${db.location} to ${file} (${Math.round(content.length / 1024)} KiB).`);
  });
}

async function restore(config: Config, file: string): Promise<void> {
  let content: Buffer;
  try {
    content = readFileSync(file);
  } catch (error) {
    throw new StartupError(`Cannot read ${file}: ${(error as Error).message}`);
  }
  await withDatabase(config, async (db) => {
    const { tables, rows } = await restoreBackup(db, content);
    console.log(`Restored ${rows} rows in ${tables} tables from ${file} into ${db.location}.`);
  });
}

async function withDatabase(config: Config, work: (db: Database) => Promise<void>): Promise<void> {
  const db = await openDatabase(config.database);
  try {
    await work(db);
  } finally {
    await db.close();
  }
}

async function serve(config: Config, log: Logger, demoData: boolean): Promise<void> {
  const db = await openDatabase(config.database);
  let app: Awaited<ReturnType<typeof createApp>>;
  try {
    const applied = await migrate(db);
    if (applied.length) log.info({ migrations: applied }, "applied migrations");
    if (demoData) {
      const seeded = await seedDemoDataIfEmpty(db);
      if (seeded) log.info(seeded, "loaded demo data into the empty database");
    }
    // Embedded PGlite has no autovacuum: fresh planner statistics for data written elsewhere.
    if (db.location.startsWith("embedded")) await refreshStatistics(db);
    app = await createApp({
      db,
      log,
      production: config.production,
      webDist: config.webDist,
      publicUrl: config.publicUrl,
    });
    await listen(app.httpServer, config.port);
  } catch (error) {
    await db.close();
    throw error;
  }
  const address = app.httpServer.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  log.info({ port, database: db.location }, `listening on http://localhost:${port}`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "shutting down: finishing in-flight requests");
    try {
      await app.stop();
      await db.close();
      log.info("stopped cleanly");
      process.exit(0);
    } catch (error) {
      log.error({ err: error }, "unclean shutdown");
      process.exit(1);
    }
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
}

function listen(server: import("node:http").Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      reject(
        error.code === "EADDRINUSE"
          ? new StartupError(`Port ${port} is already in use; set PORT to another port`)
          : new StartupError(`Cannot listen on port ${port}: ${error.message}`),
      );
    });
    server.listen(port, () => resolve());
  });
}

run(process.argv.slice(2)).catch((error: unknown) => {
  // Usage and input problems are one line; anything else is a bug and shows its stack.
  const message =
    error instanceof StartupError || error instanceof DomainError
      ? error.message
      : `unexpected error: ${(error as Error).stack ?? error}`;
  process.stderr.write(`error: ${message}\n`);
  process.exit(1);
});
