"""Deterministic synthetic corpus of op-ed articles for the search and import benchmarks.

Everything is generated from seeded `random.Random` instances: no data files, no downloads. The
same `(count, seed)` always yields the same articles, and the first N articles of a larger corpus
are the N articles of a smaller one (each article has its own random streams, keyed by seed and
position), so numbers measured at 500 and at 10,000 articles describe the same corpus.

Shape
-----
- Body: 600-1,100 words (measured 601-1,092 on 10,000) in 8-20 paragraphs; the first three are
  always full paragraphs, later ones are now and then a single short sentence. Tokens are 45%
  function words (99 real ones, "the", "of", ..., Zipf s = 1.1), 52% content words (Zipf
  s = 1.1 over 6,000 words: 282 real op-ed words at the head, deterministic pseudo-words such as
  "silpaistairity" for the long tail), 2% proper nouns and 0.7% numbers. Each article also
  carries two or three one-off coinages (hapaxes).
- 4,000 authors ("First Last", some with a middle initial, a particle or a hyphenated surname)
  chosen with a Zipf-like skew (s = 0.65): 3,376 appear in 10,000 articles, the most prolific in
  271, 927 in only one. 1 author in 75% of articles, 2 in 20%, 3 in 5%. Each author has a fixed
  one-sentence bio ("X is a senior fellow at ...").
- 300 outlets ("The Daily Meridian", dailymeridian.com), skewed (s = 0.8); each outlet has a house
  page layout (`style`, 0-5, see `render_dump`) and a URL pattern.
- 150 topic names, 1-4 per article, skewed (s = 0.9): "Trade" in 27% of articles, 39 topics in
  1-5%, the rarest in 0.3%.
- Dates from 2000-01-01 to 2025-12-31, more in recent years.

Document frequencies of content words by rank (1,000 articles): rank 1 ("people") 100%, rank 50
60%, rank 100 37%, rank 200 20%, rank 500 7%, rank 1,000 3%, rank 2,000 1.5%, ranks 3,000-6,000
0.5-1%; the coinages occur in one article each.

Query-mix words (planted in the body, never drawn by the Zipf sampler, so their frequencies are
controlled). Measured on 10,000 articles (seed 42) with `python bench/corpus.py --measure 10000`,
counting articles whose title or body contains the word (case-insensitive, whole words):

    COMMON_WORD       "government"       3,349 articles  33.49%
    ONE_PERCENT_WORD  "referendum"          79 articles   0.79%
    RARE_WORD         "ombudsman"            6 articles   0.06%  (articles 123, 1900, 3677, ...)
    TWO_WORDS         "energy"           2,441 articles  24.41%
                      "security"         3,054 articles  30.54%
                      both                 733 articles   7.33%
    PHRASE            "rule of law"        284 articles   2.84%  (as a phrase; "rule" alone
                                                                  in 37.41%, "law" in 36.57%)

    sample_author_name(0) -> "Anjali Bondarenko" (9 articles); 249 authors have 8-30 articles
    sample_topic_name(0)  -> "Protest Movements" (137 articles); 39 topics are in 1-5%

Use:
    python bench/corpus.py --measure 10000          # print the frequencies above
    python bench/corpus.py --write DIR --count 500  # write NNNNNN.txt page dumps
"""

from __future__ import annotations

import argparse
import bisect
import calendar
import itertools
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import date
from functools import lru_cache
from pathlib import Path

# --- Query-mix words --------------------------------------------------------------------------
COMMON_WORD = "government"
ONE_PERCENT_WORD = "referendum"
RARE_WORD = "ombudsman"
TWO_WORDS = ("energy", "security")
PHRASE = "rule of law"

# Probability that an article's body carries each planted word (1-3 occurrences when it does).
_PLANT_PROBABILITY = {
    COMMON_WORD: 0.33,
    ONE_PERCENT_WORD: 0.01,
    TWO_WORDS[0]: 0.245,
    TWO_WORDS[1]: 0.305,
}
_PHRASE_PROBABILITY = 0.028
# RARE_WORD goes into every article whose position is congruent to this modulo `_RARE_EVERY`:
# 6 articles in 10,000, one in the first 500.
_RARE_EVERY, _RARE_OFFSET = 1777, 123

NUM_STYLES = 6

# --- Vocabulary ---------------------------------------------------------------------------------
# Roughly in order of frequency in English prose; the Zipf sampler follows this order.
FUNCTION_WORDS = """
the of to and a in that is for it as with on be by this not are was but have has from at or an
they which their its more will we can would than about been who all if there no so what our his
one also when only into other these even those most such must should could now how them some
while over after he were may any both because without much still where being between against
through under before many every whether yet since very just same then here less do does did own
""".split()

NOUNS = """
people country world state power policy war time years leaders president economy public history
crisis election democracy rights system region future debate interest allies party market order
freedom trade reform budget threat conflict peace voters citizens institutions reality strategy
problem question decade influence pressure border regime sanctions court rule law truth money
cost growth jobs workers families children schools health climate technology media campaign
parliament minister army troops weapons alliance treaty talks deal agreement action response
approach decision choice role idea lesson mistake failure success promise risk opportunity
consequences values trust reputation ambition legacy generation society culture identity nation
territory invasion occupation resistance victory defeat ceasefire negotiations diplomacy aid
investment inflation debt taxes wages prices housing immigration refugees judges majority
opposition coalition protest corruption accountability transparency oversight bureaucracy agency
officials lawmakers critics experts analysts courage evidence
""".split()

VERBS = """
need make take know see remain become seem believe argue understand ignore confront defend
protect undermine weaken strengthen reject accept demand require allow prevent ensure pursue
deliver fail succeed lead follow build change address recognize admit continue decide expect
fear hope matter win lose pay spend invest cut raise face avoid act respond resist learn repeat
claim
""".split()

ADJECTIVES = """
political economic new great long real clear important international military national global
foreign domestic democratic strong weak serious hard difficult simple dangerous necessary
possible likely early recent current modern free fair open true wrong right better worse major
significant strategic historic moral legal social financial common basic broad deep short small
large high low key central local regional western eastern independent limited effective credible
costly urgent fragile bold cautious
""".split()

ADVERBS = """
however already never always often simply clearly indeed perhaps rather instead again together
soon finally ultimately increasingly especially particularly largely
""".split()

PROPER_NOUNS = """
Europe Washington Moscow Beijing Brussels Kyiv London Berlin Paris Tokyo Ankara Warsaw Tehran
Delhi Africa Asia America Russia China Ukraine Germany France Poland Turkey Iran India Japan
Britain Canada Mexico Brazil Congress Parliament NATO
""".split()

# Substrings a generated word must not contain: page furniture and fundraising vocabulary the
# text importer treats as boilerplate (a body paragraph must never look like a banner).
_BANNED_PARTS = (
    "subscri",
    "donat",
    "member",
    "revenue",
    "contribut",
    "paywall",
    "photo",
    "image",
    "credit",
    "newsletter",
    "cookie",
    "login",
    "share",
    "advert",
    "sponsor",
)

_CONTENT_SIZE = 6_000
_ZIPF_S = 1.1


def _interleave(*lists: list[str]) -> list[str]:
    """Merge lists so each part of speech spreads evenly over the frequency ranks."""
    total = sum(len(items) for items in lists)
    keyed = []
    for items in lists:
        step = total / len(items)
        keyed.extend(((index + 1) * step, word) for index, word in enumerate(items))
    return [word for _, word in sorted(keyed)]


_ONSETS = "b c d f g h k l m n p r s t v w z br ch dr gr pr sh st tr".split()
_VOWELS = "a e i o u a e i o u ai ea io ou".split()
_CODAS = ["", "", "", "n", "r", "l", "s", "t", "m", "nd", "st", "x"]
_SUFFIXES = ["", "", "", "ism", "ation", "ity", "ist", "ous", "al", "ment", "ine", "ery"]


def _syllable(rng: random.Random) -> str:
    return rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS)


def _coin(rng: random.Random, syllables: int) -> str:
    word = "".join(_syllable(rng) for _ in range(syllables)) + rng.choice(_SUFFIXES)
    return re.sub(r"(.)\1\1+", r"\1\1", word)


def _allowed(word: str) -> bool:
    return not any(part in word for part in _BANNED_PARTS)


# Shares of function words, content words, proper nouns and numbers among body tokens.
_TOKEN_SHARES = (0.45, 0.523, 0.02, 0.007)
_PROPER, _NUMBER = "\x00proper", "\x00number"  # placeholders drawn like words


@lru_cache(maxsize=1)
def _content_words() -> list[str]:
    """The content vocabulary by frequency rank: real words, then pseudo-words."""
    planted = {COMMON_WORD, ONE_PERCENT_WORD, RARE_WORD, *TWO_WORDS}
    real = [w for w in _interleave(NOUNS, VERBS, ADJECTIVES, ADVERBS) if w not in planted]
    seen = set(real) | set(FUNCTION_WORDS) | planted | {w.lower() for w in PROPER_NOUNS}
    words = list(real)
    rng = random.Random("commentary-archive-vocabulary")
    while len(words) < _CONTENT_SIZE:
        word = _coin(rng, rng.choice((2, 2, 2, 3)))
        if len(word) >= 4 and word not in seen and _allowed(word):
            seen.add(word)
            words.append(word)
    return words


@lru_cache(maxsize=1)
def _token_distribution() -> tuple[list[str], list[float], list[float]]:
    """(tokens, cumulative weights over all tokens, cumulative weights over content words).

    One distribution mixes both Zipf laws (function words, content words) and the placeholders,
    so drawing a token costs one bisection."""
    content = _content_words()
    zipf_f = [1 / r**_ZIPF_S for r in range(1, len(FUNCTION_WORDS) + 1)]
    zipf_c = [1 / r**_ZIPF_S for r in range(1, len(content) + 1)]
    share_f, share_c, share_p, share_n = _TOKEN_SHARES
    weights = [w * share_f / sum(zipf_f) for w in zipf_f]
    weights += [w * share_c / sum(zipf_c) for w in zipf_c]
    weights += [share_p, share_n]
    tokens = [*FUNCTION_WORDS, *content, _PROPER, _NUMBER]
    return tokens, list(itertools.accumulate(weights)), list(itertools.accumulate(zipf_c))


# --- People, outlets, topics --------------------------------------------------------------------
FIRST_NAMES = """
James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara Richard
Susan Joseph Jessica Thomas Sarah Charles Karen Daniel Nancy Matthew Lisa Anthony Betty Mark
Margaret Paul Sandra Steven Ashley Andrew Kimberly Joshua Emily Kenneth Donna Kevin Michelle Brian
Carol George Amanda Timothy Melissa Ronald Deborah Jason Stephanie Edward Rebecca Jeffrey Laura
Ryan Helen Jacob Anna Gary Katherine Nicholas Ruth Eric Olga Jonathan Oksana Stephen Ingrid Larry
Fatima Justin Aisha Scott Priya Brandon Mei Samuel Yuki Gregory Leila Alexander Sofia Frank Elena
Raymond Nadia Benjamin Irina Patrick Chiara Jack Hannah Dennis Amira Tomasz Zofia Dmitri Lucia
Henrik Astrid Rafael Ines Kwame Ngozi Hiroshi Anjali Mateo Valentina Lars Katarzyna Omar Yasmin
Pierre Camille Jörg Renée José Zoë Andrés Noémie Vanessa Marco Giulia Rohan Sunita Emeka Chidi
""".split()

LAST_NAMES = """
Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez
Wilson Anderson Taylor Moore Jackson Martin Lee Thompson White Harris Sanchez Clark Ramirez Lewis
Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker
Hall Rivera Campbell Mitchell Carter Roberts Kowalski Nowak Müller Schmidt Schneider Fischer
Weber Meyer Wagner Becker Kramer Hoffmann Novak Horvat Kovačević Petrov Ivanova Shevchenko
Kovalenko Bondarenko Tkachenko Melnyk Andersson Johansson Karlsson Nielsen Hansen Larsen
Virtanen Korhonen Dubois Lefebvre Moreau Laurent Rossi Russo Ferrari Esposito Bianchi Romano
Silva Santos Oliveira Pereira Costa Tanaka Suzuki Watanabe Yamamoto Kim Park Choi Chen Wang Li
Zhang Liu Patel Sharma Singh Gupta Khan Ali Hussain Ahmed Okafor Mensah Adeyemi Mwangi Osei
Cohen Levi Friedman Katz O'Brien O'Connor McCarthy Murphy Kelly Walsh Byrne Fitzgerald
Ibáñez Núñez Sørensen Østergaard Çelik Yılmaz Öztürk Haddad Nasser Mansour Rahman Chowdhury
""".split()

_PARTICLE_SURNAMES = ["van der Berg", "de Vries", "van Dijk", "de la Cruz", "da Silva", "von Hagen"]

_INSTITUTES = """
Atlantic Meridian Carnegie Brookfield Halden Ashford Westbrook Lindqvist Harrington Calloway
Sterling Whitmore Pemberton Redfield Kingsley Ellsworth Marlowe Fairbanks Thornton Aldridge
""".split()
_FIELDS = [
    *"economics history law philosophy sociology geography demography journalism".split(),
    "statistics",
    "international relations",
    "political science",
    "public policy",
    "European studies",
    "Slavic studies",
    "Asian studies",
    "conflict resolution",
    "development economics",
    "constitutional law",
]
_CITIES = """
Boston Chicago Geneva Toronto Melbourne Edinburgh Leiden Uppsala Bologna Austin Denver Lisbon
Vienna Prague Krakow Lyon Seville Montreal Auckland Cape Town Nairobi Singapore Seoul Oslo
""".split()
_COUNTRIES = """
Chile Poland Kenya Japan Estonia Canada Norway Ghana Portugal Vietnam Romania Finland Peru Latvia
""".split()

_OUTLET_ADJECTIVES = """
Daily Weekly Evening Morning National Global Atlantic Pacific Northern Southern Western Eastern
Capital Civic Federal Liberal Free New Modern Public Open Metropolitan Continental Baltic Alpine
Coastal Central Sunday Midwest Nordic
""".split()
_OUTLET_NOUNS = """
Meridian Ledger Courier Observer Sentinel Dispatch Herald Chronicle Gazette Tribune Beacon Compass
Standard Examiner Bulletin Messenger Register Record Review Monitor Forum Argus Clarion Inquirer
Spectator Statesman Lantern Signal Outlook Almanac
""".split()
_OUTLET_PLACES = """
Harbor Riverside Lakeshore Summit Granite Cedar Prairie Highland Bayside Valley Capitol Ridgeway
Northgate Eastport Westfield Kingsbridge Oakdale Pinecrest Stonebridge Millbrook
""".split()
_OUTLET_SERIES = ["Quarterly", "Affairs", "Policy Review", "Commentary", "Journal", "Weekly"]
_TLDS = [".com", ".com", ".com", ".org", ".net", ".co.uk", ".eu", ".news"]

_TOPIC_THEMES = """
Trade|Energy Policy|Climate Change|Elections|Immigration|Human Rights|Foreign Aid|Defense
Spending|Nuclear Arms|Cybersecurity|Public Health|Education|Housing|Inflation|Labor|Taxation|
Free Speech|Press Freedom|Corruption|Rule of Law|Judicial Reform|Privacy|Artificial Intelligence|
Social Media|Disinformation|Terrorism|Refugees|Sanctions|Diplomacy|Alliances|Sovereignty|
Populism|Nationalism|Authoritarianism|Civil Society|Protest Movements|Religion|Gender Equality|
Minority Rights|Water|Food Security|Agriculture|Infrastructure|Transportation|Urban Policy|
Pensions|Health Care|Monetary Policy|Banking|Debt|Trade Policy|Supply Chains|Technology|
Space|Arctic|Oceans|Migration|Peacekeeping|War Crimes|Memory Politics|Constitutions|
Federalism|Local Government|Budgets|Development|Poverty|Inequality|Demographics|Youth|Sport|
Culture|Media|Science|Universities|Energy Transition|Oil and Gas|Nuclear Power|Renewables|Mining
""".replace("\n", "").split("|")
_TOPIC_REGIONS = """
European|American|African|Asian|Middle Eastern|Latin American|Russian|Chinese|Indian|Balkan|
Baltic|Nordic|Gulf|Pacific|Central Asian
""".replace("\n", "").split("|")

NUM_AUTHORS = 4_000
NUM_OUTLETS = 300
NUM_TOPICS = 150


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _cumulative(count: int, exponent: float) -> list[float]:
    return list(itertools.accumulate(1 / r**exponent for r in range(1, count + 1)))


@lru_cache(maxsize=1)
def _authors() -> list[dict]:
    """The author pool: [{"name", "bio"}], most prolific first."""
    rng = random.Random("commentary-archive-authors")
    names: list[str] = []
    folded: set[str] = set()
    while len(names) < NUM_AUTHORS:
        first = rng.choice(FIRST_NAMES)
        roll = rng.random()
        if roll < 0.04:
            last = rng.choice(_PARTICLE_SURNAMES)
        elif roll < 0.10:
            last = f"{rng.choice(LAST_NAMES)}-{rng.choice(LAST_NAMES)}"
        else:
            last = rng.choice(LAST_NAMES)
        if rng.random() < 0.08:
            first = f"{first} {rng.choice('ABCDEFGHJKLMNPRSTW')}."
        name = f"{first} {last}"
        if _fold(name) not in folded and len(set(name.split())) == len(name.split()):
            folded.add(_fold(name))
            names.append(name)
    return [{"name": name, "bio": _bio(name, rng)} for name in names]


def _institution(rng: random.Random) -> str:
    return rng.choice(
        [
            f"the {rng.choice(_INSTITUTES)} Institute",
            f"the {rng.choice(_INSTITUTES)} Center for {rng.choice(_FIELDS).title()}",
            f"the {rng.choice(_INSTITUTES)} Foundation",
            f"the {rng.choice(_CITIES)} Policy Forum",
        ]
    )


def _university(rng: random.Random) -> str:
    return rng.choice(
        [f"the University of {rng.choice(_CITIES)}", f"{rng.choice(_INSTITUTES)} University"]
    )


def _bio(name: str, rng: random.Random) -> str:
    field = rng.choice(_FIELDS)
    templates = [
        f"{name} is a senior fellow at {_institution(rng)}.",
        f"{name} is a professor of {field} at {_university(rng)}.",
        f"{name} is a former diplomat and a columnist who writes about {field}.",
        f"{name}, a former ambassador to {rng.choice(_COUNTRIES)}, is a nonresident fellow at "
        f"{_institution(rng)}.",
        f"{name} is director of the {field} program at {_institution(rng)}.",
        f"{name} is an economist and writer based in {rng.choice(_CITIES)}.",
        f"{name} is a journalist who has covered {field} for two decades.",
        f"{name} served as deputy minister for {field} and now teaches at {_university(rng)}.",
        f"{name} is a lecturer in {field} at {_university(rng)} and the author of three books.",
    ]
    return rng.choice(templates)


def _squash(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", _fold(name))


@lru_cache(maxsize=1)
def _outlets() -> list[dict]:
    """The outlet pool: [{"name", "domain", "style", "path"}], most prolific first."""
    rng = random.Random("commentary-archive-outlets")
    outlets: list[dict] = []
    names: set[str] = set()
    domains: set[str] = set()
    paths = [
        "/opinion/{y}/{m}/{d}/{slug}-{id}",
        "/commentary/{slug}-{id}",
        "/{y}/{m}/{id}/{slug}",
        "/articles/{id}/{slug}",
        "/p/{slug}-{id}.html",
        "/analysis/{y}/{slug}-{id}",
    ]
    while len(outlets) < NUM_OUTLETS:
        kind = rng.random()
        if kind < 0.45:
            name = f"The {rng.choice(_OUTLET_ADJECTIVES)} {rng.choice(_OUTLET_NOUNS)}"
        elif kind < 0.75:
            name = f"{rng.choice(_OUTLET_PLACES)} {rng.choice(_OUTLET_NOUNS)}"
        else:
            name = f"{rng.choice(_OUTLET_PLACES)} {rng.choice(_OUTLET_SERIES)}"
        squashed = _squash(name)
        label = squashed.removeprefix("the") if rng.random() < 0.6 else squashed
        domain = label + rng.choice(_TLDS)
        if name in names or label in {d.split(".")[0] for d in domains}:
            continue
        names.add(name)
        domains.add(domain)
        outlets.append(
            {
                "name": name,
                "domain": domain,
                "style": len(outlets) % NUM_STYLES,
                "path": rng.choice(paths),
                "www": rng.random() < 0.5,
            }
        )
    return outlets


@lru_cache(maxsize=1)
def _topics() -> list[str]:
    """Topic names, most popular first: the broad themes, then regional ones."""
    rng = random.Random("commentary-archive-topics")
    topics = list(dict.fromkeys(_TOPIC_THEMES))
    combos = [f"{region} {theme}" for region in _TOPIC_REGIONS for theme in _TOPIC_THEMES[:30]]
    rng.shuffle(combos)
    topics.extend(combos[: NUM_TOPICS - len(topics)])
    return topics[:NUM_TOPICS]


# --- Text -------------------------------------------------------------------------------------
_SMALL_WORDS = {"a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "but", "at", "with"}


def _title_case(words: list[str]) -> str:
    out = []
    for index, word in enumerate(words):
        if index and word in _SMALL_WORDS:
            out.append(word)
        else:
            out.append(word[:1].upper() + word[1:])
    return " ".join(out)


def _make_title(rng: random.Random) -> str:
    noun, noun2 = rng.sample(NOUNS, 2)
    adj = rng.choice(ADJECTIVES)
    verb = rng.choice(VERBS)
    place = rng.choice(PROPER_NOUNS)
    templates = [
        ["the", adj, noun, "of", place],
        ["why", place, "must", verb, "its", adj, noun],
        [place, "needs", "a", adj, noun, noun2],
        ["what", "the", noun, "debate", "gets", "wrong"],
        ["how", "to", verb, "the", adj, noun],
        ["the", noun, noun2, "is", "not", "enough"],
        ["stop", "pretending", "the", noun, "will", verb],
        [adj, noun, "and", "the", "future", "of", noun2],
        ["in", "defense", "of", adj, noun],
        ["the", "case", "for", "a", adj, noun, "in", place],
        ["is", place, "ready", "for", "a", adj, noun + "?"],
        [place, "can", "no", "longer", verb, "its", noun, "problem"],
        ["a", adj, noun, "is", "coming", "for", place],
        ["the", "real", "lesson", "of", "the", noun, noun2],
    ]
    title = _title_case(rng.choice(templates))
    # One title in five names something particular, as real headlines do.
    if rng.random() < 0.2 and not title.endswith("?"):
        title += f" After the {_coin(rng, 2).title()} {rng.choice(['Affair', 'Vote', 'Summit'])}"
    return title


class _BodyWriter:
    """Sentences of Zipf-distributed words for one article."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.tokens, self.cum, self.content_cum = _token_distribution()
        self.content = _content_words()
        # Two or three one-off coinages per article: the corpus's hapaxes.
        self.coinages = [self._coinage() for _ in range(rng.randint(2, 3))]

    def _coinage(self) -> str:
        while True:
            word = _coin(self.rng, 3)
            if _allowed(word):
                return word

    def words(self, count: int) -> list[str]:
        """`count` tokens: function and content words, now and then a proper noun or a number
        (never as a sentence's first two words, so a sentence never opens like a name)."""
        rng = self.rng
        out = rng.choices(self.tokens, cum_weights=self.cum, k=count)
        for index, token in enumerate(out):
            if token[0] != "\x00":
                continue
            if index < 2:
                out[index] = rng.choices(self.content, cum_weights=self.content_cum)[0]
            elif token == _PROPER:
                out[index] = rng.choice(PROPER_NOUNS)
            else:
                out[index] = self._number()
        return out

    def _number(self) -> str:
        rng = self.rng
        return rng.choice(
            [
                str(rng.randint(1990, 2025)),
                f"{rng.randint(2, 95)} percent",
                f"${rng.randint(2, 900)} billion",
                f"{rng.randint(2, 40)} million",
            ]
        )

    def sentence(self, length: int) -> list[str]:
        words = self.words(length)
        for index in range(1, length - 1):
            if self.rng.random() < 0.05:
                words[index] += ","
        return words

    @staticmethod
    def finish(words: list[str], end: str) -> str:
        words[0] = words[0][:1].upper() + words[0][1:]
        return " ".join(words).rstrip(",") + end

    def end(self) -> str:
        roll = self.rng.random()
        return "." if roll < 0.93 else ("?" if roll < 0.98 else "!")


def _plant(rng: random.Random, sentences: list[list[str]], tokens: list[str]) -> None:
    """Insert `tokens` at a random place inside a random sentence (never as its first word)."""
    sentence = rng.choice(sentences)
    position = rng.randint(1, len(sentence) - 1)
    sentence[position:position] = tokens


def _body(index: int, seed: int) -> str:
    rng = random.Random(f"{seed}:body:{index}")
    writer = _BodyWriter(rng)
    target = rng.randint(600, 1060)
    paragraph_count = rng.randint(8, 20)
    # Now and then a one-sentence paragraph, never among the first three.
    one_liners = {n for n in range(3, paragraph_count) if rng.random() < 0.06}
    shares = {n: rng.uniform(0.6, 1.4) for n in range(paragraph_count) if n not in one_liners}
    paragraphs: list[list[list[str]]] = []  # paragraph -> sentences -> words
    for number in range(paragraph_count):
        if number in one_liners:
            paragraphs.append([writer.sentence(rng.randint(3, 7))])
            continue
        budget = max(25, round(target * shares[number] / sum(shares.values())))
        sentences = []
        while budget > 0:
            length = min(max(8, round(rng.gauss(20, 6))), 40)
            if budget - length < 8:
                length = budget
            sentences.append(writer.sentence(length))
            budget -= length
        paragraphs.append(sentences)
    long_sentences = [s for p in paragraphs for s in p if len(s) >= 8]
    for coinage in writer.coinages:
        _plant(rng, long_sentences, [coinage])
    for word, probability in _PLANT_PROBABILITY.items():
        if rng.random() < probability:
            for _ in range(rng.choice((1, 1, 2, 3))):
                _plant(rng, long_sentences, [word])
    if rng.random() < _PHRASE_PROBABILITY:
        _plant(rng, long_sentences, PHRASE.split())
    if index % _RARE_EVERY == _RARE_OFFSET:
        _plant(rng, long_sentences, [RARE_WORD])
    return "\n\n".join(
        " ".join(writer.finish(sentence, writer.end()) for sentence in paragraph)
        for paragraph in paragraphs
    )


# --- Articles ---------------------------------------------------------------------------------
def _slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", _fold(text)).strip("-")


def _random_date(rng: random.Random) -> date:
    years = list(range(2000, 2026))
    year = rng.choices(years, weights=[1 + 0.25 * (y - 2000) for y in years])[0]
    month = rng.randint(1, 12)
    return date(year, month, rng.randint(1, calendar.monthrange(year, month)[1]))


def _distinct(rng: random.Random, population: list, cum: list[float], count: int) -> list:
    chosen: list = []
    while len(chosen) < count:
        pick = population[bisect.bisect(cum, rng.random() * cum[-1])]
        if pick not in chosen:
            chosen.append(pick)
    return chosen


@lru_cache(maxsize=1)
def _weights() -> tuple[list[float], list[float], list[float]]:
    return (
        _cumulative(NUM_AUTHORS, 0.65),
        _cumulative(NUM_OUTLETS, 0.8),
        _cumulative(NUM_TOPICS, 0.9),
    )


def _metadata(index: int, seed: int) -> dict:
    """Everything but the body (cheap: used to count authors and topics without the text)."""
    rng = random.Random(f"{seed}:meta:{index}")
    author_cum, outlet_cum, topic_cum = _weights()
    outlet = _outlets()[bisect.bisect(outlet_cum, rng.random() * outlet_cum[-1])]
    author_count = rng.choices((1, 2, 3), weights=(75, 20, 5))[0]
    authors = _distinct(rng, _authors(), author_cum, author_count)
    topics = _distinct(rng, _topics(), topic_cum, rng.choices((1, 2, 3, 4), (30, 35, 25, 10))[0])
    published = _random_date(rng)
    title = _make_title(rng)
    standfirst_writer = _BodyWriter(rng)
    standfirst = _BodyWriter.finish(standfirst_writer.words(rng.randint(14, 24)), ".")
    slug = "-".join(_slugify(title).split("-")[:8])
    path = outlet["path"].format(
        y=published.year,
        m=f"{published.month:02d}",
        d=f"{published.day:02d}",
        slug=slug,
        id=f"{(index * 7919 + seed) % 10**6:06d}{index:x}",
    )
    host = ("www." if outlet["www"] else "") + outlet["domain"]
    return {
        "title": title,
        "authors": [dict(author) for author in authors],
        "publisher": outlet["name"],
        "date": published,
        "source_url": f"https://{host}{path}",
        "topics": topics,
        "standfirst": standfirst,
        "style": outlet["style"],
    }


def generate_articles(count: int, *, seed: int = 42) -> Iterator[dict]:
    """Yield `count` articles: title, authors [{"name", "bio"}], publisher, date, source_url,
    body (paragraphs separated by a blank line) and topics, plus standfirst and style (the
    outlet's house layout for `render_dump`)."""
    for index in range(count):
        article = _metadata(index, seed)
        article["body"] = _body(index, seed)
        yield article


# --- Sampling helpers for the search benchmark ----------------------------------------------------
@lru_cache(maxsize=8)
def _metadata_counts(count: int, seed: int) -> tuple[Counter, Counter]:
    authors: Counter = Counter()
    topics: Counter = Counter()
    for index in range(count):
        meta = _metadata(index, seed)
        authors.update(author["name"] for author in meta["authors"])
        topics.update(meta["topics"])
    return authors, topics


def author_article_counts(count: int = 10_000, *, corpus_seed: int = 42) -> Counter:
    """Articles per author name in the first `count` articles."""
    return _metadata_counts(count, corpus_seed)[0]


def topic_article_counts(count: int = 10_000, *, corpus_seed: int = 42) -> Counter:
    """Articles per topic name in the first `count` articles."""
    return _metadata_counts(count, corpus_seed)[1]


def _moderate(counts: Counter, low: int, high: int) -> list[str]:
    return sorted(name for name, n in counts.items() if low <= n <= high)


def sample_author_name(seed: int, *, count: int = 10_000, corpus_seed: int = 42) -> str:
    """An author of the corpus with a moderate number of articles (8-30 in 10,000; scaled)."""
    counts = author_article_counts(count, corpus_seed=corpus_seed)
    low, high = max(2, round(count * 0.0008)), max(3, round(count * 0.003))
    candidates = _moderate(counts, low, high) or [counts.most_common(1)[0][0]]
    return random.Random(f"author:{seed}").choice(candidates)


def sample_topic_name(seed: int, *, count: int = 10_000, corpus_seed: int = 42) -> str:
    """A topic of the corpus given to a moderate share of articles (1-5%)."""
    counts = topic_article_counts(count, corpus_seed=corpus_seed)
    low, high = max(1, round(count * 0.01)), max(2, round(count * 0.05))
    candidates = _moderate(counts, low, high) or [counts.most_common(1)[0][0]]
    return random.Random(f"topic:{seed}").choice(candidates)


# --- Page dumps ---------------------------------------------------------------------------------
_AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct."]
_AP_MONTHS += ["Nov.", "Dec."]
_AGENCIES = ["Reuters", "AP", "AFP", "Getty Images", "EPA", "Bloomberg"]
_SECTIONS = ["World", "Politics", "Business", "Opinion", "Culture", "Science", "Ideas"]


def _long_date(day: date) -> str:
    return f"{calendar.month_name[day.month]} {day.day}, {day.year}"


def _names(authors: list[dict]) -> list[str]:
    return [author["name"] for author in authors]


def _join_names(names: list[str], *, oxford: bool = False, amp: bool = False) -> str:
    if len(names) == 1:
        return names[0]
    last = " & " if amp else (", and " if oxford else " and ")
    return ", ".join(names[:-1]) + last + names[-1]


def _bios(article: dict) -> str:
    return " ".join(author["bio"] for author in article["authors"])


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


def _caption(rng: random.Random) -> str:
    writer = _BodyWriter(rng)
    return _BodyWriter.finish(writer.words(rng.randint(9, 16)), ".")


def _related_titles(rng: random.Random, count: int) -> list[str]:
    return [_make_title(rng) for _ in range(count)]


def _noisy_url(article: dict, rng: random.Random) -> str:
    """The source URL as pages print it: now and then with tracking parameters."""
    url = article["source_url"]
    if rng.random() < 0.25:
        url += "?utm_source=" + rng.choice(["twitter", "newsletter", "facebook"])
        url += "&utm_medium=social"
    return url


def _style_magazine(article: dict, rng: random.Random) -> list[str]:
    """Magazine site: nav, headline, standfirst, "By A, B and C", "March 3, 2023 · 4 min read",
    photo credit, body, bio, disclaimer, "Source:" line, newsletter, related widget, ©."""
    outlet, day = article["publisher"], article["date"]
    month = rng.choice([calendar.month_name[day.month], _AP_MONTHS[day.month - 1]])
    minutes = max(2, len(article["body"].split()) // 230)
    return [
        outlet,
        "  ".join(rng.sample(_SECTIONS, 5)),
        "Subscribe",
        "Sign in",
        "",
        article["title"],
        "",
        article["standfirst"],
        "",
        "By " + _join_names(_names(article["authors"]), oxford=rng.random() < 0.3),
        "",
        f"{month} {day.day}, {day.year} · {minutes} min read",
        "",
        f"{_caption(rng)} (Photo by {_person(rng)}/{rng.choice(_AGENCIES)} via Getty Images)",
        "",
        article["body"],
        "",
        _bios(article),
        "",
        f"The views expressed in this article are those of the author"
        f"{'s' if len(article['authors']) > 1 else ''} and do not necessarily reflect those of "
        f"{outlet}.",
        "",
        f"Source: {_noisy_url(article, rng)}",
        "",
        "Share this article",
        "Filed under: " + ", ".join(article["topics"]),
        "",
        f"Get the best of {outlet} in your inbox every morning.",
        "Enter your email address",
        "Sign up",
        "",
        "Related articles",
        *_related_titles(rng, 3),
        "",
        f"© {day.year} {outlet}. All rights reserved.",
        "Privacy Policy",
        "Terms of Use",
    ]


def _style_independent(article: dict, rng: random.Random) -> list[str]:
    """Reader-funded news site: promo banner, "Skip to content", "Name: Headline" (a byline for
    several authors), "January 16, 2022 6:29 PM 4 min read", a cut-off caption, membership
    prompts, body, bio, donation pitch naming the outlet, page URL, news-feed widget."""
    outlet, day = article["publisher"], article["date"]
    names = _names(article["authors"])
    if len(names) == 1:
        header = [f"{names[0]}: {article['title']}"]
    else:
        header = [article["title"], "", "By " + _join_names(names)]
    hour, minute = rng.randint(1, 12), rng.randint(0, 59)
    minutes = max(2, len(article["body"].split()) // 230)
    feed = []
    for _ in range(3):
        feed += [
            f"{rng.randint(1, 12)}:{rng.randint(0, 59):02d} {rng.choice(['AM', 'PM'])}",
            "",
            _related_titles(rng, 1)[0] + ".",
            "",
            _caption(rng),
        ]
    return [
        "Our investigations unit released its new documentary, “The Long Winter”. The film "
        "follows two families through a year of upheaval. Watch it on our YouTube channel.",
        "Skip to content",
        "Edit post",
        "",
        *header,
        "",
        f"{_long_date(day)} {hour}:{minute:02d} {rng.choice(['AM', 'PM'])} {minutes} min read",
        f"{_caption(rng)[:-1]} in {rng.choice(_CITIES)} on {_long_date(day)}. (",
        "This audio is created with AI assistance",
        "",
        f"Support independent journalism in {rng.choice(_COUNTRIES)}. Join us in this fight.",
        "",
        "Become a member Support us just once",
        "",
        article["body"],
        "",
        _bios(article),
        "",
        "Before you skip this banner, we want to tell you something…",
        "",
        f"{outlet} doesn’t depend on a wealthy owner or an oligarch — in {day.year}, 80% of our "
        "revenue was from reader contributions. It’s thanks to them that we don’t have to rely "
        "on a single owner.",
        "",
        "Support us now and help maintain our independent model and keep our articles free for "
        "everyone.",
        "",
        "visa masterCard americanExpress",
        "",
        _noisy_url(article, rng),
        "",
        "News Feed",
        "",
        *feed,
        "",
        "Editors' Picks",
        "Enter your email to subscribe",
        "Please, enter correct email address",
        "* indicates required",
        "Successfuly subscribed",
    ]


def _style_monitor(article: dict, rng: random.Random) -> list[str]:
    """Think-tank blog: headline, date, wikicommons credit, body, author signed by the closing
    bio only (no byline), disclaimer naming the outlet, "Read it online:" link, login links."""
    outlet, day = article["publisher"], article["date"]
    agency = f"{rng.choice(['Ministry of Defense', 'Office of the President'])} of "
    agency += rng.choice(_COUNTRIES)
    file_name = "_".join(_caption(rng).rstrip(".").split()[:5])
    return [
        article["title"],
        "",
        _long_date(day),
        "",
        f"cc {agency}, wikicommons, modified, "
        f"https://commons.wikimedia.org/wiki/File:{file_name}.jpg",
        "",
        article["body"],
        "",
        _bios(article),
        "",
        " ",
        "",
        "The views expressed in this article are those of the authors alone and do not "
        f"necessarily reflect those of {outlet}",
        "",
        f"Read it online: {_noisy_url(article, rng)}",
        "",
        "Back to Top",
        "",
        "Login",
        "",
        "Lost your password?",
    ]


def _style_note(article: dict, rng: random.Random) -> list[str]:
    """Syndicating newsletter: masthead (the only place the outlet is named), nav, headline,
    "Written by A and B", "Published 2023-03-03" or "Published on … | Updated …", body,
    "NOTE:" bios, "LINK:" line."""
    day = article["date"]
    if rng.random() < 0.5:
        date_line = f"Published {day.isoformat()}"
    else:
        updated = date.fromordinal(day.toordinal() + rng.randint(1, 20))
        date_line = f"Published on {_long_date(day)} | Updated {_long_date(updated)}"
    return [
        article["publisher"],
        "Home | " + " | ".join(rng.sample(_SECTIONS, 3)),
        "Search",
        "",
        article["title"],
        "",
        "Written by " + _join_names(_names(article["authors"])),
        date_line,
        "",
        article["body"],
        "",
        f"NOTE: {_bios(article)}",
        "",
        f"LINK: {_noisy_url(article, rng)}",
        "",
        "Back to top",
    ]


def _style_european(article: dict, rng: random.Random) -> list[str]:
    """European weekly: menu, "Most read" widget above the headline, standfirst, "Words by A & B",
    "3 March 2023" or "03.03.2023", image credit, audio prompt, body, bio, "Source:" link, ©."""
    outlet, day = article["publisher"], article["date"]
    if rng.random() < 0.5:
        date_line = f"{day.day} {calendar.month_name[day.month]} {day.year}"
    else:
        date_line = f"{day.day:02d}.{day.month:02d}.{day.year}"
    return [
        "Menu",
        "Search",
        "Log in",
        "",
        "Most read",
        *_related_titles(rng, 4),
        "",
        rng.choice(_SECTIONS),
        "",
        article["title"],
        "",
        article["standfirst"],
        "",
        "Words by " + _join_names(_names(article["authors"]), amp=True),
        date_line,
        "",
        f"Image: {rng.choice(_AGENCIES)}/{_person(rng)}",
        "Listen to this article",
        "",
        article["body"],
        "",
        _bios(article),
        "",
        f"Source: {_noisy_url(article, rng)}",
        "",
        f"Support independent journalism. Donate to {outlet} today.",
        "",
        "You might also like",
        *_related_titles(rng, 2),
        "",
        f"Copyright © {day.year} {outlet}. All rights reserved.",
    ]


def _style_plain(article: dict, rng: random.Random) -> list[str]:
    """Copied text: headline, a "date 2023-03-03" dateline opening the first paragraph,
    paragraphs on single lines, bio-only signature, "URL:" line, "(c) 2023 Outlet"."""
    day = article["date"]
    paragraphs = article["body"].split("\n\n")
    paragraphs[0] = f" date {day.isoformat()} {paragraphs[0]}"
    return [
        article["title"],
        "",
        "\n".join(paragraphs),
        _bios(article),
        "",
        f"URL: {_noisy_url(article, rng)}",
        f"(c) {day.year} {article['publisher']}",
    ]


STYLES = {
    0: _style_magazine,
    1: _style_independent,
    2: _style_monitor,
    3: _style_note,
    4: _style_european,
    5: _style_plain,
}
STYLE_NAMES = {number: render.__name__.removeprefix("_style_") for number, render in STYLES.items()}


def render_dump(article: dict, *, style: int) -> str:
    """The article as the visible text of a web page in outlet layout `style` (0-5)."""
    rng = random.Random(f"{article['source_url']}:{style}")
    return "\n".join(STYLES[style % NUM_STYLES](article, rng)) + "\n"


def dump_articles(directory: Path, articles: Iterable[dict]) -> list[Path]:
    """Write each article's dump (in its outlet's style) to `directory`/NNNNNN.txt."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for index, article in enumerate(articles):
        path = directory / f"{index:06d}.txt"
        path.write_text(render_dump(article, style=article["style"]), encoding="utf-8")
        paths.append(path)
    return paths


def write_dumps(directory: Path, count: int, *, seed: int = 42) -> list[Path]:
    """Write `count` page dumps to `directory` as 000000.txt, 000001.txt, …"""
    return dump_articles(directory, generate_articles(count, seed=seed))


def jsonl_record(article: dict) -> str:
    """The article as one line of the archive's JSON Lines import format."""
    record = {key: value for key, value in article.items() if key != "style"}
    record["date"] = article["date"].isoformat()
    return json.dumps(record, ensure_ascii=False)


# --- Measuring ----------------------------------------------------------------------------------
def measure(count: int, *, seed: int = 42) -> dict:
    """Article frequencies of the query-mix words (title or body, whole words, any case)."""
    words = [COMMON_WORD, ONE_PERCENT_WORD, RARE_WORD, *TWO_WORDS, "rule", "law"]
    patterns = {w: re.compile(rf"\b{re.escape(w)}\b", re.IGNORECASE) for w in words}
    phrase = re.compile(r"\b" + r"\s+".join(PHRASE.split()) + r"\b", re.IGNORECASE)
    hits: Counter = Counter()
    body_words = []
    for article in generate_articles(count, seed=seed):
        text = article["title"] + "\n" + article["body"]
        body_words.append(len(article["body"].split()))
        found = {w for w, pattern in patterns.items() if pattern.search(text)}
        hits.update(found)
        hits["both"] += set(TWO_WORDS) <= found
        hits[PHRASE] += bool(phrase.search(text))
    authors = author_article_counts(count, corpus_seed=seed)
    topics = topic_article_counts(count, corpus_seed=seed)
    author = sample_author_name(0, count=count, corpus_seed=seed)
    topic = sample_topic_name(0, count=count, corpus_seed=seed)
    return {
        "count": count,
        "words": {w: hits[w] for w in [*words, "both", PHRASE]},
        "body_words": {"min": min(body_words), "max": max(body_words)},
        "authors": len(authors),
        "sample_author": [author, authors[author]],
        "sample_topic": [topic, topics[topic]],
        "max_author_articles": authors.most_common(1)[0],
        "authors_with_8_to_30_per_10k": sum(
            1 for n in authors.values() if count * 0.0008 <= n <= count * 0.003
        ),
        "topics_in_1_to_5_percent": sum(
            1 for n in topics.values() if count * 0.01 <= n <= count * 0.05
        ),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--measure", type=int, metavar="N", help="print word frequencies")
    parser.add_argument("--write", type=Path, metavar="DIR", help="write page dumps to DIR")
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args(argv)
    if args.measure:
        result = measure(args.measure, seed=args.seed)
        for word, hits in result["words"].items():
            print(f"{word!r:16} {hits:7,} articles  {100 * hits / args.measure:6.2f}%")
        print(json.dumps({k: v for k, v in result.items() if k != "words"}, default=str))
    if args.write:
        paths = write_dumps(args.write, args.count, seed=args.seed)
        print(f"wrote {len(paths)} dumps to {args.write}")
    if not (args.measure or args.write):
        parser.print_help()
    return 0


if __name__ == "__main__":
    sys.exit(main())
