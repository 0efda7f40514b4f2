// Which departments a territory stands for: a region counts for each of its departments,
// a commune for its department. Shared by the map and the coverage matrix.
import { territoryHierarchy, type TerritoryHierarchy } from '@acces-soins/data';
import { compareText } from './i18n.ts';
import type { Territory } from './records.ts';

export type Coverage = 'department' | 'region' | 'commune';

export class TerritoryIndex {
  readonly byId: Map<string, Territory>;
  /** Departments in the data, sorted by region then INSEE code. */
  readonly departments: Territory[];
  readonly regions: Territory[];
  /** Ancestors and descendants: the package's one implementation of the hierarchy. */
  readonly hierarchy: TerritoryHierarchy<Territory>;

  constructor(territories: readonly Territory[]) {
    this.byId = new Map(territories.map((t) => [t.id, t]));
    this.hierarchy = territoryHierarchy(territories);
    this.regions = territories.filter((t) => t.level === 'region').sort((a, b) => compareText(a.code, b.code));
    const regionOrder = new Map<string, number>(this.regions.map((r, i) => [r.id, i]));
    this.departments = territories
      .filter((t) => t.level === 'departement')
      .sort((a, b) => (regionOrder.get(a.parent ?? '') ?? 99) - (regionOrder.get(b.parent ?? '') ?? 99) || compareText(a.code, b.code));
  }

  get(id: string): Territory {
    const territory = this.byId.get(id);
    if (!territory) throw new Error(`territories: no territory with id "${id}"`);
    return territory;
  }

  departmentsOf(regionId: string): Territory[] {
    return this.departments.filter((d) => d.id !== regionId && this.hierarchy.within(d.id, regionId));
  }

  /** Departments a territory id covers, with how (directly, through its region, through a commune). */
  departmentCoverage(territoryId: string): { department: Territory; via: Coverage }[] {
    const territory = this.get(territoryId);
    if (territory.level === 'departement') return [{ department: territory, via: 'department' }];
    if (territory.level === 'region') return this.departmentsOf(territory.id).map((department) => ({ department, via: 'region' }));
    const department = this.hierarchy.ancestors(territory.id).find((t) => t.level === 'departement');
    return department ? [{ department, via: 'commune' }] : [];
  }

  regionOf(department: Territory): Territory | undefined {
    return this.byId.has(department.id) ? this.hierarchy.ancestors(department.id).find((t) => t.level === 'region') : undefined;
  }
}
