/**
 * dateline — move a standalone date line into `meta.date`.
 *
 * Summary: a line that is only a date, optionally labelled ("Posted",
 *   "Published on", "Updated:") with a weekday, time and zone, is removed and
 *   parsed to ISO 8601 ("and last updated 6:22 PM, Mar 24, 2017"; ABC's
 *   glued "Posted 7 Apr 20187 April 2018Sat 7 Apr 2018 at 2:58am"). Among the
 *   top lines below the first, a relative or reading time ("11h ago",
 *   "Yesterday at 10:43 am", "Estimated read time: 2 min") is removed too,
 *   and anywhere a labelled time of day ("Updated 10:32 a.m. ET", "Posted at
 *   9:15 p.m."), and among the top lines a bare time with its half of the
 *   day or zone ("10:32 a.m. ET"), with nothing for meta.date.
 * Why it happens: the page's timestamp block is scraped with the article.
 * Fix and confidence: 0.95 for a labelled date anywhere; 0.9 for a bare date
 *   in the first `topLines` or last `bottomLines` content lines; 0.6 for a bare
 *   date elsewhere (reported only: a timeline entry may be content).
 * Options: `topLines` (default 6), `bottomLines` (default 3).
 * Known false positives: a bare date used as a sub-heading in a timeline
 *   article, near the top.
 * Example: seed 003 "Posted April 15, 2017" → meta.date "2017-04-15".
 */
import type { FindingDraft } from "../types.js";
import { isCaseless } from "../util/case.js";
import { parseDateLine, TIME_ZONES } from "../util/date.js";
import { defineRule } from "./rule.js";

/**
 * A relative time alone ("11h ago", "Yesterday at 10:43 am", "Updated 3 hours
 * ago") or a reading time ("Estimated read time: 2 min"), probe17
 * top/relative-time and top/reading-time: the page's timestamp block, removed
 * among the top lines below the first; no year, so nothing goes to meta.date.
 */
const RELATIVE_TIME =
  /^(?:(?:updated|posted|published)\s+)?(?:\d{1,3}\s?(?:s|m|h|d|w|mins?|hrs?|minutes?|hours?|days?|weeks?)\s+ago|(?:yesterday|today)(?:,\s*|\s+at\s+)\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?)$/i;
/**
 * A time of day under a publication label and nothing else ("Updated 10:32
 * a.m. ET", "Posted at 9:15 p.m.", "Last updated at 10:32 BST"): a live
 * page's timestamp, anywhere in the text (the label says what it is); no
 * date, so nothing goes to meta.date.
 */
const TIME_ZONE = `(?:${TIME_ZONES}|local time)`;
const LABELLED_TIME = new RegExp(
  `^(?:last\\s+)?(?:updated|posted|published|modified)(?:\\s+on)?\\s*:?\\s*(?:at\\s+)?\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s*${TIME_ZONE})?\\.?$`,
  "i",
);
/** A bare time of day with its half of the day or zone ("10:32 a.m. ET"): a timestamp among the top lines only. */
const BARE_TIME = new RegExp(
  `^\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?(?:\\s*${TIME_ZONE})?|${TIME_ZONE})\\.?$`,
  "i",
);
const READ_TIME = /^(?:estimated\s+)?(?:read|reading)\s+time:?\s*\d{1,3}\s*(?:min|mins|minutes?)\.?$/i;

export default defineRule({
  meta: {
    id: "dateline",
    kind: "metadata",
    description: 'Remove standalone date lines ("Posted April 15, 2017") and parse them into meta.date',
    fixable: true,
    defaultOptions: { topLines: 6, bottomLines: 3 },
  },
  check(doc, options): FindingDraft[] {
    const out: FindingDraft[] = [];
    const lines = doc.contentLines;
    const top = options.topLines as number;
    const bottom = options.bottomLines as number;
    const caseless = () => isCaseless(doc);
    for (let k = 0; k < lines.length; k++) {
      const line = lines[k]!;
      if (line.text.length > 120) continue;
      const parsed = parseDateLine(line.text, caseless);
      if (!parsed) {
        if (
          line.text.length <= 40 &&
          (LABELLED_TIME.test(line.text) ||
            (k > 0 &&
              k < top &&
              (RELATIVE_TIME.test(line.text) || READ_TIME.test(line.text) || BARE_TIME.test(line.text))))
        )
          out.push({
            message: `Unexpected time \`${line.text}\` in the text (a relative, labelled or reading time, no date)`,
            span: line.content,
            confidence: 0.9,
            fix: { span: doc.lineRemovalSpan(line.index), text: "" },
            actual: line.text,
            expected: "",
          });
        continue;
      }
      const edge = k < top || k >= lines.length - bottom;
      const confidence = parsed.label !== "" ? 0.95 : edge ? 0.9 : 0.6;
      out.push({
        message: `Unexpected dateline \`${line.text}\` in the text, expected it in meta.date (${parsed.iso})`,
        span: line.content,
        confidence,
        fix: { span: doc.lineRemovalSpan(line.index), text: "" },
        actual: line.text,
        expected: parsed.iso,
        meta: parsed.byline ? { date: parsed.iso, byline: parsed.byline } : { date: parsed.iso },
      });
    }
    return out;
  },
});
