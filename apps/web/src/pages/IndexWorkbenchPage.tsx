import { useTranslation } from "react-i18next";
import { useNavigate, useParams, useSearchParams } from "react-router";
import { RequireAccess } from "../modules/account/components/RequireAccess.tsx";
import { IndexDefinitionList } from "../modules/social-index/components/IndexDefinitionList.tsx";
import { IndexDefinitionWorkbench } from "../modules/social-index/components/IndexDefinitionWorkbench.tsx";
import { NewIndexDefinition } from "../modules/social-index/components/NewIndexDefinition.tsx";
import {
  type WorkbenchView,
  workbenchPath,
  workbenchViewFromSearch,
  workbenchViewToSearch,
} from "../modules/social-index/utils/workbenchParams.ts";
import { PageHeader } from "../ui/PageHeader.tsx";

/**
 * The index workbench for planners and admins: /indizes lists the index definitions,
 * /indizes?neu=1[&vorlage=key] creates one (empty or as a copy), /indizes/:key edits and runs
 * one and shows its result. Run, comparison, colouring and tab live in the URL.
 */
export function IndexWorkbenchPage() {
  const { t } = useTranslation();
  const { key } = useParams();
  const [params] = useSearchParams();
  return (
    <RequireAccess audience="planning">
      {() =>
        key ? (
          <DefinitionPage definitionKey={key} />
        ) : params.get("neu") ? (
          <NewIndexDefinition template={params.get("vorlage")} />
        ) : (
          <>
            <PageHeader title={t("indexWorkbench.title")} lead={t("indexWorkbench.lead")} />
            <IndexDefinitionList />
          </>
        )
      }
    </RequireAccess>
  );
}

function DefinitionPage({ definitionKey }: { definitionKey: string }) {
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const view = workbenchViewFromSearch(params);
  // Each change of the view is a step in the history: Back returns to the previous run or tab.
  const onViewChange = (patch: Partial<WorkbenchView>) => setParams(workbenchViewToSearch({ ...view, ...patch }));
  return (
    <IndexDefinitionWorkbench
      key={definitionKey}
      definitionKey={definitionKey}
      view={view}
      onViewChange={onViewChange}
      onKeyChange={(key) => void navigate(workbenchPath(key, { tab: view.tab }), { replace: true })}
    />
  );
}
