import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lockDataDir } from "./data-dir-lock.ts";

const freshDir = () => join(mkdtempSync(join(tmpdir(), "sozialatlas-lock-")), "db");

describe("lockDataDir", () => {
  it("lets one holder in and names the lock file to everybody else", () => {
    const dir = freshDir();
    const release = lockDataDir(dir);
    expect(JSON.parse(readFileSync(`${dir}.lock`, "utf8")).pid).toBe(process.pid);
    expect(() => lockDataDir(dir)).toThrow(`Data directory ${dir} is in use by process ${process.pid}`);
    expect(() => lockDataDir(dir)).toThrow(`lock file ${dir}.lock`);
    release();
    expect(existsSync(`${dir}.lock`)).toBe(false);
    lockDataDir(dir)();
  });

  it("takes over a lock whose process has gone", () => {
    const dir = freshDir();
    const finished = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"]);
    const deadPid = Number(finished.stdout.toString());
    writeFileSync(`${dir}.lock`, JSON.stringify({ pid: deadPid, host: hostname(), since: "2020-01-01T00:00:00Z" }));
    const release = lockDataDir(dir);
    expect(JSON.parse(readFileSync(`${dir}.lock`, "utf8")).pid).toBe(process.pid);
    release();
  });
});
