/**
 * The Atom feed of a language: every dated event, newest first, and the current data release. Entry dates come
 * from the data (an event's date, the data's verification date), never from the clock, so a rebuild of the same
 * data gives the same feed. A month or year is dated at its first day, as the package's dateRange() gives it.
 */
import { currentStatus, dateRange } from '@acces-soins/data';
import { statusSentence } from './status.ts';
import { eventsInOrder, get, metadata } from './data.ts';
import { escapeXml } from './xml.ts';
import { href } from './links.ts';
import { SITE_ORIGIN } from '../config.ts';
import { feedPath, homePath, sectionPath } from '../i18n/routes.ts';
import { formatDate, formatDay } from '../i18n/format.ts';
import { label } from '../i18n/labels.ts';
import { t } from '../i18n/ui.ts';
import type { Lang } from '../i18n/lang.ts';

interface Entry {
  id: string;
  title: string;
  updated: string;
  link: string;
  summary: string;
}

const timestamp = (day: string) => `${day}T00:00:00Z`;

function entries(lang: Lang): Entry[] {
  const events = eventsInOrder().map((event) => {
    const link = SITE_ORIGIN + href.initiative(lang, event.initiative);
    const when = formatDate(event.date, lang) + (event.date.inferred ? ` (${t(lang, 'date.inferred')})` : '');
    return {
      id: `${link}#${event.id}`,
      title: event.title[lang],
      updated: timestamp(dateRange(event.date).start),
      link,
      // An announced event is not a fact: say so, with the date of the source that announces it.
      summary: `${label(lang, 'eventKind', event.kind)} — ${when}${currentStatus(event).value === 'announced' ? ` — ${statusSentence(event, lang)}` : ''} — ${get('initiatives', event.initiative).title[lang]}`,
    };
  });
  const release = {
    id: `${SITE_ORIGIN}${sectionPath(lang, 'data')}#${metadata.dataVersion}`,
    title: `${t(lang, 'feed.release', { date: formatDay(metadata.dataDate, lang) })} (${metadata.dataVersion})`,
    updated: timestamp(metadata.dataDate),
    link: SITE_ORIGIN + sectionPath(lang, 'data'),
    summary: metadata.description[lang],
  };
  return [...events, release].sort((a, b) => b.updated.localeCompare(a.updated) || a.id.localeCompare(b.id));
}

export function atomFeed(lang: Lang): string {
  const list = entries(lang);
  const self = SITE_ORIGIN + feedPath(lang);
  const xmlEntries = list.map(
    (e) =>
      `  <entry>\n    <id>${escapeXml(e.id)}</id>\n    <title>${escapeXml(e.title)}</title>\n    <updated>${e.updated}</updated>\n` +
      `    <link rel="alternate" type="text/html" href="${escapeXml(e.link)}"/>\n    <summary>${escapeXml(e.summary)}</summary>\n  </entry>`,
  );
  return (
    `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">\n` +
    `  <id>${escapeXml(self)}</id>\n  <title>${escapeXml(`${t(lang, 'site.name')} — ${t(lang, 'feed.title')}`)}</title>\n` +
    `  <updated>${list.map((e) => e.updated).sort().at(-1)}</updated>\n  <author><name>acces-soins</name></author>\n` +
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(self)}"/>\n  <link rel="alternate" type="text/html" href="${escapeXml(SITE_ORIGIN + homePath(lang))}"/>\n` +
    `${xmlEntries.join('\n')}\n</feed>\n`
  );
}
