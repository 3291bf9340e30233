/**
 * schema.org ClaimReview JSON-LD for a verdict, in the form fact-check search results accept: the review's own
 * `url`, `claimReviewed` as the claim in words, `reviewRating` (1 contradicted, 2 unverified, 3 supported, with
 * alternateName), `datePublished` = the day the verdict was made, and `itemReviewed`, the Claim, with its
 * `author` (the outlet that made it), its `datePublished` and its `appearance` (the article's real URL only).
 *
 *   toClaimReview(claim, { title: 'Call', published: '2025-03-20', url: 'https://example.org/a', outlet: 'Example News',
 *                          reviewUrl: 'https://checks.example.org/review/sha256:…/k2' }, '2025-03-25')
 *   // { '@type': 'ClaimReview', url: 'https://checks.example.org/review/…', datePublished: '2025-03-25',
 *   //   claimReviewed: 'Donald Trump was a former President of the United States at the time of the June 12, 2023 call',
 *   //   itemReviewed: { '@type': 'Claim', author: { '@type': 'Organization', name: 'Example News' },
 *   //                   appearance: [{ '@type': 'CreativeWork', url: 'https://example.org/a', … }] }, … }
 */
import type { ClaimRecord, ClaimVerdict } from '../core/types.js';

export interface ReviewedArticle {
  title: string;
  published: string | null;
  /** Where the article appeared: a public http(s) URL, else empty (a local file is no appearance). */
  url: string;
  /** The outlet that published it (the claim's author), when known. */
  outlet?: string | null;
  /** Where this review is published; defaults to a review address under PARLEY_REVIEW_URL. */
  reviewUrl?: string;
  /** The article's id, for the default review address. */
  documentId?: string;
}

/** An address a reader can open: http(s) only (a local file or a record id is no appearance). */
export function publicUrl(uri: string | undefined | null): string | null {
  return uri && /^https?:\/\//i.test(uri) ? uri : null;
}

/** Which verdicts a ClaimReview export holds: contradicted claims by default. */
export function reviewed(verdict: ClaimVerdict, include: { supported?: boolean; unverified?: boolean } = {}): boolean {
  return verdict === 'contradicted' || (verdict === 'supported' && !!(include.supported || include.unverified)) || (verdict === 'unverified' && !!include.unverified);
}

/** Base of the review addresses (`PARLEY_REVIEW_URL`, else the local dashboard). */
export const REVIEW_BASE = process.env.PARLEY_REVIEW_URL ?? 'http://127.0.0.1:8080/review';

const RATING: Record<ClaimVerdict, { value: number; name: string }> = {
  contradicted: { value: 1, name: 'Contradicted' },
  unverified: { value: 2, name: 'Unverified' },
  supported: { value: 3, name: 'Supported' },
};

type Reviewed = Pick<ClaimRecord, 'id' | 'kind' | 'text' | 'subject' | 'asserted' | 'verdict' | 'explanation' | 'evidence'> & { event?: ClaimRecord['event'] };

export function toClaimReview(claim: Reviewed, article: ReviewedArticle, reviewed: string = new Date().toISOString().slice(0, 10)) {
  const rating = RATING[claim.verdict];
  const appearance = { '@type': 'CreativeWork', ...(article.url ? { url: article.url } : {}), headline: article.title, ...(article.published ? { datePublished: article.published } : {}) };
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: article.reviewUrl ?? `${REVIEW_BASE}/${encodeURIComponent(article.documentId ?? 'article')}/${encodeURIComponent(claim.id)}`,
    claimReviewed: claimInWords(claim),
    reviewBody: claim.explanation,
    datePublished: reviewed,
    author: { '@type': 'Organization', name: 'Parley' },
    reviewRating: { '@type': 'Rating', ratingValue: rating.value, bestRating: 3, worstRating: 1, alternateName: rating.name },
    itemReviewed: {
      '@type': 'Claim',
      ...(article.outlet ? { author: { '@type': 'Organization', name: article.outlet } } : {}),
      ...(article.published ? { datePublished: article.published } : {}),
      appearance: [appearance],
    },
    citation: claim.evidence.map((e) => (e.kind === 'knowledge' ? { '@type': 'CreativeWork', name: e.note ?? e.ref } : { '@type': 'CreativeWork', name: e.note ?? e.documentId, identifier: e.documentId ?? e.eventId })),
  };
}

/**
 * The claim as a sentence a reader can judge on its own: "Donald Trump was a former President of the United States
 * at the time of the June 12, 2023 call", "The phone call between Donald Trump and Vladimir Putin took place in
 * June 2023", "The truce on energy infrastructure ended on April 30, 2025". Falls back to the quoted words.
 */
export function claimInWords(claim: Reviewed): string {
  const a = claim.asserted;
  if (claim.kind === 'role' && a.office) {
    const office = a.office.split(' | ')[0]!;
    const what = a.status === 'former' ? `a former ${office}` : a.status === 'future' ? `about to become ${office}` : office;
    return `${claim.subject} was ${what} ${roleWhen(claim)}`.trim();
  }
  if (claim.kind === 'event-date' && a.date) {
    return `The ${a.event ?? 'event'} between ${claim.subject} took place ${a.precision === 'day' ? 'on' : 'in'} ${a.dateText ?? a.date}`;
  }
  if (claim.kind === 'commitment-date' && a.date) {
    return `${capitalise(claim.subject)} ${a.edge === 'start' ? 'took effect' : 'ended'} ${a.precision === 'day' ? 'on' : 'in'} ${a.dateText ?? a.date}`;
  }
  return claim.text;
}

function roleWhen(claim: Reviewed): string {
  const a = claim.asserted;
  if (!a.on) return '';
  const span = a.until ? `${a.on} to ${a.until}` : a.on;
  // the claim as the article makes it: "at the time of the June 12, 2023 call" (the ledger's date is the verdict's business)
  if (a.eventDate && claim.event) return `at the time of the ${a.eventDate} ${claim.event.noun}`;
  if ((a.basis === 'ledger-event' || a.basis === 'article-event') && claim.event) return `at the time of the ${claim.event.noun} (${span})`;
  if (a.basis === 'published') return `when the article was published (${a.on})`;
  return a.until ? `in ${span}` : `on ${span}`;
}

function capitalise(s: string): string {
  return s ? s[0]!.toUpperCase() + s.slice(1) : s;
}
