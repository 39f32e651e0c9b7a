import type { AreaGeometry } from '@sozialatlas/domain/area';
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Area as AreaRow } from './prisma/client.ts';
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
  /**
   * A GeoJSON geometry object (RFC 7946), passed as JSON. Coordinates are WGS84
   * longitude/latitude.
   */
  GeoJSONGeometry: { input: AreaGeometry; output: AreaGeometry; }
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
  id: Scalars['ID']['output'];
  level: AreaLevel;
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
  count: Scalars['Int']['output'];
  level: AreaLevel;
};

export type Query = {
  __typename?: 'Query';
  /** The running API's version; also tells a client that the API answers. */
  apiVersion: Scalars['String']['output'];
  /** One area by its official code; an unknown code is a NOT_FOUND error. */
  area: Area;
  /** The levels that have areas, from the city down, with their number of areas. */
  areaLevels: Array<AreaLevelCount>;
  /**
   * Areas ordered by code, optionally only one level and/or only the direct children of one
   * area (parentCode). An unknown parentCode is a NOT_FOUND error.
   */
  areas: Array<Area>;
};


export type QueryAreaArgs = {
  code: Scalars['String']['input'];
};


export type QueryAreasArgs = {
  level?: InputMaybe<AreaLevel>;
  parentCode?: InputMaybe<Scalars['String']['input']>;
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
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GeoJSONGeometry: ResolverTypeWrapper<Scalars['GeoJSONGeometry']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Area: AreaRow;
  AreaLevelCount: AreaLevelCount;
  Boolean: Scalars['Boolean']['output'];
  Float: Scalars['Float']['output'];
  GeoJSONGeometry: Scalars['GeoJSONGeometry']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
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

export interface GeoJsonGeometryScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['GeoJSONGeometry'], any> {
  name: 'GeoJSONGeometry';
}

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  apiVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  area?: Resolver<ResolversTypes['Area'], ParentType, ContextType, RequireFields<QueryAreaArgs, 'code'>>;
  areaLevels?: Resolver<Array<ResolversTypes['AreaLevelCount']>, ParentType, ContextType>;
  areas?: Resolver<Array<ResolversTypes['Area']>, ParentType, ContextType, Partial<QueryAreasArgs>>;
};

export type Resolvers<ContextType = Context> = {
  Area?: AreaResolvers<ContextType>;
  AreaLevelCount?: AreaLevelCountResolvers<ContextType>;
  GeoJSONGeometry?: GraphQLScalarType;
  Query?: QueryResolvers<ContextType>;
};

