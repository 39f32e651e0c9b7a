import type { AreaGeometry } from '@sozialatlas/domain/area';
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Area as AreaRow, ChangeLog as ChangeLogRow, Indicator as IndicatorRow, Observation as ObservationRow, Organisation as OrganisationRow, OrganisationContact as OrganisationContactRow, CooperationAgreement as CooperationAgreementRow, CooperationProject as CooperationProjectRow, CooperationPartner as CooperationPartnerRow, Offer as OfferRow, OfferLocation as OfferLocationRow, OfferSchedule as OfferScheduleRow, Programme as ProgrammeRow, ProgrammeBudgetLine as ProgrammeBudgetLineRow, ProgrammeResult as ProgrammeResultRow, ProgrammePartner as ProgrammePartnerRow, MeasureCatalogue as MeasureCatalogueRow, CatalogueVersion as CatalogueVersionRow, Goal as GoalRow, GoalTarget as GoalTargetRow, TargetActual as TargetActualRow, Conference as ConferenceRow, ConferenceWorkingGroup as ConferenceWorkingGroupRow, ConferenceFinding as ConferenceFindingRow, ConferenceRecommendation as ConferenceRecommendationRow } from './prisma/client.ts';
import type { Context } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
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
  /** Boundary as an RFC 7946 GeoJSON Polygon or MultiPolygon in WGS84 longitude/latitude. */
  geometry: Maybe<Scalars['GeoJSONGeometry']['output']>;
  /** Internal id (UUID); use `code` in URLs and imports. */
  id: Scalars['ID']['output'];
  /** Level in the hierarchy. */
  level: AreaLevel;
  /** Official name, e.g. Stülerstraße. */
  name: Scalars['String']['output'];
  /** The area one level up; null for the city. */
  parent: Maybe<Area>;
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

/** What kind of change an audit entry records. */
export type ChangeAction =
  /** The entity was archived (hidden from lists, kept for history). */
  | 'ARCHIVE'
  /** The entity was created. */
  | 'CREATE'
  /** An archived entity was brought back. */
  | 'RESTORE'
  /** Fields of the entity were changed. */
  | 'UPDATE'
  /** The entity was checked and confirmed as correct (e.g. an offer by a planner). */
  | 'VERIFY';

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

export type Mutation = {
  __typename?: 'Mutation';
  /** The running API's version (a mutation root needs at least one field of its own). */
  apiVersion: Scalars['String']['output'];
};

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

export type Query = {
  __typename?: 'Query';
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
  /** The change history of one entity, newest first. */
  changeLog: Array<ChangeLogEntry>;
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


export type QueryChangeLogArgs = {
  entity: Scalars['String']['input'];
  entityId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
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
  Area: ResolverTypeWrapper<AreaRow>;
  AreaLevel: AreaLevel;
  AreaLevelCount: ResolverTypeWrapper<AreaLevelCount>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ChangeAction: ChangeAction;
  ChangeLogEntry: ResolverTypeWrapper<ChangeLogRow>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GeoJSONGeometry: ResolverTypeWrapper<Scalars['GeoJSONGeometry']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Area: AreaRow;
  AreaLevelCount: AreaLevelCount;
  Boolean: Scalars['Boolean']['output'];
  ChangeLogEntry: ChangeLogRow;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Float: Scalars['Float']['output'];
  GeoJSONGeometry: Scalars['GeoJSONGeometry']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  JSON: Scalars['JSON']['output'];
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  String: Scalars['String']['output'];
};

export type AreaResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Area'] = ResolversParentTypes['Area']> = {
  ancestors?: Resolver<Array<ResolversTypes['Area']>, ParentType, ContextType>;
  areaM2?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  children?: Resolver<Array<ResolversTypes['Area']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  geometry?: Resolver<Maybe<ResolversTypes['GeoJSONGeometry']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['AreaLevel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Area']>, ParentType, ContextType>;
};

export type AreaLevelCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AreaLevelCount'] = ResolversParentTypes['AreaLevelCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['AreaLevel'], ParentType, ContextType>;
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

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface GeoJsonGeometryScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['GeoJSONGeometry'], any> {
  name: 'GeoJSONGeometry';
}

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  apiVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  apiVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  area?: Resolver<ResolversTypes['Area'], ParentType, ContextType, RequireFields<QueryAreaArgs, 'code'>>;
  areaAt?: Resolver<Maybe<ResolversTypes['Area']>, ParentType, ContextType, RequireFields<QueryAreaAtArgs, 'latitude' | 'level' | 'longitude'>>;
  areaLevels?: Resolver<Array<ResolversTypes['AreaLevelCount']>, ParentType, ContextType>;
  areas?: Resolver<Array<ResolversTypes['Area']>, ParentType, ContextType, Partial<QueryAreasArgs>>;
  changeLog?: Resolver<Array<ResolversTypes['ChangeLogEntry']>, ParentType, ContextType, RequireFields<QueryChangeLogArgs, 'entity' | 'entityId' | 'first'>>;
};

export type Resolvers<ContextType = Context> = {
  Area?: AreaResolvers<ContextType>;
  AreaLevelCount?: AreaLevelCountResolvers<ContextType>;
  ChangeLogEntry?: ChangeLogEntryResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  GeoJSONGeometry?: GraphQLScalarType;
  JSON?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
};

