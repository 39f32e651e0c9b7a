import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const api = "http://localhost:4000";

// Vendor code that changes rarely gets its own long-cached chunks. The charts group is
// loaded only by pages that draw charts, so it never weighs on the first screen.
const vendorGroups = [
  { name: "react", test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
  {
    name: "apollo",
    test: /node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism|tslib|@graphql-typed-document-node)[\\/]/,
  },
  { name: "i18n", test: /node_modules[\\/](i18next|react-i18next|html-parse-stringify|void-elements)[\\/]/ },
  {
    // The map's geometry (the atlas on the first screen). d3-array and d3-path are shared with the
    // charts: this group claims them first (higher priority), otherwise the charts group would take
    // them in as dependencies and the first screen would load the whole charts chunk.
    name: "map",
    priority: 1,
    test: /node_modules[\\/](d3-geo|d3-array|d3-path|internmap)[\\/]/,
  },
  {
    name: "charts",
    test: /node_modules[\\/](recharts|victory-vendor|d3-(scale|shape|interpolate|color|format|time|time-format|ease|timer)|es-toolkit|immer|reselect|redux|react-redux)[\\/]/,
  },
];

// Small app modules that the first screen (shell + atlas) loads anyway and that other pages
// share: one chunk instead of a dozen tiny ones, each of which pays its own gzip and request
// overhead (measured by `pnpm bench browser`).
const firstScreenShared = {
  name: "first-screen",
  test: /src[\\/](ui[\\/](Button|QueryState|Notice|FormField|PageHeader)|modules[\\/]account[\\/](hooks[\\/]useViewer|utils[\\/](roles|nextPath))|modules[\\/]atlas[\\/](utils[\\/](classBreaks|planarMap|projectPoints)|components[\\/]MapPatterns)|modules[\\/]area[\\/](components[\\/]AreaMap|utils[\\/]paths)|i18n[\\/]format)\.tsx?$/,
};

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { "/graphql": api, "/api": api, "/healthz": api },
  },
  preview: {
    proxy: { "/graphql": api, "/api": api, "/healthz": api },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // No inline scripts or data URLs in the output: a strict CSP comes later.
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: {
        codeSplitting: { groups: [...vendorGroups, firstScreenShared] },
      },
    },
  },
});
