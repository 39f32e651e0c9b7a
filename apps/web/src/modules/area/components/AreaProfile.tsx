import { useQuery } from "@apollo/client/react";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { AreaDetailDocument } from "../../../generated/documents/area.ts";
import type { AreaDetailQuery } from "../../../generated/graphql.ts";
import { useFormatters } from "../../../i18n/format.ts";
import { graphqlErrorCode } from "../../../lib/apollo.ts";
import { AspectBox } from "../../../ui/AspectBox.tsx";
import { Breadcrumbs } from "../../../ui/Breadcrumbs.tsx";
import { PageHeader } from "../../../ui/PageHeader.tsx";
import { EmptyState, LoadingState, QueryState } from "../../../ui/QueryState.tsx";
import { AddToCompareButton } from "../../compare/components/AddToCompareButton.tsx";
import { PrintButton } from "../../profile/components/PrintButton.tsx";
import {
  ProfileContents,
  ProfileSections,
  ResidentsFact,
  useCouncilAccess,
} from "../../profile/components/ProfileSections.tsx";
import { toMapShapes } from "../utils/mapShapes.ts";
import { areaListPath, areaPath } from "../utils/paths.ts";
import { AreaMap } from "./AreaMap.tsx";
import { AreaTable } from "./AreaTable.tsx";

const mapSize = { width: 600, height: 500 };

/**
 * The page of one area (Steckbrief): where it sits in the hierarchy, its key facts and map,
 * its values against the city and parent with their distribution, index classes, similar
 * areas, offers, internal planning data for council staff, subdivisions; printable.
 */
export function AreaProfile({ code }: { code: string }) {
  const detail = useQuery(AreaDetailDocument, { variables: { code } });

  if (graphqlErrorCode(detail.error) === "NOT_FOUND") return <AreaNotFound code={code} />;

  return (
    <QueryState
      data={detail.dataState === "complete" ? detail.data.area : undefined}
      error={detail.error}
      loading={
        // Before the answer the code is all that is known about the area.
        <>
          <PageHeader title={code} />
          <div className="page-placeholder">
            <LoadingState />
          </div>
        </>
      }
      onRetry={() => void detail.refetch()}
    >
      {(area) => <AreaProfileView area={area} />}
    </QueryState>
  );
}

type Area = AreaDetailQuery["area"];

function AreaProfileView({ area }: { area: Area }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const council = useCouncilAccess();
  const parent = area.ancestors.at(-1);
  const childLevel = area.children[0]?.level;

  const crumbs = [
    { label: t("nav.areas"), to: areaListPath(area.level) },
    ...area.ancestors.map((ancestor) => ({ label: ancestor.name, to: areaPath(ancestor.code) })),
    { label: area.name },
  ];

  return (
    <>
      <PageHeader
        title={area.name}
        above={<Breadcrumbs label={t("area.breadcrumbs")} items={crumbs} />}
        lead={`${t(`levels.${area.level}.one`)} · ${t("common.code", { code: area.code })}`}
      >
        <div className="profile-actions">
          <AddToCompareButton code={area.code} name={area.name} />
          <PrintButton />
        </div>
      </PageHeader>
      <ProfileContents council={council} childLevel={childLevel} />
      <div className="profile">
        <section className="profile__facts" aria-labelledby="area-facts">
          <h2 id="area-facts">{t("area.facts")}</h2>
          <dl className="facts">
            <dt>{t("area.code")}</dt>
            <dd className="code">{area.code}</dd>
            <dt>{t("area.level")}</dt>
            <dd>{t(`levels.${area.level}.one`)}</dd>
            {parent ? (
              <>
                <dt>{t(`levels.${parent.level}.one`)}</dt>
                <dd>
                  <Link to={areaPath(parent.code)}>{parent.name}</Link>
                </dd>
              </>
            ) : null}
            <dt>{t("area.area")}</dt>
            <dd>{format.km2(area.areaM2)}</dd>
            <ResidentsFact code={area.code} />
          </dl>
        </section>
        <section className="profile__map">
          <AreaProfileMap area={area} />
        </section>
      </div>
      <ProfileSections area={area} />
      {childLevel ? (
        <section id="untergeordnete-gebiete" className="profile__children" aria-labelledby="area-children">
          <h2 id="area-children">{t("area.childrenTitle", { level: t(`levels.${childLevel}.other`) })}</h2>
          <AreaTable areas={area.children} caption={t(`levels.${childLevel}.other`)} />
        </section>
      ) : (
        <p className="muted">{t("area.noChildren")}</p>
      )}
    </>
  );
}

/** The children as clickable areas inside the area's boundary, or the area alone. */
function AreaProfileMap({ area }: { area: Area }) {
  const { t } = useTranslation();
  const childLevel = area.children[0]?.level;
  const { shapes, outlines } = useMemo(() => {
    const self = { code: area.code, name: area.name, geometry: area.geometry };
    const childShapes = toMapShapes(area.children, { ...mapSize, fitTo: area.geometry ? [self] : area.children });
    if (childShapes.length > 0) return { shapes: childShapes, outlines: toMapShapes([self], mapSize) };
    const selfShape = toMapShapes([self], mapSize);
    return { shapes: selfShape, outlines: selfShape };
  }, [area]);

  if (shapes.length === 0) return <EmptyState>{t("area.noGeometry")}</EmptyState>;
  const showsChildren = shapes[0]?.code !== area.code;
  return (
    <AspectBox width={mapSize.width} height={mapSize.height} maxViewportHeight={60}>
      <AreaMap
        shapes={shapes}
        outlines={outlines}
        width={mapSize.width}
        height={mapSize.height}
        interactive={showsChildren}
        label={
          showsChildren && childLevel
            ? t("area.mapLabelChildren", { name: area.name, children: t(`levels.${childLevel}.other`) })
            : t("area.mapLabel", { name: area.name })
        }
      />
    </AspectBox>
  );
}

function AreaNotFound({ code }: { code: string }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t("area.notFoundTitle")} />
      <div className="state state--empty" role="status">
        <p>{t("area.notFoundText", { code })}</p>
        <Link to={areaListPath()}>{t("area.backToList")}</Link>
      </div>
    </>
  );
}
