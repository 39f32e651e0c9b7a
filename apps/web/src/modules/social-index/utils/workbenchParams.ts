import { type IndexColouring, isIndexColouring } from "./indexClasses.ts";

// The view state of the index workbench lives in the URL, so a link shows a colleague the same
// run, comparison and colouring:
//   /indizes                          the definitions
//   /indizes?neu=1[&vorlage=mss-2021]  a new definition, empty or as a copy of another
//   /indizes/:key?tab=&run=&compare=&colour=

export const workbenchTabs = ["result", "definition", "method"] as const;
export type WorkbenchTab = (typeof workbenchTabs)[number];

export interface WorkbenchView {
  tab: WorkbenchTab;
  /** The run shown; null: the newest run of the definition. */
  run: string | null;
  /** The run compared with; null: the run's predecessor; "none": no comparison. */
  compare: string | null;
  colour: IndexColouring;
}

const isTab = (value: unknown): value is WorkbenchTab => workbenchTabs.includes(value as WorkbenchTab);

export function workbenchViewFromSearch(params: URLSearchParams): WorkbenchView {
  const tab = params.get("tab");
  const colour = params.get("colour");
  return {
    tab: isTab(tab) ? tab : "result",
    run: params.get("run") || null,
    compare: params.get("compare") || null,
    colour: isIndexColouring(colour) ? colour : "status",
  };
}

/** Only what differs from the defaults, in a fixed order. */
export function workbenchViewToSearch(view: WorkbenchView): string {
  const params = new URLSearchParams();
  if (view.tab !== "result") params.set("tab", view.tab);
  if (view.run) params.set("run", view.run);
  if (view.compare) params.set("compare", view.compare);
  if (view.colour !== "status") params.set("colour", view.colour);
  return params.toString();
}

export function workbenchPath(key: string, view?: Partial<WorkbenchView>): string {
  const search = view
    ? workbenchViewToSearch({ tab: "result", run: null, compare: null, colour: "status", ...view })
    : "";
  return `/indizes/${encodeURIComponent(key)}${search ? `?${search}` : ""}`;
}

/** The editor for a new definition, optionally prefilled from the definition `template`. */
export function newDefinitionPath(template?: string): string {
  const params = new URLSearchParams({ neu: "1" });
  if (template) params.set("vorlage", template);
  return `/indizes?${params.toString()}`;
}
