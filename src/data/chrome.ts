/**
 * Page chrome that survives scraping as standalone lines, grouped by family.
 * Each pattern must match a WHOLE trimmed line (never a phrase inside prose:
 * "In related news, …" and "covered by world media outlets" stay).
 * Counts are lines/documents in 570 raw Multi-News documents (FIELD-NOTES,
 * "Page chrome in scraped text").
 */

export type Region = "any" | "top" | "bottom";

/**
 * A pattern that must scan the line (`^.{0,200}…`) carries a lower-case
 * needle that every match contains; the needle is checked first, cheaply.
 */
export interface GuardedPattern {
  readonly re: RegExp;
  readonly needle: string;
}

export function guarded(re: RegExp, needle: string): GuardedPattern {
  return { re, needle };
}

export interface ChromeFamily {
  readonly family: string;
  readonly patterns: readonly (RegExp | GuardedPattern)[];
  readonly confidence: number;
  /** Where the family is trusted: anywhere, or only near the top / bottom. */
  readonly region: Region;
  readonly note: string;
}

/** A credited name: "Jane Doe", "Jane Doe/The Times", "Jane Doe for The New York Times". */
const CREDIT_NAME = String.raw`\p{Lu}[\p{L}.'’&\- ]{1,60}(?:\/\s*\p{Lu}[\p{L}.'’&\- ]{1,60})?(?: for \p{Lu}[\p{L}.'’&\- ]{1,60})?`;
const CAPTION = "^.{10,250}?";
/** A name, then "/" or " for " and the paper: "Jane Doe for The New York Times", "Jane Doe/Reuters". */
const NYT_CREDIT = String.raw`\p{Lu}[\p{L}.'’\- ]{1,60}(?:\/\s*|\s+for\s+)\p{Lu}[\p{L}.'’&\- ]{1,60}`;
// Needles with the separator ("photo:", "photo by"): "image" and "credit" alone are frequent in prose.
const CAPTION_CREDITS: readonly GuardedPattern[] = [
  ["photo", "Photo|PHOTO"],
  ["photograph", "Photograph|PHOTOGRAPH"],
  ["photo credit", "Photo credit|Photo Credit|PHOTO CREDIT"],
  ["picture", "Picture|PICTURE"],
  ["image", "Image|IMAGE"],
  ["file photo", "File photo|File Photo|FILE PHOTO"],
  ["credit", "Credit|CREDIT"],
].flatMap(([word, words]) =>
  [":", "s:", " by"].map((sep) =>
    guarded(
      new RegExp(String.raw`${CAPTION}[.!?)\s]\s*\(?(?:${words})${sep}\s*${CREDIT_NAME}\)?$`, "u"),
      `${word}${sep}`,
    ),
  ),
);
const MORE_CAPTION_CREDITS: readonly GuardedPattern[] = [
  // One needle per agency ("reuters/"): a bare "/" is in every date and web address.
  ...["REUTERS|Reuters", "AP", "AFP", "EPA"].map((agency) =>
    guarded(
      new RegExp(String.raw`${CAPTION}[.\s]\s*(?:${agency})\/\s*\p{Lu}[\p{L}.'’\- ]{1,60}$`, "u"),
      `${agency.split("|")[0]!.toLowerCase()}/`,
    ),
  ),
  guarded(new RegExp(String.raw`${CAPTION}\s©\s*(?:\d{4}\s+)?${CREDIT_NAME}$`, "u"), "©"),
  guarded(
    new RegExp(
      String.raw`${CAPTION}\s\|\s*\p{Lu}[\p{L}.'’\- ]{1,40}(?:\/\s*\p{Lu}[\p{L}.'’&\- ]{1,40}| for \p{Lu}[\p{L}.'’&\- ]{1,40})$`,
      "u",
    ),
    "|",
  ),
  // News Corp Australia's caption credit: "… on Friday morning. Source:Supplied", "…
  // Picture: Supplied" (probe B).
  guarded(
    new RegExp(String.raw`${CAPTION}[.!?)\s]\s*(?:Source|Picture|Image|Photo)\s*:\s*Supplied$`, "u"),
    "supplied",
  ),
  // A name, then the agency: "Jane Doe / The Canadian Press", "Jane Doe/AFP".
  guarded(
    /^\p{Lu}[\p{L}.'’\- ]{1,40}\s*\/\s*(?:The Canadian Press|THE CANADIAN PRESS|The Associated Press|Associated Press|Getty Images|Reuters|REUTERS|AFP|AP|EPA|AAP|PA|Bloomberg|Shutterstock)$/u,
    "/",
  ),
  // A caption closing on the agency, then the name: "… THE CANADIAN PRESS/Jane Doe".
  guarded(
    new RegExp(String.raw`${CAPTION}[.\s]\s*THE CANADIAN PRESS\/\s*\p{Lu}[\p{L}.'’\- ]{1,60}$`, "u"),
    "/",
  ),
  // "… on Monday (Jane Doe/The Times)".
  guarded(
    new RegExp(String.raw`${CAPTION}\s\(\p{Lu}[\p{L}.'’\- ]{1,40}\/\s*\p{Lu}[\p{L}.'’&\- ]{1,40}\)$`, "u"),
    "/",
  ),
];

/**
 * Agency credits in brackets closing a line, in the agency's own spelling only:
 * "(ePA)" in German prose is not EPA, nor is "(epa)" in a caseless page. One
 * needle per agency ("(reuters"): a bare "(" is in every other paragraph.
 */
const AGENCY_IN_BRACKETS: readonly GuardedPattern[] = [
  "CNN",
  "AP",
  "AFP",
  "Reuters|REUTERS",
  "Getty Images|Getty",
  "EPA",
].map((agency) =>
  guarded(
    new RegExp(String.raw`^.{0,200}\((?:${agency})(?: Photo| PHOTO)?(?:\s*\/\s*[^)]{1,80})?\)$`),
    `(${agency.split("|").at(-1)!.toLowerCase()}`,
  ),
);

/**
 * "SEE ALSO: …", "MORE - …": upper-case labels before any separator. The
 * capitals are the signal ("More-than-expected turnout …" is prose), so a
 * caseless document (util/case.ts) does not read this pattern.
 */
const UPPER_CASE_TEASER =
  /^(?:SEE ALSO|ALSO SEE|READ|MUST READ|RELATED|RELATED STORY|RELATED STORIES|RELATED ARTICLE|RELATED COVERAGE|READ MORE|READ ALSO|ALSO READ|MORE|WATCH|PHOTOS|VIDEO|FULL COVERAGE|LISTEN|LIVE UPDATES|MORE COVERAGE|DON'T MISS|TRENDING|SUGGESTED|RECOMMENDED|CLICK HERE|SIGN UP)\s*[:>|»-]\s*.{1,200}$/u;

/**
 * "Copyright The Associated Press", "COPYRIGHT Reuters. All rights reserved.":
 * the holder's name, capitalised, with no sentence after it. The capital is
 * the signal ("Copyright laws …" is prose), so caseless documents do not read it.
 */
const COPYRIGHT_HOLDER =
  /^(?:Copyright|COPYRIGHT)\s+\p{Lu}[^.!?]{0,80}(?:\.\s*[Aa]ll [Rr]ights [Rr]eserved\.?)?$/u;

/**
 * Syndication credits, their partner's name capitalised: "This article was
 * produced by Kaiser Health News.", "Published in partnership with The
 * Conversation.", "Distributed by Tribune Content Agency" — not "This story
 * was produced by a team of five", nor a sentence going on after a comma
 * ("Published by Penguin in 1998, the book …").
 */
const SYNDICATION_CREDITS = [
  /^[Tt]his (?:article|story|report|piece) (?:was|is) (?:produced|published|written|reported|distributed|republished) (?:by|in (?:partnership|collaboration) with|with (?:support|permission) from) \p{Lu}.{0,100}$/u,
  /^(?:[Pp]ublished|[Pp]roduced|[Dd]istributed|[Rr]epublished|[Rr]eprinted) (?:in (?:partnership|collaboration) with|by|with permission (?:of|from)) (?![^,]*,\s+\p{Ll})\p{Lu}.{0,100}$/u,
];

/**
 * NYT's reporting credit: "Jane Doe reported from Brussels." — names, then
 * places, all capitalised (the capitals are the signal: "two officers
 * reported from the scene" is prose), so caseless documents do not read it.
 */
const REPORTED_FROM = guarded(
  /^(?!(?:The|A|An|It|He|She|They|We|Police|Officials)\b)\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}(?:,? and \p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3})? reported from \p{Lu}[\p{L}'’.-]*(?:(?: |, | and |; )\p{Lu}[\p{L}'’.-]*(?: from)?){0,8}\.?$/u,
  "reported from",
);

/** A source of "With inputs from …": agencies, or a name in capitals ("PTI", "Press Trust of India"). */
const INPUT_SOURCE = String.raw`(?:agencies|agency|\p{Lu}[\p{L}.&'’-]*(?: (?:of )?\p{Lu}[\p{L}.&'’-]*){0,3})`;

/**
 * Indian wire copy's closing credit: "(With inputs from agencies)", "With inputs
 * from PTI, ANI" — the sources are agencies or capitalised names (cased pages:
 * "with inputs from residents, …" would read as one in lower case).
 */
const WITH_INPUTS = new RegExp(
  String.raw`^\(?(?:[—–-]\s*)?(?:With|WITH) inputs from (?:the )?${INPUT_SOURCE}(?:(?:,| and| &) (?:the )?${INPUT_SOURCE}){0,3}\)?\.?$`,
  "u",
);
/** The same credit naming agencies only, in any case ("(with inputs from pti)", "(With agency inputs)"). */
const AGENCY_SOURCE =
  "agencies|agency|pti|ani|ians|reuters|afp|ap|bloomberg|xinhua|dpa|efe|press trust of india";
const WITH_AGENCY_INPUTS = new RegExp(
  String.raw`^\(?(?:[—–-]\s*)?with (?:(?:additional )?inputs from (?:the )?(?:${AGENCY_SOURCE})(?:(?:,| and| &) (?:the )?(?:${AGENCY_SOURCE})){0,3}|(?:agency|wire) inputs)\s*\)?\s*\.?$`,
  "i",
);

/** A person's name as a bio opens on it: two to four capitalised words. */
const BIO_NAME = String.raw`\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}`;
/** An outlet's web address as a bio names it: "a correspondent at Tucson.com". */
const BIO_DOMAIN = String.raw`(?:\.(?:com|org|net|co\.uk|com\.au|ca))?`;
/** A sentence after a bio that names the author's beat: "She covers courts and crime." */
const BIO_BEAT = String.raw`(?: (?:He|She|They) (?:covers|writes about|reports on) [^.]{1,80}\.)?`;
/** A sentence after a bio that says how to reach or follow the author. */
const BIO_CONTACT = String.raw`(?: (?:Reach|Contact|Email|E-mail|Follow|Write to) [^.]{0,60}(?:\.(?!\s)[^.]{0,60}){0,4}\.?)?`;

/**
 * An author's bio closing the page, one line: "Jane Doe is a senior reporter
 * covering politics for The Times.", "Jane Doe covers city hall for the
 * Gazette. Reach her at jdoe@gazette.com." — a role word and a beat, an
 * outlet or a base, nothing else. Read on the last lines only (a profile's
 * "Maria Ressa is a journalist for Rappler, who …" in the body is prose);
 * these read the capitals of the name, caseless pages CASELESS_AUTHOR_BIOS.
 */
const AUTHOR_BIOS: readonly GuardedPattern[] = [
  guarded(
    new RegExp(
      String.raw`^${BIO_NAME} is an? (?:[\p{L}-]+ ){0,3}(?:reporter|correspondent|writer|editor|columnist|journalist|contributor|producer|photographer|critic|intern|fellow)(?=[ .])(?: (?:covering|who covers) [^.]{1,80}?)?(?: (?:for|at|with) (?:the )?\p{Lu}[^.,;:]{1,60}?${BIO_DOMAIN}| based in \p{Lu}[^.;:]{1,40}?)(?: based in \p{Lu}[^.;:]{1,40}?)?\.${BIO_BEAT}${BIO_CONTACT}$`,
      "u",
    ),
    " is a",
  ),
  guarded(
    new RegExp(
      String.raw`^${BIO_NAME} covers [^.]{1,80} for (?:the )?\p{Lu}[^.,;:]{1,60}\.${BIO_CONTACT}$`,
      "u",
    ),
    " covers ",
  ),
  // "Jane Doe is a political correspondent covering health care." (an "About the author"
  // box); "Jane Doe is a contributor. Opinions expressed are her own."
  guarded(
    new RegExp(
      String.raw`^${BIO_NAME} is an? (?:[\p{L}-]+ ){0,3}(?:reporter|correspondent|writer|editor|columnist|journalist|contributor|producer)(?: covering [^.;:]{1,80})?\.(?: (?:Opinions|Views) expressed (?:here )?are (?:his|her|their|the author['’]s) own\.)?${BIO_CONTACT}$`,
      "u",
    ),
    " is a",
  ),
  // "Jane Doe is the author of "City of Glass" and writes about climate." — a book in quotes.
  guarded(
    new RegExp(
      String.raw`^${BIO_NAME} is the author of (?:the (?:book|novel|memoir) )?["“][^"“”]{1,80}["”](?:,? and (?:writes|reports) (?:about|on) [^.]{1,80})?\.${BIO_CONTACT}$`,
      "u",
    ),
    " is the author of ",
  ),
  // The author's other work: "More by Jane Doe", "Jane Doe's latest articles", "View all
  // articles by Jane Doe", "Follow Jane Doe".
  guarded(new RegExp(`^(?:More|Articles|Stories|Posts) by ${BIO_NAME}$`, "u"), " by "),
  guarded(
    new RegExp(`^${BIO_NAME}['’]s (?:latest|recent|most recent|other) (?:articles|stories|posts)$`, "u"),
    "s ",
  ),
  guarded(/^(?:view|see|read) (?:all|more) (?:articles|stories|posts) (?:by|from) .{1,60}$/iu, " by "),
  guarded(new RegExp(`^Follow ${BIO_NAME}$`, "u"), "follow "),
];

/**
 * The bios of AUTHOR_BIOS as a caseless page (util/case.ts) prints them ("jane doe
 * is a senior reporter covering politics."): the name is the first group, two or
 * three words, and chrome-line takes the line only when none of them is a
 * function word ("his mother is a writer based in lucknow." is prose).
 */
export const CASELESS_AUTHOR_BIOS: readonly RegExp[] = [
  new RegExp(
    String.raw`^([\p{L}'’.-]+(?: [\p{L}'’.-]+){1,2}) is an? (?:[\p{L}-]+ ){0,3}(?:reporter|correspondent|writer|editor|columnist|journalist|contributor|producer)(?: (?:covering|who covers) [^.;:]{1,80}?)?(?: (?:for|at|with) [^.,;:]{1,60}?${BIO_DOMAIN}| based in [^.;:]{1,40}?)?\.(?: (?:opinions|views) expressed (?:here )?are (?:his|her|their|the author['’]s) own\.)?${BIO_BEAT}${BIO_CONTACT}$`,
    "iu",
  ),
  new RegExp(
    String.raw`^([\p{L}'’.-]+(?: [\p{L}'’.-]+){1,2}) is the author of (?:the (?:book|novel|memoir) )?["“][^"“”]{1,80}["”](?:,? and (?:writes|reports) (?:about|on) [^.]{1,80})?\.${BIO_CONTACT}$`,
    "iu",
  ),
  new RegExp(
    String.raw`^([\p{L}'’.-]+(?: [\p{L}'’.-]+){1,2}) covers [^.]{1,80} for [^.,;:]{1,60}\.${BIO_CONTACT}$`,
    "iu",
  ),
];

/**
 * The agencies a story is compiled from, on their own line: "Sources: Reuters,
 * AP", "Source: AFP", "Source: agencies": capitalised names only, so cased
 * pages only, and longer than the video family's short "Source: …" line
 * (40 characters), which reads any case.
 */
const SOURCES_LINE =
  /^(?:[Ss]ources?|SOURCES?)\s*:\s*(?:[Aa]gencies|\p{Lu}[\p{L}.&'’-]*(?: \p{Lu}[\p{L}.&'’-]*){0,3}(?:(?:,| and| &) \p{Lu}[\p{L}.&'’-]*(?: \p{Lu}[\p{L}.&'’-]*){0,3}){0,4})\.?$/u;

/** Patterns whose capitals are their signal: not read in caseless documents (util/case.ts). */
export const CASED_ONLY: ReadonlySet<RegExp> = new Set([
  UPPER_CASE_TEASER,
  COPYRIGHT_HOLDER,
  ...AGENCY_IN_BRACKETS.map((g) => g.re),
  ...SYNDICATION_CREDITS,
  REPORTED_FROM.re,
  ...AUTHOR_BIOS.map((g) => g.re),
  WITH_INPUTS,
  SOURCES_LINE,
]);

export const CHROME_FAMILIES: readonly ChromeFamily[] = [
  {
    family: "advertisement",
    patterns: [
      /^(?:story|article) continues below(?: (?:this |the )?(?:advertisement|ad|gallery|video|photos?|slideshow|image))?$/i,
      // "Article continues after advertisement", "Advertisement - story continues below".
      /^(?:advertisement\s*[-–—:]?\s*)?(?:story|article|content|text) continues (?:below|after (?:the |this )?(?:advertisement|ad|video|break))$/i,
      /^(?:advertisement\s*)?continue reading (?:the )?(?:main story|below)$/i,
      /^story continue[sd](?: below)?$/i,
      // The label glued to itself by extraction: "AdvertisementAdvertisement".
      /^(?:advertisement){2,}$/i,
      /^scroll (?:down )?to continue(?: with content| reading)?$/i,
      /^(?:skip|close) (?:this )?(?:ad|advertisement)$/i,
      /^advertisement\s*[-–—:]\s*continue reading below$/i,
      /^(?:sponsored links|sponsored stories|promoted links|ads by \w+)$/i,
      // The ad slot's own labels: "Advertisement - Scroll to continue", CNN's "Ad Feedback", "AdChoices".
      /^advertisement\s*[-–—:]\s*scroll to continue(?: with content| reading)?$/i,
      /^(?:ad feedback|ad ?choices|feedback)$/i,
      // A sponsor's credit: "Sponsored by Acme", "Presented by Acme", "In partnership with
      // Acme" — a short name, no sentence.
      /^(?:sponsored by|presented by|brought to you by|powered by|paid for by|in partnership with|in association with|supported by|recommended by|promoted by|sponsored links by|(?:sponsored |paid )?content by) [^,.!?]{2,40}$/i,
    ],
    confidence: 0.95,
    region: "any",
    note: "27 lines / 17 docs: 'Story continues below advertisement', 'ADVERTISEMENT', 'Story Continued Below'",
  },
  {
    family: "share",
    patterns: [
      // A line made only of share-button words: "Facebook Twitter Email", "Share Tweet".
      /^(?:(?:share|shares|tweet|twitter|facebook|play facebook|reddit|email|e-mail|print|pinterest|linkedin|whatsapp|telegram|flipboard|messenger|sms|copy link|copy|link|google\+|save|comment|comments|share this|share this article|share this story|share on facebook|share on twitter|share on google\+|share on pinterest|share on linkedin|share on whatsapp|share on reddit|share on tumblr|share via email|share article|view comments|x)(?:\s*[|•·,/]\s*|\s+|$))+$/i,
      /^\d[\d,.]*[km]?\s+(?:likes?|shares?|comments?|views?|reads?|retweets?)$/i,
      /^(?:likes?|shares?|views?|retweets?)\s*:?\s*\d[\d,.]*[km]?$/i,
      /^(?:comments?|responses?)\s*\(\d+\)$/i,
      // "This story has been shared 4,807 times."
      /^this (?:story|article|post|page|video) has been shared [\d,.]+k? times?\.?$/i,
      // An embedded tweet's counter: "238 people are talking about this".
      /^[\d,.]+k? people are talking about this$/i,
      // WordPress share blocks: "Share this:", "Like this:", "Click to share on Twitter (Opens in new window)".
      /^(?:share this|like this|share|like)\s*:$/i,
      /^like loading(?:\.\.\.|…)?$/i,
      /^click to (?:share|email|print) (?:on |this )?.{0,40}(?:\(opens in new window\))?$/i,
      // WordPress' share bar on one line: "Share this: Click to share on Twitter (Opens in
      // new window) Click to share on Facebook (Opens in new window)"; WordPress' like
      // button with its label ("Like this: Like Loading..."); Blogger's share bar.
      /^(?:share this:?\s*)?(?:click to (?:share on|email|print)\b[^()]{0,40}\(opens in new window\)\s*){2,12}$/i,
      /^like this:?\s*like loading(?:\.\.\.|…)?$/i,
      /^email this blogthis!(?: share to \w+){0,8}$/i,
      // USA Today's "Read or Share this story: https://…".
      /^read or share this story:?\s*\S{0,200}$/i,
      /^(?:email|print|reprints?|print email|email this article|email to a friend|print this page)$/i,
      // Article tool bars: text-size buttons and the correction link.
      /^(?:font size|text size|report an error|report a typo|report a correction|submit a correction)$/i,
      /^(?:share via|tweet this(?: quote)?|reprints (?:&|and) permissions)$/i,
      // BBC's share panel: "Share this with Email Facebook Messenger Twitter …", "Copy this link".
      /^share this with\b(?:\s*(?:email|e-mail|facebook|messenger|twitter|x|pinterest|whatsapp|linkedin|reddit|sms))+$/i,
      /^link copied!?$/i,
      /^(?:copy this link|close share panel|these are external links and will open in a new window|share or comment on this article:?|email this(?: story| article)?|pin(?: it)?)$/i,
      // "Share this on Facebook", "Share this article via WhatsApp or Email", "Share on X".
      /^share(?: this(?: article| story| page| video| post)?)?(?: on| via| to| with)? (?:facebook|twitter|x|whatsapp|email|e-mail|linkedin|reddit|pinterest|messenger|telegram)(?:\s*(?:,|\bor\b|\band\b|\|)\s*(?:facebook|twitter|x|whatsapp|email|e-mail|linkedin|reddit|pinterest|messenger|telegram))*$/i,
      // A prompt to share the story after it: "Like this story? Share it with a friend.",
      // "Enjoyed this article? Please share it."
      /^(?:(?:did you )?(?:like|liked|enjoy|enjoyed|love|loved) (?:this|the|our) (?:story|article|post|piece)|found this (?:story|article) (?:useful|helpful|interesting))\?\s*(?:(?:please )?share (?:it|this)|pass it on|tell a friend|send it to a friend)\b.{0,60}$/i,
    ],
    confidence: 0.9,
    region: "any",
    note:
      "21 lines / 8 docs: 'Twitter', 'Play Facebook', 'Reddit', 'Email'; RefinedWeb's 'N likes/shares' counters; " +
      "BBC's share panel, Daily Mail's 'Share or comment on this article:'",
  },
  {
    family: "photo",
    patterns: [
      /^image copyright\b.{0,300}$/i,
      // (Also glued to the caption, as the BBC's pages come out: "image captionThe site on Friday".)
      /^(?:image|media) caption(?!ing).{0,300}$/i,
      /^(?:photo|photograph|picture|image|pictured|pictured above|caption|credit|photo credit|file photo|pic|pics|main pic|main image|top image|featured image|above)\s*[:|]\s*.{0,250}$/i,
      /^(?:photo|photograph|picture|image|video|file photo)s?$/i,
      // Korean sites' credit line: "[사진=JTBC, 이매진아시아]", "(사진=연합뉴스)".
      /^[[(]사진\s*[=:]\s*[^\])]{1,80}[\])]$/u,
      /^(?:\(|\[)?(?:photo|photograph|image|picture)s? (?:by|courtesy of|credit)\b.{0,150}$/i,
      // A credit in brackets on its own line: "(Photo: Reuters)", "[Image: AFP/Getty]".
      /^[([](?:photo|photograph|picture|image|file photo|video)s?\s*(?:[:|]|by\b|credit\b)\s*[^()[\]]{1,120}[)\]]\.?$/i,
      ...AGENCY_IN_BRACKETS,
      // The same credits where no other reading exists, in any case: "(ap photo/jane doe,
      // file)" and "(getty images)" in a lower-cased release.
      guarded(/^.{0,200}\((?:ap|afp|reuters|epa|xinhua|dpa) photo\s*\/\s*[^)]{1,80}\)$/i, "photo/"),
      guarded(/^.{0,200}\(getty images(?:\s*\/\s*[^)]{1,80})?\)$/i, "(getty images"),
      guarded(
        /^.{0,200}\/\s*(?:getty images|afp|reuters|ap|epa|shutterstock|istock|ap photo)(?:\s+via\s+.{1,40})?$/i,
        "/",
      ),
      // A caption closing on its credit: "… on Monday. Photo: Jane Doe", "… (Photo: Jane
      // Doe/The Times)", "… Credit: Jane Doe for The New York Times", "… REUTERS/Jane Doe",
      // "… © Jane Doe", "… | Jane Doe/The Times". The credit is a name, nothing after it.
      ...CAPTION_CREDITS,
      ...MORE_CAPTION_CREDITS,
      // NYT's credit without a colon, after a caption or alone: "… Credit Jane Doe for The
      // New York Times", "Credit Jane Doe/The New York Times" (a slash or "for" after the name).
      guarded(new RegExp(String.raw`${CAPTION}[.!?)\s]\s*Credit\s+${NYT_CREDIT}$`, "u"), "credit "),
      new RegExp(String.raw`^Credit\s+${NYT_CREDIT}$`, "u"),
      // The photographer and the paper alone, as captions' credits are printed under a
      // photo: "John Smith/The New York Times" (two to four words of names, then the paper).
      /^\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){1,3} ?\/ ?(?:The )?\p{Lu}[\p{L}&.'’-]*(?: \p{Lu}[\p{L}&.'’-]*){0,4}$/u,
      // NYT's credit line as its page prints it: "Credit...Jane Doe for The New York Times".
      /^Credit\s*(?:\.{2,3}|…)\s*\p{Lu}.{1,100}$/u,
      /^(?:getty images|shutterstock|istockphoto)(?: for .{1,40})?$/i,
      // More credits standing alone: "(Credit: Jane Doe)", "Courtesy of Jane Doe",
      // "Screenshot via YouTube", "Screengrab: CNN", the BBC's "Image source, Getty Images",
      // "AFP via Getty Images".
      // (With the "u" flag: in the small "iu" alternation they cost every line less than in
      // the large "i" one, whose cost changes unpredictably with each pattern added.)
      /^[([](?:photo |image |picture )?credits?\s*:\s*[^()[\]]{1,80}[)\]]$/iu,
      /^(?:photo |image |picture |video )?courtesy(?: of)?\s+[^,.]{1,60}$/iu,
      /^(?:screenshot|screengrab|screen grab|image|photo|picture|video|graphic)s?\s+via\s+[^,.]{1,60}$/iu,
      /^(?:screenshot|screengrab|screen grab)s?\s*:\s*.{1,60}$/iu,
      /^image source,\s*.{1,80}$/iu,
      // (No "via" needle: a new first letter in the needles' trie slows every line's test.)
      /^(?:AFP|AP|Reuters|Bloomberg|NurPhoto|Anadolu Agency|SOPA Images|LightRocket|Corbis|WireImage|FilmMagic|Getty) via Getty Images$/,
      // "AP Photo/Evan Vucci", "REUTERS/Kevin Lamarque", USA Today's "Buy Photo".
      /^(?:AP|AFP|EPA|EPA-EFE|Reuters|REUTERS|Getty Images)(?: Photo| PHOTO)?\s*\/\s*[^/]{1,60}$/,
      /^buy photo$/i,
      // Australian and British sites' credit for a reader's or a family's photo.
      /^(?:supplied|handout|supplied image|supplied photo)$/i,
      // An agency credit alone on its line, in the agency's own spelling (under a photo).
      /^(?:AP|AFP|Reuters|REUTERS|EPA|AP Photo|Getty|Xinhua|ANP|dpa|The Associated Press|Associated Press)$/,
    ],
    confidence: 0.9,
    region: "any",
    note: "29 lines / 26 docs, mostly at the top: 'Image copyright AFP Image caption …', 'Photo by …/Getty Images'",
  },
  {
    family: "newsletter",
    patterns: [
      /^(?:sign up|subscribe|register)(?: now| today| here)?(?: (?:for|to) .{0,100})?[.!]?$/i,
      /^(?:get|receive) (?:our|the) .{0,60}(?:newsletter|briefing|alerts?|emails?|delivered).{0,80}$/i,
      guarded(/^.{0,40}newsletter sign[- ]?up.{0,60}$/i, "newsletter"),
      /^breaking news emails?\b.{0,200}$/i,
      /^(?:enter your email|by signing up|by clicking (?:["“]?sign up["”]?|["“]?subscribe["”]?|submit|register)|already a subscriber|thank you for signing up|you(?:'|’)re (?:now )?subscribed|you have been subscribed)\b.{0,200}$/i,
      /^(?:interested in .{1,60}\? add .{1,60} as an interest.{0,120})$/i,
      // What a sign-up form leaves: its field labels and its thank-you line.
      /^(?:first name|last name|your name|your email|your email address|email address|zip code|thanks for signing up!?|thank you for subscribing!?|you(?:'|’)re all set!?)$/i,
      /^(?:subscribe to|support) (?:our|the) .{0,60}(?:journalism|newsletter|channel|podcast).{0,60}$/i,
      /^(?:join our (?:mailing|email) list|get (?:all )?the latest (?:news|headlines|updates)\b.{0,200})$/i,
      // NBC's "Get breaking news alerts and special reports. …"; the form's privacy
      // notice ("We will use your email address only for sending you newsletters. …").
      /^(?:get|receive) (?:breaking news|the latest news|news) (?:alerts|emails|updates)\b.{0,200}$/i,
      /^we (?:will |may |only )?use your email(?: address)? (?:only )?(?:to|for)\b.{0,250}$/i,
      /^we use your sign-?up to provide content\b.{0,300}$/i,
      /^continue reading (?:your|this|the) (?:article|story) with an? .{1,60} subscription\.?$/i,
      // "To continue reading, log in or create a free account." (probe B).
      /^to (?:continue|keep) reading(?: this (?:article|story))?,? (?:please )?(?:log in|sign in|subscribe|register|create a (?:free )?account)\b.{0,80}$/i,
      // The same prompt led by the action: "Sign in to continue reading", "Subscribe to keep
      // reading", "Log in or register to read the full article".
      /^(?:please )?(?:sign in|log in|login|subscribe|register|sign up),?(?: or (?:register|subscribe|sign up(?: for a (?:new |free )?account)?|create a (?:new |free )?account))? (?:now )?to (?:continue|keep) reading(?: this (?:article|story))?[.!]?$/i,
      /^(?:sign in|log in|subscribe|register|sign up)(?: or (?:register|subscribe|sign up|create a (?:free )?account))? to read (?:the (?:full|whole|rest of the) (?:article|story)|more|the rest|on)[.!]?$/i,
      // "Never miss a story. Subscribe to our newsletter.", "Stay informed. Sign up …",
      // "Get the best of the week in your inbox every Sunday."
      /^(?:never miss a (?:story|thing|beat)|stay informed|stay in the know|don(?:'|’)t miss out)\b[.:!,]?\s*(?:sign up|subscribe|get|join)\b.{0,120}$/i,
      /^get (?:the best|the top stories|our top stories|the biggest stories|the day(?:'|’)s top stories|breaking news|the latest news|the latest headlines)\b.{0,40}\b(?:in|to) your inbox\b.{0,60}$/i,
      // Metering and paywall notices: "You've reached your free article limit", "This content
      // is for subscribers only.", "Become a member to keep reading".
      /^(?:you(?:'|’)ve reached your (?:free )?(?:article|story) limit\b.{0,100}|this (?:content|article|story) is (?:for|only for|available to|available only to) (?:subscribers|members)(?: only)?\b.{0,100}|become a (?:member|subscriber) to (?:keep|continue) reading\b.{0,60}|support (?:local|independent|quality) journalism\b.{0,120})$/i,
      // A site's own follow and app prompts: "For more news, follow The Sun on Facebook …",
      // "For the latest news, download our free app", Mint's "Catch all the … News …".
      // (The prompt's verb right after the comma: "For more news on the budget, residents can follow …" is prose.)
      /^for (?:more|the latest) (?:news|updates|stories)\b[^.,]{0,40}?,? (?:follow|like|download|sign up|subscribe|visit|go to|head to)\b.{0,120}$/i,
      /^catch all the (?:latest )?.{0,40}\bnews\b.{0,300}$/i,
      /^stay connected with us\b.{0,200}$/i,
      // A question put before the prompt: "Want more news? Sign up for our daily newsletter."
      // (Not an invitation: "Want a bigger say? Join us on Tuesday at the town hall.")
      /^(?:want|like|enjoy|love|looking for) .{1,60}\? (?:sign up|subscribe|register|download|get (?:our|the|unlimited|full|alerts|breaking|notifications)|join (?:our|the))\b.{0,120}$/i,
      // An offer with its price: "Enjoy unlimited access for $1", "Get unlimited digital access for just £1".
      /^(?:get|enjoy) unlimited (?:digital )?access for (?:just |only )?[$£€]\d+(?:\.\d\d)?(?:\s*(?:a|per|\/)\s*(?:day|week|month|year))?(?: for (?:the first )?\d+ (?:days|weeks|months))?[.!]?$/i,
      // App promos: "CLICK HERE TO GET THE FOX NEWS APP", "Download our app".
      /^click here to (?:get|download) the .{1,40} app\b.{0,40}$/i,
      /^(?:download|get) (?:our|the) (?:free )?(?:.{1,30} )?app\b.{0,60}$/i,
      /^(?:open in (?:the )?app|tap here to add .{1,60} to your home ?screen)$/i,
      // Account and metering prompts of paywalled sites, and reader-revenue appeals.
      /^(?:already have an account\?\s*(?:log|sign) ?in\.?|don(?:'|’)t have an account\?\s*(?:sign up|register|create one)\.?|create (?:a )?(?:free )?account|continue reading with a free account|you have \d+ free (?:articles?|stories) (?:left|remaining)(?: this month)?\.?)$/i,
      /^(?:our journalism needs your support|support (?:independent|quality|our) journalism|become a (?:member|subscriber|supporter)|donate(?: now| today)?|make a (?:donation|contribution))[.!]?$/i,
    ],
    confidence: 0.9,
    region: "any",
    note: "16 lines / 16 docs; NBC 'Breaking News Emails …', ABC 'Interested in X? Add X as an interest'",
  },
  {
    family: "follow",
    patterns: [
      /^follow (?:us|me|him|her|them|[\p{Lu}@][\w.@'’& -]{0,40}) on (?:twitter|facebook|instagram|x|linkedin|tiktok|youtube|threads|bluesky|google news|snapchat)\b.{0,100}$/iu,
      /^follow @\w+.{0,80}$/i,
      // A handle alone ("@janedoe"), a reporter's contact line ("Jane Doe can be reached at …").
      /^@\w{2,30}$/,
      // (Guarded by "can be …": a lookahead in the family's alternation, or a one-character
      // needle, slowed every line's test.)
      guarded(/^[^.@]{1,60} can be reached at \S+@\S+.{0,60}$/i, "can be reached"),
      guarded(/^[^.@]{1,60} can be contacted at \S+@\S+.{0,60}$/i, "can be contacted"),
      // A question put before the prompt: "Want more? Follow us on Instagram".
      // "Want more stories like this? Like us on Facebook." (a platform's name: "Join us on Tuesday" is prose).
      /^(?:want|like|enjoy|love|looking for) [^?]{0,60}\?\s*(?:follow (?:us|me) on \w+|(?:like|join|find) (?:us|me) on (?:facebook|twitter|instagram|x|linkedin|tiktok|youtube|threads|bluesky|whatsapp|telegram|snapchat)\b).{0,60}$/i,
      /^(?:like us on facebook|connect with us|join us on \w+|find us on \w+)\b.{0,80}$/i,
      // The follow bar's buttons alone: "Like Us", "Follow Us" (the table's phrase).
      /^like us$/i,
      // "Jane Doe is on Twitter @janedoe.", "Send comments and questions to Jane Doe."
      // (Guarded: a pattern scanning the line's head for " is on " cost every line's test.)
      guarded(
        /^[^.@]{1,60} is on (?:twitter|instagram|facebook|x|threads|bluesky)\b[^.]{0,20}@\w{2,30}\.?$/i,
        "is on ",
      ),
      /^send (?:your )?(?:comments|questions|feedback|tips)(?: and (?:comments|questions|feedback|tips))? to [^.]{1,80}\.?$/i,
      // Links to the whole story on the partner's site: "Read more at The Daily Times".
      /^(?:[Rr]ead more|[Cc]ontinue reading|[Rr]ead the rest|[Rr]ead the full story|[Rr]ead it) (?:at|on) \p{Lu}[^.!?]{1,60}\.?$/u,
      /^get the latest (?:from|on) .{1,60}$/i,
      /^(?:have a (?:confidential |news )?tip|got a (?:confidential |news )?tip|(?:got|have) a story(?: idea| tip)?(?=\?)|send us a tip|contact (?:us|the author|the reporter)|email the (?:author|reporter|writer))\b.{0,160}$/i,
      /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/,
      // "Contact Jane Doe at jdoe@example.com." — a contact line ending in an address.
      // "Reach her at jdoe@example.com or follow her on Twitter @jdoe.", "You can reach him at …".
      /^(?:you can )?(?:contact|email|reach) [^@]{1,60} at [\w.+-]+@[\w-]+(?:\.[\w-]+)+(?: or (?:at |on )?[+\d(][\d ().+-]{5,20}| or @\w{2,30}|;?\s*twitter:?\s*@\w{2,30}|,? (?:or|and) follow (?:him|her|them|me|us) on (?:twitter|x|instagram|threads|bluesky)\s*:?\s*(?:at )?@\w{2,30})?\.?$/i,
      // An address with its label ("Email: jane.doe@example.com"); a tip prompt put as a
      // question ("Do you have a story? Email …"), a correction prompt, a trust page's link.
      /^e-?mail\s*:\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/i,
      /^do you have (?:a (?:story|news tip|tip)|information)\b[^.?]{0,40}\?\s*(?:email|contact|send|call|get in touch|let us know)\b.{0,100}$/i,
      /^(?:spotted|seen|found|noticed) an? (?:error|mistake|typo)\??\s*(?:let us know|tell us|email|report it|contact)\b.{0,60}$/i,
      /^why you can trust .{1,40}$/i,
      // A correction or tip prompt in its own words: "Report a correction or typo", "We want
      // to hear from you. Send us your story ideas."
      /^(?:report|submit|suggest) an? (?:correction|typo|error|mistake)(?: or (?:a )?(?:typo|correction|error|clarification))?\.?$/i,
      /^we(?:['’]d| would)? (?:want|like|love) to hear from you[.!]?(?: (?:send|share|tell|email|submit|contact)\b[^.!?]{0,80}[.!?]?)?$/i,
      /^(?:https?:\/\/|www\.)\S+$/i,
    ],
    confidence: 0.9,
    region: "any",
    note: "18 lines / 16 docs: 'Follow us on …', tip lines, bare e-mail lines; bare URL lines end 9% of documents",
  },
  {
    family: "embed",
    patterns: [
      // What a social-media embed leaves when its markup is stripped: a bare photo
      // link, Instagram's caption lines. The tweet's credit line ("— Name (@handle)
      // April 12, 2017") stays: it attributes the quoted tweet, and the extraction
      // benchmark's ground truth keeps it (17 lines).
      /^(?:pic\.twitter\.com|t\.co)\/\w+$/i,
      /^a (?:post|photo|video) shared by .{1,80}\bon \p{L}{3,9}\.? \d{1,2}, \d{4}(?: at .{1,20})?$/iu,
      /^view this post on instagram$/i,
      /^poll\s*:\s*.{1,150}\?(?:\s*vote\b.{0,30})?$/i,
      /^total votes\s*:?\s*[\d,.]+$/i,
      // The BBC's markers around an embed: "Skip Twitter post by Jane Doe", "End of
      // YouTube post, 2"; the consent notice in its place ("This article contains content
      // provided by Twitter. We ask for your permission before anything is loaded, …").
      /^(?:skip|end of) (?:twitter|x|instagram|facebook|youtube|tiktok|bluesky|threads|reddit|spotify|soundcloud|flickr) (?:post|content|video|embed)s?(?:,? \d{1,3})?(?: by @?[\p{L}\d_ .'’-]{1,60})?,?$/iu,
      /^this (?:article|page|story) contains content provided by [\p{L}\d .]{1,40}\.\s.{0,400}$/iu,
      // A widget's template left unrendered, its placeholders in braces (USA Today's
      // "Close Get email notifications on {{subject}} daily! … {{#each subjects}} {{/each}}
      // Manage notifications", frequent in Multi-News): two placeholders or more ("{{name}}"
      // once may be prose about templates).
      guarded(/^(?:[^{]{0,300}\{\{[#/^]?[\w.-]{1,40}(?: [\w.-]{1,40})?\}\}){2,}.{0,300}$/, "{{"),
    ],
    confidence: 0.9,
    region: "any",
    note: "embedded tweets and Instagram posts: 'pic.twitter.com/…', 'A post shared by …'",
  },
  {
    family: "separator",
    patterns: [/^[\s_*=~\-#•·.+<>|]{3,}$/, /^(?:\*\s*){3,}$/],
    confidence: 0.95,
    region: "any",
    note: "55 lines / 30 docs: '___', '***'",
  },
  {
    family: "copyright",
    patterns: [
      // (Korean sites write the circled "ⓒ": "ⓒ 한경닷컴, 무단전재 및 재배포 금지".)
      /^(?:©|ⓒ|\(c\)|&copy;).{0,160}$/i,
      // "Copyright 2017 …", "Copyright © …", "Copyright: …", "Copyright" alone — not the
      // prose of a story about copyright ("Copyright laws and licensing fees were …").
      /^\(?copyright\s*(?:©|ⓒ|\(c\)|&copy;|\d{4}|:).{0,160}$/i,
      // The copyright holder's notice of Korean and Japanese news sites: "<저작권자 ⓒ
      // 연합뉴스, 무단 전재-재배포 금지>", "無断転載禁止" (unauthorised reproduction prohibited).
      /^[<[〈(]?저작권자\s*(?:ⓒ|©|\([cC]\)).{0,120}$/u,
      /^[<[〈(]?無断(?:転載|複製)(?:を)?禁(?:止|じます).{0,80}$/u,
      /^trademark and copyright \d{4}.{0,80}$/i,
      /^all content (?:is )?copyright\s*(?:©\s*)?\d{4}.{0,120}$/i,
      /^copyright\s*\.?$/i,
      COPYRIGHT_HOLDER,
      /^all rights reserved\.?$/i,
      guarded(/^.{0,80}\ball rights reserved\.?$/i, "rights reserved"),
      /^this material may not be published, broadcast, rewritten,? or redistributed\.?$/i,
      /^our standards:\s*the thomson reuters trust principles\.?$/i,
    ],
    confidence: 0.95,
    region: "any",
    note: "39 lines / 25 docs",
  },
  {
    family: "credits",
    patterns: [
      /^\(?(?:with )?(?:additional )?(?:reporting|writing|editing|research|compiled|graphics|produced) by\b[^()]{0,250}\)?\.?$/i,
      // NYT's location line under the byline: "Reporting from Millbrook, N.Y." (place
      // names only: "Reporting from Kyiv was banned." is prose).
      /^Reporting from \p{Lu}[\p{L}.'’-]*(?:,? \p{Lu}[\p{L}.'’-]*){0,5}(?: and \p{Lu}[\p{L}.'’-]*(?:,? \p{Lu}[\p{L}.'’-]*){0,5})?$/u,
      // WSJ's "Write to John Smith at john.smith@wsj.com".
      /^write to .{1,80} at \S+@\S+$/i,
      guarded(/^[^.]{0,150}\bcontributed (?:to )?(?:this|the) (?:report|story|article)\.?$/i, "contributed"),
      // NYT's "Jane Doe contributed reporting (from Brussels)."
      guarded(
        /^[^.]{0,150}\bcontributed (?:additional )?(?:reporting|research)(?: from [^.]{1,60})?\.?$/i,
        "contributed",
      ),
      guarded(/^[^.]{0,100}\bwrote for \p{Lu}.{0,60}$/u, "wrote for"),
      guarded(/^[^.]{0,100}\bwrites for \p{Lu}.{0,60}$/u, "writes for"),
      /^(?:—|--|-)\s*(?:the associated press|reuters|afp|ap|bloomberg|cnn|staff)\.?$/i,
      // An agency alone in brackets closing the copy, in any case: "(AFP)", "(afp)", "(PTI)".
      /^\((?:the associated press|associated press|reuters|afp|ap|bloomberg|cnn|pti|ians|ani|xinhua|dpa|efe|ansa|upi|tass)\)\.?$/i,
      WITH_INPUTS,
      WITH_AGENCY_INPUTS,
      // Syndication and print notes: "This article originally appeared on HuffPost.",
      // NYT's "A version of this article appears in print on …, on Page A1 …".
      /^this (?:article|story|post) (?:originally |first )?(?:appeared|was (?:originally |first )?published) (?:on|in|at|by) .{1,100}$/i,
      // "This story was originally published March 2, 2019 1:23 AM.", "Originally published as …".
      /^this (?:article|story|post) was (?:originally|first) published\b.{0,100}$/i,
      /^originally published (?:as|in|on|at|by) .{1,200}$/i,
      // Syndication notes of Indian wire copy: "(Except for the headline, this story has not
      // been edited by NDTV staff and is published from a syndicated feed.)", "(Only the
      // headline and picture of this report may have been reworked by … staff; …)", "This
      // story has been published from a wire agency feed without modifications to the text."
      /^\(?(?:only the headline|except for the headline|this (?:story|article|report) (?:has been|is|was) (?:published|auto-generated|generated) from)\b.{0,300}$/i,
      // Affiliate disclosures: "We may earn a commission from links on this page."
      /^(?:we may (?:earn|receive) (?:an? )?(?:small )?(?:affiliate )?commission\b.{0,150}|ftc\s*:\s*we use\b.{0,100}|when you buy (?:something )?through (?:our|the|these) links\b.{0,200}|this (?:article|post|page|story) (?:contains|includes|may contain) affiliate links\b.{0,150}|our (?:journalists|editors|writers|reporters) independently (?:select|choose|review|pick)\b.{0,200})$/i,
      // An opinion page's disclaimer on its own line: "The views expressed in this article are
      // the author's own and do not necessarily reflect …" (Al Jazeera, Newsweek), "The opinions
      // expressed in this commentary are solely those of the author." (CNN), "Views expressed
      // here are the writer's own."
      /^(?:the )?(?:views|opinions)(?: and opinions)? expressed(?: in this (?:article|column|piece|post|commentary|op-ed|opinion piece|blog)| here(?:in)?| above)? are (?:solely |entirely |strictly )?(?:those of the (?:authors?|writers?|contributors?)|the (?:authors?|writers?|contributors?)['’]s? own|(?:his|her|their|my) own)(?:,? and do not (?:necessarily )?(?:reflect|represent)\b[^.]{0,160}|; [^.]{0,160})?\.?$/i,
      // A developing story's notices: "This is a developing story. Please check back for
      // updates.", "Check back for updates to this developing story.", "This story has been updated."
      /^(?:this (?:is a )?(?:developing|breaking) (?:news )?story|this story is (?:developing|breaking)|this (?:story|article|post) (?:has been|was|will be) updated|(?:please )?check back (?:later |soon )?for (?:updates|more)|more (?:details|information) to come)\b.{0,160}$/i,
      // The same notice under a label: "BREAKING NEWS: This story will be updated." (probe B).
      /^(?:breaking(?: news)?|developing(?: story)?|update|just in)\s*[:—–-]\s*this (?:story|article|post|report) (?:will be|is being|has been|may be) updated\b.{0,100}$/i,
      // Canadian wire copy's closing credit, bare or after a dash: "— With files from The
      // Canadian Press" (probe B).
      /^(?:[—–-]\s*)?(?:With|WITH|with) (?:files|FILES) (?:from|FROM) (?:[Tt]he |THE )?\p{Lu}[^.!?,;]{1,60}$/u,
      /^a version of this (?:article|story) (?:appears|appeared) in print on .{0,300}$/i,
      // Syndication credits: "This article was produced by Kaiser Health News.",
      // "Published in partnership with The Conversation.", "Distributed by Tribune Content Agency".
      ...SYNDICATION_CREDITS,
      // Wire copy's end mark: "-30-", "(END)", "ENDS".
      /^(?:-30-|\(end\)|\(ends\)|end|ends)$/i,
      REPORTED_FROM,
      SOURCES_LINE,
      // A source credit under a blog post: "Via: The Verge", "h/t The Verge".
      /^(?:via|h\/t|hat tip(?: to)?)\s*:?\s+[^.!?]{1,60}$/i,
      // A bare desk credit on its own line ("Staff writer" under the byline's photo).
      /^(?:staff writer|staff reporter|contributing writer|special correspondent)s?$/i,
    ],
    confidence: 0.9,
    region: "any",
    note: "'(Reporting by …; Editing by …)', 'X contributed to this report'",
  },
  {
    family: "video",
    patterns: [
      /^(?:just watched|must watch|replay|more videos ?(?:\.\.\.|…)?|now playing|up next|watch next|watch more|autoplay|video|videos|watch live|live|live now|live stream)$/i,
      /^this (?:content|video|page) is not available in your (?:region|country|location)\.?$/i,
      /^audio for this (?:article|story) is not available\.?$/i,
      /^click here to (?:watch|view|see|read|listen|download|subscribe|follow|join|like)\b.{0,120}$/i,
      /^click here for (?:more\b|the latest\b|our\b|all\b).{0,200}$/i,
      // Player buttons, and the player's own title line: "Play Video", "Video: The bridge opens".
      /^(?:(?:play|watch|pause) (?:video|audio)|listen)$/i,
      /^(?:video|audio)\s*:\s*.{1,80}(?<![.!?,;:])$/i,
      /^(?:watch|see) (?:the )?(?:full )?video\b.{0,120}$/i,
      /^media playback is (?:unsupported|not supported) on your device$/i,
      /^(?:sorry,? )?(?:this video (?:is not|isn't) available|this feature is not available right now|rating is available when the video has been rented|your browser does not support|please enable javascript|javascript is (?:disabled|required)|loading(?: video| player| comments)?(?:\.\.\.|…)?$).{0,120}$/i,
      /^(?:duration|source|gallery)\s*:.{0,40}$/i,
      /^(?:view gallery|slideshow|\d+ photos?|\d+ images?|next slide|previous slide|expand|enlarge|enlarge this image|toggle caption|hide caption|show caption|embed)$/i,
      // A gallery's or player's controls and counter: "Swipe for more", "Tap to unmute", "1/12".
      /^(?:swipe|scroll|tap|click) (?:for more|to (?:unmute|play|see more|view more|continue))$/i,
      // (Also the player's elapsed / total time: "0:00 / 4:32".)
      /^\d{1,3}(?::\d{2}){0,2}\s*\/\s*\d{1,3}(?::\d{2}){0,2}$/,
      // A video label: "Recommended Video:", "Related Videos".
      /^(?:recommended|related|featured|trending|latest) videos?\s*:?$/i,
      // A placeholder an extractor leaves for an embed: "[Embedded content]", "[Video]".
      /^\[(?:embedded content|embed|video|image|photo|gallery|audio|tweet|instagram|iframe|media)\]$/i,
      /^(?:click|tap) (?:(?:on )?(?:the |this )?(?:image|photo|picture) )?to (?:enlarge|expand|zoom)$/i,
      // CNN's gallery counter and highlights label, Daily Mail's video prompt, audio players.
      /^hide caption \d+ of \d+$/i,
      // "See all 12 photos", "Video Duration 2:31", "Listen · 4:32".
      /^(?:see|view|show) (?:all )?\d{1,3} (?:photos|images|pictures)$/i,
      /^(?:video |audio )?duration\s*:?\s*\d{1,2}:\d{2}(?::\d{2})?$/i,
      // An audio or video player's length alone under its button ("Listen to this article", then "2:15").
      /^\d{1,2}:\d{2}(?::\d{2})?$/,
      // Fox News' video embed of the day's headlines: "Fox News Flash top headlines for May 5".
      /^Fox News Flash top headlines (?:for|are here)\b.{0,100}$/,
      // (Also a duration in words: "Listen 3 min", "Listen (4 mins)".)
      /^(?:listen|play|watch)(?: video| audio| now)?\s*[·•|:-]?\s*\(?(?:\d{1,2}:\d{2}(?::\d{2})?|\d{1,3} ?(?:min|mins|minutes?|sec|secs|seconds?))\)?$/i,
      // Gallery counters and the player's queue: "Image 1 of 12", "1 / 12", "Now Playing: …".
      /^(?:(?:image|photo|picture|slide) )?\d{1,3} (?:of|\/) \d{1,3}$/i,
      // A gallery's count of more photos ("+5"), a comment counter ("Comments 123").
      /^\+\d{1,3}$/,
      /^comments?\s*\d{1,5}$/i,
      /^now playing\s*:\s*.{1,120}$/i,
      // USA TODAY's player: "Close Skip in Skip x Embed x Share …" and its caption (the
      // words of its buttons, then the video's caption on the same line).
      /^(?:close )?skip in skip x embed x share\b.{0,400}$/i,
      /^(?:the |your )?(?:video|next video|next|up next) (?:will )?(?:play|start|begin)s? in \d{1,2}(?: seconds?)?$/i,
      // A player's loading state and button: "Video Loading", "Play now" (probe B).
      /^(?:video (?:is )?loading(?:\.{3}|…)?|play now)$/i,
      /^up next in \d{1,2}$/i,
      /^(?:story highlights|scroll down for (?:the )?video|listen to (?:this )?(?:article|story)(?: \d+ min(?:utes?)?)?)$/i,
      /^watch the (?:full )?(?:interview|video|clip|report|segment) (?:below|above)\s*[:.]?$/i,
    ],
    confidence: 0.9,
    region: "any",
    note: "CNN 'JUST WATCHED', BBC 'Media playback is unsupported on your device', video-player text",
  },
  {
    family: "teaser",
    patterns: [
      // "SEE ALSO: headline", "RELATED: headline", "WATCH: …" — upper-case labels only,
      // or "Related:"; "UPDATE:" is content and is not here.
      UPPER_CASE_TEASER,
      /^(?:See [Aa]lso|Related|Read [Mm]ore|Read [Aa]lso|Also [Rr]ead|More|Watch|Photos|Full [Cc]overage|Recommended|Read|Don['’]t [Mm]iss|Must [Rr]ead|Related [Ss]tor(?:y|ies)|Related [Cc]overage|Related [Cc]ontent|Editor['’]s [Pp]icks?|Top [Ss]tory|Trending)\s*:\s*[\p{Lu}\d"“‘'].{0,200}$/u,
      // The same labels in brackets ("[Read more: Council approves budget]"), and a
      // link marked by a closing guillemet ("» Council approves budget"): German
      // quotations open on "»" too, and close on "«".
      /^\[(?:read more|related|see also|read also|also read|more|watch|read|related stor(?:y|ies)|related coverage|more coverage|listen|opinion)\s*:\s*[^\]]{1,200}\]$/i,
      /^[»›]\s*[^«»‹›]{1,160}$/u,
      // Labels that are teasers in any case (a lower-cased release: "also read | …").
      /^(?:see also|also see|read more|read also|also read|related (?:stories|story|articles?|coverage)|full coverage|more coverage|you may also like|you might also like|must read)\s*(?:[:|»>]|\s[-–—])\s*.{1,200}$/i,
      /^\((?:read more|related|see also|read also|also read|more|watch|read|related stor(?:y|ies)|related coverage|listen)\s*:\s*[^)]{1,200}\)$/i,
    ],
    confidence: 0.9,
    region: "any",
    note: "51 lines / 34 docs: 'SEE ALSO:', 'PHOTOS:', 'WATCH:', 'FULL COVERAGE:', 'Related:'",
  },
  {
    family: "timestamp",
    patterns: [
      // Reading times and relative timestamps: "5 min read", "Updated 2 hours ago".
      /^(?:about )?\d{1,3}[ -]?(?:min|mins|minute|minutes)(?: read| reading time)?$/i,
      // Blogger's post footer: "Posted by Jane Doe at 10:00 AM" (no date: nothing for meta).
      /^[Pp]osted by [\p{L} .'’-]{1,60} at \d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?$/u,
      /^(?:reading time:?\s*)\d{1,3}\s*(?:min|mins|minutes)$/i,
      /^(?:(?:updated|published|posted|last updated)\s*:?\s*)?(?:an?|\d{1,3}) (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?) ago$/i,
      // The Guardian's age banner: "This article is more than 2 years old".
      /^this (?:article|story|page) is more than (?:a|an|\d{1,3}) (?:years?|months?) old$/i,
      /^(?:updated|published|posted)?\s*(?:just now|yesterday|today)$/i,
      // A labelled date without its year (the current year's stories): "Posted at 11:02h,
      // 15 April", "Updated 3:45 PM EST, March 7" — no year, so nothing for meta.date.
      /^(?:posted|published|updated|last updated|first published|last modified)(?: on| at)?\s*:?\s*(?:(?:at\s+)?\d{1,2}[:.h]\d{2}h?\s*(?:[ap]\.?m\.?)?(?:\s+[a-z]{2,4})?\s*[,|]?\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?)(?:\s*[,|]?\s*(?:at\s+)?\d{1,2}[:.h]\d{2}h?\s*(?:[ap]\.?m\.?)?(?:\s+[a-z]{2,4})?)?$/iu,
      // The label alone, its date in another line or lost: "Updated".
      /^(?:updated|last updated|published|posted)\s*:?$/i,
    ],
    confidence: 0.9,
    region: "any",
    note: "page furniture of modern sites: reading-time badges and relative timestamps (no date to keep in meta)",
  },
  {
    family: "masthead",
    // Matched by chrome-line itself (data/sections.ts isMasthead: the last word is looked
    // up first), not by a pattern here: in the families' alternation a pattern opening on a
    // capital letter is tried on every line that opens on one.
    patterns: [],
    confidence: 0.9,
    region: "any",
    note: "a paper's name alone, at the top or the foot of scraped pages ('The Daily Times')",
  },
  {
    family: "navigation",
    patterns: [
      /^(?:home|news|menu|search|sections|continue reading|log ?in|sign ?in|register|skip to (?:main )?content|(?:skip|jump) to (?:main )?navigation|back to top|next article|previous article|next story|previous story|print this (?:article|page)|close|open|more|less|show more|read less|load more|see more|top|main menu|navigation|toggle navigation|top of (?:the )?page|return to top)$/i,
      /^(?:home|news)\s*(?:›|>|»|\/|\||→)\s*.{1,120}$/i,
      // Site-header and tool-bar words standing alone: search boxes, account links,
      // the paper's own links, follow and bookmark buttons, a weather widget.
      /^(?:search form|search this site|enter search terms?|search for:?|enter your search terms?|go|submit|hello,? sign in|my account|today'?s paper|print edition|e-?edition|weather|breaking news|trending topics|back to (?:news|top|articles|home)|previous next|continue to page \d{1,3}|share this page|print article|save(?: for later)?|bookmark|follow|following|unfollow|report|translate|a a a)$/i,
      /^(?:«|‹|<)\s*back to .{1,40}$/i,
      /^-?\d{1,3}\s?°\s?[CF]?$/,
      // The weather widget with its city ("London 12°C"), the edition picker ("Edition: US").
      // (ASCII city names, without the "u" flag: a Unicode class or a "°" needle slowed every line.)
      /^[A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*){0,2} -?\d{1,3} ?° ?[CF]?$/,
      // …and with its label and sky: "Weather: 72°F Sunny".
      /^weather\s*:?\s*-?\d{1,3} ?° ?[CF]?(?: [A-Za-z ]{1,24})?$/i,
      /^(?:edition\s*:\s*[\p{L} ]{2,20}|(?:us|uk|international|global|europe|asia|africa|australia|canada|india|middle east) edition)$/iu,
      /^you are here\s*:.{1,120}$/i,
      // A menu bar: two to ten menu words and nothing else ("Log in Subscribe", "News Sport Weather Radio").
      /^(?:(?:home|news|menu|search|sections?|subscribe|log ?in|log ?out|sign ?in|sign ?up|sign out|register|my account|account|sport|sports|weather|radio|tv|video|videos|podcasts?|newsletters?|live|more|close|e-?paper|apps?|shop|puzzles|games|crosswords?|opinion|world|business|politics|tech|technology|science|health|entertainment|culture|lifestyle|travel|local|obituaries|classifieds)(?:\s*[|•·/]\s*|\s+|$)){2,10}$/i,
      /^(?:tags?|tagged(?: with| as)?|topics?|related topics|trending topics|related tags|more on|see more on|more about|read more about|subjects?|filed under|filed in|categories|category|posted in|keywords)\s*:.{0,200}$/i,
      // A line of hashtags only ("#breaking #news #world"); WordPress' post meta
      // ("Posted in News | Tagged Elections, Politics | Leave a comment").
      /^#[\p{L}\d_]+(?:[ ,]+#[\p{L}\d_]+)+$/u,
      /^posted in [^|]{1,80}\|\s*(?:tagged|leave a comment|\d+ comments?|comments? off)\b.{0,200}$/i,
      // WordPress' post footer: "Posted in News", "This entry was posted in News on … Bookmark the permalink."
      /^[Pp]osted in(?: \p{Lu}[\p{L}&]*,?){1,5}$/u,
      /^this entry was posted in .{1,160}$/i,
      /^bookmark the permalink\.?$/i,
      /^comments powered by disqus\.?$/i,
      // Links to the whole story on the syndicating site: "Read the full story", "Read the original article on …".
      /^read (?:the )?(?:full|whole|complete|entire|original) (?:story|article|report|post)(?: here| (?:on|at) .{1,60})?\s*[.:!]?$/i,
      /^read more here\s*[.:!]?$/i,
      /^(?:leave a (?:comment|reply)(?: cancel reply)?|post a comment|add a comment|add comment|report abuse|report this comment|show more comments|(?:read|view|see) (?:all )?(?:\d+ )?comments|send (?:us )?(?:your )?feedback|join the conversation|comments are closed|show comments|hide comments|\d+ comments?|no comments(?: yet)?|be the first to comment\.?|cancel reply|(?:sign|log) in to (?:comment|reply))$/i,
      /^(?:have something to say|what do you think|got something to say)\?\s*(?:leave|post|add|share|let us know)\b.{0,80}$/i,
      // "Share your thoughts in the comments below."
      /^(?:share|leave|post|tell us) (?:your|what you)\b.{0,40}\b(?:in|to) the comments(?: section)?(?: below)?[.!]?$/i,
      // Comment-section headers and closed-comment notices, community rules, feedback widgets.
      /^(?:have your say|join the (?:discussion|debate|conversation)|want to join the conversation\?|we welcome your comments\b.{0,120}|please read our community (?:guidelines|standards)\.?)$/i,
      /^(?:comments are (?:now )?closed|comments have been (?:disabled|closed)|commenting (?:is|has been) (?:closed|disabled))(?: (?:for|on) this (?:article|story|post))?\.?$/i,
      /^(?:did you find this (?:article|story) (?:useful|helpful)|was this (?:article|story|page) (?:useful|helpful))\?$/i,
      /^(?:yes\s*no|rate this (?:article|story)|thanks? (?:you )?for your feedback!?)$/i,
      // The site footer: its links and the CMS credit ("Accessibility", "Careers" alone may be a subheading: kept).
      /^(?:terms and conditions|terms & conditions|cookie policy|sitemap|site map|advertise|powered by (?:wordpress|drupal|joomla|ghost)|theme by .{1,40})$/i,
      /^(?:back to top|top)\s*[↑^▲]$/iu,
      // WordPress comment forms: "Your email address will not be published. Required fields are marked *".
      /^(?:your email address will not be published\.?\s*(?:required fields are marked\s*\*?)?|required fields are marked\s*\*|you must be logged in to post a comment\.?)$/i,
      /^(?:we use cookies|this (?:site|website) uses cookies|by continuing to (?:use|browse)|accept (?:all )?cookies|cookie (?:policy|settings))\b.{0,200}$/i,
      /^(?:allow (?:all )?cookies|accept|decline|reject all|manage (?:cookies|preferences))$/i,
      /^(?:privacy policy|terms of (?:use|service)|about us|contact us|advertise with us)(?:\s*[|•·]\s*.{0,80})?$/i,
      // Pagination: "1 2 3 Next", "« Previous", "Page 2 of 3".
      /^(?:(?:«|‹|<)?\s*(?:prev(?:ious)?|first)\s*)?(?:\d{1,3}\s+){1,12}\d{0,3}\s*(?:next|last)?\s*(?:»|›|>)?$/i,
      /^(?:«|‹)?\s*(?:previous|prev|next|older|newer)(?: page| posts?| articles?)?\s*(?:»|›)?$/i,
      // A link to the previous post: "« Older headline" — a headline, no sentence (a
      // French quotation has both guillemets). (The next post's "Newer headline »" is
      // kept: a pattern that must scan to the line's end cost every line's test.)
      /^[«‹]\s*[^«»‹›.?!]{1,120}$/,
      /^page \d{1,3} of \d{1,3}$/i,
      // WordPress' post navigation with the other post's headline: "Previous Post: School board …".
      /^(?:previous|next|prev|older|newer) (?:post|article|story|entry)\s*:\s*.{1,160}$/i,
      // NYT: the sponsor label above the headline, the tool bar under the article.
      /^(?:supported by|order reprints(?:\s*\|.{0,80})?)$/i,
      /^please read our comment (?:policy|guidelines)\b.{0,100}$/i,
    ],
    confidence: 0.9,
    region: "any",
    note: "menu/breadcrumb/comment/cookie lines left by text extraction",
  },
  {
    family: "bio",
    patterns: AUTHOR_BIOS,
    confidence: 0.85,
    region: "bottom",
    note: "held-out probe of this project (session 12): 'Jane Doe is a senior reporter covering politics for …', 'Jane Doe covers city hall for the Gazette. Reach her at …'",
  },
];

/** How many last lines of a page a family of region "bottom" reads. */
export const BOTTOM_LINES = 3;

/**
 * An ad slot's "continues" line in its spellings: "(Story continues below)",
 * "Content continues below ad", "The article continues after this ad" — a
 * subject, then "continues below" or "after" the ad (folded as a phrase:
 * brackets and case do not matter).
 */
const CONTINUES_LINES: readonly string[] = [
  "story",
  "article",
  "content",
  "text",
  "post",
  "report",
  "page",
].flatMap((subject) =>
  ["", "the ", "this "].flatMap((the) =>
    ["below", "after"].flatMap((where) =>
      ["", " ad", " this ad", " the ad", " advertisement", " this advertisement", " the advertisement"].map(
        (ad) => `${the}${subject} continues ${where}${ad}`,
      ),
    ),
  ),
);

/**
 * Short chrome lines matched whole, by family: the words of a button, a
 * player control or a widget label, compared after folding (util/text.ts
 * compareKey: lower case, punctuation dropped, single spaces), so "—
 * Advertisement —", "Skip Ad:" and "[Audio]" read as their words. One Set
 * lookup per short line whatever the size of the table: a phrase added here
 * costs prose lines nothing, where a pattern in the families' alternations
 * costs every line a little. Words that a site footer shares with a one-word
 * subheading ("Privacy", "Licensing", "Transcript", a review's "Audio") are
 * not here.
 */
export const CHROME_PHRASES: Readonly<Record<string, readonly string[]>> = {
  advertisement: [
    "advertisement",
    "advertisements",
    "advertising",
    "ad",
    "ads",
    "sponsored",
    "sponsored content",
    "paid content",
    "promoted",
    "promoted content",
    "paid post",
    "skip ad",
    "close ad",
    "ad loading",
    "advertisement loading",
    "remove ads",
    "hide ad",
    "the article continues after this advertisement",
    "the story continues after this advertisement",
    "the article continues below",
    "the story continues below",
    ...CONTINUES_LINES,
    // An ad slot's labels run together: "Advertisement Hide Ad", CNN's "Video Ad Feedback".
    "advertisement hide ad",
    "hide ad",
    "video ad feedback",
    "advertisement continue reading",
    "ad feature",
    "advertisement feature",
    "advertising feature",
    "sponsored feature",
    "recommended by",
    "report an ad",
  ],
  share: [
    "gift this article",
    // NYT's gift-article tool, above the byline: "Send any friend a story", "Give this article".
    "send any friend a story",
    "give this article",
    "gift article",
    "share full article",
    "save article",
    "save story",
    "saved",
    "save to my list",
    "add to my list",
    "copy url",
    "copy article link",
    "share icon",
    "email icon",
    "print icon",
    // Tool bars above the story: a reading-list button, text-size buttons, share menus.
    "add to list",
    "add to reading list",
    "add to your list",
    "add to my reading list",
    "remove from list",
    "save to list",
    "add to favorites",
    "add to favourites",
    "add to saved stories",
    "read later",
    "save to read later",
    "text size a a a",
    "font size a a a",
    "a a a text size",
    "resize text",
    "increase text size",
    "decrease text size",
    "show more sharing options",
    "more sharing options",
    "sharing options",
    "share options",
    "close sharing options",
    "hide sharing options",
    "share this with",
    "copy link to clipboard",
    "link copied to clipboard",
    // The BBC's share panel, one control per line: "Share", "close panel", "Share page",
    // "Copy link", "About sharing".
    "share page",
    "share this page",
    "close panel",
    "about sharing",
    // The Guardian's reprint link under the story.
    "reuse this content",
  ],
  video: [
    "audio player",
    "video player",
    "play",
    "pause",
    "mute",
    "unmute",
    "sound on",
    "sound off",
    "fullscreen",
    "full screen",
    "exit fullscreen",
    "exit full screen",
    "caption",
    "captions",
    "closed captions",
    "cc",
    "show transcript",
    "hide transcript",
    "view transcript",
    "read transcript",
    "watch now",
    "replay video",
    "fullscreen video",
    "watch more videos",
    "more videos",
    "top videos",
    "most watched",
    "popular videos",
    "featured",
    "featured video",
    "featured videos",
    "show thumbnails",
    "hide thumbnails",
    "show captions",
    "hide captions",
    "last slide next slide",
    "last slidenext slide",
    "cancel",
    "click to play",
    "click to play video",
    "click to watch",
    "click to watch video",
    "tap to play",
    "tap to watch",
    "press play",
    "watch again",
    "watch video",
    "listen now",
    "listen live",
    "photo gallery",
    "image gallery",
    "video gallery",
    "gallery",
    "photos",
    "view photos",
    "view all photos",
    "see all photos",
    "see photos",
    "more photos",
    "view more photos",
    "view slideshow",
    "launch gallery",
    "launch slideshow",
    "start slideshow",
    "open gallery",
    "close gallery",
    "back to gallery",
    "previous image",
    "next image",
    "please wait",
    "loading",
    "refresh",
    "try again",
    // The player's states and errors: "Video Player is loading.", "Autoplay: On",
    // "This video can not be played".
    "video player is loading",
    "the video player is loading",
    "video is loading",
    "autoplay on",
    "autoplay off",
    "auto play on",
    "auto play off",
    "autoplay next video",
    "next video",
    "previous video",
    "this video can not be played",
    "this video cannot be played",
    "this video could not be played",
    "this video could not be loaded",
    "video unavailable",
    "this video is unavailable",
    "the video is unavailable",
    // Audio versions of the article and gallery residue.
    "voiced by amazon polly",
    "press play to listen to this article",
    "listen to this story",
    "swipe for more photos",
    "open image in gallery",
    "view image in gallery",
    "enlarge image",
    "representative image",
    "representational image",
    "representative photo",
    "representational photo",
    "file image",
    "file picture",
  ],
  embed: [
    // What an embed leaves in its place: a consent button, Getty's embed credit, a poll
    // widget's loading text and buttons.
    "allow twitter content",
    "allow x content",
    "allow instagram content",
    "allow facebook content",
    "allow youtube content",
    "allow tiktok content",
    "allow content",
    "accept and continue",
    "view on twitter",
    "view on instagram",
    "view on x",
    "embed from getty images",
    "loading tweet",
    "loading poll",
    "loading comments",
    "loading gallery",
    "loading content",
    "poll loading",
    "thanks for voting",
    "see more on twitter",
    "see more on instagram",
    "take our poll",
    "view results",
    "view poll results",
    "see results",
    "show results",
  ],
  newsletter: [
    // A paywall's sign-off over its prompt ("Thank you for reading!", then "Please log in …").
    "thank you for reading",
    "thanks for reading",
    "create an account",
    "create account",
    "create your free account",
    "sign up for free",
    "subscribe for free",
    "start your free trial",
    "start free trial",
    "free trial",
    "subscribe now",
    "subscribe today",
    "newsletter",
    "newsletters",
    "turn on notifications",
    "enable notifications",
    "allow notifications",
    "get notifications",
    "no thanks",
    "not now",
    "maybe later",
    "got it",
    "dismiss",
    "log out",
    "sign out",
    "my profile",
    "manage account",
    // A sign-up form's validation messages and fine print.
    "invalid email",
    "invalid email address",
    "please enter a valid email",
    "please enter a valid email address",
    "enter a valid email",
    "enter a valid email address",
    "email address is invalid",
    "thanks for subscribing",
    "you can unsubscribe at any time",
    "unsubscribe at any time",
    "something went wrong please try again",
    "something went wrong please try again later",
    "stay up to date with notifications",
    // A morning newsletter's prompt (Tampa Bay Times, NBC stations).
    "get the news you need to start your day",
    "follow live updates",
    "send us a news tip",
    "send us a tip",
    "join the discussion",
    "join the conversation",
    "only subscribers are eligible to post comments",
    "about the author",
    "about the authors",
    "unlock this article",
    "get unlimited digital access",
    // A reader callout's heading: "We want to hear from you".
    "we want to hear from you",
    "we'd love to hear from you",
    "we would love to hear from you",
    "this article is exclusive to subscribers",
    "this story is exclusive to subscribers",
    "subscribers only",
  ],
  credits: [
    "source link",
    "view original post",
    "view original article",
    "original source",
    // The Washington Times' reprint link.
    "click here for reuse options",
  ],
  navigation: [
    // A comment form's fields and button (WordPress: "Name *", "Website", "Post Comment").
    "name",
    "website",
    "post comment",
    "submit comment",
    // Site footers' links (Reuters, CNN): "Apps", "Cookies", "Do Not Sell or Share My Personal Information".
    "edition",
    "apps",
    "cookies",
    "privacy",
    "advertising guidelines",
    "do not sell my personal information",
    "do not sell or share my personal information",
    "your privacy choices",
    "cookie preferences",
    // A comment section's button left alone (the page's last lines).
    "load comments",
    "show comments",
    "load more comments",
    "view all comments",
    "sort by",
    "contact author",
    "keep reading",
    "report this ad",
    "spread the word",
    "tell a friend",
    "send to a friend",
    "print this story",
    "rss",
    "rss feed",
    "subscribe to our rss feed",
    "follow us",
    "stay connected",
    "stay in touch",
    "get in touch",
    "share this story choose your platform",
    // Comment sections' fixed notices (MailOnline's, HuffPost's).
    "view all",
    "share what you think",
    "email this subscribe to this feed",
    "join our facebook group",
    "message us on whatsapp",
    "listen to the podcast",
    "subscribe to the podcast",
    "download the podcast",
    "republish this article",
    "republish",
    "print friendly pdf email",
    "printer friendly version",
    "pdf",
    "download pdf",
    "open in new window",
    "opens in new window",
    "opens in a new window",
    "external link",
    "expand",
    "collapse",
    "click to collapse",
    "tap to read more",
    "click to view",
    "tap to view",
    "developing",
    "developing story",
    "this is a developing story",
    "just in",
    "open menu",
    "close menu",
    "open navigation",
    "close navigation",
    "open search",
    "close search",
    "click to read more",
    "read full article",
    "read the full article",
    "read full story",
    "read the full story",
    "learn more",
    "find out more",
    "reprints and permissions",
    "terms of use",
    "accessibility help",
    "skip to footer",
    "skip to search",
    "jump to",
    "on this page",
    "in this article",
    "in this story",
    "table of contents",
  ],
};

/** Lines longer than this are never looked up in CHROME_PHRASES. */
export const PHRASE_MAX_CHARS = 48;

/**
 * Longer chrome lines that sites print word for word (comment-section
 * notices): matched whole, ignoring case, as written — a line is looked up
 * only when its length is one of theirs, so the table costs other lines
 * nothing.
 */
export const CHROME_SENTENCES: Readonly<Record<string, readonly string[]>> = {
  navigation: [
    "The comments below have not been moderated.",
    "The views expressed in the contents above are those of our users and do not necessarily reflect the views of MailOnline.",
    "By posting your comment you agree to our house rules.",
    "Do you want to automatically post your MailOnline comments to your Facebook Timeline?",
    "Your comment will be posted to MailOnline as usual.",
    "We will automatically post your comment and a link to the news story to your Facebook timeline at the same time it is posted on MailOnline.",
    "Do you have information you want to share with HuffPost? Here's how.",
    "Do you have information you want to share with HuffPost? Here’s how.",
    "Sorry, but your browser needs Javascript to use this site.",
    // WordPress comment forms.
    "Save my name, email, and website in this browser for the next time I comment.",
    "Notify me of follow-up comments by email.",
    "Notify me of new posts by email.",
    "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
    // Reuters' market-data footer.
    "All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.",
  ],
  advertisement: [
    // Bloomberg's house advertisement between paragraphs.
    "Before it's here, it's on the Bloomberg Terminal.",
    "Before it's here, it's on the Bloomberg Terminal",
    "Before it’s here, it’s on the Bloomberg Terminal.",
    "Before it’s here, it’s on the Bloomberg Terminal",
  ],
  share: [
    // NYT's gift-article tool.
    "As a subscriber, you have 10 gift articles to give each month. Anyone can read what you share.",
  ],
};

/**
 * The masthead family: a newspaper's name alone on a line (data/sections.ts
 * isMasthead; cased documents only), below the first line — on the first line it is the page's label
 * above the headline, which section-line reads.
 */
export const MASTHEAD_FAMILY = "masthead";

/** Lines longer than this are never chrome (prose must stay). */
export const CHROME_MAX_CHARS = 320;
