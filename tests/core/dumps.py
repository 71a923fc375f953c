"""Small web-page dumps in the shape `w3m -dump -cols 100` gives, written for these tests (fictional text).

Each piece is one part of a real page: the site's menu tree, the headline
block, the story (hard-wrapped at 99 columns), a share row, a cookie notice, a
teaser stream of other stories, a comment thread and a footer. Tests put them
together and check what the parser keeps and what it sets aside, and why.
"""

from __future__ import annotations

import textwrap

from reader.core.model import Article
from reader.core.parse import parse_article

WIDTH = 99

MENU_TREE = """\
  • News
      □ World
      □ Business
      □ Politics
  • Sport
      □ Football
      □ Tennis
  • Culture
      □ Music
      □ Film
  • Weather
Sign in
Subscribe
Search"""

HEADLINE = "Harbour Cranes Stand Idle as Dock Strike Enters Its Second Week"
DEK = "Union leaders say the talks will not resume before the port authority changes its offer"
BYLINE = "By Alva Kettering"
DATE = "May 14, 2025"

STORY = [
    "Dock workers at the harbour extended their strike on Friday, leaving dozens of container ships "
    "waiting offshore and forcing the port authority to reroute cargo to smaller terminals along the coast.",
    "The union said its members would not return to the cranes until the authority offered a pay rise "
    "that matched the rise in prices over the past two years, and that it had no plans to meet before Monday.",
    "Shipping companies warned that the delays were already costing them several million euros a day, "
    "and that some of the goods stuck on the ships would spoil if the strike went on for much longer.",
    "The port authority said in a statement that it had made a fair offer and that it was ready to talk, "
    "but that it could not pay for a rise of the size the union wanted without raising its own fees.",
]

SHARE_ROW = """\
Share
Facebook
Twitter
Email
Copy link"""

COOKIE_NOTICE = (
    "We use cookies to improve your experience on our site and to show you personalised advertising. "
    "By continuing to browse you agree to our use of cookies. Manage cookies"
)

TEASERS = """\
More from Business

Ferry Operator Adds Night Crossings for the Summer
ferry-night.jpg
32M ago

City Council Delays Vote on the New Tram Line
tram-line.jpg
2 hours ago

Fishing Fleet Returns Early as Storm Approaches
fleet-storm.jpg
5 hours ago"""

COMMENTS = """\
12 Comments

harbourwatcher
2 days ago
I have worked at the port for twenty years and I have never seen the terminals this quiet, it is
eerie.
Reply

seagull_77
2 days ago
The authority has had two years to sort this out and it still acts surprised that the workers are
angry.
Reply"""

FOOTER = """\
About us
Contact us
Privacy Policy
Terms of Use
© 2025 The Coastal Ledger. All rights reserved."""

SPANISH_MENU = """\
  • Portada
      □ Local
      □ Nacional
      □ Internacional
  • Deportes
      □ Fútbol
      □ Baloncesto
  • Cultura
      □ Música
      □ Cine
  • Opinión
Iniciar sesión
Suscríbete
Buscar"""

SPANISH_HEADLINE = "Los estibadores del puerto amplían la huelga una semana más"
SPANISH_STORY = [
    "Los estibadores del puerto ampliaron el viernes la huelga, lo que dejó a decenas de buques a la espera "
    "frente a la costa y obligó a la autoridad portuaria a desviar la carga hacia terminales más pequeñas.",
    "El sindicato dijo que sus miembros no volverán a las grúas hasta que la autoridad les ofrezca una subida "
    "de los salarios que se corresponda con la de los precios en los dos últimos años, y que no tiene previsto "
    "reunirse antes del lunes.",
    "Las navieras advirtieron de que los retrasos ya les cuestan varios millones de euros al día y de que parte "
    "de la mercancía que sigue en los barcos se echará a perder si la huelga se alarga mucho más.",
]


def wrap(paragraph: str, width: int = WIDTH) -> str:
    """A paragraph hard-wrapped the way w3m wraps it (at spaces, never past `width` columns)."""
    return "\n".join(textwrap.wrap(paragraph, width=width))


def story(paragraphs: list[str] | None = None) -> str:
    """The story's paragraphs, each wrapped, a blank line between them."""
    return "\n\n".join(wrap(p) for p in (paragraphs or STORY))


def page(*parts: str) -> str:
    """Pieces of a page in order, separated by blank lines as w3m separates blocks."""
    return "\n\n".join(parts) + "\n"


def headline_block() -> str:
    return page(HEADLINE, DEK, BYLINE + "\n" + DATE).rstrip("\n")


def full_page() -> str:
    """A whole news page: menus, headline block, share row, story, cookie notice, teasers, comments, footer."""
    return page(MENU_TREE, headline_block(), SHARE_ROW, story(), wrap(COOKIE_NOTICE), TEASERS, COMMENTS, FOOTER)


def parsed(text: str) -> Article:
    """The article of a dump, checked: every line accounted for, every block well formed."""
    from tests.core.invariants import assert_accounted, assert_well_formed

    article = parse_article(text)
    assert_accounted(text, article)
    assert_well_formed(article)
    return article


def body_text(article: Article) -> str:
    """What the scorer calls the body: every block but the title and the dek."""
    return "\n".join(b.text for b in article.blocks if b.kind not in ("title", "subtitle"))


def removed_reason(article: Article, needle: str) -> str | None:
    """Why the first removed entry holding `needle` was set aside (None: nothing holds it)."""
    return next((r.reason for r in article.removed if needle in r.text), None)
