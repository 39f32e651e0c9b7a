/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { AreaGeometry } from '@sozialatlas/domain/area';
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

/** Which change-log entries to list. */
export type ChangeLogFilter = {
  /** Only this kind of change. */
  action?: ChangeAction | null | undefined;
  /** Only changes by this actor (user id, or e.g. seed). */
  actor?: string | null | undefined;
  /** Only this entity type, e.g. Offer. */
  entity?: string | null | undefined;
};

/** To which base counts are rounded before they are shown to viewers without raw access. */
export type DisclosureRounding =
  /** Counts are rounded to multiples of 5 (values are recomputed from the rounded counts). */
  | 'FIVE'
  /** Counts are shown as they are. */
  | 'NONE'
  /** Counts are rounded to multiples of 10 (values are recomputed from the rounded counts). */
  | 'TEN';

/** The disclosure rule of an indicator; omitted fields take their defaults (3, 300, NONE). */
export type DisclosureRuleInput = {
  /** Smallest count shown apart from 0, 1–1000 (default 3). */
  minCount?: number | null | undefined;
  /** Smallest population of an area whose values are shown, 0–1000000 (default 300). */
  minPopulation?: number | null | undefined;
  /** Rounding of counts (default NONE). */
  rounding?: DisclosureRounding | null | undefined;
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

/** What a finding says about the area. */
export type FindingKind =
  /** Something missing or not reaching people (Versorgungslücke), e.g. childcare places. */
  | 'GAP'
  /** Something people in the area need. */
  | 'NEED'
  /** Something that works well and should be kept or built on. */
  | 'STRENGTH';

/**
 * What to compare: which offers are supply, which people they serve, which need to set against
 * it, and how far people go.
 */
export type GapAnalysisInput = {
  /** Only offers whose age range includes this age. */
  age?: number | null | undefined;
  /** Only offers in any of these categories (empty: every category). */
  categories?: Array<string> | null | undefined;
  /** Stichtag of the population and need values (default: the latest date with values). */
  date?: string | null | undefined;
  /** Scenario: offers that do not exist yet, added to the supply. */
  hypotheticalOffers?: Array<HypotheticalOfferInput> | null | undefined;
  /** Level of the areas compared (default PLANUNGSRAUM). */
  level?: AreaLevel | null | undefined;
  /** Id of an index run whose status index gives the need (instead of an indicator). */
  needIndexRunId?: string | number | null | undefined;
  /** Key of the indicator giving the need (e.g. mss2021.s4); its polarity says which direction is high need. */
  needIndicatorKey?: string | null | undefined;
  /** Supply is reported per this many people of the target population (e.g. 100 or 10000; default 10000). */
  per?: number | null | undefined;
  /**
   * Key of the indicator giving the target population per area. A count (e.g. ew, residents)
   * is used as it is; a percentage of residents is turned into a count with the residents
   * indicator `ew`. Default: ew.
   */
  populationIndicatorKey?: string | null | undefined;
  /**
   * Catchment radius in kilometres from each area's population-weighted point (or centroid), 0–20
   * (default 1): offers within the radius count for the area, also across its boundary. Supply
   * is shared between the areas that reach it (two-step floating catchment area, 2SFCA).
   */
  radiusKm?: number | null | undefined;
  /** Count offers or places (default OFFERS). */
  supplyMeasure?: GapSupplyMeasure | null | undefined;
  /** Only offers for any of these target groups (empty: every target group). */
  targetGroups?: Array<string> | null | undefined;
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
  latitude: number;
  /** Longitude, −180 to 180. */
  longitude: number;
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

/** A place or offer that does not exist yet, to see how coverage would change (scenario; nothing is saved). */
export type HypotheticalOfferInput = {
  /** Label shown in the result, e.g. Neue Kita Nord. */
  label?: string | null | undefined;
  /** WGS84 latitude. */
  latitude: number;
  /** WGS84 longitude. */
  longitude: number;
  /** Places it adds (used for PLACES; at least 1, default 1). */
  places?: number | null | undefined;
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

/** An index definition. Updates replace every field. */
export type IndexDefinitionInput = {
  /** The base date; required for BASE_DATE, not allowed for SAME_DATE. */
  baseDate?: string | null | undefined;
  /** Free text: purpose, source of the method, remarks (default empty). */
  description?: string | null | undefined;
  /** The dynamics part; leave it out for an index with status only. */
  dynamics?: IndexDynamicsPartInput | null | undefined;
  /** Official codes of existing areas to leave out, e.g. outliers (default none). */
  excludedAreaCodes?: Array<string> | null | undefined;
  /** Stable key: lower-case letters, digits, '.', '_', '-', unique (e.g. mss-2021). */
  key: string;
  /** Minimum residents of a valid area, 0 or more (default 300). */
  minPopulation?: number | null | undefined;
  /** Name, at most 200 characters. */
  name: string;
  /** What the indicators are standardised against (default SAME_DATE). */
  standardisation?: IndexStandardisationBasis | null | undefined;
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

/** The dynamics part of a definition. */
export type IndexDynamicsPartInput = {
  /** At least one indicator, each at most once. */
  indicators: Array<IndexIndicatorInput>;
  /** Class thresholds (default: as published for the MSS, −1 / 1). */
  thresholds?: IndexDynamicsThresholdsInput | null | undefined;
};

/** Thresholds of the dynamics classes, in ascending order. */
export type IndexDynamicsThresholdsInput = {
  /** Positiv below this value. */
  positiveBelow: number;
  /** Stabil up to this value, negativ above. */
  stableUpTo: number;
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
export type IndexIndicatorInput = {
  /** Key of an existing, not archived indicator, e.g. mss2021.s1. */
  indicatorKey: string;
  /** Whether a higher value means more or less disadvantage. */
  polarity: IndexPolarity;
  /** Weight of its z-value, greater than 0 (default 1). */
  weight?: number | null | undefined;
};

/** How an indicator of an index points: whether a higher value means more or less disadvantage. */
export type IndexPolarity =
  /** More means less disadvantage (e.g. long residence): the z-value is added with its sign reversed. */
  | 'HIGHER_IS_BETTER'
  /** More means more disadvantage (e.g. unemployment): the z-value is added as it is. */
  | 'HIGHER_IS_WORSE';

/** What the indicators of an index are standardised against. */
export type IndexStandardisationBasis =
  /**
   * Mean and standard deviation of a fixed base date (`baseDate`), so that a change of the whole
   * city stays visible between runs instead of being standardised away.
   */
  | 'BASE_DATE'
  /** Mean and standard deviation over the valid areas of the run's own Stichtag (the published MSS method). */
  | 'SAME_DATE';

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

/** The status part of a definition. */
export type IndexStatusPartInput = {
  /** At least one indicator, each at most once. */
  indicators: Array<IndexIndicatorInput>;
  /** Class thresholds (default: as published for the MSS, −1 / 1 / 1.5). */
  thresholds?: IndexStatusThresholdsInput | null | undefined;
};

/** Thresholds of the status classes, in ascending order. */
export type IndexStatusThresholdsInput = {
  /** 1 hoch below this value. */
  highBelow: number;
  /** 3 niedrig up to this value, 4 sehr niedrig above. */
  lowUpTo: number;
  /** 2 mittel up to this value. */
  middleUpTo: number;
};

/** An indicator definition. Updates replace every field. */
export type IndicatorInput = {
  /** Decimal places to show, 0–6 (default 1). */
  decimals?: number | null | undefined;
  /** What the numerator is divided by, for shares and rates. */
  denominatorDefinition?: string | null | undefined;
  /** What the indicator measures, in words a council member understands. */
  description: string;
  /** Disclosure control of the values; omitted: the default rule (min. count 3, min. population 300, no rounding). */
  disclosure?: DisclosureRuleInput | null | undefined;
  /** Stable key: lower-case letters, digits, '.', '_', '-', starting with a letter or digit, unique (e.g. mss2021.s4). */
  key: string;
  /** Licence of the data. */
  licence: string;
  /** Short name, e.g. Kinderarmut. */
  name: string;
  /** What is counted above the line, for shares and rates. */
  numeratorDefinition?: string | null | undefined;
  /** Whether a higher value means more disadvantage, less, or neither. */
  polarity: IndicatorPolarity;
  /** Who publishes the data, with the data set. */
  source: string;
  /** Topic, e.g. Arbeit, Armut, Bevölkerung, Migration, Wohnen. */
  topic: string;
  /** Unit, e.g. % for shares (then values lie between 0 and 100), Prozentpunkte, Personen. */
  unit: string;
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

/** What a map shows for an area. */
export type MapValueState =
  /** No value: missing in the source (`reason` says why when the source does). */
  | 'MISSING'
  /** Withheld: by the source or by disclosure control (`reason` says why). */
  | 'SUPPRESSED'
  /** A value is shown. */
  | 'VALUE';

/** What an offer costs the people who use it. */
export type OfferCost =
  /** Charged at the regular price. */
  | 'FEE'
  /** Free of charge. */
  | 'FREE'
  /** A reduced fee or small contribution (Kostenbeitrag), e.g. 1 € per visit or with a social pass. */
  | 'REDUCED';

/** File formats for exchanging an organisation's offers. */
export type OfferExchangeFormat =
  /** CSV, one row per offer (semicolon-separated lists, locations and opening hours in columns). */
  | 'CSV'
  /** Open Referral HSDS 3.0 JSON: an array of services with their locations and schedules. */
  | 'HSDS_JSON';

/**
 * Which offers to list. All given conditions must hold; a list condition matches any of its
 * values, and an empty list is no condition.
 */
export type OfferFilter = {
  /** Only offers with this accessible-toilet value (unknown ones are left out). */
  accessibleToilet?: boolean | null | undefined;
  /** Only offers whose age range includes this age in years (open bounds fit every age). */
  age?: number | null | undefined;
  /**
   * Only offers with a location in this area or any area below it in the hierarchy (e.g. a
   * Bezirk code finds the offers of all its Planungsräume). An unknown code is a field error.
   */
  areaCode?: string | null | undefined;
  /** Only offers in any of these categories (exact labels, e.g. Schuldnerberatung). */
  categories?: Array<string> | null | undefined;
  /** Only offers with any of these costs. */
  cost?: Array<OfferCost> | null | undefined;
  /** Only offers with this easy-language value (unknown ones are left out). */
  easyLanguage?: boolean | null | undefined;
  /** Also list archived offers (default false). */
  includeArchived?: boolean | null | undefined;
  /** Only offers with this induction-loop value (unknown ones are left out). */
  inductionLoop?: boolean | null | undefined;
  /** Only offers available in any of these languages (ISO 639-1 codes). */
  languages?: Array<string> | null | undefined;
  /** Only offers with a location within radiusKm of this point; the list is then ordered by distance. */
  near?: GeoPointInput | null | undefined;
  /** Only offers whose opening hours include this instant (local time Europe/Berlin). */
  openAt?: string | null | undefined;
  /** Only offers of this organisation. */
  organisationId?: string | number | null | undefined;
  /**
   * Only offers in any of these publication states. Without sign-in only PUBLISHED offers are
   * listed whatever is asked; providers see the other states only for their own organisations.
   */
  publication?: Array<OfferPublication> | null | undefined;
  /** Radius for `near` in kilometres, 0.1–50 (default 2). */
  radiusKm?: number | null | undefined;
  /** Only offers whose name or description contains this text (case-insensitive). */
  search?: string | null | undefined;
  /** Only offers that accept this social pass, e.g. berlinpass. */
  socialPass?: string | null | undefined;
  /** Only offers with any of these statuses (default: every status). */
  status?: Array<OfferStatus> | null | undefined;
  /** Only offers with this step-free value (true or false; unknown ones are left out). */
  stepFree?: boolean | null | undefined;
  /** Only offers for any of these target groups (exact labels, e.g. Familien). */
  targetGroups?: Array<string> | null | undefined;
  /** Only offers whose verification is due (true) or not due (false). */
  verificationDue?: boolean | null | undefined;
};

/**
 * An offer as created or updated. Updates replace everything: fields left out become empty and
 * the location and schedule lists replace the old ones.
 */
export type OfferInput = {
  /** Social passes accepted, e.g. berlinpass. */
  acceptedSocialPasses?: Array<string> | null | undefined;
  /** Further notes on accessibility. */
  accessibilityNote?: string | null | undefined;
  /** Wheelchair-accessible toilet; null when not known. */
  accessibleToilet?: boolean | null | undefined;
  /** Places free now, at least 0 and not more than capacityMax. */
  capacityAvailable?: number | null | undefined;
  /** Total places, at least 0. */
  capacityMax?: number | null | undefined;
  /** Kinds of offer, e.g. Schuldnerberatung. */
  categories?: Array<string> | null | undefined;
  /** Free, reduced or charged. Required. */
  cost?: OfferCost | null | undefined;
  /** What it costs; required when cost is REDUCED or FEE. */
  costDescription?: string | null | undefined;
  /** What the offer does. Required. */
  description?: string | null | undefined;
  /** Easy language (Leichte Sprache); null when not known. */
  easyLanguage?: boolean | null | undefined;
  /** Who may use the offer. */
  eligibility?: string | null | undefined;
  /** E-mail address. */
  email?: string | null | undefined;
  /** Induction loop for hearing aids; null when not known. */
  inductionLoop?: boolean | null | undefined;
  /** Languages, two-letter lower-case ISO 639-1 codes (de, tr, ar, …). */
  languages?: Array<string> | null | undefined;
  /** Where the offer takes place; replaces the existing list. */
  locations?: Array<OfferLocationInput> | null | undefined;
  /** Oldest age in years, 0–120, not below minAge. */
  maxAge?: number | null | undefined;
  /** Youngest age in years, 0–120. */
  minAge?: number | null | undefined;
  /** Name. Required, at most 200 characters. */
  name?: string | null | undefined;
  /** Id of the organisation that runs the offer. Required; must exist and not be archived. */
  organisationId?: string | number | null | undefined;
  /** Phone number. */
  phone?: string | null | undefined;
  /** Weekly opening hours; replaces the existing list. */
  schedules?: Array<OfferScheduleInput> | null | undefined;
  /** Whether the offer can be used now (default ACTIVE). */
  status?: OfferStatus | null | undefined;
  /** Reachable without steps; null when not known. */
  stepFree?: boolean | null | undefined;
  /** Who the offer is for, e.g. Familien. */
  targetGroups?: Array<string> | null | undefined;
  /** Web page, starting with https:// or http://. */
  url?: string | null | undefined;
};

/** A place as entered; the Planungsraum is found from the point. */
export type OfferLocationInput = {
  /** City. */
  city?: string | null | undefined;
  /** WGS84 latitude, −90 to 90. Required. */
  latitude?: number | null | undefined;
  /** WGS84 longitude, −180 to 180. Required. */
  longitude?: number | null | undefined;
  /** Name of the place. */
  name?: string | null | undefined;
  /** German postal code, five digits. */
  postalCode?: string | null | undefined;
  /** Street and house number. */
  street?: string | null | undefined;
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

/** Opening hours on one weekday as entered. */
export type OfferScheduleInput = {
  /** Closing time HH:MM, later than opensAt (24:00 = midnight). Required. */
  closesAt?: string | null | undefined;
  /** Note, e.g. only with appointment. */
  note?: string | null | undefined;
  /** Opening time HH:MM. Required. */
  opensAt?: string | null | undefined;
  /** First day these hours apply. */
  validFrom?: string | null | undefined;
  /** Last day these hours apply; not before validFrom. */
  validUntil?: string | null | undefined;
  /** Day of the week, 1 = Monday … 7 = Sunday. Required. */
  weekday?: number | null | undefined;
};

/** Whether an offer can be used now. */
export type OfferStatus =
  /** Running. */
  | 'ACTIVE'
  /** No longer offered; kept so that past supply stays visible. */
  | 'ENDED'
  /** Paused for a while (e.g. staff shortage, renovation, summer break). */
  | 'TEMPORARILY_CLOSED';

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

/** A new or changed account (admin). */
export type UserInput = {
  /** Disable the account (signs it out everywhere). */
  disabled?: boolean | null | undefined;
  /** E-mail address; unique. */
  email: string;
  /** Display name. */
  name: string;
  /** Organisations the user belongs to. */
  organisationIds?: Array<string | number> | null | undefined;
  /** Role. */
  role: Role;
};

export type SignInMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type SignInMutation = { signIn: { id: string, name: string } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type RedeemAccountLinkMutationVariables = Exact<{
  token: string;
  newPassword: string;
}>;


export type RedeemAccountLinkMutation = { redeemAccountLink: { id: string, name: string } };

export type UserFieldsFragment = { id: string, email: string, name: string, role: Role, disabled: boolean, hasPassword: boolean, lastSignInAt: string | null, organisations: Array<{ id: string, name: string }> };

export type UserListQueryVariables = Exact<{ [key: string]: never; }>;


export type UserListQuery = { users: Array<{ id: string, email: string, name: string, role: Role, disabled: boolean, hasPassword: boolean, lastSignInAt: string | null, organisations: Array<{ id: string, name: string }> }> };

export type UserDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type UserDetailQuery = { user: { createdAt: string, id: string, email: string, name: string, role: Role, disabled: boolean, hasPassword: boolean, lastSignInAt: string | null, organisations: Array<{ id: string, name: string }> } };

export type CreateUserMutationVariables = Exact<{
  input: UserInput;
}>;


export type CreateUserMutation = { createUser: { id: string, email: string, name: string, role: Role, disabled: boolean, hasPassword: boolean, lastSignInAt: string | null, organisations: Array<{ id: string, name: string }> } };

export type UpdateUserMutationVariables = Exact<{
  id: string | number;
  input: UserInput;
}>;


export type UpdateUserMutation = { updateUser: { id: string, email: string, name: string, role: Role, disabled: boolean, hasPassword: boolean, lastSignInAt: string | null, organisations: Array<{ id: string, name: string }> } };

export type IssueInvitationMutationVariables = Exact<{
  userId: string | number;
}>;


export type IssueInvitationMutation = { issueInvitation: { url: string, expiresAt: string } };

export type IssuePasswordResetMutationVariables = Exact<{
  userId: string | number;
}>;


export type IssuePasswordResetMutation = { issuePasswordReset: { url: string, expiresAt: string } };

export type OrganisationOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganisationOptionsQuery = { organisations: { totalCount: number, edges: Array<{ node: { id: string, name: string } }> } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { me: { id: string, email: string, name: string, role: Role, organisations: Array<{ id: string, name: string }> } | null };

export type AreaDetailQueryVariables = Exact<{
  code: string;
}>;


export type AreaDetailQuery = { area: { id: string, code: string, name: string, level: AreaLevel, areaM2: number | null, geometry: AreaGeometry | null, ancestors: Array<{ id: string, code: string, name: string, level: AreaLevel }>, children: Array<{ id: string, code: string, name: string, level: AreaLevel, areaM2: number | null, geometry: AreaGeometry | null }> } };

export type AreaLevelsQueryVariables = Exact<{ [key: string]: never; }>;


export type AreaLevelsQuery = { areaLevels: Array<{ level: AreaLevel, count: number }> };

export type AreaListQueryVariables = Exact<{
  level: AreaLevel;
}>;


export type AreaListQuery = { areas: Array<{ id: string, code: string, name: string, areaM2: number | null, parent: { id: string, code: string, name: string } | null }> };

export type AreaShapesQueryVariables = Exact<{
  level: AreaLevel;
}>;


export type AreaShapesQuery = { areas: Array<{ id: string, code: string, name: string, geometry: AreaGeometry | null }> };

export type AtlasIndicatorsQueryVariables = Exact<{ [key: string]: never; }>;


export type AtlasIndicatorsQuery = { indicators: { edges: Array<{ node: { id: string, key: string, name: string, topic: string, unit: string, polarity: IndicatorPolarity, decimals: number } }> } };

export type AtlasIndexDefinitionsQueryVariables = Exact<{ [key: string]: never; }>;


export type AtlasIndexDefinitionsQuery = { indexDefinitions: { edges: Array<{ node: { id: string, key: string, name: string, version: number, status: { thresholds: { highBelow: number, middleUpTo: number, lowUpTo: number } }, dynamics: { thresholds: { positiveBelow: number, stableUpTo: number } } | null } }> } };

export type AtlasIndexRunsQueryVariables = Exact<{ [key: string]: never; }>;


export type AtlasIndexRunsQuery = { indexRuns: { edges: Array<{ node: { id: string, level: AreaLevel, referenceDate: string, definitionVersion: number, label: string | null, definition: { id: string } } }> } };

export type AtlasIndicatorDatesQueryVariables = Exact<{
  key: string;
}>;


export type AtlasIndicatorDatesQuery = { indicatorByKey: { id: string, referenceDates: Array<string> } };

export type AtlasMapValuesQueryVariables = Exact<{
  key: string;
  date: string;
  locale: Locale;
}>;


export type AtlasMapValuesQuery = { indicatorByKey: { id: string, mapValues: Array<{ areaCode: string, value: number | null, state: MapValueState, reason: string | null }> } };

export type AtlasAggregatedValuesQueryVariables = Exact<{
  key: string;
  level: AreaLevel;
  date: string;
  locale: Locale;
}>;


export type AtlasAggregatedValuesQuery = { aggregatedValues: Array<{ status: AggregationStatus, value: number | null, missingPartCount: number, partCount: number, area: { id: string, code: string }, disclosure: { status: DisclosureStatus, reasonText: string | null } }> };

export type AtlasIndexResultsQueryVariables = Exact<{
  runId: string | number;
  first: number;
  after?: string | null | undefined;
  locale: Locale;
}>;


export type AtlasIndexResultsQuery = { indexRun: { id: string, results: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { statusIndex: number | null, statusClass: IndexStatusClass | null, statusClassNumber: number | null, dynamicsIndex: number | null, dynamicsClass: IndexDynamicsClass | null, combinedCode: string | null, rank: number | null, excludedReasonText: string | null, area: { id: string, code: string } } }> } } };

export type AtlasProgrammeAreasQueryVariables = Exact<{ [key: string]: never; }>;


export type AtlasProgrammeAreasQuery = { programmes: { edges: Array<{ node: { id: string, name: string, areas: Array<{ id: string, code: string, name: string, level: AreaLevel, geometry: AreaGeometry | null }> } }> } };

export type AtlasOffersQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type AtlasOffersQuery = { offers: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, locations: Array<{ id: string, name: string | null, street: string | null, latitude: number, longitude: number, area: { id: string, code: string, name: string } | null }> } }> } };

export type ChangeLogEntryFieldsFragment = { id: string, at: string, actor: string, entity: string, entityId: string, action: ChangeAction, changes: unknown };

export type ChangeListQueryVariables = Exact<{
  filter?: ChangeLogFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ChangeListQuery = { changes: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, at: string, actor: string, entity: string, entityId: string, action: ChangeAction, changes: unknown } }> } };

export type EntityHistoryQueryVariables = Exact<{
  entity: string;
  entityId: string | number;
}>;


export type EntityHistoryQuery = { changeLog: Array<{ id: string, at: string, actor: string, entity: string, entityId: string, action: ChangeAction, changes: unknown }> };

export type ChangeActorNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type ChangeActorNamesQuery = { users: Array<{ id: string, name: string, email: string }> };

export type CompareAreaIndexQueryVariables = Exact<{ [key: string]: never; }>;


export type CompareAreaIndexQuery = { areas: Array<{ id: string, code: string, name: string, level: AreaLevel, parent: { id: string, name: string } | null }> };

export type CompareCityReferenceQueryVariables = Exact<{
  indicatorKey: string;
  referenceDate: string;
  locale: Locale;
}>;


export type CompareCityReferenceQuery = { city: Array<{ status: AggregationStatus, value: number | null, denominator: number | null, partLevel: AreaLevel | null, partCount: number, missingPartCount: number, disclosure: { status: DisclosureStatus, reason: SuppressionReason | null, reasonText: string | null } }> };

export type DataImportIndicatorsQueryVariables = Exact<{
  first: number;
}>;


export type DataImportIndicatorsQuery = { indicators: { edges: Array<{ node: { id: string, key: string, name: string, unit: string, topic: string } }> } };

export type DirectoryOfferCardFragment = { id: string, name: string, categories: Array<string>, cost: OfferCost, costDescription: string | null, acceptedSocialPasses: Array<string>, stepFree: boolean | null, accessibleToilet: boolean | null, inductionLoop: boolean | null, easyLanguage: boolean | null, status: OfferStatus, isExample: boolean, distanceKm?: number | null, isOpenAt: boolean, organisation: { id: string, name: string }, locations: Array<{ id: string, name: string | null, street: string | null, postalCode: string | null, city: string | null, latitude: number, longitude: number }> };

export type DirectoryOffersQueryVariables = Exact<{
  filter: OfferFilter;
  first: number;
  after?: string | null | undefined;
  from: GeoPointInput;
  withDistance: boolean;
  at: string;
}>;


export type DirectoryOffersQuery = { offers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, categories: Array<string>, cost: OfferCost, costDescription: string | null, acceptedSocialPasses: Array<string>, stepFree: boolean | null, accessibleToilet: boolean | null, inductionLoop: boolean | null, easyLanguage: boolean | null, status: OfferStatus, isExample: boolean, distanceKm?: number | null, isOpenAt: boolean, organisation: { id: string, name: string }, locations: Array<{ id: string, name: string | null, street: string | null, postalCode: string | null, city: string | null, latitude: number, longitude: number }> } }> } };

export type DirectoryFacetsQueryVariables = Exact<{ [key: string]: never; }>;


export type DirectoryFacetsQuery = { offers: { edges: Array<{ node: { id: string, categories: Array<string>, targetGroups: Array<string>, languages: Array<string>, acceptedSocialPasses: Array<string> } }> } };

export type DirectoryAreasQueryVariables = Exact<{ [key: string]: never; }>;


export type DirectoryAreasQuery = { districts: Array<{ id: string, code: string, name: string, geometry: AreaGeometry | null }>, planningAreas: Array<{ id: string, code: string, name: string }> };

export type DirectoryOfferQueryVariables = Exact<{
  id: string | number;
  at: string;
}>;


export type DirectoryOfferQuery = { offer: { id: string, name: string, description: string, categories: Array<string>, targetGroups: Array<string>, minAge: number | null, maxAge: number | null, languages: Array<string>, eligibility: string | null, cost: OfferCost, costDescription: string | null, acceptedSocialPasses: Array<string>, stepFree: boolean | null, accessibleToilet: boolean | null, inductionLoop: boolean | null, easyLanguage: boolean | null, accessibilityNote: string | null, capacityAvailable: number | null, capacityMax: number | null, status: OfferStatus, url: string | null, email: string | null, phone: string | null, lastVerifiedAt: string | null, isExample: boolean, isOpenAt: boolean, organisation: { id: string, name: string, website: string | null }, locations: Array<{ id: string, name: string | null, street: string | null, postalCode: string | null, city: string | null, latitude: number, longitude: number, area: { id: string, code: string, name: string, geometry: AreaGeometry | null } | null }>, schedules: Array<{ id: string, weekday: number, opensAt: string, closesAt: string, validFrom: string | null, validUntil: string | null, note: string | null }> } };

export type GapAnalysisQueryVariables = Exact<{
  input: GapAnalysisInput;
}>;


export type GapAnalysisQuery = { gapAnalysis: { level: AreaLevel, date: string | null, supplyMeasure: GapSupplyMeasure, per: number, radiusKm: number, offerCount: number, offersWithoutCapacity: number, overallSupplyRate: number | null, populationIndicator: { id: string, key: string, name: string }, needIndicator: { id: string, key: string, name: string, polarity: IndicatorPolarity } | null, needIndexRun: { id: string, referenceDate: string, label: string | null, definition: { id: string, name: string } } | null, areas: Array<{ targetPopulation: number | null, supply: number, supplyRate: number | null, offersInReach: number, need: number | null, needClass: number | null, supplyClass: number | null, gapScore: number | null, rank: number | null, area: { id: string, code: string, name: string }, findings: Array<{ id: string, kind: FindingKind, categoryLabel: string, description: string, conference: { id: string, title: string, date: string } }> }> } };

export type GapChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type GapChoicesQuery = { indicators: { edges: Array<{ node: { id: string, key: string, name: string, topic: string, unit: string } }> }, indexRuns: { edges: Array<{ node: { id: string, level: AreaLevel, referenceDate: string, label: string | null, definition: { id: string, name: string } } }> } };

export type GapOffersQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type GapOffersQuery = { offers: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, categories: Array<string>, targetGroups: Array<string>, locations: Array<{ id: string, latitude: number, longitude: number }> } }> } };

export type GapDatesQueryVariables = Exact<{
  key: string;
}>;


export type GapDatesQuery = { indicatorByKey: { id: string, referenceDates: Array<string> } };

export type ExplorerObservationsQueryVariables = Exact<{
  key: string;
  locale: Locale;
}>;


export type ExplorerObservationsQuery = { indicatorByKey: { id: string, key: string, observations: Array<{ id: string, referenceDate: string, value: number | null, missingReason: string | null, area: { id: string, code: string, level: AreaLevel }, disclosure: { status: DisclosureStatus, reason: SuppressionReason | null, reasonText: string | null } }> } };

export type ExplorerAreasQueryVariables = Exact<{
  level: AreaLevel;
}>;


export type ExplorerAreasQuery = { areas: Array<{ id: string, code: string, name: string, level: AreaLevel, ancestors: Array<{ id: string, code: string, name: string, level: AreaLevel }> }> };

export type ExplorerAggregateFragment = { status: AggregationStatus, value: number | null, partCount: number, missingPartCount: number, area: { id: string, code: string, name: string }, disclosure: { status: DisclosureStatus, reason: SuppressionReason | null, reasonText: string | null } };

export type ExplorerReferenceQueryVariables = Exact<{
  key: string;
  date: string;
  level: AreaLevel;
  districtCodes: Array<string> | string;
  withLevel: boolean;
  locale: Locale;
}>;


export type ExplorerReferenceQuery = { city: Array<{ status: AggregationStatus, value: number | null, partCount: number, missingPartCount: number, area: { id: string, code: string, name: string }, disclosure: { status: DisclosureStatus, reason: SuppressionReason | null, reasonText: string | null } }>, districts: Array<{ status: AggregationStatus, value: number | null, partCount: number, missingPartCount: number, area: { id: string, code: string, name: string }, disclosure: { status: DisclosureStatus, reason: SuppressionReason | null, reasonText: string | null } }>, levelValues?: Array<{ status: AggregationStatus, value: number | null, partCount: number, missingPartCount: number, area: { id: string, code: string, name: string }, disclosure: { status: DisclosureStatus, reason: SuppressionReason | null, reasonText: string | null } }> };

export type IndicatorDefinitionFieldsFragment = { id: string, key: string, name: string, description: string, unit: string, polarity: IndicatorPolarity, numeratorDefinition: string | null, denominatorDefinition: string | null, topic: string, source: string, licence: string, decimals: number, isExample: boolean, updatedAt: string, disclosure: { minCount: number, minPopulation: number, rounding: DisclosureRounding } };

export type IndicatorCatalogueQueryVariables = Exact<{ [key: string]: never; }>;


export type IndicatorCatalogueQuery = { indicators: { totalCount: number, edges: Array<{ node: { id: string, key: string, name: string, description: string, unit: string, polarity: IndicatorPolarity, numeratorDefinition: string | null, denominatorDefinition: string | null, topic: string, source: string, licence: string, decimals: number, isExample: boolean, updatedAt: string, disclosure: { minCount: number, minPopulation: number, rounding: DisclosureRounding } } }> } };

export type IndicatorDefinitionQueryVariables = Exact<{
  key: string;
}>;


export type IndicatorDefinitionQuery = { indicatorByKey: { id: string, key: string, name: string, description: string, unit: string, polarity: IndicatorPolarity, numeratorDefinition: string | null, denominatorDefinition: string | null, topic: string, source: string, licence: string, decimals: number, isExample: boolean, updatedAt: string, disclosure: { minCount: number, minPopulation: number, rounding: DisclosureRounding } } };

export type CreateIndicatorMutationVariables = Exact<{
  input: IndicatorInput;
}>;


export type CreateIndicatorMutation = { createIndicator: { id: string, key: string, name: string, description: string, unit: string, polarity: IndicatorPolarity, numeratorDefinition: string | null, denominatorDefinition: string | null, topic: string, source: string, licence: string, decimals: number, isExample: boolean, updatedAt: string, disclosure: { minCount: number, minPopulation: number, rounding: DisclosureRounding } } };

export type UpdateIndicatorMutationVariables = Exact<{
  id: string | number;
  input: IndicatorInput;
}>;


export type UpdateIndicatorMutation = { updateIndicator: { id: string, key: string, name: string, description: string, unit: string, polarity: IndicatorPolarity, numeratorDefinition: string | null, denominatorDefinition: string | null, topic: string, source: string, licence: string, decimals: number, isExample: boolean, updatedAt: string, disclosure: { minCount: number, minPopulation: number, rounding: DisclosureRounding } } };

export type OfferListFieldsFragment = { id: string, name: string, publication: OfferPublication, status: OfferStatus, lastVerifiedAt: string | null, verificationDue: boolean, updatedAt: string, archivedAt: string | null, organisation: { id: string, name: string } };

export type OfferAdminListQueryVariables = Exact<{
  filter?: OfferFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type OfferAdminListQuery = { offers: { totalCount: number, edges: Array<{ node: { id: string, name: string, publication: OfferPublication, status: OfferStatus, lastVerifiedAt: string | null, verificationDue: boolean, updatedAt: string, archivedAt: string | null, organisation: { id: string, name: string } } }> } };

export type OfferOrganisationOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type OfferOrganisationOptionsQuery = { organisations: { totalCount: number, edges: Array<{ node: { id: string, name: string } }> } };

export type OfferExportQueryVariables = Exact<{
  organisationId: string | number;
  format: OfferExchangeFormat;
}>;


export type OfferExportQuery = { offerExport: { filename: string, mediaType: string, content: string, offerCount: number } };

export type ImportOffersMutationVariables = Exact<{
  organisationId: string | number;
  format: OfferExchangeFormat;
  content: string;
  dryRun?: boolean | null | undefined;
}>;


export type ImportOffersMutation = { importOffers: { created: number, updated: number, applied: boolean, problems: Array<{ line: number, field: string | null, message: string }> } };

export type OfferEditorFieldsFragment = { id: string, name: string, description: string, categories: Array<string>, targetGroups: Array<string>, minAge: number | null, maxAge: number | null, languages: Array<string>, eligibility: string | null, cost: OfferCost, costDescription: string | null, acceptedSocialPasses: Array<string>, stepFree: boolean | null, accessibleToilet: boolean | null, inductionLoop: boolean | null, easyLanguage: boolean | null, accessibilityNote: string | null, capacityAvailable: number | null, capacityMax: number | null, status: OfferStatus, url: string | null, email: string | null, phone: string | null, lastVerifiedAt: string | null, lastVerifiedBy: string | null, verificationDue: boolean, publication: OfferPublication, reviewComment: string | null, submittedAt: string | null, publishedAt: string | null, updatedAt: string, archivedAt: string | null, organisation: { id: string, name: string }, locations: Array<{ id: string, name: string | null, street: string | null, postalCode: string | null, city: string | null, latitude: number, longitude: number, area: { id: string, code: string, name: string } | null }>, schedules: Array<{ id: string, weekday: number, opensAt: string, closesAt: string, validFrom: string | null, validUntil: string | null, note: string | null }> };

export type OfferEditorQueryVariables = Exact<{
  id: string | number;
}>;


export type OfferEditorQuery = { offer: { id: string, name: string, description: string, categories: Array<string>, targetGroups: Array<string>, minAge: number | null, maxAge: number | null, languages: Array<string>, eligibility: string | null, cost: OfferCost, costDescription: string | null, acceptedSocialPasses: Array<string>, stepFree: boolean | null, accessibleToilet: boolean | null, inductionLoop: boolean | null, easyLanguage: boolean | null, accessibilityNote: string | null, capacityAvailable: number | null, capacityMax: number | null, status: OfferStatus, url: string | null, email: string | null, phone: string | null, lastVerifiedAt: string | null, lastVerifiedBy: string | null, verificationDue: boolean, publication: OfferPublication, reviewComment: string | null, submittedAt: string | null, publishedAt: string | null, updatedAt: string, archivedAt: string | null, organisation: { id: string, name: string }, locations: Array<{ id: string, name: string | null, street: string | null, postalCode: string | null, city: string | null, latitude: number, longitude: number, area: { id: string, code: string, name: string } | null }>, schedules: Array<{ id: string, weekday: number, opensAt: string, closesAt: string, validFrom: string | null, validUntil: string | null, note: string | null }> } };

export type CreateOfferMutationVariables = Exact<{
  input: OfferInput;
}>;


export type CreateOfferMutation = { createOffer: { id: string, name: string, description: string, categories: Array<string>, targetGroups: Array<string>, minAge: number | null, maxAge: number | null, languages: Array<string>, eligibility: string | null, cost: OfferCost, costDescription: string | null, acceptedSocialPasses: Array<string>, stepFree: boolean | null, accessibleToilet: boolean | null, inductionLoop: boolean | null, easyLanguage: boolean | null, accessibilityNote: string | null, capacityAvailable: number | null, capacityMax: number | null, status: OfferStatus, url: string | null, email: string | null, phone: string | null, lastVerifiedAt: string | null, lastVerifiedBy: string | null, verificationDue: boolean, publication: OfferPublication, reviewComment: string | null, submittedAt: string | null, publishedAt: string | null, updatedAt: string, archivedAt: string | null, organisation: { id: string, name: string }, locations: Array<{ id: string, name: string | null, street: string | null, postalCode: string | null, city: string | null, latitude: number, longitude: number, area: { id: string, code: string, name: string } | null }>, schedules: Array<{ id: string, weekday: number, opensAt: string, closesAt: string, validFrom: string | null, validUntil: string | null, note: string | null }> } };

export type UpdateOfferMutationVariables = Exact<{
  id: string | number;
  input: OfferInput;
}>;


export type UpdateOfferMutation = { updateOffer: { id: string, name: string, description: string, categories: Array<string>, targetGroups: Array<string>, minAge: number | null, maxAge: number | null, languages: Array<string>, eligibility: string | null, cost: OfferCost, costDescription: string | null, acceptedSocialPasses: Array<string>, stepFree: boolean | null, accessibleToilet: boolean | null, inductionLoop: boolean | null, easyLanguage: boolean | null, accessibilityNote: string | null, capacityAvailable: number | null, capacityMax: number | null, status: OfferStatus, url: string | null, email: string | null, phone: string | null, lastVerifiedAt: string | null, lastVerifiedBy: string | null, verificationDue: boolean, publication: OfferPublication, reviewComment: string | null, submittedAt: string | null, publishedAt: string | null, updatedAt: string, archivedAt: string | null, organisation: { id: string, name: string }, locations: Array<{ id: string, name: string | null, street: string | null, postalCode: string | null, city: string | null, latitude: number, longitude: number, area: { id: string, code: string, name: string } | null }>, schedules: Array<{ id: string, weekday: number, opensAt: string, closesAt: string, validFrom: string | null, validUntil: string | null, note: string | null }> } };

export type SubmitOfferMutationVariables = Exact<{
  id: string | number;
}>;


export type SubmitOfferMutation = { submitOffer: { id: string, name: string, description: string, categories: Array<string>, targetGroups: Array<string>, minAge: number | null, maxAge: number | null, languages: Array<string>, eligibility: string | null, cost: OfferCost, costDescription: string | null, acceptedSocialPasses: Array<string>, stepFree: boolean | null, accessibleToilet: boolean | null, inductionLoop: boolean | null, easyLanguage: boolean | null, accessibilityNote: string | null, capacityAvailable: number | null, capacityMax: number | null, status: OfferStatus, url: string | null, email: string | null, phone: string | null, lastVerifiedAt: string | null, lastVerifiedBy: string | null, verificationDue: boolean, publication: OfferPublication, reviewComment: string | null, submittedAt: string | null, publishedAt: string | null, updatedAt: string, archivedAt: string | null, organisation: { id: string, name: string }, locations: Array<{ id: string, name: string | null, street: string | null, postalCode: string | null, city: string | null, latitude: number, longitude: number, area: { id: string, code: string, name: string } | null }>, schedules: Array<{ id: string, weekday: number, opensAt: string, closesAt: string, validFrom: string | null, validUntil: string | null, note: string | null }> } };

export type PublishOfferMutationVariables = Exact<{
  id: string | number;
}>;


export type PublishOfferMutation = { publishOffer: { id: string, name: string, description: string, categories: Array<string>, targetGroups: Array<string>, minAge: number | null, maxAge: number | null, languages: Array<string>, eligibility: string | null, cost: OfferCost, costDescription: string | null, acceptedSocialPasses: Array<string>, stepFree: boolean | null, accessibleToilet: boolean | null, inductionLoop: boolean | null, easyLanguage: boolean | null, accessibilityNote: string | null, capacityAvailable: number | null, capacityMax: number | null, status: OfferStatus, url: string | null, email: string | null, phone: string | null, lastVerifiedAt: string | null, lastVerifiedBy: string | null, verificationDue: boolean, publication: OfferPublication, reviewComment: string | null, submittedAt: string | null, publishedAt: string | null, updatedAt: string, archivedAt: string | null, organisation: { id: string, name: string }, locations: Array<{ id: string, name: string | null, street: string | null, postalCode: string | null, city: string | null, latitude: number, longitude: number, area: { id: string, code: string, name: string } | null }>, schedules: Array<{ id: string, weekday: number, opensAt: string, closesAt: string, validFrom: string | null, validUntil: string | null, note: string | null }> } };

export type ReturnOfferMutationVariables = Exact<{
  id: string | number;
  comment: string;
}>;


export type ReturnOfferMutation = { returnOffer: { id: string, name: string, description: string, categories: Array<string>, targetGroups: Array<string>, minAge: number | null, maxAge: number | null, languages: Array<string>, eligibility: string | null, cost: OfferCost, costDescription: string | null, acceptedSocialPasses: Array<string>, stepFree: boolean | null, accessibleToilet: boolean | null, inductionLoop: boolean | null, easyLanguage: boolean | null, accessibilityNote: string | null, capacityAvailable: number | null, capacityMax: number | null, status: OfferStatus, url: string | null, email: string | null, phone: string | null, lastVerifiedAt: string | null, lastVerifiedBy: string | null, verificationDue: boolean, publication: OfferPublication, reviewComment: string | null, submittedAt: string | null, publishedAt: string | null, updatedAt: string, archivedAt: string | null, organisation: { id: string, name: string }, locations: Array<{ id: string, name: string | null, street: string | null, postalCode: string | null, city: string | null, latitude: number, longitude: number, area: { id: string, code: string, name: string } | null }>, schedules: Array<{ id: string, weekday: number, opensAt: string, closesAt: string, validFrom: string | null, validUntil: string | null, note: string | null }> } };

export type VerifyOfferMutationVariables = Exact<{
  id: string | number;
}>;


export type VerifyOfferMutation = { verifyOffer: { id: string, name: string, description: string, categories: Array<string>, targetGroups: Array<string>, minAge: number | null, maxAge: number | null, languages: Array<string>, eligibility: string | null, cost: OfferCost, costDescription: string | null, acceptedSocialPasses: Array<string>, stepFree: boolean | null, accessibleToilet: boolean | null, inductionLoop: boolean | null, easyLanguage: boolean | null, accessibilityNote: string | null, capacityAvailable: number | null, capacityMax: number | null, status: OfferStatus, url: string | null, email: string | null, phone: string | null, lastVerifiedAt: string | null, lastVerifiedBy: string | null, verificationDue: boolean, publication: OfferPublication, reviewComment: string | null, submittedAt: string | null, publishedAt: string | null, updatedAt: string, archivedAt: string | null, organisation: { id: string, name: string }, locations: Array<{ id: string, name: string | null, street: string | null, postalCode: string | null, city: string | null, latitude: number, longitude: number, area: { id: string, code: string, name: string } | null }>, schedules: Array<{ id: string, weekday: number, opensAt: string, closesAt: string, validFrom: string | null, validUntil: string | null, note: string | null }> } };

export type ArchiveOfferMutationVariables = Exact<{
  id: string | number;
}>;


export type ArchiveOfferMutation = { archiveOffer: { id: string, name: string, description: string, categories: Array<string>, targetGroups: Array<string>, minAge: number | null, maxAge: number | null, languages: Array<string>, eligibility: string | null, cost: OfferCost, costDescription: string | null, acceptedSocialPasses: Array<string>, stepFree: boolean | null, accessibleToilet: boolean | null, inductionLoop: boolean | null, easyLanguage: boolean | null, accessibilityNote: string | null, capacityAvailable: number | null, capacityMax: number | null, status: OfferStatus, url: string | null, email: string | null, phone: string | null, lastVerifiedAt: string | null, lastVerifiedBy: string | null, verificationDue: boolean, publication: OfferPublication, reviewComment: string | null, submittedAt: string | null, publishedAt: string | null, updatedAt: string, archivedAt: string | null, organisation: { id: string, name: string }, locations: Array<{ id: string, name: string | null, street: string | null, postalCode: string | null, city: string | null, latitude: number, longitude: number, area: { id: string, code: string, name: string } | null }>, schedules: Array<{ id: string, weekday: number, opensAt: string, closesAt: string, validFrom: string | null, validUntil: string | null, note: string | null }> } };

export type RestoreOfferMutationVariables = Exact<{
  id: string | number;
}>;


export type RestoreOfferMutation = { restoreOffer: { id: string, name: string, description: string, categories: Array<string>, targetGroups: Array<string>, minAge: number | null, maxAge: number | null, languages: Array<string>, eligibility: string | null, cost: OfferCost, costDescription: string | null, acceptedSocialPasses: Array<string>, stepFree: boolean | null, accessibleToilet: boolean | null, inductionLoop: boolean | null, easyLanguage: boolean | null, accessibilityNote: string | null, capacityAvailable: number | null, capacityMax: number | null, status: OfferStatus, url: string | null, email: string | null, phone: string | null, lastVerifiedAt: string | null, lastVerifiedBy: string | null, verificationDue: boolean, publication: OfferPublication, reviewComment: string | null, submittedAt: string | null, publishedAt: string | null, updatedAt: string, archivedAt: string | null, organisation: { id: string, name: string }, locations: Array<{ id: string, name: string | null, street: string | null, postalCode: string | null, city: string | null, latitude: number, longitude: number, area: { id: string, code: string, name: string } | null }>, schedules: Array<{ id: string, weekday: number, opensAt: string, closesAt: string, validFrom: string | null, validUntil: string | null, note: string | null }> } };

export type ProfileIndicatorFragment = { id: string, key: string, name: string, topic: string, unit: string, decimals: number, polarity: IndicatorPolarity, source: string, licence: string, numeratorDefinition: string | null, denominatorDefinition: string | null };

export type ProfileObservationFragment = { id: string, referenceDate: string, value: number | null, missingReason: string | null, suppressed: boolean, disclosure: { status: DisclosureStatus, reason: SuppressionReason | null, reasonText: string | null } };

export type ProfileValuesQueryVariables = Exact<{
  code: string;
  locale: Locale;
}>;


export type ProfileValuesQuery = { area: { id: string, code: string, observations: Array<{ id: string, referenceDate: string, value: number | null, missingReason: string | null, suppressed: boolean, indicator: { id: string, key: string, name: string, topic: string, unit: string, decimals: number, polarity: IndicatorPolarity, source: string, licence: string, numeratorDefinition: string | null, denominatorDefinition: string | null }, disclosure: { status: DisclosureStatus, reason: SuppressionReason | null, reasonText: string | null } }>, ancestors: Array<{ id: string, code: string, name: string, level: AreaLevel, observations: Array<{ id: string, referenceDate: string, value: number | null, missingReason: string | null, suppressed: boolean, indicator: { id: string, key: string }, disclosure: { status: DisclosureStatus, reason: SuppressionReason | null, reasonText: string | null } }> }> } };

export type IndicatorDistributionQueryVariables = Exact<{
  referenceDate: string;
}>;


export type IndicatorDistributionQuery = { indicators: { edges: Array<{ node: { id: string, key: string, observations: Array<{ value: number | null, area: { id: string, code: string, level: AreaLevel } }> } }> } };

export type IndicatorListQueryVariables = Exact<{ [key: string]: never; }>;


export type IndicatorListQuery = { indicators: { edges: Array<{ node: { id: string, key: string, name: string, topic: string, unit: string, decimals: number, polarity: IndicatorPolarity, source: string, licence: string, numeratorDefinition: string | null, denominatorDefinition: string | null } }> } };

export type ProfileReferencesQueryVariables = Exact<{
  indicatorKey: string;
  referenceDate: string;
  locale: Locale;
  level: AreaLevel;
  code: string;
  withSelf: boolean;
  parentLevel: AreaLevel;
  parentCode: string;
  withParent: boolean;
}>;


export type ProfileReferencesQuery = { self?: Array<{ status: AggregationStatus, value: number | null, denominator: number | null, partLevel: AreaLevel | null, partCount: number, missingPartCount: number, disclosure: { status: DisclosureStatus, reason: SuppressionReason | null, reasonText: string | null } }>, parent?: Array<{ status: AggregationStatus, value: number | null, denominator: number | null, partLevel: AreaLevel | null, partCount: number, missingPartCount: number, disclosure: { status: DisclosureStatus, reason: SuppressionReason | null, reasonText: string | null } }>, city: Array<{ status: AggregationStatus, value: number | null, denominator: number | null, partLevel: AreaLevel | null, partCount: number, missingPartCount: number, disclosure: { status: DisclosureStatus, reason: SuppressionReason | null, reasonText: string | null } }> };

export type ProfileIndexDefinitionsQueryVariables = Exact<{
  level: AreaLevel;
}>;


export type ProfileIndexDefinitionsQuery = { indexDefinitions: { edges: Array<{ node: { id: string, key: string, name: string, status: { indicators: Array<{ indicatorKey: string }> }, latestRun: { id: string, referenceDate: string } | null } }> } };

export type ProfileIndexResultsQueryVariables = Exact<{
  code: string;
  definitionKey: string;
  level: AreaLevel;
  locale: Locale;
}>;


export type ProfileIndexResultsQuery = { area: { id: string, indexResults: Array<{ combinedCode: string | null, statusClass: IndexStatusClass | null, statusClassNumber: number | null, dynamicsClass: IndexDynamicsClass | null, rank: number | null, statusIndex: number | null, dynamicsIndex: number | null, excludedReason: IndexExclusionReason | null, excludedReasonText: string | null, run: { id: string, referenceDate: string, label: string | null, createdAt: string, validCount: number, excludedCount: number } }> } };

export type ProfileSimilarAreasQueryVariables = Exact<{
  code: string;
  indicatorKeys: Array<string> | string;
  referenceDate: string;
}>;


export type ProfileSimilarAreasQuery = { similarAreas: { comparedCount: number, skippedCount: number, areas: Array<{ rank: number, distance: number, area: { id: string, code: string, name: string, level: AreaLevel } }> } };

export type ProfileOffersQueryVariables = Exact<{
  code: string;
}>;


export type ProfileOffersQuery = { offers: { totalCount: number, edges: Array<{ node: { id: string, name: string, status: OfferStatus, categories: Array<string>, organisation: { id: string, name: string }, locations: Array<{ id: string, street: string | null, postalCode: string | null, city: string | null, area: { id: string, code: string, name: string } | null }> } }> } };

export type ProfileCouncilQueryVariables = Exact<{
  code: string;
}>;


export type ProfileCouncilQuery = { area: { id: string, programmes: Array<{ id: string, name: string, family: ProgrammeFamily, startDate: string | null, endDate: string | null, areas: Array<{ id: string, code: string, name: string }> }>, conferenceFindings: Array<{ id: string, kind: FindingKind, categoryLabel: string, description: string, area: { id: string, code: string, name: string } | null, conference: { id: string, title: string, date: string } }> } };

export type ProfileGoalsQueryVariables = Exact<{
  code: string;
}>;


export type ProfileGoalsQuery = { goals: { totalCount: number, edges: Array<{ node: { id: string, title: string, level: GoalLevel, description: string | null, version: { id: string, number: number, status: CatalogueVersionStatus, catalogue: { id: string, name: string, currentVersion: { id: string } | null } } } }> } };

export type ProfileDisclosureFragment = { status: DisclosureStatus, reason: SuppressionReason | null, reasonText: string | null };

export type ReferenceValueFragment = { status: AggregationStatus, value: number | null, denominator: number | null, partLevel: AreaLevel | null, partCount: number, missingPartCount: number, disclosure: { status: DisclosureStatus, reason: SuppressionReason | null, reasonText: string | null } };

export type IndexWorkbenchDefinitionsQueryVariables = Exact<{
  first: number;
}>;


export type IndexWorkbenchDefinitionsQuery = { indexDefinitions: { totalCount: number, edges: Array<{ node: { id: string, key: string, name: string, version: number, isExample: boolean, updatedAt: string, latestRun: { id: string, level: AreaLevel, referenceDate: string, definitionVersion: number, createdAt: string } | null } }> } };

export type IndexWorkbenchIndicatorFragment = { indicatorKey: string, weight: number, polarity: IndexPolarity, indicator: { id: string, name: string, unit: string } };

export type IndexWorkbenchDefinitionFieldsFragment = { id: string, key: string, name: string, description: string, version: number, isExample: boolean, updatedAt: string, standardisation: IndexStandardisationBasis, baseDate: string | null, minPopulation: number, excludedAreaCodes: Array<string>, status: { indicators: Array<{ indicatorKey: string, weight: number, polarity: IndexPolarity, indicator: { id: string, name: string, unit: string } }>, thresholds: { highBelow: number, middleUpTo: number, lowUpTo: number } }, dynamics: { indicators: Array<{ indicatorKey: string, weight: number, polarity: IndexPolarity, indicator: { id: string, name: string, unit: string } }>, thresholds: { positiveBelow: number, stableUpTo: number } } | null };

export type IndexWorkbenchRunSummaryFragment = { id: string, name: string, definitionKey: string, definitionVersion: number, level: AreaLevel, referenceDate: string, validCount: number, excludedCount: number, label: string | null, createdAt: string };

export type IndexWorkbenchDefinitionQueryVariables = Exact<{
  key: string;
  runsFirst: number;
}>;


export type IndexWorkbenchDefinitionQuery = { indexDefinitionByKey: { id: string, key: string, name: string, description: string, version: number, isExample: boolean, updatedAt: string, standardisation: IndexStandardisationBasis, baseDate: string | null, minPopulation: number, excludedAreaCodes: Array<string>, runs: { totalCount: number, edges: Array<{ node: { id: string, name: string, definitionKey: string, definitionVersion: number, level: AreaLevel, referenceDate: string, validCount: number, excludedCount: number, label: string | null, createdAt: string } }> }, status: { indicators: Array<{ indicatorKey: string, weight: number, polarity: IndexPolarity, indicator: { id: string, name: string, unit: string } }>, thresholds: { highBelow: number, middleUpTo: number, lowUpTo: number } }, dynamics: { indicators: Array<{ indicatorKey: string, weight: number, polarity: IndexPolarity, indicator: { id: string, name: string, unit: string } }>, thresholds: { positiveBelow: number, stableUpTo: number } } | null } };

export type IndexWorkbenchMethodSheetQueryVariables = Exact<{
  key: string;
  locale: Locale;
}>;


export type IndexWorkbenchMethodSheetQuery = { indexDefinitionByKey: { id: string, version: number, methodSheet: string } };

export type IndexWorkbenchRunQueryVariables = Exact<{
  id: string | number;
  locale: Locale;
}>;


export type IndexWorkbenchRunQuery = { indexRun: { methodSheet: string, id: string, name: string, definitionKey: string, definitionVersion: number, level: AreaLevel, referenceDate: string, validCount: number, excludedCount: number, label: string | null, createdAt: string, previousRun: { id: string, name: string, definitionKey: string, definitionVersion: number, level: AreaLevel, referenceDate: string, validCount: number, excludedCount: number, label: string | null, createdAt: string } | null } };

export type IndexWorkbenchResultsQueryVariables = Exact<{
  id: string | number;
  first: number;
  after?: string | null | undefined;
  locale: Locale;
}>;


export type IndexWorkbenchResultsQuery = { indexRun: { id: string, results: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { statusIndex: number | null, statusClass: IndexStatusClass | null, statusClassNumber: number | null, dynamicsIndex: number | null, dynamicsClass: IndexDynamicsClass | null, combinedCode: string | null, rank: number | null, excludedReason: IndexExclusionReason | null, excludedReasonText: string | null, area: { id: string, code: string, name: string } } }> } } };

export type IndexWorkbenchComparableRunsQueryVariables = Exact<{
  level: AreaLevel;
  first: number;
}>;


export type IndexWorkbenchComparableRunsQuery = { indexRuns: { edges: Array<{ node: { id: string, name: string, definitionKey: string, definitionVersion: number, level: AreaLevel, referenceDate: string, validCount: number, excludedCount: number, label: string | null, createdAt: string } }> } };

export type IndexWorkbenchClassChangesQueryVariables = Exact<{
  fromRunId: string | number;
  toRunId: string | number;
}>;


export type IndexWorkbenchClassChangesQuery = { indexClassChanges: Array<{ previousStatusClass: IndexStatusClass | null, currentStatusClass: IndexStatusClass | null, previousDynamicsClass: IndexDynamicsClass | null, currentDynamicsClass: IndexDynamicsClass | null, statusChanged: boolean, dynamicsChanged: boolean, direction: IndexChangeDirection, area: { id: string, code: string, name: string } }> };

export type IndexWorkbenchIndicatorsQueryVariables = Exact<{
  first: number;
}>;


export type IndexWorkbenchIndicatorsQuery = { indicators: { edges: Array<{ node: { id: string, key: string, name: string, unit: string, topic: string } }> } };

export type CreateIndexDefinitionMutationVariables = Exact<{
  input: IndexDefinitionInput;
}>;


export type CreateIndexDefinitionMutation = { createIndexDefinition: { id: string, key: string, name: string, description: string, version: number, isExample: boolean, updatedAt: string, standardisation: IndexStandardisationBasis, baseDate: string | null, minPopulation: number, excludedAreaCodes: Array<string>, status: { indicators: Array<{ indicatorKey: string, weight: number, polarity: IndexPolarity, indicator: { id: string, name: string, unit: string } }>, thresholds: { highBelow: number, middleUpTo: number, lowUpTo: number } }, dynamics: { indicators: Array<{ indicatorKey: string, weight: number, polarity: IndexPolarity, indicator: { id: string, name: string, unit: string } }>, thresholds: { positiveBelow: number, stableUpTo: number } } | null } };

export type UpdateIndexDefinitionMutationVariables = Exact<{
  id: string | number;
  input: IndexDefinitionInput;
}>;


export type UpdateIndexDefinitionMutation = { updateIndexDefinition: { id: string, key: string, name: string, description: string, version: number, isExample: boolean, updatedAt: string, standardisation: IndexStandardisationBasis, baseDate: string | null, minPopulation: number, excludedAreaCodes: Array<string>, status: { indicators: Array<{ indicatorKey: string, weight: number, polarity: IndexPolarity, indicator: { id: string, name: string, unit: string } }>, thresholds: { highBelow: number, middleUpTo: number, lowUpTo: number } }, dynamics: { indicators: Array<{ indicatorKey: string, weight: number, polarity: IndexPolarity, indicator: { id: string, name: string, unit: string } }>, thresholds: { positiveBelow: number, stableUpTo: number } } | null } };

export type RunIndexMutationVariables = Exact<{
  definitionId: string | number;
  level: AreaLevel;
  referenceDate: string;
  label?: string | null | undefined;
}>;


export type RunIndexMutation = { runIndex: { id: string, name: string, definitionKey: string, definitionVersion: number, level: AreaLevel, referenceDate: string, validCount: number, excludedCount: number, label: string | null, createdAt: string } };
