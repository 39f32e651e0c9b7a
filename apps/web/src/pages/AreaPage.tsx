import { useParams } from "react-router";
import { AreaProfile } from "../modules/area/components/AreaProfile.tsx";

export function AreaPage() {
  const { code = "" } = useParams();
  // Keyed by code so that moving to another area starts from a clean state.
  return <AreaProfile key={code} code={code} />;
}
