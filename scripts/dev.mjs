// Development: the API (restarting on change, port 4000) and Vite's dev server (port 5173,
// proxying /graphql to the API) side by side. Ctrl+C stops both.
import { spawn } from "node:child_process";

const children = [
  spawn(process.execPath, ["--watch", "--import", "tsx", "apps/api/src/main.ts", "serve", "--demo-data"], {
    stdio: "inherit",
  }),
  spawn("pnpm", ["--filter", "@sozialatlas/web", "dev"], { stdio: "inherit" }),
];
const stop = () => {
  for (const child of children) child.kill("SIGTERM");
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
for (const child of children) child.on("exit", stop);
