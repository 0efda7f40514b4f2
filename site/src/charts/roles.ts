// Participant roles (schema defs.role): labels and one Okabe–Ito colour class each.
import type { Bilingual } from './i18n.ts';
import type { Role } from './records.ts';

export const ROLES: readonly Role[] = ['signatory', 'launcher', 'organiser', 'employer', 'partner', 'funder', 'contributor', 'member', 'recipient'];

export const ROLE_LABELS: Record<Role, Bilingual> = {
  signatory: { fr: 'Signataire', en: 'Signatory' },
  organiser: { fr: 'Organisateur', en: 'Organiser' },
  partner: { fr: 'Partenaire', en: 'Partner' },
  funder: { fr: 'Financeur', en: 'Funder' },
  launcher: { fr: 'Lance l’initiative', en: 'Launcher' },
  employer: { fr: 'Employeur', en: 'Employer' },
  member: { fr: 'Membre', en: 'Member' },
  contributor: { fr: 'Contributeur', en: 'Contributor' },
  recipient: { fr: 'Destinataire', en: 'Recipient' },
};

/**
 * Okabe–Ito colour per role. Yellow (7), weak on white, goes to the rarest role; member and
 * recipient share black/white and differ by dash (see charts.css).
 */
const ROLE_COLOURS: Record<Role, number> = {
  signatory: 1, launcher: 2, organiser: 3, employer: 4, partner: 5, contributor: 6, funder: 7, member: 8, recipient: 8,
};

export function roleClass(role: Role): string {
  return `role-${role} cat-${ROLE_COLOURS[role]}`;
}
