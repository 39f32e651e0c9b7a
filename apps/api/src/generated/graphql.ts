import type { AreaGeometry } from '@sozialatlas/domain/area';
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { AreaRow } from '../modules/area/area.service.ts';
import type { ChangeLog as ChangeLogRow, User as UserRow, OrganisationChangeProposal as OrganisationChangeProposalRow, Indicator as IndicatorRow, Observation as ObservationRow, Organisation as OrganisationRow, OrganisationContact as OrganisationContactRow, CooperationAgreement as CooperationAgreementRow, CooperationProject as CooperationProjectRow, CooperationPartner as CooperationPartnerRow, Offer as OfferRow, OfferLocation as OfferLocationRow, OfferSchedule as OfferScheduleRow, Programme as ProgrammeRow, ProgrammeBudgetLine as ProgrammeBudgetLineRow, ProgrammeResult as ProgrammeResultRow, ProgrammePartner as ProgrammePartnerRow, MeasureCatalogue as MeasureCatalogueRow, CatalogueVersion as CatalogueVersionRow, Goal as GoalRow, GoalTarget as GoalTargetRow, TargetActual as TargetActualRow, Conference as ConferenceRow, ConferenceWorkingGroup as ConferenceWorkingGroupRow, ConferenceFinding as ConferenceFindingRow, ConferenceRecommendation as ConferenceRecommendationRow, IndexDefinition as IndexDefinitionRow, IndexRun as IndexRunRow, IndexResult as IndexResultRow } from './prisma/client.ts';
import type { IndexIndicator as IndexIndicatorSpec } from '@sozialatlas/domain/social-index';
import type { IndexClassChangeRecord } from '../modules/social-index/class-changes.ts';
import type { Context } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date without time zone, ISO 8601 `YYYY-MM-DD` (e.g. a Stichtag). */
  Date: { input: string; output: Date | string; }
  /** A point in time, ISO 8601 with time zone (e.g. `2026-11-21T20:30:00.000Z`). */
  DateTime: { input: string; output: Date | string; }
  /**
   * A GeoJSON geometry object (RFC 7946), passed as JSON. Coordinates are WGS84
   * longitude/latitude.
   */
  GeoJSONGeometry: { input: AreaGeometry; output: AreaGeometry; }
  /** Arbitrary JSON (objects, arrays, strings, numbers, booleans, null). */
  JSON: { input: unknown; output: unknown; }
};

/** A one-time link an administrator hands to a user (invitation or password reset). */
export type AccountLink = {
  __typename?: 'AccountLink';
  /** When the link stops working. */
  expiresAt: Scalars['DateTime']['output'];
  /** The link; also written to the server log (no mail server is needed in the embedded setup). */
  url: Scalars['String']['output'];
};

/**
 * The value of an indicator for a larger area (e.g. a Bezirk), computed from the observations of
 * its smallest parts (the lowest area level that has observations of the indicator, usually
 * Planungsräume): shares and rates are Σ numerators / Σ denominators, never averages of shares;
 * counts are summed. Disclosure control applies to the summed counts as to any value.
 */
export type AggregatedValue = {
  __typename?: 'AggregatedValue';
  /** The larger area. */
  area: Area;
  /** Σ denominators of the parts (shares and rates); null for counts and like `value`. */
  denominator: Maybe<Scalars['Float']['output']>;
  /**
   * Disclosure control of the summed counts for the current viewer (population: Σ residents of
   * the parts, when every part has them).
   */
  disclosure: ValueDisclosure;
  /** The indicator. */
  indicator: Indicator;
  /** 95 % Wilson interval of an aggregated share (unit %), from the (disclosed) summed counts; null otherwise. */
  interval: Maybe<ShareInterval>;
  /** Parts without counts (shares and rates) or without a value (counts), including parts without an observation. */
  missingPartCount: Scalars['Int']['output'];
  /** Σ numerators of the parts (shares and rates) or Σ values (counts); null like `value`. */
  numerator: Maybe<Scalars['Float']['output']>;
  /** Number of parts (areas of `partLevel` inside the area). */
  partCount: Scalars['Int']['output'];
  /** Level of the parts the value is computed from (the lowest level with observations); null when there are none. */
  partLevel: Maybe<AreaLevel>;
  /** The Stichtag. */
  referenceDate: Scalars['Date']['output'];
  /** Whether a value could be computed. */
  status: AggregationStatus;
  /** The aggregated value in the indicator's unit; null unless `status` is OK or when disclosure control withholds it. */
  value: Maybe<Scalars['Float']['output']>;
};

/** Whether a value for a larger area could be computed from its parts. */
export type AggregationStatus =
  /** At least one part lacks its counts (or its value, for counts): no value rather than an invented one. */
  | 'COUNTS_MISSING'
  /** The indicator can neither be divided from counts nor summed (e.g. a change in percentage points). */
  | 'NOT_AGGREGATABLE'
  /** None of the parts has an observation of the indicator at this Stichtag. */
  | 'NO_DATA'
  /** Computed: Σ numerators / Σ denominators (shares and rates), or Σ values (counts such as residents). */
  | 'OK';

/**
 * A spatial unit (Sozialraum) that indicators are measured for and programmes, offers and
 * measures refer to.
 */
export type Area = {
  __typename?: 'Area';
  /** All areas above this one, from the city down to the parent. */
  ancestors: Array<Area>;
  /** Land area in square metres, as published with the boundaries. */
  areaM2: Maybe<Scalars['Float']['output']>;
  /** Areas one level down, ordered by code. */
  children: Array<Area>;
  /** Official code as published, a string: leading zeros are significant (e.g. 01100101). */
  code: Scalars['String']['output'];
  /**
   * Findings of conferences (not archived) about this area, an area containing it or one inside it,
   * judged by the finding's own area or, when it has none, by its conference's areas. Newest
   * conference first.
   */
  conferenceFindings: Array<ConferenceFinding>;
  /** Boundary as an RFC 7946 GeoJSON Polygon or MultiPolygon in WGS84 longitude/latitude. */
  geometry: Maybe<Scalars['GeoJSONGeometry']['output']>;
  /** Internal id (UUID); use `code` in URLs and imports. */
  id: Scalars['ID']['output'];
  /**
   * The results of this area in every run of one index definition, oldest first (by Stichtag,
   * then by time of computation), each with its run: the history of its classes. Empty when the
   * definition has no run with this area (or no definition has the key).
   */
  indexResults: Array<IndexResult>;
  /** Level in the hierarchy. */
  level: AreaLevel;
  /** Official name, e.g. Stülerstraße. */
  name: Scalars['String']['output'];
  /** Values measured for this area, ordered by indicator key and date; archived ones are left out. */
  observations: Array<Observation>;
  /** The area one level up; null for the city. */
  parent: Maybe<Area>;
  /**
   * Programmes (not archived) with a funding area related to this area: the area itself, one
   * containing it or one inside it, the rule of `programmes(filter: {areaCode})`. Ordered by name.
   */
  programmes: Array<Programme>;
};


/**
 * A spatial unit (Sozialraum) that indicators are measured for and programmes, offers and
 * measures refer to.
 */
export type AreaIndexResultsArgs = {
  definitionKey: Scalars['String']['input'];
  level?: InputMaybe<AreaLevel>;
};


/**
 * A spatial unit (Sozialraum) that indicators are measured for and programmes, offers and
 * measures refer to.
 */
export type AreaObservationsArgs = {
  indicatorKeys?: InputMaybe<Array<Scalars['String']['input']>>;
  referenceDate?: InputMaybe<Scalars['Date']['input']>;
};

/** Supply and need of one area. */
export type AreaGap = {
  __typename?: 'AreaGap';
  /** The area. */
  area: Area;
  /** Findings of Sozialraumkonferenzen recorded for this area (not archived). */
  findings: Array<ConferenceFinding>;
  /** Gap score: need percentile minus supply percentile, −1 to 1; high = high need with low supply. */
  gapScore: Maybe<Scalars['Float']['output']>;
  /** Need value (indicator value or status index); null when not known. */
  need: Maybe<Scalars['Float']['output']>;
  /** Need tercile 1 (low) – 3 (high) among the areas; null without need. */
  needClass: Maybe<Scalars['Int']['output']>;
  /** Offers (real and hypothetical) within the radius of the area's point. */
  offersInReach: Scalars['Int']['output'];
  /** Rank by gap score, 1 = largest gap; null without score. */
  rank: Maybe<Scalars['Int']['output']>;
  /** Supply reaching the area (offers or places, shared by 2SFCA); 0 when nothing is in reach. */
  supply: Scalars['Float']['output'];
  /** Supply-rate tercile 1 (low) – 3 (high) among the areas; null without supply rate. */
  supplyClass: Maybe<Scalars['Int']['output']>;
  /** Supply per `per` people of the target population; null without target population. */
  supplyRate: Maybe<Scalars['Float']['output']>;
  /** Target population (people); null when not known. */
  targetPopulation: Maybe<Scalars['Float']['output']>;
};

/**
 * Level of an area in the spatial hierarchy. Berlin's LOR 2021: the city (STADT) has 12
 * Bezirke, 58 Prognoseräume, 143 Bezirksregionen and 542 Planungsräume.
 */
export type AreaLevel =
  /** District with its own administration and council (Berlin: 12 Bezirke, codes 01–12). */
  | 'BEZIRK'
  /** Group of Planungsräume used for district reporting (Berlin: 6-digit codes). */
  | 'BEZIRKSREGION'
  /** Smallest planning unit, a few thousand residents (Berlin: 8-digit codes). */
  | 'PLANUNGSRAUM'
  /** Planning region used for population forecasts (Berlin: 4-digit codes). */
  | 'PROGNOSERAUM'
  /** The whole city (Berlin: Gemeindeschlüssel 11000000). */
  | 'STADT';

/** How many areas a level has. */
export type AreaLevelCount = {
  __typename?: 'AreaLevelCount';
  /** Number of areas on that level. */
  count: Scalars['Int']['output'];
  /** The level. */
  level: AreaLevel;
};

/**
 * One version of a catalogue. A DRAFT can be edited; an ADOPTED version is what was decided and
 * stays frozen — to change it, create a new draft from it. Actuals are monitoring, not catalogue
 * content, so they can be recorded against targets of adopted versions.
 */
export type CatalogueVersion = {
  __typename?: 'CatalogueVersion';
  /** Who adopted it, e.g. the council resolution (Ratsbeschluss 2001/42). */
  adoptedBy: Maybe<Scalars['String']['output']>;
  /** The day the version was adopted. */
  adoptedOn: Maybe<Scalars['Date']['output']>;
  /** The catalogue this version belongs to. */
  catalogue: MeasureCatalogue;
  /** When the version was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created the version. */
  createdBy: Maybe<Scalars['String']['output']>;
  /** The Leitziele (root goals), ordered by position. */
  goals: Array<Goal>;
  /** Internal id (UUID). */
  id: Scalars['ID']['output'];
  /** Whether goals, targets and areas of this version can still change (only drafts). */
  isEditable: Scalars['Boolean']['output'];
  /** Optional name, e.g. Fortschreibung 2003. */
  label: Maybe<Scalars['String']['output']>;
  /** Version number within the catalogue, from 1. */
  number: Scalars['Int']['output'];
  /** DRAFT or ADOPTED. */
  status: CatalogueVersionStatus;
  /** When the version was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Who last changed the version. */
  updatedBy: Maybe<Scalars['String']['output']>;
};


/**
 * One version of a catalogue. A DRAFT can be edited; an ADOPTED version is what was decided and
 * stays frozen — to change it, create a new draft from it. Actuals are monitoring, not catalogue
 * content, so they can be recorded against targets of adopted versions.
 */
export type CatalogueVersionGoalsArgs = {
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A version's own data. */
export type CatalogueVersionInput = {
  /** Optional name, e.g. Fortschreibung 2003; empty means none. */
  label?: InputMaybe<Scalars['String']['input']>;
};

/** Whether a catalogue version is still being worked on or has been adopted. */
export type CatalogueVersionStatus =
  /** Adopted (e.g. by council resolution) and frozen; actuals can still be recorded against it. */
  | 'ADOPTED'
  /** Being worked on: goals, targets and areas can change. */
  | 'DRAFT';

/** What kind of change an audit entry records. */
export type ChangeAction =
  /** The entity was archived (hidden from lists, kept for history). */
  | 'ARCHIVE'
  /** The entity was created. */
  | 'CREATE'
  /** An offer was published by a planner (which also counts as verification). */
  | 'PUBLISH'
  /** An archived entity was brought back. */
  | 'RESTORE'
  /** An offer was sent back to its provider with a comment. */
  | 'RETURN'
  /** An offer was submitted for review by its provider. */
  | 'SUBMIT'
  /** Fields of the entity were changed. */
  | 'UPDATE'
  /** The entity was checked and confirmed as correct (e.g. an offer by a planner). */
  | 'VERIFY';

/** A page of change-log entries. */
export type ChangeLogConnection = {
  __typename?: 'ChangeLogConnection';
  /** The entries of this page. */
  edges: Array<ChangeLogEdge>;
  /** Where this page is. */
  pageInfo: PageInfo;
  /** How many entries match the filter. */
  totalCount: Scalars['Int']['output'];
};

/** One change-log entry with its cursor. */
export type ChangeLogEdge = {
  __typename?: 'ChangeLogEdge';
  /** Cursor of this entry. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: ChangeLogEntry;
};

/** One recorded change of one entity: who did what, when, and which fields changed. */
export type ChangeLogEntry = {
  __typename?: 'ChangeLogEntry';
  /** What kind of change. */
  action: ChangeAction;
  /** Who made the change. */
  actor: Scalars['String']['output'];
  /** When the change was made. */
  at: Scalars['DateTime']['output'];
  /** For updates `{ field: { from, to } }`; for creates the initial values. JSON. */
  changes: Maybe<Scalars['JSON']['output']>;
  /** Entity type, e.g. Offer, Programme, Indicator. */
  entity: Scalars['String']['output'];
  /** Id of the changed entity. */
  entityId: Scalars['ID']['output'];
  /** Sequence number of the entry (increasing). */
  id: Scalars['ID']['output'];
};

/** Which change-log entries to list. */
export type ChangeLogFilter = {
  /** Only this kind of change. */
  action?: InputMaybe<ChangeAction>;
  /** Only changes by this actor (user id, or e.g. seed). */
  actor?: InputMaybe<Scalars['String']['input']>;
  /** Only this entity type, e.g. Offer. */
  entity?: InputMaybe<Scalars['String']['input']>;
};

/**
 * A Sozialraumkonferenz: experts from social institutions, faith communities, housing companies,
 * welfare associations and the administration meet for one or more areas, in working groups,
 * and record needs, gaps and strengths with recommendations that feed the next Sozialbericht.
 */
export type Conference = {
  __typename?: 'Conference';
  /** When it was archived; null while active. */
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  /** Who archived it. */
  archivedBy: Maybe<Scalars['String']['output']>;
  /** The areas (Sozialräume) the conference is about, ordered by code. */
  areas: Array<Area>;
  /** When the conference was recorded. */
  createdAt: Scalars['DateTime']['output'];
  /** Who recorded it. */
  createdBy: Maybe<Scalars['String']['output']>;
  /** Day of the conference. */
  date: Scalars['Date']['output'];
  /** Findings (needs, gaps, strengths), in the order entered. */
  findings: Array<ConferenceFinding>;
  /** Internal id (UUID). */
  id: Scalars['ID']['output'];
  /** Whether this is example data (its title ends with (Beispiel)). */
  isExample: Scalars['Boolean']['output'];
  /** Where it took place. */
  location: Maybe<Scalars['String']['output']>;
  /** Organisations that took part, ordered by name. */
  participants: Array<Organisation>;
  /** Recommendations, in the order entered. */
  recommendations: Array<ConferenceRecommendation>;
  /** Stichtag of the Sozialbericht the results feed into, e.g. 2021-12-31. */
  reportStichtag: Maybe<Scalars['Date']['output']>;
  /** Planned, held or documented. */
  status: ConferenceStatus;
  /** Summary of the results. */
  summary: Maybe<Scalars['String']['output']>;
  /** Title, e.g. Sozialraumkonferenz Gropiusstadt 2021. */
  title: Scalars['String']['output'];
  /** When it was last changed (also by setRecommendationStatus). */
  updatedAt: Scalars['DateTime']['output'];
  /** Who changed it last. */
  updatedBy: Maybe<Scalars['String']['output']>;
  /** Working groups, in the order entered. */
  workingGroups: Array<ConferenceWorkingGroup>;
};

/** A page of conferences. */
export type ConferenceConnection = {
  __typename?: 'ConferenceConnection';
  /** The conferences of this page. */
  edges: Array<ConferenceEdge>;
  /** Where this page lies. */
  pageInfo: PageInfo;
  /** Number of conferences matching the filter, on all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One conference in a page. */
export type ConferenceEdge = {
  __typename?: 'ConferenceEdge';
  /** Pass as `after` to continue after this conference. */
  cursor: Scalars['String']['output'];
  /** The conference. */
  node: Conference;
};

/** Which conferences to list; all conditions must hold. */
export type ConferenceFilter = {
  /**
   * Only conferences about an area related to the area with this code: the area itself, one
   * containing it or one inside it (as for programmes). Unknown code: NOT_FOUND.
   */
  areaCode?: InputMaybe<Scalars['String']['input']>;
  /** Only conferences on or after this day. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Also list archived conferences. */
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only conferences this organisation took part in. Unknown id: NOT_FOUND. */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  /** Only conferences with this status. */
  status?: InputMaybe<ConferenceStatus>;
  /** Only conferences on or before this day. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** A need, gap or strength recorded by a conference, e.g. Betreuungsplätze fehlen in Gropiusstadt Nord-West. */
export type ConferenceFinding = {
  __typename?: 'ConferenceFinding';
  /** The area it is about when narrower than the conference's areas; null: all of them. */
  area: Maybe<Area>;
  /** Category key, e.g. kinderbetreuung, oepnv, ehrenamt, koordination (see findingCategories). */
  category: Scalars['String']['output'];
  /** German label of the category; the key itself for a key outside the suggested list. */
  categoryLabel: Scalars['String']['output'];
  /** The conference that recorded it. */
  conference: Conference;
  /** What was found, in the participants' words. */
  description: Scalars['String']['output'];
  /** Internal id (UUID); new ids after each updateConference. */
  id: Scalars['ID']['output'];
  /** Need, gap or strength. */
  kind: FindingKind;
  /** Recommendations based on this finding. */
  recommendations: Array<ConferenceRecommendation>;
  /** The working group that recorded it. */
  workingGroup: Maybe<ConferenceWorkingGroup>;
};

/** A finding to store. */
export type ConferenceFindingInput = {
  /**
   * Official code of the area it is about, when narrower than the conference's areas. Must be one
   * of them or lie inside one (when the conference has areas).
   */
  areaCode?: InputMaybe<Scalars['String']['input']>;
  /** Category key, e.g. kinderbetreuung (see findingCategories); case is ignored, free text is refused. */
  category: Scalars['String']['input'];
  /** What was found. */
  description: Scalars['String']['input'];
  /** Need, gap or strength. */
  kind: FindingKind;
  /** Position (0-based) of its working group in `workingGroups` of this same input. */
  workingGroupIndex?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * A conference to create, or the complete new state of one to update. Lists replace the stored
 * ones as a whole (their rows get new ids), so references inside one input go by position:
 * findings name their working group by `workingGroupIndex`, recommendations their finding by
 * `findingIndex`. An omitted list means none.
 */
export type ConferenceInput = {
  /** Official codes of the areas it is about, each once. */
  areaCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Day of the conference. */
  date: Scalars['Date']['input'];
  /** Findings, in order. */
  findings?: InputMaybe<Array<ConferenceFindingInput>>;
  /** Where it takes place. */
  location?: InputMaybe<Scalars['String']['input']>;
  /** Ids of the participating organisations, each once. */
  participantOrganisationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Recommendations, in order. */
  recommendations?: InputMaybe<Array<ConferenceRecommendationInput>>;
  /** Stichtag of the Sozialbericht the results feed into. */
  reportStichtag?: InputMaybe<Scalars['Date']['input']>;
  /** Status; default PLANNED. */
  status?: InputMaybe<ConferenceStatus>;
  /** Summary of the results. */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** Title; example data ends with (Beispiel). */
  title: Scalars['String']['input'];
  /** Working groups, in order. */
  workingGroups?: InputMaybe<Array<ConferenceWorkingGroupInput>>;
};

/** A recommendation of a conference, optionally based on a finding and leading to measures. */
export type ConferenceRecommendation = {
  __typename?: 'ConferenceRecommendation';
  /** The conference that made it. */
  conference: Conference;
  /** The finding it is based on. */
  finding: Maybe<ConferenceFinding>;
  /** Goals (measures) of a measure catalogue it led to. */
  goals: Array<Goal>;
  /** Internal id (UUID); new ids after each updateConference. */
  id: Scalars['ID']['output'];
  /** How far it has been taken up. */
  status: RecommendationStatus;
  /** What is recommended. */
  text: Scalars['String']['output'];
};

/** A recommendation to store. */
export type ConferenceRecommendationInput = {
  /** Position (0-based) of the finding it is based on in `findings` of this same input. */
  findingIndex?: InputMaybe<Scalars['Int']['input']>;
  /** Ids of goals (measures) it led to, each once. */
  goalIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** How far it has been taken up; default OPEN. */
  status?: InputMaybe<RecommendationStatus>;
  /** What is recommended. */
  text: Scalars['String']['input'];
};

/** Where a Sozialraumkonferenz stands. */
export type ConferenceStatus =
  /** Held and documented: its findings and recommendations are final and feed the next Sozialbericht. */
  | 'DOCUMENTED'
  /** Held; the documentation is not complete yet. */
  | 'HELD'
  /** Date set, not yet held. */
  | 'PLANNED';

/** A working group (Arbeitsgruppe) of a conference. */
export type ConferenceWorkingGroup = {
  __typename?: 'ConferenceWorkingGroup';
  /** Findings recorded by this group, in the order entered. */
  findings: Array<ConferenceFinding>;
  /** Internal id (UUID); new ids after each updateConference. */
  id: Scalars['ID']['output'];
  /** Name, e.g. Kinder und Familie. */
  name: Scalars['String']['output'];
  /** What the group discussed. */
  topic: Maybe<Scalars['String']['output']>;
};

/** A working group to store. */
export type ConferenceWorkingGroupInput = {
  /** Name, unique within the conference. */
  name: Scalars['String']['input'];
  /** What the group discussed. */
  topic?: InputMaybe<Scalars['String']['input']>;
};

/**
 * An agreement between two or more organisations to cooperate (Kooperationsvereinbarung),
 * with the projects carried out under it.
 */
export type CooperationAgreement = {
  __typename?: 'CooperationAgreement';
  /** When it was archived; null while it is in use. */
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  /** Who archived it. */
  archivedBy: Maybe<Scalars['String']['output']>;
  /** When the agreement was recorded. */
  createdAt: Scalars['DateTime']['output'];
  /** Who recorded it. */
  createdBy: Maybe<Scalars['String']['output']>;
  /** What the partners agreed on. */
  description: Maybe<Scalars['String']['output']>;
  /** Internal id (UUID). */
  id: Scalars['ID']['output'];
  /** Whether this is example data (demo), not real information. */
  isExample: Scalars['Boolean']['output'];
  /** The partner organisations with their roles (at least two), by organisation name. */
  partners: Array<CooperationPartner>;
  /** Projects under the agreement, in the order entered. */
  projects: Array<CooperationProject>;
  /** Day the agreement was signed. */
  signedOn: Maybe<Scalars['Date']['output']>;
  /** Title, e.g. Kooperationsvereinbarung Übergang Schule–Beruf. */
  title: Scalars['String']['output'];
  /** When it was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Who changed it last. */
  updatedBy: Maybe<Scalars['String']['output']>;
  /** First day the agreement applies. */
  validFrom: Maybe<Scalars['Date']['output']>;
  /** Last day the agreement applies; null when open-ended. */
  validUntil: Maybe<Scalars['Date']['output']>;
};

/** One page of cooperation agreements. */
export type CooperationAgreementConnection = {
  __typename?: 'CooperationAgreementConnection';
  /** The agreements of this page with their cursors. */
  edges: Array<CooperationAgreementEdge>;
  /** Where this page is and whether more follow. */
  pageInfo: PageInfo;
  /** Number of agreements matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A cooperation agreement in a page, with its cursor. */
export type CooperationAgreementEdge = {
  __typename?: 'CooperationAgreementEdge';
  /** Pass as `after` to continue after this agreement. */
  cursor: Scalars['String']['output'];
  /** The agreement. */
  node: CooperationAgreement;
};

/** Which cooperation agreements to list. All conditions must hold. */
export type CooperationAgreementFilter = {
  /** Also list archived agreements (default false). */
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only agreements this organisation is a partner of. */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * A cooperation agreement as created or updated. Updates replace everything, including the
 * partner and project lists.
 */
export type CooperationAgreementInput = {
  /** What the partners agreed on. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** At least two different partner organisations. Required. */
  partners?: InputMaybe<Array<CooperationPartnerInput>>;
  /** Projects under the agreement, in order. */
  projects?: InputMaybe<Array<CooperationProjectInput>>;
  /** Day the agreement was signed. */
  signedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Title. Required, at most 300 characters. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** First day the agreement applies. */
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Last day the agreement applies; not before validFrom. */
  validUntil?: InputMaybe<Scalars['Date']['input']>;
};

/** An organisation taking part in a cooperation agreement. */
export type CooperationPartner = {
  __typename?: 'CooperationPartner';
  /** The partner organisation. */
  organisation: Organisation;
  /** Its role in the agreement, e.g. Federführung or Partner. */
  role: Maybe<Scalars['String']['output']>;
};

/** A partner organisation as entered. */
export type CooperationPartnerInput = {
  /** Id of the organisation. Required; must exist and not be archived. */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  /** Its role, e.g. Federführung or Partner. */
  role?: InputMaybe<Scalars['String']['input']>;
};

/** A project carried out under a cooperation agreement. */
export type CooperationProject = {
  __typename?: 'CooperationProject';
  /** What the project does. */
  description: Maybe<Scalars['String']['output']>;
  /** Internal id (UUID); projects are replaced as a whole list on update, so ids change then. */
  id: Scalars['ID']['output'];
  /** Name of the project. */
  name: Scalars['String']['output'];
  /** Id of the funding programme the project belongs to, if any. */
  programmeId: Maybe<Scalars['ID']['output']>;
};

/** A project as entered. */
export type CooperationProjectInput = {
  /** What the project does. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Name. Required. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Id of the funding programme the project belongs to; must exist when given. */
  programmeId?: InputMaybe<Scalars['ID']['input']>;
};

/** To which base counts are rounded before they are shown to viewers without raw access. */
export type DisclosureRounding =
  /** Counts are rounded to multiples of 5 (values are recomputed from the rounded counts). */
  | 'FIVE'
  /** Counts are shown as they are. */
  | 'NONE'
  /** Counts are rounded to multiples of 10 (values are recomputed from the rounded counts). */
  | 'TEN';

/**
 * Statistical disclosure control of one indicator: how its values are protected on the server
 * before they reach the public, council staff (VIEWER) and providers. Planners and admins see
 * raw values.
 */
export type DisclosureRule = {
  __typename?: 'DisclosureRule';
  /** Counts from 1 to minCount − 1 are withheld (0 is shown: it reveals nobody). Default 3. */
  minCount: Scalars['Int']['output'];
  /** Values of areas with fewer residents (indicator `ew` at the same Stichtag) are withheld. Default 300. */
  minPopulation: Scalars['Int']['output'];
  /** Rounding of counts before they are shown. Default NONE. */
  rounding: DisclosureRounding;
};

/** The disclosure rule of an indicator; omitted fields take their defaults (3, 300, NONE). */
export type DisclosureRuleInput = {
  /** Smallest count shown apart from 0, 1–1000 (default 3). */
  minCount?: InputMaybe<Scalars['Int']['input']>;
  /** Smallest population of an area whose values are shown, 0–1000000 (default 300). */
  minPopulation?: InputMaybe<Scalars['Int']['input']>;
  /** Rounding of counts (default NONE). */
  rounding?: InputMaybe<DisclosureRounding>;
};

/** What happened to a value on its way out of the server. */
export type DisclosureStatus =
  /** Checked by disclosure control and shown unchanged (also for values missing in the source). */
  | 'PUBLISHED'
  /** Shown unchanged to a planner or admin, who see raw values; no disclosure control applied. */
  | 'RAW'
  /** Checked by disclosure control; counts rounded, the value recomputed from the rounded counts. */
  | 'ROUNDED'
  /** Withheld by disclosure control: value, numerator and denominator are null; `reason` says why. */
  | 'SUPPRESSED';

/**
 * A suggested category key for findings. The list is open: other keys (lower-case a–z, digits,
 * hyphens) are accepted, free text is not — it belongs in the description.
 */
export type FindingCategory = {
  __typename?: 'FindingCategory';
  /** What belongs in this category. */
  description: Scalars['String']['output'];
  /** The key stored with a finding, e.g. kinderbetreuung. */
  key: Scalars['String']['output'];
  /** German label, e.g. Kinderbetreuung. */
  label: Scalars['String']['output'];
};

/** What a finding says about the area. */
export type FindingKind =
  /** Something missing or not reaching people (Versorgungslücke), e.g. childcare places. */
  | 'GAP'
  /** Something people in the area need. */
  | 'NEED'
  /** Something that works well and should be kept or built on. */
  | 'STRENGTH';

/** Who pays a budget line. */
export type FundingSourceType =
  /** Federal government, e.g. a federal ministry (BMAS, BMWSB). */
  | 'BUND'
  /** European Union, e.g. ESF Plus. */
  | 'EU'
  /** The Jobcenter (Eingliederungstitel). */
  | 'JOBCENTER'
  /** The municipality or district. */
  | 'KOMMUNE'
  /** The Land (state), e.g. a Senate department. */
  | 'LAND'
  /** Any other source, e.g. own funds of a Träger. */
  | 'SONSTIGE'
  /** A foundation. */
  | 'STIFTUNG';

/** The result of a gap analysis. */
export type GapAnalysis = {
  __typename?: 'GapAnalysis';
  /** Every area of the level, ordered by rank (largest gap first; areas without score last, by code). */
  areas: Array<AreaGap>;
  /** Stichtag of population and need. */
  date: Maybe<Scalars['Date']['output']>;
  /** Level of the areas. */
  level: AreaLevel;
  /** The index run used for need; null otherwise. */
  needIndexRun: Maybe<IndexRun>;
  /** The indicator used for need; null when an index run or nothing was used. */
  needIndicator: Maybe<Indicator>;
  /** Offers that matched the filter (published, active, not archived, with a location). */
  offerCount: Scalars['Int']['output'];
  /** Offers left out of PLACES because their capacity is not known. */
  offersWithoutCapacity: Scalars['Int']['output'];
  /** Supply rate of the whole city (all supply per `per` of the total target population). */
  overallSupplyRate: Maybe<Scalars['Float']['output']>;
  /** People per which supplyRate is given. */
  per: Scalars['Int']['output'];
  /** The indicator used for the target population. */
  populationIndicator: Indicator;
  /** Catchment radius in kilometres. */
  radiusKm: Scalars['Float']['output'];
  /** The supply measure used. */
  supplyMeasure: GapSupplyMeasure;
};

/**
 * What to compare: which offers are supply, which people they serve, which need to set against
 * it, and how far people go.
 */
export type GapAnalysisInput = {
  /** Only offers whose age range includes this age. */
  age?: InputMaybe<Scalars['Int']['input']>;
  /** Only offers in any of these categories (empty: every category). */
  categories?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Stichtag of the population and need values (default: the latest date with values). */
  date?: InputMaybe<Scalars['Date']['input']>;
  /** Scenario: offers that do not exist yet, added to the supply. */
  hypotheticalOffers?: InputMaybe<Array<HypotheticalOfferInput>>;
  /** Level of the areas compared (default PLANUNGSRAUM). */
  level?: InputMaybe<AreaLevel>;
  /** Id of an index run whose status index gives the need (instead of an indicator). */
  needIndexRunId?: InputMaybe<Scalars['ID']['input']>;
  /** Key of the indicator giving the need (e.g. mss2021.s4); its polarity says which direction is high need. */
  needIndicatorKey?: InputMaybe<Scalars['String']['input']>;
  /** Supply is reported per this many people of the target population (e.g. 100 or 10000; default 10000). */
  per?: InputMaybe<Scalars['Int']['input']>;
  /**
   * Key of the indicator giving the target population per area. A count (e.g. ew, residents)
   * is used as it is; a percentage of residents is turned into a count with the residents
   * indicator `ew`. Default: ew.
   */
  populationIndicatorKey?: InputMaybe<Scalars['String']['input']>;
  /**
   * Catchment radius in kilometres from each area's population-weighted point (or centroid), 0–20
   * (default 1): offers within the radius count for the area, also across its boundary. Supply
   * is shared between the areas that reach it (two-step floating catchment area, 2SFCA).
   */
  radiusKm?: InputMaybe<Scalars['Float']['input']>;
  /** Count offers or places (default OFFERS). */
  supplyMeasure?: InputMaybe<GapSupplyMeasure>;
  /** Only offers for any of these target groups (empty: every target group). */
  targetGroups?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** What counts as supply in a gap analysis. */
export type GapSupplyMeasure =
  /** Number of offers (each offer counts once, shared among the areas that reach it). */
  | 'OFFERS'
  /** Places (capacityMax); offers without a known capacity are left out and counted in offersWithoutCapacity. */
  | 'PLACES';

/** A point in WGS84 degrees. */
export type GeoPointInput = {
  /** Latitude, −90 to 90. */
  latitude: Scalars['Float']['input'];
  /** Longitude, −180 to 180. */
  longitude: Scalars['Float']['input'];
};

/** A node of the goal tree: Leitziel > strategisches Ziel > operatives Ziel > Maßnahme. */
export type Goal = {
  __typename?: 'Goal';
  /** When the goal was archived; null while active. */
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  /** Who archived the goal. */
  archivedBy: Maybe<Scalars['String']['output']>;
  /** The areas (Sozialräume) the goal is about, ordered by code. */
  areas: Array<Area>;
  /** Budget in euros. */
  budget: Maybe<Scalars['Float']['output']>;
  /** The goals one level down, ordered by position. */
  children: Array<Goal>;
  /** When the goal was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created the goal. */
  createdBy: Maybe<Scalars['String']['output']>;
  /** What the goal means or what the measure does. */
  description: Maybe<Scalars['String']['output']>;
  /** Internal id (UUID). */
  id: Scalars['ID']['output'];
  /** Level in the tree. */
  level: GoalLevel;
  /** The goal one level up; null for a Leitziel. */
  parent: Maybe<Goal>;
  /** Position among its siblings, 0 = first (dense among active siblings). */
  position: Scalars['Int']['output'];
  /** The funding programme that finances the measure. */
  programme: Maybe<Programme>;
  /** Who is responsible for reaching the goal or carrying out the measure. */
  responsibleOrganisation: Maybe<Organisation>;
  /** Measurable targets (operational goals and measures only), ordered by position. */
  targets: Array<GoalTarget>;
  /** Title, e.g. Koordinierungsstelle für Angebote im Sozialraum. */
  title: Scalars['String']['output'];
  /** When the goal was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Who last changed the goal. */
  updatedBy: Maybe<Scalars['String']['output']>;
  /** The catalogue version the goal belongs to. */
  version: CatalogueVersion;
};


/** A node of the goal tree: Leitziel > strategisches Ziel > operatives Ziel > Maßnahme. */
export type GoalChildrenArgs = {
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A node of the goal tree: Leitziel > strategisches Ziel > operatives Ziel > Maßnahme. */
export type GoalTargetsArgs = {
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A page of goals. */
export type GoalConnection = {
  __typename?: 'GoalConnection';
  /** The goals of this page, ordered by level, title and id. */
  edges: Array<GoalEdge>;
  /** Whether more pages follow. */
  pageInfo: PageInfo;
  /** Number of goals matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One goal in a list, with its cursor. */
export type GoalEdge = {
  __typename?: 'GoalEdge';
  /** Pass as `after` to continue after this goal. */
  cursor: Scalars['String']['output'];
  /** The goal. */
  node: Goal;
};

/** Which goals to list. */
export type GoalFilter = {
  /** Only goals linked to the area with this official code. */
  areaCode?: InputMaybe<Scalars['String']['input']>;
  /** Also list archived goals (default: false). */
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only goals of this level (e.g. MASSNAHME for all measures). */
  level?: InputMaybe<GoalLevel>;
  /** Only goals this organisation is responsible for. */
  responsibleOrganisationId?: InputMaybe<Scalars['ID']['input']>;
  /** Only goals whose title or description contains this text (case-insensitive). */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only goals of this catalogue version. */
  versionId?: InputMaybe<Scalars['ID']['input']>;
};

/** A new goal: where it sits in the tree and what it says. */
export type GoalInput = {
  /** Official codes of the areas it is about (e.g. 081001). */
  areaCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Budget in euros (whole cents, not negative). */
  budget?: InputMaybe<Scalars['Float']['input']>;
  /** What the goal means or what the measure does. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Level; must be exactly one below the parent's (LEITZIEL without parent). */
  level: GoalLevel;
  /** The parent goal (exactly one level up); null for a Leitziel. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** Position among the siblings (0 = first); absent means at the end. */
  position?: InputMaybe<Scalars['Int']['input']>;
  /** The funding programme that finances it. */
  programmeId?: InputMaybe<Scalars['ID']['input']>;
  /** The organisation responsible. */
  responsibleOrganisationId?: InputMaybe<Scalars['ID']['input']>;
  /** Title, 1–300 characters. */
  title: Scalars['String']['input'];
  /** The draft version to add the goal to. */
  versionId: Scalars['ID']['input'];
};

/** Level of a goal in the goal tree; every child sits exactly one level below its parent. */
export type GoalLevel =
  /** Guiding goal, the root of a tree (e.g. Teilhabe durch Arbeit und soziale Sicherung). */
  | 'LEITZIEL'
  /** Measure (Maßnahme) serving an operational goal: what is actually done, by whom, with which budget. */
  | 'MASSNAHME'
  /** Operational goal under a strategic goal, made measurable by targets. */
  | 'OPERATIVES_ZIEL'
  /** Strategic goal under a Leitziel. */
  | 'STRATEGISCHES_ZIEL';

/** A measurable target of a goal: from a baseline value to a target value by a date, at one IOOI level. */
export type GoalTarget = {
  __typename?: 'GoalTarget';
  /** Recorded actual values, oldest first. */
  actuals: Array<TargetActual>;
  /** When the target was archived; null while active. */
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  /** Who archived the target. */
  archivedBy: Maybe<Scalars['String']['output']>;
  /** Date of the baseline value. */
  baselineDate: Scalars['Date']['output'];
  /** Value at the start (Ausgangswert). */
  baselineValue: Scalars['Float']['output'];
  /** When the target was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created the target. */
  createdBy: Maybe<Scalars['String']['output']>;
  /** The goal this target makes measurable. */
  goal: Goal;
  /** Internal id (UUID). */
  id: Scalars['ID']['output'];
  /** The measured indicator the values come from, if any. */
  indicator: Maybe<Indicator>;
  /** What is counted, e.g. Reintegrationsverläufe mit Arbeitsaufnahme. */
  name: Scalars['String']['output'];
  /** Position among the goal's targets, 0 = first. */
  position: Scalars['Int']['output'];
  /** IOOI level: input, output, outcome or impact. */
  resultLevel: ResultLevel;
  /** Derived status with the rule applied, computed from the active actuals. */
  status: TargetStatusReport;
  /** Date by which the target value is to be reached. */
  targetDate: Scalars['Date']['output'];
  /** Value to reach (may be lower than the baseline: fewer school drop-outs). */
  targetValue: Scalars['Float']['output'];
  /** Unit of the values, e.g. Verläufe, Anfragen, %. */
  unit: Scalars['String']['output'];
  /** When the target was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Who last changed the target. */
  updatedBy: Maybe<Scalars['String']['output']>;
};


/** A measurable target of a goal: from a baseline value to a target value by a date, at one IOOI level. */
export type GoalTargetActualsArgs = {
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A measurable target of a goal: from a baseline value to a target value by a date, at one IOOI level. */
export type GoalTargetStatusArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};

/** A new target of a goal. */
export type GoalTargetInput = {
  /** Date of the baseline value. */
  baselineDate: Scalars['Date']['input'];
  /** Value at the start. */
  baselineValue: Scalars['Float']['input'];
  /** The goal (an operational goal or a measure of a draft version). */
  goalId: Scalars['ID']['input'];
  /** The measured indicator the values come from, if any. */
  indicatorId?: InputMaybe<Scalars['ID']['input']>;
  /** What is counted, 1–300 characters. */
  name: Scalars['String']['input'];
  /** Position among the goal's targets (0 = first); absent means at the end. */
  position?: InputMaybe<Scalars['Int']['input']>;
  /** IOOI level. */
  resultLevel: ResultLevel;
  /** Date by which to reach it; after the baseline date. */
  targetDate: Scalars['Date']['input'];
  /** Value to reach. */
  targetValue: Scalars['Float']['input'];
  /** Unit of the values, e.g. Verläufe. */
  unit: Scalars['String']['input'];
};

/** A target's data; replaces all of it. A target stays with its goal. */
export type GoalTargetUpdateInput = {
  /** Date of the baseline value; no recorded actual may lie before it. */
  baselineDate: Scalars['Date']['input'];
  /** Value at the start. */
  baselineValue: Scalars['Float']['input'];
  /** The measured indicator the values come from, if any. */
  indicatorId?: InputMaybe<Scalars['ID']['input']>;
  /** What is counted, 1–300 characters. */
  name: Scalars['String']['input'];
  /** New position among the goal's targets (0 = first); absent keeps the current one. */
  position?: InputMaybe<Scalars['Int']['input']>;
  /** IOOI level. */
  resultLevel: ResultLevel;
  /** Date by which to reach it; after the baseline date. */
  targetDate: Scalars['Date']['input'];
  /** Value to reach. */
  targetValue: Scalars['Float']['input'];
  /** Unit of the values, e.g. Verläufe. */
  unit: Scalars['String']['input'];
};

/** What a goal says; replaces all of it (the areas too). Its place in the tree changes with moveGoal. */
export type GoalUpdateInput = {
  /** Official codes of the areas it is about; an empty list removes all. */
  areaCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Budget in euros (whole cents, not negative). */
  budget?: InputMaybe<Scalars['Float']['input']>;
  /** What the goal means or what the measure does. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The funding programme that finances it. */
  programmeId?: InputMaybe<Scalars['ID']['input']>;
  /** The organisation responsible. */
  responsibleOrganisationId?: InputMaybe<Scalars['ID']['input']>;
  /** Title, 1–300 characters. */
  title: Scalars['String']['input'];
};

/** A place or offer that does not exist yet, to see how coverage would change (scenario; nothing is saved). */
export type HypotheticalOfferInput = {
  /** Label shown in the result, e.g. Neue Kita Nord. */
  label?: InputMaybe<Scalars['String']['input']>;
  /** WGS84 latitude. */
  latitude: Scalars['Float']['input'];
  /** WGS84 longitude. */
  longitude: Scalars['Float']['input'];
  /** Places it adds (used for PLACES; at least 1, default 1). */
  places?: InputMaybe<Scalars['Int']['input']>;
};

/** Whether a class change is an improvement or a worsening. */
export type IndexChangeDirection =
  /** Better: a higher status class (towards 1 hoch) or a better dynamics class (towards positiv). */
  | 'BETTER'
  /** Status and dynamics changed in opposite directions. */
  | 'MIXED'
  /** The area is classified in only one of the two runs (it fell out of the index or came into it). */
  | 'NOT_COMPARABLE'
  /** Worse: a lower status class (towards 4 sehr niedrig) or a worse dynamics class (towards negativ). */
  | 'WORSE';

/** An area whose status or dynamics class differs between two runs (the attention list). */
export type IndexClassChange = {
  __typename?: 'IndexClassChange';
  /** The area. */
  area: Area;
  /** Its result in the later run; null when the later run has no result for it. */
  current: Maybe<IndexResult>;
  /** Dynamics class in the later run; null when not classified there. */
  currentDynamicsClass: Maybe<IndexDynamicsClass>;
  /** Status class in the later run; null when not classified there. */
  currentStatusClass: Maybe<IndexStatusClass>;
  /** Overall direction: BETTER or WORSE when every change points that way, MIXED when they disagree. */
  direction: IndexChangeDirection;
  /** Whether the dynamics class differs. */
  dynamicsChanged: Scalars['Boolean']['output'];
  /** Direction of the dynamics change; null when the dynamics class is the same. */
  dynamicsDirection: Maybe<IndexChangeDirection>;
  /** Its result in the earlier run; null when the earlier run has no result for it. */
  previous: Maybe<IndexResult>;
  /** Dynamics class in the earlier run; null when not classified there. */
  previousDynamicsClass: Maybe<IndexDynamicsClass>;
  /** Status class in the earlier run; null when not classified there. */
  previousStatusClass: Maybe<IndexStatusClass>;
  /** Whether the status class differs. */
  statusChanged: Scalars['Boolean']['output'];
  /** Direction of the status change; null when the status class is the same. */
  statusDirection: Maybe<IndexChangeDirection>;
};

/**
 * A composite social index after the method of the Berlin Monitoring Soziale Stadtentwicklung:
 * indicators are z-standardised over the valid areas, weighted and added per part (status,
 * dynamics), the sum is standardised again (the index) and classified. Definitions are published:
 * everybody may read them and their method sheet.
 */
export type IndexDefinition = {
  __typename?: 'IndexDefinition';
  /** When it was archived (hidden from lists, no new runs); null while active. */
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  /** Who archived it. */
  archivedBy: Maybe<Scalars['String']['output']>;
  /** The base date of the BASE_DATE basis; null for SAME_DATE. */
  baseDate: Maybe<Scalars['Date']['output']>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created it. */
  createdBy: Maybe<Scalars['String']['output']>;
  /** Free text: purpose, source of the method, remarks. */
  description: Scalars['String']['output'];
  /** Dynamics part; null for an index with status only. */
  dynamics: Maybe<IndexDynamicsPart>;
  /** Official codes of the areas the definition leaves out (e.g. outliers). */
  excludedAreaCodes: Array<Scalars['String']['output']>;
  /** The areas the definition leaves out, ordered by code. */
  excludedAreas: Array<Area>;
  /** Internal id (UUID). */
  id: Scalars['ID']['output'];
  /** Fictional example data, not a real method. */
  isExample: Scalars['Boolean']['output'];
  /** Stable key, e.g. mss-2021 (lower case, digits, '.', '_', '-'). */
  key: Scalars['String']['output'];
  /** The newest run of this definition (by Stichtag, then by time of computation); null when there is none. */
  latestRun: Maybe<IndexRun>;
  /** The method in words, for reports and the council: valid areas, indicators, calculation, class thresholds. */
  methodSheet: Scalars['String']['output'];
  /** Areas with fewer residents (indicator ew) take no part (the MSS: 300). */
  minPopulation: Scalars['Int']['output'];
  /** Name, e.g. Monitoring Soziale Stadtentwicklung 2021. */
  name: Scalars['String']['output'];
  /** Stored runs of this definition, newest first (by Stichtag, then by time of computation). */
  runs: IndexRunConnection;
  /** What the indicators are standardised against. */
  standardisation: IndexStandardisationBasis;
  /** Status part: indicators and class thresholds. */
  status: IndexStatusPart;
  /** When it was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Who last changed it. */
  updatedBy: Maybe<Scalars['String']['output']>;
  /** Version of the definition: 1 when created, raised by 1 with every change; runs record the version they used. */
  version: Scalars['Int']['output'];
};


/**
 * A composite social index after the method of the Berlin Monitoring Soziale Stadtentwicklung:
 * indicators are z-standardised over the valid areas, weighted and added per part (status,
 * dynamics), the sum is standardised again (the index) and classified. Definitions are published:
 * everybody may read them and their method sheet.
 */
export type IndexDefinitionLatestRunArgs = {
  level?: InputMaybe<AreaLevel>;
};


/**
 * A composite social index after the method of the Berlin Monitoring Soziale Stadtentwicklung:
 * indicators are z-standardised over the valid areas, weighted and added per part (status,
 * dynamics), the sum is standardised again (the index) and classified. Definitions are published:
 * everybody may read them and their method sheet.
 */
export type IndexDefinitionMethodSheetArgs = {
  locale?: InputMaybe<Locale>;
};


/**
 * A composite social index after the method of the Berlin Monitoring Soziale Stadtentwicklung:
 * indicators are z-standardised over the valid areas, weighted and added per part (status,
 * dynamics), the sum is standardised again (the index) and classified. Definitions are published:
 * everybody may read them and their method sheet.
 */
export type IndexDefinitionRunsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of index definitions. */
export type IndexDefinitionConnection = {
  __typename?: 'IndexDefinitionConnection';
  /** The definitions of this page with their cursors. */
  edges: Array<IndexDefinitionEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** Number of definitions matching the filter (all pages). */
  totalCount: Scalars['Int']['output'];
};

/** An index definition in a page. */
export type IndexDefinitionEdge = {
  __typename?: 'IndexDefinitionEdge';
  /** Pass as `after` to continue after this definition. */
  cursor: Scalars['String']['output'];
  /** The definition. */
  node: IndexDefinition;
};

/** Which index definitions to list. */
export type IndexDefinitionFilter = {
  /** Include archived definitions (default: false). */
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
  /** Text contained in the key, name or description (case-insensitive). */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** An index definition. Updates replace every field. */
export type IndexDefinitionInput = {
  /** The base date; required for BASE_DATE, not allowed for SAME_DATE. */
  baseDate?: InputMaybe<Scalars['Date']['input']>;
  /** Free text: purpose, source of the method, remarks (default empty). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The dynamics part; leave it out for an index with status only. */
  dynamics?: InputMaybe<IndexDynamicsPartInput>;
  /** Official codes of existing areas to leave out, e.g. outliers (default none). */
  excludedAreaCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Stable key: lower-case letters, digits, '.', '_', '-', unique (e.g. mss-2021). */
  key: Scalars['String']['input'];
  /** Minimum residents of a valid area, 0 or more (default 300). */
  minPopulation?: InputMaybe<Scalars['Int']['input']>;
  /** Name, at most 200 characters. */
  name: Scalars['String']['input'];
  /** What the indicators are standardised against (default SAME_DATE). */
  standardisation?: InputMaybe<IndexStandardisationBasis>;
  /** The status part. */
  status: IndexStatusPartInput;
};

/** Dynamics class of an area: how its social situation changed over the period of the dynamics indicators. */
export type IndexDynamicsClass =
  /** Negativ (-): dynamics index above the second threshold (published: > 1), the situation worsened. */
  | 'NEGATIV'
  /** Positiv (+): dynamics index below the first threshold (published: < −1), the situation improved. */
  | 'POSITIV'
  /** Stabil (+/-): dynamics index between the thresholds (published: −1 to 1). */
  | 'STABIL';

/** The dynamics part of an index: indicators of the change over a period (e.g. two years). */
export type IndexDynamicsPart = {
  __typename?: 'IndexDynamicsPart';
  /** The indicators whose weighted z-values are added to the dynamics sum. */
  indicators: Array<IndexIndicator>;
  /** Class thresholds of the dynamics index. */
  thresholds: IndexDynamicsThresholds;
};

/** The dynamics part of a definition. */
export type IndexDynamicsPartInput = {
  /** At least one indicator, each at most once. */
  indicators: Array<IndexIndicatorInput>;
  /** Class thresholds (default: as published for the MSS, −1 / 1). */
  thresholds?: InputMaybe<IndexDynamicsThresholdsInput>;
};

/** Thresholds of the dynamics classes; the unrounded dynamics index is compared with them. */
export type IndexDynamicsThresholds = {
  __typename?: 'IndexDynamicsThresholds';
  /** Positiv if the index is below this value (published: −1). */
  positiveBelow: Scalars['Float']['output'];
  /** Stabil if the index is at most this value (published: 1); negativ above. */
  stableUpTo: Scalars['Float']['output'];
};

/** Thresholds of the dynamics classes, in ascending order. */
export type IndexDynamicsThresholdsInput = {
  /** Positiv below this value. */
  positiveBelow: Scalars['Float']['input'];
  /** Stabil up to this value, negativ above. */
  stableUpTo: Scalars['Float']['input'];
};

/** Why an area takes no part in an index run; all such areas are shown as „ohne Zuordnung“. */
export type IndexExclusionReason =
  /** The definition names the area among its excluded areas (e.g. an outlier). */
  | 'EXCLUDED_BY_DEFINITION'
  /** At least one indicator of the definition has no value for the area on the Stichtag. */
  | 'INDICATOR_MISSING'
  /** The area has fewer residents than the definition's minimum population. */
  | 'POPULATION_BELOW_MINIMUM'
  /** The number of residents of the area is not known for the Stichtag. */
  | 'POPULATION_MISSING';

/** One indicator of a part of an index definition. */
export type IndexIndicator = {
  __typename?: 'IndexIndicator';
  /** The indicator itself (name, unit, source). */
  indicator: Indicator;
  /** Key of the indicator, e.g. mss2021.s1. */
  indicatorKey: Scalars['String']['output'];
  /** Whether a higher value means more or less disadvantage. */
  polarity: IndexPolarity;
  /** Weight of its z-value in the sum (the MSS: 1 for every indicator). */
  weight: Scalars['Float']['output'];
};

/** One indicator of a part of an index definition. */
export type IndexIndicatorInput = {
  /** Key of an existing, not archived indicator, e.g. mss2021.s1. */
  indicatorKey: Scalars['String']['input'];
  /** Whether a higher value means more or less disadvantage. */
  polarity: IndexPolarity;
  /** Weight of its z-value, greater than 0 (default 1). */
  weight?: InputMaybe<Scalars['Float']['input']>;
};

/** Mean and standard deviation of one indicator in a run: what its z-values were computed with. */
export type IndexIndicatorStatistics = {
  __typename?: 'IndexIndicatorStatistics';
  /** Key of the indicator. */
  indicatorKey: Scalars['String']['output'];
  /** Unweighted mean. */
  mean: Scalars['Float']['output'];
  /** Population standard deviation. */
  sd: Scalars['Float']['output'];
};

/** How an indicator of an index points: whether a higher value means more or less disadvantage. */
export type IndexPolarity =
  /** More means less disadvantage (e.g. long residence): the z-value is added with its sign reversed. */
  | 'HIGHER_IS_BETTER'
  /** More means more disadvantage (e.g. unemployment): the z-value is added as it is. */
  | 'HIGHER_IS_WORSE';

/** The result of one area in one run; an area „ohne Zuordnung“ has a reason and no index or classes. */
export type IndexResult = {
  __typename?: 'IndexResult';
  /** The area. */
  area: Area;
  /** Status class number and dynamics sign, e.g. 2- (mittel, negativ) or 1+/- (hoch, stabil); null when either is missing. */
  combinedCode: Maybe<Scalars['String']['output']>;
  /** Dynamics class; null when excluded or without dynamics part. */
  dynamicsClass: Maybe<IndexDynamicsClass>;
  /** Dynamics index (unrounded); higher means worsening; null when excluded or without dynamics part. */
  dynamicsIndex: Maybe<Scalars['Float']['output']>;
  /** Sum of the weighted z-values of the dynamics indicators; null when excluded or without dynamics part. */
  dynamicsSum: Maybe<Scalars['Float']['output']>;
  /** Why the area is „ohne Zuordnung“; null when it has an index. */
  excludedReason: Maybe<IndexExclusionReason>;
  /** The reason as a sentence, e.g. „ohne Zuordnung: weniger als 300 Einwohner/innen“; null when it has an index. */
  excludedReasonText: Maybe<Scalars['String']['output']>;
  /** 1 = most disadvantaged (highest status index); equal indices share a rank; null when excluded. */
  rank: Maybe<Scalars['Int']['output']>;
  /** The run. */
  run: IndexRun;
  /** Status class; null when excluded. */
  statusClass: Maybe<IndexStatusClass>;
  /** Status class as number: 1 hoch, 2 mittel, 3 niedrig, 4 sehr niedrig; null when excluded. */
  statusClassNumber: Maybe<Scalars['Int']['output']>;
  /** Status index (the standardised status sum, unrounded); higher means more disadvantage; null when excluded. */
  statusIndex: Maybe<Scalars['Float']['output']>;
  /** Sum of the weighted z-values of the status indicators; null when excluded. */
  statusSum: Maybe<Scalars['Float']['output']>;
};


/** The result of one area in one run; an area „ohne Zuordnung“ has a reason and no index or classes. */
export type IndexResultExcludedReasonTextArgs = {
  locale?: InputMaybe<Locale>;
};

/** A page of the results of a run. */
export type IndexResultConnection = {
  __typename?: 'IndexResultConnection';
  /** The results of this page with their cursors. */
  edges: Array<IndexResultEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** Number of results matching the filter (all pages). */
  totalCount: Scalars['Int']['output'];
};

/** The result of one area in a page. */
export type IndexResultEdge = {
  __typename?: 'IndexResultEdge';
  /** Pass as `after` to continue after this result. */
  cursor: Scalars['String']['output'];
  /** The result. */
  node: IndexResult;
};

/** Which results of a run to list; the conditions are combined with AND. */
export type IndexResultFilter = {
  /** Only these areas (official codes). */
  areaCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only areas with one of these dynamics classes. */
  dynamicsClasses?: InputMaybe<Array<IndexDynamicsClass>>;
  /** true: only areas „ohne Zuordnung“; false: only areas with an index. */
  excluded?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only areas with one of these status classes. */
  statusClasses?: InputMaybe<Array<IndexStatusClass>>;
};

/** Order of the results of a run. */
export type IndexResultOrder =
  /** By official area code. */
  | 'AREA_CODE'
  /** By rank: the most disadvantaged area (highest status index) first, areas without rank last, then by area code. */
  | 'RANK';

/**
 * One stored computation of an index definition for one area level and Stichtag. It keeps the
 * definition as it was computed, so it stays explainable after the definition is changed.
 */
export type IndexRun = {
  __typename?: 'IndexRun';
  /** Areas whose status or dynamics class differs from `previousRun`, by area code; empty without a previous run. */
  classChanges: Array<IndexClassChange>;
  /** When it was computed. */
  createdAt: Scalars['DateTime']['output'];
  /** Who computed it. */
  createdBy: Maybe<Scalars['String']['output']>;
  /** The definition (as it is now; `definitionVersion` and `methodSheet` tell how it was at run time). */
  definition: IndexDefinition;
  /** Key of the definition at run time. */
  definitionKey: Scalars['String']['output'];
  /** Version of the definition the run used. */
  definitionVersion: Scalars['Int']['output'];
  /** Number of areas „ohne Zuordnung“. */
  excludedCount: Scalars['Int']['output'];
  /** Internal id (UUID). */
  id: Scalars['ID']['output'];
  /** Optional label, e.g. Vorabauswertung. */
  label: Maybe<Scalars['String']['output']>;
  /** Area level the index was computed for. */
  level: AreaLevel;
  /** The method as it was at run time (from the stored snapshot of the definition). */
  methodSheet: Scalars['String']['output'];
  /** Name of the definition at run time. */
  name: Scalars['String']['output'];
  /**
   * The latest earlier run of the same definition and level: an earlier Stichtag, or the same
   * Stichtag computed before this one; null for the first run.
   */
  previousRun: Maybe<IndexRun>;
  /** Stichtag of the indicator values. */
  referenceDate: Scalars['Date']['output'];
  /** The result of every area of the level, excluded areas included. */
  results: IndexResultConnection;
  /** Means and standard deviations per indicator and of the sums. */
  statistics: IndexStatistics;
  /** Number of areas with an index and classes. */
  validCount: Scalars['Int']['output'];
};


/**
 * One stored computation of an index definition for one area level and Stichtag. It keeps the
 * definition as it was computed, so it stays explainable after the definition is changed.
 */
export type IndexRunMethodSheetArgs = {
  locale?: InputMaybe<Locale>;
};


/**
 * One stored computation of an index definition for one area level and Stichtag. It keeps the
 * definition as it was computed, so it stays explainable after the definition is changed.
 */
export type IndexRunResultsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<IndexResultFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<IndexResultOrder>;
};

/** A page of index runs. */
export type IndexRunConnection = {
  __typename?: 'IndexRunConnection';
  /** The runs of this page with their cursors. */
  edges: Array<IndexRunEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** Number of runs matching the filter (all pages). */
  totalCount: Scalars['Int']['output'];
};

/** An index run in a page. */
export type IndexRunEdge = {
  __typename?: 'IndexRunEdge';
  /** Pass as `after` to continue after this run. */
  cursor: Scalars['String']['output'];
  /** The run. */
  node: IndexRun;
};

/** Which index runs to list. */
export type IndexRunFilter = {
  /** Only runs of this definition. */
  definitionId?: InputMaybe<Scalars['ID']['input']>;
  /** Only runs of this area level. */
  level?: InputMaybe<AreaLevel>;
  /** Only runs of this Stichtag. */
  referenceDate?: InputMaybe<Scalars['Date']['input']>;
};

/** Mean and population standard deviation (division by n) of a column over the valid areas. */
export type IndexStandardisation = {
  __typename?: 'IndexStandardisation';
  /** Unweighted mean. */
  mean: Scalars['Float']['output'];
  /** Population standard deviation. */
  sd: Scalars['Float']['output'];
};

/** What the indicators of an index are standardised against. */
export type IndexStandardisationBasis =
  /**
   * Mean and standard deviation of a fixed base date (`baseDate`), so that a change of the whole
   * city stays visible between runs instead of being standardised away.
   */
  | 'BASE_DATE'
  /** Mean and standard deviation over the valid areas of the run's own Stichtag (the published MSS method). */
  | 'SAME_DATE';

/** The means and standard deviations a run used (for a BASE_DATE basis: those of the base date). */
export type IndexStatistics = {
  __typename?: 'IndexStatistics';
  /** Mean and standard deviation of the dynamics sum; null without a dynamics part. */
  dynamicsSum: Maybe<IndexStandardisation>;
  /** Per indicator of the definition, in the order of the definition (status first, then dynamics). */
  indicators: Array<IndexIndicatorStatistics>;
  /** Mean and standard deviation of the status sum. */
  statusSum: IndexStandardisation;
};

/** Status class of an area (social status): 1 hoch is the least disadvantaged, 4 sehr niedrig the most. */
export type IndexStatusClass =
  /** 1 hoch: status index below the first threshold (published: < −1). */
  | 'HOCH'
  /** 2 mittel: status index between the first and the second threshold (published: −1 to 1). */
  | 'MITTEL'
  /** 3 niedrig: status index above the second threshold up to the third (published: above 1 up to 1.5). */
  | 'NIEDRIG'
  /** 4 sehr niedrig: status index above the third threshold (published: > 1.5). */
  | 'SEHR_NIEDRIG';

/** The status part of an index: indicators of the social situation on the Stichtag. */
export type IndexStatusPart = {
  __typename?: 'IndexStatusPart';
  /** The indicators whose weighted z-values are added to the status sum. */
  indicators: Array<IndexIndicator>;
  /** Class thresholds of the status index. */
  thresholds: IndexStatusThresholds;
};

/** The status part of a definition. */
export type IndexStatusPartInput = {
  /** At least one indicator, each at most once. */
  indicators: Array<IndexIndicatorInput>;
  /** Class thresholds (default: as published for the MSS, −1 / 1 / 1.5). */
  thresholds?: InputMaybe<IndexStatusThresholdsInput>;
};

/** Thresholds of the status classes; the unrounded status index is compared with them. */
export type IndexStatusThresholds = {
  __typename?: 'IndexStatusThresholds';
  /** 1 hoch if the index is below this value (published: −1). */
  highBelow: Scalars['Float']['output'];
  /** 3 niedrig if the index is at most this value (published: 1.5); 4 sehr niedrig above. */
  lowUpTo: Scalars['Float']['output'];
  /** 2 mittel if the index is at most this value (published: 1). */
  middleUpTo: Scalars['Float']['output'];
};

/** Thresholds of the status classes, in ascending order. */
export type IndexStatusThresholdsInput = {
  /** 1 hoch below this value. */
  highBelow: Scalars['Float']['input'];
  /** 3 niedrig up to this value, 4 sehr niedrig above. */
  lowUpTo: Scalars['Float']['input'];
  /** 2 mittel up to this value. */
  middleUpTo: Scalars['Float']['input'];
};

/**
 * A measured quantity per area, e.g. Kinderarmut (MSS 2021 S4): children under 15 in SGB II
 * households per 100 residents under 15. Values per area and Stichtag are `Observation`s.
 */
export type Indicator = {
  __typename?: 'Indicator';
  /** When it was archived (hidden from lists); null while active. */
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  /** Who archived it. */
  archivedBy: Maybe<Scalars['String']['output']>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created it. */
  createdBy: Maybe<Scalars['String']['output']>;
  /** Decimal places to show (0–6). */
  decimals: Scalars['Int']['output'];
  /** What the numerator is divided by, e.g. residents under 15; null if not a ratio. */
  denominatorDefinition: Maybe<Scalars['String']['output']>;
  /** What the indicator measures, in words a council member understands. */
  description: Scalars['String']['output'];
  /** How values of this indicator are protected for viewers without raw access. */
  disclosure: DisclosureRule;
  /** Internal id (UUID). */
  id: Scalars['ID']['output'];
  /** Fictional example data (name ends with ' (Beispiel)'), not a real indicator. */
  isExample: Scalars['Boolean']['output'];
  /** Stable key used in imports and URLs, e.g. mss2021.s4 (lower case, digits, '.', '_', '-'). */
  key: Scalars['String']['output'];
  /** Licence of the data, e.g. CC BY 3.0 DE / dl-de/by-2-0. */
  licence: Scalars['String']['output'];
  /**
   * The values of this indicator at one Stichtag in the compact form maps need: one entry per
   * observed area, ordered by area code, protected by disclosure control like `observations`.
   * Read with one SQL statement however many areas there are.
   */
  mapValues: Array<MapValue>;
  /** Short name, e.g. Kinderarmut. */
  name: Scalars['String']['output'];
  /** What is counted above the line of a share or rate, e.g. children under 15 in SGB II households; null if not a ratio. */
  numeratorDefinition: Maybe<Scalars['String']['output']>;
  /** Values of this indicator, ordered by area code and date; archived observations are left out. */
  observations: Array<Observation>;
  /** Whether a higher value means more disadvantage, less, or neither. */
  polarity: IndicatorPolarity;
  /** The Stichtage with values of this indicator (archived observations left out), oldest first. */
  referenceDates: Array<Scalars['Date']['output']>;
  /** Who publishes the data, with the data set (for attribution). */
  source: Scalars['String']['output'];
  /** Topic for grouping, e.g. Arbeit, Armut, Bevölkerung, Migration, Wohnen. */
  topic: Scalars['String']['output'];
  /** Unit of the values: % (share, per 100), Prozentpunkte (change of a share), Personen, je 100 Einwohner, … */
  unit: Scalars['String']['output'];
  /** When it was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Who last changed it. */
  updatedBy: Maybe<Scalars['String']['output']>;
};


/**
 * A measured quantity per area, e.g. Kinderarmut (MSS 2021 S4): children under 15 in SGB II
 * households per 100 residents under 15. Values per area and Stichtag are `Observation`s.
 */
export type IndicatorMapValuesArgs = {
  locale?: InputMaybe<Locale>;
  referenceDate: Scalars['Date']['input'];
};


/**
 * A measured quantity per area, e.g. Kinderarmut (MSS 2021 S4): children under 15 in SGB II
 * households per 100 residents under 15. Values per area and Stichtag are `Observation`s.
 */
export type IndicatorObservationsArgs = {
  areaCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  referenceDate?: InputMaybe<Scalars['Date']['input']>;
};

/** A page of indicators. */
export type IndicatorConnection = {
  __typename?: 'IndicatorConnection';
  /** The indicators of this page with their cursors. */
  edges: Array<IndicatorEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** Number of indicators matching the filter (all pages). */
  totalCount: Scalars['Int']['output'];
};

/** An indicator in a page. */
export type IndicatorEdge = {
  __typename?: 'IndicatorEdge';
  /** Pass as `after` to continue after this indicator. */
  cursor: Scalars['String']['output'];
  /** The indicator. */
  node: Indicator;
};

/** Which indicators to list. */
export type IndicatorFilter = {
  /** Include archived indicators (default: false). */
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
  /** Text contained in the key, name or description (case-insensitive). */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only this topic (exact), e.g. Armut. */
  topic?: InputMaybe<Scalars['String']['input']>;
};

/** An indicator definition. Updates replace every field. */
export type IndicatorInput = {
  /** Decimal places to show, 0–6 (default 1). */
  decimals?: InputMaybe<Scalars['Int']['input']>;
  /** What the numerator is divided by, for shares and rates. */
  denominatorDefinition?: InputMaybe<Scalars['String']['input']>;
  /** What the indicator measures, in words a council member understands. */
  description: Scalars['String']['input'];
  /** Disclosure control of the values; omitted: the default rule (min. count 3, min. population 300, no rounding). */
  disclosure?: InputMaybe<DisclosureRuleInput>;
  /** Stable key: lower-case letters, digits, '.', '_', '-', starting with a letter or digit, unique (e.g. mss2021.s4). */
  key: Scalars['String']['input'];
  /** Licence of the data. */
  licence: Scalars['String']['input'];
  /** Short name, e.g. Kinderarmut. */
  name: Scalars['String']['input'];
  /** What is counted above the line, for shares and rates. */
  numeratorDefinition?: InputMaybe<Scalars['String']['input']>;
  /** Whether a higher value means more disadvantage, less, or neither. */
  polarity: IndicatorPolarity;
  /** Who publishes the data, with the data set. */
  source: Scalars['String']['input'];
  /** Topic, e.g. Arbeit, Armut, Bevölkerung, Migration, Wohnen. */
  topic: Scalars['String']['input'];
  /** Unit, e.g. % for shares (then values lie between 0 and 100), Prozentpunkte, Personen. */
  unit: Scalars['String']['input'];
};

/** Whether a higher value of an indicator means more disadvantage, less, or neither. */
export type IndicatorPolarity =
  /** More means less disadvantage, e.g. residents living at the same address for over five years. */
  | 'HIGHER_IS_BETTER'
  /** More means more disadvantage, e.g. unemployment or child poverty (SGB II quota). */
  | 'HIGHER_IS_WORSE'
  /** A description of the population, not a judgement, e.g. residents or share of foreigners. */
  | 'NEUTRAL';

/** Language of texts meant for readers. */
export type Locale =
  /** German (the default). */
  | 'DE'
  /** English. */
  | 'EN';

/** The value of an indicator for one area as a map shows it (see Indicator.mapValues). */
export type MapValue = {
  __typename?: 'MapValue';
  /** Official code of the area. */
  areaCode: Scalars['String']['output'];
  /** Why the value is missing or withheld; null when not known or when a value is shown. */
  reason: Maybe<Scalars['String']['output']>;
  /** Value shown, missing or withheld. */
  state: MapValueState;
  /** The value as the viewer may see it; null unless state is VALUE. */
  value: Maybe<Scalars['Float']['output']>;
};

/** What a map shows for an area. */
export type MapValueState =
  /** No value: missing in the source (`reason` says why when the source does). */
  | 'MISSING'
  /** Withheld: by the source or by disclosure control (`reason` says why). */
  | 'SUPPRESSED'
  /** A value is shown. */
  | 'VALUE';

/** A municipal catalogue of measures (Maßnahmenkatalog): goals, measures and their targets, in versions. */
export type MeasureCatalogue = {
  __typename?: 'MeasureCatalogue';
  /** When the catalogue was archived; null while active. */
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  /** Who archived the catalogue. */
  archivedBy: Maybe<Scalars['String']['output']>;
  /** When the catalogue was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created the catalogue. */
  createdBy: Maybe<Scalars['String']['output']>;
  /** The version in force: the latest adopted one, else the latest draft. */
  currentVersion: Maybe<CatalogueVersion>;
  /** What the catalogue is about, its period and how it came about. */
  description: Maybe<Scalars['String']['output']>;
  /** Internal id (UUID). */
  id: Scalars['ID']['output'];
  /** True for demonstration data (its name ends with (Beispiel)). */
  isExample: Scalars['Boolean']['output'];
  /** Name, e.g. Maßnahmenkatalog Armutsbekämpfung und Beschäftigung 2001–2004. */
  name: Scalars['String']['output'];
  /** When the catalogue was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Who last changed the catalogue. */
  updatedBy: Maybe<Scalars['String']['output']>;
  /** All versions, oldest (number 1) first. */
  versions: Array<CatalogueVersion>;
};

/** A page of measure catalogues. */
export type MeasureCatalogueConnection = {
  __typename?: 'MeasureCatalogueConnection';
  /** The catalogues of this page, ordered by name. */
  edges: Array<MeasureCatalogueEdge>;
  /** Whether more pages follow. */
  pageInfo: PageInfo;
  /** Number of catalogues matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One catalogue in a list, with its cursor. */
export type MeasureCatalogueEdge = {
  __typename?: 'MeasureCatalogueEdge';
  /** Pass as `after` to continue after this catalogue. */
  cursor: Scalars['String']['output'];
  /** The catalogue. */
  node: MeasureCatalogue;
};

/** Which catalogues to list. */
export type MeasureCatalogueFilter = {
  /** Also list archived catalogues (default: false). */
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only catalogues whose name or description contains this text (case-insensitive). */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** A catalogue's own data (its goals live in its versions). */
export type MeasureCatalogueInput = {
  /** What the catalogue is about; empty means none. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Name, 1–300 characters. */
  name: Scalars['String']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Accepts a pending proposal and applies it to the organisation (planners). */
  acceptOrganisationChangeProposal: OrganisationChangeProposal;
  /** Adopts a DRAFT: it becomes ADOPTED and frozen. Adopting an adopted version is a CONFLICT. */
  adoptVersion: CatalogueVersion;
  /** The running API's version (a mutation root needs at least one field of its own). */
  apiVersion: Scalars['String']['output'];
  /** Archives an actual value: it no longer counts for the status. */
  archiveActual: TargetActual;
  /** Archives a conference: hidden from lists, kept with its history. Already archived: CONFLICT. */
  archiveConference: Conference;
  /** Archives an agreement (hidden from lists, kept in the history); archiving twice changes nothing. */
  archiveCooperationAgreement: CooperationAgreement;
  /** Archives a goal (and so hides its subtree); the remaining siblings close the gap. DRAFT versions only. */
  archiveGoal: Goal;
  /** Archives a target; DRAFT versions only. */
  archiveGoalTarget: GoalTarget;
  /** Archives a definition: hidden from lists, no new runs; its runs are kept. */
  archiveIndexDefinition: IndexDefinition;
  /** Archives an indicator: hidden from lists together with its observations, kept for history. */
  archiveIndicator: Indicator;
  /** Archives a catalogue: hidden from lists, kept with all versions. */
  archiveMeasureCatalogue: MeasureCatalogue;
  /** Archives an observation: hidden from lists, kept for history. */
  archiveObservation: Observation;
  /** Archives an offer (hidden from lists, kept in the history); archiving twice changes nothing. */
  archiveOffer: Offer;
  /**
   * Archives an organisation: it disappears from lists but stays in the history. Refused with
   * CONFLICT while it still has offers that are not archived (archive them first, so that no
   * offer points to a hidden organisation). Its sub-organisations stay as they are. Archiving an
   * archived organisation changes nothing.
   */
  archiveOrganisation: Organisation;
  /** Archives a programme: hidden from lists, kept with its history. Already archived: CONFLICT. */
  archiveProgramme: Programme;
  /** Changes the signed-in user's password; other sessions of the user end. */
  changePassword: Scalars['Boolean']['output'];
  /** Records a conference. */
  createConference: Conference;
  /** Records a new cooperation agreement with its partners and projects. */
  createCooperationAgreement: CooperationAgreement;
  /**
   * Creates a new DRAFT with the next number, copying the active goal tree with areas and targets
   * (not the actuals) of `fromVersionId`, or of the current version when it is absent.
   */
  createDraftVersion: CatalogueVersion;
  /** Adds a goal to a DRAFT version; siblings at or after its position move one down. */
  createGoal: Goal;
  /** Adds a target to an operational goal or measure of a DRAFT version. */
  createGoalTarget: GoalTarget;
  /**
   * Creates an index definition (version 1). Unknown indicator keys or area codes and a key in
   * use are field errors.
   */
  createIndexDefinition: IndexDefinition;
  /** Creates an indicator; a key already in use is a field error on `key`. */
  createIndicator: Indicator;
  /** Creates a catalogue together with its version 1 as an empty DRAFT. */
  createMeasureCatalogue: MeasureCatalogue;
  /**
   * Creates one observation. Unknown indicator key or area code, or an existing observation for
   * the same indicator, area and Stichtag, are field errors.
   */
  createObservation: Observation;
  /** Records a new offer with its locations and opening hours; each location gets its Planungsraum. */
  createOffer: Offer;
  /** Records a new organisation with its contacts. */
  createOrganisation: Organisation;
  /** Records a programme. */
  createProgramme: Programme;
  /** Creates an account without password (admin); hand over an invitation link. */
  createUser: User;
  /**
   * Imports offers of one organisation from a CSV or HSDS JSON file: rows with the id of one of
   * its offers update it, rows without id create a DRAFT. All or nothing: with any problem
   * nothing is written. With dryRun the file is only checked.
   */
  importOffers: OfferImportReport;
  /** Issues an invitation link for a user to set their password (admin). */
  issueInvitation: AccountLink;
  /** Issues a password-reset link for a user (admin). */
  issuePasswordReset: AccountLink;
  /**
   * Moves a goal (with its subtree) under another parent and/or to another position (drag to
   * reorder). The parent must be exactly one level up and not inside the goal's own subtree;
   * positions of old and new siblings stay dense (0..n-1). DRAFT versions only.
   */
  moveGoal: Goal;
  /** Proposes new master data for an organisation (providers of that organisation); validated like updateOrganisation. */
  proposeOrganisationChange: OrganisationChangeProposal;
  /**
   * Publishes an offer (planners): it appears in the public directory, and publishing counts as
   * verification. CONFLICT when already published or archived.
   */
  publishOffer: Offer;
  /**
   * Records the actual value of a target at a date, replacing (and un-archiving) the value of
   * that date if there is one. Allowed on adopted versions: actuals are monitoring.
   */
  recordActual: TargetActual;
  /**
   * Records several actual values of one target at once (e.g. a CSV upload): all or nothing —
   * one invalid row and none is written. Returns the recorded values, oldest first.
   */
  recordActuals: Array<TargetActual>;
  /** Sets a password from an invitation or reset link and signs in. */
  redeemAccountLink: User;
  /** Rejects a pending proposal with a reason (planners). */
  rejectOrganisationChangeProposal: OrganisationChangeProposal;
  /** Brings an archived actual value back. */
  restoreActual: TargetActual;
  /** Brings an archived conference back. Not archived: CONFLICT. */
  restoreConference: Conference;
  /** Brings an archived agreement back; restoring one that is not archived changes nothing. */
  restoreCooperationAgreement: CooperationAgreement;
  /** Brings an archived goal back at the end of its siblings; its parent must be active. DRAFT versions only. */
  restoreGoal: Goal;
  /** Brings an archived target back at the end of the goal's targets; DRAFT versions only. */
  restoreGoalTarget: GoalTarget;
  /** Brings an archived definition back. */
  restoreIndexDefinition: IndexDefinition;
  /** Brings an archived indicator back. */
  restoreIndicator: Indicator;
  /** Brings an archived catalogue back. */
  restoreMeasureCatalogue: MeasureCatalogue;
  /** Brings an archived observation back. */
  restoreObservation: Observation;
  /**
   * Brings an archived offer back; refused with CONFLICT while its organisation is archived.
   * Restoring an offer that is not archived changes nothing.
   */
  restoreOffer: Offer;
  /** Brings an archived organisation back; restoring one that is not archived changes nothing. */
  restoreOrganisation: Organisation;
  /** Brings an archived programme back. Not archived: CONFLICT. */
  restoreProgramme: Programme;
  /**
   * Sends a SUBMITTED or PUBLISHED offer back to its organisation (planners) with a comment
   * saying what to change; a published offer leaves the public directory. CONFLICT otherwise.
   */
  returnOffer: Offer;
  /**
   * Computes the index of a definition over the stored indicator values of every area of a level
   * on a Stichtag and stores the run with the result of every area. When no area has values for
   * every indicator (and enough residents), nothing is stored (BAD_USER_INPUT).
   */
  runIndex: IndexRun;
  /**
   * Changes only the status of one recommendation, e.g. when a measure was started. Recorded in
   * the conference's change log as `recommendations.<position>.status`. Unknown id: NOT_FOUND;
   * archived conference: CONFLICT.
   */
  setRecommendationStatus: ConferenceRecommendation;
  /**
   * Signs in with e-mail and password and sets the session cookie. A wrong e-mail and a wrong
   * password get the same UNAUTHENTICATED answer; repeated failures get RATE_LIMITED.
   */
  signIn: User;
  /** Ends the current session and clears the cookie. */
  signOut: Scalars['Boolean']['output'];
  /**
   * Submits a DRAFT or RETURNED offer for review (SUBMITTED) and clears the review comment;
   * CONFLICT in any other state or when archived.
   */
  submitOffer: Offer;
  /**
   * Replaces a conference's data and lists (working groups, findings and recommendations get new
   * ids). An archived conference must be restored first (CONFLICT).
   */
  updateConference: Conference;
  /**
   * Replaces an agreement's fields, partners and projects. An archived agreement cannot be
   * updated (CONFLICT: restore it first).
   */
  updateCooperationAgreement: CooperationAgreement;
  /** Replaces what a goal says (title, description, responsibility, programme, areas, budget); DRAFT versions only. */
  updateGoal: Goal;
  /** Replaces a target's data; DRAFT versions only. */
  updateGoalTarget: GoalTarget;
  /**
   * Replaces every field of a definition and raises its version by 1 (when anything changed);
   * stored runs keep the version they used. Archived definitions must be restored first (CONFLICT).
   */
  updateIndexDefinition: IndexDefinition;
  /** Replaces every field of an indicator; archived indicators must be restored first (CONFLICT). */
  updateIndicator: Indicator;
  /** Replaces a catalogue's name and description; an archived catalogue must be restored first (CONFLICT). */
  updateMeasureCatalogue: MeasureCatalogue;
  /** Replaces every field of an observation; archived observations must be restored first (CONFLICT). */
  updateObservation: Observation;
  /**
   * Replaces an offer's fields, locations and opening hours. An archived offer cannot be
   * updated (CONFLICT: restore it first).
   */
  updateOffer: Offer;
  /**
   * Replaces an organisation's fields and contact list. An archived organisation cannot be
   * updated (CONFLICT: restore it first).
   */
  updateOrganisation: Organisation;
  /** Replaces a programme's data and lists; an archived programme must be restored first (CONFLICT). */
  updateProgramme: Programme;
  /** Changes an account (admin): name, e-mail, role, organisations, disabled. */
  updateUser: User;
  /** Changes a version's label (allowed on adopted versions too: the label is not catalogue content). */
  updateVersion: CatalogueVersion;
  /**
   * Creates or updates many observations by (indicator key, area code, Stichtag), e.g. from an
   * import. Every row is checked first; any problem is a field error numbered by row from 0
   * ("rows.12.areaCode") and nothing is written. Rows equal to the stored ones are left alone.
   */
  upsertObservations: UpsertObservationsResult;
  /**
   * Confirms that an offer's information is correct now: sets lastVerifiedAt/lastVerifiedBy and
   * records a VERIFY entry in the change log. An archived offer cannot be verified (CONFLICT).
   */
  verifyOffer: Offer;
};


export type MutationAcceptOrganisationChangeProposalArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationAdoptVersionArgs = {
  adoptedBy: Scalars['String']['input'];
  adoptedOn: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
};


export type MutationArchiveActualArgs = {
  id: Scalars['ID']['input'];
};


export type MutationArchiveConferenceArgs = {
  id: Scalars['ID']['input'];
};


export type MutationArchiveCooperationAgreementArgs = {
  id: Scalars['ID']['input'];
};


export type MutationArchiveGoalArgs = {
  id: Scalars['ID']['input'];
};


export type MutationArchiveGoalTargetArgs = {
  id: Scalars['ID']['input'];
};


export type MutationArchiveIndexDefinitionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationArchiveIndicatorArgs = {
  id: Scalars['ID']['input'];
};


export type MutationArchiveMeasureCatalogueArgs = {
  id: Scalars['ID']['input'];
};


export type MutationArchiveObservationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationArchiveOfferArgs = {
  id: Scalars['ID']['input'];
};


export type MutationArchiveOrganisationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationArchiveProgrammeArgs = {
  id: Scalars['ID']['input'];
};


export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationCreateConferenceArgs = {
  input: ConferenceInput;
};


export type MutationCreateCooperationAgreementArgs = {
  input: CooperationAgreementInput;
};


export type MutationCreateDraftVersionArgs = {
  catalogueId: Scalars['ID']['input'];
  fromVersionId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationCreateGoalArgs = {
  input: GoalInput;
};


export type MutationCreateGoalTargetArgs = {
  input: GoalTargetInput;
};


export type MutationCreateIndexDefinitionArgs = {
  input: IndexDefinitionInput;
};


export type MutationCreateIndicatorArgs = {
  input: IndicatorInput;
};


export type MutationCreateMeasureCatalogueArgs = {
  input: MeasureCatalogueInput;
};


export type MutationCreateObservationArgs = {
  input: ObservationInput;
};


export type MutationCreateOfferArgs = {
  input: OfferInput;
};


export type MutationCreateOrganisationArgs = {
  input: OrganisationInput;
};


export type MutationCreateProgrammeArgs = {
  input: ProgrammeInput;
};


export type MutationCreateUserArgs = {
  input: UserInput;
};


export type MutationImportOffersArgs = {
  content: Scalars['String']['input'];
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  format: OfferExchangeFormat;
  organisationId: Scalars['ID']['input'];
};


export type MutationIssueInvitationArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationIssuePasswordResetArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationMoveGoalArgs = {
  id: Scalars['ID']['input'];
  parentId?: InputMaybe<Scalars['ID']['input']>;
  position: Scalars['Int']['input'];
};


export type MutationProposeOrganisationChangeArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  input: OrganisationInput;
  organisationId: Scalars['ID']['input'];
};


export type MutationPublishOfferArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRecordActualArgs = {
  date: Scalars['Date']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  targetId: Scalars['ID']['input'];
  value: Scalars['Float']['input'];
};


export type MutationRecordActualsArgs = {
  actuals: Array<TargetActualInput>;
  targetId: Scalars['ID']['input'];
};


export type MutationRedeemAccountLinkArgs = {
  newPassword: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type MutationRejectOrganisationChangeProposalArgs = {
  comment: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


export type MutationRestoreActualArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreConferenceArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreCooperationAgreementArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreGoalArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreGoalTargetArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreIndexDefinitionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreIndicatorArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreMeasureCatalogueArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreObservationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreOfferArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreOrganisationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreProgrammeArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReturnOfferArgs = {
  comment: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


export type MutationRunIndexArgs = {
  definitionId: Scalars['ID']['input'];
  label?: InputMaybe<Scalars['String']['input']>;
  level: AreaLevel;
  referenceDate: Scalars['Date']['input'];
};


export type MutationSetRecommendationStatusArgs = {
  id: Scalars['ID']['input'];
  status: RecommendationStatus;
};


export type MutationSignInArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationSubmitOfferArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateConferenceArgs = {
  id: Scalars['ID']['input'];
  input: ConferenceInput;
};


export type MutationUpdateCooperationAgreementArgs = {
  id: Scalars['ID']['input'];
  input: CooperationAgreementInput;
};


export type MutationUpdateGoalArgs = {
  id: Scalars['ID']['input'];
  input: GoalUpdateInput;
};


export type MutationUpdateGoalTargetArgs = {
  id: Scalars['ID']['input'];
  input: GoalTargetUpdateInput;
};


export type MutationUpdateIndexDefinitionArgs = {
  id: Scalars['ID']['input'];
  input: IndexDefinitionInput;
};


export type MutationUpdateIndicatorArgs = {
  id: Scalars['ID']['input'];
  input: IndicatorInput;
};


export type MutationUpdateMeasureCatalogueArgs = {
  id: Scalars['ID']['input'];
  input: MeasureCatalogueInput;
};


export type MutationUpdateObservationArgs = {
  id: Scalars['ID']['input'];
  input: ObservationInput;
};


export type MutationUpdateOfferArgs = {
  id: Scalars['ID']['input'];
  input: OfferInput;
};


export type MutationUpdateOrganisationArgs = {
  id: Scalars['ID']['input'];
  input: OrganisationInput;
};


export type MutationUpdateProgrammeArgs = {
  id: Scalars['ID']['input'];
  input: ProgrammeInput;
};


export type MutationUpdateUserArgs = {
  id: Scalars['ID']['input'];
  input: UserInput;
};


export type MutationUpdateVersionArgs = {
  id: Scalars['ID']['input'];
  input: CatalogueVersionInput;
};


export type MutationUpsertObservationsArgs = {
  rows: Array<ObservationInput>;
};


export type MutationVerifyOfferArgs = {
  id: Scalars['ID']['input'];
};

/**
 * One value of one indicator for one area at one Stichtag (reference date). A value is either
 * a number or missing with a reason (e.g. 'ungültig (EW unter 300)'), never a made-up number.
 */
export type Observation = {
  __typename?: 'Observation';
  /** When it was archived (hidden from lists); null while active. */
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  /** Who archived it. */
  archivedBy: Maybe<Scalars['String']['output']>;
  /** The area the value belongs to. */
  area: Area;
  /** Not comparable with earlier values (changed definition or boundaries). */
  breakInSeries: Scalars['Boolean']['output'];
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created it. */
  createdBy: Maybe<Scalars['String']['output']>;
  /** The count the numerator is divided by, when known; rounded or withheld like `value` by disclosure control. */
  denominator: Maybe<Scalars['Float']['output']>;
  /**
   * How disclosure control treated `value`, `numerator` and `denominator` for the current
   * viewer: planners and admins get RAW values; the public, council staff and providers get
   * PUBLISHED, ROUNDED or SUPPRESSED (with a reason) values.
   */
  disclosure: ValueDisclosure;
  /** Estimated rather than counted. */
  estimated: Scalars['Boolean']['output'];
  /** When the value was taken from the source. */
  extractedAt: Maybe<Scalars['Date']['output']>;
  /** Internal id (UUID). */
  id: Scalars['ID']['output'];
  /** The indicator measured. */
  indicator: Indicator;
  /**
   * 95 % Wilson interval of a share (unit %) from its numerator and denominator (the rounded ones
   * when rounded); null when suppressed, when counts are missing or for other units.
   */
  interval: Maybe<ShareInterval>;
  /** Why there is no value, e.g. 'ungültig (EW unter 300)'; null when there is a value. */
  missingReason: Maybe<Scalars['String']['output']>;
  /**
   * The count above the line of a share or rate, when known (aggregation uses counts, never
   * averages of shares); rounded or withheld like `value` by disclosure control.
   */
  numerator: Maybe<Scalars['Float']['output']>;
  /** Published as provisional (vorläufig); may still change. */
  provisional: Scalars['Boolean']['output'];
  /** Stichtag the value refers to, e.g. 2020-12-31. */
  referenceDate: Scalars['Date']['output'];
  /** Where this value comes from, if it differs from the indicator's source (e.g. a derived sum). */
  source: Maybe<Scalars['String']['output']>;
  /** Withheld for statistical confidentiality by the source already (small numbers); see `disclosure` for our own control. */
  suppressed: Scalars['Boolean']['output'];
  /** When it was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Who last changed it. */
  updatedBy: Maybe<Scalars['String']['output']>;
  /**
   * The value in the indicator's unit; null when missing (then `missingReason` says why) or when
   * disclosure control withholds it (then `disclosure.status` is SUPPRESSED with a reason).
   * Recomputed from the rounded counts when the indicator's rule rounds counts.
   */
  value: Maybe<Scalars['Float']['output']>;
};

/** A page of observations. */
export type ObservationConnection = {
  __typename?: 'ObservationConnection';
  /** The observations of this page with their cursors. */
  edges: Array<ObservationEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** Number of observations matching the filter (all pages). */
  totalCount: Scalars['Int']['output'];
};

/** An observation in a page. */
export type ObservationEdge = {
  __typename?: 'ObservationEdge';
  /** Pass as `after` to continue after this observation. */
  cursor: Scalars['String']['output'];
  /** The observation. */
  node: Observation;
};

/** Which observations to list. */
export type ObservationFilter = {
  /** Only these areas (official codes). */
  areaCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only Stichtage on or after this date. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Include archived observations and observations of archived indicators (default: false). */
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only these indicators (keys). */
  indicatorKeys?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only areas of this level. */
  level?: InputMaybe<AreaLevel>;
  /** Only this Stichtag. */
  referenceDate?: InputMaybe<Scalars['Date']['input']>;
  /** Only Stichtage on or before this date. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/**
 * One value of one indicator for one area at one Stichtag. Give a value, or leave it null and
 * say why in `missingReason`. For shares (unit %) the value lies between 0 and 100 and the
 * numerator cannot exceed the denominator; counts are never negative and a denominator is above 0.
 */
export type ObservationInput = {
  /** Official code of the area, e.g. 01100101. */
  areaCode: Scalars['String']['input'];
  /** Not comparable with earlier values. Default false. */
  breakInSeries?: InputMaybe<Scalars['Boolean']['input']>;
  /** Count below the line (> 0), when known. */
  denominator?: InputMaybe<Scalars['Float']['input']>;
  /** Estimated rather than counted. Default false. */
  estimated?: InputMaybe<Scalars['Boolean']['input']>;
  /** When the value was taken from the source. */
  extractedAt?: InputMaybe<Scalars['Date']['input']>;
  /** Key of the indicator, e.g. mss2021.s4. */
  indicatorKey: Scalars['String']['input'];
  /** Why there is no value; required when `value` is null, empty otherwise. */
  missingReason?: InputMaybe<Scalars['String']['input']>;
  /** Count above the line of a share or rate (≥ 0), when known. */
  numerator?: InputMaybe<Scalars['Float']['input']>;
  /** Provisional (vorläufig). Default false. */
  provisional?: InputMaybe<Scalars['Boolean']['input']>;
  /** Stichtag the value refers to. */
  referenceDate: Scalars['Date']['input'];
  /** Where the value comes from, if it differs from the indicator's source. */
  source?: InputMaybe<Scalars['String']['input']>;
  /** Withheld for statistical confidentiality. Default false. */
  suppressed?: InputMaybe<Scalars['Boolean']['input']>;
  /** The value in the indicator's unit; null when missing. */
  value?: InputMaybe<Scalars['Float']['input']>;
};

/**
 * A service of an organisation that people can use: counselling, childcare, food bank,
 * language course, youth club, … (Open Referral HSDS 3 "service"), with where and when it takes
 * place.
 */
export type Offer = {
  __typename?: 'Offer';
  /** Municipal social passes accepted for free or reduced use, e.g. berlinpass. */
  acceptedSocialPasses: Array<Scalars['String']['output']>;
  /** Further notes on accessibility. */
  accessibilityNote: Maybe<Scalars['String']['output']>;
  /** Has a wheelchair-accessible toilet; null when not known. */
  accessibleToilet: Maybe<Scalars['Boolean']['output']>;
  /** When it was archived; null while it is in use. */
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  /** Who archived it. */
  archivedBy: Maybe<Scalars['String']['output']>;
  /** Places free now (e.g. Kita places); null when not known or not applicable. */
  capacityAvailable: Maybe<Scalars['Int']['output']>;
  /** Total places; null when not known or not applicable. */
  capacityMax: Maybe<Scalars['Int']['output']>;
  /** Kinds of offer, e.g. Schuldnerberatung, Sprachkurs, Jugendfreizeit. */
  categories: Array<Scalars['String']['output']>;
  /** Whether the offer is free, reduced or charged. */
  cost: OfferCost;
  /** What it costs, e.g. 1 € per visit; given whenever the offer is not free. */
  costDescription: Maybe<Scalars['String']['output']>;
  /** When the offer was recorded. */
  createdAt: Scalars['DateTime']['output'];
  /** Who recorded it. */
  createdBy: Maybe<Scalars['String']['output']>;
  /** What the offer does, for whom, how to get there. */
  description: Scalars['String']['output'];
  /** Straight-line distance in kilometres from the given point to the nearest location; null without locations. */
  distanceKm: Maybe<Scalars['Float']['output']>;
  /** Information and counselling in easy language (Leichte Sprache); null when not known. */
  easyLanguage: Maybe<Scalars['Boolean']['output']>;
  /** Who may use the offer, e.g. Bürgergeld recipients or residents of the district. */
  eligibility: Maybe<Scalars['String']['output']>;
  /** E-mail address for the offer. */
  email: Maybe<Scalars['String']['output']>;
  /** Internal id (UUID). */
  id: Scalars['ID']['output'];
  /** Has an induction loop for hearing aids; null when not known. */
  inductionLoop: Maybe<Scalars['Boolean']['output']>;
  /** Whether this is example data (demo), not real information. */
  isExample: Scalars['Boolean']['output'];
  /** Whether the opening hours include this instant (local time Europe/Berlin); false without opening hours. */
  isOpenAt: Scalars['Boolean']['output'];
  /** Languages the offer is available in, ISO 639-1 codes (de, tr, ar, …). */
  languages: Array<Scalars['String']['output']>;
  /** When somebody last confirmed that the information is correct (verifyOffer). */
  lastVerifiedAt: Maybe<Scalars['DateTime']['output']>;
  /** Who last confirmed the information. */
  lastVerifiedBy: Maybe<Scalars['String']['output']>;
  /** Where the offer takes place, in the order entered. */
  locations: Array<OfferLocation>;
  /** Oldest age in years the offer is meant for; null when open. */
  maxAge: Maybe<Scalars['Int']['output']>;
  /** Youngest age in years the offer is meant for; null when open. */
  minAge: Maybe<Scalars['Int']['output']>;
  /** Name, e.g. Schuldnerberatung im Stadtteilzentrum. */
  name: Scalars['String']['output'];
  /** The organisation that runs the offer. */
  organisation: Organisation;
  /** Phone number for the offer. */
  phone: Maybe<Scalars['String']['output']>;
  /** Where the offer stands in the publication workflow. */
  publication: OfferPublication;
  /** When the offer was last published. */
  publishedAt: Maybe<Scalars['DateTime']['output']>;
  /** Who published it last. */
  publishedBy: Maybe<Scalars['String']['output']>;
  /** A planner's comment when the offer was sent back (RETURNED); null otherwise. */
  reviewComment: Maybe<Scalars['String']['output']>;
  /** Weekly opening hours, by weekday and time. */
  schedules: Array<OfferSchedule>;
  /** Whether the offer can be used now. */
  status: OfferStatus;
  /** Reachable without steps (ramp or lift); null when not known. */
  stepFree: Maybe<Scalars['Boolean']['output']>;
  /** When the offer was last submitted for review. */
  submittedAt: Maybe<Scalars['DateTime']['output']>;
  /** Who the offer is for, e.g. Familien, Senioren, Zugewanderte. */
  targetGroups: Array<Scalars['String']['output']>;
  /** When it was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Who changed it last. */
  updatedBy: Maybe<Scalars['String']['output']>;
  /** Web page of the offer. */
  url: Maybe<Scalars['String']['output']>;
  /** Whether the information should be checked again: never verified, or verified 12 months ago or earlier. */
  verificationDue: Scalars['Boolean']['output'];
};


/**
 * A service of an organisation that people can use: counselling, childcare, food bank,
 * language course, youth club, … (Open Referral HSDS 3 "service"), with where and when it takes
 * place.
 */
export type OfferDistanceKmArgs = {
  from: GeoPointInput;
};


/**
 * A service of an organisation that people can use: counselling, childcare, food bank,
 * language course, youth club, … (Open Referral HSDS 3 "service"), with where and when it takes
 * place.
 */
export type OfferIsOpenAtArgs = {
  at: Scalars['DateTime']['input'];
};

/** One page of offers. */
export type OfferConnection = {
  __typename?: 'OfferConnection';
  /** The offers of this page with their cursors. */
  edges: Array<OfferEdge>;
  /** Where this page is and whether more follow. */
  pageInfo: PageInfo;
  /** Number of offers matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** What an offer costs the people who use it. */
export type OfferCost =
  /** Charged at the regular price. */
  | 'FEE'
  /** Free of charge. */
  | 'FREE'
  /** A reduced fee or small contribution (Kostenbeitrag), e.g. 1 € per visit or with a social pass. */
  | 'REDUCED';

/** An offer in a page, with its cursor. */
export type OfferEdge = {
  __typename?: 'OfferEdge';
  /** Pass as `after` to continue after this offer. */
  cursor: Scalars['String']['output'];
  /** The offer. */
  node: Offer;
};

/** File formats for exchanging an organisation's offers. */
export type OfferExchangeFormat =
  /** CSV, one row per offer (semicolon-separated lists, locations and opening hours in columns). */
  | 'CSV'
  /** Open Referral HSDS 3.0 JSON: an array of services with their locations and schedules. */
  | 'HSDS_JSON';

/** An export of an organisation's offers as a file. */
export type OfferExport = {
  __typename?: 'OfferExport';
  /** The file content. */
  content: Scalars['String']['output'];
  /** Suggested file name, e.g. angebote-awo-mitte.csv. */
  filename: Scalars['String']['output'];
  /** Media type, text/csv or application/json. */
  mediaType: Scalars['String']['output'];
  /** Number of offers in the file. */
  offerCount: Scalars['Int']['output'];
};

/**
 * Which offers to list. All given conditions must hold; a list condition matches any of its
 * values, and an empty list is no condition.
 */
export type OfferFilter = {
  /** Only offers with this accessible-toilet value (unknown ones are left out). */
  accessibleToilet?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only offers whose age range includes this age in years (open bounds fit every age). */
  age?: InputMaybe<Scalars['Int']['input']>;
  /**
   * Only offers with a location in this area or any area below it in the hierarchy (e.g. a
   * Bezirk code finds the offers of all its Planungsräume). An unknown code is a field error.
   */
  areaCode?: InputMaybe<Scalars['String']['input']>;
  /** Only offers in any of these categories (exact labels, e.g. Schuldnerberatung). */
  categories?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only offers with any of these costs. */
  cost?: InputMaybe<Array<OfferCost>>;
  /** Only offers with this easy-language value (unknown ones are left out). */
  easyLanguage?: InputMaybe<Scalars['Boolean']['input']>;
  /** Also list archived offers (default false). */
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only offers with this induction-loop value (unknown ones are left out). */
  inductionLoop?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only offers available in any of these languages (ISO 639-1 codes). */
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only offers with a location within radiusKm of this point; the list is then ordered by distance. */
  near?: InputMaybe<GeoPointInput>;
  /** Only offers whose opening hours include this instant (local time Europe/Berlin). */
  openAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only offers of this organisation. */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  /**
   * Only offers in any of these publication states. Without sign-in only PUBLISHED offers are
   * listed whatever is asked; providers see the other states only for their own organisations.
   */
  publication?: InputMaybe<Array<OfferPublication>>;
  /** Radius for `near` in kilometres, 0.1–50 (default 2). */
  radiusKm?: InputMaybe<Scalars['Float']['input']>;
  /** Only offers whose name or description contains this text (case-insensitive). */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only offers that accept this social pass, e.g. berlinpass. */
  socialPass?: InputMaybe<Scalars['String']['input']>;
  /** Only offers with any of these statuses (default: every status). */
  status?: InputMaybe<Array<OfferStatus>>;
  /** Only offers with this step-free value (true or false; unknown ones are left out). */
  stepFree?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only offers for any of these target groups (exact labels, e.g. Familien). */
  targetGroups?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only offers whose verification is due (true) or not due (false). */
  verificationDue?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A problem found in an import file; nothing is written while there are problems. */
export type OfferImportProblem = {
  __typename?: 'OfferImportProblem';
  /** The field or column, e.g. name or locations[0].latitude; null for the whole row. */
  field: Maybe<Scalars['String']['output']>;
  /** Line (CSV, 1 = header) or position in the array (HSDS, 1 = first service). */
  line: Scalars['Int']['output'];
  /** What is wrong, in plain words. */
  message: Scalars['String']['output'];
};

/** What an import did or, with dryRun, would do. */
export type OfferImportReport = {
  __typename?: 'OfferImportReport';
  /** Whether the changes were written (false for dryRun or when there were problems). */
  applied: Scalars['Boolean']['output'];
  /** Offers created (as DRAFT). */
  created: Scalars['Int']['output'];
  /** Problems; when there are any, nothing was written. */
  problems: Array<OfferImportProblem>;
  /** Offers updated (matched by id; their publication state is kept). */
  updated: Scalars['Int']['output'];
};

/**
 * An offer as created or updated. Updates replace everything: fields left out become empty and
 * the location and schedule lists replace the old ones.
 */
export type OfferInput = {
  /** Social passes accepted, e.g. berlinpass. */
  acceptedSocialPasses?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Further notes on accessibility. */
  accessibilityNote?: InputMaybe<Scalars['String']['input']>;
  /** Wheelchair-accessible toilet; null when not known. */
  accessibleToilet?: InputMaybe<Scalars['Boolean']['input']>;
  /** Places free now, at least 0 and not more than capacityMax. */
  capacityAvailable?: InputMaybe<Scalars['Int']['input']>;
  /** Total places, at least 0. */
  capacityMax?: InputMaybe<Scalars['Int']['input']>;
  /** Kinds of offer, e.g. Schuldnerberatung. */
  categories?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Free, reduced or charged. Required. */
  cost?: InputMaybe<OfferCost>;
  /** What it costs; required when cost is REDUCED or FEE. */
  costDescription?: InputMaybe<Scalars['String']['input']>;
  /** What the offer does. Required. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Easy language (Leichte Sprache); null when not known. */
  easyLanguage?: InputMaybe<Scalars['Boolean']['input']>;
  /** Who may use the offer. */
  eligibility?: InputMaybe<Scalars['String']['input']>;
  /** E-mail address. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Induction loop for hearing aids; null when not known. */
  inductionLoop?: InputMaybe<Scalars['Boolean']['input']>;
  /** Languages, two-letter lower-case ISO 639-1 codes (de, tr, ar, …). */
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Where the offer takes place; replaces the existing list. */
  locations?: InputMaybe<Array<OfferLocationInput>>;
  /** Oldest age in years, 0–120, not below minAge. */
  maxAge?: InputMaybe<Scalars['Int']['input']>;
  /** Youngest age in years, 0–120. */
  minAge?: InputMaybe<Scalars['Int']['input']>;
  /** Name. Required, at most 200 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Id of the organisation that runs the offer. Required; must exist and not be archived. */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  /** Phone number. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Weekly opening hours; replaces the existing list. */
  schedules?: InputMaybe<Array<OfferScheduleInput>>;
  /** Whether the offer can be used now (default ACTIVE). */
  status?: InputMaybe<OfferStatus>;
  /** Reachable without steps; null when not known. */
  stepFree?: InputMaybe<Scalars['Boolean']['input']>;
  /** Who the offer is for, e.g. Familien. */
  targetGroups?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Web page, starting with https:// or http://. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** A place where an offer takes place (HSDS location). */
export type OfferLocation = {
  __typename?: 'OfferLocation';
  /** The Planungsraum the point lies in (found when the offer is saved); null outside every area. */
  area: Maybe<Area>;
  /** City. */
  city: Maybe<Scalars['String']['output']>;
  /** Internal id (UUID); locations are replaced as a whole list on update, so ids change then. */
  id: Scalars['ID']['output'];
  /** WGS84 latitude in degrees. */
  latitude: Scalars['Float']['output'];
  /** WGS84 longitude in degrees. */
  longitude: Scalars['Float']['output'];
  /** Name of the place, e.g. Stadtteilzentrum am Park. */
  name: Maybe<Scalars['String']['output']>;
  /** Postal code. */
  postalCode: Maybe<Scalars['String']['output']>;
  /** Street and house number. */
  street: Maybe<Scalars['String']['output']>;
};

/** A place as entered; the Planungsraum is found from the point. */
export type OfferLocationInput = {
  /** City. */
  city?: InputMaybe<Scalars['String']['input']>;
  /** WGS84 latitude, −90 to 90. Required. */
  latitude?: InputMaybe<Scalars['Float']['input']>;
  /** WGS84 longitude, −180 to 180. Required. */
  longitude?: InputMaybe<Scalars['Float']['input']>;
  /** Name of the place. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** German postal code, five digits. */
  postalCode?: InputMaybe<Scalars['String']['input']>;
  /** Street and house number. */
  street?: InputMaybe<Scalars['String']['input']>;
};

/**
 * Where an offer stands in the publication workflow. Providers draft an offer and submit it;
 * planners publish it or send it back with a comment. Only published offers that are not
 * archived appear in the public directory and the HSDS API.
 */
export type OfferPublication =
  /** Being written; visible only to its organisation's providers and to planners. */
  | 'DRAFT'
  /** Checked and visible to everybody. */
  | 'PUBLISHED'
  /** Sent back by a planner with a comment (reviewComment); the provider edits and submits again. */
  | 'RETURNED'
  /** Submitted for review; waiting for a planner. */
  | 'SUBMITTED';

/** Opening hours of an offer on one weekday (HSDS schedule). */
export type OfferSchedule = {
  __typename?: 'OfferSchedule';
  /** Closing time, HH:MM local time (24:00 = midnight). */
  closesAt: Scalars['String']['output'];
  /** Internal id (UUID); schedules are replaced as a whole list on update, so ids change then. */
  id: Scalars['ID']['output'];
  /** Note, e.g. only with appointment, not in school holidays. */
  note: Maybe<Scalars['String']['output']>;
  /** Opening time, HH:MM local time. */
  opensAt: Scalars['String']['output'];
  /** First day these hours apply; null when always. */
  validFrom: Maybe<Scalars['Date']['output']>;
  /** Last day these hours apply; null when open-ended. */
  validUntil: Maybe<Scalars['Date']['output']>;
  /** Day of the week, 1 = Monday … 7 = Sunday (ISO 8601). */
  weekday: Scalars['Int']['output'];
};

/** Opening hours on one weekday as entered. */
export type OfferScheduleInput = {
  /** Closing time HH:MM, later than opensAt (24:00 = midnight). Required. */
  closesAt?: InputMaybe<Scalars['String']['input']>;
  /** Note, e.g. only with appointment. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Opening time HH:MM. Required. */
  opensAt?: InputMaybe<Scalars['String']['input']>;
  /** First day these hours apply. */
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Last day these hours apply; not before validFrom. */
  validUntil?: InputMaybe<Scalars['Date']['input']>;
  /** Day of the week, 1 = Monday … 7 = Sunday. Required. */
  weekday?: InputMaybe<Scalars['Int']['input']>;
};

/** Whether an offer can be used now. */
export type OfferStatus =
  /** Running. */
  | 'ACTIVE'
  /** No longer offered; kept so that past supply stays visible. */
  | 'ENDED'
  /** Paused for a while (e.g. staff shortage, renovation, summer break). */
  | 'TEMPORARILY_CLOSED';

/**
 * A partner in social planning: Jobcenter, freier Träger, Verband, Kammer, Hochschule,
 * Krankenkasse, Jugendamt, … Organisations run offers and sign cooperation agreements.
 * Verbände have their Kreisverbände as children.
 */
export type Organisation = {
  __typename?: 'Organisation';
  /** Postal address as one text. */
  address: Maybe<Scalars['String']['output']>;
  /** When it was archived; null while it is in use. */
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  /** Who archived it. */
  archivedBy: Maybe<Scalars['String']['output']>;
  /** Organisations directly below this one (e.g. the Kreisverbände of a Verband), by name; archived ones left out. */
  children: Array<Organisation>;
  /** Contact persons in the order they were entered. */
  contacts: Array<OrganisationContact>;
  /** Cooperation agreements this organisation is a partner of, by title; archived ones left out. */
  cooperationAgreements: Array<CooperationAgreement>;
  /** When the organisation was recorded. */
  createdAt: Scalars['DateTime']['output'];
  /** Who recorded it. */
  createdBy: Maybe<Scalars['String']['output']>;
  /** What the organisation does, in a few sentences. */
  description: Maybe<Scalars['String']['output']>;
  /** General e-mail address. */
  email: Maybe<Scalars['String']['output']>;
  /** Internal id (UUID). */
  id: Scalars['ID']['output'];
  /** Whether this is example data (demo), not real information. */
  isExample: Scalars['Boolean']['output'];
  /** Name, e.g. Tafel Kiez e. V. */
  name: Scalars['String']['output'];
  /** Offers of this organisation by name; archived ones left out. */
  offers: Array<Offer>;
  /** The umbrella organisation (e.g. the Verband of a Kreisverband); null at the top. */
  parent: Maybe<Organisation>;
  /** General phone number. */
  phone: Maybe<Scalars['String']['output']>;
  /** What kind of organisation it is. */
  type: OrganisationType;
  /** When it was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Who changed it last. */
  updatedBy: Maybe<Scalars['String']['output']>;
  /** Web site (http or https). */
  website: Maybe<Scalars['String']['output']>;
};


/**
 * A partner in social planning: Jobcenter, freier Träger, Verband, Kammer, Hochschule,
 * Krankenkasse, Jugendamt, … Organisations run offers and sign cooperation agreements.
 * Verbände have their Kreisverbände as children.
 */
export type OrganisationOffersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * A change of an organisation's master data (name, contacts, address, …) proposed by one of
 * its providers. Providers may propose but not publish: a planner accepts (and so applies) or
 * rejects it.
 */
export type OrganisationChangeProposal = {
  __typename?: 'OrganisationChangeProposal';
  /** The provider's note for the planner. */
  comment: Maybe<Scalars['String']['output']>;
  /** When it was decided. */
  decidedAt: Maybe<Scalars['DateTime']['output']>;
  /** Who decided (user id). */
  decidedBy: Maybe<Scalars['String']['output']>;
  /** The planner's reason for the decision. */
  decisionComment: Maybe<Scalars['String']['output']>;
  /** Internal id. */
  id: Scalars['ID']['output'];
  /** The organisation the change is for. */
  organisation: Organisation;
  /** The proposed master data, as an OrganisationInput (JSON). */
  proposed: Scalars['JSON']['output'];
  /** When it was proposed. */
  proposedAt: Scalars['DateTime']['output'];
  /** Who proposed it (user id). */
  proposedBy: Scalars['String']['output'];
  /** Where the proposal stands. */
  status: ProposalStatus;
};

/** Which proposals to list. */
export type OrganisationChangeProposalFilter = {
  /** Only proposals for this organisation. */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  /** Only proposals in this state. */
  status?: InputMaybe<ProposalStatus>;
};

/** One page of organisations. */
export type OrganisationConnection = {
  __typename?: 'OrganisationConnection';
  /** The organisations of this page with their cursors. */
  edges: Array<OrganisationEdge>;
  /** Where this page is and whether more follow. */
  pageInfo: PageInfo;
  /** Number of organisations matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A contact person of an organisation. */
export type OrganisationContact = {
  __typename?: 'OrganisationContact';
  /** E-mail address. */
  email: Maybe<Scalars['String']['output']>;
  /** Internal id (UUID); contacts are replaced as a whole list on update, so ids change then. */
  id: Scalars['ID']['output'];
  /** Full name. */
  name: Scalars['String']['output'];
  /** Phone number. */
  phone: Maybe<Scalars['String']['output']>;
  /** Function, e.g. Koordination Stadtteilarbeit. */
  role: Maybe<Scalars['String']['output']>;
};

/** A contact person as entered. */
export type OrganisationContactInput = {
  /** E-mail address, e.g. name@example.org. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Full name. Required. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Phone number (digits, spaces and + ( ) / -). */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Function, e.g. Koordination Stadtteilarbeit. */
  role?: InputMaybe<Scalars['String']['input']>;
};

/** An organisation in a page, with its cursor. */
export type OrganisationEdge = {
  __typename?: 'OrganisationEdge';
  /** Pass as `after` to continue after this organisation. */
  cursor: Scalars['String']['output'];
  /** The organisation. */
  node: Organisation;
};

/** Which organisations to list. All conditions must hold. */
export type OrganisationFilter = {
  /** Also list archived organisations (default false). */
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only the direct children of this organisation (e.g. the Kreisverbände of a Verband). */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** Only organisations whose name contains this text (case-insensitive). */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only organisations of any of these types (an empty list is no condition). */
  type?: InputMaybe<Array<OrganisationType>>;
};

/**
 * An organisation as created or updated. Updates replace everything: fields left out become
 * empty and the contact list replaces the old one.
 */
export type OrganisationInput = {
  /** Postal address as one text. */
  address?: InputMaybe<Scalars['String']['input']>;
  /** Contact persons in order; replaces the existing list. */
  contacts?: InputMaybe<Array<OrganisationContactInput>>;
  /** What the organisation does. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** General e-mail address. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Name. Required, at most 200 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Id of the umbrella organisation; must exist and must not be the organisation itself or one below it. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** General phone number. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Kind of organisation. Required. */
  type?: InputMaybe<OrganisationType>;
  /** Web site, starting with https:// or http://. */
  website?: InputMaybe<Scalars['String']['input']>;
};

/** What kind of organisation a partner in social planning is. */
export type OrganisationType =
  /** Freier Träger: a non-statutory provider of social services (e. V., gGmbH, …). */
  | 'FREIER_TRAEGER'
  /** Religious community, e.g. a Kirchengemeinde or Moscheeverein. */
  | 'GLAUBENSGEMEINSCHAFT'
  /** University or college, e.g. a Hochschule für Soziale Arbeit. */
  | 'HOCHSCHULE'
  /** Civic initiative without a formal provider status. */
  | 'INITIATIVE'
  /** Jobcenter (SGB II): basic income support and labour-market integration. */
  | 'JOBCENTER'
  /** Youth welfare office (Jugendamt). */
  | 'JUGENDAMT'
  /** Chamber, e.g. Handwerkskammer or Industrie- und Handelskammer. */
  | 'KAMMER'
  /** Health insurance fund (Krankenkasse). */
  | 'KRANKENKASSE'
  /** Self-help group (Selbsthilfegruppe). */
  | 'SELBSTHILFEGRUPPE'
  /** Wohlfahrtsverband or other umbrella association; its Kreisverbände are its children. */
  | 'VERBAND'
  /** Public administration, e.g. a Bezirksamt department. */
  | 'VERWALTUNG'
  /** Housing company (Wohnungsbaugesellschaft or -genossenschaft). */
  | 'WOHNUNGSGESELLSCHAFT';

/** Relay page information for forward pagination (`first`/`after`). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge: pass it as `after` to get the next page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Whether another page follows this one. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether this page started after a cursor. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first edge of this page. */
  startCursor: Maybe<Scalars['String']['output']>;
};

/**
 * A funding programme or project that city, Jobcenter and partners run in funding areas (BIWAQ,
 * § 16i SGB II, Sozialer Zusammenhalt, …), with its budget per year and source, places and results.
 */
export type Programme = {
  __typename?: 'Programme';
  /** When it was archived; null while active. */
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  /** Who archived it. */
  archivedBy: Maybe<Scalars['String']['output']>;
  /** Funding areas (Fördergebiete), ordered by code. */
  areas: Array<Area>;
  /** Budget per year in euro, ordered by year. */
  budgetByYear: Array<ProgrammeBudgetYear>;
  /** Budget lines, ordered by year, source type and source name. */
  budgetLines: Array<ProgrammeBudgetLine>;
  /** When the programme was recorded. */
  createdAt: Scalars['DateTime']['output'];
  /** Who recorded it. */
  createdBy: Maybe<Scalars['String']['output']>;
  /** What the programme does and for whom. */
  description: Maybe<Scalars['String']['output']>;
  /** Last day of the funding period; null when open. */
  endDate: Maybe<Scalars['Date']['output']>;
  /** Kind of programme. */
  family: ProgrammeFamily;
  /**
   * Each budget line's share of its year's budget, ordered by year, source type and name.
   * Added up in this order, the shares of one year are exactly 1.
   */
  fundingShares: Array<ProgrammeFundingShare>;
  /** Internal id (UUID). */
  id: Scalars['ID']['output'];
  /** Whether this is example data (its name ends with (Beispiel)). */
  isExample: Scalars['Boolean']['output'];
  /** The organisation in charge (Träger or Jobcenter); null when not recorded. */
  leadOrganisation: Maybe<Organisation>;
  /** Legal basis, e.g. § 16i SGB II or a Förderrichtlinie. */
  legalBasis: Maybe<Scalars['String']['output']>;
  /** Name of the programme or project. */
  name: Scalars['String']['output'];
  /** placesFilled / placesPlanned (0.8 = 80 %; above 1 when over-filled); null without planned places. */
  occupancyRate: Maybe<Scalars['Float']['output']>;
  /** People who took part so far (entries, counted once). */
  participants: Maybe<Scalars['Int']['output']>;
  /** Partner organisations with their role, ordered by organisation name. */
  partners: Array<ProgrammePartner>;
  /** Places currently filled. May exceed placesPlanned: over-filling happens and is recorded. */
  placesFilled: Maybe<Scalars['Int']['output']>;
  /** Places (Plätze) planned; null when the programme has no places. */
  placesPlanned: Maybe<Scalars['Int']['output']>;
  /** Reported outputs and outcomes, in the order entered. */
  results: Array<ProgrammeResult>;
  /** Funding round, e.g. 2. Förderrunde 2022–2026. */
  round: Maybe<Scalars['String']['output']>;
  /** First day of the funding period; null when open. */
  startDate: Maybe<Scalars['Date']['output']>;
  /** Target groups in words, e.g. Langzeitarbeitslose, junge Menschen unter 27. */
  targetGroups: Array<Scalars['String']['output']>;
  /** Sum of all budget lines, in euro. */
  totalBudget: Scalars['Float']['output'];
  /** When it was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Who changed it last. */
  updatedBy: Maybe<Scalars['String']['output']>;
};

/** Budget of a programme for one year from one funding source. */
export type ProgrammeBudgetLine = {
  __typename?: 'ProgrammeBudgetLine';
  /** Amount in euro. */
  amount: Scalars['Float']['output'];
  /** Internal id (UUID). */
  id: Scalars['ID']['output'];
  /** Name of the source, e.g. ESF Plus, BMWSB, Land Berlin. */
  sourceName: Scalars['String']['output'];
  /** Kind of source. */
  sourceType: FundingSourceType;
  /** Budget year. */
  year: Scalars['Int']['output'];
};

/** A budget line to store. */
export type ProgrammeBudgetLineInput = {
  /** Amount in euro, at least 0, in whole cents. */
  amount: Scalars['Float']['input'];
  /** Name of the source, e.g. ESF Plus. One line per year, source type and name. */
  sourceName: Scalars['String']['input'];
  /** Kind of source. */
  sourceType: FundingSourceType;
  /** Budget year, within the programme's period when it has one. */
  year: Scalars['Int']['input'];
};

/** A programme's budget in one year. */
export type ProgrammeBudgetYear = {
  __typename?: 'ProgrammeBudgetYear';
  /** Sum of that year's budget lines, in euro. */
  total: Scalars['Float']['output'];
  /** Budget year. */
  year: Scalars['Int']['output'];
};

/** A page of programmes. */
export type ProgrammeConnection = {
  __typename?: 'ProgrammeConnection';
  /** The programmes of this page. */
  edges: Array<ProgrammeEdge>;
  /** Where this page lies. */
  pageInfo: PageInfo;
  /** Number of programmes matching the filter, on all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One programme in a page. */
export type ProgrammeEdge = {
  __typename?: 'ProgrammeEdge';
  /** Pass as `after` to continue after this programme. */
  cursor: Scalars['String']['output'];
  /** The programme. */
  node: Programme;
};

/** Kind of funding programme; decides which rules and reports apply. */
export type ProgrammeFamily =
  /** BIWAQ – Bildung, Wirtschaft, Arbeit im Quartier (ESF Plus and Bund, in Sozialer-Zusammenhalt areas). */
  | 'BIWAQ'
  /** Other projects funded by the European Social Fund Plus. */
  | 'ESF_PLUS'
  /** A programme funded by the municipality or district itself. */
  | 'KOMMUNAL'
  /** A programme of the Land (state), e.g. a Berlin labour-market programme. */
  | 'LANDESPROGRAMM'
  /** Eingliederung von Langzeitarbeitslosen, § 16e SGB II: wage subsidy for two years. */
  | 'SGB2_16E'
  /** Teilhabe am Arbeitsmarkt, § 16i SGB II: subsidised employment for very long-term unemployed people. */
  | 'SGB2_16I'
  /** Anything else, e.g. Arbeitsgelegenheiten (§ 16d SGB II) or foundation-funded projects. */
  | 'SONSTIGES'
  /** Städtebauförderung Sozialer Zusammenhalt (formerly Soziale Stadt): quarter management and projects. */
  | 'SOZIALER_ZUSAMMENHALT';

/** Which programmes to list; all conditions must hold. */
export type ProgrammeFilter = {
  /** Only programmes running on this day: start on or before it and end on or after it (open ends count). */
  activeOn?: InputMaybe<Scalars['Date']['input']>;
  /**
   * Only programmes with a funding area related to the area with this code: the area itself,
   * an area containing it (a Berlin-wide programme counts for every Planungsraum) or an area
   * inside it (a Planungsraum's programme counts for its Bezirk). Unknown code: NOT_FOUND.
   */
  areaCode?: InputMaybe<Scalars['String']['input']>;
  /** Only this kind of programme. */
  family?: InputMaybe<ProgrammeFamily>;
  /** Also list archived programmes. */
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only programmes this organisation leads or is a partner of. Unknown id: NOT_FOUND. */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  /** Words in the name, description, legal basis or funding round (case-insensitive). */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** One budget line with its share of the year's budget. */
export type ProgrammeFundingShare = {
  __typename?: 'ProgrammeFundingShare';
  /** Amount in euro. */
  amount: Scalars['Float']['output'];
  /** Part of the year's budget, 0–1 (0.6 = 60 %); null when the year's budget is 0 €. */
  share: Maybe<Scalars['Float']['output']>;
  /** Name of the source. */
  sourceName: Scalars['String']['output'];
  /** Kind of source. */
  sourceType: FundingSourceType;
  /** Budget year. */
  year: Scalars['Int']['output'];
};

/**
 * A programme to create, or the complete new state of one to update. Lists replace the stored
 * ones as a whole; an omitted list means none.
 */
export type ProgrammeInput = {
  /** Official codes of the funding areas, e.g. 08300934, each once. */
  areaCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Budget per year and source. */
  budgetLines?: InputMaybe<Array<ProgrammeBudgetLineInput>>;
  /** What the programme does and for whom. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Last day of the funding period; not before startDate. */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** Kind of programme. */
  family: ProgrammeFamily;
  /** Id of the organisation in charge. */
  leadOrganisationId?: InputMaybe<Scalars['ID']['input']>;
  /** Legal basis, e.g. § 16i SGB II. */
  legalBasis?: InputMaybe<Scalars['String']['input']>;
  /** Name; example data ends with (Beispiel). */
  name: Scalars['String']['input'];
  /** People who took part so far. */
  participants?: InputMaybe<Scalars['Int']['input']>;
  /** Partner organisations. */
  partners?: InputMaybe<Array<ProgrammePartnerInput>>;
  /** Places filled (0 or more); may exceed placesPlanned. */
  placesFilled?: InputMaybe<Scalars['Int']['input']>;
  /** Places planned (0 or more). */
  placesPlanned?: InputMaybe<Scalars['Int']['input']>;
  /** Reported outputs and outcomes, in this order. */
  results?: InputMaybe<Array<ProgrammeResultInput>>;
  /** Funding round. */
  round?: InputMaybe<Scalars['String']['input']>;
  /** First day of the funding period. */
  startDate?: InputMaybe<Scalars['Date']['input']>;
  /** Target groups in words, each once. */
  targetGroups?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A partner organisation of a programme. */
export type ProgrammePartner = {
  __typename?: 'ProgrammePartner';
  /** The partner. */
  organisation: Organisation;
  /** Its role, e.g. Kooperationspartner, Träger Teilprojekt 2. */
  role: Maybe<Scalars['String']['output']>;
};

/** A partner to store. */
export type ProgrammePartnerInput = {
  /** Id of the partner organisation (each organisation once). */
  organisationId: Scalars['ID']['input'];
  /** Its role, e.g. Kooperationspartner. */
  role?: InputMaybe<Scalars['String']['input']>;
};

/** A reported result of a programme. */
export type ProgrammeResult = {
  __typename?: 'ProgrammeResult';
  /** Reference date of the value. */
  asOf: Maybe<Scalars['Date']['output']>;
  /** Internal id (UUID). */
  id: Scalars['ID']['output'];
  /** Output (what was done) or outcome (what changed). */
  kind: ProgrammeResultKind;
  /** What is counted, e.g. Ausbildungsverträge abgeschlossen. */
  label: Scalars['String']['output'];
  /** Unit, e.g. Personen, %, Plätze. */
  unit: Maybe<Scalars['String']['output']>;
  /** The value. */
  value: Scalars['Float']['output'];
};

/** A result to store. */
export type ProgrammeResultInput = {
  /** Reference date of the value. */
  asOf?: InputMaybe<Scalars['Date']['input']>;
  /** Output or outcome. */
  kind: ProgrammeResultKind;
  /** What is counted. */
  label: Scalars['String']['input'];
  /** Unit, e.g. Personen, %. */
  unit?: InputMaybe<Scalars['String']['input']>;
  /** The value. */
  value: Scalars['Float']['input'];
};

/** Whether a reported result counts what was done or what changed. */
export type ProgrammeResultKind =
  /** What changed for people, e.g. 38 % in regular work six months after leaving. */
  | 'OUTCOME'
  /** What was delivered, e.g. 102 apprenticeships started, 580 counselling sessions. */
  | 'OUTPUT';

/** Where a proposed change of an organisation's master data stands. */
export type ProposalStatus =
  /** Accepted by a planner and applied to the organisation. */
  | 'ACCEPTED'
  /** Waiting for a planner. */
  | 'PENDING'
  /** Rejected by a planner (see the decision comment). */
  | 'REJECTED';

export type Query = {
  __typename?: 'Query';
  /**
   * Values of one indicator for every area of a level (or the listed ones), computed from the
   * counts of their smallest parts. Unknown indicator keys or area codes, archived indicators and
   * areas of another level are field errors.
   */
  aggregatedValues: Array<AggregatedValue>;
  /** The running API's version; also tells a client that the API answers. */
  apiVersion: Scalars['String']['output'];
  /** One area by its official code; an unknown code is a NOT_FOUND error. */
  area: Area;
  /**
   * The area of a level (default PLANUNGSRAUM) that contains a WGS84 point; null when the
   * point lies outside every area of that level.
   */
  areaAt: Maybe<Area>;
  /** The levels that have areas, from the city down, with their number of areas. */
  areaLevels: Array<AreaLevelCount>;
  /**
   * Areas ordered by code, optionally only one level and/or only the direct children of one
   * area (parentCode). An unknown parentCode is a NOT_FOUND error.
   */
  areas: Array<Area>;
  /** One catalogue version; an unknown id is a NOT_FOUND error. */
  catalogueVersion: CatalogueVersion;
  /** The change history of one entity, newest first. */
  changeLog: Array<ChangeLogEntry>;
  /** All recorded changes, newest first (planners and admins). */
  changes: ChangeLogConnection;
  /** One conference, archived or not; an unknown id is NOT_FOUND. */
  conference: Conference;
  /** Conferences, newest first, archived ones only on request. */
  conferences: ConferenceConnection;
  /** One cooperation agreement by id (archived ones too); an unknown id is a NOT_FOUND error. */
  cooperationAgreement: CooperationAgreement;
  /** Cooperation agreements ordered by title, without archived ones unless the filter asks for them. */
  cooperationAgreements: CooperationAgreementConnection;
  /** The suggested finding categories, in a sensible order for forms. */
  findingCategories: Array<FindingCategory>;
  /**
   * Needs versus offers per area (planners): supply of published offers reachable from each area
   * relative to its target population, set against need, with a ranked list of gaps. With
   * hypotheticalOffers the result shows a scenario; nothing is saved.
   */
  gapAnalysis: GapAnalysis;
  /** One goal; an unknown id is a NOT_FOUND error. */
  goal: Goal;
  /** One target; an unknown id is a NOT_FOUND error. */
  goalTarget: GoalTarget;
  /** Goals across the tree, e.g. all measures in one area; archived ones only with includeArchived. */
  goals: GoalConnection;
  /**
   * The attention list: areas whose status or dynamics class differs between two runs of the same
   * area level, ordered by area code. Unknown run ids are NOT_FOUND errors.
   */
  indexClassChanges: Array<IndexClassChange>;
  /** One index definition by id; an unknown id is a NOT_FOUND error. */
  indexDefinition: IndexDefinition;
  /** One index definition by its key, e.g. mss-2021; an unknown key is a NOT_FOUND error naming the known keys. */
  indexDefinitionByKey: IndexDefinition;
  /** Index definitions ordered by key; archived ones only with `filter.includeArchived`. */
  indexDefinitions: IndexDefinitionConnection;
  /** One index run by id; an unknown id is a NOT_FOUND error. */
  indexRun: IndexRun;
  /** Stored index runs, newest first (by Stichtag, then by time of computation). */
  indexRuns: IndexRunConnection;
  /** One indicator by id; an unknown id is a NOT_FOUND error. */
  indicator: Indicator;
  /** One indicator by its key, e.g. mss2021.s4; an unknown key is a NOT_FOUND error. */
  indicatorByKey: Indicator;
  /** Indicators ordered by key; archived ones only with `filter.includeArchived`. */
  indicators: IndicatorConnection;
  /** The signed-in user; null when not signed in. */
  me: Maybe<User>;
  /** One catalogue; an unknown id is a NOT_FOUND error. */
  measureCatalogue: MeasureCatalogue;
  /** Measure catalogues ordered by name; archived ones only with includeArchived. */
  measureCatalogues: MeasureCatalogueConnection;
  /** One observation by id; an unknown id is a NOT_FOUND error. */
  observation: Observation;
  /**
   * Observations ordered by indicator key, area code and Stichtag. Archived observations and
   * those of archived indicators only with `filter.includeArchived`.
   */
  observations: ObservationConnection;
  /** One offer by id (archived ones too); an unknown id is a NOT_FOUND error. */
  offer: Offer;
  /** An organisation's offers (not archived, every publication state) as a CSV or HSDS JSON file. */
  offerExport: OfferExport;
  /** Offers ordered by name, without archived ones unless the filter asks for them. */
  offers: OfferConnection;
  /** One organisation by id (archived ones too); an unknown id is a NOT_FOUND error. */
  organisation: Organisation;
  /** Proposed changes of organisations' master data, newest first (planners; providers for their own organisations). */
  organisationChangeProposals: Array<OrganisationChangeProposal>;
  /** Organisations ordered by name, without archived ones unless the filter asks for them. */
  organisations: OrganisationConnection;
  /** One programme, archived or not; an unknown id is NOT_FOUND. */
  programme: Programme;
  /** Programmes ordered by name, archived ones only on request. */
  programmes: ProgrammeConnection;
  /**
   * The k areas of the same level most similar to an area: Euclidean distance of the values of
   * the chosen indicators at one Stichtag, each standardised (z-values: mean and population
   * standard deviation over the compared areas) so that indicators in different units weigh
   * alike. Computed from the raw values for every viewer: a distance over standardised values
   * reveals no single value, and no value is returned. Unknown area code or indicator key,
   * archived indicators, an area without values, or k outside 1–50 are field errors.
   */
  similarAreas: SimilarAreasResult;
  /** One account (admin). */
  user: User;
  /** All accounts, ordered by e-mail (admin). */
  users: Array<User>;
};


export type QueryAggregatedValuesArgs = {
  areaCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  indicatorKey: Scalars['String']['input'];
  level: AreaLevel;
  referenceDate: Scalars['Date']['input'];
};


export type QueryAreaArgs = {
  code: Scalars['String']['input'];
};


export type QueryAreaAtArgs = {
  latitude: Scalars['Float']['input'];
  level?: InputMaybe<AreaLevel>;
  longitude: Scalars['Float']['input'];
};


export type QueryAreasArgs = {
  level?: InputMaybe<AreaLevel>;
  parentCode?: InputMaybe<Scalars['String']['input']>;
};


export type QueryCatalogueVersionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryChangeLogArgs = {
  entity: Scalars['String']['input'];
  entityId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ChangeLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryConferenceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryConferencesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ConferenceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCooperationAgreementArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCooperationAgreementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CooperationAgreementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryGapAnalysisArgs = {
  input: GapAnalysisInput;
};


export type QueryGoalArgs = {
  id: Scalars['ID']['input'];
};


export type QueryGoalTargetArgs = {
  id: Scalars['ID']['input'];
};


export type QueryGoalsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<GoalFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryIndexClassChangesArgs = {
  fromRunId: Scalars['ID']['input'];
  toRunId: Scalars['ID']['input'];
};


export type QueryIndexDefinitionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryIndexDefinitionByKeyArgs = {
  key: Scalars['String']['input'];
};


export type QueryIndexDefinitionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<IndexDefinitionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryIndexRunArgs = {
  id: Scalars['ID']['input'];
};


export type QueryIndexRunsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<IndexRunFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryIndicatorArgs = {
  id: Scalars['ID']['input'];
};


export type QueryIndicatorByKeyArgs = {
  key: Scalars['String']['input'];
};


export type QueryIndicatorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<IndicatorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMeasureCatalogueArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMeasureCataloguesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MeasureCatalogueFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryObservationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryObservationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ObservationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOfferArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOfferExportArgs = {
  format: OfferExchangeFormat;
  organisationId: Scalars['ID']['input'];
};


export type QueryOffersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OfferFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOrganisationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrganisationChangeProposalsArgs = {
  filter?: InputMaybe<OrganisationChangeProposalFilter>;
};


export type QueryOrganisationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrganisationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryProgrammeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProgrammesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProgrammeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySimilarAreasArgs = {
  areaCode: Scalars['String']['input'];
  indicatorKeys: Array<Scalars['String']['input']>;
  k?: InputMaybe<Scalars['Int']['input']>;
  referenceDate: Scalars['Date']['input'];
};


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};

/** How far a recommendation has been taken up. */
export type RecommendationStatus =
  /** Done. */
  | 'IMPLEMENTED'
  /** Being worked on, e.g. a measure was started. */
  | 'IN_PROGRESS'
  /** Not taken up yet. */
  | 'OPEN'
  /** Decided against (the reason belongs in the next conference or report). */
  | 'REJECTED';

/** IOOI level of a target: what the measured value says about the measure. */
export type ResultLevel =
  /** Effects on the area or the city (lower unemployment quota). */
  | 'IMPACT'
  /** Resources put in (money, staff hours, places). */
  | 'INPUT'
  /** Effects on the people reached (took up work, debts settled). */
  | 'OUTCOME'
  /** Services delivered (counselling sessions, reintegration trajectories). */
  | 'OUTPUT';

/** What a signed-in person may do. Not signed in is the public role: offers and published, protected indicators only. */
export type Role =
  /** Administration: users, roles, organisation membership, settings. */
  | 'ADMIN'
  /** Sozialplanung: all domain data, imports, index definitions, measure catalogues, raw values. */
  | 'PLANNER'
  /** Staff of a freier Träger: manages the offers of their own organisation(s). */
  | 'PROVIDER'
  /** Council staff and Ratsmitglieder: everything published, protected values. */
  | 'VIEWER';

/**
 * A 95 % confidence interval (Wilson score) of a share, in the indicator's unit (per 100). It
 * shows how much a share of a small area may owe to chance.
 */
export type ShareInterval = {
  __typename?: 'ShareInterval';
  /** Confidence level: 0.95. */
  level: Scalars['Float']['output'];
  /** Lower end, per 100. */
  lower: Scalars['Float']['output'];
  /** Upper end, per 100. */
  upper: Scalars['Float']['output'];
};

/** One area similar to the area asked about. */
export type SimilarArea = {
  __typename?: 'SimilarArea';
  /** The similar area (of the same level). */
  area: Area;
  /**
   * Euclidean distance of the z-standardised values over the chosen indicators, in standard
   * deviations: 0 means identical values.
   */
  distance: Scalars['Float']['output'];
  /** 1 for the most similar area, then 2, 3, … */
  rank: Scalars['Int']['output'];
};

/** The areas most similar to one area. */
export type SimilarAreasResult = {
  __typename?: 'SimilarAreasResult';
  /** The area asked about. */
  area: Area;
  /** The most similar areas of the same level, nearest first (ties by code). */
  areas: Array<SimilarArea>;
  /** Areas of the level compared (with a value for every chosen indicator), the area asked about included. */
  comparedCount: Scalars['Int']['output'];
  /** The indicators compared, in the order asked. */
  indicators: Array<Indicator>;
  /** The Stichtag of the values. */
  referenceDate: Scalars['Date']['output'];
  /** Areas of the level left out because they lack a value for at least one chosen indicator. */
  skippedCount: Scalars['Int']['output'];
};

/** Why disclosure control withheld a value. */
export type SuppressionReason =
  /** Denominator minus numerator lies between 1 and the minimum count − 1 ('all but 2' reveals as much as '2'). */
  | 'SMALL_COMPLEMENT'
  /** The numerator (or a count value) lies between 1 and the rule's minimum count − 1. */
  | 'SMALL_COUNT'
  /** The denominator lies between 1 and the minimum count − 1, or was rounded to 0. */
  | 'SMALL_DENOMINATOR'
  /** The area has fewer residents than the rule's minimum population. */
  | 'SMALL_POPULATION';

/** A recorded actual value (Ist-Wert) of a target at a date. */
export type TargetActual = {
  __typename?: 'TargetActual';
  /** When the value was archived; null while active. */
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  /** Who archived the value. */
  archivedBy: Maybe<Scalars['String']['output']>;
  /** When the value was first recorded. */
  createdAt: Scalars['DateTime']['output'];
  /** Who first recorded the value. */
  createdBy: Maybe<Scalars['String']['output']>;
  /** Date the value was measured for (one value per target and date). */
  date: Scalars['Date']['output'];
  /** Internal id (UUID). */
  id: Scalars['ID']['output'];
  /** Remark, e.g. the source of the number. */
  note: Maybe<Scalars['String']['output']>;
  /** The target the value belongs to. */
  target: GoalTarget;
  /** The measured value, in the target's unit. */
  value: Scalars['Float']['output'];
};

/** One actual value to record. */
export type TargetActualInput = {
  /** Date the value was measured for; on or after the target's baseline date. */
  date: Scalars['Date']['input'];
  /** Remark, e.g. the source of the number. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The measured value. */
  value: Scalars['Float']['input'];
};

/** Derived status of a target at a reference date (never stored; computed from baseline, target and actuals). */
export type TargetStatus =
  /** The latest actual reaches the target value (for a decreasing target: is at or below it). */
  | 'ACHIEVED'
  /** At least 70 % but less than 90 % of the progress due. */
  | 'AT_RISK'
  /** No actual value recorded up to the reference date. */
  | 'NO_DATA'
  /** Less than 70 % of the progress due, or the target date has passed without reaching the target. */
  | 'OFF_TRACK'
  /** At least 90 % of the progress due by the latest actual's date on the linear path from baseline to target. */
  | 'ON_TRACK';

/**
 * The status of a target with the rule that produced it. Rule: no actual → NO_DATA; latest actual
 * reaches the target → ACHIEVED; target date passed → OFF_TRACK; otherwise the progress since
 * the baseline compared with the progress due on the linear path at the actual's date:
 * ≥ 90 % ON_TRACK, ≥ 70 % AT_RISK, below OFF_TRACK.
 */
export type TargetStatusReport = {
  __typename?: 'TargetStatusReport';
  /** Value the linear path from baseline to target expects at the latest actual's date. */
  expectedValue: Maybe<Scalars['Float']['output']>;
  /** The rule applied with the numbers, in German, e.g. Ist 620 am 30.06.2003; Soll laut linearem Pfad 700 (88 %) → gefährdet (ab 70 %, unter 90 %). */
  explanation: Scalars['String']['output'];
  /** The latest actual on or before the reference date. */
  latestActual: Maybe<TargetActual>;
  /** Progress made since the baseline ÷ progress due at the latest actual's date (1 = on the path); null when nothing was due. */
  progressRatio: Maybe<Scalars['Float']['output']>;
  /** The date the status holds for. */
  referenceDate: Scalars['Date']['output'];
  /** The status. */
  status: TargetStatus;
};

/** What a bulk write of observations did. */
export type UpsertObservationsResult = {
  __typename?: 'UpsertObservationsResult';
  /** Observations that did not exist and were created. */
  created: Scalars['Int']['output'];
  /** Rows equal to what was already stored (nothing written). */
  unchanged: Scalars['Int']['output'];
  /** Existing observations whose values changed. */
  updated: Scalars['Int']['output'];
};

/** A person with an account. */
export type User = {
  __typename?: 'User';
  /** When the account was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Whether the account is disabled (cannot sign in). */
  disabled: Scalars['Boolean']['output'];
  /** E-mail address, used to sign in (lower-case). */
  email: Scalars['String']['output'];
  /** Whether a password is set (false until an invitation was accepted). */
  hasPassword: Scalars['Boolean']['output'];
  /** Internal id. */
  id: Scalars['ID']['output'];
  /** Last successful sign-in. */
  lastSignInAt: Maybe<Scalars['DateTime']['output']>;
  /** Display name. */
  name: Scalars['String']['output'];
  /** Organisations the user belongs to (for providers: whose offers they maintain). */
  organisations: Array<Organisation>;
  /** What the user may do. */
  role: Role;
};

/** A new or changed account (admin). */
export type UserInput = {
  /** Disable the account (signs it out everywhere). */
  disabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** E-mail address; unique. */
  email: Scalars['String']['input'];
  /** Display name. */
  name: Scalars['String']['input'];
  /** Organisations the user belongs to. */
  organisationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Role. */
  role: Role;
};

/** How disclosure control treated a value for the current viewer. */
export type ValueDisclosure = {
  __typename?: 'ValueDisclosure';
  /** Why the value is suppressed; null unless `status` is SUPPRESSED. */
  reason: Maybe<SuppressionReason>;
  /** The reason in words for readers, e.g. 'Geheimhaltung: weniger als 3 Fälle'; null unless suppressed. */
  reasonText: Maybe<Scalars['String']['output']>;
  /** The base counts were rounded to (5 or 10) when `status` is ROUNDED; null otherwise. */
  roundedTo: Maybe<Scalars['Int']['output']>;
  /** The indicator's rule: applied to every viewer without raw access (not for RAW). */
  rule: DisclosureRule;
  /** Raw, published unchanged, rounded or suppressed. */
  status: DisclosureStatus;
};


/** How disclosure control treated a value for the current viewer. */
export type ValueDisclosureReasonTextArgs = {
  locale?: InputMaybe<Locale>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AccountLink: ResolverTypeWrapper<AccountLink>;
  AggregatedValue: ResolverTypeWrapper<Omit<AggregatedValue, 'area' | 'indicator'> & { area: ResolversTypes['Area'], indicator: ResolversTypes['Indicator'] }>;
  AggregationStatus: AggregationStatus;
  Area: ResolverTypeWrapper<AreaRow>;
  AreaGap: ResolverTypeWrapper<Omit<AreaGap, 'area' | 'findings'> & { area: ResolversTypes['Area'], findings: Array<ResolversTypes['ConferenceFinding']> }>;
  AreaLevel: AreaLevel;
  AreaLevelCount: ResolverTypeWrapper<AreaLevelCount>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CatalogueVersion: ResolverTypeWrapper<CatalogueVersionRow>;
  CatalogueVersionInput: CatalogueVersionInput;
  CatalogueVersionStatus: CatalogueVersionStatus;
  ChangeAction: ChangeAction;
  ChangeLogConnection: ResolverTypeWrapper<Omit<ChangeLogConnection, 'edges'> & { edges: Array<ResolversTypes['ChangeLogEdge']> }>;
  ChangeLogEdge: ResolverTypeWrapper<Omit<ChangeLogEdge, 'node'> & { node: ResolversTypes['ChangeLogEntry'] }>;
  ChangeLogEntry: ResolverTypeWrapper<ChangeLogRow>;
  ChangeLogFilter: ChangeLogFilter;
  Conference: ResolverTypeWrapper<ConferenceRow>;
  ConferenceConnection: ResolverTypeWrapper<Omit<ConferenceConnection, 'edges'> & { edges: Array<ResolversTypes['ConferenceEdge']> }>;
  ConferenceEdge: ResolverTypeWrapper<Omit<ConferenceEdge, 'node'> & { node: ResolversTypes['Conference'] }>;
  ConferenceFilter: ConferenceFilter;
  ConferenceFinding: ResolverTypeWrapper<ConferenceFindingRow>;
  ConferenceFindingInput: ConferenceFindingInput;
  ConferenceInput: ConferenceInput;
  ConferenceRecommendation: ResolverTypeWrapper<ConferenceRecommendationRow>;
  ConferenceRecommendationInput: ConferenceRecommendationInput;
  ConferenceStatus: ConferenceStatus;
  ConferenceWorkingGroup: ResolverTypeWrapper<ConferenceWorkingGroupRow>;
  ConferenceWorkingGroupInput: ConferenceWorkingGroupInput;
  CooperationAgreement: ResolverTypeWrapper<CooperationAgreementRow>;
  CooperationAgreementConnection: ResolverTypeWrapper<Omit<CooperationAgreementConnection, 'edges'> & { edges: Array<ResolversTypes['CooperationAgreementEdge']> }>;
  CooperationAgreementEdge: ResolverTypeWrapper<Omit<CooperationAgreementEdge, 'node'> & { node: ResolversTypes['CooperationAgreement'] }>;
  CooperationAgreementFilter: CooperationAgreementFilter;
  CooperationAgreementInput: CooperationAgreementInput;
  CooperationPartner: ResolverTypeWrapper<CooperationPartnerRow>;
  CooperationPartnerInput: CooperationPartnerInput;
  CooperationProject: ResolverTypeWrapper<CooperationProjectRow>;
  CooperationProjectInput: CooperationProjectInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DisclosureRounding: DisclosureRounding;
  DisclosureRule: ResolverTypeWrapper<DisclosureRule>;
  DisclosureRuleInput: DisclosureRuleInput;
  DisclosureStatus: DisclosureStatus;
  FindingCategory: ResolverTypeWrapper<FindingCategory>;
  FindingKind: FindingKind;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FundingSourceType: FundingSourceType;
  GapAnalysis: ResolverTypeWrapper<Omit<GapAnalysis, 'areas' | 'needIndexRun' | 'needIndicator' | 'populationIndicator'> & { areas: Array<ResolversTypes['AreaGap']>, needIndexRun?: Maybe<ResolversTypes['IndexRun']>, needIndicator?: Maybe<ResolversTypes['Indicator']>, populationIndicator: ResolversTypes['Indicator'] }>;
  GapAnalysisInput: GapAnalysisInput;
  GapSupplyMeasure: GapSupplyMeasure;
  GeoJSONGeometry: ResolverTypeWrapper<Scalars['GeoJSONGeometry']['output']>;
  GeoPointInput: GeoPointInput;
  Goal: ResolverTypeWrapper<GoalRow>;
  GoalConnection: ResolverTypeWrapper<Omit<GoalConnection, 'edges'> & { edges: Array<ResolversTypes['GoalEdge']> }>;
  GoalEdge: ResolverTypeWrapper<Omit<GoalEdge, 'node'> & { node: ResolversTypes['Goal'] }>;
  GoalFilter: GoalFilter;
  GoalInput: GoalInput;
  GoalLevel: GoalLevel;
  GoalTarget: ResolverTypeWrapper<GoalTargetRow>;
  GoalTargetInput: GoalTargetInput;
  GoalTargetUpdateInput: GoalTargetUpdateInput;
  GoalUpdateInput: GoalUpdateInput;
  HypotheticalOfferInput: HypotheticalOfferInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  IndexChangeDirection: IndexChangeDirection;
  IndexClassChange: ResolverTypeWrapper<IndexClassChangeRecord>;
  IndexDefinition: ResolverTypeWrapper<IndexDefinitionRow>;
  IndexDefinitionConnection: ResolverTypeWrapper<Omit<IndexDefinitionConnection, 'edges'> & { edges: Array<ResolversTypes['IndexDefinitionEdge']> }>;
  IndexDefinitionEdge: ResolverTypeWrapper<Omit<IndexDefinitionEdge, 'node'> & { node: ResolversTypes['IndexDefinition'] }>;
  IndexDefinitionFilter: IndexDefinitionFilter;
  IndexDefinitionInput: IndexDefinitionInput;
  IndexDynamicsClass: IndexDynamicsClass;
  IndexDynamicsPart: ResolverTypeWrapper<Omit<IndexDynamicsPart, 'indicators'> & { indicators: Array<ResolversTypes['IndexIndicator']> }>;
  IndexDynamicsPartInput: IndexDynamicsPartInput;
  IndexDynamicsThresholds: ResolverTypeWrapper<IndexDynamicsThresholds>;
  IndexDynamicsThresholdsInput: IndexDynamicsThresholdsInput;
  IndexExclusionReason: IndexExclusionReason;
  IndexIndicator: ResolverTypeWrapper<IndexIndicatorSpec>;
  IndexIndicatorInput: IndexIndicatorInput;
  IndexIndicatorStatistics: ResolverTypeWrapper<IndexIndicatorStatistics>;
  IndexPolarity: IndexPolarity;
  IndexResult: ResolverTypeWrapper<IndexResultRow>;
  IndexResultConnection: ResolverTypeWrapper<Omit<IndexResultConnection, 'edges'> & { edges: Array<ResolversTypes['IndexResultEdge']> }>;
  IndexResultEdge: ResolverTypeWrapper<Omit<IndexResultEdge, 'node'> & { node: ResolversTypes['IndexResult'] }>;
  IndexResultFilter: IndexResultFilter;
  IndexResultOrder: IndexResultOrder;
  IndexRun: ResolverTypeWrapper<IndexRunRow>;
  IndexRunConnection: ResolverTypeWrapper<Omit<IndexRunConnection, 'edges'> & { edges: Array<ResolversTypes['IndexRunEdge']> }>;
  IndexRunEdge: ResolverTypeWrapper<Omit<IndexRunEdge, 'node'> & { node: ResolversTypes['IndexRun'] }>;
  IndexRunFilter: IndexRunFilter;
  IndexStandardisation: ResolverTypeWrapper<IndexStandardisation>;
  IndexStandardisationBasis: IndexStandardisationBasis;
  IndexStatistics: ResolverTypeWrapper<IndexStatistics>;
  IndexStatusClass: IndexStatusClass;
  IndexStatusPart: ResolverTypeWrapper<Omit<IndexStatusPart, 'indicators'> & { indicators: Array<ResolversTypes['IndexIndicator']> }>;
  IndexStatusPartInput: IndexStatusPartInput;
  IndexStatusThresholds: ResolverTypeWrapper<IndexStatusThresholds>;
  IndexStatusThresholdsInput: IndexStatusThresholdsInput;
  Indicator: ResolverTypeWrapper<IndicatorRow>;
  IndicatorConnection: ResolverTypeWrapper<Omit<IndicatorConnection, 'edges'> & { edges: Array<ResolversTypes['IndicatorEdge']> }>;
  IndicatorEdge: ResolverTypeWrapper<Omit<IndicatorEdge, 'node'> & { node: ResolversTypes['Indicator'] }>;
  IndicatorFilter: IndicatorFilter;
  IndicatorInput: IndicatorInput;
  IndicatorPolarity: IndicatorPolarity;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Locale: Locale;
  MapValue: ResolverTypeWrapper<MapValue>;
  MapValueState: MapValueState;
  MeasureCatalogue: ResolverTypeWrapper<MeasureCatalogueRow>;
  MeasureCatalogueConnection: ResolverTypeWrapper<Omit<MeasureCatalogueConnection, 'edges'> & { edges: Array<ResolversTypes['MeasureCatalogueEdge']> }>;
  MeasureCatalogueEdge: ResolverTypeWrapper<Omit<MeasureCatalogueEdge, 'node'> & { node: ResolversTypes['MeasureCatalogue'] }>;
  MeasureCatalogueFilter: MeasureCatalogueFilter;
  MeasureCatalogueInput: MeasureCatalogueInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Observation: ResolverTypeWrapper<ObservationRow>;
  ObservationConnection: ResolverTypeWrapper<Omit<ObservationConnection, 'edges'> & { edges: Array<ResolversTypes['ObservationEdge']> }>;
  ObservationEdge: ResolverTypeWrapper<Omit<ObservationEdge, 'node'> & { node: ResolversTypes['Observation'] }>;
  ObservationFilter: ObservationFilter;
  ObservationInput: ObservationInput;
  Offer: ResolverTypeWrapper<OfferRow>;
  OfferConnection: ResolverTypeWrapper<Omit<OfferConnection, 'edges'> & { edges: Array<ResolversTypes['OfferEdge']> }>;
  OfferCost: OfferCost;
  OfferEdge: ResolverTypeWrapper<Omit<OfferEdge, 'node'> & { node: ResolversTypes['Offer'] }>;
  OfferExchangeFormat: OfferExchangeFormat;
  OfferExport: ResolverTypeWrapper<OfferExport>;
  OfferFilter: OfferFilter;
  OfferImportProblem: ResolverTypeWrapper<OfferImportProblem>;
  OfferImportReport: ResolverTypeWrapper<OfferImportReport>;
  OfferInput: OfferInput;
  OfferLocation: ResolverTypeWrapper<OfferLocationRow>;
  OfferLocationInput: OfferLocationInput;
  OfferPublication: OfferPublication;
  OfferSchedule: ResolverTypeWrapper<OfferScheduleRow>;
  OfferScheduleInput: OfferScheduleInput;
  OfferStatus: OfferStatus;
  Organisation: ResolverTypeWrapper<OrganisationRow>;
  OrganisationChangeProposal: ResolverTypeWrapper<OrganisationChangeProposalRow>;
  OrganisationChangeProposalFilter: OrganisationChangeProposalFilter;
  OrganisationConnection: ResolverTypeWrapper<Omit<OrganisationConnection, 'edges'> & { edges: Array<ResolversTypes['OrganisationEdge']> }>;
  OrganisationContact: ResolverTypeWrapper<OrganisationContactRow>;
  OrganisationContactInput: OrganisationContactInput;
  OrganisationEdge: ResolverTypeWrapper<Omit<OrganisationEdge, 'node'> & { node: ResolversTypes['Organisation'] }>;
  OrganisationFilter: OrganisationFilter;
  OrganisationInput: OrganisationInput;
  OrganisationType: OrganisationType;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Programme: ResolverTypeWrapper<ProgrammeRow>;
  ProgrammeBudgetLine: ResolverTypeWrapper<ProgrammeBudgetLineRow>;
  ProgrammeBudgetLineInput: ProgrammeBudgetLineInput;
  ProgrammeBudgetYear: ResolverTypeWrapper<ProgrammeBudgetYear>;
  ProgrammeConnection: ResolverTypeWrapper<Omit<ProgrammeConnection, 'edges'> & { edges: Array<ResolversTypes['ProgrammeEdge']> }>;
  ProgrammeEdge: ResolverTypeWrapper<Omit<ProgrammeEdge, 'node'> & { node: ResolversTypes['Programme'] }>;
  ProgrammeFamily: ProgrammeFamily;
  ProgrammeFilter: ProgrammeFilter;
  ProgrammeFundingShare: ResolverTypeWrapper<ProgrammeFundingShare>;
  ProgrammeInput: ProgrammeInput;
  ProgrammePartner: ResolverTypeWrapper<ProgrammePartnerRow>;
  ProgrammePartnerInput: ProgrammePartnerInput;
  ProgrammeResult: ResolverTypeWrapper<ProgrammeResultRow>;
  ProgrammeResultInput: ProgrammeResultInput;
  ProgrammeResultKind: ProgrammeResultKind;
  ProposalStatus: ProposalStatus;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecommendationStatus: RecommendationStatus;
  ResultLevel: ResultLevel;
  Role: Role;
  ShareInterval: ResolverTypeWrapper<ShareInterval>;
  SimilarArea: ResolverTypeWrapper<Omit<SimilarArea, 'area'> & { area: ResolversTypes['Area'] }>;
  SimilarAreasResult: ResolverTypeWrapper<Omit<SimilarAreasResult, 'area' | 'areas' | 'indicators'> & { area: ResolversTypes['Area'], areas: Array<ResolversTypes['SimilarArea']>, indicators: Array<ResolversTypes['Indicator']> }>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  SuppressionReason: SuppressionReason;
  TargetActual: ResolverTypeWrapper<TargetActualRow>;
  TargetActualInput: TargetActualInput;
  TargetStatus: TargetStatus;
  TargetStatusReport: ResolverTypeWrapper<Omit<TargetStatusReport, 'latestActual'> & { latestActual?: Maybe<ResolversTypes['TargetActual']> }>;
  UpsertObservationsResult: ResolverTypeWrapper<UpsertObservationsResult>;
  User: ResolverTypeWrapper<UserRow>;
  UserInput: UserInput;
  ValueDisclosure: ResolverTypeWrapper<ValueDisclosure>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AccountLink: AccountLink;
  AggregatedValue: Omit<AggregatedValue, 'area' | 'indicator'> & { area: ResolversParentTypes['Area'], indicator: ResolversParentTypes['Indicator'] };
  Area: AreaRow;
  AreaGap: Omit<AreaGap, 'area' | 'findings'> & { area: ResolversParentTypes['Area'], findings: Array<ResolversParentTypes['ConferenceFinding']> };
  AreaLevelCount: AreaLevelCount;
  Boolean: Scalars['Boolean']['output'];
  CatalogueVersion: CatalogueVersionRow;
  CatalogueVersionInput: CatalogueVersionInput;
  ChangeLogConnection: Omit<ChangeLogConnection, 'edges'> & { edges: Array<ResolversParentTypes['ChangeLogEdge']> };
  ChangeLogEdge: Omit<ChangeLogEdge, 'node'> & { node: ResolversParentTypes['ChangeLogEntry'] };
  ChangeLogEntry: ChangeLogRow;
  ChangeLogFilter: ChangeLogFilter;
  Conference: ConferenceRow;
  ConferenceConnection: Omit<ConferenceConnection, 'edges'> & { edges: Array<ResolversParentTypes['ConferenceEdge']> };
  ConferenceEdge: Omit<ConferenceEdge, 'node'> & { node: ResolversParentTypes['Conference'] };
  ConferenceFilter: ConferenceFilter;
  ConferenceFinding: ConferenceFindingRow;
  ConferenceFindingInput: ConferenceFindingInput;
  ConferenceInput: ConferenceInput;
  ConferenceRecommendation: ConferenceRecommendationRow;
  ConferenceRecommendationInput: ConferenceRecommendationInput;
  ConferenceWorkingGroup: ConferenceWorkingGroupRow;
  ConferenceWorkingGroupInput: ConferenceWorkingGroupInput;
  CooperationAgreement: CooperationAgreementRow;
  CooperationAgreementConnection: Omit<CooperationAgreementConnection, 'edges'> & { edges: Array<ResolversParentTypes['CooperationAgreementEdge']> };
  CooperationAgreementEdge: Omit<CooperationAgreementEdge, 'node'> & { node: ResolversParentTypes['CooperationAgreement'] };
  CooperationAgreementFilter: CooperationAgreementFilter;
  CooperationAgreementInput: CooperationAgreementInput;
  CooperationPartner: CooperationPartnerRow;
  CooperationPartnerInput: CooperationPartnerInput;
  CooperationProject: CooperationProjectRow;
  CooperationProjectInput: CooperationProjectInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DisclosureRule: DisclosureRule;
  DisclosureRuleInput: DisclosureRuleInput;
  FindingCategory: FindingCategory;
  Float: Scalars['Float']['output'];
  GapAnalysis: Omit<GapAnalysis, 'areas' | 'needIndexRun' | 'needIndicator' | 'populationIndicator'> & { areas: Array<ResolversParentTypes['AreaGap']>, needIndexRun?: Maybe<ResolversParentTypes['IndexRun']>, needIndicator?: Maybe<ResolversParentTypes['Indicator']>, populationIndicator: ResolversParentTypes['Indicator'] };
  GapAnalysisInput: GapAnalysisInput;
  GeoJSONGeometry: Scalars['GeoJSONGeometry']['output'];
  GeoPointInput: GeoPointInput;
  Goal: GoalRow;
  GoalConnection: Omit<GoalConnection, 'edges'> & { edges: Array<ResolversParentTypes['GoalEdge']> };
  GoalEdge: Omit<GoalEdge, 'node'> & { node: ResolversParentTypes['Goal'] };
  GoalFilter: GoalFilter;
  GoalInput: GoalInput;
  GoalTarget: GoalTargetRow;
  GoalTargetInput: GoalTargetInput;
  GoalTargetUpdateInput: GoalTargetUpdateInput;
  GoalUpdateInput: GoalUpdateInput;
  HypotheticalOfferInput: HypotheticalOfferInput;
  ID: Scalars['ID']['output'];
  IndexClassChange: IndexClassChangeRecord;
  IndexDefinition: IndexDefinitionRow;
  IndexDefinitionConnection: Omit<IndexDefinitionConnection, 'edges'> & { edges: Array<ResolversParentTypes['IndexDefinitionEdge']> };
  IndexDefinitionEdge: Omit<IndexDefinitionEdge, 'node'> & { node: ResolversParentTypes['IndexDefinition'] };
  IndexDefinitionFilter: IndexDefinitionFilter;
  IndexDefinitionInput: IndexDefinitionInput;
  IndexDynamicsPart: Omit<IndexDynamicsPart, 'indicators'> & { indicators: Array<ResolversParentTypes['IndexIndicator']> };
  IndexDynamicsPartInput: IndexDynamicsPartInput;
  IndexDynamicsThresholds: IndexDynamicsThresholds;
  IndexDynamicsThresholdsInput: IndexDynamicsThresholdsInput;
  IndexIndicator: IndexIndicatorSpec;
  IndexIndicatorInput: IndexIndicatorInput;
  IndexIndicatorStatistics: IndexIndicatorStatistics;
  IndexResult: IndexResultRow;
  IndexResultConnection: Omit<IndexResultConnection, 'edges'> & { edges: Array<ResolversParentTypes['IndexResultEdge']> };
  IndexResultEdge: Omit<IndexResultEdge, 'node'> & { node: ResolversParentTypes['IndexResult'] };
  IndexResultFilter: IndexResultFilter;
  IndexRun: IndexRunRow;
  IndexRunConnection: Omit<IndexRunConnection, 'edges'> & { edges: Array<ResolversParentTypes['IndexRunEdge']> };
  IndexRunEdge: Omit<IndexRunEdge, 'node'> & { node: ResolversParentTypes['IndexRun'] };
  IndexRunFilter: IndexRunFilter;
  IndexStandardisation: IndexStandardisation;
  IndexStatistics: IndexStatistics;
  IndexStatusPart: Omit<IndexStatusPart, 'indicators'> & { indicators: Array<ResolversParentTypes['IndexIndicator']> };
  IndexStatusPartInput: IndexStatusPartInput;
  IndexStatusThresholds: IndexStatusThresholds;
  IndexStatusThresholdsInput: IndexStatusThresholdsInput;
  Indicator: IndicatorRow;
  IndicatorConnection: Omit<IndicatorConnection, 'edges'> & { edges: Array<ResolversParentTypes['IndicatorEdge']> };
  IndicatorEdge: Omit<IndicatorEdge, 'node'> & { node: ResolversParentTypes['Indicator'] };
  IndicatorFilter: IndicatorFilter;
  IndicatorInput: IndicatorInput;
  Int: Scalars['Int']['output'];
  JSON: Scalars['JSON']['output'];
  MapValue: MapValue;
  MeasureCatalogue: MeasureCatalogueRow;
  MeasureCatalogueConnection: Omit<MeasureCatalogueConnection, 'edges'> & { edges: Array<ResolversParentTypes['MeasureCatalogueEdge']> };
  MeasureCatalogueEdge: Omit<MeasureCatalogueEdge, 'node'> & { node: ResolversParentTypes['MeasureCatalogue'] };
  MeasureCatalogueFilter: MeasureCatalogueFilter;
  MeasureCatalogueInput: MeasureCatalogueInput;
  Mutation: Record<PropertyKey, never>;
  Observation: ObservationRow;
  ObservationConnection: Omit<ObservationConnection, 'edges'> & { edges: Array<ResolversParentTypes['ObservationEdge']> };
  ObservationEdge: Omit<ObservationEdge, 'node'> & { node: ResolversParentTypes['Observation'] };
  ObservationFilter: ObservationFilter;
  ObservationInput: ObservationInput;
  Offer: OfferRow;
  OfferConnection: Omit<OfferConnection, 'edges'> & { edges: Array<ResolversParentTypes['OfferEdge']> };
  OfferEdge: Omit<OfferEdge, 'node'> & { node: ResolversParentTypes['Offer'] };
  OfferExport: OfferExport;
  OfferFilter: OfferFilter;
  OfferImportProblem: OfferImportProblem;
  OfferImportReport: OfferImportReport;
  OfferInput: OfferInput;
  OfferLocation: OfferLocationRow;
  OfferLocationInput: OfferLocationInput;
  OfferSchedule: OfferScheduleRow;
  OfferScheduleInput: OfferScheduleInput;
  Organisation: OrganisationRow;
  OrganisationChangeProposal: OrganisationChangeProposalRow;
  OrganisationChangeProposalFilter: OrganisationChangeProposalFilter;
  OrganisationConnection: Omit<OrganisationConnection, 'edges'> & { edges: Array<ResolversParentTypes['OrganisationEdge']> };
  OrganisationContact: OrganisationContactRow;
  OrganisationContactInput: OrganisationContactInput;
  OrganisationEdge: Omit<OrganisationEdge, 'node'> & { node: ResolversParentTypes['Organisation'] };
  OrganisationFilter: OrganisationFilter;
  OrganisationInput: OrganisationInput;
  PageInfo: PageInfo;
  Programme: ProgrammeRow;
  ProgrammeBudgetLine: ProgrammeBudgetLineRow;
  ProgrammeBudgetLineInput: ProgrammeBudgetLineInput;
  ProgrammeBudgetYear: ProgrammeBudgetYear;
  ProgrammeConnection: Omit<ProgrammeConnection, 'edges'> & { edges: Array<ResolversParentTypes['ProgrammeEdge']> };
  ProgrammeEdge: Omit<ProgrammeEdge, 'node'> & { node: ResolversParentTypes['Programme'] };
  ProgrammeFilter: ProgrammeFilter;
  ProgrammeFundingShare: ProgrammeFundingShare;
  ProgrammeInput: ProgrammeInput;
  ProgrammePartner: ProgrammePartnerRow;
  ProgrammePartnerInput: ProgrammePartnerInput;
  ProgrammeResult: ProgrammeResultRow;
  ProgrammeResultInput: ProgrammeResultInput;
  Query: Record<PropertyKey, never>;
  ShareInterval: ShareInterval;
  SimilarArea: Omit<SimilarArea, 'area'> & { area: ResolversParentTypes['Area'] };
  SimilarAreasResult: Omit<SimilarAreasResult, 'area' | 'areas' | 'indicators'> & { area: ResolversParentTypes['Area'], areas: Array<ResolversParentTypes['SimilarArea']>, indicators: Array<ResolversParentTypes['Indicator']> };
  String: Scalars['String']['output'];
  TargetActual: TargetActualRow;
  TargetActualInput: TargetActualInput;
  TargetStatusReport: Omit<TargetStatusReport, 'latestActual'> & { latestActual?: Maybe<ResolversParentTypes['TargetActual']> };
  UpsertObservationsResult: UpsertObservationsResult;
  User: UserRow;
  UserInput: UserInput;
  ValueDisclosure: ValueDisclosure;
};

export type AccountLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AccountLink'] = ResolversParentTypes['AccountLink']> = {
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AggregatedValueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AggregatedValue'] = ResolversParentTypes['AggregatedValue']> = {
  area?: Resolver<ResolversTypes['Area'], ParentType, ContextType>;
  denominator?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  disclosure?: Resolver<ResolversTypes['ValueDisclosure'], ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  interval?: Resolver<Maybe<ResolversTypes['ShareInterval']>, ParentType, ContextType>;
  missingPartCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  numerator?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  partCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  partLevel?: Resolver<Maybe<ResolversTypes['AreaLevel']>, ParentType, ContextType>;
  referenceDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AggregationStatus'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type AreaResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Area'] = ResolversParentTypes['Area']> = {
  ancestors?: Resolver<Array<ResolversTypes['Area']>, ParentType, ContextType>;
  areaM2?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  children?: Resolver<Array<ResolversTypes['Area']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  conferenceFindings?: Resolver<Array<ResolversTypes['ConferenceFinding']>, ParentType, ContextType>;
  geometry?: Resolver<Maybe<ResolversTypes['GeoJSONGeometry']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indexResults?: Resolver<Array<ResolversTypes['IndexResult']>, ParentType, ContextType, RequireFields<AreaIndexResultsArgs, 'definitionKey'>>;
  level?: Resolver<ResolversTypes['AreaLevel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  observations?: Resolver<Array<ResolversTypes['Observation']>, ParentType, ContextType, Partial<AreaObservationsArgs>>;
  parent?: Resolver<Maybe<ResolversTypes['Area']>, ParentType, ContextType>;
  programmes?: Resolver<Array<ResolversTypes['Programme']>, ParentType, ContextType>;
};

export type AreaGapResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AreaGap'] = ResolversParentTypes['AreaGap']> = {
  area?: Resolver<ResolversTypes['Area'], ParentType, ContextType>;
  findings?: Resolver<Array<ResolversTypes['ConferenceFinding']>, ParentType, ContextType>;
  gapScore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  need?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  needClass?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  offersInReach?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rank?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  supply?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  supplyClass?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  supplyRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  targetPopulation?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type AreaLevelCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AreaLevelCount'] = ResolversParentTypes['AreaLevelCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['AreaLevel'], ParentType, ContextType>;
};

export type CatalogueVersionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CatalogueVersion'] = ResolversParentTypes['CatalogueVersion']> = {
  adoptedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  adoptedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  catalogue?: Resolver<ResolversTypes['MeasureCatalogue'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  goals?: Resolver<Array<ResolversTypes['Goal']>, ParentType, ContextType, RequireFields<CatalogueVersionGoalsArgs, 'includeArchived'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isEditable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CatalogueVersionStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ChangeLogConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangeLogConnection'] = ResolversParentTypes['ChangeLogConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ChangeLogEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ChangeLogEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangeLogEdge'] = ResolversParentTypes['ChangeLogEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ChangeLogEntry'], ParentType, ContextType>;
};

export type ChangeLogEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangeLogEntry'] = ResolversParentTypes['ChangeLogEntry']> = {
  action?: Resolver<ResolversTypes['ChangeAction'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changes?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ConferenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Conference'] = ResolversParentTypes['Conference']> = {
  archivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  archivedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  areas?: Resolver<Array<ResolversTypes['Area']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  findings?: Resolver<Array<ResolversTypes['ConferenceFinding']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isExample?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  recommendations?: Resolver<Array<ResolversTypes['ConferenceRecommendation']>, ParentType, ContextType>;
  reportStichtag?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ConferenceStatus'], ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  workingGroups?: Resolver<Array<ResolversTypes['ConferenceWorkingGroup']>, ParentType, ContextType>;
};

export type ConferenceConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConferenceConnection'] = ResolversParentTypes['ConferenceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ConferenceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ConferenceEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConferenceEdge'] = ResolversParentTypes['ConferenceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Conference'], ParentType, ContextType>;
};

export type ConferenceFindingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConferenceFinding'] = ResolversParentTypes['ConferenceFinding']> = {
  area?: Resolver<Maybe<ResolversTypes['Area']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  categoryLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  conference?: Resolver<ResolversTypes['Conference'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FindingKind'], ParentType, ContextType>;
  recommendations?: Resolver<Array<ResolversTypes['ConferenceRecommendation']>, ParentType, ContextType>;
  workingGroup?: Resolver<Maybe<ResolversTypes['ConferenceWorkingGroup']>, ParentType, ContextType>;
};

export type ConferenceRecommendationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConferenceRecommendation'] = ResolversParentTypes['ConferenceRecommendation']> = {
  conference?: Resolver<ResolversTypes['Conference'], ParentType, ContextType>;
  finding?: Resolver<Maybe<ResolversTypes['ConferenceFinding']>, ParentType, ContextType>;
  goals?: Resolver<Array<ResolversTypes['Goal']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RecommendationStatus'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ConferenceWorkingGroupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConferenceWorkingGroup'] = ResolversParentTypes['ConferenceWorkingGroup']> = {
  findings?: Resolver<Array<ResolversTypes['ConferenceFinding']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  topic?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CooperationAgreementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CooperationAgreement'] = ResolversParentTypes['CooperationAgreement']> = {
  archivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  archivedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isExample?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  partners?: Resolver<Array<ResolversTypes['CooperationPartner']>, ParentType, ContextType>;
  projects?: Resolver<Array<ResolversTypes['CooperationProject']>, ParentType, ContextType>;
  signedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type CooperationAgreementConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CooperationAgreementConnection'] = ResolversParentTypes['CooperationAgreementConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CooperationAgreementEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CooperationAgreementEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CooperationAgreementEdge'] = ResolversParentTypes['CooperationAgreementEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CooperationAgreement'], ParentType, ContextType>;
};

export type CooperationPartnerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CooperationPartner'] = ResolversParentTypes['CooperationPartner']> = {
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CooperationProjectResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CooperationProject'] = ResolversParentTypes['CooperationProject']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  programmeId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DisclosureRuleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DisclosureRule'] = ResolversParentTypes['DisclosureRule']> = {
  minCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  minPopulation?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rounding?: Resolver<ResolversTypes['DisclosureRounding'], ParentType, ContextType>;
};

export type FindingCategoryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FindingCategory'] = ResolversParentTypes['FindingCategory']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GapAnalysisResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GapAnalysis'] = ResolversParentTypes['GapAnalysis']> = {
  areas?: Resolver<Array<ResolversTypes['AreaGap']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['AreaLevel'], ParentType, ContextType>;
  needIndexRun?: Resolver<Maybe<ResolversTypes['IndexRun']>, ParentType, ContextType>;
  needIndicator?: Resolver<Maybe<ResolversTypes['Indicator']>, ParentType, ContextType>;
  offerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  offersWithoutCapacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  overallSupplyRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  per?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  populationIndicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  radiusKm?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  supplyMeasure?: Resolver<ResolversTypes['GapSupplyMeasure'], ParentType, ContextType>;
};

export interface GeoJsonGeometryScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['GeoJSONGeometry'], any> {
  name: 'GeoJSONGeometry';
}

export type GoalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Goal'] = ResolversParentTypes['Goal']> = {
  archivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  archivedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  areas?: Resolver<Array<ResolversTypes['Area']>, ParentType, ContextType>;
  budget?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  children?: Resolver<Array<ResolversTypes['Goal']>, ParentType, ContextType, RequireFields<GoalChildrenArgs, 'includeArchived'>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['GoalLevel'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Goal']>, ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  programme?: Resolver<Maybe<ResolversTypes['Programme']>, ParentType, ContextType>;
  responsibleOrganisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['GoalTarget']>, ParentType, ContextType, RequireFields<GoalTargetsArgs, 'includeArchived'>>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['CatalogueVersion'], ParentType, ContextType>;
};

export type GoalConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GoalConnection'] = ResolversParentTypes['GoalConnection']> = {
  edges?: Resolver<Array<ResolversTypes['GoalEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GoalEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GoalEdge'] = ResolversParentTypes['GoalEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Goal'], ParentType, ContextType>;
};

export type GoalTargetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GoalTarget'] = ResolversParentTypes['GoalTarget']> = {
  actuals?: Resolver<Array<ResolversTypes['TargetActual']>, ParentType, ContextType, RequireFields<GoalTargetActualsArgs, 'includeArchived'>>;
  archivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  archivedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  baselineDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  baselineValue?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  goal?: Resolver<ResolversTypes['Goal'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicator?: Resolver<Maybe<ResolversTypes['Indicator']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resultLevel?: Resolver<ResolversTypes['ResultLevel'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TargetStatusReport'], ParentType, ContextType, Partial<GoalTargetStatusArgs>>;
  targetDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  targetValue?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type IndexClassChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IndexClassChange'] = ResolversParentTypes['IndexClassChange']> = {
  area?: Resolver<ResolversTypes['Area'], ParentType, ContextType>;
  current?: Resolver<Maybe<ResolversTypes['IndexResult']>, ParentType, ContextType>;
  currentDynamicsClass?: Resolver<Maybe<ResolversTypes['IndexDynamicsClass']>, ParentType, ContextType>;
  currentStatusClass?: Resolver<Maybe<ResolversTypes['IndexStatusClass']>, ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['IndexChangeDirection'], ParentType, ContextType>;
  dynamicsChanged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  dynamicsDirection?: Resolver<Maybe<ResolversTypes['IndexChangeDirection']>, ParentType, ContextType>;
  previous?: Resolver<Maybe<ResolversTypes['IndexResult']>, ParentType, ContextType>;
  previousDynamicsClass?: Resolver<Maybe<ResolversTypes['IndexDynamicsClass']>, ParentType, ContextType>;
  previousStatusClass?: Resolver<Maybe<ResolversTypes['IndexStatusClass']>, ParentType, ContextType>;
  statusChanged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  statusDirection?: Resolver<Maybe<ResolversTypes['IndexChangeDirection']>, ParentType, ContextType>;
};

export type IndexDefinitionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IndexDefinition'] = ResolversParentTypes['IndexDefinition']> = {
  archivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  archivedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  baseDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dynamics?: Resolver<Maybe<ResolversTypes['IndexDynamicsPart']>, ParentType, ContextType>;
  excludedAreaCodes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  excludedAreas?: Resolver<Array<ResolversTypes['Area']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isExample?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  latestRun?: Resolver<Maybe<ResolversTypes['IndexRun']>, ParentType, ContextType, Partial<IndexDefinitionLatestRunArgs>>;
  methodSheet?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<IndexDefinitionMethodSheetArgs, 'locale'>>;
  minPopulation?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  runs?: Resolver<ResolversTypes['IndexRunConnection'], ParentType, ContextType, Partial<IndexDefinitionRunsArgs>>;
  standardisation?: Resolver<ResolversTypes['IndexStandardisationBasis'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['IndexStatusPart'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IndexDefinitionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IndexDefinitionConnection'] = ResolversParentTypes['IndexDefinitionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['IndexDefinitionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IndexDefinitionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IndexDefinitionEdge'] = ResolversParentTypes['IndexDefinitionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['IndexDefinition'], ParentType, ContextType>;
};

export type IndexDynamicsPartResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IndexDynamicsPart'] = ResolversParentTypes['IndexDynamicsPart']> = {
  indicators?: Resolver<Array<ResolversTypes['IndexIndicator']>, ParentType, ContextType>;
  thresholds?: Resolver<ResolversTypes['IndexDynamicsThresholds'], ParentType, ContextType>;
};

export type IndexDynamicsThresholdsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IndexDynamicsThresholds'] = ResolversParentTypes['IndexDynamicsThresholds']> = {
  positiveBelow?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  stableUpTo?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type IndexIndicatorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IndexIndicator'] = ResolversParentTypes['IndexIndicator']> = {
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  indicatorKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  polarity?: Resolver<ResolversTypes['IndexPolarity'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type IndexIndicatorStatisticsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IndexIndicatorStatistics'] = ResolversParentTypes['IndexIndicatorStatistics']> = {
  indicatorKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mean?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  sd?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type IndexResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IndexResult'] = ResolversParentTypes['IndexResult']> = {
  area?: Resolver<ResolversTypes['Area'], ParentType, ContextType>;
  combinedCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dynamicsClass?: Resolver<Maybe<ResolversTypes['IndexDynamicsClass']>, ParentType, ContextType>;
  dynamicsIndex?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  dynamicsSum?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  excludedReason?: Resolver<Maybe<ResolversTypes['IndexExclusionReason']>, ParentType, ContextType>;
  excludedReasonText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<IndexResultExcludedReasonTextArgs, 'locale'>>;
  rank?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  run?: Resolver<ResolversTypes['IndexRun'], ParentType, ContextType>;
  statusClass?: Resolver<Maybe<ResolversTypes['IndexStatusClass']>, ParentType, ContextType>;
  statusClassNumber?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  statusIndex?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  statusSum?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type IndexResultConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IndexResultConnection'] = ResolversParentTypes['IndexResultConnection']> = {
  edges?: Resolver<Array<ResolversTypes['IndexResultEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IndexResultEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IndexResultEdge'] = ResolversParentTypes['IndexResultEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['IndexResult'], ParentType, ContextType>;
};

export type IndexRunResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IndexRun'] = ResolversParentTypes['IndexRun']> = {
  classChanges?: Resolver<Array<ResolversTypes['IndexClassChange']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  definition?: Resolver<ResolversTypes['IndexDefinition'], ParentType, ContextType>;
  definitionKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  definitionVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  excludedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['AreaLevel'], ParentType, ContextType>;
  methodSheet?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<IndexRunMethodSheetArgs, 'locale'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  previousRun?: Resolver<Maybe<ResolversTypes['IndexRun']>, ParentType, ContextType>;
  referenceDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  results?: Resolver<ResolversTypes['IndexResultConnection'], ParentType, ContextType, RequireFields<IndexRunResultsArgs, 'orderBy'>>;
  statistics?: Resolver<ResolversTypes['IndexStatistics'], ParentType, ContextType>;
  validCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IndexRunConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IndexRunConnection'] = ResolversParentTypes['IndexRunConnection']> = {
  edges?: Resolver<Array<ResolversTypes['IndexRunEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IndexRunEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IndexRunEdge'] = ResolversParentTypes['IndexRunEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['IndexRun'], ParentType, ContextType>;
};

export type IndexStandardisationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IndexStandardisation'] = ResolversParentTypes['IndexStandardisation']> = {
  mean?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  sd?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type IndexStatisticsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IndexStatistics'] = ResolversParentTypes['IndexStatistics']> = {
  dynamicsSum?: Resolver<Maybe<ResolversTypes['IndexStandardisation']>, ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['IndexIndicatorStatistics']>, ParentType, ContextType>;
  statusSum?: Resolver<ResolversTypes['IndexStandardisation'], ParentType, ContextType>;
};

export type IndexStatusPartResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IndexStatusPart'] = ResolversParentTypes['IndexStatusPart']> = {
  indicators?: Resolver<Array<ResolversTypes['IndexIndicator']>, ParentType, ContextType>;
  thresholds?: Resolver<ResolversTypes['IndexStatusThresholds'], ParentType, ContextType>;
};

export type IndexStatusThresholdsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IndexStatusThresholds'] = ResolversParentTypes['IndexStatusThresholds']> = {
  highBelow?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lowUpTo?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  middleUpTo?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type IndicatorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Indicator'] = ResolversParentTypes['Indicator']> = {
  archivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  archivedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decimals?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  denominatorDefinition?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  disclosure?: Resolver<ResolversTypes['DisclosureRule'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isExample?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  licence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mapValues?: Resolver<Array<ResolversTypes['MapValue']>, ParentType, ContextType, RequireFields<IndicatorMapValuesArgs, 'referenceDate'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  numeratorDefinition?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  observations?: Resolver<Array<ResolversTypes['Observation']>, ParentType, ContextType, Partial<IndicatorObservationsArgs>>;
  polarity?: Resolver<ResolversTypes['IndicatorPolarity'], ParentType, ContextType>;
  referenceDates?: Resolver<Array<ResolversTypes['Date']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type IndicatorConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IndicatorConnection'] = ResolversParentTypes['IndicatorConnection']> = {
  edges?: Resolver<Array<ResolversTypes['IndicatorEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IndicatorEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IndicatorEdge'] = ResolversParentTypes['IndicatorEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MapValueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MapValue'] = ResolversParentTypes['MapValue']> = {
  areaCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['MapValueState'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type MeasureCatalogueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MeasureCatalogue'] = ResolversParentTypes['MeasureCatalogue']> = {
  archivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  archivedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  currentVersion?: Resolver<Maybe<ResolversTypes['CatalogueVersion']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isExample?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  versions?: Resolver<Array<ResolversTypes['CatalogueVersion']>, ParentType, ContextType>;
};

export type MeasureCatalogueConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MeasureCatalogueConnection'] = ResolversParentTypes['MeasureCatalogueConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MeasureCatalogueEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MeasureCatalogueEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MeasureCatalogueEdge'] = ResolversParentTypes['MeasureCatalogueEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['MeasureCatalogue'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acceptOrganisationChangeProposal?: Resolver<ResolversTypes['OrganisationChangeProposal'], ParentType, ContextType, RequireFields<MutationAcceptOrganisationChangeProposalArgs, 'id'>>;
  adoptVersion?: Resolver<ResolversTypes['CatalogueVersion'], ParentType, ContextType, RequireFields<MutationAdoptVersionArgs, 'adoptedBy' | 'adoptedOn' | 'id'>>;
  apiVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  archiveActual?: Resolver<ResolversTypes['TargetActual'], ParentType, ContextType, RequireFields<MutationArchiveActualArgs, 'id'>>;
  archiveConference?: Resolver<ResolversTypes['Conference'], ParentType, ContextType, RequireFields<MutationArchiveConferenceArgs, 'id'>>;
  archiveCooperationAgreement?: Resolver<ResolversTypes['CooperationAgreement'], ParentType, ContextType, RequireFields<MutationArchiveCooperationAgreementArgs, 'id'>>;
  archiveGoal?: Resolver<ResolversTypes['Goal'], ParentType, ContextType, RequireFields<MutationArchiveGoalArgs, 'id'>>;
  archiveGoalTarget?: Resolver<ResolversTypes['GoalTarget'], ParentType, ContextType, RequireFields<MutationArchiveGoalTargetArgs, 'id'>>;
  archiveIndexDefinition?: Resolver<ResolversTypes['IndexDefinition'], ParentType, ContextType, RequireFields<MutationArchiveIndexDefinitionArgs, 'id'>>;
  archiveIndicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType, RequireFields<MutationArchiveIndicatorArgs, 'id'>>;
  archiveMeasureCatalogue?: Resolver<ResolversTypes['MeasureCatalogue'], ParentType, ContextType, RequireFields<MutationArchiveMeasureCatalogueArgs, 'id'>>;
  archiveObservation?: Resolver<ResolversTypes['Observation'], ParentType, ContextType, RequireFields<MutationArchiveObservationArgs, 'id'>>;
  archiveOffer?: Resolver<ResolversTypes['Offer'], ParentType, ContextType, RequireFields<MutationArchiveOfferArgs, 'id'>>;
  archiveOrganisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType, RequireFields<MutationArchiveOrganisationArgs, 'id'>>;
  archiveProgramme?: Resolver<ResolversTypes['Programme'], ParentType, ContextType, RequireFields<MutationArchiveProgrammeArgs, 'id'>>;
  changePassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationChangePasswordArgs, 'currentPassword' | 'newPassword'>>;
  createConference?: Resolver<ResolversTypes['Conference'], ParentType, ContextType, RequireFields<MutationCreateConferenceArgs, 'input'>>;
  createCooperationAgreement?: Resolver<ResolversTypes['CooperationAgreement'], ParentType, ContextType, RequireFields<MutationCreateCooperationAgreementArgs, 'input'>>;
  createDraftVersion?: Resolver<ResolversTypes['CatalogueVersion'], ParentType, ContextType, RequireFields<MutationCreateDraftVersionArgs, 'catalogueId'>>;
  createGoal?: Resolver<ResolversTypes['Goal'], ParentType, ContextType, RequireFields<MutationCreateGoalArgs, 'input'>>;
  createGoalTarget?: Resolver<ResolversTypes['GoalTarget'], ParentType, ContextType, RequireFields<MutationCreateGoalTargetArgs, 'input'>>;
  createIndexDefinition?: Resolver<ResolversTypes['IndexDefinition'], ParentType, ContextType, RequireFields<MutationCreateIndexDefinitionArgs, 'input'>>;
  createIndicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType, RequireFields<MutationCreateIndicatorArgs, 'input'>>;
  createMeasureCatalogue?: Resolver<ResolversTypes['MeasureCatalogue'], ParentType, ContextType, RequireFields<MutationCreateMeasureCatalogueArgs, 'input'>>;
  createObservation?: Resolver<ResolversTypes['Observation'], ParentType, ContextType, RequireFields<MutationCreateObservationArgs, 'input'>>;
  createOffer?: Resolver<ResolversTypes['Offer'], ParentType, ContextType, RequireFields<MutationCreateOfferArgs, 'input'>>;
  createOrganisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType, RequireFields<MutationCreateOrganisationArgs, 'input'>>;
  createProgramme?: Resolver<ResolversTypes['Programme'], ParentType, ContextType, RequireFields<MutationCreateProgrammeArgs, 'input'>>;
  createUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationCreateUserArgs, 'input'>>;
  importOffers?: Resolver<ResolversTypes['OfferImportReport'], ParentType, ContextType, RequireFields<MutationImportOffersArgs, 'content' | 'dryRun' | 'format' | 'organisationId'>>;
  issueInvitation?: Resolver<ResolversTypes['AccountLink'], ParentType, ContextType, RequireFields<MutationIssueInvitationArgs, 'userId'>>;
  issuePasswordReset?: Resolver<ResolversTypes['AccountLink'], ParentType, ContextType, RequireFields<MutationIssuePasswordResetArgs, 'userId'>>;
  moveGoal?: Resolver<ResolversTypes['Goal'], ParentType, ContextType, RequireFields<MutationMoveGoalArgs, 'id' | 'position'>>;
  proposeOrganisationChange?: Resolver<ResolversTypes['OrganisationChangeProposal'], ParentType, ContextType, RequireFields<MutationProposeOrganisationChangeArgs, 'input' | 'organisationId'>>;
  publishOffer?: Resolver<ResolversTypes['Offer'], ParentType, ContextType, RequireFields<MutationPublishOfferArgs, 'id'>>;
  recordActual?: Resolver<ResolversTypes['TargetActual'], ParentType, ContextType, RequireFields<MutationRecordActualArgs, 'date' | 'targetId' | 'value'>>;
  recordActuals?: Resolver<Array<ResolversTypes['TargetActual']>, ParentType, ContextType, RequireFields<MutationRecordActualsArgs, 'actuals' | 'targetId'>>;
  redeemAccountLink?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationRedeemAccountLinkArgs, 'newPassword' | 'token'>>;
  rejectOrganisationChangeProposal?: Resolver<ResolversTypes['OrganisationChangeProposal'], ParentType, ContextType, RequireFields<MutationRejectOrganisationChangeProposalArgs, 'comment' | 'id'>>;
  restoreActual?: Resolver<ResolversTypes['TargetActual'], ParentType, ContextType, RequireFields<MutationRestoreActualArgs, 'id'>>;
  restoreConference?: Resolver<ResolversTypes['Conference'], ParentType, ContextType, RequireFields<MutationRestoreConferenceArgs, 'id'>>;
  restoreCooperationAgreement?: Resolver<ResolversTypes['CooperationAgreement'], ParentType, ContextType, RequireFields<MutationRestoreCooperationAgreementArgs, 'id'>>;
  restoreGoal?: Resolver<ResolversTypes['Goal'], ParentType, ContextType, RequireFields<MutationRestoreGoalArgs, 'id'>>;
  restoreGoalTarget?: Resolver<ResolversTypes['GoalTarget'], ParentType, ContextType, RequireFields<MutationRestoreGoalTargetArgs, 'id'>>;
  restoreIndexDefinition?: Resolver<ResolversTypes['IndexDefinition'], ParentType, ContextType, RequireFields<MutationRestoreIndexDefinitionArgs, 'id'>>;
  restoreIndicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType, RequireFields<MutationRestoreIndicatorArgs, 'id'>>;
  restoreMeasureCatalogue?: Resolver<ResolversTypes['MeasureCatalogue'], ParentType, ContextType, RequireFields<MutationRestoreMeasureCatalogueArgs, 'id'>>;
  restoreObservation?: Resolver<ResolversTypes['Observation'], ParentType, ContextType, RequireFields<MutationRestoreObservationArgs, 'id'>>;
  restoreOffer?: Resolver<ResolversTypes['Offer'], ParentType, ContextType, RequireFields<MutationRestoreOfferArgs, 'id'>>;
  restoreOrganisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType, RequireFields<MutationRestoreOrganisationArgs, 'id'>>;
  restoreProgramme?: Resolver<ResolversTypes['Programme'], ParentType, ContextType, RequireFields<MutationRestoreProgrammeArgs, 'id'>>;
  returnOffer?: Resolver<ResolversTypes['Offer'], ParentType, ContextType, RequireFields<MutationReturnOfferArgs, 'comment' | 'id'>>;
  runIndex?: Resolver<ResolversTypes['IndexRun'], ParentType, ContextType, RequireFields<MutationRunIndexArgs, 'definitionId' | 'level' | 'referenceDate'>>;
  setRecommendationStatus?: Resolver<ResolversTypes['ConferenceRecommendation'], ParentType, ContextType, RequireFields<MutationSetRecommendationStatusArgs, 'id' | 'status'>>;
  signIn?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationSignInArgs, 'email' | 'password'>>;
  signOut?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  submitOffer?: Resolver<ResolversTypes['Offer'], ParentType, ContextType, RequireFields<MutationSubmitOfferArgs, 'id'>>;
  updateConference?: Resolver<ResolversTypes['Conference'], ParentType, ContextType, RequireFields<MutationUpdateConferenceArgs, 'id' | 'input'>>;
  updateCooperationAgreement?: Resolver<ResolversTypes['CooperationAgreement'], ParentType, ContextType, RequireFields<MutationUpdateCooperationAgreementArgs, 'id' | 'input'>>;
  updateGoal?: Resolver<ResolversTypes['Goal'], ParentType, ContextType, RequireFields<MutationUpdateGoalArgs, 'id' | 'input'>>;
  updateGoalTarget?: Resolver<ResolversTypes['GoalTarget'], ParentType, ContextType, RequireFields<MutationUpdateGoalTargetArgs, 'id' | 'input'>>;
  updateIndexDefinition?: Resolver<ResolversTypes['IndexDefinition'], ParentType, ContextType, RequireFields<MutationUpdateIndexDefinitionArgs, 'id' | 'input'>>;
  updateIndicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType, RequireFields<MutationUpdateIndicatorArgs, 'id' | 'input'>>;
  updateMeasureCatalogue?: Resolver<ResolversTypes['MeasureCatalogue'], ParentType, ContextType, RequireFields<MutationUpdateMeasureCatalogueArgs, 'id' | 'input'>>;
  updateObservation?: Resolver<ResolversTypes['Observation'], ParentType, ContextType, RequireFields<MutationUpdateObservationArgs, 'id' | 'input'>>;
  updateOffer?: Resolver<ResolversTypes['Offer'], ParentType, ContextType, RequireFields<MutationUpdateOfferArgs, 'id' | 'input'>>;
  updateOrganisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType, RequireFields<MutationUpdateOrganisationArgs, 'id' | 'input'>>;
  updateProgramme?: Resolver<ResolversTypes['Programme'], ParentType, ContextType, RequireFields<MutationUpdateProgrammeArgs, 'id' | 'input'>>;
  updateUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationUpdateUserArgs, 'id' | 'input'>>;
  updateVersion?: Resolver<ResolversTypes['CatalogueVersion'], ParentType, ContextType, RequireFields<MutationUpdateVersionArgs, 'id' | 'input'>>;
  upsertObservations?: Resolver<ResolversTypes['UpsertObservationsResult'], ParentType, ContextType, RequireFields<MutationUpsertObservationsArgs, 'rows'>>;
  verifyOffer?: Resolver<ResolversTypes['Offer'], ParentType, ContextType, RequireFields<MutationVerifyOfferArgs, 'id'>>;
};

export type ObservationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Observation'] = ResolversParentTypes['Observation']> = {
  archivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  archivedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  area?: Resolver<ResolversTypes['Area'], ParentType, ContextType>;
  breakInSeries?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  denominator?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  disclosure?: Resolver<ResolversTypes['ValueDisclosure'], ParentType, ContextType>;
  estimated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  extractedAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  interval?: Resolver<Maybe<ResolversTypes['ShareInterval']>, ParentType, ContextType>;
  missingReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  numerator?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  provisional?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  referenceDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type ObservationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ObservationConnection'] = ResolversParentTypes['ObservationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ObservationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ObservationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ObservationEdge'] = ResolversParentTypes['ObservationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Observation'], ParentType, ContextType>;
};

export type OfferResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Offer'] = ResolversParentTypes['Offer']> = {
  acceptedSocialPasses?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  accessibilityNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  accessibleToilet?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  archivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  archivedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  capacityAvailable?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  capacityMax?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  categories?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  cost?: Resolver<ResolversTypes['OfferCost'], ParentType, ContextType>;
  costDescription?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  distanceKm?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType, RequireFields<OfferDistanceKmArgs, 'from'>>;
  easyLanguage?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  eligibility?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inductionLoop?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  isExample?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isOpenAt?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<OfferIsOpenAtArgs, 'at'>>;
  languages?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  lastVerifiedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastVerifiedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  locations?: Resolver<Array<ResolversTypes['OfferLocation']>, ParentType, ContextType>;
  maxAge?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  minAge?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publication?: Resolver<ResolversTypes['OfferPublication'], ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  publishedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reviewComment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  schedules?: Resolver<Array<ResolversTypes['OfferSchedule']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OfferStatus'], ParentType, ContextType>;
  stepFree?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  submittedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  targetGroups?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  verificationDue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type OfferConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OfferConnection'] = ResolversParentTypes['OfferConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OfferEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OfferEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OfferEdge'] = ResolversParentTypes['OfferEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Offer'], ParentType, ContextType>;
};

export type OfferExportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OfferExport'] = ResolversParentTypes['OfferExport']> = {
  content?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  filename?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mediaType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  offerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OfferImportProblemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OfferImportProblem'] = ResolversParentTypes['OfferImportProblem']> = {
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type OfferImportReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OfferImportReport'] = ResolversParentTypes['OfferImportReport']> = {
  applied?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['OfferImportProblem']>, ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OfferLocationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OfferLocation'] = ResolversParentTypes['OfferLocation']> = {
  area?: Resolver<Maybe<ResolversTypes['Area']>, ParentType, ContextType>;
  city?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  latitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  longitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  postalCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  street?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type OfferScheduleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OfferSchedule'] = ResolversParentTypes['OfferSchedule']> = {
  closesAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  opensAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  weekday?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrganisationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Organisation'] = ResolversParentTypes['Organisation']> = {
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  archivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  archivedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  children?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  contacts?: Resolver<Array<ResolversTypes['OrganisationContact']>, ParentType, ContextType>;
  cooperationAgreements?: Resolver<Array<ResolversTypes['CooperationAgreement']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isExample?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  offers?: Resolver<Array<ResolversTypes['Offer']>, ParentType, ContextType, RequireFields<OrganisationOffersArgs, 'first'>>;
  parent?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['OrganisationType'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type OrganisationChangeProposalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganisationChangeProposal'] = ResolversParentTypes['OrganisationChangeProposal']> = {
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decisionComment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  proposed?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  proposedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  proposedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProposalStatus'], ParentType, ContextType>;
};

export type OrganisationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganisationConnection'] = ResolversParentTypes['OrganisationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OrganisationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrganisationContactResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganisationContact'] = ResolversParentTypes['OrganisationContact']> = {
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type OrganisationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganisationEdge'] = ResolversParentTypes['OrganisationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ProgrammeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Programme'] = ResolversParentTypes['Programme']> = {
  archivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  archivedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  areas?: Resolver<Array<ResolversTypes['Area']>, ParentType, ContextType>;
  budgetByYear?: Resolver<Array<ResolversTypes['ProgrammeBudgetYear']>, ParentType, ContextType>;
  budgetLines?: Resolver<Array<ResolversTypes['ProgrammeBudgetLine']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  family?: Resolver<ResolversTypes['ProgrammeFamily'], ParentType, ContextType>;
  fundingShares?: Resolver<Array<ResolversTypes['ProgrammeFundingShare']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isExample?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  leadOrganisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  legalBasis?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  occupancyRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  participants?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  partners?: Resolver<Array<ResolversTypes['ProgrammePartner']>, ParentType, ContextType>;
  placesFilled?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  placesPlanned?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  results?: Resolver<Array<ResolversTypes['ProgrammeResult']>, ParentType, ContextType>;
  round?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  targetGroups?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  totalBudget?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ProgrammeBudgetLineResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProgrammeBudgetLine'] = ResolversParentTypes['ProgrammeBudgetLine']> = {
  amount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sourceName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceType?: Resolver<ResolversTypes['FundingSourceType'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProgrammeBudgetYearResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProgrammeBudgetYear'] = ResolversParentTypes['ProgrammeBudgetYear']> = {
  total?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProgrammeConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProgrammeConnection'] = ResolversParentTypes['ProgrammeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ProgrammeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProgrammeEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProgrammeEdge'] = ResolversParentTypes['ProgrammeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Programme'], ParentType, ContextType>;
};

export type ProgrammeFundingShareResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProgrammeFundingShare'] = ResolversParentTypes['ProgrammeFundingShare']> = {
  amount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  share?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  sourceName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceType?: Resolver<ResolversTypes['FundingSourceType'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProgrammePartnerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProgrammePartner'] = ResolversParentTypes['ProgrammePartner']> = {
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ProgrammeResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProgrammeResult'] = ResolversParentTypes['ProgrammeResult']> = {
  asOf?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProgrammeResultKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  aggregatedValues?: Resolver<Array<ResolversTypes['AggregatedValue']>, ParentType, ContextType, RequireFields<QueryAggregatedValuesArgs, 'indicatorKey' | 'level' | 'referenceDate'>>;
  apiVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  area?: Resolver<ResolversTypes['Area'], ParentType, ContextType, RequireFields<QueryAreaArgs, 'code'>>;
  areaAt?: Resolver<Maybe<ResolversTypes['Area']>, ParentType, ContextType, RequireFields<QueryAreaAtArgs, 'latitude' | 'level' | 'longitude'>>;
  areaLevels?: Resolver<Array<ResolversTypes['AreaLevelCount']>, ParentType, ContextType>;
  areas?: Resolver<Array<ResolversTypes['Area']>, ParentType, ContextType, Partial<QueryAreasArgs>>;
  catalogueVersion?: Resolver<ResolversTypes['CatalogueVersion'], ParentType, ContextType, RequireFields<QueryCatalogueVersionArgs, 'id'>>;
  changeLog?: Resolver<Array<ResolversTypes['ChangeLogEntry']>, ParentType, ContextType, RequireFields<QueryChangeLogArgs, 'entity' | 'entityId' | 'first'>>;
  changes?: Resolver<ResolversTypes['ChangeLogConnection'], ParentType, ContextType, Partial<QueryChangesArgs>>;
  conference?: Resolver<ResolversTypes['Conference'], ParentType, ContextType, RequireFields<QueryConferenceArgs, 'id'>>;
  conferences?: Resolver<ResolversTypes['ConferenceConnection'], ParentType, ContextType, Partial<QueryConferencesArgs>>;
  cooperationAgreement?: Resolver<ResolversTypes['CooperationAgreement'], ParentType, ContextType, RequireFields<QueryCooperationAgreementArgs, 'id'>>;
  cooperationAgreements?: Resolver<ResolversTypes['CooperationAgreementConnection'], ParentType, ContextType, Partial<QueryCooperationAgreementsArgs>>;
  findingCategories?: Resolver<Array<ResolversTypes['FindingCategory']>, ParentType, ContextType>;
  gapAnalysis?: Resolver<ResolversTypes['GapAnalysis'], ParentType, ContextType, RequireFields<QueryGapAnalysisArgs, 'input'>>;
  goal?: Resolver<ResolversTypes['Goal'], ParentType, ContextType, RequireFields<QueryGoalArgs, 'id'>>;
  goalTarget?: Resolver<ResolversTypes['GoalTarget'], ParentType, ContextType, RequireFields<QueryGoalTargetArgs, 'id'>>;
  goals?: Resolver<ResolversTypes['GoalConnection'], ParentType, ContextType, Partial<QueryGoalsArgs>>;
  indexClassChanges?: Resolver<Array<ResolversTypes['IndexClassChange']>, ParentType, ContextType, RequireFields<QueryIndexClassChangesArgs, 'fromRunId' | 'toRunId'>>;
  indexDefinition?: Resolver<ResolversTypes['IndexDefinition'], ParentType, ContextType, RequireFields<QueryIndexDefinitionArgs, 'id'>>;
  indexDefinitionByKey?: Resolver<ResolversTypes['IndexDefinition'], ParentType, ContextType, RequireFields<QueryIndexDefinitionByKeyArgs, 'key'>>;
  indexDefinitions?: Resolver<ResolversTypes['IndexDefinitionConnection'], ParentType, ContextType, Partial<QueryIndexDefinitionsArgs>>;
  indexRun?: Resolver<ResolversTypes['IndexRun'], ParentType, ContextType, RequireFields<QueryIndexRunArgs, 'id'>>;
  indexRuns?: Resolver<ResolversTypes['IndexRunConnection'], ParentType, ContextType, Partial<QueryIndexRunsArgs>>;
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType, RequireFields<QueryIndicatorArgs, 'id'>>;
  indicatorByKey?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType, RequireFields<QueryIndicatorByKeyArgs, 'key'>>;
  indicators?: Resolver<ResolversTypes['IndicatorConnection'], ParentType, ContextType, Partial<QueryIndicatorsArgs>>;
  me?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  measureCatalogue?: Resolver<ResolversTypes['MeasureCatalogue'], ParentType, ContextType, RequireFields<QueryMeasureCatalogueArgs, 'id'>>;
  measureCatalogues?: Resolver<ResolversTypes['MeasureCatalogueConnection'], ParentType, ContextType, Partial<QueryMeasureCataloguesArgs>>;
  observation?: Resolver<ResolversTypes['Observation'], ParentType, ContextType, RequireFields<QueryObservationArgs, 'id'>>;
  observations?: Resolver<ResolversTypes['ObservationConnection'], ParentType, ContextType, Partial<QueryObservationsArgs>>;
  offer?: Resolver<ResolversTypes['Offer'], ParentType, ContextType, RequireFields<QueryOfferArgs, 'id'>>;
  offerExport?: Resolver<ResolversTypes['OfferExport'], ParentType, ContextType, RequireFields<QueryOfferExportArgs, 'format' | 'organisationId'>>;
  offers?: Resolver<ResolversTypes['OfferConnection'], ParentType, ContextType, Partial<QueryOffersArgs>>;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType, RequireFields<QueryOrganisationArgs, 'id'>>;
  organisationChangeProposals?: Resolver<Array<ResolversTypes['OrganisationChangeProposal']>, ParentType, ContextType, Partial<QueryOrganisationChangeProposalsArgs>>;
  organisations?: Resolver<ResolversTypes['OrganisationConnection'], ParentType, ContextType, Partial<QueryOrganisationsArgs>>;
  programme?: Resolver<ResolversTypes['Programme'], ParentType, ContextType, RequireFields<QueryProgrammeArgs, 'id'>>;
  programmes?: Resolver<ResolversTypes['ProgrammeConnection'], ParentType, ContextType, Partial<QueryProgrammesArgs>>;
  similarAreas?: Resolver<ResolversTypes['SimilarAreasResult'], ParentType, ContextType, RequireFields<QuerySimilarAreasArgs, 'areaCode' | 'indicatorKeys' | 'k' | 'referenceDate'>>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<QueryUserArgs, 'id'>>;
  users?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
};

export type ShareIntervalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ShareInterval'] = ResolversParentTypes['ShareInterval']> = {
  level?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lower?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  upper?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SimilarAreaResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SimilarArea'] = ResolversParentTypes['SimilarArea']> = {
  area?: Resolver<ResolversTypes['Area'], ParentType, ContextType>;
  distance?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SimilarAreasResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SimilarAreasResult'] = ResolversParentTypes['SimilarAreasResult']> = {
  area?: Resolver<ResolversTypes['Area'], ParentType, ContextType>;
  areas?: Resolver<Array<ResolversTypes['SimilarArea']>, ParentType, ContextType>;
  comparedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
  referenceDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  skippedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TargetActualResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TargetActual'] = ResolversParentTypes['TargetActual']> = {
  archivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  archivedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  target?: Resolver<ResolversTypes['GoalTarget'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type TargetStatusReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TargetStatusReport'] = ResolversParentTypes['TargetStatusReport']> = {
  expectedValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  latestActual?: Resolver<Maybe<ResolversTypes['TargetActual']>, ParentType, ContextType>;
  progressRatio?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  referenceDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TargetStatus'], ParentType, ContextType>;
};

export type UpsertObservationsResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpsertObservationsResult'] = ResolversParentTypes['UpsertObservationsResult']> = {
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type UserResolvers<ContextType = Context, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  disabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hasPassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastSignInAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisations?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export type ValueDisclosureResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ValueDisclosure'] = ResolversParentTypes['ValueDisclosure']> = {
  reason?: Resolver<Maybe<ResolversTypes['SuppressionReason']>, ParentType, ContextType>;
  reasonText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<ValueDisclosureReasonTextArgs, 'locale'>>;
  roundedTo?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['DisclosureRule'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DisclosureStatus'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  AccountLink?: AccountLinkResolvers<ContextType>;
  AggregatedValue?: AggregatedValueResolvers<ContextType>;
  Area?: AreaResolvers<ContextType>;
  AreaGap?: AreaGapResolvers<ContextType>;
  AreaLevelCount?: AreaLevelCountResolvers<ContextType>;
  CatalogueVersion?: CatalogueVersionResolvers<ContextType>;
  ChangeLogConnection?: ChangeLogConnectionResolvers<ContextType>;
  ChangeLogEdge?: ChangeLogEdgeResolvers<ContextType>;
  ChangeLogEntry?: ChangeLogEntryResolvers<ContextType>;
  Conference?: ConferenceResolvers<ContextType>;
  ConferenceConnection?: ConferenceConnectionResolvers<ContextType>;
  ConferenceEdge?: ConferenceEdgeResolvers<ContextType>;
  ConferenceFinding?: ConferenceFindingResolvers<ContextType>;
  ConferenceRecommendation?: ConferenceRecommendationResolvers<ContextType>;
  ConferenceWorkingGroup?: ConferenceWorkingGroupResolvers<ContextType>;
  CooperationAgreement?: CooperationAgreementResolvers<ContextType>;
  CooperationAgreementConnection?: CooperationAgreementConnectionResolvers<ContextType>;
  CooperationAgreementEdge?: CooperationAgreementEdgeResolvers<ContextType>;
  CooperationPartner?: CooperationPartnerResolvers<ContextType>;
  CooperationProject?: CooperationProjectResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DisclosureRule?: DisclosureRuleResolvers<ContextType>;
  FindingCategory?: FindingCategoryResolvers<ContextType>;
  GapAnalysis?: GapAnalysisResolvers<ContextType>;
  GeoJSONGeometry?: GraphQLScalarType;
  Goal?: GoalResolvers<ContextType>;
  GoalConnection?: GoalConnectionResolvers<ContextType>;
  GoalEdge?: GoalEdgeResolvers<ContextType>;
  GoalTarget?: GoalTargetResolvers<ContextType>;
  IndexClassChange?: IndexClassChangeResolvers<ContextType>;
  IndexDefinition?: IndexDefinitionResolvers<ContextType>;
  IndexDefinitionConnection?: IndexDefinitionConnectionResolvers<ContextType>;
  IndexDefinitionEdge?: IndexDefinitionEdgeResolvers<ContextType>;
  IndexDynamicsPart?: IndexDynamicsPartResolvers<ContextType>;
  IndexDynamicsThresholds?: IndexDynamicsThresholdsResolvers<ContextType>;
  IndexIndicator?: IndexIndicatorResolvers<ContextType>;
  IndexIndicatorStatistics?: IndexIndicatorStatisticsResolvers<ContextType>;
  IndexResult?: IndexResultResolvers<ContextType>;
  IndexResultConnection?: IndexResultConnectionResolvers<ContextType>;
  IndexResultEdge?: IndexResultEdgeResolvers<ContextType>;
  IndexRun?: IndexRunResolvers<ContextType>;
  IndexRunConnection?: IndexRunConnectionResolvers<ContextType>;
  IndexRunEdge?: IndexRunEdgeResolvers<ContextType>;
  IndexStandardisation?: IndexStandardisationResolvers<ContextType>;
  IndexStatistics?: IndexStatisticsResolvers<ContextType>;
  IndexStatusPart?: IndexStatusPartResolvers<ContextType>;
  IndexStatusThresholds?: IndexStatusThresholdsResolvers<ContextType>;
  Indicator?: IndicatorResolvers<ContextType>;
  IndicatorConnection?: IndicatorConnectionResolvers<ContextType>;
  IndicatorEdge?: IndicatorEdgeResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  MapValue?: MapValueResolvers<ContextType>;
  MeasureCatalogue?: MeasureCatalogueResolvers<ContextType>;
  MeasureCatalogueConnection?: MeasureCatalogueConnectionResolvers<ContextType>;
  MeasureCatalogueEdge?: MeasureCatalogueEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Observation?: ObservationResolvers<ContextType>;
  ObservationConnection?: ObservationConnectionResolvers<ContextType>;
  ObservationEdge?: ObservationEdgeResolvers<ContextType>;
  Offer?: OfferResolvers<ContextType>;
  OfferConnection?: OfferConnectionResolvers<ContextType>;
  OfferEdge?: OfferEdgeResolvers<ContextType>;
  OfferExport?: OfferExportResolvers<ContextType>;
  OfferImportProblem?: OfferImportProblemResolvers<ContextType>;
  OfferImportReport?: OfferImportReportResolvers<ContextType>;
  OfferLocation?: OfferLocationResolvers<ContextType>;
  OfferSchedule?: OfferScheduleResolvers<ContextType>;
  Organisation?: OrganisationResolvers<ContextType>;
  OrganisationChangeProposal?: OrganisationChangeProposalResolvers<ContextType>;
  OrganisationConnection?: OrganisationConnectionResolvers<ContextType>;
  OrganisationContact?: OrganisationContactResolvers<ContextType>;
  OrganisationEdge?: OrganisationEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Programme?: ProgrammeResolvers<ContextType>;
  ProgrammeBudgetLine?: ProgrammeBudgetLineResolvers<ContextType>;
  ProgrammeBudgetYear?: ProgrammeBudgetYearResolvers<ContextType>;
  ProgrammeConnection?: ProgrammeConnectionResolvers<ContextType>;
  ProgrammeEdge?: ProgrammeEdgeResolvers<ContextType>;
  ProgrammeFundingShare?: ProgrammeFundingShareResolvers<ContextType>;
  ProgrammePartner?: ProgrammePartnerResolvers<ContextType>;
  ProgrammeResult?: ProgrammeResultResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ShareInterval?: ShareIntervalResolvers<ContextType>;
  SimilarArea?: SimilarAreaResolvers<ContextType>;
  SimilarAreasResult?: SimilarAreasResultResolvers<ContextType>;
  TargetActual?: TargetActualResolvers<ContextType>;
  TargetStatusReport?: TargetStatusReportResolvers<ContextType>;
  UpsertObservationsResult?: UpsertObservationsResultResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  ValueDisclosure?: ValueDisclosureResolvers<ContextType>;
};

