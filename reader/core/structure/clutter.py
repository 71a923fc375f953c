"""Page clutter: share and follow prompts, banners, menus, footers, captions, related-link lists.

Everything here only decides *why* a unit is clutter; the caller records it as
`Removed(lines, text, reason)` so the app can still show it. Phrase rules only
fire on short units: a long paragraph that mentions "subscribe" is prose.
"""

from __future__ import annotations

import re
from types import MappingProxyType

from reader.core.structure.lines import Unit, ends_sentence, has_letters, is_prose

_BOILERPLATE = re.compile(
    r"\b(?:share (?:this|on|via|the)|click to (?:share|print|email)|opens in (?:a )?new window|copy link|"
    r"follow (?:us|@|on)|follow\b.{0,40}\bon (?:linkedin|twitter|x|facebook|instagram|threads|bluesky|mastodon|"
    r"tiktok|youtube|google news|whatsapp|telegram)\b|"
    r"add (?:as|us as) (?:a )?preferred source|preferred source on|"
    r"(?:sign ?up|subscribe|register)(?: now| today| here)?(?: (?:for|to) (?:our|free)\b| on\b| now\b)|"
    r"ad choices|skip (?:to (?:main )?content|advertisement)|all rights reserved|accessibility statement|"
    r"please wait|modal trigger|read (?:the )?(?:full )?article|read more|continue reading|download (?:the|our) app|"
    r"listen to (?:this|the) (?:article|story)|affiliate (?:partnerships?|links?|commission)|"
    r"(?:may|might) (?:receive|earn) (?:a )?(?:compensation|commission)|sitemap|contact us|back to top|"
    r"a post shared by|view this post on|get the app|comments? \(\d+\)|leave a comment|"
    r"print this|email this|gift (?:this )?article|"
    r"ad feedback|link copied|read in (?:the )?app|share full article|comment on this story|reuse this content|"
    r"return to menu|open in app|view comments|jump to comments|appears in print|"
    r"(?:delivered|sent|straight|direct(?:ly)?) to your inbox|by (?:subscribing|signing up)\b|you agree to our\b)",
    re.IGNORECASE,
)
"""Prompts and page furniture no story sentence is made of: clutter even when written as a sentence."""
_SITE_WORDS = re.compile(
    r"\b(?:call for (?:entries|nominations)|sign ?up|newsletters?|subscribe|subscription|log ?in\b|sign (?:in|out)|"
    r"my account|create (?:an )?account|advertisement|sponsored content|cookies?\b|privacy (?:policy|notice)|"
    r"terms (?:of (?:use|service)|and conditions)|watch (?:the )?video|whatsapp|bookmark|"
    r"for immediate release|supported by)",
    re.IGNORECASE,
)
"""Site words a story may also use ("a bill supported by 40 senators"): clutter only on a line that is no sentence."""
_POWERED = re.compile(r"\bpowered by\b", re.IGNORECASE)
"""A site's credit line ("Powered by WordPress"); a longer line is a headline ("Gadgets Powered by Alexa")."""
_POWERED_WORDS = 6
_PROMO = re.compile(
    r"^(?:photos?|video|watch|listen|read more|related|see also|more|also read|recommended|gallery)\s*:", re.IGNORECASE
)
_RELATED = re.compile(
    r"^(?:related(?: articles| stories| content| coverage| posts| news| links| reading)?|more (?:news|stories|from\b.*|"
    r"on this (?:story|topic)|like this|to read)|read (?:more|next|also)|see also|you (?:may|might) also like|"
    r"recommended(?: for you| stories| reading)?|most (?:read|popular|viewed|shared)|trending(?: now| stories)?|"
    r"top stories|latest (?:news|stories)|explore more\b.*|"
    r"more (?:about|by) [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}|"
    r"also read|editor'?s picks|popular (?:now|stories))\s*:?$",
    re.IGNORECASE,
)
_UI_WORDS = frozenset(
    ("share", "print", "email", "e-mail", "comment", "comments", "save", "saved", "menu", "search", "close", "home")
    + ("next", "previous", "back", "advertisement", "ad", "sponsored", "skip", "loading", "show more", "show less")
    + ("see more", "expand", "collapse", "facebook", "twitter", "linkedin", "whatsapp", "reddit", "pinterest")
    + ("copy link", "copied", "listen", "play", "pause", "gift this article", "save article", "share article")
)
"""Whole lines that are buttons or links of the page, never a sentence of the story."""
_NAV_WORDS = frozenset(
    ("home", "news", "world", "uk", "us", "business", "politics", "sport", "sports", "tech", "technology", "science")
    + ("health", "culture", "arts", "entertainment", "lifestyle", "style", "travel", "opinion", "video", "videos")
    + ("photos", "podcasts", "weather", "money", "markets", "climate", "education", "local", "more", "subscribe")
    + ("newsletters", "newsletter", "login", "log in", "sign in", "account", "search", "menu", "contact us", "about us")
    + ("careers", "shop", "archives", "sitemap", "privacy policy", "terms of use", "cookie policy", "faq", "live")
)
"""Section names and links of a news site's navigation bar."""
_TAGS = re.compile(r"^(?:tags?|topics?|filed under|categories|see more on|more on)\s*(?::.*)?$", re.IGNORECASE)
_FOOTER = re.compile(
    r"©|\(c\)\s*\d{4}|\bcopyright\b|all rights reserved|privacy (?:policy|notice)|terms (?:of (?:use|service)|and "
    r"conditions)|cookie (?:policy|settings|preferences)|manage cookies|ad choices|affiliate partnerships?",
    re.IGNORECASE,
)
_FOOTER_SIGN = re.compile(r"©|\(c\)\s*\d{4}|all rights reserved|affiliate partnerships?", re.IGNORECASE)
_CAPTION = re.compile(
    r"(?:^|[a-z.)\](])(?:photo|image|picture|photograph|credit|illustration)s?\s*(?:by\b|:|\.\.\.|…)|"
    r"[.!?]\s+(?:photo|image|picture|photograph|credit|illustration)s?\s*:\s*\S|"
    r"^(?:image|picture|photo|video) (?:source|caption|credit)\b|"
    r"/\s*(?:getty images|wireimage|shutterstock|reuters|ap|afp|epa|alamy|ap photo)\s*[)\]]?\s*$|"
    r"\b(?:getty images|wireimage|shutterstock|ap photo|afp via getty images)\s*[)\]]?\s*$"
    r"|\(\s*(?:ap|afp|epa|reuters|pa|xinhua)\s+(?:photo|images?)\s*/[^)]{1,60}\)\s*$",
    re.IGNORECASE,
)
_CREDIT_LINE = re.compile(
    r"^(?i:photo(?:graph)?|image|picture|illustration)s?\s*:\s*(?:[^.:]{1,40}/[^.:]{1,40}|"
    r"[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}(?:,[^.:]{1,40})?)$"
)
"""A credit under a label ("Photo: Jane Roe/Agency", "Image: Jane Roe"): the label's words then a name, not a promo."""
_SPOKEN_LABEL = re.compile(r"^(?:image|picture|photo|video|media) (?:caption|source)\b", re.IGNORECASE)
_CAPTION_HINTS = ("photo", "image", "picture", "credit", "illustration", "getty", "wireimage", "shutterstock", "/")
_CAPTION_END = re.compile(r"\w/\s*[A-Z][\w ]{1,20}$|\b(?:photo|image|credit)s?\s*:\s*[^.]{2,60}$", re.IGNORECASE)
_READ_ON = re.compile(
    r"^(?:read (?:the )?(?:full )?(?:article|story)|read more|continue reading|read next|watch now|"
    r"view (?:gallery|photos))\s*[.:>»›]*$",
    re.IGNORECASE,
)
_WIDGET = re.compile(r"^(?:I?FRAME: \S+|\(BUTTON\)(?:\s.{0,60})?)$")
"""Lynx's stand-ins for what it cannot show: "IFRAME: <url or name>", a form's "(BUTTON) Search"."""
_PLACEHOLDER = re.compile(r"^\[[^\]]{0,60}\]\s*[\w ]{0,20}$")
_EMPTY_LABEL = re.compile(
    r"^(?:references|sources|notes|footnotes|further reading|external links|bibliography|citations|"
    r"comments?|discussion|share(?: this(?: article| story| post| page)?| the story| on social media)?|"
    r"advertisements?|advertising|sponsored(?: content| stories| links| posts)?|partner content|paid content|"
    r"around the web|from around the web|don'?t miss|you may have missed|related topics|"
    r"follow us(?: on\b.*)?|sign up for\b.*|newsletters?|popular on\b.*|more in\b.*|"
    r"latest videos?|watch next|up next|in other news)\s*:?$",
    re.IGNORECASE,
)
_COUNTER = re.compile(r"^(?:\d{1,3}|\d{1,2}:\d\d(?::\d\d)?)$")
"""A lone like or comment count ("12") or a media player's clock ("0:00"): page widgets, not data."""
_MENU_END = re.compile(r"[.;:!?]\s*$")
_DATA_MARK = re.compile(r"[\d()\[\]]")
"""Digits or brackets: a results row, a score, a table line, never a navigation link."""
_PUNCT_TO_SPACE = MappingProxyType({ord(ch): " " for ch in "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~«»‘’‚‛“”„‟‐‑‒–—―…·•′″"})
_PROSE_WORDS = 15
"""A sentence this long that merely mentions "subscribe" or "share" is the story's, not a prompt."""


def norm(text: str) -> str:
    """Comparison key for duplicates: case folded; punctuation (quotes, dashes) and spacing collapsed."""
    return " ".join(text.casefold().translate(_PUNCT_TO_SPACE).split())


def caption_like(text: str, words: int | None = None) -> bool:
    """A photo's caption or credit ("Photo by Jane Doe/Getty Images", "Image: Jane Doe"), by its text alone.

    The loader asks it of a web page's text too, to keep the lead photo's caption above the story.
    """
    words = len(text.split()) if words is None else words
    if words > 60:
        return False
    folded = text.casefold()
    hinted = any(hint in folded for hint in _CAPTION_HINTS)  # a cheap test before the costly pattern
    return hinted and bool(_CAPTION.search(text)) and (words <= 25 or bool(_CAPTION_END.search(text)))


def spoken_label(text: str) -> bool:
    """A screen reader's label before a caption ("Image caption ...", "Image source ..."): not what a reader sees.

    The page's visible caption says the same again, so the labelled one is
    never the caption shown above the story.
    """
    return bool(_SPOKEN_LABEL.match(text))


def line_reason(u: Unit) -> str | None:
    """Why this unit on its own is clutter, or None when it may be article text."""
    text = u.body
    if not has_letters(text):
        if not any(ch.isdigit() for ch in text):
            return "separator"
        return "boilerplate" if _COUNTER.match(text.strip()) else None  # "6-2 6-4", "1996 45,000" are data
    if text.strip(" .:|»›>").casefold() in _UI_WORDS:
        return "boilerplate"
    if u.words > 60:
        return None
    if _PROMO.match(text) and u.words <= 20 and not _CREDIT_LINE.match(text):
        return "boilerplate"
    if caption_like(text, u.words):
        return "caption"
    if u.words > 30:
        return None
    if share_row(text):
        return "boilerplate"
    if _PLACEHOLDER.match(text) or _WIDGET.match(text):
        return "boilerplate"
    if not is_prose(text, _PROSE_WORDS) and _BOILERPLATE.search(text):
        return "boilerplate"
    if not _is_sentence(text) and _SITE_WORDS.search(text):
        return "boilerplate"
    if u.words <= _POWERED_WORDS and _POWERED.search(text):
        return "boilerplate"
    if is_tags(text):
        return "boilerplate"
    if is_related_heading(text):
        return "related"
    return None


def _is_sentence(text: str) -> bool:
    """A sentence of a story: starts like one, has a few words and ends like one ("PLEASE WAIT ..." does not)."""
    t = text.strip().lstrip("\"'“‘(")
    return ends_sentence(t) and len(t.split()) >= 4 and t[:1].isupper() and not t.isupper()


def is_related_heading(text: str) -> bool:
    """A heading that introduces links to other stories ("Related Articles", "More from Finance")."""
    return len(text.split()) <= 10 and bool(_RELATED.match(text.strip()))


def is_tags(text: str) -> bool:
    """The "Tags" label (or "Tags: a, b") that lists topic links."""
    return len(text.split()) <= 20 and bool(_TAGS.match(text.strip()))


def is_read_on(text: str) -> bool:
    """A "Read article" / "Read more" button: the line above it is a link to another story."""
    return bool(_READ_ON.match(text.strip()))


def is_footer_marker(text: str) -> bool:
    """A line that only appears in a page footer (copyright, privacy policy, cookie settings).

    A sentence of the story may mention "copyright" or a "privacy policy";
    only a sign no story writes (©, "All rights reserved", an affiliate
    disclosure) makes a sentence a footer line.
    """
    if len(text.split()) > 30 or not _FOOTER.search(text):
        return False
    return not is_prose(text) or bool(_FOOTER_SIGN.search(text))


def is_link_like(u: Unit) -> bool:
    """A short line that reads like a link or a headline, not like a sentence of the story."""
    return not is_prose(u.body) and u.words <= 24


def is_empty_label(text: str) -> bool:
    """A page label that is clutter when nothing is under it ("Tags", "References", "Related Articles", "Share").

    These are the only headings removed for being empty: any other
    heading-shaped line with nothing under it is kept as a paragraph, since a
    short line (a name, a score, a place) is as likely to be content.
    """
    t = text.strip()
    return (
        is_related_heading(t)
        or is_tags(t)
        or t.strip(" .:|»›>").casefold() in _UI_WORDS
        or (len(t.split()) <= 8 and bool(_EMPTY_LABEL.match(t)))
    )


def is_menu_item(u: Unit) -> bool:
    """A navigation link: a few words, no sentence punctuation, and no digits or brackets (data has those)."""
    return u.words <= 5 and not _MENU_END.search(u.body) and not _DATA_MARK.search(u.body)


def is_nav_word(u: Unit) -> bool:
    """A link whose words are a news site's section names, buttons or account prompts ("World", "Subscribe")."""
    t = u.body.strip(" .:|»›>").casefold()
    if u.words <= _POWERED_WORDS and _POWERED.search(u.body):
        return True
    return t in _NAV_WORDS or t in _UI_WORDS or bool(_BOILERPLATE.search(u.body) or _SITE_WORDS.search(u.body))


def menu_runs(units: list[Unit], story: tuple[int, int]) -> set[int]:
    """Indexes of units in runs of short entries that are site navigation, not a story's list.

    A run is navigation only with positive evidence: most entries are bare
    links (no digits, brackets or sentence punctuation, so a numbered results
    list or a list of scores never qualifies) and some of them are the words
    of a site's menu. Outside the story (before its first sentence or after
    its last, `story` being those unit indexes) a fifth of such words is
    enough for a bulleted run and a third for bare lines; inside it, half.
    A list of names with no such word is content.
    """
    found: set[int] = set()
    run: list[int] = []
    kind: str | None = None
    for i, u in enumerate([*units, None]):
        k = None if u is None else "bullet" if u.bullet else "bare" if u.single and is_menu_item(u) else None
        if k is not None and k == kind:
            run.append(i)
            continue
        if len(run) >= 4 and sum(is_menu_item(units[j]) for j in run) * 10 >= len(run) * 7:
            outside = run[-1] < story[0] or run[0] > story[1]
            nav = sum(is_nav_word(units[j]) for j in run)
            enough = len(run) / (5 if kind == "bullet" else 3)
            if nav * 2 >= len(run) or (outside and nav >= enough):
                found.update(run)
        run, kind = [i], k
    return found


_NETWORKS = frozenset(
    ("facebook", "twitter", "x", "linkedin", "whatsapp", "pinterest", "reddit", "tumblr", "telegram", "messenger")
    + ("email", "e-mail", "mail", "sms", "flipboard", "bluesky", "threads", "mastodon", "instagram", "youtube")
    + ("tiktok", "snapchat", "pocket", "weibo", "wechat", "vk", "line", "tweet", "pin", "google+", "print")
)
"""Networks and ways of sharing a share row offers a button for."""
_COMMON_WORDS = frozenset(("x", "line", "threads", "pocket", "pin", "print", "mail", "email", "e-mail", "sms", "tweet"))
"""Networks whose names are also everyday words ("Threads on X"): a row needs another network or "share" beside them."""
_SHARE_WORDS = _NETWORKS | frozenset(
    ("share", "shares", "on", "via", "this", "article", "story", "post", "copy", "link", "url", "linked", "in", "it")
    + ("google", "like", "save", "gift", "comment", "comments", "more", "the", "to", "by")
)
"""The words a share row is made of besides the networks' names ("Share on", "Copy link", "Linked in")."""
_ROW_SPLIT = re.compile(r"[\s|•·/,]+")
_ROW_TOKENS = 24
_SHARE_LABEL = re.compile(
    r"^(?:share(?: (?:this|the) (?:article|story|post|page|video)| this| it| on social media| via)?|"
    r"spread the word|tell (?:a friend|your friends))\s*[:!]?$",
    re.IGNORECASE,
)
_ENTRY_WORDS = 4
"""Words of one button of a share row on its own line ("Share on Facebook", "Copy link")."""
_ROW_ENTRIES = 8


def share_row(text: str) -> bool:
    """A row of share buttons ("Facebook Twitter Email", "Share on Facebook  Share on X  Copy link").

    Every word is a network's name or a button's word, and at least two
    networks are named (or one beside "share"), one of them no everyday word:
    a sentence that names networks ("He posted on Facebook and Twitter
    that...") has words of its own. Share counts ("Facebook 12") are allowed.
    """
    head = _ROW_SPLIT.split(text.lstrip(" |•·/,"), maxsplit=1)[0].casefold()
    if (head not in _SHARE_WORDS and not head.isdigit()) or ends_sentence(text):
        return False  # the first word tells most lines apart: cheap, as every short line is asked
    tokens = [t for t in _ROW_SPLIT.split(text.casefold().strip(" .:»›>")) if t and not t.isdigit()]
    if not 2 <= len(tokens) <= _ROW_TOKENS or any(t not in _SHARE_WORDS for t in tokens):
        return False
    networks = sum(1 for t in tokens if t in _NETWORKS)
    named = any(t in _NETWORKS and t not in _COMMON_WORDS for t in tokens) or "share" in tokens
    return named and (networks >= 2 or (networks == 1 and "share" in tokens))


def share_rows(units: list[Unit], reasons: dict[int, str]) -> set[int]:
    """The buttons under a share label ("Share this article"), one per line or in a row, whatever their names.

    Under its label a row needs no network a reader knows: the entries are
    the few words of a button each, no sentence, none a line of data, glued
    together (a blank line ends the row): two such entries, or one row of
    network names. A lone short line under the label may be a heading.
    """
    found: set[int] = set()
    for i, u in enumerate(units):
        if u.words > 5 or not _SHARE_LABEL.match(u.body.strip()):
            continue
        run: list[int] = []
        for k in range(i + 1, min(len(units), i + 1 + _ROW_ENTRIES)):
            entry = units[k]
            if run and entry.blank_before and not entry.bullet:
                break  # a blank line after the buttons: what follows is the page again
            short = entry.words <= _ENTRY_WORDS and is_menu_item(entry) and not ends_sentence(entry.body)
            if k not in reasons and not (short or share_row(entry.body)):
                break
            run.append(k)
        if len(run) >= 2 or any(share_row(units[k].body) for k in run):
            found.update(k for k in run if k not in reasons)
    return found
