// The API writes the method sheet as plain text (packages/domain `methodSheet`): a title line,
// then blocks separated by blank lines, each a heading ending in ":" followed by indented lines
// ("  - item", "  1. step" or plain text). Parsed here into blocks to render as headings,
// lists and paragraphs; text that does not follow the pattern stays a paragraph.

export type MethodSheetItem = { kind: "bullet" | "step" | "text"; text: string };

export interface MethodSheetSection {
  heading: string | null;
  items: MethodSheetItem[];
}

export interface ParsedMethodSheet {
  title: string;
  sections: MethodSheetSection[];
}

export function parseMethodSheet(sheet: string): ParsedMethodSheet {
  const [title = "", ...rest] = sheet.split("\n");
  const sections: MethodSheetSection[] = [];
  let current: MethodSheetSection | null = null;
  for (const line of rest) {
    if (line.trim() === "") {
      current = null;
      continue;
    }
    const indented = /^\s+/.test(line);
    const content = line.trim();
    if (!indented && content.endsWith(":")) {
      current = { heading: content.slice(0, -1), items: [] };
      sections.push(current);
      continue;
    }
    if (!current) {
      current = { heading: null, items: [] };
      sections.push(current);
    }
    const bullet = /^-\s+(.*)$/.exec(content);
    const step = /^\d+\.\s+(.*)$/.exec(content);
    if (bullet) current.items.push({ kind: "bullet", text: bullet[1] ?? "" });
    else if (step) current.items.push({ kind: "step", text: step[1] ?? "" });
    else current.items.push({ kind: "text", text: content });
  }
  return { title: title.trim(), sections };
}

/** Runs of items of the same kind: each becomes one list (or one paragraph per text item). */
export function groupItems(
  items: readonly MethodSheetItem[],
): Array<{ kind: MethodSheetItem["kind"]; items: string[] }> {
  const groups: Array<{ kind: MethodSheetItem["kind"]; items: string[] }> = [];
  for (const item of items) {
    const last = groups[groups.length - 1];
    if (last && last.kind === item.kind) last.items.push(item.text);
    else groups.push({ kind: item.kind, items: [item.text] });
  }
  return groups;
}
