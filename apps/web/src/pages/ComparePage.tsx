import { CompareView } from "../modules/compare/components/CompareView.tsx";

export function ComparePage() {
  return <CompareView />;
}
