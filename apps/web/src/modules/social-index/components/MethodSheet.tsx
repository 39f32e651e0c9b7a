import { useMemo } from "react";
import { groupItems, parseMethodSheet } from "../utils/methodSheet.ts";

/**
 * The method sheet the API writes, as readable text: its title, a heading per block, steps as
 * a numbered list, indicators and classes as lists. `headingLevel` fits it into the page.
 */
export function MethodSheet({ sheet, headingLevel = 3 }: { sheet: string; headingLevel?: 2 | 3 | 4 }) {
  const parsed = useMemo(() => parseMethodSheet(sheet), [sheet]);
  const Title = `h${headingLevel}` as const;
  const Heading = `h${Math.min(headingLevel + 1, 6)}` as "h3" | "h4" | "h5";
  return (
    <article className="method-sheet">
      <Title className="method-sheet__title">{parsed.title}</Title>
      {parsed.sections.map((section, index) => (
        // The sheet is text without ids; its blocks never reorder.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above.
        <section key={index} className="method-sheet__section">
          {section.heading ? <Heading className="method-sheet__heading">{section.heading}</Heading> : null}
          {groupItems(section.items).map((group, groupIndex) => {
            const key = `${index}-${groupIndex}`;
            if (group.kind === "bullet") {
              return (
                <ul key={key}>
                  {group.items.map((item) => (
                    <li key={item}>{item}</li>
                  ))}
                </ul>
              );
            }
            if (group.kind === "step") {
              return (
                <ol key={key}>
                  {group.items.map((item) => (
                    <li key={item}>{item}</li>
                  ))}
                </ol>
              );
            }
            return group.items.map((item) => <p key={`${key}-${item}`}>{item}</p>);
          })}
        </section>
      ))}
    </article>
  );
}
