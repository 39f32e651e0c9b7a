import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../../../i18n/format.ts";
import {
  type ClassBounds,
  type Classification,
  type DynamicsKey,
  dynamicsKeys,
  type SpecialState,
  type StatusKey,
} from "../utils/choropleth.ts";
import type { AtlasLayer } from "../utils/layers.ts";

export interface AtlasText {
  /** The layer's name, e.g. „Kinderarmut“ or „MSS 2021: Status-Index“. */
  layerName: (layer: AtlasLayer) => string;
  /** A value in the layer's unit with its decimals, e.g. „12,35 %“. */
  value: (value: number) => string;
  /** Bounds of a class, e.g. „über 3,10 bis 7,45“. */
  bounds: (bounds: ClassBounds) => string;
  /** Name of a class, e.g. „Klasse 2 von 5“, „2 mittel“ or „2- (mittel, negativ)“. */
  className: (classification: Classification, index: number) => string;
  /** „kein Wert“, „geschützt“, „ohne Zuordnung“ with the reason where there is one. */
  state: (state: SpecialState, reason: string | null) => string;
  /** A Stichtag (YYYY-MM-DD) in the locale, e.g. „31.12.2020“, whatever the time zone. */
  date: (isoDate: string) => string;
}

const statusNumbers: Record<StatusKey, number> = { HOCH: 1, MITTEL: 2, NIEDRIG: 3, SEHR_NIEDRIG: 4 };
const signToDynamics: Record<string, DynamicsKey> = { "+": "POSITIV", "+/-": "STABIL", "-": "NEGATIV" };

/** Texts of the atlas for one layer, in the active language with locale-formatted numbers. */
export function useAtlasText(layer: AtlasLayer | null): AtlasText {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const locale = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => {
    const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
    const date = (isoDate: string) => dateFormat.format(new Date(`${isoDate}T00:00:00Z`));
    const decimals = layer?.decimals ?? 2;
    const unit = layer?.unit ?? "";
    const number = (value: number) => format.number(value, decimals);
    // These run for every area on every change of the map: translate once, then fill in.
    const placeholder = "\u0000";
    const valueTemplate = unit ? t("atlas.valueWithUnit", { value: placeholder, unit }) : placeholder;
    const value = (x: number) => valueTemplate.replace(placeholder, number(x));
    const bounds = ({ from, fromExclusive, to, toExclusive }: ClassBounds) => {
      if (from === undefined && to !== undefined) return t("atlas.bounds.below", { to: number(to) });
      if (to === undefined && from !== undefined) return t("atlas.bounds.above", { from: number(from) });
      if (from === undefined || to === undefined) return "";
      if (fromExclusive) return t("atlas.bounds.aboveUpTo", { from: number(from), to: number(to) });
      return toExclusive
        ? t("atlas.bounds.fromBelow", { from: number(from), to: number(to) })
        : t("atlas.bounds.fromTo", { from: number(from), to: number(to) });
    };
    const classNames = new WeakMap<Classification, string[]>();
    const nameOfClass = (classification: Classification, index: number) => {
      const entry = classification.classes[index];
      if (!entry) return "";
      if (layer?.kind !== "index" || /^\d+$/.test(entry.key)) {
        return t("atlas.classOf", { number: index + 1, count: classification.classes.length });
      }
      if (entry.key in statusNumbers) return t(`atlas.statusClass.${entry.key as StatusKey}`);
      if ((dynamicsKeys as readonly string[]).includes(entry.key)) {
        return t(`atlas.dynamicsClass.${entry.key as DynamicsKey}`);
      }
      // Combined code, e.g. "2-": status number and dynamics sign.
      const match = /^([1-4])(.+)$/.exec(entry.key);
      const statusKey = (Object.keys(statusNumbers) as StatusKey[]).find(
        (key) => String(statusNumbers[key]) === match?.[1],
      );
      const dynamicsKey = match?.[2] ? signToDynamics[match[2]] : undefined;
      if (!statusKey || !dynamicsKey) return entry.key;
      return t("atlas.combinedClass", {
        code: entry.key,
        status: t(`atlas.statusName.${statusKey}`),
        dynamics: t(`atlas.dynamicsClass.${dynamicsKey}`),
      });
    };
    const className = (classification: Classification, index: number) => {
      let names = classNames.get(classification);
      if (!names) {
        names = classification.classes.map((_, i) => nameOfClass(classification, i));
        classNames.set(classification, names);
      }
      return names[index] ?? "";
    };
    const layerName = (target: AtlasLayer) =>
      target.kind === "indicator"
        ? target.indicator.name
        : t(`atlas.controls.part.${target.part}`, { name: target.definition.name });
    const states = new Map<string, string>();
    const stateText = (which: SpecialState, reason: string | null) => {
      if (which === "excluded") return reason ?? t("atlas.state.excluded");
      const label = t(`atlas.state.${which}`);
      return reason ? t("atlas.withReason", { label, reason }) : label;
    };
    const state = (which: SpecialState, reason: string | null) => {
      const key = `${which}\u0000${reason ?? ""}`;
      let text = states.get(key);
      if (text === undefined) {
        text = stateText(which, reason);
        states.set(key, text);
      }
      return text;
    };
    return { layerName, value, bounds, className, state, date };
  }, [layer, t, format, locale]);
}
