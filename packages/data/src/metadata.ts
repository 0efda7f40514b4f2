import type { DatasetName } from '../generated/datasets.ts';
import type { Text } from '../generated/types.ts';

export interface DatasetMetadata {
  title: Text;
  description: Text;
  /** Number of published records. */
  records: number;
  /** Day the dataset was last checked against its sources (YYYY-MM-DD). */
  verified: string;
  /** Day by which it should be checked again (YYYY-MM-DD). */
  reviewBy: string;
}

/** What the package is, which data it holds, under which licences, and how to cite it. */
export interface Metadata {
  /** npm package name. */
  name: string;
  /** Package version (semver, managed by changesets). */
  version: string;
  /**
   * Version of the data: the package version in which these records and schemas were released, unchanged since
   * (a code-only release keeps it). `<version>+unreleased` for data not released yet.
   */
  dataVersion: string;
  /** Date of the data: the latest day a dataset was verified (YYYY-MM-DD), never a build time. */
  dataDate: string;
  title: Text;
  description: Text;
  /** Which documents are in, how they were chosen, what is not covered: five documents, not an inventory. */
  scope: Text;
  keywords: string[];
  /** SPDX identifiers: the data under Licence Ouverte 2.0, the code under MIT. */
  licences: { data: string; code: string };
  /** How to cite the data: a sentence in French and in English, and a BibTeX entry. */
  citation: { text: Text; bibtex: string };
  datasets: Record<DatasetName, DatasetMetadata>;
}
