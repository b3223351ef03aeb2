/**
 * Whole documents that are not articles. FIELD-NOTES ("Whole documents that
 * are not articles"): 5.4% of Multi-News documents are one of these
 * templates; an LLM ensemble flagged 93% of them as unrelated to their story.
 * Phrases are matched on the comparison key (lower case, punctuation and
 * tokenisation removed), so "u.s." / "@-@" releases match too.
 */
export interface JunkTemplate {
  readonly reason: string;
  /** Comparison-key phrases; any one marks the document as this template. */
  readonly phrases: readonly string[];
  /**
   * Whether a short page (under JUNK_SHORT_WORDS words) holding one phrase is
   * junk (default true). False where a short page is usually the story's own
   * lead cut off by the notice: only coverage makes it junk.
   */
  readonly shortPages?: boolean;
  readonly note?: string;
}

export const JUNK_TEMPLATES: readonly JunkTemplate[] = [
  {
    reason: "web-archive-notice",
    phrases: [
      "these crawls are part of an effort to archive pages as they are created",
      "starting in 1996 alexa internet has been donating their crawl data",
      "focused crawls are collections of frequently updated webcrawl data",
      "the wayback machine",
      "this page has been archived",
      "wayback machine has not archived that url",
    ],
  },
  {
    reason: "twitter-widget",
    phrases: [
      "tweet with a location",
      "add a location to your tweets",
      "you can add location information to your tweets",
      "this timeline is where you ll spend most of your time",
    ],
  },
  {
    reason: "not-found",
    phrases: [
      "404 not found",
      "page not found",
      "the page you requested could not be found",
      "the page you are looking for",
      "sorry the page you were looking for",
      "this page does not exist",
      "we can t find the page",
      "we couldn t find that page",
      "this page is no longer available",
      "this article is no longer available",
      "this content is no longer available",
      "the link you followed may be broken",
      "sorry this page isn t available",
      "this story has expired",
      "this content has expired",
      // Apache's and nginx's own error pages.
      "the requested url was not found on this server",
      "the requested resource could not be found",
      "that page can t be found",
      "nothing was found at this location",
      "the article you requested could not be found",
      "the article you requested is no longer available",
      "error 404",
      "403 forbidden",
      "500 internal server error",
      "503 service unavailable",
      "the server encountered an internal error",
      // Gateways and browsers: "502 Bad Gateway", Chrome's "This site can't be reached".
      "502 bad gateway",
      "504 gateway time out",
      "service temporarily unavailable",
      "the server is temporarily unable to service your request",
      "this site can t be reached",
      "refused to connect",
      // Edge's error page, a page that is gone in other words, and Rails' error page.
      "we couldn t reach this page",
      "the page you have requested is not available",
      "the page you requested is not available",
      "the page you have requested could not be found",
      "we re sorry but something went wrong",
      "we ve been notified about this issue and we ll take a look at it shortly",
      // Pages that are gone in yet other words, Twitter's missing and suspended pages.
      "this page has been removed",
      "the content you are looking for is no longer available",
      "we can t reach this page",
      "that page doesn t exist",
      "the page you requested is temporarily unavailable",
      "terms of service violation this account has been suspended",
      "twitter suspends accounts which violate the twitter rules",
    ],
  },
  {
    reason: "video-player",
    phrases: [
      "rating is available when the video has been rented",
      "this feature is not available right now",
      "this video is unavailable",
      "this video is no longer available",
      "this video has been removed",
      "the media could not be loaded",
      // A player's error with its playback id ("An error occurred. Please try again later. (Playback ID: …)").
      "an error occurred please try again later playback id",
      // YouTube's page around a video.
      "want to watch this again later sign in to add this video to a playlist",
      "don t like this video sign in to make your opinion count",
      "like this video sign in to make your opinion count",
      "the interactive transcript could not be loaded",
      "when autoplay is enabled a suggested video will automatically play next",
      "sign in to like videos comment and subscribe",
    ],
  },
  {
    reason: "cookie-or-javascript-notice",
    phrases: [
      "please enable javascript",
      "javascript is disabled in your browser",
      "you need to enable javascript",
      "we use cookies to",
      "this site uses cookies",
      "your browser does not support",
      "please enable cookies",
      "access denied",
      "are you a robot",
      // Bot checks of CDNs and news sites.
      "checking your browser before accessing",
      "please verify you are a human",
      "press hold to confirm you are a human",
      "our systems have detected unusual traffic",
      "please complete the security check",
      // Ad-blocker walls.
      "we noticed you re using an ad blocker",
      "it looks like you re using an ad blocker",
      "please disable your ad blocker",
      "please whitelist our site",
      // Twitter's error page, browser walls, Bloomberg's bot check.
      "something went wrong please try again later",
      "something went wrong wait a moment and try again",
      "your browser is not supported",
      "please upgrade to a modern browser",
      "your browser is out of date",
      "please update your browser",
      "let us know you re not a robot",
      "thank you for your patience while we verify access",
      "enable javascript and cookies to continue",
      "access to this page has been denied",
      "pardon our interruption",
      "something about your browser made us think you were a bot",
      "you are using an outdated browser",
      "please upgrade your browser",
      // Twitter's error page in its later words.
      "something went wrong but don t fret",
      "your usage has been flagged as a violation of our terms of service",
      // Consent walls (the IAB framework's text, served before the article).
      "we and our partners store and or access information on a device such as cookies",
      "we and our partners use cookies",
    ],
    note: "cookie walls, JavaScript notices, bot checks and ad-blocker walls served instead of the article",
  },
  {
    reason: "region-block",
    phrases: [
      "our website is currently unavailable in most european countries",
      "we are engaged on the issue and committed to looking at options",
      "this content is not available in your region",
      "this content is not available in your country",
      "this content is not available in your location",
      "this video is not available in your country",
      "unavailable for legal reasons",
    ],
    note: "GDPR blocks of US sites from May 2018 (whole pages of notice) and geo-blocked video pages",
  },
  {
    reason: "paywall-or-login",
    phrases: [
      "subscribe to continue reading",
      "to continue reading please subscribe",
      "you have reached your limit of free articles",
      "you ve reached your limit of free articles",
      "you have read all of your free articles",
      "this article is for subscribers only",
      "this content is for subscribers only",
      "this content is available to subscribers only",
      "subscribe to read",
      "to continue reading become a subscriber",
      "log in to continue reading",
      "you have reached the maximum number of articles",
      "already a subscriber log in",
      "already a subscriber sign in",
      "please log in to continue reading",
      "sign in to continue reading",
      // Social networks' login walls.
      "you must log in to continue",
      "log into facebook",
      "log in to see photos and videos from friends",
      // Facebook's login form: "Email or phone number", "Password", "Forgot account?", "Create new account".
      "email or phone number",
      "forgot account",
      "create new account",
      // An expired subscription's wall.
      "your subscription has expired",
      "renew now to keep reading",
      "already renewed sign in",
      // A login form alone.
      "log in to your account",
      "forgot your password",
      "don t have an account sign up",
    ],
    // A teaser and the notice: the teaser is the story's own lead, so only a
    // page the notice dominates is junk.
    shortPages: false,
    note: "subscription and login walls served instead of the article",
  },
];

/**
 * A document is junk when template phrases cover at least this share of its
 * words, or when it is shorter than JUNK_SHORT_WORDS and holds any template
 * phrase (a real article may quote one in passing).
 */
export const JUNK_MIN_COVERAGE = 0.3;
export const JUNK_SHORT_WORDS = 150;

/** Off-topic in a cluster: share of a document's content words found in the other documents. */
export const OFF_TOPIC_MAX_SHARED = 0.1;
export const OFF_TOPIC_MIN_WORDS = 20;
/** …and names (capitalised words inside sentences) shared with the other documents. */
export const OFF_TOPIC_MAX_SHARED_NAMES = 1;
export const OFF_TOPIC_MIN_DOCS = 3;

/**
 * Capitalised words that any two news stories share without telling one story:
 * days, months, titles and offices, compass points, and the country and
 * institution words of wire copy. Not counted as shared names. Observed on
 * the bench's off-topic probes (an unrelated Wikinews article injected in a
 * story's cluster): "United", "States", "President", "Friday", "Minister",
 * "National", "Party" were what two unrelated stories shared.
 */
export const GENERIC_NAMES: readonly string[] = (
  "monday tuesday wednesday thursday friday saturday sunday " +
  "january february march april may june july august september october november december " +
  "the new not they this that there these those " +
  "united states kingdom nations american british europe european world international " +
  "president vice minister prime secretary state chief general director senator governor mayor " +
  "national party government congress senate parliament house white court police council committee " +
  "university north south east west northern southern eastern western " +
  "twitter facebook instagram youtube reuters associated press wikinews"
).split(" ");
