/**
 * Near-duplicate detection: MinHash signatures over shingles of search keys, with an LSH index of bands, so that
 * finding the copies of a text costs the same however many texts are indexed. Hand-written: small, and it must
 * shingle Marsad's own search keys (so that spelling and clitic variants of one wire text still match).
 */
import { searchKeys } from '../text/index.ts';

/** Signature length and LSH banding: 16 bands of 4 rows find pairs above Jaccard ~0.6 with high probability. */
const HASHES = 64;
const BANDS = 16;
const ROWS = HASHES / BANDS;
/** Shingles of this many consecutive keys. */
const SHINGLE = 3;
/** Estimated Jaccard similarity from which a text is a copy of another (wire text republished with small edits). */
export const DUPLICATE_JACCARD = 0.8;
/** Texts with fewer shingles are too short to call copies of anything. */
const MIN_SHINGLES = 8;

/** 32-bit FNV-1a of a string, with a seed. */
function hash(s: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193) >>> 0; }
  return h >>> 0;
}

/** The MinHash signature of a text, or null when it is too short. */
export function signature(text: string): Uint32Array | null {
  return signatureOfKeys(searchKeys(text));
}

/** The MinHash signature of a text's search keys (when they are at hand already), or null when too short. */
export function signatureOfKeys(keys: string[]): Uint32Array | null {
  if (keys.length - SHINGLE + 1 < MIN_SHINGLES) return null;
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  // Each key hashed once; a shingle's hash mixes its keys' hashes in order (no shingle strings built).
  const keyHashes = keys.map((k) => hash(k, 0));
  const seen = new Set<number>();
  for (let i = 0; i + SHINGLE <= keys.length; i++) {
    let base = 0x2545f491;
    for (let j = 0; j < SHINGLE; j++) base = Math.imul(base ^ keyHashes[i + j], 0x9e3779b1) ^ (base >>> 15);
    base >>>= 0;
    if (seen.has(base)) continue;
    seen.add(base);
    for (let k = 0; k < HASHES; k++) {
      // k-th hash from one shingle hash by a multiply-xorshift mix (independent enough for MinHash).
      let h = Math.imul(base ^ Math.imul(k + 1, 0x9e3779b1), 0x85ebca6b) >>> 0;
      h = (h ^ (h >>> 13)) >>> 0;
      if (h < sig[k]) sig[k] = h;
    }
  }
  return sig;
}

export function estimatedJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < HASHES; k++) if (a[k] === b[k]) same++;
  return same / HASHES;
}

/**
 * @example const idx = createMinHashIndex(); idx.add(1, text); idx.add(2, sameText) // 1
 */
export function createMinHashIndex() {
  const buckets = new Map<string, number[]>();
  const signatures = new Map<number, Uint32Array>();
  return {
    /** Indexes a text (or its signature); returns the id of the earlier text it copies, or null. */
    add(id: number, text: string | Uint32Array | null): number | null {
      const sig = typeof text === 'string' ? signature(text) : text;
      if (!sig) return null;
      let original: number | null = null;
      let best = 0;
      const bandKeys: string[] = [];
      for (let b = 0; b < BANDS; b++) {
        const key = `${b}:${Array.from(sig.subarray(b * ROWS, (b + 1) * ROWS)).join(',')}`;
        bandKeys.push(key);
        for (const other of buckets.get(key) ?? []) {
          const j = estimatedJaccard(sig, signatures.get(other)!);
          if (j >= DUPLICATE_JACCARD && j > best) { best = j; original = other; }
        }
      }
      signatures.set(id, sig);
      for (const key of bandKeys) (buckets.get(key) ?? buckets.set(key, []).get(key)!).push(id);
      return original;
    },
  };
}
