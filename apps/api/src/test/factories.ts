import type { AreaInput } from "@sozialatlas/domain/area";

const square = (x: number, y: number, size = 0.01): AreaInput["geometry"] => ({
  type: "Polygon",
  coordinates: [
    [
      [x, y],
      [x + size, y],
      [x + size, y + size],
      [x, y + size],
      [x, y],
    ],
  ],
});

/** A tiny city: one Bezirk, one Prognoseraum, one Bezirksregion and `planungsraeume` PLRs. */
export function smallCity(planungsraeume = 3): AreaInput[] {
  const base: AreaInput[] = [
    { code: "99000000", name: "Teststadt", level: "STADT", parentCode: null, geometry: null, areaM2: null },
    { code: "01", name: "Nord", level: "BEZIRK", parentCode: "99000000", geometry: square(13, 52, 0.1), areaM2: 3e6 },
    { code: "0110", name: "Nord 1", level: "PROGNOSERAUM", parentCode: "01", geometry: null, areaM2: 3e6 },
    { code: "011001", name: "Am Park", level: "BEZIRKSREGION", parentCode: "0110", geometry: null, areaM2: 3e6 },
  ];
  const plrs = Array.from({ length: planungsraeume }, (_, i): AreaInput => {
    const n = String(i + 1).padStart(2, "0");
    return {
      code: `011001${n}`,
      name: `Planungsraum ${n}`,
      level: "PLANUNGSRAUM",
      parentCode: "011001",
      geometry: square(13 + i * 0.01, 52),
      areaM2: 1e6,
    };
  });
  return [...base, ...plrs];
}
