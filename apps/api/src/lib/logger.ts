import { pino } from "pino";

/** JSON lines on stdout; every request logs through a child carrying its request id. */
export function createLogger(level: string) {
  return pino({ level, base: { service: "sozialatlas-api" }, timestamp: pino.stdTimeFunctions.isoTime });
}
export type Logger = ReturnType<typeof createLogger>;
