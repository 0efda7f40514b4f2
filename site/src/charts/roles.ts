// Participant roles (schema defs.role; their words come from the schema): one Okabe–Ito colour class each.
import defs from '@acces-soins/data/schemas/defs.schema.json';
import type { Role } from './records.ts';

/** The schema's roles, in its order (legends and link roles follow it). */
export const ROLES = defs.$defs.role.enum as readonly Role[];

/**
 * Okabe–Ito colour per role. Yellow (7), weak on white, goes to the rarest role; member and
 * recipient share black/white and differ by dash (see charts.css).
 */
const ROLE_COLOURS: Record<Role, number> = {
  signatory: 1, launcher: 2, organiser: 3, employer: 4, partner: 5, contributor: 6, funder: 7, member: 8, recipient: 8,
};

export function roleClass(role: Role): string {
  if (ROLE_COLOURS[role] === undefined) throw new Error(`charts: role "${role}" of the schema has no colour (site/src/charts/roles.ts)`);
  return `role-${role} cat-${ROLE_COLOURS[role]}`;
}
