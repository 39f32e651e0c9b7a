import { useEffect } from "react";

/** A CSS string literal: quotes, backslashes and line breaks escaped. */
export function cssString(text: string): string {
  return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\r?\n/g, "\\A ")}"`;
}

/**
 * Puts a text into the footer of every printed page (the @page bottom-left margin box;
 * ui/styles.css sets the page size, margins and page numbers). The text is data of the page
 * (sources, Stichtag), so it goes in through a constructed style sheet: the CSP allows no
 * inline styles, and constructed sheets are not inline styles.
 */
export function usePrintFooter(text: string | null): void {
  useEffect(() => {
    if (!text || typeof CSSStyleSheet === "undefined" || !("adoptedStyleSheets" in document)) return;
    const sheet = new CSSStyleSheet();
    try {
      sheet.replaceSync(`@page { @bottom-left { content: ${cssString(text)}; } }`);
    } catch {
      return; // a browser without margin boxes: the sources section at the end still says it
    }
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((candidate) => candidate !== sheet);
    };
  }, [text]);
}
