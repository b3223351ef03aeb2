import { describe, expect, it } from "vitest";
import { CHROME_FAMILIES } from "../src/data/chrome.js";
import { Document } from "../src/document/document.js";
import byline from "../src/rules/byline.js";
import chromeLine, { familyOf, mayBeChrome } from "../src/rules/chrome-line.js";
import dateline from "../src/rules/dateline.js";
import duplicateSentence from "../src/rules/duplicate-sentence.js";
import footer from "../src/rules/footer.js";
import garbledSentence from "../src/rules/garbled-sentence.js";
import hardWrap from "../src/rules/hard-wrap.js";
import htmlEntity from "../src/rules/html-entity.js";
import markup from "../src/rules/markup.js";
import missingSpace from "../src/rules/missing-space.js";
import mojibake from "../src/rules/mojibake.js";
import pullQuote from "../src/rules/pull-quote.js";
import quotes from "../src/rules/quotes.js";
import repeatedHeadline from "../src/rules/repeated-headline.js";
import sectionLine from "../src/rules/section-line.js";
import spinner from "../src/rules/spinner.js";
import truncatedSentence from "../src/rules/truncated-sentence.js";
import unrelatedHeadline from "../src/rules/unrelated-headline.js";
import whitespace from "../src/rules/whitespace.js";
import { ruleTester } from "./rule-tester.js";

const BODY =
  "The council approved the budget on Monday after a long debate about school funding and road repairs.\n\n" +
  "Council members said the plan would raise spending on schools by 4 percent next year.\n\n" +
  "The mayor said the budget was balanced and would not require new taxes on residents or local businesses.";

/** More paragraphs of the same story: BODY and LONGER fill more than the top lines' window. */
const LONGER = [
  "Parents had asked the council for more teachers and smaller classes at the two primary schools.",
  "The road repairs will start in the spring, beginning with the bridge on the high street.",
  "A councillor who voted against the plan said the repairs should have come first.",
  "The budget also pays for two new buses on the route between the station and the hospital.",
  "Residents can read the full plan at the library or on the council's website from Friday.",
].join("\n\n");

/** BODY as a caseless (lower-cased) release prints it. */
const LOWER_BODY = BODY.toLowerCase();

const WRAPPED =
  "The council approved the budget on Monday after a long debate about\n" +
  "school funding and road repairs, and members said the plan would raise\n" +
  "spending on schools by 4 percent next year.";

ruleTester(hardWrap, {
  valid: [
    { name: "one line per paragraph", text: BODY },
    {
      name: "false-positive guard: a list of capitalised items that fill a wrap's lengths",
      text: "Want to share your expertise with the world but you are secretly terrified\nFeel a deep desire to build a business that makes a difference but unsure\nWish you had tens of thousands of people in your audience",
    },
    {
      name: "false-positive guard, caseless text: a headline, its date line and a credit line stacked, as long by chance (a date line is no piece of a sentence)",
      text: "hurricane dorian strengthens to category 5, makes landfall in the bahamas\npublished 9:23 p.m. et july 9, 2018 | updated 10:35 p.m. et july 9, 2018\noffbeat | agence france-presse | updated: june 14, 2017 10:55 ist",
    },
    {
      name: "false-positive guard: bulleted lines",
      text: "* the council approved the budget on Monday after a long debate about\n* school funding and road repairs, and members said the plan would raise\n* spending on schools by 4 percent next year",
    },
    {
      name: "false-positive guard: short lines (a poem, an address) leave room for the next word",
      text: "The bridge was built in 1932 and\nrepaired in the spring of 1990\nafter the flood, the council said",
    },
    {
      name: "false-positive guard: a headline three times on single lines is copies, not a wrap",
      text: `540 million private Facebook records found on public Internet\n540 million private Facebook records found on public Internet\n540 million private Facebook records found on public Internet\n\n${BODY}`,
    },
    {
      name: "false-positive guard: headlines on single lines, as long by chance, the only continuation a number (10 foods …)",
      text: `Celebrity chef opens new restaurant downtown\n10 foods you should never keep in the fridge\nSixteen states sue to stop declaration of emergency for border wall\n\n${BODY}`,
    },
    {
      name: "false-positive guard: dated headlines on single lines, one opening on a number",
      text: `${BODY}\n\nGermany says Alexei Navalny poisoned with Novichok Jan 4, 2018\n10 foods you should never keep in the fridge Jan 4, 2018\nStores in Australia lower toilet paper limits Jan 4, 2018`,
    },
    {
      name: "false-positive guard: text without spaces (Japanese)",
      text: "ではなぜ、不正に改造したiPhoneを販売すると、商標権侵害になるのでしょうか。\n商標には、同じ商標が付された商品は同じ提供元のものであるという機能があります。\n例えば、消費者は、りんごのマークをみて、それがアップル社の商品であると理解します。",
    },
  ],
  invalid: [
    {
      name: "a paragraph hard-wrapped at 70 characters",
      text: WRAPPED,
      findings: [{ message: /hard-wrapped at \d+ characters \(line 1 of 3\)/ }, { message: /line 2 of 3/ }],
      output: WRAPPED.replace(/\n/g, " "),
    },
    {
      name: "a line opening on a number or a dash after an open line goes on (not a list item)",
      text: "She broke her leg in a car-train collision at the age of twelve, at\n12. She began singing first on the radio and then in clubs, her friend\n— a pianist — said on Monday, in an interview with the local paper.",
      findings: [{ message: /hard-wrapped/ }, { message: /hard-wrapped/ }],
      output:
        "She broke her leg in a car-train collision at the age of twelve, at 12. She began singing first on the radio and then in clubs, her friend — a pianist — said on Monday, in an interview with the local paper.",
    },
    {
      name: "a wrap with a line opening on a number and one going on in lower case",
      text: "The storm hit the coast on Tuesday night and officials said it killed\n12 people in the region, destroyed hundreds of homes and cut power to\nmore than 40,000 households across three counties, the agency said.",
      findings: [{ message: /line 1 of 3/ }, { message: /line 2 of 3/ }],
      output:
        "The storm hit the coast on Tuesday night and officials said it killed 12 people in the region, destroyed hundreds of homes and cut power to more than 40,000 households across three counties, the agency said.",
    },
    {
      name: "a two-line paragraph on a page whose width another paragraph proved",
      text: `${WRAPPED}\n\nThe mayor said the budget was balanced and would not require new\ntaxes on residents or local businesses.`,
      findings: [{ message: /line 1 of 3/ }, { message: /line 2 of 3/ }, { message: /line 1 of 2/ }],
      output: `${WRAPPED.replace(/\n/g, " ")}\n\nThe mayor said the budget was balanced and would not require new taxes on residents or local businesses.`,
    },
  ],
});

ruleTester(whitespace, {
  valid: [
    { name: "clean paragraphs", text: "One line.\n\nTwo lines here." },
    { name: "trailing blank lines are the engine's to trim", text: "One line.\n\n\n" },
  ],
  invalid: [
    {
      name: "double space inside a line",
      text: "Trump  said it.",
      findings: [{ message: "run of white space", actual: "  " }],
      output: "Trump said it.",
    },
    {
      name: "CRLF line ends",
      text: "A.\r\n\r\nB.",
      findings: [{ message: "line break" }, { message: "line break" }],
      output: "A.\n\nB.",
    },
    {
      name: "NEWLINE_CHAR tokens",
      text: "A. NEWLINE_CHAR NEWLINE_CHAR B.",
      findings: [{ message: "line break" }, { message: "line break" }],
      output: "A.\n\nB.",
    },
    {
      name: "three blank lines",
      text: "A.\n\n\n\nB.",
      findings: [{ message: "extra blank line" }, { message: "extra blank line" }],
      output: "A.\n\nB.",
    },
    {
      name: "no-break space and zero-width space",
      text: "5\u00a0percent of\u200b voters",
      findings: [{ message: "run of white space" }, { message: "invisible character" }],
      output: "5 percent of voters",
    },
  ],
});

ruleTester(htmlEntity, {
  valid: [
    {
      name: "false-positive guard: AT&T and &c are not references",
      text: "AT&T, Procter & Gamble &c. reported results.",
    },
    { name: "an unknown name and a control character stay", text: "Text &bogus; and &#7; here." },
  ],
  invalid: [
    {
      name: "named and numeric references",
      text: "The council&#39;s budget &amp; tax plan &ndash; &quot;a good day&quot; &#x2014; passed.",
      findings: [
        { actual: "&#39;", expected: "'" },
        { actual: "&amp;", expected: "&" },
        { actual: "&ndash;", expected: "–" },
        { actual: "&quot;", expected: '"' },
        { actual: "&quot;", expected: '"' },
        { actual: "&#x2014;", expected: "—" },
      ],
      output: 'The council\'s budget & tax plan – "a good day" — passed.',
    },
    {
      name: "a doubly escaped reference decodes one level per pass, to the character",
      text: "Tax &amp;amp; spend.",
      findings: [{ actual: "&amp;", expected: "&" }],
      output: "Tax & spend.",
    },
  ],
});

ruleTester(markup, {
  valid: [
    {
      name: "false-positive guard: comparisons and hearts",
      text: "If a < b and c > d, then x<y and <3 stay.",
    },
    {
      name: "false-positive guard: an unknown element name",
      text: "The <Enter> key and <insert name here> stay.",
    },
  ],
  invalid: [
    {
      name: "paragraph, line-break, inline and link tags",
      text: '<p>The mayor said<br>the plan passed.</p><p>It starts in <strong>July</strong>, <a href="https://example.com/x">officials said</a>.</p>',
      findings: [
        { actual: "<p>" },
        { actual: "<br>" },
        { actual: "</p>" },
        { actual: "<p>" },
        { actual: "<strong>" },
        { actual: "</strong>" },
        { actual: '<a href="https://example.com/x">' },
        { actual: "</a>" },
        { actual: "</p>" },
      ],
      // "</p><p>" between two paragraphs becomes a blank line: they stay apart.
      output: "The mayor said\nthe plan passed.\n\nIt starts in July, officials said.",
    },
    {
      name: "a comment and a self-closing image",
      text: 'Para one.<!-- ad slot --> <img src="a.jpg" alt="x" /> Para two.',
      findings: [{ actual: "<!-- ad slot -->" }, { actual: '<img src="a.jpg" alt="x" />' }],
      // The spaces around a removed tag are the whitespace rule's to collapse.
      output: "Para one.  Para two.",
    },
  ],
});

ruleTester(missingSpace, {
  valid: [
    { name: "false-positive guard: titles and initials", text: "Mr.Smith met Dr.Jones in St.Louis." },
    {
      name: "false-positive guard: web addresses and e-mail",
      text: "Visit example.Com or www.Site.Org, or write to jane.Doe@example.com.",
    },
    { name: "false-positive guard: numbers", text: "Version 2.The and 3.5 percent." },
  ],
  invalid: [
    {
      name: "two paragraphs glued by textContent",
      text: "The plan takes effect in July.The mayor thanked staff.",
      findings: [{ message: "July.The" }],
      output: "The plan takes effect in July. The mayor thanked staff.",
    },
    {
      name: "after a hyphenated word (Wikinews: one lever-action.Professor Greg Barton)",
      text: "He used two shotguns and one lever-action.Professor Greg Barton said so.",
      findings: [{ message: "action.Professor" }],
      output: "He used two shotguns and one lever-action. Professor Greg Barton said so.",
    },
    {
      name: "after a closing quote",
      text: 'It is a good day, he said."The next step is hiring.',
      findings: [{ message: 'said."The' }],
      output: 'It is a good day, he said." The next step is hiring.',
    },
  ],
});

ruleTester(quotes, {
  valid: [{ name: "curly and straight quotes stay", text: "“Yes,” he said. 'No,' she said. \"Maybe.\"" }],
  invalid: [
    {
      name: "PTB quotes",
      text: "``We will win,'' he said.",
      findings: [{ actual: "``" }, { actual: "''" }],
      output: '"We will win," he said.',
    },
  ],
});

ruleTester(repeatedHeadline, {
  valid: [
    { name: "one headline", text: `Council passes budget\n\n${BODY}` },
    {
      name: "false-positive guard: a line ending a paragraph and the same line opening the next, below the first line, is left to duplicate-sentence",
      text: `Council passes budget\n\nThe mayor spoke first.\nRetiring early takes time and incredible discipline.\n\nRetiring early takes time and incredible discipline.\nMembers said the plan would raise spending.\n\n${BODY}`,
    },
    {
      name: "false-positive guard: a headline and a longer one after a dash",
      text: `Council passes budget\n\nCouncil passes budget - and what it means for your school\n\n${BODY}`,
    },
    {
      name: "false-positive guard: a headline that ends on a name after a dash is no site's",
      text: `Budget talks stall - Smith\n\n${BODY}`,
    },
    {
      name: "false-positive guard: a site name after something that is not headline-shaped stays",
      text: `The council met on Tuesday and agreed to the plan. - Reuters\n\n${BODY}`,
    },
    {
      name: "false-positive guard: caseless text keeps a site name after the headline (the capitals are the signal)",
      text: `council passes budget | reuters\n\n${BODY.toLowerCase()}`,
    },
    {
      name: "false-positive guard: an UPDATE line that repeats no headline is content",
      text: `Council passes budget\n\nUPDATE: The mayor signed the budget on Friday\n\n${BODY}`,
    },
    {
      name: "false-positive guard: a line with a colon or a bracket whose rest is no headline copy",
      text: `Council passes budget after long debate\n\nMayor: the vote was close (again)\n\n${BODY}`,
    },
    {
      name: "false-positive guard: a headline with its own colon under a shorter one (Council passes budget: What It Means)",
      text: `Council passes budget\n\nCouncil passes budget: What It Means\n\n${BODY}`,
    },
    {
      name: "false-positive guard: a French headline spacing its colon before lower-case words (Coronavirus : les chiffres du jour)",
      text: `Coronavirus en France\n\nCoronavirus en France : les chiffres du jour\n\n${BODY}`,
    },
    {
      name: "false-positive guard: a line cut with an ellipsis that begins no headline is content",
      text: `Council passes budget\n\nAnd then the lights went out...\n\n${BODY}`,
    },
    {
      name: "a repeated prose paragraph is left to duplicate-sentence",
      text: "Short lede sentence here for the story.\n\nMiddle.\n\nShort lede sentence here for the story.",
    },
    {
      name: "false-positive guard: a repeated exclamation without a colon is prose, not a headline",
      text: `We got her!\n\nWe got her!\n\n${BODY}`,
    },
  ],
  invalid: [
    {
      name: "copies decorated with the site's name before, the site and section after, a tag, or a final period",
      text: `BBC News | Council passes budget after long debate\n\nCNN: Council passes budget after long debate\n\nCouncil passes budget after long debate.\n\nCouncil passes budget after long debate\n\nCouncil passes budget after long debate | World | The Guardian\n\nCouncil passes budget after long debate (PHOTOS)\n\n${BODY}`,
      findings: [
        { actual: "BBC News | Council passes budget after long debate", fixed: true },
        { actual: "CNN: Council passes budget after long debate", fixed: true },
        { actual: "Council passes budget after long debate | World | The Guardian", fixed: true },
        { actual: "Council passes budget after long debate (PHOTOS)", fixed: true },
        { actual: "Council passes budget after long debate.", fixed: true },
      ],
      output: `Council passes budget after long debate\n\n${BODY}`,
    },
    {
      name: "a headline repeated twelve times, past the window of top lines: every copy but the first goes",
      text: `${Array(12).fill("Council passes budget after long debate").join("\n\n")}\n\n${BODY}`,
      findings: Array.from({ length: 11 }, () => ({
        actual: "Council passes budget after long debate",
        fixed: true,
      })),
      output: `Council passes budget after long debate\n\n${BODY}`,
    },
    {
      name: "the headline again at the foot of the page, after the story",
      text: `Council passes budget after long debate\n\n${BODY}\n\n${LONGER}\n\nCouncil passes budget after long debate`,
      findings: [
        { actual: "Council passes budget after long debate", message: "foot of the page", fixed: true },
      ],
      output: `Council passes budget after long debate\n\n${BODY}\n\n${LONGER}`,
    },
    {
      name: "a spun copy of the headline (worldwide for international, USA for U.S.) is a copy",
      text: `U.S. joins international task force on cyber crime\n\nUSA joins worldwide task force on cyber crime\n\n${BODY}`,
      findings: [{ actual: "USA joins worldwide task force on cyber crime", fixed: true }],
      output: `U.S. joins international task force on cyber crime\n\n${BODY}`,
    },
    {
      name: "copies shared on social media: emoji before the first copy (it gives way), hashtags after a later one",
      text: `🔴 Council passes budget after long debate\n\nCouncil passes budget after long debate\n\nCouncil passes budget after long debate #news #council\n\n${BODY}`,
      findings: [
        {
          actual: "🔴 Council passes budget after long debate",
          message: "with emoji or hashtags",
          fixed: true,
        },
        {
          actual: "Council passes budget after long debate #news #council",
          message: "hashtags",
          fixed: true,
        },
      ],
      output: `Council passes budget after long debate\n\n${BODY}`,
    },
    {
      name: "a copy cut with an ellipsis above the headline in full, and one cut mid-sentence below it",
      text: `Nancy Pelosi again elected Speaker as 116th U.S.…\n\nNancy Pelosi again elected Speaker as 116th U.S. Congress sworn in\n\nNancy Pelosi again elected Speaker as 116th U.S. Congress...\n\n${BODY}`,
      findings: [
        { actual: "Nancy Pelosi again elected Speaker as 116th U.S.…", fixed: true },
        { actual: "Nancy Pelosi again elected Speaker as 116th U.S. Congress...", fixed: true },
      ],
      output: `Nancy Pelosi again elected Speaker as 116th U.S. Congress sworn in\n\n${BODY}`,
    },
    {
      name: "a label over the first line twice, the last copy opening a paragraph of more lines: the copies above it go, the paragraph stays",
      text: `World Media\n\nRetiring early takes time and incredible discipline.\n\nRetiring early takes time and incredible discipline.\n\nRetiring early takes time and incredible discipline.\nMembers said the plan would raise spending on schools by 4 percent.\n\n${BODY}`,
      findings: [
        { actual: "Retiring early takes time and incredible discipline.", message: /repeated top line/ },
        { actual: "Retiring early takes time and incredible discipline.", message: /repeated top line/ },
      ],
      output: `World Media\n\nRetiring early takes time and incredible discipline.\nMembers said the plan would raise spending on schools by 4 percent.\n\n${BODY}`,
    },
    {
      name: "a headline the site cut with an ellipsis, repeated (Só quem se Ama...)",
      text: `Só quem se Ama...\n\nSó quem se Ama...\n\n${BODY}`,
      findings: [{ actual: "Só quem se Ama...", fixed: true }],
      output: `Só quem se Ama...\n\n${BODY}`,
    },
    {
      name: "the <title> form of a headline cut with an ellipsis goes, its bare copy stays (no cut copy of a copy that goes)",
      text: `Só quem se Ama... | Daily News Network\n\nSó quem se Ama...\n\n${BODY}`,
      findings: [{ actual: "Só quem se Ama... | Daily News Network", fixed: true }],
      output: `Só quem se Ama...\n\n${BODY}`,
    },
    {
      name: "a sentence-shaped copy of the headline (Headline. under Headline)",
      text: `Council passes budget after long debate\n\nCouncil passes budget after long debate.\n\n${BODY}`,
      findings: [{ actual: "Council passes budget after long debate." }],
      output: `Council passes budget after long debate\n\n${BODY}`,
    },
    {
      name: "a headline closing on a quoted exclamation, twice on consecutive lines",
      text: `Video shows rescue of kidnapping victim: "We got her!"\nVideo shows rescue of kidnapping victim: "We got her!"\n\n${BODY}`,
      findings: [{ message: "repeated headline" }],
      output: `Video shows rescue of kidnapping victim: "We got her!"\n\n${BODY}`,
    },
    {
      name: "a copy in capitals gives way to the later copy in the headline's own case",
      text: `COUNCIL PASSES BUDGET AFTER LONG DEBATE\n\nCouncil passes budget after long debate\n\n${BODY}`,
      findings: [{ actual: "COUNCIL PASSES BUDGET AFTER LONG DEBATE", fixed: true }],
      output: `Council passes budget after long debate\n\n${BODY}`,
    },
    {
      name: "a question headline repeated (Remember New Jersey's epic quest to find a state slogan?)",
      text: `Remember New Jersey's epic quest to find a state slogan?\n\nRemember New Jersey's epic quest to find a state slogan?\n\n${BODY}`,
      findings: [{ message: "repeated headline" }],
      output: `Remember New Jersey's epic quest to find a state slogan?\n\n${BODY}`,
    },
    {
      name: "of two copies in different quote styles, the one in the story's own style stays (curly story: the straight copy goes, even first)",
      text: `Council's budget passes after long debate\n\nCouncil’s budget passes after long debate\n\nThe mayor said the council’s plan was “balanced” and fair to everyone in the city.`,
      findings: [{ actual: "Council's budget passes after long debate", fixed: true }],
      output: `Council’s budget passes after long debate\n\nThe mayor said the council’s plan was “balanced” and fair to everyone in the city.`,
    },
    {
      name: "of two copies in different quote styles, the one in the story's own style stays (straight story: the curly copy goes, even first)",
      text: `Council’s budget passes after long debate\n\nCouncil's budget passes after long debate\n\nThe mayor said the council's plan was "balanced" and fair to everyone in the city.`,
      findings: [{ actual: "Council’s budget passes after long debate", fixed: true }],
      output: `Council's budget passes after long debate\n\nThe mayor said the council's plan was "balanced" and fair to everyone in the city.`,
    },
    {
      name: "of two copies in different quote styles, one whose quotes open the wrong way goes, even in a curly story (Is An ’Oxygen Bar’ …)",
      text: `Is An ’Oxygen Bar’ In Delhi Offering Fresh Air?\n\nIs An 'Oxygen Bar' In Delhi Offering Fresh Air?\n\nThe mayor said the council’s plan was “balanced” and fair to everyone in the city.`,
      findings: [{ actual: "Is An ’Oxygen Bar’ In Delhi Offering Fresh Air?", fixed: true }],
      output: `Is An 'Oxygen Bar' In Delhi Offering Fresh Air?\n\nThe mayor said the council’s plan was “balanced” and fair to everyone in the city.`,
    },
    {
      name: "a sentence-shaped first line repeated under itself, its quotes opened the wrong way: one copy stays, the well-formed one (… victim: ”We got her!”)",
      text: `Video shows rescue of kidnapping victim: ”We got her!”\n\nVideo shows rescue of kidnapping victim: "We got her!"\n\n${BODY}`,
      findings: [{ actual: "Video shows rescue of kidnapping victim: ”We got her!”", fixed: true }],
      output: `Video shows rescue of kidnapping victim: "We got her!"\n\n${BODY}`,
    },
    {
      name: "the page title with the site's name as the first line, above a bare copy of any shape (closing on a period, on an ellipsis)",
      text: `Google Stadia doesn't run at a stable 60fps. | The Verge\n\nGoogle Stadia doesn't run at a stable 60fps.\n\n${BODY}`,
      findings: [
        { actual: "Google Stadia doesn't run at a stable 60fps. | The Verge", message: "site name" },
      ],
      output: `Google Stadia doesn't run at a stable 60fps.\n\n${BODY}`,
    },
    {
      name: "the first line repeated right under itself, whatever its shape: a prose standfirst",
      text: `Retiring early takes time and incredible discipline.\n\nRetiring early takes time and incredible discipline.\n\n${BODY}`,
      findings: [{ message: "repeated top line", fixed: true }],
      output: `Retiring early takes time and incredible discipline.\n\n${BODY}`,
    },
    {
      name: "the first line repeated above its own paragraph: the copy opening the paragraph stays",
      text: `Retiring early takes time and incredible discipline.\n\nRetiring early takes time and incredible discipline.\nYou should aim to have saved at least 25 times your annual expenses.\n\n${BODY}`,
      findings: [{ message: "repeated top line", fixed: true }],
      output: `Retiring early takes time and incredible discipline.\nYou should aim to have saved at least 25 times your annual expenses.\n\n${BODY}`,
    },
    {
      name: "the first line repeated right under itself, whatever its shape: a line of code",
      text: `/*\n\n/*\n\n${BODY}`,
      findings: [{ actual: "/*", message: "repeated top line", fixed: true }],
      output: `/*\n\n${BODY}`,
    },
    {
      name: "a site-name form of another headline is no copy of it: only the site name goes",
      text: `Council passes budget | Reuters\n\nMayor welcomes vote\n\n${BODY}`,
      findings: [{ actual: " | Reuters", message: "site name `Reuters` after the headline" }],
      output: `Council passes budget\n\nMayor welcomes vote\n\n${BODY}`,
    },
    {
      name: "a lone headline with a newspaper's masthead or a news site's name after it: the name goes",
      text: `Council approves budget after long debate - The Springfield Herald\n\n${BODY}`,
      findings: [
        { actual: " - The Springfield Herald", message: "site name `The Springfield Herald`", fixed: true },
      ],
      output: `Council approves budget after long debate\n\n${BODY}`,
    },
    {
      name: "a lone headline with its section and the site's name after it: both go, a headline's own dash stays",
      text: `Ukraine - Russia talks resume in Geneva | World news | The Guardian\n\n${BODY}`,
      findings: [
        { actual: " | World news | The Guardian", message: "site name `The Guardian`", fixed: true },
      ],
      output: `Ukraine - Russia talks resume in Geneva\n\n${BODY}`,
    },
    {
      name: "the page title with the site name above the headline",
      text: `Council passes budget | Reuters\n\nCouncil passes budget\n\n${BODY}`,
      findings: [{ actual: "Council passes budget | Reuters", message: "site name `Reuters`" }],
      output: `Council passes budget\n\n${BODY}`,
    },
    {
      name: "a labelled copy above the bare headline",
      text: `UPDATE: Council passes budget\n\nCouncil passes budget\n\n${BODY}`,
      findings: [{ actual: "UPDATE: Council passes budget", message: "label `UPDATE:`" }],
      output: `Council passes budget\n\n${BODY}`,
    },
    {
      name: "a labelled copy after the headline",
      text: `Council passes budget\n\nBreaking News: Council passes budget\n\n${BODY}`,
      findings: [{ actual: "Breaking News: Council passes budget" }],
      output: `Council passes budget\n\n${BODY}`,
    },
    {
      name: "the <title> copy with a spaced colon and the site's name (: NPR), and the exact repeat under it",
      text: `Council passes budget after long debate\n\nCouncil passes budget after long debate : NPR\n\nCouncil passes budget after long debate\n\n${BODY}`,
      findings: [
        { actual: "Council passes budget after long debate", fixed: true },
        { actual: "Council passes budget after long debate : NPR", message: "site name `NPR`", fixed: true },
      ],
      output: `Council passes budget after long debate\n\n${BODY}`,
    },
    {
      name: "site-name copies after an en dash, an em dash, a middle dot, a spaced colon (Times of India)",
      text: `Council passes budget after long debate – Daily Star\n\nCouncil passes budget after long debate — The Hill\n\nCouncil passes budget after long debate · Axios\n\nCouncil passes budget after long debate : Times of India\n\nCouncil passes budget after long debate\n\n${BODY}`,
      findings: [
        { actual: "Council passes budget after long debate – Daily Star", fixed: true },
        { actual: "Council passes budget after long debate — The Hill", fixed: true },
        { actual: "Council passes budget after long debate · Axios", fixed: true },
        { actual: "Council passes budget after long debate : Times of India", fixed: true },
      ],
      output: `Council passes budget after long debate\n\n${BODY}`,
    },
    {
      name: "the site-name copy after the headline",
      text: `Council passes budget\n\nCouncil passes budget – The Daily Star\n\n${BODY}`,
      findings: [{ actual: "Council passes budget – The Daily Star" }],
      output: `Council passes budget\n\n${BODY}`,
    },
    {
      name: "headline three times",
      text: `Council passes budget\n\nCouncil passes budget\n\nCouncil passes budget\n\n${BODY}`,
      findings: [{ actual: "Council passes budget" }, { actual: "Council passes budget" }],
      output: `Council passes budget\n\n${BODY}`,
    },
    {
      name: "copies differ in quote style",
      text: `Mayor says plan 'will work'\n\nMayor says plan “will work”\n\n${BODY}`,
      findings: [{ actual: "Mayor says plan “will work”" }],
      output: `Mayor says plan 'will work'\n\n${BODY}`,
    },
  ],
});

ruleTester(sectionLine, {
  valid: [
    {
      name: "false-positive guard: a one-word title above a tool-bar line (a chrome line is no headline)",
      text: `Syria\n\nAdd to list\n\n${BODY}`,
    },
    {
      name: "false-positive guard: a one-word headline above a byline of the top-only forms (Syria, Priya Raman @praman)",
      text: `Syria\n\nPriya Raman @praman\n\n${BODY}`,
    },
    {
      name: "false-positive guard: a lower-case first line of a cased page is not a label",
      text: `world media\n\nCouncil passes budget after long debate\n\n${BODY}`,
    },
    { name: "headline then body", text: `Council passes budget after long debate\n\n${BODY}` },
    {
      name: "false-positive guard: a label-shaped line above an unrepeated headline of the same length",
      text: `Ruby Tuesday\n\nBrexit talks\n\n${BODY}`,
    },
    {
      name: "false-positive guard: a short first paragraph that is prose",
      text: `It rained.\n\nCouncil passes budget after long debate\n\n${BODY}`,
    },
    {
      name: "false-positive guard: a one-word headline that is a section word, above a byline (Syria, Written by …)",
      text: `Syria\n\nWritten by Mark Brown\n\n${BODY}`,
    },
    {
      name: "false-positive guard: a section-word headline above a dateline",
      text: `World Politics\n\nPublished 14 Feb 2017\n\n${BODY}`,
    },
    {
      name: "false-positive guard: a label that is not all section words above a lower-case line",
      text: `Daily Briefing\n\nare you a bad boyfriend\n\n${BODY}`,
    },
    {
      name: "false-positive guard: a section word under the headline that no story follows is kept",
      text: `Council passes budget after long debate\n\nAnalysis\n\nSee the figures`,
    },
    {
      name: "false-positive guard: a label of section words above a short title of section words (Music)",
      text: `U.S. News\n\nMusic\n\n${BODY}`,
    },
    {
      name: "false-positive guard: a label of section words above a short line that no story follows",
      text: `Politics\n\nMeteorite\n\nSee the pictures`,
    },
    {
      name: "false-positive guard: a short line ending in an abbreviation that is no section word (Made in the U.S.)",
      text: `Made in the U.S.\n\nCouncil passes budget after long debate\n\n${BODY}`,
    },
    {
      name: "false-positive guard: a headline opening on a numbered section (Section 230: What It Means)",
      text: `Section 230: What It Means\n\nCouncil passes budget after long debate\n\n${BODY}`,
    },
    {
      name: "false-positive guard: a desk joined by & above a one-word title of section words that no story follows (US & World, Music)",
      text: "US & World\n\nMusic\n\nSee the pictures",
    },
    {
      name: "false-positive guard: a story that names both one-word lines of section words keeps both (Europe, Syria)",
      text: "Europe\n\nSyria\n\nRefugees from Syria crossed into Europe by the thousands this week, officials said on Monday.",
    },
    {
      name: "false-positive guard: two lines of section words above a line no headline (Politics, Europe, a caption)",
      text: "Politics\n\nEurope\n\nThe council met on Monday.",
    },
    {
      name: "false-positive guard: one word of a topic or a place over the story is its title (Syria, then the story)",
      text: `Syria\n\n${BODY}`,
    },
    {
      name: "false-positive guard: a desk's name over a short line that is neither a headline nor the story is kept (Politics, 2.289)",
      text: "Politics\n\n2.289\n\nThe council met on Monday.",
    },
  ],
  invalid: [
    {
      name: "a newspaper's name above the headline (The Daily Times), the story under it",
      text: `The Daily Times\n\nCouncil passes budget after long debate\n\n${BODY}`,
      findings: [{ actual: "The Daily Times", fixed: true }],
      output: `Council passes budget after long debate\n\n${BODY}`,
    },
    {
      name: "false-positive guard: words and a bar that are no section label and site are only reported (Brexit Deal | Final Round)",
      text: `Brexit Deal | Final Round\n\nCouncil passes budget after long debate\n\n${BODY}`,
      findings: [{ actual: "Brexit Deal | Final Round", fixed: false }],
    },
    {
      name: "a label with the site's name after a bar, above the headline (Politics | The Times) and in lower case",
      text: `Politics | The Times\n\nCouncil passes budget after long debate\n\n${BODY}`,
      findings: [{ actual: "Politics | The Times", fixed: true }],
      output: `Council passes budget after long debate\n\n${BODY}`,
    },
    {
      name: "a label with the site's name under the headline, the story under it",
      text: `Council passes budget after long debate\n\nWorld News - The Daily Times\n\n${BODY}`,
      findings: [{ actual: "World News - The Daily Times" }],
      output: `Council passes budget after long debate\n\n${BODY}`,
    },
    {
      name: "caseless text: world media above the lower-cased headline",
      text: `world media\n\ncouncil passes budget after long debate\n\n${LOWER_BODY}`,
      findings: [{ actual: "world media", fixed: true }],
      output: `council passes budget after long debate\n\n${LOWER_BODY}`,
    },
    {
      name: "a label of section words above a headline set in lower case, then the story",
      text: `Sports\n\nare you a bad boyfriend\n\n${BODY}`,
      findings: [{ actual: "Sports", fixed: true }],
      output: `are you a bad boyfriend\n\n${BODY}`,
    },
    {
      name: "a Forbes channel under the headline, then the story (Energy)",
      text: `Council passes budget after long debate\n\nEnergy\n\n${BODY}`,
      findings: [{ actual: "Energy", fixed: true }],
      output: `Council passes budget after long debate\n\n${BODY}`,
    },
    {
      name: "a label of section words under the headline, then the story (Analysis, EXCLUSIVE)",
      text: `Council passes budget after long debate\n\nAnalysis\n\n${BODY}`,
      findings: [{ actual: "Analysis", fixed: true }],
      output: `Council passes budget after long debate\n\n${BODY}`,
    },
    {
      name: "a label of section words above a one-word headline, then the story (Politics, Meteorite)",
      text: `Politics\n\nMeteorite\n\n${BODY}`,
      findings: [{ actual: "Politics", fixed: true }],
      output: `Meteorite\n\n${BODY}`,
    },
    {
      name: "a label of section words above a short headline, then the byline (Asia Pacific, India's rich)",
      text: `Asia Pacific\n\nIndia's rich\n\nBy Jane Doe\n\n${BODY}`,
      findings: [{ actual: "Asia Pacific", fixed: true }],
      output: `India's rich\n\nBy Jane Doe\n\n${BODY}`,
    },
    {
      name: "a news site's name above the headline (Bloomberg, SITE_NAMES)",
      text: `Bloomberg\n\nTech giant cuts 5% of its workforce\n\n${BODY}`,
      findings: [{ actual: "Bloomberg", fixed: true }],
      output: `Tech giant cuts 5% of its workforce\n\n${BODY}`,
    },
    {
      name: "World Media above the story of a page without its headline (an extractor left it out)",
      text: `World Media\n\n${BODY}`,
      findings: [{ actual: "World Media", message: "above the story", fixed: true }],
      output: BODY,
    },
    {
      name: "a desk's name above a caption, on a page without its headline (Politics)",
      text: `Politics\n\nThe minister arrives at the summit in Brussels (Photo: Reuters)\n\n${BODY}`,
      findings: [{ actual: "Politics", fixed: true }],
      output: `The minister arrives at the summit in Brussels (Photo: Reuters)\n\n${BODY}`,
    },
    {
      name: "a news desk's label above a dateline, on a page without its headline (World Media, Posted …)",
      text: `World Media\n\nPosted April 15, 2017\n\n${BODY}`,
      findings: [{ actual: "World Media", message: "above the story", fixed: true }],
      output: `Posted April 15, 2017\n\n${BODY}`,
    },
    {
      name: "a label above a line of the page's chrome (World Media, Skip to content)",
      text: `World Media\n\nSkip to content\n\n${BODY}`,
      findings: [{ actual: "World Media", fixed: true }],
      output: `Skip to content\n\n${BODY}`,
    },
    {
      name: "a label above a sentence written without spaces (World Media, then Japanese)",
      text: "World Media\n\n先日、不正に改造したiPhoneを販売したとして、商標法違反の疑いで男性が逮捕されました。",
      findings: [{ actual: "World Media", fixed: true }],
      output: "先日、不正に改造したiPhoneを販売したとして、商標法違反の疑いで男性が逮捕されました。",
    },
    {
      name: "World Media above the headline (seed 004)",
      text: `World Media\n\nCouncil passes budget after long debate\n\n${BODY}`,
      findings: [{ actual: "World Media", fixed: true }],
      output: `Council passes budget after long debate\n\n${BODY}`,
    },
    {
      name: "section paths: Politics > Congress, Opinion | Columnists",
      text: `Politics > Congress\n\nCouncil passes budget after long debate\n\n${BODY}`,
      findings: [{ actual: "Politics > Congress", fixed: true }],
      output: `Council passes budget after long debate\n\n${BODY}`,
    },
    {
      name: "a column label above the headline (Opinion | Columnists)",
      text: `Opinion | Columnists\nCouncil passes budget after long debate\n\n${BODY}`,
      findings: [{ actual: "Opinion | Columnists", fixed: true }],
      output: `Council passes budget after long debate\n\n${BODY}`,
    },
    {
      name: "a section label as long as the repeated short headline under it",
      text: `Business News\n\nBrexit talks\n\nBrexit talks\n\n${BODY}`,
      findings: [{ actual: "Business News", fixed: true }],
      output: `Brexit talks\n\nBrexit talks\n\n${BODY}`,
    },
    {
      name: "two section labels stacked above the headline (World, Europe)",
      text: `World\n\nEurope\n\nCouncil passes budget after long debate\n\n${BODY}`,
      findings: [
        { actual: "World", fixed: true },
        { actual: "Europe", fixed: true },
      ],
      output: `Council passes budget after long debate\n\n${BODY}`,
    },
    {
      name: "a newspaper's name stacked above its section label (The Daily Times, Politics)",
      text: `The Daily Times\n\nPolitics\n\nCouncil passes budget after long debate\n\n${BODY}`,
      findings: [
        { actual: "The Daily Times", fixed: true },
        { actual: "Politics", fixed: true },
      ],
      output: `Council passes budget after long debate\n\n${BODY}`,
    },
    {
      name: "an abbreviation as the label, its period the abbreviation's (U.S.)",
      text: `U.S.\n\nCouncil passes budget after long debate\n\n${BODY}`,
      findings: [{ actual: "U.S.", fixed: true }],
      output: `Council passes budget after long debate\n\n${BODY}`,
    },
    {
      name: "a labelled section (Section: World)",
      text: `Section: World\n\nCouncil passes budget after long debate\n\n${BODY}`,
      findings: [{ actual: "Section: World", fixed: true }],
      output: `Council passes budget after long debate\n\n${BODY}`,
    },
    {
      name: "a labelled section of words that are no section words (Category: Odd Jobs)",
      text: `Category: Odd Jobs\n\nCouncil passes budget after long debate\n\n${BODY}`,
      findings: [{ actual: "Category: Odd Jobs", fixed: true }],
      output: `Council passes budget after long debate\n\n${BODY}`,
    },
    {
      name: "a path label or a desk joined by & above a one-word title of section words (World / Europe, US & World over Syria)",
      text: `World / Europe\n\nSyria\n\n${BODY}`,
      findings: [{ actual: "World / Europe", fixed: true }],
      output: `Syria\n\n${BODY}`,
    },
    {
      name: "a label above a one-word title of section words that the story names and not the label (Middle East, Music)",
      text: "Middle East\n\nMusic\n\nMusic subscription services have broken through the $1bn sales barrier worldwide, the industry said.",
      findings: [{ actual: "Middle East", fixed: true }],
      output:
        "Music\n\nMusic subscription services have broken through the $1bn sales barrier worldwide, the industry said.",
    },
    {
      name: "unknown label is only reported",
      text: `Zebra Desk\n\nCouncil passes budget after long debate\n\n${BODY}`,
      findings: [{ actual: "Zebra Desk", fixed: false }],
    },
  ],
});

ruleTester(dateline, {
  valid: [
    {
      name: "false-positive guard: a relative time in prose, a relative time far from the top, a glued year in prose",
      text: `Headline here\n\nThe storm hit 11h ago and the roads are closed.\n\n${BODY}\n\n${BODY}\n\n${BODY}\n\n11h ago\n\nIn 7 Apr 20187 people came.`,
    },
    {
      name: "false-positive guard: and updated in a sentence with a date",
      text: `Headline here\n\nThe plan was drafted and updated in May 2017 by the council.\n\n${BODY}`,
    },
    {
      name: "a sentence with a date",
      text: `Headline here\n\nThe vote took place on April 15, 2017, in Paris.\n\n${BODY}`,
    },
    {
      name: "false-positive guard: a date inside prose",
      text: "Posted on April 15, 2017 was a notice that read: closed.",
    },
    {
      name: "false-positive guard: a date and prose after a bar, a date and a lower-case word after a bullet",
      text: `Headline here\n\nApril 15, 2017 | The council met on Monday\n\nApril 15, 2017 • updates\n\n${BODY}`,
    },
    {
      name: "false-positive guard: a date and a lower-case phrase after by is no author",
      text: `Headline here\n\nOctober 14, 2017 by bus\n\n${BODY}`,
    },
    {
      name: "false-positive guard: a labelled time that opens a sentence, a bare time of day below the top lines",
      text: `Headline here\n\n${BODY}\n\nUpdated at 10:32 a.m., the figures showed a rise.\n\n${LONGER}\n\n10:32 a.m. ET\n\n${BODY}`,
    },
  ],
  invalid: [
    {
      name: "caseless text: a lower-cased ISO timestamp (2019-10-06t09:13:00z)",
      text: `headline here\n\n2019-10-06t09:13:00z\n\n${LOWER_BODY}`,
      findings: [{ expected: "2019-10-06T09:13Z" }],
      output: `headline here\n\n${LOWER_BODY}`,
    },
    {
      name: "Scripps' and last updated …, ABC's glued forms of one date (Posted 7 Apr 20187 April 2018Sat 7 Apr 2018 at 2:58am)",
      text: `Headline here\n\nand last updated 6:22 PM, Mar 24, 2017\n\nPosted 7 Apr 20187 April 2018Sat 7 Apr 2018 at 2:58am\n\n${BODY}`,
      findings: [{ message: "2017-03-24T18:22" }, { message: "2018-04-07" }],
      output: `Headline here\n\n${BODY}`,
    },
    {
      name: "a bare time of day with its half of the day or zone under the headline (10:32 a.m. ET)",
      text: `Headline here\n\n10:32 a.m. ET\n\n${BODY}\n\n${LONGER}`,
      findings: [{ actual: "10:32 a.m. ET", fixed: true }],
      output: `Headline here\n\n${BODY}\n\n${LONGER}`,
    },
    {
      name: "a labelled time of day without a date, under the headline, mid-article and at the end (Updated 10:32 a.m. ET, Posted at 9:15 p.m., Last updated at 10:32 BST)",
      text: `Headline here\n\nUpdated 10:32 a.m. ET\n\n${BODY}\n\nPosted at 9:15 p.m.\n\n${BODY}\n\nLast updated at 10:32 BST`,
      findings: [
        { actual: "Updated 10:32 a.m. ET", fixed: true },
        { actual: "Posted at 9:15 p.m.", fixed: true },
        { actual: "Last updated at 10:32 BST", fixed: true },
      ],
      output: `Headline here\n\n${BODY}\n\n${BODY}`,
    },
    {
      name: "a relative time and a reading time under the headline (11h ago, Yesterday at 10:43 am, Estimated read time: 2 min)",
      text: `Headline here\n\n11h ago\n\nYesterday at 10:43 am\n\nEstimated read time: 2 min\n\n${BODY}`,
      findings: [
        { actual: "11h ago" },
        { actual: "Yesterday at 10:43 am" },
        { actual: "Estimated read time: 2 min" },
      ],
      output: `Headline here\n\n${BODY}`,
    },
    {
      name: "a year-first date with slashes, a publication-date label, a reading time, names after a bar",
      text: `Headline here\n\n2017/04/15\n\nPublication date: 15 April 2017\n\nApril 16, 2017 • 3 min read\n\nApril 17, 2017 | Jane Doe\n\n${BODY}`,
      findings: [
        { message: "2017-04-15" },
        { message: "2017-04-15" },
        { message: "2017-04-16" },
        { message: "2017-04-17" },
      ],
      output: `Headline here\n\n${BODY}`,
    },
    {
      name: "caseless text: names after a bar (no function word)",
      text: `headline here\n\napril 15, 2017 | jane doe\n\n${LOWER_BODY}`,
      findings: [{ message: "2017-04-15" }],
      output: `headline here\n\n${LOWER_BODY}`,
    },
    {
      name: "Posted April 15, 2017 (seed 003)",
      text: `Headline here\n\nPosted April 15, 2017\n\n${BODY}`,
      findings: [{ message: "2017-04-15" }],
      output: `Headline here\n\n${BODY}`,
    },
    {
      name: "a date closing on its author in capitalised names (October 14, 2017 by Jane Doe)",
      text: `Headline here\n\nOctober 14, 2017 by Jane Doe\n\n${BODY}`,
      findings: [{ message: "2017-10-14" }],
      output: `Headline here\n\n${BODY}`,
    },
    {
      name: "weekday and time",
      text: `Headline here\n\nPosted Tuesday, November 21, 2017 5:27 pm\n\n${BODY}`,
      findings: [{ message: "2017-11-21T17:27" }],
      output: `Headline here\n\n${BODY}`,
    },
    {
      name: "day-month-year with label",
      text: `Headline here\n\nPublished 14 Feb 2017\n\n${BODY}`,
      findings: [{ message: "2017-02-14" }],
      output: `Headline here\n\n${BODY}`,
    },
    {
      name: "the Guardian's last-modified line, with a dotted time",
      text: `Headline here\n\nLast modified on Fri 5 Jan 2018 10.32 EST\n\n${BODY}`,
      findings: [{ message: "2018-01-05T10:32" }],
      output: `Headline here\n\n${BODY}`,
    },
    {
      name: "a numeric date in British order (the first number cannot be a month)",
      text: `Headline here\n\nLast updated: 15/04/2017\n\n${BODY}`,
      findings: [{ message: "2017-04-15" }],
      output: `Headline here\n\n${BODY}`,
    },
    {
      name: "WordPress' date line with its author (Posted on April 15th, 2017 by admin)",
      text: `Headline here\n\nPosted on April 15th, 2017 by admin\n\n${BODY}`,
      findings: [{ message: "2017-04-15" }],
      output: `Headline here\n\n${BODY}`,
    },
    {
      name: "Reuters' date line with the time and the page's age (April 15, 2017 / 12:34 PM / 2 years ago)",
      text: `Headline here\n\nApril 15, 2017 / 12:34 PM / 2 years ago\n\n${BODY}`,
      findings: [{ message: "2017-04-15T12:34" }],
      output: `Headline here\n\n${BODY}`,
    },
    {
      name: "a tokenised, lower-cased release's date line (posted april 15 , 2017)",
      text: `Headline here\n\nposted april 15 , 2017\n\n${BODY}`,
      findings: [{ message: "2017-04-15" }],
      output: `Headline here\n\n${BODY}`,
    },
    {
      name: "a dotted date in US order (the second number cannot be a month)",
      text: `Headline here\n\n04.15.2017\n\n${BODY}`,
      findings: [{ message: "2017-04-15" }],
      output: `Headline here\n\n${BODY}`,
    },
    {
      name: "a numeric date in US order",
      text: `Headline here\n\nPosted: 04/05/2017\n\n${BODY}`,
      findings: [{ message: "2017-04-05" }],
      output: `Headline here\n\n${BODY}`,
    },
    {
      name: "bare date mid-text is only reported",
      text: `${BODY}\n\n${BODY}\n\nJanuary 4, 2019\n\n${BODY}\n\n${BODY}`,
      findings: [{ message: "2019-01-04", fixed: false }],
    },
  ],
});

ruleTester(byline, {
  valid: [
    {
      name: "false-positive guard: a first-person sentence that goes on is no Forbes tagline",
      text: `Headline here\n\nI write about health care, because my mother was a nurse for thirty years.\n\n${BODY}`,
    },
    {
      name: "false-positive guard: a two-word headline under a labelled section, over a date line (Section: World, Arctic Ramadan)",
      text: `Section: World\n\nArctic Ramadan\n\nMay. 16, 2020 10:30 a.m.\n\n${BODY}`,
    },
    {
      name: "false-positive guard, caseless text: a title of two words under the headline over a date (prime minister)",
      text: `council passes budget\n\nprime minister\n\njune 5, 2017\n\n${LOWER_BODY}`,
    },
    {
      name: "false-positive guard, caseless text: a two-word headline under a one-word kicker, over a date (world / bonus pay)",
      text: `world\n\nbonus pay\n\njune 5, 2017\n\n${LOWER_BODY}`,
    },
    {
      name: "false-positive guard: a title and a name under the headline over a date (Prime Minister, Prince Harry)",
      text: `Royal visit ends in Canada\n\nPrince Harry\n\nJune 5, 2017\n\n${BODY}`,
    },
    {
      name: "false-positive guard, caseless text: a contributor's line with a function word (our guest contributor), prose and a date between bars",
      text: `headline here\n\nour guest contributor\n\nthe council met today | updated: nov 5, 2017\n\n${LOWER_BODY}`,
    },
    {
      name: "false-positive guard: a name under a one-word first line with nothing between, over a date (a kicker over a headline that is a name: Courts / Nelson Mandela)",
      text: `Courts\n\nNelson Mandela\n\nJune 25, 2018\n\n${BODY}`,
    },
    {
      name: "false-positive guard: the same over a reading time (Courts / Nelson Mandela / 2 min read)",
      text: `Courts\n\nNelson Mandela\n\n2 min read\n\n${BODY}`,
    },
    {
      name: "false-positive guard: a headline that is a name under a crumb, over a date (News > World / Nelson Mandela)",
      text: `News > World\n\nNelson Mandela\n\nJune 25, 2018\n\n${BODY}`,
    },
    {
      name: "false-positive guard: a headline that is a name under a one-word kicker, over a date (Courts / Prince Harry)",
      text: `Courts\n\nPrince Harry\n\nJune 25, 2018\n\n${BODY}`,
    },
    {
      name: "false-positive guard: a name alone under the headline over a quotation or a deck is its speaker or a kicker",
      text: `Words that changed the world\n\nNelson Mandela\n\n“It always seems impossible until it is done.”\n\n${BODY}`,
    },
    {
      name: "false-positive guard: kicker words shaped like a name under the headline, over a date (Supreme Court, Climate Change)",
      text: `Judges weigh the case\n\nSupreme Court\n\nJune 25, 2018\n\n${BODY}`,
    },
    {
      name: "false-positive guard: a name alone lower down, over a date, is no byline (a timeline's entry)",
      text: `Headline here\n\n${BODY}\n\nMaria Reyes\n\nJune 25, 2018\n\n${BODY}`,
    },
    {
      name: "false-positive guard: a headline with its site and parts of labels, no date nor By (Trump Wins | The Hill | Politics)",
      text: `Headline here\n\nTrump Wins | The Hill | Politics\n\n${BODY}`,
    },
    {
      name: "false-positive guard: parts of prose between bars with a date are no credit line",
      text: `Headline here\n\nThe council met today | Updated: Nov 5, 2017\n\n${BODY}`,
    },
    {
      name: "false-positive guard: an agency in a sentence, an agency as the first line",
      text: `Reuters\n\nReuters reported the vote on Monday.\n\n${BODY}`,
    },
    {
      name: "false-positive guard: a headline with its site (first line), section words with the site, one name and a bar",
      text: `Trump Wins | The Hill\n\nWorld News | The Times\n\nMadonna | Rolling Stone\n\n${BODY}`,
    },
    {
      name: 'false-positive guard, caseless text: a line opening on "by" that is prose',
      text: `council passes budget\n\nby wednesday evening most of the votes were counted\n\n${LOWER_BODY}`,
    },
    { name: "false-positive guard: By far the largest …", text: "By far the largest share went to schools." },
    { name: "false-positive guard: By Tuesday, …", text: "By Tuesday, the deal was done." },
    {
      name: "false-positive guard: a name and an agency far from the top is not a byline",
      text: `Headline here\n\n${BODY}\n\n${BODY}\n\n${BODY}\n\n${BODY}\n\n${BODY}\n\n${BODY}\n\nJane Doe, Associated Press\n\n${BODY}\n\n${BODY}\n\n${BODY}\n\n${BODY}`,
    },
    {
      name: "false-positive guard: a dash and a name above more text attributes a quote",
      text: `Headline here\n\n"We will build it," she wrote.\n\n— Jane Doe\n\n${BODY}`,
    },
    {
      name: "false-positive guard: one capitalised word and a date is a headline, not names and a date",
      text: `Obama | Oct 14, 2017\n\n${BODY}`,
    },
    {
      name: "false-positive guard: From and one capitalised word in a place is a kicker, not a correspondent",
      text: `Headline here\n\nFrom Paris in Spring\n\n${BODY}`,
    },
    {
      name: "false-positive guard: the first line is the headline, never a correspondent's credit",
      text: `From Alex Smith in Brussels\n\n${BODY}`,
    },
    {
      name: "false-positive guard: names without By on the first line are the headline (Kevin Moreau in Washington, Maria Reyes and Mark Kowalski)",
      text: `Kevin Moreau in Washington\n\n${BODY}\n\nMaria Reyes and Mark Kowalski`,
    },
    {
      name: "false-positive guard: one-word names joined by and under the headline (Trump and Putin), a verb after names",
      text: `Headline here\n\nTrump and Putin\n\nTrump and Putin Meet in Helsinki\n\n${BODY}`,
    },
    {
      name: "false-positive guard: names without By under a paragraph are a subheading or a caption",
      text: `Headline here\n\n${BODY}\n\nJane Doe and John Roe\n\nJane Moreau\nPolitical Editor\n\n${BODY}`,
    },
    {
      name: "false-positive guard: capitalised words with a section word or a day, in a place (World Cup in Qatar, Black Friday in London)",
      text: `Headline here\n\nWorld Cup in Qatar\n\nBlack Friday in London\n\n${BODY}`,
    },
    {
      name: "false-positive guard: a name alone under the headline, no newsroom title under it (a kicker)",
      text: `Headline here\n\nMaria Reyes\n\n${BODY}`,
    },
  ],
  invalid: [
    {
      name: "caseless text: a person's name alone under the headline over Medium's follow and a date (sarah delgado / follow / jun 14, 2019)",
      text: `blackberry fades\n\nsarah delgado\n\nfollow\n\njun 14, 2019\n\n${LOWER_BODY}`,
      findings: [{ expected: "sarah delgado" }],
      output: `blackberry fades\n\nfollow\n\njun 14, 2019\n\n${LOWER_BODY}`,
    },
    {
      name: "caseless text: a headline shaped like a name under a crumb and a kicker stays; the name under it goes (home > sport / exclusive / first female coach / david dunn)",
      text: `home > sport\n\nexclusive\n\nfirst female coach\n\ndavid dunn\n\nbloomberg•may 17, 2017\n\n${LOWER_BODY}`,
      findings: [{ expected: "david dunn" }, { actual: "bloomberg•may 17, 2017" }],
      output: `home > sport\n\nexclusive\n\nfirst female coach\n\n${LOWER_BODY}`,
    },
    {
      name: "an agency's credit with From under the headline (From CNN Wire Service)",
      text: `Headline here\n\nFrom CNN Wire Service\n\n${BODY}`,
      findings: [{ expected: "" }],
      output: `Headline here\n\n${BODY}`,
    },
    {
      name: "caseless text: a person's name alone under a crumb and the headline, over a date (chris reyes)",
      text: `news > uk\n\nbonus pay gap widens\n\nchris reyes\n\nsunday 17 sep 2017 4:00 pm\n\n${LOWER_BODY}`,
      findings: [{ expected: "chris reyes" }],
      output: `news > uk\n\nbonus pay gap widens\n\nsunday 17 sep 2017 4:00 pm\n\n${LOWER_BODY}`,
    },
    {
      name: "caseless text: a person's name alone under the headline over the site's address (ben kowalski / news.com.au)",
      text: `bonus pay gap widens\n\nben kowalski\n\nnews.com.au\n\n${LOWER_BODY}`,
      findings: [{ expected: "ben kowalski" }, { actual: "news.com.au" }],
      output: `bonus pay gap widens\n\n${LOWER_BODY}`,
    },
    {
      name: "caseless text: a city of a function word and a date (new delhi | updated: …), a contributor (ravi donnelly contributor) and the disclaimer",
      text: `headline here\n\nnew delhi | updated: feb 17, 2017 08:53 ist\n\nravi donnelly contributor\n\nopinions expressed by forbes contributors are their own.\n\n${LOWER_BODY}`,
      findings: [{ expected: "" }, { expected: "ravi donnelly" }, { expected: "" }],
      output: `headline here\n\n${LOWER_BODY}`,
    },
    {
      name: "an outlet opening on The and a date (The Telegraph•October 11, 2018)",
      text: `Headline here\n\nThe Telegraph•October 11, 2018\n\n${BODY}`,
      findings: [{ expected: "" }],
      output: `Headline here\n\n${BODY}`,
    },
    {
      name: "a credit line of an agency and a date (Times of India: TNN | Updated: …)",
      text: `Headline here\n\nTNN | Updated: Nov 5, 2017, 08:53 IST\n\n${BODY}`,
      findings: [{ expected: "" }],
      output: `Headline here\n\n${BODY}`,
    },
    {
      name: "a credit line of a section, a desk and a date (NDTV: World News | NDTV News Desk | Updated: …)",
      text: `Headline here\n\nWorld News | NDTV News Desk | Updated: June 16, 2017 13:15 IST\n\n${BODY}`,
      findings: [{ expected: "" }],
      output: `Headline here\n\n${BODY}`,
    },
    {
      name: "a credit line of an outlet and By (Hindustan Times, New Delhi | By …), a person, an outlet and dates (CBC)",
      text: `Headline here\n\nHindustan Times, New Delhi | By Anjali Pritchard\n\nRavi Delgado · CBC News · Posted: Jun 25, 2018 11:23 AM ET | Last Updated: June 25, 2018\n\n${BODY}`,
      findings: [{ expected: "Anjali Pritchard" }, { expected: "Ravi Delgado" }],
      output: `Headline here\n\n${BODY}`,
    },
    {
      name: "caseless text: a city and a date (lucknow | updated: …), an agency and a date (reuters july 24, 2018, 6:32 pm)",
      text: `headline here\n\nlucknow | updated: jul 28, 2017 04:35 ist\n\nreuters july 24, 2018, 6:32 pm\n\n${LOWER_BODY}`,
      findings: [{ expected: "" }, { expected: "" }],
      output: `headline here\n\n${LOWER_BODY}`,
    },
    {
      name: "an agency alone under the headline (Press Trust of India, Tribune News Service), an agency and a date (Bloomberg•May 17, 2017)",
      text: `Headline here\n\nPress Trust of India\n\nTribune News Service\n\nBloomberg•May 17, 2017\n\n${BODY}`,
      findings: [{ expected: "" }, { expected: "" }, { expected: "" }],
      output: `Headline here\n\n${BODY}`,
    },
    {
      name: "Newsweek's BY NAME ON 4/21/19 AT 8:24 AM EST",
      text: `Headline here\n\nBY DAVID MCALLISTER ON 4/21/19 AT 8:24 AM EST\n\n${BODY}`,
      findings: [{ expected: "DAVID MCALLISTER" }],
      output: `Headline here\n\n${BODY}`,
    },
    {
      name: "a person's name alone under the headline, over a date (Metro UK: Chris Reyes)",
      text: `Bonus pay gap widens\n\nChris Reyes\n\nSunday 17 Sep 2017 4:00 pm\n\n${BODY}`,
      findings: [{ expected: "Chris Reyes" }],
      output: `Bonus pay gap widens\n\nSunday 17 Sep 2017 4:00 pm\n\n${BODY}`,
    },
    {
      name: "a person's name alone under the headline over the site's address: both go (Ben Kowalski / news.com.au)",
      text: `Bonus pay gap widens\n\nBen Kowalski\n\nnews.com.au\n\n${BODY}`,
      findings: [{ expected: "Ben Kowalski" }, { actual: "news.com.au" }],
      output: `Bonus pay gap widens\n\n${BODY}`,
    },
    {
      name: "a person's name alone under a copy of the headline, over an agency and a date (David Dunn / Reuters July 24, 2018, 6:32 PM)",
      text: `Bonus pay gap widens\n\nBonus pay gap widens\n\nDavid Dunn\n\nReuters July 24, 2018, 6:32 PM\n\n${BODY}`,
      findings: [{ expected: "David Dunn" }, { actual: "Reuters July 24, 2018, 6:32 PM" }],
      output: `Bonus pay gap widens\n\nBonus pay gap widens\n\n${BODY}`,
    },
    {
      name: "a person's name alone under a crumb and the headline, past a byline, over Medium's Follow and a date",
      text: `Home / News / Asia\n\nBlackberry fades\n\nBy Nicole Patel, Foreign Correspondent\n\nSarah Delgado\n\nFollow\n\nJun 14, 2019\n\n${BODY}`,
      findings: [{ expected: "Nicole Patel" }, { expected: "Sarah Delgado" }],
      output: `Home / News / Asia\n\nBlackberry fades\n\nFollow\n\nJun 14, 2019\n\n${BODY}`,
    },
    {
      name: "caseless text: a person's name alone past a crumb, the headline and a lower-cased byline with its date, over a date",
      text: `news / opinion\n\nfood shortages\n\nby david yamamoto on 6/22/17 at 3:21 pm est\n\njack brennan\n\njul 11, 2018\n\n${LOWER_BODY}`,
      findings: [{ expected: "david yamamoto" }, { actual: "jack brennan", expected: "jack brennan" }],
      output: `news / opinion\n\nfood shortages\n\njul 11, 2018\n\n${LOWER_BODY}`,
    },
    {
      name: "a person's name alone under a one-word headline with a credit line under it, over a date (Malala / AFP | Updated: … / Kate Banerjee)",
      text: `Malala\n\nAFP | Updated: May 4, 2019, 21:25 IST\n\nKate Banerjee\n\nAug 1, 2018\n\n${BODY}`,
      findings: [{ actual: "AFP | Updated: May 4, 2019, 21:25 IST" }, { expected: "Kate Banerjee" }],
      output: `Malala\n\nAug 1, 2018\n\n${BODY}`,
    },
    {
      name: "a person's name alone past an agency's line under the headline, over a reading time (Agence France-Presse / Kate Alvarez / 2 min read)",
      text: `Home » News » Courts\n\nCoal to challenge oil\n\nAgence France-Presse\n\nKate Alvarez\n\n2 min read\n\n${BODY}`,
      findings: [{ actual: "Agence France-Presse" }, { expected: "Kate Alvarez" }],
      output: `Home » News » Courts\n\nCoal to challenge oil\n\n2 min read\n\n${BODY}`,
    },
    {
      name: "caseless text: a person's name alone past a lower-cased name | outlet credit under a one-word headline, over Medium's follow and date",
      text: `brazil\n\nahmed mensah | politico\n\nsean mensah\n\nfollow\n\nmar 23, 2019 · 11 min read\n\n${LOWER_BODY}`,
      findings: [{ actual: "ahmed mensah | politico" }, { actual: "sean mensah", expected: "sean mensah" }],
      output: `brazil\n\nfollow\n\nmar 23, 2019 · 11 min read\n\n${LOWER_BODY}`,
    },
    {
      name: "a person's name alone past a reading time under a one-word headline under a kicker, over a date (Americas / Thatcher / 5 minute read / Marcus Murray)",
      text: `Americas\n\nThatcher\n\n5 minute read\n\nMarcus Murray\n\nWednesday 14 Aug 2019 9:24 pm\n\n${BODY}`,
      findings: [{ expected: "Marcus Murray" }],
      output: `Americas\n\nThatcher\n\n5 minute read\n\nWednesday 14 Aug 2019 9:24 pm\n\n${BODY}`,
    },
    {
      name: "Forbes: Name Forbes Staff and the contributors' disclaimer under it",
      text: `Headline here\n\nClaire McAllister Forbes Staff\n\nOpinions expressed by Forbes Contributors are their own.\n\n${BODY}`,
      findings: [
        { expected: "Claire McAllister" },
        { actual: "Opinions expressed by Forbes Contributors are their own." },
      ],
      output: `Headline here\n\n${BODY}`,
    },
    {
      name: "Forbes: Name Contributor; the contributors' disclaimer alone among the top lines",
      text: `Headline here\n\nRavi Donnelly Contributor\n\nOpinions expressed by Forbes Contributors are their own.\n\n${BODY}`,
      findings: [{ expected: "Ravi Donnelly" }, { expected: "Ravi Donnelly" }],
      output: `Headline here\n\n${BODY}`,
    },
    {
      name: "Forbes: Name Contributor and the tagline under it (I write about health care.)",
      text: `Headline here\n\nRavi Donnelly Contributor\n\nI write about health care.\n\n${BODY}`,
      findings: [{ expected: "Ravi Donnelly" }, { expected: "Ravi Donnelly" }],
      output: `Headline here\n\n${BODY}`,
    },

    {
      name: "Forbes: the contributors' disclaimer alone among the top lines",
      text: `Headline here\n\nOpinions expressed by Forbes Contributors are their own.\n\n${BODY}`,
      findings: [{ expected: "" }],
      output: `Headline here\n\n${BODY}`,
    },
    {
      name: "caseless text: by mark brown, staff writer; reuters staff",
      text: `council passes budget\n\nby mark brown, staff writer\n\n${LOWER_BODY}\n\nreuters staff`,
      findings: [{ actual: "by mark brown, staff writer" }, { actual: "reuters staff" }],
      output: `council passes budget\n\n${LOWER_BODY}`,
    },
    {
      name: "a newsroom title of several rank and beat words after the names is not kept in meta.byline (caseless: sample caseless-lowercased-release)",
      text: `Headline here\n\nBy Jane Doe, Chief Political Correspondent\n\n${BODY}`,
      findings: [{ actual: "By Jane Doe, Chief Political Correspondent", expected: "Jane Doe" }],
      output: `Headline here\n\n${BODY}`,
    },
    {
      name: "a sign-off on the last line (— Jane Doe)",
      text: `Headline here\n\n${BODY}\n\n— Jane Doe`,
      findings: [{ expected: "Jane Doe" }],
      output: `Headline here\n\n${BODY}`,
    },
    {
      name: "Author: label, and names with an agency or newsroom title under the headline",
      text: `Headline here\n\nAuthor: Tom Brown\n\nJane Doe, Associated Press\n\nJohn Smith | Staff Writer\n\n${BODY}`,
      findings: [
        { actual: "Author: Tom Brown", expected: "Tom Brown" },
        { actual: "Jane Doe, Associated Press", expected: "Jane Doe" },
        { actual: "John Smith | Staff Writer", expected: "John Smith" },
      ],
      output: `Headline here\n\n${BODY}`,
    },
    {
      name: "an agency alone as byline (By The Associated Press, Reuters Staff)",
      text: `Headline here\n\nBy The Associated Press\n\nReuters Staff\n\n${BODY}`,
      findings: [
        { actual: "By The Associated Press", expected: "The Associated Press" },
        { actual: "Reuters Staff", expected: "Reuters" },
      ],
      output: `Headline here\n\n${BODY}`,
    },
    {
      name: "a contributor's credit (Special to The Times), with or without By and comma",
      text: `Headline here\n\nAlex Smith Special to The Times\n\nBy JOHN DOE Special to The New York Times\n\nJane Roe, Special to The Times\n\n${BODY}`,
      findings: [{ expected: "Alex Smith" }, { expected: "JOHN DOE" }, { expected: "Jane Roe" }],
      output: `Headline here\n\n${BODY}`,
    },
    {
      name: "names with a two-word desk title and no comma, names with a handle, a sign-off after two hyphens",
      text: `Headline here\n\nJane Doe Senior Reporter\n\nJohn Roe @johnroe\n\n${BODY}\n\n-- Alex Smith`,
      findings: [{ expected: "Jane Doe" }, { expected: "John Roe" }, { expected: "Alex Smith" }],
      output: `Headline here\n\n${BODY}`,
    },
    {
      name: "names and the outlet after a bar under the headline (Priya Raman | The Hill)",
      text: `Headline here\n\nPriya Raman | The Hill\n\n${BODY}`,
      findings: [{ expected: "Priya Raman" }],
      output: `Headline here\n\n${BODY}`,
    },
    {
      name: "caseless text: a byline with its date (posted by jane doe on saturday, april 16, 2017)",
      text: `headline here\n\nposted by jane doe on saturday, april 16, 2017\n\n${LOWER_BODY}`,
      findings: [{ expected: "jane doe" }],
      output: `headline here\n\n${LOWER_BODY}`,
    },
    {
      name: "caseless text: names and the outlet after a bar (priya raman | the hill), in lower case",
      text: `headline here\n\npriya raman | the hill\n\n${LOWER_BODY}`,
      findings: [{ expected: "priya raman" }],
      output: `headline here\n\n${LOWER_BODY}`,
    },
    {
      name: "a correspondent's credit under the headline (From Alex Smith in Brussels)",
      text: `Headline here\n\nFrom Alex Smith and Jane Doe in New York\n\n${BODY}`,
      findings: [{ expected: "Alex Smith and Jane Doe" }],
      output: `Headline here\n\n${BODY}`,
    },
    {
      name: "names and a date under the headline (Jane Doe | Oct 14, 2017; Jane Doe / 14 October 2017)",
      text: `Headline here\n\nJane Doe | Oct 14, 2017\n\nJohn Roe / 14 October 2017\n\n${BODY}`,
      findings: [{ expected: "Jane Doe" }, { expected: "John Roe" }],
      output: `Headline here\n\n${BODY}`,
    },
    {
      name: "a newsroom title or agency closing the names stays out of meta.byline",
      text: `Headline here\n\nBy Jane Doe and John Roe, Reuters\n\nBy JANE DOE Associated Press\n\nBy Sam Poe, Contributor\n\n${BODY}`,
      findings: [{ expected: "Jane Doe and John Roe" }, { expected: "JANE DOE" }, { expected: "Sam Poe" }],
      output: `Headline here\n\n${BODY}`,
    },
    {
      name: "an outlet's credit under the headline (From CNN's Anna Kim)",
      text: `Headline here\n\nFrom CNN's Anna Kim\n\n${BODY}`,
      findings: [{ actual: "From CNN's Anna Kim", expected: "Anna Kim" }],
      output: `Headline here\n\n${BODY}`,
    },
    {
      name: "people without By under the headline, joined by and (Maria Reyes and Mark Kowalski; Jane Doe, John Roe and Sean O'Neil)",
      text: `Headline here\n\nMaria Reyes and Mark Kowalski\n\nJane Doe, John Roe and Sean O'Neil\n\n${BODY}`,
      findings: [
        { expected: "Maria Reyes and Mark Kowalski" },
        { expected: "Jane Doe, John Roe and Sean O'Neil" },
      ],
      output: `Headline here\n\n${BODY}`,
    },
    {
      name: "a correspondent and the city without From (Kevin Moreau in Washington, Mary Ann McCarthy in New York)",
      text: `Headline here\n\nKevin Moreau in Washington\n\nMary Ann McCarthy in New York\n\n${BODY}`,
      findings: [{ expected: "Kevin Moreau" }, { expected: "Mary Ann McCarthy" }],
      output: `Headline here\n\n${BODY}`,
    },
    {
      name: "a person and a newsroom title of rank and beat words, in sentence or title case (Chris Patel Senior political correspondent)",
      text: `Headline here\n\nChris Patel Senior political correspondent\n\nJane Doe, Chief political correspondent\n\nTom Brown Washington bureau chief\n\n${BODY}`,
      findings: [{ expected: "Chris Patel" }, { expected: "Jane Doe" }, { expected: "Tom Brown" }],
      output: `Headline here\n\n${BODY}`,
    },
    {
      name: "a person alone and the newsroom title on the next line (Jane Moreau / Political Editor)",
      text: `Headline here\n\nJane Moreau\nPolitical Editor\n\n${BODY}`,
      findings: [
        { actual: "Jane Moreau", expected: "Jane Moreau" },
        { actual: "Political Editor", expected: "Jane Moreau" },
      ],
      output: `Headline here\n\n${BODY}`,
    },
    {
      name: "two names",
      text: `Headline here\n\nBy Tom Miles and Stephanie Nebehay\n\n${BODY}`,
      findings: [{ actual: "By Tom Miles and Stephanie Nebehay" }],
      output: `Headline here\n\n${BODY}`,
    },
    {
      name: "upper-case name with agency",
      text: `Headline here\n\nBy JANE DOE, Associated Press\n\n${BODY}`,
      findings: [{ message: "byline" }],
      output: `Headline here\n\n${BODY}`,
    },
    {
      name: "blog byline with the date after 'on'",
      text: `Headline here\n\nPosted by Jane Doe on January 5, 2018 at 10:32am\n\n${BODY}`,
      findings: [{ expected: "Jane Doe" }],
      output: `Headline here\n\n${BODY}`,
    },
  ],
});

ruleTester(chromeLine, {
  valid: [
    {
      name: "false-positive guard: a slash between two words of a line that is no credit, a visit in prose",
      text: `${BODY}\n\nBlack Lives Matter/Defund the police\n\nIsrael/Gaza\n\nFor more news on the budget, residents can visit the library on Monday, she said.\n\nFor more news on the budget, residents can follow the council online, she said.`,
    },
    {
      name: "false-positive guard: the weather in a sentence, trending topics in prose",
      text: `${BODY}\n\nWeather: 72°F and sunny skies brought thousands to the parade on Saturday.\n\nTrending topics on the council's website included the budget and school repairs.`,
    },
    {
      name: "false-positive guard: an invitation after a question ('Join us on Tuesday'), a sort order in prose, breaking news in an inbox sentence",
      text: `${BODY}\n\nWant a bigger say? Join us on Tuesday at the town hall.\n\nSort by date, the clerk said, and the oldest files come first.\n\nGet breaking news from the council, she said, and the inbox fills up.`,
    },
    {
      name: "false-positive guard: a callout phrase in a sentence, an unlimited-access offer in prose",
      text: `${BODY}\n\nWe want to hear from you, the mayor told residents at the meeting.\n\nEnjoy unlimited access to the pool for $1 a day, the city said.`,
    },
    {
      name: "false-positive guard: 'with files from' in prose, 'supplied' in a sentence",
      text: `${BODY}\n\nWith files from his mother, he went on.\n\nHe said the plan was supplied by the council.`,
    },
    {
      name: "false-positive guard: a question and short answers without a poll heading stay (an interview)",
      text: `${BODY}\n\nDid you expect to win?\n\nNo\n\nNot at all\n\nThe mayor said the budget was balanced.`,
    },
    {
      name: "false-positive guard: a poll label over a question headline, its byline and its date is no widget",
      text: `Poll\n\nIs the mayor right about taxes?\n\nBy Jane Doe\n\nMarch 3, 2023\n\n${BODY}`,
    },
    {
      name: "false-positive guard: a one-word subheading that a site footer or a player also uses (Accessibility, Careers, Audio)",
      text: `${BODY}\n\nAccessibility\n\nThe new station has lifts on every platform, officials said.\n\nCareers\n\nThe council will hire forty staff for the station, the mayor said.\n\nAudio\n\nThe phone's speakers are loud and clear, the reviewer wrote.`,
    },
    {
      name: "false-positive guard: an appeal inside a sentence is prose",
      text: `${BODY}\n\nVolunteers urged residents to donate and to become a member of the food bank, the mayor said.`,
    },
    {
      name: "false-positive guard, text in capitals: prose opening on MORE- or COPYRIGHT is no teaser and no notice",
      text: `${BODY.toUpperCase()}\n\nMORE-THAN-EXPECTED TURNOUT SURPRISED THE ORGANISERS\n\nCOPYRIGHT LAWS AND LICENSING FEES WERE LEFT FOR A LATER MEETING, THE CLERK SAID.`,
    },
    {
      name: "false-positive guard: a paragraph of a story about copyright",
      text: `${BODY}\n\nCopyright laws and licensing fees for the new library were left for a later meeting, the clerk said.`,
    },
    {
      name: "false-positive guard, caseless text: the same paragraph in lower case",
      text: `${LOWER_BODY}\n\ncopyright laws and licensing fees for the new library were left for a later meeting, the clerk said.`,
    },
    {
      name: "false-positive guard, caseless text: a closing sentence shaped like a bio whose subject is no name",
      text: `${LOWER_BODY}\n\nhis mother is a writer based in lucknow.\n\nthe paper is a contributor to the fund.`,
    },
    {
      name: "false-positive guard: a closing sentence naming a book whose subject is no name, cased and caseless (his mother is the author of …)",
      text: `${BODY}\n\nHis mother is the author of "The Long Road."\n\nThe report is the author of "a new era," he said.`,
    },
    {
      name: "false-positive guard, caseless text: a book's author who is no name",
      text: `${LOWER_BODY}\n\nhis mother is the author of "the long road."`,
    },
    {
      name: "false-positive guard: a correction note is content, and so is a bio-like sentence above the page's last lines or going on",
      text: `${BODY}\n\nJane Doe is a reporter at the Daily Times.\n\n${LONGER}\n\nCorrection: An earlier version of this story misstated the date of the vote.\n\nMaria Ressa is a journalist for Rappler, who was arrested in Manila on Wednesday.`,
    },
    {
      name: "false-positive guard: prose that opens like a notice (an update in the story, a poll's finding, image captioning, a subscription story)",
      text: `${BODY}\n\nThis story has a long history in the town, the mayor said.\n\nPoll workers said turnout was high in the east of the city.\n\nImage captioning software was tested at the library last year.\n\nSupport for local journalism grants was cut, the clerk said, and the paper closed.`,
    },
    {
      name: "false-positive guard: prose that opens like a new label (a hashtag, a guillemet, 'Read:', a timecode)",
      text: `${BODY}\n\n#MeToo spread to the council's offices within a week, the clerk said.\n\n»Das ist gut«, sagte er.\n\nRead the full text of the decision on the council's website, the mayor said.\n\n10:00 / 12:00 is the window for deliveries, the shop said.`,
    },
    {
      name: "false-positive guard, caseless text: an upper-case-only teaser label and a German (epa)",
      text: `${LOWER_BODY}\n\nmore-than-expected turnout surprised the organisers\n\ndas thema wird seit jahren diskutiert: die elektronische patientenakte (epa)`,
    },
    {
      name: "false-positive guard: In related news, …",
      text: "In related news, the county opened three shelters.",
    },
    {
      name: "false-positive guard: a question about liking a story, answered in prose",
      text: `${BODY}\n\nDid readers like this story? Share prices fell the next day, the paper said.\n\nLike this story? It was the most read of the year.`,
    },
    {
      name: "false-positive guard: under a short section label, the labelled headline on the second line",
      text: `Local\n\nWATCH: Firefighters rescue dog from icy lake\n\n${BODY}`,
    },
    {
      name: "false-positive guard: one template placeholder in prose about templates",
      text: `${BODY}\n\nThe page greets each reader with {{name}} filled in, the developer said.`,
    },
    {
      name: "false-positive guard: a post and a share prompt in prose",
      text: `${BODY}\n\nPosted by the council at 10:00 AM, the notice drew 40 replies.\n\nLike this plan, the last one was loading the budget with debt.`,
    },
    {
      name: "false-positive guard: reporting from a place, a previous post and a time in prose",
      text: `${BODY}\n\nReporting from Kyiv was banned by the ministry.\n\nReporting from the front line was hard, she said.\n\nThe previous post-holder left in May.\n\nAt 2:15 the alarm rang.`,
    },
    {
      name: "false-positive guard: a source named in prose after a colon",
      text: `${BODY}\n\nSource: a senior official said the plan was dead.\n\nThe source: Reuters reported it first.`,
    },
    {
      name: "false-positive guard: prose about a paywall's prompt",
      text: `${BODY}\n\nReaders must subscribe to keep reading after three free articles, the paper said.\n\nSubscribers can sign in to read the full archive.`,
    },
    {
      name: "false-positive guard: prose asking to hear from readers, and a correction in the story",
      text: `${BODY}\n\nWe would like to hear from you about the plan, the council said.\n\nThe paper reported a correction to the figures on Monday.`,
    },
    {
      name: "false-positive guard: views reported in prose or in a quotation are not an opinion page's disclaimer",
      text: `${BODY}\n\nThe views expressed in the survey were mixed, officials said.\n\n"The views expressed are my own," he told reporters.`,
    },
    {
      name: "false-positive guard: covered by world media outlets",
      text: "The event was covered by world media outlets.",
    },
    {
      name: "false-positive guard: storm-related news",
      text: "The storm-related news conference was broadcast live.",
    },
    {
      name: "false-positive guard: a year on its own line is not pagination",
      text: "Para one.\n\n1989 was the year the wall fell, he said.",
    },
    {
      name: "false-positive guard: a sentence mentioning advertisement",
      text: "The advertisement ran for three weeks before the company pulled it.",
    },
    {
      name: "false-positive guard: a sentence about sharing on a network",
      text: "Share this on Facebook, the campaign urged, and thousands did.",
    },
    {
      name: "false-positive guard: prose that starts like a label",
      text: "Supported by the mayor, the plan passed on Tuesday.\n\nPin the blame on the weather, he said.\n\nReuters reported the deal first, citing two sources.",
    },
    {
      name: "false-positive guard: a sentence about minutes and days",
      text: "The meeting lasted 45 minutes.\n\nIt happened two days ago, police said.",
    },
    {
      name: "false-positive guard: prose about the agency, a gallery or a contact",
      text: "The Associated Press counted 1 of 12 ballots twice.\n\nImage 1 of 12 shows the crowd, the gallery notes.\n\nContact your council member at city hall.",
    },
    {
      name: "false-positive guard: lines that mention menu words in prose or a heading",
      text: "Sport and weather news will follow.\n\nSport\n\nThe business of politics\n\nLive from the scene, the reporter said more.",
    },
    {
      name: "false-positive guard: prose that quotes a tweet, and an embedded tweet's credit line",
      text: "Trump (@realDonaldTrump) wrote on April 12, 2017 that the talks went well.\n\nJust sent the bill to the House.\n\n— Donald J. Trump (@realDonaldTrump) April 12, 2017",
    },
    {
      name: "false-positive guard: an agency name inside a sentence, and a lower-case word",
      text: "The AP and Reuters both carried the story.\n\nap",
    },
    {
      name: "false-positive guard: prose naming a photo credit, and a caption's words far from the photo line",
      text: "Commuters cross the old harbour bridge in Springfield on Monday.\n\nThe council met on Tuesday.\n\nCommuters cross the old harbour bridge in Springfield on Monday. The picture, by Jane Doe, won a prize.\n\nShe said the image: a bridge at dawn, was her favourite",
    },
    {
      name: "false-positive guard: prose about a gallery, an account, an advert and a contributor",
      text: "Swipe cards for more buses were promised, the mayor said.\n\nThe article continues a series on the city budget.\n\nDon't have an account with the city? Residents can sign up online, officials said.\n\nShe contributed reporting to the paper for ten years before she retired from it.",
    },
    {
      name: "false-positive guard: prose opening like a credit (courtesy, via, a photo from)",
      text: "Courtesy of the city, the buses were free all week.\n\nPhotos from the scene show the damage to the bridge.\n\nVideo via satellite links reached the studio late, producers said.",
    },
    {
      name: "false-positive guard: prose about publishing, comments, a story and the end",
      text: "Published by Penguin in 1998, the book sold well.\n\nHe responded to the comments.\n\nThis story was produced by a team of five reporters over a year.\n\nThe end came quickly for the company after the vote, its workers said.",
    },
    {
      name: "false-positive guard: prose opening like a source credit, a report from a place, a quotation in guillemets",
      text: "Via Appia, the old road to Brindisi, was closed for repairs.\n\nTwo officers reported from the scene that the road was clear.\n\nPolice Officers Union reported from Brussels.\n\n« Nous sommes prêts », a dit le maire.\n\nNeed help with the forms? The city's free clinic can find an adviser near you »",
    },
    {
      name: "false-positive guard: prose about credit, a promotion's link, a mention of a network",
      text: "The bank gave him credit for the loan. Credit Suisse declined to comment.\n\nClick here to get more information or download this game.\n\nThe mayor is on Twitter every day, aides said.\n\nThe views expressed in the report are those of the authors.",
    },
    {
      name: "false-positive guard: a paper's name on the first line (section-line's), The Times alone, subheadings, a long headline",
      text: "Los Angeles Times\n\nThe council met on Monday.\n\nThe Times\n\nThe paper was founded in 1881.\n\nGood News\n\nThe Sun\n\nTrump Sues New York Times\n\nthe daily times",
    },
    {
      name: "false-positive guard: list items and emphasis around prose",
      text: "• The council will meet again on Monday.\n\n- Video games were banned from the library.\n\n**The mayor said the plan would pass.**\n\n_Shares in the company rose 12 percent._",
    },
    {
      name: "false-positive guard: prose opening like a sponsor's credit",
      text: "Sponsored by the council, the festival drew 300 people.\n\nBrought to you by a team of volunteers who worked all summer on it.\n\nPowered by solar panels, the new ferry crossed the bay.",
    },
    {
      name: "false-positive guard, caseless text: reports from a place (in lower case names read as words) and a one-word subheading",
      text: `${LOWER_BODY}\n\ntwo officers reported from the scene.\n\njane doe reported from brussels.\n\nlicensing\n\nthe council will license forty new taxis next year, the mayor said.`,
    },
    {
      name: "false-positive guard: Korean prose about copyright holders (저작권자들은 …) is no notice",
      text: `${BODY}\n\n저작권자들은 새 법안에 반대했다.`,
    },
    {
      name: 'false-positive guard: "with inputs from" in prose (residents, a lower-case source) stays, cased and caseless',
      text: `${BODY}\n\nWith inputs from residents, the council drafted a plan.\n\nWith inputs from Congress, the bill passed.`,
    },
    {
      name: 'false-positive guard, caseless text: "with inputs from" a source that is no agency',
      text: `${LOWER_BODY}\n\nwith inputs from residents, the council drafted a plan.\n\nwith inputs from residents and local groups`,
    },
    {
      name: "false-positive guard: prose that starts like a player or post label",
      text: "Posted in Baghdad since 2003, the soldiers said they were tired.\n\nVideo: the police said the footage was real, and they would release more of it next week after the trial ends.\n\nListen to the mayor, residents said.",
    },
  ],
  invalid: [
    {
      name: "a tag line under the label 'Read more about:' (Read more about: Dunes, George)",
      text: `${BODY}\n\nRead more about: Dunes, George`,
      findings: [{ actual: "Read more about: Dunes, George" }],
      output: BODY,
    },
    {
      name: "Korean and Japanese sites' copyright notices and photo credit (Copyright ⓒ …, <저작권자 ⓒ …>, 無断転載禁止, [사진=…])",
      text: `${BODY}\n\n[사진=JTBC, 이매진아시아]\n\n<저작권자 ⓒ 연합뉴스, 무단 전재-재배포 금지>\n\nCopyright ⓒ Entermedia.co.kr. 무단전재 및 재배포 금지\n\n無断転載禁止`,
      findings: [
        { actual: "[사진=JTBC, 이매진아시아]" },
        { actual: "<저작권자 ⓒ 연합뉴스, 무단 전재-재배포 금지>" },
        { actual: "Copyright ⓒ Entermedia.co.kr. 무단전재 및 재배포 금지" },
        { actual: "無断転載禁止" },
      ],
      output: BODY,
    },
    {
      name: "closing credits of Indian wire copy and an agency alone in brackets: (With inputs from agencies), With inputs from PTI, ANI, (With agency inputs), (PTI)",
      text: `${BODY}\n\n(With inputs from agencies)\n\n- With inputs from PTI, ANI\n\n(With agency inputs)\n\n(PTI)`,
      findings: [
        { actual: "(With inputs from agencies)" },
        { actual: "- With inputs from PTI, ANI" },
        { actual: "(With agency inputs)" },
        { actual: "(PTI)" },
      ],
      output: BODY,
    },
    {
      name: "caseless text: an agency alone in brackets and a wire credit naming agencies ((afp), (with inputs from pti))",
      text: `${LOWER_BODY}\n\n(with inputs from pti)\n\n(afp)`,
      findings: [{ actual: "(with inputs from pti)" }, { actual: "(afp)" }],
      output: LOWER_BODY,
    },
    {
      name: "a contact line that also says where to follow the author, and one opening on 'You can reach'",
      text: `${BODY}\n\nYou can reach him at jdoe@example.com.\n\nReach her at nathan.foster@example.com or follow her on Twitter @nathanfoster.`,
      findings: [
        { actual: "You can reach him at jdoe@example.com." },
        { actual: "Reach her at nathan.foster@example.com or follow her on Twitter @nathanfoster." },
      ],
      output: BODY,
    },
    {
      name: "a bio whose contact sentence holds a long address and a handle (Reach her at … or follow her on Twitter @…)",
      text: `${BODY}\n\nNathan Foster is a reporter for the Daily Express covering state government. Reach her at nathan.foster@postmedia.com or follow her on Twitter @nathanfoster.`,
      findings: [
        {
          actual:
            "Nathan Foster is a reporter for the Daily Express covering state government. Reach her at nathan.foster@postmedia.com or follow her on Twitter @nathanfoster.",
        },
      ],
      output: BODY,
    },
    {
      name: "a reader callout, an app prompt after a question, offers with their price (We'd love to hear from you, Want more news? Download our app, Enjoy unlimited access for $1)",
      text: `${BODY}\n\nWe’d love to hear from you\n\nWant more news? Download our app\n\nEnjoy unlimited access for $1\n\nGet unlimited digital access for just £1 a week for 4 weeks\n\n${BODY}`,
      findings: [
        { actual: "We’d love to hear from you", fixed: true },
        { actual: "Want more news? Download our app", fixed: true },
        { actual: "Enjoy unlimited access for $1", fixed: true },
        { actual: "Get unlimited digital access for just £1 a week for 4 weeks", fixed: true },
      ],
      output: `${BODY}\n\n${BODY}`,
    },
    {
      name: "a labelled developing notice, a Canadian wire credit, a paywall prompt, a player's loading lines and an Australian caption credit",
      text: `${BODY}\n\nBREAKING NEWS: This story will be updated.\n\nVideo Loading\n\nThe video will start in 6\n\nPlay now\n\nPolice at the scene on Friday morning. Source:Supplied\n\nTo continue reading, log in or create a free account.\n\n— With files from The Canadian Press`,
      findings: [
        { message: "credits line" },
        { message: "video line" },
        { message: "video line" },
        { message: "video line" },
        { message: "photo line" },
        { message: "newsletter line" },
        { message: "credits line" },
      ],
      output: BODY,
    },

    {
      name: "a poll widget goes as a whole: heading, question, answers and button",
      text: `${BODY}\n\nPoll\n\nShould the government act now?\n\nYes\n\nNo\n\nNot sure\n\nVote\n\nThe mayor said the budget was balanced.`,
      findings: [
        { actual: "Poll", message: "poll line" },
        { actual: "Should the government act now?" },
        { actual: "Yes" },
        { actual: "No" },
        { actual: "Not sure" },
        { actual: "Vote" },
      ],
      output: `${BODY}\n\nThe mayor said the budget was balanced.`,
    },
    {
      name: "a tokenised release's credit and copyright lines, read with their punctuation joined back",
      text: `${LOWER_BODY}\n\n( reporting by jane doe ; editing by john roe )\n\n© 2019 the associated press . all rights reserved .`,
      findings: [{ message: "credits line" }, { message: "copyright line" }],
      output: LOWER_BODY,
    },
    {
      name: "notices of the page between paragraphs: a developing story, affiliate disclosures, paywall and sign-up fine print, app and follow prompts, polls, audio and gallery residue, credits",
      text: `${BODY}\n\nThis is a developing story. Please check back for updates.\n\nWe may earn a commission from links on this page.\n\nThis article contains affiliate links.\n\nFTC: We use income earning auto affiliate links. More.\n\nYou've reached your free article limit\n\nBy clicking Sign up, you agree to our Terms of Service and Privacy Policy.\n\nNever miss a story. Subscribe to our newsletter.\n\nFor more news, follow The Ledger on Facebook and Twitter.\n\nFollow Omaha World-Herald on Google News\n\nPOLL: Should the council act now? Vote below\n\nThanks for voting!\n\nVoiced by Amazon Polly\n\nSwipe for more photos\n\nRepresentative Image\n\nJane Doe / The Canadian Press\n\nimage captionThe bridge on Friday\n\n(READ MORE: Ferry fares rise for the third year)\n\nAlso Read - Ferry fares rise for the third year\n\n238 people are talking about this\n\nAD FEATURE\n\nThis story continues below\n\nUnlock this article\n\nContinue reading your article with a Ledger subscription\n\nTotal votes: 9,690`,
      findings: [
        { actual: "This is a developing story. Please check back for updates.", message: /credits line/ },
        { actual: "We may earn a commission from links on this page." },
        { actual: "This article contains affiliate links." },
        { actual: "FTC: We use income earning auto affiliate links. More." },
        { actual: "You've reached your free article limit", message: /newsletter line/ },
        { actual: "By clicking Sign up, you agree to our Terms of Service and Privacy Policy." },
        { actual: "Never miss a story. Subscribe to our newsletter." },
        { actual: "For more news, follow The Ledger on Facebook and Twitter." },
        { actual: "Follow Omaha World-Herald on Google News" },
        { actual: "POLL: Should the council act now? Vote below" },
        { actual: "Thanks for voting!" },
        { actual: "Voiced by Amazon Polly" },
        { actual: "Swipe for more photos" },
        { actual: "Representative Image" },
        { actual: "Jane Doe / The Canadian Press", message: /photo line/ },
        { actual: "image captionThe bridge on Friday" },
        { actual: "(READ MORE: Ferry fares rise for the third year)" },
        { actual: "Also Read - Ferry fares rise for the third year" },
        { actual: "238 people are talking about this" },
        { actual: "AD FEATURE" },
        { actual: "This story continues below" },
        { actual: "Unlock this article" },
        { actual: "Continue reading your article with a Ledger subscription" },
        { actual: "Total votes: 9,690" },
      ],
      output: BODY,
    },
    {
      name: "a prompt to share the story after it",
      text: `${BODY}\n\nLike this story? Share it with a friend.\n\nThe mayor said the budget was balanced.\n\nEnjoyed this article? Please share it.`,
      findings: [
        { actual: "Like this story? Share it with a friend.", message: /share line/ },
        { actual: "Enjoyed this article? Please share it.", message: /share line/ },
      ],
      output: `${BODY}\n\nThe mayor said the budget was balanced.`,
    },
    {
      name: "a comment form's fields, notices and button (WordPress)",
      text: `${BODY}\n\nLeave a Reply Cancel reply\n\nName *\n\nEmail *\n\nWebsite\n\nSave my name, email, and website in this browser for the next time I comment.\n\nNotify me of new posts by email.\n\nPost Comment`,
      findings: [
        { actual: "Leave a Reply Cancel reply", message: /navigation line/ },
        { actual: "Name *", message: /navigation line/ },
        { actual: "Email *" },
        { actual: "Website", message: /navigation line/ },
        {
          actual: "Save my name, email, and website in this browser for the next time I comment.",
          message: /navigation line/,
        },
        { actual: "Notify me of new posts by email.", message: /navigation line/ },
        { actual: "Post Comment", message: /navigation line/ },
      ],
      output: BODY,
    },
    {
      name: "a blog's links to the previous and next posts, with their headlines",
      text: `${BODY}\n\nPrevious Post: School board names new superintendent\n\nNext Post: Road closures planned for festival weekend`,
      findings: [
        { actual: "Previous Post: School board names new superintendent", message: /navigation line/ },
        { actual: "Next Post: Road closures planned for festival weekend", message: /navigation line/ },
      ],
      output: BODY,
    },
    {
      name: "a news site's footer links and market-data notice (Reuters, CNN)",
      text: `${BODY}\n\nApps\n\nCookies\n\nPrivacy\n\nDo Not Sell or Share My Personal Information\n\nAll quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.\n\nEdition`,
      findings: [
        { actual: "Apps", message: /navigation line/ },
        { actual: "Cookies", message: /navigation line/ },
        { actual: "Privacy", message: /navigation line/ },
        { actual: "Do Not Sell or Share My Personal Information", message: /navigation line/ },
        {
          actual:
            "All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.",
          message: /navigation line/,
        },
        { actual: "Edition", message: /navigation line/ },
      ],
      output: BODY,
    },
    {
      name: "an audio player's length under its button, and Fox News' headlines video",
      text: `Fox News Flash top headlines for May 5\n\nFox News Flash top headlines are here. Check out what's clicking on Foxnews.com.\n\n${BODY}\n\nListen to this article\n\n2:15\n\nThe council will meet again in May.`,
      findings: [
        { actual: "Fox News Flash top headlines for May 5", message: /video line/ },
        {
          actual: "Fox News Flash top headlines are here. Check out what's clicking on Foxnews.com.",
          message: /video line/,
        },
        { actual: "Listen to this article", message: /video line/ },
        { actual: "2:15", message: /video line/ },
      ],
      output: `${BODY}\n\nThe council will meet again in May.`,
    },
    {
      name: "NYT's gift-article tool, its location line under the byline, and its topic link",
      text: `Send any friend a story\n\nAs a subscriber, you have 10 gift articles to give each month. Anyone can read what you share.\n\nGive this article\n\nReporting from Millbrook, N.Y.\n\n${BODY}\n\nSee more on: Route 9`,
      findings: [
        { actual: "Send any friend a story", message: /share line/ },
        {
          actual:
            "As a subscriber, you have 10 gift articles to give each month. Anyone can read what you share.",
          message: /share line/,
        },
        { actual: "Give this article", message: /share line/ },
        { actual: "Reporting from Millbrook, N.Y.", message: /credits line/ },
        { actual: "See more on: Route 9", message: /navigation line/ },
      ],
      output: BODY,
    },
    {
      name: "Bloomberg's house advertisement and tip prompt",
      text: `${BODY}\n\nBefore it's here, it's on the Bloomberg Terminal.\n\nThe council will meet again in May.\n\nHave a confidential tip for our reporters? Get in Touch`,
      findings: [
        { actual: "Before it's here, it's on the Bloomberg Terminal.", message: /advertisement line/ },
        { actual: "Have a confidential tip for our reporters? Get in Touch", message: /follow line/ },
      ],
      output: `${BODY}\n\nThe council will meet again in May.`,
    },
    {
      name: "a teaser label inside the story goes; on the page's first line the label heads its headline, kept",
      text: `WATCH: Firefighters rescue dog from icy lake\n\n${BODY}\n\nWATCH: Video of the rescue`,
      findings: [{ actual: "WATCH: Video of the rescue", message: /teaser line/ }],
      output: `WATCH: Firefighters rescue dog from icy lake\n\n${BODY}`,
    },
    {
      name: "a widget's unrendered template, its placeholders in braces (USA Today's notifications, Multi-News)",
      text: `Close Get email notifications on {{subject}} daily! Your notification has been saved. There was a problem saving your notification. {{#each subjects}} {{/each}} Manage notifications\n\n${BODY}`,
      findings: [
        {
          actual:
            "Close Get email notifications on {{subject}} daily! Your notification has been saved. There was a problem saving your notification. {{#each subjects}} {{/each}} Manage notifications",
          message: /embed line/,
        },
      ],
      output: BODY,
    },
    {
      name: "blog platforms' share bars and post footer on one line (WordPress, Blogger), a newsletter prompt, a reprint link",
      text: `${BODY}\n\nShare this: Click to share on Twitter (Opens in new window) Click to share on Facebook (Opens in new window)\n\nLike this: Like Loading...\n\nThe mayor said the budget was balanced.\n\nEmail This BlogThis! Share to Twitter Share to Facebook Share to Pinterest\n\nPosted by Jane Doe at 10:00 AM\n\nGet the news you need to start your day\n\nClick here for reuse options!\n\nThe vote is due in June.`,
      findings: [
        {
          actual:
            "Share this: Click to share on Twitter (Opens in new window) Click to share on Facebook (Opens in new window)",
          message: /share line/,
        },
        { actual: "Like this: Like Loading...", message: /share line/ },
        {
          actual: "Email This BlogThis! Share to Twitter Share to Facebook Share to Pinterest",
          message: /share line/,
        },
        { actual: "Posted by Jane Doe at 10:00 AM", message: /timestamp line/ },
        { actual: "Get the news you need to start your day", message: /newsletter line/ },
        { actual: "Click here for reuse options!", message: /credits line/ },
      ],
      output: `${BODY}\n\nThe mayor said the budget was balanced.\n\nThe vote is due in June.`,
    },
    {
      name: "a reprint link, a byline's contact button, a comment sort control, a player's next button, an ad's report link, an inbox prompt and a follow prompt after a question, between paragraphs",
      text: `Council approves budget after long debate\n\nReuse this content\n\nContact author\n\n${BODY}\n\nSort by\n\nNext Video\n\nReport an ad\n\nGet Breaking News Delivered to Your Inbox\n\nWant more stories like this? Like us on Facebook.\n\nThe vote is due in June.`,
      findings: [
        { actual: "Reuse this content", message: /share line/ },
        { actual: "Contact author", message: /navigation line/ },
        { actual: "Sort by", message: /navigation line/ },
        { actual: "Next Video", message: /video line/ },
        { actual: "Report an ad", message: /advertisement line/ },
        { actual: "Get Breaking News Delivered to Your Inbox", message: /newsletter line/ },
        { actual: "Want more stories like this? Like us on Facebook.", message: /follow line/ },
      ],
      output: `Council approves budget after long debate\n\n${BODY}\n\nThe vote is due in June.`,
    },
    {
      name: "a search box's prompt and button, the print edition's link, a follow button, trending topics and a weather widget with its sky",
      text: `Council approves budget after long debate\n\nEnter your search terms\n\nSubmit\n\nPrint Edition\n\n${BODY}\n\nLike Us\n\nTrending Topics: Elections, Budget, Schools\n\nWeather: 72°F Sunny\n\nThe vote is due in June.`,
      findings: [
        { actual: "Enter your search terms", message: /navigation line/ },
        { actual: "Submit", message: /navigation line/ },
        { actual: "Print Edition", message: /navigation line/ },
        { actual: "Like Us", message: /follow line/ },
        { actual: "Trending Topics: Elections, Budget, Schools", message: /navigation line/ },
        { actual: "Weather: 72°F Sunny", message: /navigation line/ },
      ],
      output: `Council approves budget after long debate\n\n${BODY}\n\nThe vote is due in June.`,
    },
    {
      name: "a photographer's credit alone between paragraphs (name/paper), a visit prompt for more news",
      text: `${BODY}\n\nJohn Smith/The New York Times\n\nThe mayor said the budget was balanced.\n\nFor more news, visit example.com.\n\nThe vote is due in June.`,
      findings: [
        { actual: "John Smith/The New York Times", message: /photo line/ },
        { actual: "For more news, visit example.com.", message: /newsletter line/ },
      ],
      output: `${BODY}\n\nThe mayor said the budget was balanced.\n\nThe vote is due in June.`,
    },
    {
      name: "the agencies a story is compiled from, on their own line",
      text: `${BODY}\n\nSources: Reuters, AP\n\nThe mayor said the budget was balanced.\n\nSource: agencies`,
      findings: [
        { actual: "Sources: Reuters, AP", message: /credits line/ },
        { actual: "Source: agencies", message: /credits line/ },
      ],
      output: `${BODY}\n\nThe mayor said the budget was balanced.`,
    },
    {
      name: "paywall prompts led by the action: sign in, subscribe or register to keep reading",
      text: `${BODY}\n\nSign in to continue reading\n\nThe mayor said the budget was balanced.\n\nLog in or register to read the full article\n\nSubscribe to keep reading\n\nThe council will meet again in May.\n\nThank you for reading!\n\nPlease log in, or sign up for a new account to continue reading.\n\nThe vote is due in June.`,
      findings: [
        { actual: "Sign in to continue reading", message: /newsletter line/ },
        { actual: "Log in or register to read the full article", message: /newsletter line/ },
        { actual: "Subscribe to keep reading", message: /newsletter line/ },
        { actual: "Thank you for reading!", message: /newsletter line/ },
        {
          actual: "Please log in, or sign up for a new account to continue reading.",
          message: /newsletter line/,
        },
      ],
      output: `${BODY}\n\nThe mayor said the budget was balanced.\n\nThe council will meet again in May.\n\nThe vote is due in June.`,
    },
    {
      name: "a tip prompt, a correction prompt and a comment button in their own words",
      text: `${BODY}\n\nWe want to hear from you. Send us your story ideas.\n\nThe mayor said the budget was balanced.\n\nReport a correction or typo\n\nLoad comments`,
      findings: [
        { actual: "We want to hear from you. Send us your story ideas.", message: /follow line/ },
        { actual: "Report a correction or typo", message: /follow line/ },
        { actual: "Load comments", message: /navigation line/ },
      ],
      output: `${BODY}\n\nThe mayor said the budget was balanced.`,
    },
    {
      name: "the BBC's share panel one control per line, and a caption under its label",
      text: `${BODY}\n\nShare\n\nclose panel\n\nShare page\n\nCopy link\n\nAbout sharing\n\nImage source, Getty Images\n\nImage caption,\n\nFirefighters battled the blaze through the night\n\nThe mayor said the budget was balanced.`,
      findings: [
        { actual: "Share" },
        { actual: "close panel", message: /share line/ },
        { actual: "Share page", message: /share line/ },
        { actual: "Copy link" },
        { actual: "About sharing", message: /share line/ },
        { actual: "Image source, Getty Images" },
        { actual: "Image caption," },
        { actual: "Firefighters battled the blaze through the night", message: /caption .* under the label/ },
      ],
      output: `${BODY}\n\nThe mayor said the budget was balanced.`,
    },
    {
      name: "false-positive guard: a caption label over a long paragraph, or as the page's last line but one, leaves that line",
      text: `Image caption,\n\n${"The council met on Tuesday and agreed to the plan after a long debate about roads. ".repeat(3).trim()}\n\nThe mayor spoke.\n\nImage caption\n\nThe council met on Tuesday.`,
      findings: [{ actual: "Image caption," }, { actual: "Image caption" }],
      output: `${"The council met on Tuesday and agreed to the plan after a long debate about roads. ".repeat(3).trim()}\n\nThe mayor spoke.\n\nThe council met on Tuesday.`,
    },
    {
      name: "closers: syndication notes, an 'About the author' box, a contributor's disclaimer, contact and tip lines, the author's other work",
      text: `${BODY}\n\n(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)\n\nThis story was originally published March 2, 2019 1:23 AM.\n\nOriginally published as Ferry fares rise for the third year\n\nDo you have a story? Email news@example.com\n\nSpotted an error? Let us know.\n\nThe views expressed in this article are the author's own and do not necessarily reflect the views of this publication.\n\nThe opinions expressed in this commentary are solely those of the author.\n\nEmail: jane.doe@example.com\n\nAbout the Author\n\nJane Doe is a political correspondent covering health care.\n\nJohn Roe is a contributor. Opinions expressed are his own.\n\nMore by Jane Doe`,
      findings: [
        {
          actual:
            "(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)",
        },
        { actual: "This story was originally published March 2, 2019 1:23 AM." },
        { actual: "Originally published as Ferry fares rise for the third year" },
        { actual: "Do you have a story? Email news@example.com" },
        { actual: "Spotted an error? Let us know." },
        {
          actual:
            "The views expressed in this article are the author's own and do not necessarily reflect the views of this publication.",
          message: /credits line/,
        },
        {
          actual: "The opinions expressed in this commentary are solely those of the author.",
          message: /credits line/,
        },
        { actual: "Email: jane.doe@example.com" },
        { actual: "About the Author" },
        { actual: "Jane Doe is a political correspondent covering health care.", message: /bio line/ },
        { actual: "John Roe is a contributor. Opinions expressed are his own." },
        { actual: "More by Jane Doe" },
      ],
      output: BODY,
    },
    {
      name: "caseless text: an author's bio closing the page, in either form (the names hold no function word)",
      text: `${LOWER_BODY}\n\nabout the author\n\njane doe is a senior reporter covering public safety.\n\nleo grant covers city hall for the gazette.`,
      findings: [
        { actual: "about the author" },
        { actual: "jane doe is a senior reporter covering public safety.", message: /bio line/ },
        { actual: "leo grant covers city hall for the gazette." },
      ],
      output: LOWER_BODY,
    },
    {
      name: "an author's bio closing the page (with the author's contact), in either form",
      text: `${BODY}\n\nJane Doe is a senior reporter covering politics for The Independent.\n\nLeo Grant covers city hall for the Gazette. Reach him at lgrant@gazette.com or 555-0142.`,
      findings: [
        {
          actual: "Jane Doe is a senior reporter covering politics for The Independent.",
          message: /bio line/,
        },
        {
          actual: "Leo Grant covers city hall for the Gazette. Reach him at lgrant@gazette.com or 555-0142.",
        },
      ],
      output: BODY,
    },
    {
      name: "an author's bio with a beat sentence at a web address, and one naming the author's book (… at Tucson.com. She covers …; … is the author of \"…\")",
      text: `${BODY}\n\nKate Kapoor is a contributor at Tucson.com. She covers state government.\n\nKyle Sharma is the author of "City of Glass" and writes about foreign affairs.`,
      findings: [
        {
          actual: "Kate Kapoor is a contributor at Tucson.com. She covers state government.",
          message: /bio line/,
        },
        { actual: 'Kyle Sharma is the author of "City of Glass" and writes about foreign affairs.' },
      ],
      output: BODY,
    },
    {
      name: "caseless text: the same two bios in lower case",
      text: `${LOWER_BODY}\n\nkate kapoor is a contributor at tucson.com. she covers state government.\n\nkyle sharma is the author of "city of glass" and writes about foreign affairs.`,
      findings: [
        { actual: "kate kapoor is a contributor at tucson.com. she covers state government." },
        { actual: 'kyle sharma is the author of "city of glass" and writes about foreign affairs.' },
      ],
      output: LOWER_BODY,
    },
    {
      name: "an ad slot's lines in their spellings, player states and errors, tool-bar buttons",
      text: `${BODY}\n\n(Story continues below)\n\nContent continues below ad\n\nThe article continues after this ad\n\nAdvertisement Hide Ad\n\nVideo Ad Feedback\n\nVideo Player is loading.\n\nAutoplay: On\n\n0:00 / 4:32\n\nThis video can not be played\n\nListen 3 min\n\nText size A A A\n\nAdd to list\n\nShow more sharing options`,
      findings: [
        { actual: "(Story continues below)", message: /advertisement line/ },
        { actual: "Content continues below ad" },
        { actual: "The article continues after this ad" },
        { actual: "Advertisement Hide Ad" },
        { actual: "Video Ad Feedback" },
        { actual: "Video Player is loading.", message: /video line/ },
        { actual: "Autoplay: On" },
        { actual: "0:00 / 4:32" },
        { actual: "This video can not be played" },
        { actual: "Listen 3 min" },
        { actual: "Text size A A A", message: /share line/ },
        { actual: "Add to list" },
        { actual: "Show more sharing options" },
      ],
      output: BODY,
    },
    {
      name: "what embeds leave: the BBC's skip/end markers, the consent notice and button, Getty's embed credit, a poll's loading text",
      text: `${BODY}\n\nSkip Twitter post by @janedoe\n\nEnd of Twitter post by @janedoe\n\nSkip YouTube post, 2\n\nThis article contains content provided by Twitter. We ask for your permission before anything is loaded, as they may be using cookies and other technologies.\n\nAllow Twitter content?\n\nEmbed from Getty Images\n\nLoading poll...`,
      findings: [
        { actual: "Skip Twitter post by @janedoe", message: /embed line/ },
        { actual: "End of Twitter post by @janedoe" },
        { actual: "Skip YouTube post, 2" },
        {
          actual:
            "This article contains content provided by Twitter. We ask for your permission before anything is loaded, as they may be using cookies and other technologies.",
        },
        { actual: "Allow Twitter content?" },
        { actual: "Embed from Getty Images" },
        { actual: "Loading poll..." },
      ],
      output: BODY,
    },
    {
      name: "teasers with more labels, in brackets or after a guillemet; tag lines; a share counter; a sign-up form's messages; NYT's Credit…",
      text: `${BODY}\n\nRead: Council approves new bus route\n\nDon't Miss: 10 foods you should never keep in the fridge\n\n[Read more: Council approves new bus route]\n\n» Council approves new bus route\n\nClick here for more: Face coverings to be mandatory on buses in the city from June 15, the transport secretary declares\n\n#breaking #news #world\n\nTagged: Elections, Politics\n\nMore on: Council, Budget\n\nPosted in News | Tagged Elections, politics | Leave a comment\n\nThis story has been shared 4,807 times.\n\nInvalid email\n\nWe will use your email address only for sending you newsletters. Please see our Privacy Notice for details of your data protection rights.\n\nGet breaking news alerts and special reports. The news and stories that matter, delivered weekday mornings.\n\nCredit...Jane Doe for The New York Times`,
      findings: [
        { actual: "Read: Council approves new bus route", message: /teaser line/ },
        { actual: "Don't Miss: 10 foods you should never keep in the fridge" },
        { actual: "[Read more: Council approves new bus route]" },
        { actual: "» Council approves new bus route" },
        {
          actual:
            "Click here for more: Face coverings to be mandatory on buses in the city from June 15, the transport secretary declares",
        },
        { actual: "#breaking #news #world", message: /navigation line/ },
        { actual: "Tagged: Elections, Politics" },
        { actual: "More on: Council, Budget" },
        { actual: "Posted in News | Tagged Elections, politics | Leave a comment" },
        { actual: "This story has been shared 4,807 times.", message: /share line/ },
        { actual: "Invalid email", message: /newsletter line/ },
        {
          actual:
            "We will use your email address only for sending you newsletters. Please see our Privacy Notice for details of your data protection rights.",
        },
        {
          actual:
            "Get breaking news alerts and special reports. The news and stories that matter, delivered weekday mornings.",
        },
        { actual: "Credit...Jane Doe for The New York Times", message: /photo line/ },
      ],
      output: BODY,
    },
    {
      name: "more ad markers, account and follow prompts, gallery and player controls, embed placeholders, credits",
      text: `${BODY}\n\nArticle continues after advertisement\n\nAdvertisement - story continues below\n\nPromoted\n\nDon't have an account? Sign up\n\nWant more? Follow us on Instagram\n\nClick here for the latest headlines\n\nSwipe for more\n\nTap to unmute\n\n1/12\n\nRecommended Video:\n\n[Embedded content]\n\nTweet this quote\n\nEPA-EFE/JANE DOE\n\nJane Doe contributed reporting from Brussels.`,
      findings: [
        { actual: "Article continues after advertisement" },
        { actual: "Advertisement - story continues below" },
        { actual: "Promoted" },
        { actual: "Don't have an account? Sign up" },
        { actual: "Want more? Follow us on Instagram" },
        { actual: "Click here for the latest headlines" },
        { actual: "Swipe for more" },
        { actual: "Tap to unmute" },
        { actual: "1/12" },
        { actual: "Recommended Video:" },
        { actual: "[Embedded content]" },
        { actual: "Tweet this quote" },
        { actual: "EPA-EFE/JANE DOE" },
        { actual: "Jane Doe contributed reporting from Brussels." },
      ],
      output: BODY,
    },
    {
      name: "photo credits standing alone or closing a caption: courtesy, screenshots, the BBC's image source, via Getty",
      text: `${BODY}\n\n(Credit: Jane Doe)\n\nCourtesy of Jane Doe\n\nScreenshot via YouTube\n\nScreengrab: CNN\n\nImage source, Getty Images\n\nAFP via Getty Images\n\nProtesters gather outside the court on Monday (Jane Doe/The Times)\n\nProtesters gather outside the court on Monday | Jane Doe for The New York Times`,
      findings: [
        { actual: "(Credit: Jane Doe)" },
        { actual: "Courtesy of Jane Doe" },
        { actual: "Screenshot via YouTube" },
        { actual: "Screengrab: CNN" },
        { actual: "Image source, Getty Images" },
        { actual: "AFP via Getty Images" },
        { actual: "Protesters gather outside the court on Monday (Jane Doe/The Times)" },
        { actual: "Protesters gather outside the court on Monday | Jane Doe for The New York Times" },
      ],
      output: BODY,
    },
    {
      name: "syndication credits, contact and tip lines, a handle alone, a comments prompt, wire end marks",
      text: `${BODY}\n\nThis article was produced by Kaiser Health News.\n\nPublished in partnership with The Conversation.\n\nDistributed by Tribune Content Agency, LLC.\n\nJane Doe can be reached at jdoe@example.com or 555-123-4567.\n\n@janedoe\n\nGot a story? Email news@example.com\n\nShare your thoughts in the comments below.\n\nWith reporting by Jane Doe.\n\n-30-\n\n(END)`,
      findings: [
        { actual: "This article was produced by Kaiser Health News." },
        { actual: "Published in partnership with The Conversation." },
        { actual: "Distributed by Tribune Content Agency, LLC." },
        { actual: "Jane Doe can be reached at jdoe@example.com or 555-123-4567." },
        { actual: "@janedoe" },
        { actual: "Got a story? Email news@example.com" },
        { actual: "Share your thoughts in the comments below." },
        { actual: "With reporting by Jane Doe." },
        { actual: "-30-" },
        { actual: "(END)" },
      ],
      output: BODY,
    },
    {
      name: "comment-section headers and closed-comment notices, feedback widgets, the site footer's links",
      text: `${BODY}\n\nHave your say\n\nComments are closed.\n\nWas this article helpful?\n\nYes No\n\nTerms and Conditions\n\nPowered by WordPress\n\nBack to top ↑\n\nAll content copyright 2017 The Daily Times`,
      findings: [
        { actual: "Have your say" },
        { actual: "Comments are closed." },
        { actual: "Was this article helpful?" },
        { actual: "Yes No" },
        { actual: "Terms and Conditions" },
        { actual: "Powered by WordPress" },
        { actual: "Back to top ↑" },
        { actual: "All content copyright 2017 The Daily Times" },
      ],
      output: BODY,
    },
    {
      name: "site-header and tool-bar words standing alone: search box, account link, weather widget, buttons",
      text: `Search this site\n\nHello, Sign in\n\n68°F\n\n${BODY}\n\n« Back to articles\n\nSave for later\n\nFollow\n\nTranslate`,
      findings: [
        { actual: "Search this site" },
        { actual: "Hello, Sign in" },
        { actual: "68°F" },
        { actual: "« Back to articles" },
        { actual: "Save for later" },
        { actual: "Follow" },
        { actual: "Translate" },
      ],
      output: BODY,
    },
    {
      name: "paywall meters, account and app prompts, reader-revenue appeals, glued ad labels",
      text: `${BODY}\n\nYou have 3 free articles remaining\n\nAlready have an account? Log in\n\nOpen in app\n\nSupport independent journalism\n\nAdvertisementAdvertisement\n\nSkip Advertisement\n\nLink copied\n\nShow more comments\n\nThis content is not available in your region`,
      findings: [
        { actual: "You have 3 free articles remaining" },
        { actual: "Already have an account? Log in" },
        { actual: "Open in app" },
        { actual: "Support independent journalism" },
        { actual: "AdvertisementAdvertisement" },
        { actual: "Skip Advertisement" },
        { actual: "Link copied" },
        { actual: "Show more comments" },
        { actual: "This content is not available in your region" },
      ],
      output: BODY,
    },
    {
      name: "age banners, relative dates in years, bare credits and the gallery's Enlarge",
      text: `This article is more than 2 years old\n\n${BODY}\n\nPublished 3 years ago\n\nEnlarge\n\nStaff writer\n\nSupplied`,
      findings: [
        { actual: "This article is more than 2 years old" },
        { actual: "Published 3 years ago" },
        { actual: "Enlarge" },
        { actual: "Staff writer" },
        { actual: "Supplied" },
      ],
      output: BODY,
    },
    {
      name: "copyright notices: a year, a holder's name, a colon, the word alone",
      text: `${BODY}\n\nCopyright The Associated Press\n\nCOPYRIGHT Reuters. All rights reserved.\n\nCopyright: Jane Doe\n\ncopyright 2017 the daily times\n\nCopyright`,
      findings: [
        { actual: "Copyright The Associated Press" },
        { actual: "COPYRIGHT Reuters. All rights reserved." },
        { actual: "Copyright: Jane Doe" },
        { actual: "copyright 2017 the daily times" },
        { actual: "Copyright" },
      ],
      output: BODY,
    },
    {
      name: "blog and syndication furniture: Like Loading..., Top of page, Disqus, Read the original article on …",
      text: `${BODY}\n\nLike Loading...\n\nTop of page\n\nAudio for this article is not available.\n\ncomments powered by Disqus\n\nWatch Live\n\nRead the full story\n\nRead the original article on Business Insider\n\nAdd Comment\n\nReport abuse`,
      findings: [
        { actual: "Like Loading..." },
        { actual: "Top of page" },
        { actual: "Audio for this article is not available." },
        { actual: "comments powered by Disqus" },
        { actual: "Watch Live" },
        { actual: "Read the full story" },
        { actual: "Read the original article on Business Insider" },
        { actual: "Add Comment" },
        { actual: "Report abuse" },
      ],
      output: BODY,
    },
    {
      name: "caseless text: an agency photo credit and a read-more teaser, read without case",
      text: `${LOWER_BODY}\n\nap photo/evan vucci\n\nread more: council approves new budget plan`,
      findings: [
        { actual: "ap photo/evan vucci" },
        { actual: "read more: council approves new budget plan" },
      ],
      output: LOWER_BODY,
    },
    {
      name: "captions closing on their credit (Photo:, (Photo: …), Credit: … for …, REUTERS/…, ©, | Name/Outlet)",
      text: `${BODY}\n\nCommuters cross the bridge on Monday. Photo: Jane Doe\n\nThe bridge at dawn (Photo: Jane Doe/The Times)\n\nThe bridge at dusk. Credit: Jane Doe for The New York Times\n\nCommuters on the bridge. REUTERS/Jane Doe\n\nThe old bridge © Jane Doe\n\nThe new bridge | Jane Doe/The Times`,
      findings: [
        { message: "photo line" },
        { message: "photo line" },
        { message: "photo line" },
        { message: "photo line" },
        { message: "photo line" },
        { message: "photo line" },
      ],
      output: BODY,
    },
    {
      name: "a caption and its copy without the credit (the image's alt text)",
      text: `Commuters cross the old harbour bridge on Monday. (AP Photo/Jane Doe)\nCommuters cross the old harbour bridge on Monday.\n\n${BODY}`,
      findings: [{ message: "photo line" }, { message: "caption copy" }],
      output: BODY,
    },
    {
      name: "reading times and relative timestamps",
      text: "Para one.\n\n5 min read\n\nUpdated 2 hours ago\n\nPublished yesterday\n\nPara two.",
      findings: [{ message: "timestamp" }, { message: "timestamp" }, { message: "timestamp" }],
      output: "Para one.\n\nPara two.",
    },
    {
      name: "what social-media embeds leave, and a loading video placeholder",
      text: "Para one.\n\npic.twitter.com/abc123\n\nA post shared by Jane Doe (@janedoe) on Apr 12, 2017 at 5:20pm PDT\n\nView this post on Instagram\n\nLoading video...\n\nPara two.",
      findings: [{ message: "embed" }, { message: "embed" }, { message: "embed" }, { message: "video" }],
      output: "Para one.\n\nPara two.",
    },
    {
      name: "newsroom furniture: player and gallery lines, agency photo credits, sign-up form fields, contact and share lines",
      text: "Para one.\n\nSorry, your browser does not support this video\n\nImage 1 of 12\n\n1 / 12\n\nNow Playing: Council votes on budget\n\nAP Photo/Evan Vucci\n\nBuy Photo\n\nAssociated Press\n\nContinue reading\n\nLast Name\n\nYour Email\n\nThanks for signing up!\n\nContact Jane Doe at jdoe@example.com\n\nRead or Share this story: https://example.com/story/123\n\nPara two.",
      findings: [
        { message: "video" },
        { message: "video" },
        { message: "video" },
        { message: "video" },
        { message: "photo" },
        { message: "photo" },
        { message: "photo" },
        { message: "navigation" },
        { message: "newsletter" },
        { message: "newsletter" },
        { message: "newsletter" },
        { message: "follow" },
        { message: "share" },
      ],
      output: "Para one.\n\nPara two.",
    },
    {
      name: "menu bars above the headline",
      text: "Log in Subscribe\n\nNews Sport Weather Radio\n\nMenu | Search\n\nSections\n\nPara one.",
      findings: [
        { message: "navigation" },
        { message: "navigation" },
        { message: "navigation" },
        { message: "navigation" },
      ],
      output: "Para one.",
    },
    {
      name: "a photo credit in brackets on its own line",
      text: "Para one.\n\n(Photo: Reuters)\n\n[Image: AFP/Getty Images]\n\nPara two.",
      findings: [{ message: "photo" }, { message: "photo" }],
      output: "Para one.\n\nPara two.",
    },
    {
      name: "BBC share panel",
      text: "Para one.\n\nShare this with Email Facebook Messenger Twitter Pinterest WhatsApp LinkedIn\n\nCopy this link\n\nThese are external links and will open in a new window\n\nClose share panel\n\nPara two.",
      findings: [{ message: "share" }, { message: "share" }, { message: "share" }, { message: "share" }],
      output: "Para one.\n\nPara two.",
    },
    {
      name: "agency credit under a photo, app promo, syndication and print notes",
      text: "Para one.\n\nAFP\n\nCLICK HERE TO GET THE FOX NEWS APP\n\nThis article originally appeared on HuffPost.\n\nA version of this article appears in print on Jan. 6, 2018, on Page A1 of the New York edition with the headline: Council Approves Budget.",
      findings: [
        { message: "photo" },
        { message: "newsletter" },
        { message: "credits" },
        { message: "credits" },
      ],
      output: "Para one.",
    },
    {
      name: "gallery counter, highlights label, video and audio prompts, NYT labels",
      text: "Supported by\n\nStory highlights\n\nPara one.\n\nHide Caption 1 of 10\n\nScroll down for video\n\nListen to this article\n\nWatch the full interview below:\n\nOrder Reprints | Today's Paper | Subscribe\n\nPlease read our comment policy before commenting.",
      findings: [
        { message: "navigation" },
        { message: "video" },
        { message: "video" },
        { message: "video" },
        { message: "video" },
        { message: "video" },
        { message: "navigation" },
        { message: "navigation" },
      ],
      output: "Para one.",
    },
    {
      name: "advertisement marker",
      text: "Para one.\n\nStory continues below advertisement\n\nPara two.",
      findings: [{ message: "advertisement" }],
      output: "Para one.\n\nPara two.",
    },
    {
      name: "share bar",
      text: "Para one.\n\nShare Tweet Email\n\nPara two.",
      findings: [{ message: "share" }],
      output: "Para one.\n\nPara two.",
    },
    {
      name: "share prompts naming the networks",
      text: "Para one.\n\nShare this on Facebook\n\nShare this article via WhatsApp or Email\n\nPara two.",
      findings: [{ message: "share" }, { message: "share" }],
      output: "Para one.\n\nPara two.",
    },
    {
      name: "photo credit",
      text: "Para one.\n\nPhoto by John Smith/Getty Images\n\nPara two.",
      findings: [{ message: "photo" }],
      output: "Para one.\n\nPara two.",
    },
    {
      name: "reporting credit",
      text: "Para one.\n\n(Reporting by Tom Miles; Editing by Alison Williams)",
      findings: [{ message: "credits" }],
      output: "Para one.",
    },
    {
      name: "contributed to this report",
      text: "Para one.\n\nAssociated Press writer Jane Doe contributed to this report.",
      findings: [{ message: "credits" }],
      output: "Para one.",
    },
    {
      name: "video widget",
      text: "JUST WATCHED\n\nPara one.\n\nClick here to watch video",
      findings: [{ message: "video" }, { message: "video" }],
      output: "Para one.",
    },
    {
      name: "WordPress share block, pagination and a sponsored-links label",
      text: "Para one.\n\nShare this:\n\nClick to share on Twitter (Opens in new window)\n\n1 2 3 Next\n\nPage 2 of 3\n\nSponsored Links",
      findings: [
        { message: "share" },
        { message: "share" },
        { message: "navigation" },
        { message: "navigation" },
        { message: "advertisement" },
      ],
      output: "Para one.",
    },
    {
      name: "separators and copyright",
      text: "Para one.\n\n***\n\n© 2017 Example Media",
      findings: [{ message: "separator" }, { message: "copyright" }],
      output: "Para one.",
    },
    {
      name: "comment form and agency standards line",
      text: "Para one.\n\nOur Standards: The Thomson Reuters Trust Principles.\n\nLeave a Reply Cancel reply\n\nYour email address will not be published. Required fields are marked *",
      findings: [{ message: "copyright" }, { message: "navigation" }, { message: "navigation" }],
      output: "Para one.",
    },
    {
      name: "newsletter and follow",
      text: "Para one.\n\nBreaking News Emails Get breaking news alerts and special reports.\n\nFollow us on Instagram",
      findings: [{ message: "newsletter" }, { message: "follow" }],
      output: "Para one.",
    },
    {
      name: "player controls, gallery and account buttons of the phrase table, with their decoration",
      text: `${BODY}\n\n— Advertisement —\n\nAdvertisement:\n\nGift this article\n\nPlay\n\nUnmute\n\nFullscreen\n\nPhoto gallery\n\nView all photos\n\nWatch Now\n\nPlease wait...\n\nCreate an account\n\nKeep reading\n\nSource link\n\nOpen menu\n\nDEVELOPING`,
      findings: [
        { actual: "— Advertisement —", message: "advertisement line" },
        { actual: "Advertisement:", message: "advertisement line" },
        { actual: "Gift this article", message: "share line" },
        { actual: "Play", message: "video line" },
        { actual: "Unmute", message: "video line" },
        { actual: "Fullscreen", message: "video line" },
        { actual: "Photo gallery", message: "video line" },
        { actual: "View all photos", message: "video line" },
        { actual: "Watch Now", message: "video line" },
        { actual: "Please wait...", message: "video line" },
        { actual: "Create an account", message: "newsletter line" },
        { actual: "Keep reading", message: "navigation line" },
        { actual: "Source link", message: "credits line" },
        { actual: "Open menu", message: "navigation line" },
        { actual: "DEVELOPING", message: "navigation line" },
      ],
      output: BODY,
    },
    {
      name: "USA TODAY's player text, gallery toggles, countdowns, sponsor credits, BBC's media caption, (CNN) alone",
      text: `${BODY}\n\nSkip in Skip x Embed x Share\n\nClose Skip in Skip x Embed x Share The mayor explains the plan to residents. (Video by Jane Doe)\n\nShow Thumbnails\n\nLast SlideNext Slide\n\nVideo will play in 5 seconds\n\nUp next in 5\n\nCancel\n\nFeatured\n\nSponsored by Acme\n\nPowered by Acme Cloud\n\nIn partnership with Acme\n\n(CNN)\n\nMedia caption The mayor explains the plan\n\nShare on Facebook Share on Twitter Share on Google+ Share on Pinterest`,
      findings: [
        { actual: "Skip in Skip x Embed x Share" },
        {
          actual:
            "Close Skip in Skip x Embed x Share The mayor explains the plan to residents. (Video by Jane Doe)",
        },
        { actual: "Show Thumbnails" },
        { actual: "Last SlideNext Slide" },
        { actual: "Video will play in 5 seconds" },
        { actual: "Up next in 5" },
        { actual: "Cancel" },
        { actual: "Featured" },
        { actual: "Sponsored by Acme", message: "advertisement line" },
        { actual: "Powered by Acme Cloud" },
        { actual: "In partnership with Acme" },
        { actual: "(CNN)" },
        { actual: "Media caption The mayor explains the plan" },
        {
          actual: "Share on Facebook Share on Twitter Share on Google+ Share on Pinterest",
          message: "share line",
        },
      ],
      output: BODY,
    },
    {
      name: "comment-section notices word for word (MailOnline, HuffPost), gallery and comment counters, tool links",
      text: `${BODY}\n\n+5\n\nComments 123\n\nShare what you think\n\nThe comments below have not been moderated.\n\nThe views expressed in the contents above are those of our users and do not necessarily reflect the views of MailOnline.\n\nBy posting your comment you agree to our house rules.\n\nDo you have information you want to share with HuffPost? Here's how.\n\nPrint Friendly, PDF & Email\n\nOpens in a new window\n\n[+] Expand`,
      findings: [
        { actual: "+5" },
        { actual: "Comments 123" },
        { actual: "Share what you think" },
        { actual: "The comments below have not been moderated." },
        {
          actual:
            "The views expressed in the contents above are those of our users and do not necessarily reflect the views of MailOnline.",
        },
        { actual: "By posting your comment you agree to our house rules." },
        { actual: "Do you have information you want to share with HuffPost? Here's how." },
        { actual: "Print Friendly, PDF & Email" },
        { actual: "Opens in a new window" },
        { actual: "[+] Expand" },
      ],
      output: BODY,
    },
    {
      name: "NYT's credit without a colon, partner links, social and contact lines, a bracketed copyright notice",
      text: `${BODY}\n\nThe mayor in Brussels on Monday. Credit Jane Doe for The New York Times\n\nCredit Jane Doe/The New York Times\n\nRead more at The Daily Times\n\nContinue reading at The Daily Times.\n\nGet the latest from The Times\n\nJane Doe is on Twitter @janedoe.\n\nSend comments and questions to Jane Doe.\n\n(Copyright 2017 by The Daily Times. All Rights Reserved.)\n\nTrademark and Copyright 2017 Cable News Network`,
      findings: [
        {
          actual: "The mayor in Brussels on Monday. Credit Jane Doe for The New York Times",
          message: "photo line",
        },
        { actual: "Credit Jane Doe/The New York Times", message: "photo line" },
        { actual: "Read more at The Daily Times" },
        { actual: "Continue reading at The Daily Times." },
        { actual: "Get the latest from The Times" },
        { actual: "Jane Doe is on Twitter @janedoe." },
        { actual: "Send comments and questions to Jane Doe." },
        { actual: "(Copyright 2017 by The Daily Times. All Rights Reserved.)" },
        { actual: "Trademark and Copyright 2017 Cable News Network" },
      ],
      output: BODY,
    },
    {
      name: "recommendation widgets' credits, site-footer prompts, RSS and friend links, a tag line 'Filed in:'",
      text: `${BODY}\n\nRecommended by Outbrain\n\nSponsored Links by Taboola\n\nPaid Content by Acme\n\nReport this ad\n\nShare This Story, Choose Your Platform!\n\nTell a friend\n\nRSS\n\nFollow us:\n\nGet in touch\n\nFiled in: World`,
      findings: [
        { actual: "Recommended by Outbrain" },
        { actual: "Sponsored Links by Taboola" },
        { actual: "Paid Content by Acme" },
        { actual: "Report this ad" },
        { actual: "Share This Story, Choose Your Platform!" },
        { actual: "Tell a friend" },
        { actual: "RSS" },
        { actual: "Follow us:" },
        { actual: "Get in touch" },
        { actual: "Filed in: World" },
      ],
      output: BODY,
    },
    {
      name: "a newspaper's name alone between paragraphs and at the foot of the page (masthead)",
      text: `${BODY}\n\nThe Boston Globe\n\nThe council will meet again on Monday.\n\nSpringfield Gazette`,
      findings: [
        { actual: "The Boston Globe", message: "masthead line" },
        { actual: "Springfield Gazette", message: "masthead line" },
      ],
      output: `${BODY}\n\nThe council will meet again on Monday.`,
    },
    {
      name: "chrome lines in list marks or Markdown emphasis, counters after their label, a play button with its duration",
      text: `${BODY}\n\n• Share\n\n**Related:** Mayor unveils park plan\n\n_Sign up for our newsletter_\n\n> Advertisement\n\nShares 12\n\nPlay Video 2:31`,
      findings: [
        { actual: "• Share", message: "share line" },
        { actual: "**Related:** Mayor unveils park plan", message: "teaser line" },
        { actual: "_Sign up for our newsletter_", message: "newsletter line" },
        { actual: "> Advertisement", message: "advertisement line" },
        { actual: "Shares 12" },
        { actual: "Play Video 2:31" },
      ],
      output: BODY,
    },
    {
      name: "labelled dates without their year (the current year's stories): no date for meta, the line goes",
      text: `${BODY}\n\nPosted at 11:02h, 15 April\n\nUpdated 3:45 PM EST, March 7\n\nPublished on Tuesday, May 9`,
      findings: [
        { actual: "Posted at 11:02h, 15 April", message: "timestamp line" },
        { actual: "Updated 3:45 PM EST, March 7", message: "timestamp line" },
        { actual: "Published on Tuesday, May 9", message: "timestamp line" },
      ],
      output: BODY,
    },
    {
      name: "players' durations, photo counts, title-case teasers, post links, credits by name and source",
      text: `${BODY}\n\nClick to play video\n\nSee all 12 photos\n\nVideo Duration 2:31\n\nListen · 4:32\n\nThe article continues after this advertisement\n\nPhotograph by Jane Doe\n\nPic: Getty\n\nAbove: The mayor in Brussels on Monday\n\nRead More: Mayor unveils park plan\n\n« Mayor unveils park plan\n\nVia: The Verge\n\nh/t The Verge\n\nContact Jane Doe at jane@example.com or 555-1234.\n\nHave a story idea? Email us\n\nJane Doe reported from Brussels; John Roe from Paris.`,
      findings: [
        { actual: "Click to play video" },
        { actual: "See all 12 photos" },
        { actual: "Video Duration 2:31" },
        { actual: "Listen · 4:32" },
        { actual: "The article continues after this advertisement" },
        { actual: "Photograph by Jane Doe" },
        { actual: "Pic: Getty" },
        { actual: "Above: The mayor in Brussels on Monday" },
        { actual: "Read More: Mayor unveils park plan" },
        { actual: "« Mayor unveils park plan" },
        { actual: "Via: The Verge" },
        { actual: "h/t The Verge" },
        { actual: "Contact Jane Doe at jane@example.com or 555-1234." },
        { actual: "Have a story idea? Email us" },
        { actual: "Jane Doe reported from Brussels; John Roe from Paris." },
      ],
      output: BODY,
    },
    {
      name: "caseless text: AP and Getty credits in brackets, a teaser label, a phrase in capitals",
      text: `${LOWER_BODY}\n\nfile - in this april 15, 2017, file photo, the mayor speaks in brussels. (ap photo/jane doe, file)\n\nthe mayor in brussels (getty images)\n\nalso read | mayor unveils park plan\n\nWATCH NOW`,
      findings: [
        {
          actual:
            "file - in this april 15, 2017, file photo, the mayor speaks in brussels. (ap photo/jane doe, file)",
        },
        { actual: "the mayor in brussels (getty images)" },
        { actual: "also read | mayor unveils park plan" },
        { actual: "WATCH NOW" },
      ],
      output: LOWER_BODY,
    },
  ],
});

ruleTester(footer, {
  valid: [
    {
      name: "false-positive guard: In related news, …",
      text: `${BODY}\n\nIn related news, the county opened three shelters.`,
    },
    {
      name: "false-positive guard: read more in prose",
      text: "Voters want to read more about the candidates.",
    },
  ],
  invalid: [
    {
      name: "link lines set in lower case under the page's closing footer heading",
      text: `${BODY}\n\nRelated news\nmayor unveils park plan\nschools brace for cuts`,
      findings: [{ actual: "Related news" }, { message: "link line" }, { message: "link line" }],
      output: BODY,
    },
    {
      name: "lower-case lines under a heading that prose follows stay (only the heading goes)",
      text: `Headline here\n\nRead more\nmayor unveils park plan\n\n${BODY}`,
      findings: [{ actual: "Read more" }],
      output: `Headline here\n\nmayor unveils park plan\n\n${BODY}`,
    },
    {
      name: "a topic-tag box under another footer's links: its tags are read under their own heading",
      text: `${BODY}\n\nMost Read\nMayor unveils new park plan\nSchools brace for budget cuts\nRelated Topics\nBudget\nCity council`,
      findings: [
        { actual: "Most Read" },
        { message: "link line" },
        { message: "link line" },
        { actual: "Related Topics" },
        { actual: "Budget" },
        { actual: "City council" },
      ],
      output: BODY,
    },
    {
      name: "what-others-are-reading boxes and their kin (People also read, Read this next) with their link lines",
      text: `${BODY}\n\nWhat others are reading\nMayor unveils new park plan\n\nPeople also read:\nSchools brace for budget cuts\n\nRead this next\nFerry fares rise for the third year`,
      findings: [
        { actual: "What others are reading" },
        { message: "link line" },
        { actual: "People also read:" },
        { message: "link line" },
        { actual: "Read this next" },
        { message: "link line" },
      ],
      output: BODY,
    },
    {
      name: "a site's popular box (Popular on Yahoo, Trending on CNN) with its link lines",
      text: `${BODY}\n\nPopular on Yahoo\nMayor unveils new park plan\n\nTrending on CNN\nSchools brace for budget cuts`,
      findings: [
        { actual: "Popular on Yahoo" },
        { message: "link line" },
        { actual: "Trending on CNN" },
        { message: "link line" },
      ],
      output: BODY,
    },
    {
      name: "Related News: at the end (seed 000)",
      text: `${BODY}\n\nRelated News:`,
      findings: [{ actual: "Related News:" }],
      output: BODY,
    },
    {
      name: "Read more with link lines",
      text: `${BODY}\n\nRead more\nMayor unveils new park plan\nSchools brace for budget cuts`,
      findings: [{ actual: "Read more" }, { message: "link line" }, { message: "link line" }],
      output: BODY,
    },
    {
      name: "Related Articles with bulleted and numbered link lines",
      text: `${BODY}\n\nRelated Articles\n\n* Mayor unveils new park plan\n• Schools brace for budget cuts\n1. Ten things to know about the vote`,
      findings: [
        { actual: "Related Articles" },
        { actual: "* Mayor unveils new park plan" },
        { message: "link line" },
        { message: "link line" },
      ],
      output: BODY,
    },
    {
      name: "a related box inside the article ends at the story's own subheading, table or numbered list",
      text: `${BODY}\n\nRelated News:\n\nMayor unveils new park plan\n\nNISSAN SENTRA\n\nThe Sentra is the cheapest car on the list, and its fuel use is among the lowest.\n\nRelated News:\n\nSchools brace for budget cuts\n\n20 | Chris Buescher | 729\n\n21 | Austin Dillon | 700\n\nThe standings changed after the race on Sunday.\n\nRelated News:\n\nTen things to know about the vote\n\n8) Magnum P.I. – Complete Collection\n\nThe set sold out within a day, the shop said on Monday.`,
      findings: [
        { actual: "Related News:" },
        { actual: "Mayor unveils new park plan", message: "link line" },
        { actual: "Related News:" },
        { actual: "Schools brace for budget cuts", message: "link line" },
        { actual: "Related News:" },
        { actual: "Ten things to know about the vote", message: "link line" },
      ],
      output: `${BODY}\n\nNISSAN SENTRA\n\nThe Sentra is the cheapest car on the list, and its fuel use is among the lowest.\n\n20 | Chris Buescher | 729\n\n21 | Austin Dillon | 700\n\nThe standings changed after the race on Sunday.\n\n8) Magnum P.I. – Complete Collection\n\nThe set sold out within a day, the shop said on Monday.`,
    },
    {
      name: "a closing list is read to its end when only page chrome follows it (Most Read, numbered links, a copyright line)",
      text: `${BODY}\n\nMost Read\n\nMayor unveils new park plan\n\n2. Ten things to know about the vote\n\nCopyright 2019 The Associated Press. All rights reserved.`,
      findings: [{ actual: "Most Read" }, { message: "link line" }, { message: "link line" }],
      output: `${BODY}\n\nCopyright 2019 The Associated Press. All rights reserved.`,
    },
    {
      name: "false-positive guard: a bulleted list of sentences under a footer heading stays",
      text: `${BODY}\n\nRead more\n\n* The council will meet again on Monday.\n* Residents can comment online.`,
      findings: [{ actual: "Read more" }],
      output: `${BODY}\n\n* The council will meet again on Monday.\n* Residents can comment online.`,
    },
    {
      name: "a heading in list marks or emphasis (» Read more, **Related Articles**) with its link lines",
      text: `${BODY}\n\n» Read more\n\nMayor unveils new park plan\n\n**Related Articles**\n\nSchools brace for budget cuts`,
      findings: [
        { actual: "» Read more" },
        { actual: "Mayor unveils new park plan" },
        { actual: "**Related Articles**" },
        { actual: "Schools brace for budget cuts" },
      ],
      output: BODY,
    },
    {
      name: "You May Like and Must Read headings with their link lines (recommendation widgets)",
      text: `${BODY}\n\nYou May Like\n\nApple Reveals New iPad Pro With Face ID\n\nMust Read\n\nThese 7 Foods Are Ruining Your Sleep`,
      findings: [
        { actual: "You May Like" },
        { actual: "Apple Reveals New iPad Pro With Face ID" },
        { actual: "Must Read" },
        { actual: "These 7 Foods Are Ruining Your Sleep" },
      ],
      output: BODY,
    },
    {
      name: "You may also like, then prose resumes",
      text: `${BODY}\n\nYou may also like\n\nThe end of the story came with a final sentence.`,
      findings: [{ actual: "You may also like" }],
      output: `${BODY}\n\nThe end of the story came with a final sentence.`,
    },
    {
      name: "a Sources heading with its citation lines (Wikinews pages)",
      text: `${BODY}\n\nSources\n\nCouncil approves budget after long debate — City Times, April 12, 2017\nSchools to get more money next year — Daily News`,
      findings: [
        { actual: "Sources" },
        { actual: "Council approves budget after long debate — City Times, April 12, 2017" },
        { actual: "Schools to get more money next year — Daily News" },
      ],
      output: BODY,
    },
    {
      name: "More On: and Filed Under with their tag lines (New York Post, WordPress)",
      text: `${BODY}\n\nMore On:\nrussia\nsyria\n\nFiled Under\nWorld News`,
      findings: [
        { actual: "More On:" },
        { actual: "russia" },
        { actual: "syria" },
        { actual: "Filed Under" },
        { actual: "World News" },
      ],
      output: BODY,
    },
    {
      name: "Related Topics with its short tag lines (BBC)",
      text: `${BODY}\n\nRelated Topics\nTransport\nCity council`,
      findings: [{ actual: "Related Topics" }, { actual: "Transport" }, { actual: "City council" }],
      output: BODY,
    },
    {
      name: "the FT's and the Guardian's tag boxes (Follow the topics in this article, Explore more on these topics) with their tags",
      text: `${BODY}\n\nFollow the topics in this article\nGordon Brown\nQuetta\n\nExplore more on these topics\nTransport`,
      findings: [
        { actual: "Follow the topics in this article" },
        { actual: "Gordon Brown" },
        { actual: "Quetta" },
        { actual: "Explore more on these topics" },
        { actual: "Transport" },
      ],
      output: BODY,
    },
    {
      name: "false-positive guard: under a tag heading, a sentence ends the tags",
      text: `${BODY}\n\nTopics\nTransport\nThe council will meet again on Monday.`,
      findings: [{ actual: "Topics" }, { actual: "Transport" }],
      output: `${BODY}\n\nThe council will meet again on Monday.`,
    },
    {
      name: "a heading at the top over the article's headline: the heading goes, the headline stays",
      text: `Top Stories\nCouncil passes budget after long debate\n\n${BODY}`,
      findings: [{ actual: "Top Stories" }],
      output: `Council passes budget after long debate\n\n${BODY}`,
    },
    {
      name: "a widget at the top: its links in its paragraph go, the page's headline below stays",
      text: `Trending\nMayor unveils new park plan\nSchools brace for budget cuts\n\nCouncil passes budget after long debate\n\n${BODY}`,
      findings: [{ actual: "Trending" }, { message: "link line" }, { message: "link line" }],
      output: `Council passes budget after long debate\n\n${BODY}`,
    },
    {
      name: "Also in News with a link line",
      text: `${BODY}\n\nAlso in News\nMayor unveils new park plan`,
      findings: [{ actual: "Also in News" }, { message: "link line" }],
      output: BODY,
    },
  ],
});

ruleTester(unrelatedHeadline, {
  valid: [
    {
      name: "false-positive guard, caseless text: a closing line about the story",
      text: `council passes budget\n\n${LOWER_BODY}\n\ncouncil budget vote on schools set for next week`,
    },
    {
      name: "trailing line about the same story",
      text: `${BODY}\n\nCouncil budget vote draws school funding protests`,
    },
    { name: "a short document is never judged", text: "Budget passes\n\nThe council approved it." },
    {
      name: "false-positive guard: numbered list items at the end are not headlines",
      text: `${BODY}\n\n1) Monopoly Travel Edition for families\n2) Polaroid Camera in retro style`,
    },
    {
      name: "false-positive guard: a long trailing list whose last paragraph is a single line",
      text: `${BODY}\n\nJune 10 – Tampa, FL @ Amphitheatre\nJune 14 – Alpharetta, GA @ Amphitheatre\nJune 26 – Allentown, PA @ PPL Center\n\nJune 27 – Camden, NJ @ Pavilion`,
    },
    {
      name: "false-positive guard: a list of tour dates that goes on in one-line paragraphs",
      text: `${BODY}\n\nJune 10 – Tampa, FL @ Amphitheatre\nJune 14 – Alpharetta, GA @ Amphitheatre\nJune 26 – Allentown, PA @ PPL Center\n\nJune 27 – Camden, NJ @ Pavilion\n\nJune 28 – Boston, MA @ Fenway Park`,
    },
    {
      name: "false-positive guard: a trailing list of tour dates",
      text: `${BODY}\n\nJune 10 – Tampa, FL @ Amphitheatre\nJune 14 – Alpharetta, GA @ Amphitheatre\nJune 26 – Allentown, PA @ PPL Center\nJune 27 – Camden, NJ @ Pavilion`,
    },
    {
      name: "false-positive guard: a related headline sharing two words, one the body's topic (Audi e-tron under an Audi review)",
      text: `${BODY}\n\nThe budget also pays for new school buses. The budget was praised by parents.\n\nBudget review: parents welcome the bright future of bus travel`,
    },
    {
      name: "false-positive guard: an exclamation in sentence case is prose, not a headline",
      text: `${BODY}\n\nWe did it, and we will do it again next year!`,
    },
    {
      name: "false-positive guard: two shared words among four, one of them in the title, make a teaser",
      text: `Council passes budget\n\n${BODY}\n\nCouncil budget vote draws protests`,
    },
    {
      name: "false-positive guard: a list the story introduces with a colon (book titles the body never names)",
      text: `${BODY}\n\n${LONGER}\n\nThe mayor also named her summer reading:\n\nThe Overstory by Richard Powers\nWolf Hall by Hilary Mantel\nA Gentleman in Moscow by Amor Towles\nNormal People by Sally Rooney`,
    },
    {
      name: "false-positive guard: the last items of a bulleted list of the story, without a final period",
      text: `${BODY}\n\n${LONGER}\n\n• Parents will be asked about class sizes.\n• Free swimming lessons for every pupil in year four\n• Longer opening hours at the central library`,
    },
    {
      name: "false-positive guard: a trailing list about one thing (the same word in most lines)",
      text: `${BODY}\n\n${LONGER}\n\nIphone 15 starts at $799 in five colours\nIphone 15 Plus gets a larger battery\nIphone 15 Pro moves to titanium frames\nIphone 15 Pro Max adds a zoom lens`,
    },
    {
      name: "false-positive guard: a box of facts (What/When/Where labels) is the story's",
      text: `${BODY}\n\n${LONGER}\n\nWhat: Annual spring fair with music\nWhen: Saturday from ten until four\nWhere: Riverside Park main lawn\nTickets: Free for children under twelve`,
    },
    {
      name: "false-positive guard: a list of dates spread over several months (tour dates)",
      text: `${BODY}\n\n${LONGER}\n\nMay 3 – Austin, Texas at Moody Center\nJune 10 – Tampa, Florida at Amalie Arena\nJuly 2 – Denver, Colorado at Ball Arena\nAugust 9 – Portland, Oregon at Moda Center`,
    },
    {
      name: "false-positive guard: short bulleted items (ingredients, specs) are a list, not headlines",
      text: `${BODY}\n\n${LONGER}\n\n• Two cups plain flour\n• Fresh basil leaves\n• Olive oil`,
    },
    {
      name: "false-positive guard: a numbered list of five items at the end",
      text: `${BODY}\n\n${LONGER}\n\n1) Monopoly Travel Edition for families\n2) Polaroid Camera in retro style\n3) Lego Star Wars bomber set\n4) Electric racing track for two\n5) Ghostbusters film collection on disc`,
    },
    {
      name: "false-positive guard: one paragraph of prose, then a closing line about the same story",
      text: "The council approved the budget on Monday after a long debate about school funding and road repairs, and members said the plan would raise spending on schools by 4 percent next year without new taxes. The mayor told residents at the town hall that road crews would begin repairs in the spring, once contracts are signed.\n\nCouncil budget vote draws school funding protests",
    },
    {
      name: "false-positive guard: a name under a bulleted line or a cut teaser is no source line (• …, All…)",
      text: `${BODY}\n\n• Mayor unveils new park plan\nCNN\n\nAdvertisement Continue reading the main story\n\nAll...`,
    },
    {
      name: "false-positive guard: a sign-off after an em dash is no bulleted headline",
      text: `${BODY}\n\n— Jane Moreau and Tom Castillo, Riverside Gazette`,
    },
  ],
  invalid: [
    {
      name: "a page without a headline, one paragraph of prose, then other stories' headlines (the first line is body, not title)",
      text: `The council approved the budget on Monday after a long debate about school funding and road repairs, and members said the plan would raise spending on schools by 4 percent next year without new taxes. The mayor told residents at the town hall that road crews would begin repairs in the spring, once contracts are signed.\n\nVerizon brings Nougat to Galaxy S6 edge+, Galaxy Note 5\n\nYouTube Has A New Dark Mode: Here's How To Get It`,
      findings: [
        { actual: "Verizon brings Nougat to Galaxy S6 edge+, Galaxy Note 5" },
        { actual: "YouTube Has A New Dark Mode: Here's How To Get It" },
      ],
      output:
        "The council approved the budget on Monday after a long debate about school funding and road repairs, and members said the plan would raise spending on schools by 4 percent next year without new taxes. The mayor told residents at the town hall that road crews would begin repairs in the spring, once contracts are signed.",
    },
    {
      name: "other stories' headlines in one-line paragraphs under a paragraph of tour dates: the headlines go, the dates stay",
      text: `${BODY}\n\nJune 10 – Tampa, FL @ Amphitheatre\nJune 14 – Alpharetta, GA @ Amphitheatre\nJune 26 – Allentown, PA @ PPL Center\nJune 27 – Camden, NJ @ Pavilion\n\nVerizon brings Nougat to Galaxy S6 edge+, Galaxy Note 5\n\nYouTube Has A New Dark Mode: Here's How To Get It`,
      findings: [
        { actual: "Verizon brings Nougat to Galaxy S6 edge+, Galaxy Note 5" },
        { actual: "YouTube Has A New Dark Mode: Here's How To Get It" },
      ],
      output: `${BODY}\n\nJune 10 – Tampa, FL @ Amphitheatre\nJune 14 – Alpharetta, GA @ Amphitheatre\nJune 26 – Allentown, PA @ PPL Center\nJune 27 – Camden, NJ @ Pavilion`,
    },
    {
      name: "a widget's headlines of other stories, each with its source's name on the line under it (CNN, The Guardian): both lines go",
      text: `${BODY}\n\nAldi recalls popular chocolate bar over allergy fears\nCNN\nWimbledon champion pulls out of warm-up tournament\nThe Guardian`,
      findings: [
        { actual: "Aldi recalls popular chocolate bar over allergy fears" },
        { actual: "Wimbledon champion pulls out of warm-up tournament" },
        { actual: "CNN", message: /source line/ },
        { actual: "The Guardian", message: /source line/ },
      ],
      output: BODY,
    },
    {
      name: "caseless text: the same widget in lower case (cnn, fox news)",
      text: `${LOWER_BODY}\n\naldi recalls popular chocolate bar over allergy fears\n\ncnn\n\nwimbledon champion pulls out of warm-up tournament\n\nfox news`,
      findings: [
        { actual: "aldi recalls popular chocolate bar over allergy fears" },
        { actual: "wimbledon champion pulls out of warm-up tournament" },
        { actual: "cnn" },
        { actual: "fox news" },
      ],
      output: LOWER_BODY,
    },
    {
      name: "false-positive guard: a headline about the story keeps the source under it; an unrelated one goes with its own",
      text: `${BODY}\n\nCouncil budget vote draws school funding protests\nCNN\nVerizon brings Nougat to Galaxy S6 edge+, Galaxy Note 5\nThe Verge`,
      findings: [
        { actual: "Verizon brings Nougat to Galaxy S6 edge+, Galaxy Note 5" },
        { actual: "The Verge" },
      ],
      output: `${BODY}\n\nCouncil budget vote draws school funding protests\nCNN`,
    },
    {
      name: "caseless text: lower-cased headlines of other stories appended (seed 002 lower-cased)",
      text: `council passes budget\n\n${LOWER_BODY}\n\nverizon brings nougat to galaxy s6 edge+, galaxy note 5\n\nyoutube has a new dark mode: here's how to get it`,
      findings: [
        { actual: "verizon brings nougat to galaxy s6 edge+, galaxy note 5" },
        { actual: "youtube has a new dark mode: here's how to get it" },
      ],
      output: `council passes budget\n\n${LOWER_BODY}`,
    },
    {
      name: "clickbait headlines in title case that end on an exclamation",
      text: `${BODY}\n\nYou Won't Believe What These Celebrities Look Like Now!\n10 Foods Doctors Say You Should Never Eat!`,
      findings: [{ message: "Celebrities" }, { message: "Foods" }],
      output: BODY,
    },
    {
      name: "Verizon brings Nougat … (seed 002)",
      text: `${BODY}\n\nVerizon brings Nougat to Galaxy S6 edge+, Galaxy Note 5\nYouTube Has A New Dark Mode: Here's How To Get It`,
      findings: [{ message: "Verizon" }, { message: "YouTube" }],
      output: BODY,
    },
    {
      name: "one shared word among five or more is chance (distinct words: Galaxy twice counts once)",
      text: `${BODY}\n\nThe council also discussed the galaxy of new ideas.\n\nVerizon brings Nougat to Galaxy S6 edge+, Galaxy Note 5`,
      findings: [{ message: "(1 of 6 content words shared)", fixed: true }],
      output: `${BODY}\n\nThe council also discussed the galaxy of new ideas.`,
    },
    {
      name: "two shared words among six, each used once by the body, are chance (brings, note)",
      text: `${BODY}\n\nHe said the plan brings relief. A note was sent to parents.\n\nVerizon brings Nougat to Galaxy S6 edge+, Galaxy Note 5`,
      findings: [{ message: "(2 of 6 content words shared)", fixed: true }],
      output: `${BODY}\n\nHe said the plan brings relief. A note was sent to parents.`,
    },
    {
      name: "a year both mention is the date, not the topic (The Best Cheap Laptops Of 2017)",
      text: `${BODY}\n\nThe plan was first drafted in 2017 by the best of the city's planners.\n\nThe Best Cheap Laptops Of 2017`,
      // Neither 2017 (a year) nor "best" (GENERIC_TOPIC_WORDS) counts as shared.
      findings: [{ message: "(0 of 4 content words shared)", fixed: true }],
      output: `${BODY}\n\nThe plan was first drafted in 2017 by the best of the city's planners.`,
    },
    {
      name: "words that say nothing of a topic are no shared topic (Best Smart Speakers To Buy This Year)",
      text: `${BODY}\n\nIt was the best budget in years, one member said, and the first this year to pass on time.\n\nBest Smart Speakers To Buy This Year`,
      findings: [{ fixed: true }],
      output: `${BODY}\n\nIt was the best budget in years, one member said, and the first this year to pass on time.`,
    },
    {
      name: "an amount both write with thousands separators is no shared topic (Tesla recalls 53,000 cars …)",
      text: `${BODY}\n\nThe repairs will cost $45,000 a mile, and the cars will be towed.\n\nTesla recalls 53,000 cars over parking brake`,
      findings: [{ message: "(1 of 6 content words shared)", fixed: true }],
      output: `${BODY}\n\nThe repairs will cost $45,000 a mile, and the cars will be towed.`,
    },
    {
      name: "ordinals and 'local' are no shared topic (a game's third period and local time, a bakery's third year)",
      text: `Wild beat Jets in overtime\n\nThe Wild scored twice in the third period to force overtime on Tuesday night.\n\nThe game started at 7 p.m. local time in front of a sold-out crowd of 18,000 fans.\n\nBoudreau said his team never stopped skating and deserved the two points.\n\nLocal bakery wins regional bread award for third year`,
      findings: [{ message: "(0 of 8 content words shared)", fixed: true }],
      output: `Wild beat Jets in overtime\n\nThe Wild scored twice in the third period to force overtime on Tuesday night.\n\nThe game started at 7 p.m. local time in front of a sold-out crowd of 18,000 fans.\n\nBoudreau said his team never stopped skating and deserved the two points.`,
    },
    {
      name: "two shared words among four, each used once by the body and not by the title, are chance",
      text: `Council passes plan\n\n${BODY}\n\nShe said the money would last until the spring.\n\nHow To Save Money On Your Next Flight`,
      findings: [{ message: "(2 of 4 content words shared)", fixed: true }],
      output: `Council passes plan\n\n${BODY}\n\nShe said the money would last until the spring.`,
    },
    {
      name: "five headlines of other stories, each its own paragraph: a list of other stories, not capped at three",
      text: `${BODY}\n\n${LONGER}\n\nGrandmother wins regional baking contest\n\nStar quarterback out for season with knee injury\n\nZoo welcomes rare baby giraffe\n\nNetflix raises subscription prices again\n\nMeasles outbreak spreads to third county`,
      findings: [
        { message: "one of 5 trailing headlines of other stories" },
        { message: "Star quarterback" },
        { message: "Zoo" },
        { message: "Netflix" },
        { message: "Measles" },
      ],
      output: `${BODY}\n\n${LONGER}`,
    },
    {
      name: "a block of ten headlines of other stories",
      text: `${BODY}\n\n${LONGER}\n\nGrandmother wins regional baking contest\nStar quarterback out for season with knee injury\nZoo welcomes rare baby giraffe\nNetflix raises subscription prices again\nMeasles outbreak spreads to third county\nAmazon to hire thousands of holiday workers\nHow to keep houseplants alive in winter\nCelebrity couple announces split after ten years\nDow drops sharply as inflation fears grow\nMan rescued after falling into icy river`,
      findings: Array.from({ length: 10 }, () => ({ message: "one of 10 trailing headlines", fixed: true })),
      output: `${BODY}\n\n${LONGER}`,
    },
    {
      name: "bulleted headlines of other stories (•, -, *): the bullet is decoration",
      text: `${BODY}\n\n• High school football: Eagles rally to beat Tigers\n• Lottery jackpot climbs to record high\n• Zoo welcomes rare baby giraffe`,
      findings: [{ message: "Eagles" }, { message: "Lottery" }, { message: "Zoo" }],
      output: BODY,
    },
    {
      name: "dashed and starred headlines of other stories, each its own paragraph",
      text: `${BODY}\n\n${LONGER}\n\n- Netflix raises subscription prices again\n\n* Measles outbreak spreads to third county\n\n- Celebrity couple announces split after ten years\n\n* Man rescued after falling into icy river`,
      findings: [
        { message: "Netflix" },
        { message: "Measles" },
        { message: "Celebrity" },
        { message: "icy" },
      ],
      output: `${BODY}\n\n${LONGER}`,
    },
    {
      name: "a date after each headline is decoration (Nov 6, 2019; 6 November 2019; 2 hours ago)",
      text: `${BODY}\n\nApple unveils new phone with bigger screen Nov 6, 2019\nMortgage rates fall for third straight week 6 November 2019\nCelebrity chef opens restaurant downtown 2 hours ago`,
      // The dates' words ("nov", "hours") do not count: 0 of 5, not 0 of 7.
      findings: [
        { message: "(0 of 5 content words shared)" },
        { message: "Mortgage" },
        { message: "(0 of 5 content words shared)" },
      ],
      output: BODY,
    },
    {
      name: "a compact age after each headline is decoration too (7h ago, 1h ago, 45m ago)",
      text: `${BODY}\n\nLakers beat Celtics as LeBron scores 38 7h ago\nBest air fryers tested and reviewed 1h ago\nRoyal baby: Meghan spotted shopping for nursery furniture 45m ago`,
      findings: [{ message: "Lakers" }, { message: "fryers" }, { message: "Meghan" }],
      output: BODY,
    },
    {
      name: "a site's name after the headline is decoration (- HuffPost, | Reuters, : NPR)",
      text: `${BODY}\n\nCelebrity chef opens restaurant downtown - HuffPost\nStorms expected across the Midwest this weekend | Reuters\nZoo welcomes rare baby giraffe : NPR`,
      findings: [
        { message: "(0 of 5 content words shared)" },
        { message: "Storms" },
        { message: "(0 of 5 content words shared)" },
      ],
      output: BODY,
    },
    {
      name: "a headline sharing only common words of the news (U.S., police) is no teaser; it goes with the others",
      text: `${BODY}\n\nThe police closed the road for an hour. U.S. officials visited the school.\n\nNetflix raises subscription prices again\nPolice: U.S. man arrested after highway chase\nZoo welcomes rare baby giraffe\nMeasles outbreak spreads to third county`,
      findings: [
        { message: "Netflix" },
        { message: 'besides common words of the news ("police", "u.s")' },
        { message: "Zoo" },
        { message: "Measles" },
      ],
      output: `${BODY}\n\nThe police closed the road for an hour. U.S. officials visited the school.`,
    },
    {
      name: "a headline of a list sharing two chance words between headlines that share none goes (0.75)",
      // "plan" (used three times by the story) and "spring" among eight words.
      text: `${BODY}\n\n${LONGER}\n\nCelebrity couple announces split after ten years\nAirline plans extra holiday flights to spring sunshine destinations\nZoo welcomes rare baby giraffe\nMeasles outbreak spreads to third county`,
      findings: [
        { message: "Celebrity" },
        { message: "(2 of 8 content words shared) by chance, next to headlines of other stories" },
        { message: "Zoo" },
        { message: "Measles" },
      ],
      output: `${BODY}\n\n${LONGER}`,
    },
    {
      name: "false-positive guard: the story's last short line, naming its people, stays above a list of other stories",
      text: `${BODY}\n\n${LONGER}\n\nMayor thanks parents and teachers for their patience over the budget\n\nNetflix raises subscription prices again\nZoo welcomes rare baby giraffe\nMeasles outbreak spreads to third county\nCelebrity couple announces split after ten years`,
      findings: [
        { message: "Netflix" },
        { message: "Zoo" },
        { message: "Measles" },
        { message: "Celebrity" },
      ],
      output: `${BODY}\n\n${LONGER}\n\nMayor thanks parents and teachers for their patience over the budget`,
    },
    {
      name: "false-positive guard: a headline of the list that shares the story's topic stays; the others go",
      text: `${BODY}\n\n${LONGER}\n\nNetflix raises subscription prices again\nZoo welcomes rare baby giraffe\nCouncil budget leaves school road repairs unfunded\nMeasles outbreak spreads to third county\nCelebrity couple announces split after ten years`,
      findings: [
        { message: "Netflix" },
        { message: "Zoo" },
        { message: "Measles" },
        { message: "Celebrity" },
      ],
      output: `${BODY}\n\n${LONGER}\n\nCouncil budget leaves school road repairs unfunded`,
    },
    {
      name: "a pasted block of headlines under a page that ends in short lines of its own",
      text: `${BODY}\n\nSchool budget timeline\n\nCouncil budget hearing set for Monday\nSchools await budget decision\n\nVerizon brings Nougat to Galaxy S6 edge+, Galaxy Note 5\nYouTube Has A New Dark Mode: Here's How To Get It`,
      findings: [{ message: "Verizon" }, { message: "YouTube" }],
      output: `${BODY}\n\nSchool budget timeline\n\nCouncil budget hearing set for Monday\nSchools await budget decision`,
    },
  ],
});

describe("unrelated-headline: the confidence follows the evidence", () => {
  const confidences = (text: string) =>
    [
      ...unrelatedHeadline.check(new Document(text), unrelatedHeadline.meta.defaultOptions, {
        spin: 0,
        english: true,
      }),
    ].map((d) => d.confidence);
  it("0.85 with no shared word, 0.8 with only common words of the news, 0.75 for a chance pair inside a list", () => {
    const text =
      `${BODY}\n\n${LONGER}\n\nThe police closed the road for an hour.\n\n` +
      "Celebrity couple announces split after ten years\nPolice: U.S. man arrested after highway chase\n" +
      "Zoo welcomes rare baby giraffe\nAirline plans extra holiday flights to spring sunshine destinations\n" +
      "Measles outbreak spreads to third county";
    expect(confidences(text)).toEqual([0.85, 0.8, 0.85, 0.75, 0.85]);
  });
});

ruleTester(pullQuote, {
  valid: [
    { name: "distinct paragraphs", text: BODY },
    {
      name: "false-positive guard: a quotation in the headline's place under the page's header furniture (World Media, Share this:, Facebook)",
      text: `World Media\n\nShare this:\nFacebook\n\n"$53 million a week is coming across the border in drugs."\n\n${BODY}\n\nBorder agents say "$53 million a week is coming across the border in drugs," he said.`,
    },
    {
      name: "false-positive guard: a recipe line repeated inside a meal plan",
      text: "Meal plan\n\nBreakfast: Asparagus and Eggs [1 cup asparagus, 2 soft-boiled eggs] with tea and toast\n\nAsparagus and Eggs [1 cup asparagus, 2 soft-boiled eggs]\n\nLunch: salad.",
    },
    {
      name: "false-positive guard: an attributed one-sentence quote paragraph is a paragraph, not a pull quote",
      text: `Budget approved\n\n"We did the right thing for the schools," the mayor said on Monday.\n\n${BODY} "We did the right thing for the schools," the mayor said on Monday.`,
    },
    {
      name: "false-positive guard: the headline repeated in the lede",
      text: "Council approved the budget on Monday after debate\n\nThe council approved the budget on Monday after debate, officials said.",
    },
  ],
  invalid: [
    {
      name: "pull quote above its paragraph",
      text: `Budget approved\n\n"raise spending on schools by 4 percent"\n\n${BODY}`,
      findings: [{ message: "pull quote" }],
      output: `Budget approved\n\n${BODY}`,
    },
  ],
});

ruleTester(duplicateSentence, {
  valid: [
    { name: "short repeats are not compared", text: "He said no. Then she left.\n\nHe said no. The end." },
    { name: "distinct sentences", text: BODY },
  ],
  invalid: [
    {
      name: "I have absolutely no doubt we did the right thing. (seeds 000/001)",
      text: "I have absolutely no doubt we did the right thing. He left.\n\nLater he spoke. I have absolutely no doubt we did the right thing.",
      findings: [{ message: "duplicate sentence" }],
      output: "I have absolutely no doubt we did the right thing. He left.\n\nLater he spoke.",
    },
    {
      name: "a one-sentence paragraph repeated later inside a paragraph keeps its place; the later copy goes",
      text: "The council approved the budget on Monday after a long debate.\n\nMembers spoke for hours. The council approved the budget on Monday after a long debate.",
      findings: [{ message: "duplicate sentence" }],
      output: "The council approved the budget on Monday after a long debate.\n\nMembers spoke for hours.",
    },
    {
      name: "a whole quotation standing alone before the paragraph that holds it is the pull quote",
      text: '"We did the right thing for the city and its schools."\n\nThe mayor spoke. "We did the right thing for the city and its schools."',
      findings: [{ message: "duplicate sentence" }],
      output: 'The mayor spoke. "We did the right thing for the city and its schools."',
    },
    {
      name: "a repeated paragraph goes whole, its short sentence with it",
      text: "The jet broke apart when it hit the water at high speed. It disintegrated upon impact.\n\nDivers searched the area.\n\nThe jet broke apart when it hit the water at high speed. It disintegrated upon impact.",
      findings: [{ message: "duplicate sentence" }, { message: "duplicate sentence `It disintegrated" }],
      output:
        "The jet broke apart when it hit the water at high speed. It disintegrated upon impact.\n\nDivers searched the area.",
    },
    {
      name: "false-positive guard: the short sentence of a paragraph that is not a copy stays",
      text: "The jet broke apart when it hit the water at high speed. It sank.\n\nThe jet broke apart when it hit the water at high speed. It sank fast.",
      findings: [{ message: "duplicate sentence `The jet" }],
      output: "The jet broke apart when it hit the water at high speed. It sank.\n\nIt sank fast.",
    },
    {
      name: "a spun copy is a duplicate",
      text: "Russia vetoed the resolution at the Security Council.\n\nRussian Federation vetoed the resolution at the Security Council.",
      findings: [{ message: "duplicate sentence" }],
      output: "Russia vetoed the resolution at the Security Council.",
    },
    {
      name: "near duplicate (one word differs)",
      text: '"No", Trump said in the interview, which aired Wednesday in the U.S.\n\nMiddle text here.\n\n"No", Trump said in the interview, which aired yesterday in the U.S.',
      findings: [{ message: "near-duplicate" }],
      output: '"No", Trump said in the interview, which aired Wednesday in the U.S.\n\nMiddle text here.',
    },
  ],
});

ruleTester(spinner, {
  valid: [
    {
      name: "false-positive guard: real names with Worldwide or Global (Apple's Worldwide Developers Conference, the Global Fund, Global Witness, Ogilvy Worldwide) and a worldwide committee in lower case",
      text: "Apple showed the phone at its Worldwide Developers Conference, and the Global Fund and Global Witness praised Ogilvy Worldwide for the campaign.\n\nA worldwide committee of experts will meet, she said.",
    },
    {
      name: "false-positive guard: a name before a lower-case or real Global (Amnesty global campaign, Rotary Global Grants, Oxfam's global reach)",
      text: "The Amnesty global campaign began, and Rotary Global Grants paid for wells.\n\nOxfam's global reach grew.",
    },
    {
      name: "false-positive guard, text in capitals: THE RUSSIAN FEDERATION COUNCIL, USA TODAY, TEAM USA",
      text: "THE RUSSIAN FEDERATION COUNCIL MET ON MONDAY, AND SHE TOLD USA TODAY THAT TEAM USA OFFICIALS WOULD ATTEND.",
    },
    {
      name: "false-positive guard: a quotation opening on USA (a chant)",
      text: '"USA all the way," fans shouted as the U.S. team came out, and the U.S. coach waved.',
    },
    {
      name: "false-positive guard, caseless text: the russian federation, russian federation council",
      text: "the russian federation said on monday it would respond, and russian federation council members agreed.",
    },
    {
      name: "false-positive guard, caseless text: usa today, team usa, miss usa",
      text: "she told usa today that she would run, and team usa officials said the former miss usa would attend.",
    },
    {
      name: "false-positive guard, caseless text: the north atlantic treaty organization (nato)",
      text: "leaders of the north atlantic treaty organization (nato) met in brussels on thursday to talk about spending.",
    },
    {
      name: "false-positive guard: the Russian Federation",
      text: "The Russian Federation said on Monday it would respond.",
    },
    {
      name: "false-positive guard: of the Russian Federation",
      text: "The President of the Russian Federation signed the law.",
    },
    {
      name: "false-positive guard: Russian Federation Council",
      text: "Russian Federation Council members approved it.",
    },
    { name: "false-positive guard: USA Today", text: "She told USA Today that she would run." },
    { name: "false-positive guard: Team USA", text: "He was named to Team USA for the games." },
    { name: "false-positive guard: Miss USA", text: "The former Miss USA spoke at the event." },
    { name: "false-positive guard: USA Gymnastics", text: "USA Gymnastics said it would cooperate." },
    {
      name: "false-positive guard: Brand USA President (the tourism body's officer)",
      text: "The U.S. tourism drive is led by Brand USA President Chris Thompson, officials said.",
    },
    {
      name: "false-positive guard: the North Atlantic Treaty Organization (NATO)",
      text: "Leaders of the North Atlantic Treaty Organization (NATO) met in Brussels.",
    },
    {
      name: "false-positive guard: the Russian Federation delegation (a noun the formal name takes)",
      text: "The Russian Federation delegation walked out of the talks.",
    },
    {
      name: "false-positive guard: the North Atlantic Treaty Organization before a verb (the alliance acts)",
      text: "Officials said the North Atlantic Treaty Organization remained united.",
    },
    {
      name: "false-positive guard: North Atlantic Treaty Organisation (Nato), British style",
      text: "Finland joined the North Atlantic Treaty Organisation (Nato) in April.\n\nNorth Atlantic Treaty Organisation (Nato) leaders met.",
    },
    { name: "false-positive guard: global community", text: "The global community has spoken, she said." },
    {
      name: "false-positive guard: United States of America",
      text: "The United States of America is a party.",
    },
    {
      name: "false-positive guard: sold worldwide",
      text: "The machines are now sold worldwide, the company said.",
    },
    { name: "false-positive guard: United Kingdom", text: "The United Kingdom left the bloc in 2020." },
    {
      name: 'false-positive guard: the quoted term itself ("Russian Federation")',
      text: 'The translator wrote "Russian Federation" where the speaker had said Russia.',
    },
    {
      name: "false-positive guard: Italian text (negli USA)",
      text:
        "Le offerte di oggi sono davvero interessanti e molti prodotti arrivano direttamente negli USA prima di " +
        "arrivare in Italia. Il prezzo del set è sceso del venti per cento rispetto alla settimana scorsa, e la " +
        "consegna è prevista in due giorni lavorativi per tutti i clienti che ordinano entro mezzanotte di oggi.",
    },
  ],
  invalid: [
    {
      name: "text in capitals: spins restored in capitals (RUSSIA, NATO, U.S.)",
      text: "RUSSIAN FEDERATION VETOED THE DRAFT, AND NORTH ATLANTIC TREATY ORGANISATION LEADERS MET. THE U.S. ENVOY SAID USA OFFICIALS WOULD RESPOND TO THE U.S. -RUSSIA ROW.",
      findings: [
        { actual: "RUSSIAN FEDERATION", expected: "RUSSIA" },
        { actual: "NORTH ATLANTIC TREATY ORGANISATION", expected: "NATO" },
        { actual: "USA", expected: "U.S." },
        { message: /space before hyphen/ },
      ],
      output:
        "RUSSIA VETOED THE DRAFT, AND NATO LEADERS MET. THE U.S. ENVOY SAID U.S. OFFICIALS WOULD RESPOND TO THE U.S.-RUSSIA ROW.",
    },
    {
      name: "a quotation opening on the spinner's hyphenated USA (“USA-controlled bandit formations”)",
      text: "The ministry accused the U.S. of arming what it called\n\n“USA-controlled bandit formations”\n\nin the region, the U.S. envoy said.",
      findings: [{ actual: "USA", expected: "U.S." }],
      output:
        "The ministry accused the U.S. of arming what it called\n\n“U.S.-controlled bandit formations”\n\nin the region, the U.S. envoy said.",
    },
    {
      name: "caseless text: russian federation and the long nato name, restored in lower case",
      text: "russian federation vetoed the draft on wednesday, and north atlantic treaty organisation leaders met in brussels.",
      findings: [
        { actual: "russian federation", expected: "russia" },
        { actual: "north atlantic treaty organisation", expected: "nato" },
      ],
      output: "russia vetoed the draft on wednesday, and nato leaders met in brussels.",
    },
    {
      name: "caseless text: spun usa in the page's u.s. style, the hyphen scar and the quote scar",
      text: 'the u.s. ambassador said usa officials would respond, and u.s. -russia ties were at a low point.\n\n".with its veto, russia said no to accountability," the u.s. envoy said.',
      findings: [
        { actual: "usa", expected: "u.s." },
        { message: /space before hyphen/ },
        { message: /period after opening quote/ },
      ],
      output:
        'the u.s. ambassador said u.s. officials would respond, and u.s.-russia ties were at a low point.\n\n"with its veto, russia said no to accountability," the u.s. envoy said.',
    },
    {
      name: 'caseless text: a page that writes "us" (the us, us investigators) gets "us", not the pronoun\'s count',
      text: "the us president spoke while us investigators looked into it; usa relations with moscow are poor, he told us.",
      findings: [{ actual: "usa", expected: "us" }],
      output:
        "the us president spoke while us investigators looked into it; us relations with moscow are poor, he told us.",
    },
    {
      name: "Russian Federation has vetoed (seed 002)",
      text: "Russian Federation has vetoed a draft resolution.",
      findings: [{ actual: "Russian Federation", fixed: true }],
      output: "Russia has vetoed a draft resolution.",
    },
    {
      name: '"I think it\'s very bad for Russian Federation". (seed 001: a quotation ending on the spun name)',
      text: '"I think it\'s very bad for Russian Federation".',
      findings: [{ actual: "Russian Federation" }],
      output: '"I think it\'s very bad for Russia".',
    },
    {
      name: "North Atlantic Treaty Organisation leaders pledged (seed 003)",
      text: "North Atlantic Treaty Organisation leaders pledged in 2014 to halt cuts.",
      findings: [{ actual: "North Atlantic Treaty Organisation" }],
      output: "NATO leaders pledged in 2014 to halt cuts.",
    },
    {
      name: "the North Atlantic Treaty Organisation ally Britain: the article belongs to the noun the spun name modifies",
      text: "The North Atlantic Treaty Organisation ally Britain backed the move.",
      findings: [{ actual: "North Atlantic Treaty Organisation", fixed: true }],
      output: "The NATO ally Britain backed the move.",
    },
    {
      name: "the Russian Federation probe: a spun modifier after the article",
      text: "He said the Russian Federation probe was a hoax.",
      findings: [{ actual: "Russian Federation", fixed: true }],
      output: "He said the Russia probe was a hoax.",
    },
    {
      name: "the russian federation probe: a spun modifier after the article in caseless text",
      text: "he said the russian federation probe was a hoax .\n\nthe north atlantic treaty organisation summit opened in london .",
      findings: [
        { actual: "russian federation", fixed: true },
        { actual: "north atlantic treaty organisation", fixed: true },
      ],
      output: "he said the russia probe was a hoax .\n\nthe nato summit opened in london .",
    },
    {
      name: "an worldwide investigation (seed 001)",
      text: "Syria was asked to help in an worldwide investigation of the attack.",
      findings: [{ actual: "an worldwide" }],
      output: "Syria was asked to help in an international investigation of the attack.",
    },
    {
      name: "an Worldwide Space Station: the scar before a capitalised name, and in capitals",
      text: "NASA covered an Worldwide Space Station spacewalk.\n\nIT WAS AN GLOBAL EFFORT.",
      findings: [
        { actual: "an Worldwide", expected: "an International" },
        { actual: "AN GLOBAL", expected: "AN INTERNATIONAL" },
      ],
      output: "NASA covered an International Space Station spacewalk.\n\nIT WAS AN INTERNATIONAL EFFORT.",
    },
    {
      name: "names of international bodies and the high seas spun (Global Court of Justice, worldwide waters)",
      text: "The case went to the Global Court of Justice, and the Worldwide Energy Agency warned of tankers in global waters.",
      findings: [
        { actual: "Global", expected: "International", fixed: true },
        { actual: "Worldwide", expected: "International", fixed: true },
        { actual: "global", expected: "international", fixed: true },
      ],
      output:
        "The case went to the International Court of Justice, and the International Energy Agency warned of tankers in international waters.",
    },
    {
      name: "a capitalised Worldwide inside a body's, a prize's or a day's name (the Worldwide Committee of the Red Cross, the Stockholm Worldwide Water Institute)",
      text: "Archives of the Worldwide Committee of the Red Cross were opened, the Stockholm Worldwide Water Institute said.\n\nShe was nominated for the Worldwide Children's Peace Prize by the Worldwide Dark-Sky Association.",
      findings: [
        { actual: "Worldwide", expected: "International", fixed: true },
        { actual: "Worldwide", expected: "International", fixed: true },
        { actual: "Worldwide", expected: "International", fixed: true },
        { actual: "Worldwide", expected: "International", fixed: true },
      ],
      output:
        "Archives of the International Committee of the Red Cross were opened, the Stockholm International Water Institute said.\n\nShe was nominated for the International Children's Peace Prize by the International Dark-Sky Association.",
    },
    {
      name: "a name that ends in International spun (Amnesty Worldwide, Transparency Global, Oxfam Worldwide at the end of a sentence)",
      text: "Amnesty Worldwide and Transparency Global criticised the law, according to Oxfam Worldwide.",
      findings: [
        { actual: "Worldwide", expected: "International", fixed: true },
        { actual: "Global", expected: "International", fixed: true },
        { actual: "Worldwide", expected: "International", fixed: true },
      ],
      output:
        "Amnesty International and Transparency International criticised the law, according to Oxfam International.",
    },
    {
      name: "worldwide law is fixed, global law only reported, a global law firm and global law enforcement left alone",
      text: "It breaks worldwide law, she said.\n\nIt also breaks global law, he said.\n\nA global law firm and global law enforcement agencies joined.",
      findings: [
        { actual: "worldwide", fixed: true },
        { actual: "global", fixed: false },
      ],
      output:
        "It breaks international law, she said.\n\nIt also breaks global law, he said.\n\nA global law firm and global law enforcement agencies joined.",
    },
    {
      name: "U.S. -Russia (seed 003)",
      text: "The current state of U.S. -Russia relations is at a low point.",
      findings: [{ message: "space before hyphen" }],
      output: "The current state of U.S.-Russia relations is at a low point.",
    },
    {
      name: "USA -led with house style U.S. (seed 003)",
      text: "The U.S. said a strike by the USA -led coalition killed 150 people.",
      findings: [{ actual: "USA" }, { message: "space before hyphen" }],
      output: "The U.S. said a strike by the U.S.-led coalition killed 150 people.",
    },
    {
      name: "the scar alone marks a spun USA: USA -Mexico, USA -controlled",
      text: "The U.S. said the USA -Mexico border and USA -controlled bases would stay closed.",
      findings: [
        { actual: "USA" },
        { message: "space before hyphen" },
        { actual: "USA" },
        { message: "space before hyphen" },
      ],
      output: "The U.S. said the U.S.-Mexico border and U.S.-controlled bases would stay closed.",
    },
    {
      name: "USA- before any past participle and then-USA-: adjectival, spun (a spun Wikinews copy)",
      text: "The U.S. named a USA-designated group. He met then-USA-president Jimmy Carter, the U.S. said.",
      findings: [
        { actual: "USA", expected: "U.S.", fixed: true },
        { actual: "USA", expected: "U.S.", fixed: true },
      ],
      output:
        "The U.S. named a U.S.-designated group. He met then-U.S.-president Jimmy Carter, the U.S. said.",
    },
    {
      name: "US$ is the currency's symbol, not the page's spelling of the United States",
      text: "Funds worth US$5 million and US$2 million were set up for the USA heiress, the U.S. court said.",
      findings: [{ actual: "USA", expected: "U.S.", fixed: true }],
      output:
        "Funds worth US$5 million and US$2 million were set up for the U.S. heiress, the U.S. court said.",
    },
    {
      name: "the USA in a page that always writes U.S. (a settled house style)",
      text: "The U.S. said on Monday that U.S. troops would stay. Most of the equipment was built in the USA, officials said.",
      findings: [{ actual: "USA", expected: "U.S.", fixed: true }],
      output:
        "The U.S. said on Monday that U.S. troops would stay. Most of the equipment was built in the U.S., officials said.",
    },
    {
      name: "a sentence-final USA. takes the abbreviation's period (no U.S..); USA.gov is no use of USA",
      text: "The U.S. said U.S. troops would stay. It was built in the USA. See USA.gov for more.",
      findings: [{ actual: "USA.", expected: "U.S.", fixed: true }],
      output: "The U.S. said U.S. troops would stay. It was built in the U.S. See USA.gov for more.",
    },
    {
      name: "a USA that swallowed the sentence end (in the USA He said …) gets the abbreviation and its period back",
      text: "It was built in the USA He said it was cheap, U.S. officials said.",
      findings: [{ actual: "USA", expected: "U.S.", fixed: true }],
      output: "It was built in the U.S. He said it was cheap, U.S. officials said.",
    },
    {
      name: "the same in a page that writes US: US. ends the sentence",
      text: "It was built in the USA He said it was cheap, US officials said.",
      findings: [{ actual: "USA", expected: "US.", fixed: true }],
      output: "It was built in the US. He said it was cheap, US officials said.",
    },
    {
      name: "false-positive guard: the USA in a page that writes both U.S. and US is reported, not fixed",
      text: "The U.S. said on Monday that US troops would stay. Most of the equipment was built in the USA, officials said.",
      findings: [{ actual: "USA", fixed: false }],
    },
    {
      name: "false-positive guard: the USA with one other U.S. is reported, not fixed",
      text: "The U.S. said on Monday that troops would stay. Most of the equipment was built in the USA, officials said.",
      findings: [{ actual: "USA", fixed: false }],
    },
    {
      name: "USA-funded, USA-trained: participles newsrooms write with U.S.",
      text: "The U.S. said USA-funded and USA-trained groups would stay.",
      findings: [{ actual: "USA" }, { actual: "USA" }],
      output: "The U.S. said U.S.-funded and U.S.-trained groups would stay.",
    },
    {
      name: "house style from the body, not from headline copies (AP headlines write US)",
      text: "US warns Russia over Syria\n\nUS warns Russia over Syria\n\nUS warns Russia over Syria\n\nThe U.S. said on Monday it was ready to act.\n\nA strike on the USA base was reported.",
      findings: [{ actual: "USA", expected: "U.S." }],
      output:
        "US warns Russia over Syria\n\nUS warns Russia over Syria\n\nUS warns Russia over Syria\n\nThe U.S. said on Monday it was ready to act.\n\nA strike on the U.S. base was reported.",
    },
    {
      name: "house style of the paragraph first: a stitched page mixes sources (seed 004)",
      text: "The U.S. said on Monday it was ready to act. The U.S. envoy agreed.\n\nUSA relations with Moscow are tense at a time US investigators are busy.",
      findings: [{ actual: "USA", expected: "US" }],
      output:
        "The U.S. said on Monday it was ready to act. The U.S. envoy agreed.\n\nUS relations with Moscow are tense at a time US investigators are busy.",
    },
    {
      name: "USA before a federal institution (USA District Court, USA Attorney) takes the house style",
      text: "The U.S. said the case was filed in the USA District Court, and the USA Attorney for the district agreed.",
      findings: [
        { actual: "USA", expected: "U.S." },
        { actual: "USA", expected: "U.S." },
      ],
      output:
        "The U.S. said the case was filed in the U.S. District Court, and the U.S. Attorney for the district agreed.",
    },
    {
      name: "USA before a federal office or a territory (USA Defense Secretary, the USA Virgin Islands), with no other spelling on the page",
      text: "USA Defense Secretary Mark Esper visited St. Croix in the USA Virgin Islands on Wednesday.",
      findings: [
        { actual: "USA", expected: "U.S." },
        { actual: "USA", expected: "U.S." },
      ],
      output: "U.S. Defense Secretary Mark Esper visited St. Croix in the U.S. Virgin Islands on Wednesday.",
    },
    {
      name: "USA missile strikes with house style US (seed 001)",
      text: "The US said it had suspended talks after last week's USA missile strikes.",
      findings: [{ actual: "USA" }],
      output: "The US said it had suspended talks after last week's US missile strikes.",
    },
    {
      name: '".With (seed 004)',
      text: '".With its veto, Russia said no to accountability".',
      findings: [{ message: "period after opening quote" }],
      output: '"With its veto, Russia said no to accountability".',
    },
    {
      name: "global investigation in a clean text is only reported",
      text: "Researchers launched a global investigation into plastics.",
      findings: [{ actual: "global", fixed: false }],
    },
    {
      name: "invariance: global investigation stays a report even in a spun text",
      text: "Researchers launched a global investigation into plastics.",
      spin: 0.9,
      findings: [{ actual: "global", fixed: false }],
    },
  ],
});

ruleTester(truncatedSentence, {
  valid: [
    {
      name: "false-positive guard: which aired Wednesday in the U.S.",
      text: "The interview aired Wednesday in the U.S.",
    },
    { name: "a headline", text: "Trump says relations at all-time low" },
    {
      name: "false-positive guard: the last paragraph may end unpunctuated (credits, widgets)",
      text: "The council met on Monday. It said the new bridge plan would be put to a public vote early next year",
    },
    {
      name: "false-positive guard: a headline run into a paragraph is title case, not a cut sentence",
      text: "The council met on Monday. Video Shows Dramatic Rescue of Kidnapped Girl From Her Home in Fort Worth\n\nMore text follows here.",
    },
    {
      name: "false-positive guard: a short list step without a period",
      text: "Here is what to do. Keep a food and mood journal\n\nMore text follows here.",
    },
  ],
  invalid: [
    {
      name: "caseless text: a lower-cased line cut after u.s. (seed 001 lower-cased)",
      text: "the two ministers met for more than two hours on wednesday in moscow.\n\nhe said working groups would be established to improve u.s.",
      findings: [{ message: /truncated/ }],
    },
    {
      name: "text in capitals: a line cut after U.S. (seed 001 in capitals)",
      text: "THE TWO MINISTERS MET FOR MORE THAN TWO HOURS ON WEDNESDAY IN MOSCOW.\n\nHE SAID WORKING GROUPS WOULD BE ESTABLISHED TO IMPROVE U.S.",
      findings: [{ message: /truncated/ }],
    },
    {
      name: "a paragraph of sentences whose last one stops mid-way, with more text after it (weak report)",
      text: "The council met on Monday. It said the new bridge plan would be put to a public vote early\n\nResidents welcomed the news.",
      findings: [{ message: "stops mid-sentence", fixed: false }],
    },
    {
      name: "He said working groups would be established to improve U.S. (seed 001)",
      text: "He said working groups would be established to improve U.S.",
      findings: [{ message: "improve U.S." }],
    },
    {
      name: "stops on a function word",
      text: "A statement said the talks would continue next month in the",
      findings: [{ message: "function word" }],
    },
  ],
});

ruleTester(garbledSentence, {
  valid: [
    { name: "false-positive guard: had had", text: "She had had enough of the delays." },
    { name: "false-positive guard: a name pair", text: "They flew to Bora Bora on Friday." },
  ],
  invalid: [
    {
      name: "text in capitals: WANTS THE ELIMINATE, and a doubled word (no name pair without case)",
      text: "RUSSIA WANTS THE ELIMINATE SANCTIONS ON MOSCOW, AND THE THE OFFICIALS SAID SO ON MONDAY IN A STATEMENT.",
      findings: [{ message: /word seems lost/ }, { message: /doubled word/ }],
    },
    {
      name: "Russia wants the eliminate sanctions (seed 000)",
      text: "Russia wants the eliminate sanctions on Moscow.",
      findings: [{ actual: "wants the eliminate" }],
    },
    { name: "doubled word", text: "He said the the vote was close.", findings: [{ actual: "the the" }] },
    {
      name: "any unilateral action by the unacceptable. (seed 004)",
      text: "The participants warned that any unilateral action by the unacceptable.",
      findings: [{ message: "noun seems lost" }],
    },
  ],
});

ruleTester(mojibake, {
  valid: [
    { name: "real accented text", text: "Zoë met the café owner in São Paulo." },
    { name: "false-positive guard: a capital Â ending a word", text: "The word CÂ is rare." },
  ],
  invalid: [
    {
      name: "curly apostrophe and quotes",
      text: "Trumpâ€™s aide said â€œnoâ€\u009d.",
      findings: [{ actual: "â€™" }, { actual: "â€œ" }, { actual: "â€\u009d" }],
      output: "Trump’s aide said “no”.",
    },
    {
      name: "accented letters",
      text: "The cafÃ© in SÃ£o Paulo.",
      findings: [{ actual: "Ã©" }, { actual: "Ã£" }],
      output: "The café in São Paulo.",
    },
  ],
});

describe("chrome-line pre-check", () => {
  // Chrome lines of every family, as pages write them, in three capitalisations.
  const lines = [
    "Advertisement",
    "Story continues below advertisement",
    "Advertisement Continue reading the main story",
    "Share this on Facebook",
    "Facebook Twitter Email",
    "12 comments",
    "Image copyright AFP Image caption Protesters in Moscow",
    "Photo: Jane Doe/Reuters",
    "Protesters gather in the square (AP Photo/Ivan Sekretarev)",
    "A view of the harbour / Getty Images",
    "Sign up for our newsletter",
    "Newsletter sign-up: the morning briefing",
    "Follow us on Twitter @example",
    "tips@example.com",
    "___",
    "* * *",
    "© 2017 Reuters. All rights reserved.",
    "Copyright 2018 The Associated Press. All rights reserved.",
    "(Reporting by Tom Miles; Editing by Alison Williams)",
    "Jane Doe contributed to this report.",
    "John Smith writes for The Guardian.",
    "JUST WATCHED",
    "Click here to watch the video",
    "SEE ALSO: The best photos of the year",
    "Tags: politics, russia",
    "Page 2 of 3",
    // Tool bars, players and post footers.
    "Font size",
    "Report an error",
    "Play Video",
    "Video: Inside the bridge repair works",
    "Click to enlarge",
    "Ad Feedback",
    "Advertisement - Scroll to continue",
    "Story continues below gallery",
    "You are here: Home / News",
    "Allow cookies",
    "Want more news? Sign up for our daily newsletter.",
    "Write to Tom Brown at tom.brown@example.com",
    "Posted in News",
    "This entry was posted in News on April 15, 2017.",
    "Have something to say? Leave a comment below.",
    // Captions closing on their credit (guarded patterns: the needle pre-check must pass them).
    "Commuters cross the bridge on Monday. Photo: Jane Doe",
    "The bridge at dawn (Photo: Jane Doe/The Times)",
    "The bridge at dusk. Credit: Jane Doe for The New York Times",
    "Commuters on the bridge. REUTERS/Jane Doe",
    "The old bridge © Jane Doe",
    "The new bridge | Jane Doe/The Times",
    "Crowds in Moscow (Getty Images)",
    "Jane Doe wrote for The Times",
    // Blog and syndication furniture, players' labels.
    "Like Loading...",
    "Top of page",
    "Audio for this article is not available.",
    "comments powered by Disqus",
    "Watch Live",
    "Updated",
    "Read the full story",
    "Read more here.",
    "Read the original article on Business Insider",
    "Add Comment",
    "Report abuse",
    // Post navigation, players, credits and notices read by patterns (not phrases).
    "Previous Post: School board names new superintendent",
    "2:15",
    "Fox News Flash top headlines for May 5",
    "Reporting from Millbrook, N.Y.",
    "See more on: Route 9",
    "Have a confidential tip for our reporters? Get in Touch",
  ];
  it("never rejects a line that a family matches", () => {
    for (const l of lines)
      for (const v of [l, l.toUpperCase(), l.toLowerCase(), `${l} `.trim()]) {
        if (familyOf(v) !== null) expect(mayBeChrome(v), v).toBe(true);
      }
    // The examples are chrome (as written): the pre-check is not vacuous.
    for (const l of lines) expect(familyOf(l), l).not.toBeNull();
  });

  it("rejects ordinary prose", () => {
    expect(mayBeChrome("The council met on Tuesday and approved the budget after a long debate.")).toBe(
      false,
    );
  });

  it("reads a line that two families match as the first family in table order", () => {
    // One alternation per flag set names the family by a group: "Source: agencies" is a
    // credit (a pattern with the u flag) and a video line (i flag); "Powered by WordPress"
    // an advertisement and a navigation line (both i).
    expect(familyOf("Source: agencies")?.family).toBe("credits");
    expect(familyOf("Powered by WordPress")?.family).toBe("advertisement");
    expect(familyOf("12 comments")?.family).toBe("share");
  });

  it("keeps every plain pattern anchored at the line start (each alternation is compiled on one position)", () => {
    for (const f of CHROME_FAMILIES)
      for (const p of f.patterns) {
        const re = p instanceof RegExp ? p : p.re;
        expect(re.source.startsWith("^") || re.source.startsWith("(?:^"), re.source).toBe(true);
      }
  });
});
