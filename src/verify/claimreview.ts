/**
 * schema.org ClaimReview JSON-LD for a verdict, the format fact-checkers publish and search engines read:
 * claimReviewed, reviewRating (1 contradicted, 2 unverified, 3 supported, with alternateName), itemReviewed
 * (the Claim with its appearance in the article and datePublished) and author.
 *
 *   toClaimReview(claim, { title: 'Call', published: '2025-03-19', url: 'https://example.org/a' })
 *   // { '@context': 'https://schema.org', '@type': 'ClaimReview', claimReviewed: 'the June 2023 phone call …',
 *   //   reviewRating: { '@type': 'Rating', ratingValue: 1, alternateName: 'Contradicted', … }, … }
 */
import type { ClaimRecord, ClaimVerdict } from '../core/types.js';

export interface ReviewedArticle {
  title: string;
  published: string | null;
  /** Where the article appeared (a URL, else the file it was read from). */
  url: string;
}

const RATING: Record<ClaimVerdict, { value: number; name: string }> = {
  contradicted: { value: 1, name: 'Contradicted' },
  unverified: { value: 2, name: 'Unverified' },
  supported: { value: 3, name: 'Supported' },
};

export function toClaimReview(claim: Pick<ClaimRecord, 'text' | 'verdict' | 'explanation' | 'evidence'>, article: ReviewedArticle, reviewed: string = new Date().toISOString().slice(0, 10)) {
  const rating = RATING[claim.verdict];
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    claimReviewed: claim.text,
    reviewBody: claim.explanation,
    datePublished: reviewed,
    author: { '@type': 'Organization', name: 'Parley' },
    reviewRating: { '@type': 'Rating', ratingValue: rating.value, bestRating: 3, worstRating: 1, alternateName: rating.name },
    itemReviewed: {
      '@type': 'Claim',
      ...(article.published ? { datePublished: article.published } : {}),
      appearance: [{ '@type': 'CreativeWork', url: article.url, headline: article.title, ...(article.published ? { datePublished: article.published } : {}) }],
    },
    citation: claim.evidence.map((e) => (e.kind === 'knowledge' ? { '@type': 'CreativeWork', name: e.note ?? e.ref } : { '@type': 'CreativeWork', name: e.note ?? e.documentId, identifier: e.documentId ?? e.eventId })),
  };
}
