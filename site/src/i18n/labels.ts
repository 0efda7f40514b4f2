import type { Lang } from './lang.ts';

/**
 * Words for the codes used in the data (enums of the schemas). Presentation only: the codes themselves come
 * from the schemas, and `label()` fails the build when a code has no words, so a new enum value cannot slip
 * through untranslated.
 */
type Words = { fr: string; en: string };

const LABELS = {
  initiativeKind: {
    convention: { fr: 'Convention', en: 'Convention' },
    consultation: { fr: 'Concertation', en: 'Consultation' },
    programme: { fr: 'Programme', en: 'Programme' },
    roadmap: { fr: 'Feuille de route', en: 'Roadmap' },
    'national-plan': { fr: 'Plan national', en: 'National plan' },
    'national-strategy': { fr: 'Stratégie nationale', en: 'National strategy' },
  },
  status: {
    announced: { fr: 'Annoncée', en: 'Announced' },
    ongoing: { fr: 'En cours', en: 'Ongoing' },
    completed: { fr: 'Terminée', en: 'Completed' },
    unknown: { fr: 'État inconnu', en: 'Status unknown' },
  },
  scale: {
    national: { fr: 'Nationale', en: 'National' },
    regional: { fr: 'Régionale', en: 'Regional' },
    departmental: { fr: 'Départementale', en: 'Departmental' },
    local: { fr: 'Locale', en: 'Local' },
  },
  role: {
    signatory: { fr: 'Signataire', en: 'Signatory' },
    organiser: { fr: 'Organisateur', en: 'Organiser' },
    partner: { fr: 'Partenaire', en: 'Partner' },
    funder: { fr: 'Financeur', en: 'Funder' },
    launcher: { fr: "Lance l'initiative", en: 'Launcher' },
    employer: { fr: 'Employeur', en: 'Employer' },
    member: { fr: 'Membre', en: 'Member' },
    contributor: { fr: 'Contributeur', en: 'Contributor' },
    recipient: { fr: 'Destinataire', en: 'Recipient' },
  },
  eventKind: {
    signature: { fr: 'Signature', en: 'Signature' },
    launch: { fr: 'Lancement', en: 'Launch' },
    meeting: { fr: 'Réunion', en: 'Meeting' },
    opening: { fr: 'Ouverture', en: 'Opening' },
    deadline: { fr: 'Échéance', en: 'Deadline' },
    publication: { fr: 'Publication', en: 'Publication' },
  },
  objectiveKind: {
    objective: { fr: 'Objectif', en: 'Objective' },
    axis: { fr: 'Axe', en: 'Axis' },
    pillar: { fr: 'Pilier', en: 'Pillar' },
    question: { fr: 'Question', en: 'Question' },
  },
  relation: {
    'part-of': { fr: 'Fait partie de', en: 'Is part of' },
    implements: { fr: 'Met en œuvre', en: 'Implements' },
    'contributes-to': { fr: 'Alimente', en: 'Contributes to' },
    follows: { fr: 'Fait suite à', en: 'Follows' },
    'linked-to': { fr: 'Fait le lien avec', en: 'Linked to' },
  },
  /** The same relations read from the other end. */
  inverseRelation: {
    'part-of': { fr: 'Comprend', en: 'Includes' },
    implements: { fr: 'Mise en œuvre par', en: 'Implemented by' },
    'contributes-to': { fr: 'Alimentée par', en: 'Receives contributions from' },
    follows: { fr: 'Suivie par', en: 'Followed by' },
    'linked-to': { fr: 'Liée à', en: 'Linked to' },
  },
  level: {
    region: { fr: 'Région', en: 'Region' },
    departement: { fr: 'Département', en: 'Department' },
    commune: { fr: 'Commune', en: 'Commune' },
  },
  organisationKind: {
    'regional-health-agency': { fr: 'Agence régionale de santé', en: 'Regional health agency' },
    'professional-union': { fr: 'Union de professionnels de santé', en: 'Union of health professionals' },
    'departmental-council': { fr: 'Conseil départemental', en: 'Departmental council' },
    'regional-council': { fr: 'Conseil régional', en: 'Regional council' },
    ministry: { fr: 'Ministère', en: 'Ministry' },
    'health-insurance': { fr: 'Assurance maladie', en: 'Health insurance' },
    'state-representative': { fr: "Représentant de l'État", en: 'State representative' },
    'health-democracy-body': { fr: 'Instance de démocratie sanitaire', en: 'Health democracy body' },
    'public-health-structure': { fr: 'Structure publique de santé', en: 'Public health structure' },
    'national-body': { fr: 'Instance nationale', en: 'National body' },
    'head-of-state': { fr: "Chef de l'État", en: 'Head of State' },
    'reference-publisher': { fr: 'Éditeur de données de référence', en: 'Reference data publisher' },
  },
  facilityStatus: {
    open: { fr: 'Ouvert', en: 'Open' },
    planned: { fr: 'Ouverture annoncée', en: 'Opening announced' },
  },
  indicatorKind: {
    observed: { fr: 'Valeur constatée', en: 'Observed value' },
    target: { fr: 'Objectif annoncé', en: 'Announced target' },
  },
  unit: {
    people: { fr: 'personnes', en: 'people' },
    patients: { fr: 'patients', en: 'patients' },
    'health-centres': { fr: 'centres de santé', en: 'health centres' },
    members: { fr: 'membres', en: 'members' },
    stages: { fr: 'étapes', en: 'stages' },
    questions: { fr: 'questions', en: 'questions' },
    axes: { fr: 'axes', en: 'axes' },
    pillars: { fr: 'piliers', en: 'pillars' },
  },
  sourceKind: {
    'press-release': { fr: 'Communiqué de presse', en: 'Press release' },
    'news-article': { fr: 'Article de presse', en: 'News article' },
    'web-page': { fr: 'Page web institutionnelle', en: 'Institutional web page' },
    'reference-dataset': { fr: 'Jeu de données de référence', en: 'Reference dataset' },
  },
  /** Kinds of files in the snapshot manifest (snapshots/manifest.json). */
  downloadKind: {
    zip: { fr: 'Archive complète', en: 'Complete archive' },
    json: { fr: 'JSON : enregistrements complets', en: 'JSON: full records' },
    csv: { fr: 'CSV (UTF-8, séparateur virgule)', en: 'CSV (UTF-8, comma-separated)' },
    excel: { fr: 'CSV pour tableur en français (point-virgule, UTF-8 avec BOM, virgule décimale)', en: 'CSV for spreadsheets set to French (semicolon, UTF-8 with BOM, decimal comma)' },
    datapackage: { fr: 'Description Frictionless Data Package', en: 'Frictionless Data Package descriptor' },
    citation: { fr: 'Citer les données', en: 'Citing the data' },
    readme: { fr: 'Mode d’emploi', en: 'Read me' },
    checksums: { fr: 'Empreintes', en: 'Checksums' },
  },
} satisfies Record<string, Record<string, Words>>;

export type Vocabulary = keyof typeof LABELS;

export function label(lang: Lang, vocabulary: Vocabulary, code: string): string {
  const words = (LABELS[vocabulary] as Record<string, Words>)[code];
  if (!words) throw new Error(`site: no ${lang} label for ${vocabulary} "${code}" (add it to site/src/i18n/labels.ts)`);
  return words[lang];
}
