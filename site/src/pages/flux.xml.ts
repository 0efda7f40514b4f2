import { atomFeed } from '../lib/feed.ts';

export function GET() {
  return new Response(atomFeed('fr'), { headers: { 'Content-Type': 'application/atom+xml' } });
}
