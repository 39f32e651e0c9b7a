import type { dePages } from "./de/pages.ts";
import type { deShell } from "./de/shell.ts";

// German is the source language (de/shell.ts, de/pages.ts); every other language mirrors it.

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** The German texts with their literal types, for typed keys (i18next.d.ts). */
export type GermanMessages = typeof deShell & typeof dePages;

/** The texts of the shell and the first screen: the keys of the German ones, any strings. */
export type ShellMessages = Widen<typeof deShell>;
/** The texts of every other page. */
export type PageMessages = Widen<typeof dePages>;
/** The shape every language must have. */
export type Messages = ShellMessages & PageMessages;
