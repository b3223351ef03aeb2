/**
 * html-entity — decode HTML character references left in the text.
 *
 * Summary: "&amp;", "&#39;", "&#8217;", "&quot;", "&nbsp;", "&mdash;" and the
 *   other references of data/entities.ts become the characters they stand
 *   for, one finding per reference.
 * Why it happens: a scraper takes the text from the page source (or from a
 *   feed that escaped it twice) without decoding the references.
 * Fix and confidence: 0.95; only complete references (with the semicolon)
 *   of known names, or numeric ones that decode to a printable character.
 *   A decoded no-break space is then normalised by the whitespace rule.
 * Options: none.
 * Known false positives: a text about HTML that writes a reference on
 *   purpose ("type &amp; to get an ampersand"); "AT&T" and "&c" are not
 *   references and stay.
 * Example: "The council&#39;s budget &amp; tax plan" → "The council's budget & tax plan".
 */
import { decodableCodePoint, NAMED_ENTITIES } from "../data/entities.js";
import type { FindingDraft } from "../types.js";
import { defineRule } from "./rule.js";

const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/g;

export default defineRule({
  meta: {
    id: "html-entity",
    kind: "encoding",
    description: 'Decode HTML character references left in the text ("&amp;" → "&", "&#39;" → "\'")',
    fixable: true,
    defaultOptions: {},
  },
  check(doc): FindingDraft[] {
    const out: FindingDraft[] = [];
    const text = doc.text;
    if (!text.includes("&")) return out;
    for (const m of text.matchAll(REFERENCE)) {
      let expected: string | undefined;
      if (m[3] !== undefined)
        expected = Object.hasOwn(NAMED_ENTITIES, m[3]) ? NAMED_ENTITIES[m[3]] : undefined;
      else {
        const cp = m[1] !== undefined ? Number.parseInt(m[1], 10) : Number.parseInt(m[2]!, 16);
        if (decodableCodePoint(cp)) expected = String.fromCodePoint(cp);
      }
      if (expected === undefined) continue;
      const span = { start: m.index, end: m.index + m[0].length };
      out.push({
        message: `Unexpected \`${m[0]}\`, expected \`${expected}\``,
        span,
        confidence: 0.95,
        fix: { span, text: expected },
        actual: m[0],
        expected,
      });
    }
    return out;
  },
});
