import { communeIndex } from '../lib/communes.ts';

/** /communes.json: the « ma commune » lookup list, shared by the French and English pages. */
export function GET() {
  return new Response(JSON.stringify(communeIndex()), { headers: { 'Content-Type': 'application/json' } });
}
