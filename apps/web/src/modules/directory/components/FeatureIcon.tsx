import type { AccessibilityFeature } from "../utils/directoryParams.ts";

// Simple line icons drawn in SVG (no icon font, no external request). They are decorative:
// the feature's name is always written next to them.
const paths: Record<AccessibilityFeature, string> = {
  // A wheelchair user.
  stepFree: "M12 4a2 2 0 1 0 0.01 0M11 8v6h5l2 5M11 11h5M9 10a6 6 0 1 0 7 8",
  // A door with a wheelchair sign: WC.
  accessibleToilet: "M5 3h14v18H5zM9 8a1 1 0 1 0 0.01 0M9 10v4h3l1 3M8 12a3 3 0 1 0 4 4",
  // An ear with a loop.
  inductionLoop: "M9 17c0 2 3 3 4 0 1-2 4-3 4-7a5 5 0 0 0-10 0M10 10a2 2 0 0 1 4 0M3 12a9 9 0 0 0 18 0",
  // A speech bubble with lines.
  easyLanguage: "M4 5h16v11H9l-5 4zM8 9h8M8 12h5",
};

export function FeatureIcon({ feature }: { feature: AccessibilityFeature }) {
  return (
    <svg className="feature-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={paths[feature]} />
    </svg>
  );
}
