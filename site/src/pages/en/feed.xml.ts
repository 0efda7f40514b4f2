import { atomFeed } from '../../lib/feed.ts';

export function GET() {
  return new Response(atomFeed('en'), { headers: { 'Content-Type': 'application/atom+xml' } });
}
