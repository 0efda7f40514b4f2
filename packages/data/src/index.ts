/**
 * @acces-soins/data — public policies against unequal access to health care in Occitanie and
 * Provence-Alpes-Côte d'Azur, as typed data: every dataset, its types, precompiled validators, query helpers
 * and the package metadata (versions, licences, how to cite).
 */
export * from '../generated/datasets.ts';
export type * from '../generated/types.ts';
export { metadata } from '../generated/metadata.ts';
export type { Metadata, DatasetMetadata } from './metadata.ts';
export * from './validators.ts';
export * from './query.ts';
export { dateRange, compareDates, type DateRange } from './dates.ts';
export { currentStatus, statusHistory, reviewWindow, type CurrentStatus, type StatusClaim, type StatusOptions, type WithStatus } from './status.ts';
