/**
 * @acces-soins/data — public policies against unequal access to health care in Occitanie and
 * Provence-Alpes-Côte d'Azur, as typed data: every dataset, its types, precompiled validators, query helpers
 * and the package metadata (versions, licences, how to cite). One export line per module: bundlers keep what is used.
 */
export * from '../generated/datasets.ts';
export { sources } from '../generated/sources.ts';
export { territories } from '../generated/territories.ts';
export { organisations } from '../generated/organisations.ts';
export { people } from '../generated/people.ts';
export { themes } from '../generated/themes.ts';
export { initiatives } from '../generated/initiatives.ts';
export { events } from '../generated/events.ts';
export { indicators } from '../generated/indicators.ts';
export { facilities } from '../generated/facilities.ts';
export type * from '../generated/types.ts';
export type * from '../generated/ids.ts';
export { metadata } from '../generated/metadata.ts';
export { schemaVocabulary } from '../generated/vocabulary.ts';
export type { Metadata, DatasetMetadata } from './metadata.ts';
export * from './validators.ts';
export * from './query.ts';
export { territoryHierarchy, type TerritoryHierarchy, type TerritoryNode } from './hierarchy.ts';
export { dateRange, compareDates, type DateRange } from './dates.ts';
export { currentStatus, statusHistory, reviewWindow, type CurrentStatus, type StatusClaim, type StatusOptions, type WithStatus } from './status.ts';
export { deepFreeze } from './freeze.ts';
