import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import { StartupError } from "./errors.ts";

interface LockHolder {
  pid: number;
  host: string;
  since: string;
}

/**
 * PGlite has no cross-process lock, and two processes writing one data directory corrupt
 * it. A lock file beside the directory (`<dataDir>.lock`) names the holder; a lock whose
 * process is gone is taken over.
 */
export function lockDataDir(dataDir: string): () => void {
  const lockPath = `${dataDir}.lock`;
  const me: LockHolder = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, "wx");
      writeSync(fd, JSON.stringify(me));
      closeSync(fd);
      const release = () => {
        if (readHolder(lockPath)?.pid === me.pid) unlinkSync(lockPath);
        process.off("exit", release);
      };
      process.on("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") {
        throw new StartupError(`Cannot create lock file ${lockPath}: ${(error as Error).message}`);
      }
      const holder = readHolder(lockPath);
      if (holder && isRunning(holder)) {
        throw new StartupError(
          `Data directory ${dataDir} is in use by process ${holder.pid} since ${holder.since} (lock file ${lockPath}); stop that process first`,
        );
      }
      try {
        unlinkSync(lockPath); // stale: its process has gone
      } catch {
        // another process removed it first; try again
      }
    }
  }
  throw new StartupError(`Could not take the lock ${lockPath} for data directory ${dataDir}`);
}

function readHolder(lockPath: string): LockHolder | undefined {
  try {
    return JSON.parse(readFileSync(lockPath, "utf8")) as LockHolder;
  } catch {
    return undefined;
  }
}

function isRunning(holder: LockHolder): boolean {
  if (holder.host !== hostname()) return true; // cannot check another machine: assume alive
  if (holder.pid === process.pid) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
