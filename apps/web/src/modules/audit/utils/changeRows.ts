import type { ChangeAction } from "../../../generated/graphql.ts";

/** How a recorded value is shown: the (possibly shortened) text and, if shortened, the whole. */
export interface DisplayValue {
  /** At most `maxLength` characters, ending in "…" when shortened. */
  text: string;
  /** The whole text when `text` is shortened (for a title or the detail view); otherwise undefined. */
  full: string | undefined;
  /** Nothing recorded (null) or an empty text or list: shown subdued. */
  empty: boolean;
}

/** One changed field of an update: the value before and after. */
export interface ChangedField {
  field: string;
  from: DisplayValue;
  to: DisplayValue;
}

/** One recorded field of a creation (or of an archive/verify entry): its value. */
export interface RecordedField {
  field: string;
  value: DisplayValue;
}

export type ChangeRow = ChangedField | RecordedField;

/** The words and formats of the active language that values are shown with. */
export interface ValueFormat {
  /** An ISO timestamp as date and time, e.g. "12.05.2026, 14:30". */
  dateTime: (iso: string) => string;
  /** A calendar date "YYYY-MM-DD", e.g. "12.05.2026" (no time zone shift). */
  date: (isoDate: string) => string;
  number: (value: number) => string;
  yes: string;
  no: string;
  /** For null: nothing recorded. */
  none: string;
  /** For an empty text. */
  emptyText: string;
  /** For an empty list. */
  emptyList: string;
}

export interface ChangeRowOptions {
  /**
   * The entry's action. Only UPDATE entries hold `{ from, to }` pairs; knowing the action
   * keeps a created record with a field that happens to look like one (a period with from
   * and to) from being read as a change. Without it the shape decides.
   */
  action?: ChangeAction | undefined;
  /** Longer texts are shortened to this many characters (default 80). */
  maxLength?: number | undefined;
}

export const defaultMaxLength = 80;

/**
 * Turns the `changes` JSON of a change-log entry into rows to show: `{ field, from, to }` for
 * an update (`{ field: { from, to } }`), `{ field, value }` for the initial values of a
 * creation and for anything else that was recorded. Nothing recorded (null) gives no rows;
 * a value that is not an object (not written by the API today) becomes one row without a name.
 */
export function toChangeRows(changes: unknown, format: ValueFormat, options: ChangeRowOptions = {}): ChangeRow[] {
  if (changes === null || changes === undefined) return [];
  const show = (value: unknown) => displayValue(value, format, options.maxLength ?? defaultMaxLength);
  if (!isPlainObject(changes)) return [{ field: "", value: show(changes) }];
  const entries = Object.entries(changes);
  const readAsDiff = options.action ? options.action === "UPDATE" : entries.every(([, value]) => isDiff(value));
  return entries.map(([field, value]) =>
    readAsDiff && isDiff(value) ? { field, from: show(value.from), to: show(value.to) } : { field, value: show(value) },
  );
}

export function isChangedField(row: ChangeRow): row is ChangedField {
  return "from" in row;
}

/** A recorded value as readable text: dates in the active language, Ja/Nein, lists, compact JSON. */
export function displayValue(value: unknown, format: ValueFormat, maxLength = defaultMaxLength): DisplayValue {
  const { text, empty } = valueText(value, format);
  const characters = Array.from(text);
  if (characters.length <= maxLength) return { text, full: undefined, empty };
  const shortened = characters
    .slice(0, maxLength - 1)
    .join("")
    .trimEnd();
  return { text: `${shortened}…`, full: text, empty };
}

function valueText(value: unknown, format: ValueFormat): { text: string; empty: boolean } {
  if (value === null || value === undefined) return { text: format.none, empty: true };
  if (value === "") return { text: format.emptyText, empty: true };
  if (typeof value === "string") return { text: textOf(value, format), empty: false };
  if (Array.isArray(value)) {
    if (value.length === 0) return { text: format.emptyList, empty: true };
    // A list of plain values reads as one; a list of records stays JSON.
    const flat = value.every((item) => item === null || typeof item !== "object");
    const text = flat ? value.map((item) => valueText(item, format).text).join(", ") : JSON.stringify(value);
    return { text, empty: false };
  }
  if (typeof value === "boolean") return { text: value ? format.yes : format.no, empty: false };
  if (typeof value === "number") return { text: format.number(value), empty: false };
  if (typeof value === "object") return { text: JSON.stringify(value), empty: false };
  return { text: String(value), empty: false };
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const isoTimestamp = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function textOf(value: string, format: ValueFormat): string {
  if (isoDate.test(value) && isValidDate(value)) return format.date(value);
  if (isoTimestamp.test(value) && isValidDate(value)) {
    // Calendar dates (start of a programme, a target year …) are stored as midnight UTC and
    // recorded as timestamps; shown with a time they would read as 01:00 in Berlin.
    return value.endsWith("T00:00:00.000Z") ? format.date(value.slice(0, 10)) : format.dateTime(value);
  }
  return value;
}

function isValidDate(value: string): boolean {
  return !Number.isNaN(new Date(value).getTime());
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isDiff(value: unknown): value is { from: unknown; to: unknown } {
  if (!isPlainObject(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 2 && "from" in value && "to" in value;
}
