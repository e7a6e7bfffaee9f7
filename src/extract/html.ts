import type { InputBlock } from './classify.ts';
import type { PageMeta } from './assemble.ts';

export function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!doctype html|<html|<head|<body|<meta|<article|<div|<p[\s>])/i.test(text.slice(0, 2000));
}

export function htmlToBlocks(_html: string): { blocks: InputBlock[]; meta: PageMeta } {
  return { blocks: [], meta: {} };
}
