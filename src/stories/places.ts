/**
 * The places an article's headline says an occasion happens in («66 مركزاً للانتخابات البلدية في الطائف»), for
 * telling apart occasions of one kind in different places (the municipal-election preparations of seven cities
 * are seven stories, not one). Countries, capitals and regions are left out: news names them as actors
 * («البحرين تدين …») far more than as where something happens. Hand-written for Arabic headlines: place words
 * come from data/place-words.json (ANERgazet, the gazetteer), countries from Intl.DisplayNames.
 */
import { loadData } from '../data.ts';
import { normalize, searchKey, tokenize } from '../text/index.ts';

const placeWords = loadData<{ words: string[]; phrases: string[] }>('place-words');
const actors = loadData<{ capitals: string[]; regions: string[] }>('actor-places');

/** Every word of every country's Arabic name, of the capitals and of the regions, folded. */
function actorWords(): Set<string> {
  const names: string[] = [...actors.capitals, ...actors.regions, 'السعودية', 'أمريكا', 'أميركا'];
  const regionNames = new Intl.DisplayNames(['ar'], { type: 'region' });
  for (let a = 65; a <= 90; a++) for (let b = 65; b <= 90; b++) {
    const code = String.fromCharCode(a, b);
    try { const name = regionNames.of(code); if (name && name !== code) names.push(name.replace(/\s*\(.*\)\s*/g, ' ')); } catch { /* not a region code */ }
  }
  const words = new Set<string>();
  for (const n of names) for (const t of tokenize(n)) { words.add(t.norm); words.add(t.norm.replace(/^ال/, '')); }
  return words;
}
const ACTORS = actorWords();
const isActor = (w: string) => ACTORS.has(w) || ACTORS.has(w.replace(/^ال/, ''));
const PLACE_WORDS = new Set(placeWords.words.filter((w) => !isActor(w)));
/** Two-word places, by their first word: the second word is the distinctive one («المدينة المنورة»). */
const PLACE_PHRASES = new Map<string, string[]>();
for (const p of placeWords.phrases) {
  const [first, second] = p.split(' ');
  if (isActor(first) || isActor(second)) continue;
  (PLACE_PHRASES.get(first) ?? PLACE_PHRASES.set(first, []).get(first)!).push(second);
}

/** Readings of a folded headline word without a glued conjunction or preposition. */
function readings(w: string): string[] {
  const out = [w];
  if (/^[وفبلك]/.test(w) && w.length > 3) out.push(w.slice(1));
  if (/^[وف][بلك]/.test(w) && w.length > 4) out.push(w.slice(2));
  if (/^[وف]?لل/.test(w)) out.push(`ال${w.slice(w.indexOf('لل') + 2)}`);
  return out;
}

/**
 * The search keys of the places a headline names (keys, so that the article's and the story's text can be asked
 * whether they mention them).
 * @example headlinePlaces('66 مركزاً للانتخابات البلدية في الطائف') // ['طايف']
 */
export function headlinePlaces(title: string): string[] {
  const found = new Set<string>();
  const tokens = tokenize(normalize(title));
  for (const [i, t] of tokens.entries()) {
    // A two-word place counts by its second word's key («المدينة المنورة» -> منور).
    const next = tokens[i + 1]?.norm;
    const second = next ? readings(t.norm).flatMap((r) => PLACE_PHRASES.get(r) ?? []).find((w) => w === next) : undefined;
    if (second) { found.add(searchKey(second)); continue; }
    // A reading without a leading letter counts where what is left begins with ال or has four letters or more
    // («بالجوف» is الجوف, «بتبوك» is تبوك; «لجان» is not جان).
    const place = readings(t.norm).find((r, i) => PLACE_WORDS.has(r) && (i === 0 || r.startsWith('ال') || r.length >= 4));
    if (place) found.add(searchKey(place));
  }
  return [...found];
}
