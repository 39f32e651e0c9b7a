// Pure helpers for how the directory shows an offer: addresses, opening hours, languages.

export interface AddressParts {
  name?: string | null;
  street: string | null;
  postalCode: string | null;
  city: string | null;
}

/** "Beispielweg 3, 12043 Berlin"; empty when nothing is known. */
export function addressLine(location: AddressParts): string {
  const town = [location.postalCode, location.city].filter(Boolean).join(" ");
  return [location.street, town].filter(Boolean).join(", ");
}

const berlinParts = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Berlin",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  weekday: "short",
});
const isoWeekday: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** The day in Berlin at an instant: ISO weekday (1 = Monday) and date (YYYY-MM-DD). */
export function berlinDay(at: Date): { weekday: number; date: string } {
  const parts = Object.fromEntries(berlinParts.formatToParts(at).map((part) => [part.type, part.value]));
  return { weekday: isoWeekday[parts.weekday ?? ""] ?? 1, date: `${parts.year}-${parts.month}-${parts.day}` };
}

export interface ScheduleEntry {
  weekday: number;
  opensAt: string;
  closesAt: string;
  validFrom: string | null;
  validUntil: string | null;
  note: string | null;
}

export interface WeekdayHours<T extends ScheduleEntry> {
  /** 1 = Monday … 7 = Sunday. */
  weekday: number;
  isToday: boolean;
  /** Opening hours of the day by opening time; empty when closed. */
  hours: T[];
}

/**
 * The opening hours as one row per weekday, Monday first, with today marked. Hours whose
 * validity ended before today are left out; those that start later are kept (their dates are shown).
 */
export function weekTable<T extends ScheduleEntry>(schedules: readonly T[], now: Date): WeekdayHours<T>[] {
  const today = berlinDay(now);
  const current = schedules.filter((entry) => !entry.validUntil || entry.validUntil >= today.date);
  return [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
    weekday,
    isToday: weekday === today.weekday,
    hours: current
      .filter((entry) => entry.weekday === weekday)
      .sort((a, b) => a.opensAt.localeCompare(b.opensAt) || a.closesAt.localeCompare(b.closesAt)),
  }));
}

/** Name of an ISO weekday (1 = Monday) in a locale, e.g. "Montag". */
export function weekdayName(weekday: number, locale: string): string {
  // 1 January 2024 was a Monday.
  return new Intl.DateTimeFormat(locale, { weekday: "long", timeZone: "UTC" }).format(
    new Date(Date.UTC(2024, 0, weekday)),
  );
}

/** Name of a language by its ISO 639-1 code in a locale, e.g. "tr" → "Türkisch"; the code when unknown. */
export function languageName(code: string, locale: string): string {
  try {
    const name = new Intl.DisplayNames([locale], { type: "language", fallback: "none" }).of(code);
    return name ? name.charAt(0).toLocaleUpperCase(locale) + name.slice(1) : code;
  } catch {
    return code;
  }
}

/** Sorted distinct labels of a list of lists, e.g. the categories of all offers. */
export function distinctLabels(lists: ReadonlyArray<readonly string[]>, locale = "de"): string[] {
  return [...new Set(lists.flat())].sort((a, b) => a.localeCompare(b, locale));
}
