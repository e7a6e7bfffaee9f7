export { normalize, normalizeWithOffsets, isIgnorable } from './normalize.ts';
export { tokenize, words, type Token, type TokenKind } from './tokenize.ts';
export { sentences, type Sentence } from './sentences.ts';
export { foldedWords, keyedWords, searchKey, searchKeys, stripClitics } from './stem.ts';
export { isStopword } from './stopwords.ts';
export { language, arabicShare } from './lang.ts';
export { findDates, parseDate, monthNumber, weekdayNumber, MONTH_PATTERN, WEEKDAY_PATTERN, type FoundDate } from './dates.ts';
export { termVector, cosineSimilarity, idf, type TermVector } from './vector.ts';
export { nameKey, foldedNameKey, nameKeys, entityKeyOf } from './names.ts';
