import { createRequire } from 'node:module';
import { createRandom, seedOf } from './random.ts';

/** A commune of the official geographic code (COG), as @etalab/decoupage-administratif publishes it. */
interface CogCommune {
  code: string;
  nom: string;
  departement: string;
  type: string;
  population?: number;
}

// The package's main entry is broken: its JSON files are read directly.
const cog = createRequire(import.meta.url)('@etalab/decoupage-administratif/data/communes.json') as CogCommune[];

export interface CommuneRecord {
  id: string;
  level: 'commune';
  code: string;
  name: string;
  parent: string;
  population?: number;
  reference: string;
}

const communeId = (code: string) => `commune-${code.toLowerCase()}`;

/**
 * Moves synthetic records to other REAL communes of the same department, so that scaled data spreads over real places
 * (codes, names and parents from the COG) instead of piling onto the few communes of the real data.
 */
export class CommuneSubstitution {
  private readonly byDepartment = new Map<string, CogCommune[]>();
  /** Each real commune of the data: its department, its rank among the data's communes there, and what its stand-ins inherit. */
  private readonly originals = new Map<string, { department: string; rank: number; count: number; parent: string; reference: string }>();

  constructor(originalCommunes: { id: string; code: string; parent: string; reference: string }[], seed: number) {
    const ranks = new Map<string, number>();
    for (const { id, code, parent, reference } of originalCommunes) {
      const commune = cog.find((candidate) => candidate.code === code && candidate.type === 'commune-actuelle');
      if (commune === undefined) throw new Error(`territories: commune ${code} (${id}) is not a current commune of the COG`);
      const rank = ranks.get(commune.departement) ?? 0;
      ranks.set(commune.departement, rank + 1);
      this.originals.set(id, { department: commune.departement, rank, count: 0, parent, reference });
    }
    for (const original of this.originals.values()) {
      original.count = ranks.get(original.department)!;
      if (this.byDepartment.has(original.department)) continue;
      const communes = cog.filter((commune) => commune.departement === original.department && commune.type === 'commune-actuelle');
      this.byDepartment.set(original.department, createRandom(seedOf(seed, 'communes', original.department)).shuffle(communes));
    }
  }

  isCommune(id: string): boolean {
    return this.originals.has(id);
  }

  /** The commune that stands for real commune `id` in copy `copy`: distinct communes of one copy stay distinct. */
  substitute(id: string, copy: number): CommuneRecord {
    const { department, rank, count, parent, reference } = this.originals.get(id)!;
    const communes = this.byDepartment.get(department)!;
    const commune = communes[(copy * count + rank) % communes.length];
    return {
      id: communeId(commune.code),
      level: 'commune',
      code: commune.code,
      name: commune.nom,
      parent,
      ...(commune.population === undefined ? {} : { population: commune.population }),
      reference,
    };
  }
}
