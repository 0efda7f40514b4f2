/** The fields of a territory the hierarchy needs: any territory list will do (the package's, or a site's copy). */
export interface TerritoryNode {
  readonly id: string;
  readonly parent?: string | undefined;
}

/** Ancestors and descendants of the territories of one list (region ⊃ department ⊃ commune). */
export interface TerritoryHierarchy<T extends TerritoryNode> {
  /** The territory with this id. @throws RangeError when the list has none. */
  get(id: string): T;
  /** The territories containing this one, nearest first (a commune: its department, then its region). */
  ancestors(id: string): T[];
  /** The territories inside this one, at any depth, in list order (a region: its departments and their communes). */
  descendants(id: string): T[];
  /** The territories directly inside this one, in list order. */
  children(id: string): T[];
  /** True when `innerId` is `outerId` or lies inside it. */
  within(innerId: string, outerId: string): boolean;
}

/**
 * The one implementation of the territory hierarchy, over any list of territories: the package's own helpers use
 * it, and so can an application holding its own list. Indexes are built once, on the first call.
 */
export function territoryHierarchy<T extends TerritoryNode>(territories: readonly T[]): TerritoryHierarchy<T> {
  let byId: Map<string, T> | undefined;
  let childrenOf: Map<string, T[]> | undefined;
  const index = () => {
    if (byId === undefined) {
      byId = new Map(territories.map((territory) => [territory.id, territory]));
      childrenOf = new Map();
      for (const territory of territories) {
        if (territory.parent === undefined) continue;
        const siblings = childrenOf.get(territory.parent) ?? [];
        siblings.push(territory);
        childrenOf.set(territory.parent, siblings);
      }
    }
    return { byId, childrenOf: childrenOf! };
  };
  const get = (id: string): T => {
    const territory = index().byId.get(id);
    if (territory === undefined) throw new RangeError(`no territory "${id}"`);
    return territory;
  };
  const ancestors = (id: string): T[] => {
    const chain: T[] = [];
    const seen = new Set([id]);
    for (let parent = get(id).parent; parent !== undefined && !seen.has(parent); parent = chain.at(-1)!.parent) {
      seen.add(parent);
      chain.push(get(parent));
    }
    return chain;
  };
  const children = (id: string): T[] => index().childrenOf.get(get(id).id) ?? [];
  const descendants = (id: string): T[] => {
    const found = new Set<T>();
    const visit = (parent: string) => {
      for (const child of index().childrenOf.get(parent) ?? []) if (!found.has(child)) (found.add(child), visit(child.id));
    };
    visit(get(id).id);
    return territories.filter((territory) => found.has(territory));
  };
  const within = (innerId: string, outerId: string) => innerId === outerId || ancestors(innerId).some((territory) => territory.id === outerId);
  return { get, ancestors, descendants, children, within };
}
