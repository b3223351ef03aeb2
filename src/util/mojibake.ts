/**
 * Mojibake repair: UTF-8 bytes that were decoded as windows-1252 / latin-1
 * ("â€™" → "’", "Ã©" → "é"). A table generated from the characters we
 * recognise; conservative — only sequences that do not occur in real text.
 */

export interface MojibakeRepair {
  /** Half-open UTF-16 offsets into the input. */
  start: number;
  end: number;
  actual: string;
  expected: string;
}

/** windows-1252 0x80–0x9F; undefined bytes keep their C1 code point (WHATWG). */
const CP1252_HIGH =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

const UTF8 = new TextEncoder();

function cp1252Char(byte: number): string {
  return byte >= 0x80 && byte <= 0x9f ? (CP1252_HIGH[byte - 0x80] ?? "") : String.fromCharCode(byte);
}

/**
 * The characters whose UTF-8 form we recognise when misread. Every sequence
 * produced from these starts with "Ã", "Â", "â€", "â‚", "â„" or "Å", none of
 * which occurs in real text followed by the same continuation.
 */
function repairTargets(): string[] {
  const out: string[] = [];
  for (let c = 0xa0; c <= 0xff; c++) out.push(String.fromCharCode(c)); // Latin-1 letters and symbols
  for (let c = 0x2000; c <= 0x203f; c++) out.push(String.fromCharCode(c)); // general punctuation
  out.push("€", "™", "œ", "š", "ž", "Ž");
  return out;
}

interface RepairEntry {
  expected: string;
  /** Only repair when the character after the match is a letter. */
  needsLetterAfter: boolean;
  /** Only repair when the character before the match is not an upper-case letter. */
  notAfterUpper: boolean;
}

function buildRepairTable(): ReadonlyMap<string, RepairEntry> {
  const table = new Map<string, RepairEntry>();
  const add = (mojibake: string, expected: string, flags: Partial<RepairEntry> = {}): void => {
    if (mojibake.length < 2 || table.has(mojibake)) return;
    table.set(mojibake, { expected, needsLetterAfter: false, notAfterUpper: false, ...flags });
  };
  for (const ch of repairTargets()) {
    const bytes = [...UTF8.encode(ch)];
    const as1252 = bytes.map(cp1252Char).join("");
    const asLatin1 = bytes.map((b) => String.fromCharCode(b)).join("");
    // "Ã”"/"Ã’" (Ô/Ò) also read as a word ending in Ã plus a closing quote.
    const ambiguous = as1252 === "Ã”" || as1252 === "Ã’";
    add(as1252, ch, { needsLetterAfter: ambiguous });
    add(asLatin1, ch);
  }
  // The UTF-8 BOM read as windows-1252.
  add("ï»¿", "");
  // NBSP flattened to a space after being misread: "Â " → " ", unless the Â
  // ends an upper-case word (Romanian/Vietnamese capitals).
  add("Â ", " ", { notAfterUpper: true });
  return table;
}

const REPAIRS = buildRepairTable();

// Every repairable sequence starts with one of these characters (cheap pre-check).
const LEADS = ["Ã", "Â", "â", "Å", "ï"];

const REPAIR_RE = new RegExp(
  [...REPAIRS.keys()]
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|") +
    // "â€" whose third byte (0x9D → ”) was stripped as a control character.
    "|â€(?=$|[\\s.,;:!?)\\]])",
  "gu",
);

/**
 * Replace common UTF-8-read-as-windows-1252 sequences ("â€™" → "’", "Ã©" → "é",
 * "Â\u00a0" → "\u00a0"…). Conservative: only sequences that do not occur in
 * real text. Offsets in `repairs` refer to the input.
 */
export function repairMojibake(text: string): { text: string; repairs: MojibakeRepair[] } {
  const repairs: MojibakeRepair[] = [];
  if (!LEADS.some((c) => text.includes(c))) return { text, repairs };
  let out = "";
  let last = 0;
  for (const m of text.matchAll(REPAIR_RE)) {
    const actual = m[0];
    const start = m.index;
    const end = start + actual.length;
    let expected: string;
    const entry = REPAIRS.get(actual);
    if (entry) {
      if (entry.needsLetterAfter && !/\p{L}/u.test(text[end] ?? "")) continue;
      if (entry.notAfterUpper && /\p{Lu}/u.test(text[start - 1] ?? "")) continue;
      expected = entry.expected;
    } else {
      // Bare "â€" before a space or punctuation: a closing quote after a word.
      if (start === 0 || /\s/.test(text[start - 1] ?? " ")) continue;
      expected = "\u201d";
    }
    out += text.slice(last, start) + expected;
    last = end;
    repairs.push({ start, end, actual, expected });
  }
  if (repairs.length === 0) return { text, repairs };
  return { text: out + text.slice(last), repairs };
}
