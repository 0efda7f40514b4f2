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

/** Colour class; eight colours for nine roles, so the rarest two share one and differ by dash. */
export function roleClass(role: Role): string {
  const index = ROLES.indexOf(role);
  return `role-${role} cat-${Math.min(index, 7) + 1}`;
}
