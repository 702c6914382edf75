"""A small archive for the API tests: published articles with shared and own names, captures,
and a hidden article whose author, topic and outlet appear nowhere else."""

from datetime import date

from articles.models import ArticleAuthor, Status
from articles.search import update_search_index
from tests.factories import (
    distinct_prose,
    make_article,
    make_author,
    make_capture,
    make_publisher,
    make_topic,
)

# The hidden article's title, names and body carry this word; nothing public does.
SECRET = "quillfeather"


def make_api_archive() -> dict:
    """25 published articles (some on the same day, to test tie-breaks) and one hidden one."""
    kramer = make_author("David J. Kramer", slug="david-j-kramer")
    okafor = make_author("Amara Okafor", slug="amara-okafor", bio="Writes on ports.")
    energy = make_topic("Power grids", slug="power-grids", description="Grids, plants and prices.")
    grain = make_topic("Harvests", slug="harvests")
    herald = make_publisher("The Harbour Herald", slug="harbour-herald", domain="herald.example")
    ledger = make_publisher("Baltic Ledger", slug="baltic-ledger")
    articles = []
    for number in range(25):
        words = []
        if number % 3 == 0:
            words.append("The pipeline decision matters.")
        if number % 4 == 0:
            words.append("Reopen the grain corridor now.")
        if number % 5 == 0:
            # The two words apart: found by the words, not by the phrase.
            words.append("A corridor for the grain harvest.")
        articles.append(
            make_article(
                f"Column {number:02d}",
                slug=f"column-{number:02d}",
                body=" ".join([*words, distinct_prose(f"api-{number}")]),
                standfirst=f"Standfirst of column {number}." if number % 2 else "",
                authors=[kramer]
                if number % 2
                else [okafor, kramer]
                if number % 7 == 0
                else [okafor],
                topics=[energy] if number % 3 == 0 else [grain] if number % 4 == 0 else [],
                publisher=herald if number % 2 else ledger,
                # Pairs of articles on one day: their order must still be stable.
                published_on=date(2022, 1 + number // 3 % 12, 1 + number // 2 % 28),
                genre="editorial" if number % 6 == 0 else "opinion",
                source_url=f"https://herald.example/columns/{number}",
            )
        )
    first = articles[0]
    ArticleAuthor.objects.filter(article=first, author=okafor).update(
        affiliation="Amara Okafor is a port economist."
    )
    make_capture(first, url="https://herald.example/columns/0")
    make_capture(
        first, url="https://herald.example/columns/0", final_url="https://herald.example/c/0"
    )

    hidden = make_article(
        "Quillfeather on pipelines",
        slug="quillfeather-on-pipelines",
        body="The pipeline decision matters, says Quillfeather. Reopen the grain corridor now.",
        authors=[make_author("Zbigniew Quillfeather", slug="zbigniew-quillfeather"), okafor],
        topics=[make_topic("Quillfeather doctrine", slug="quillfeather-doctrine"), energy],
        publisher=make_publisher("Quillfeather Gazette", slug="quillfeather-gazette"),
        published_on=date(2022, 6, 1),
        status=Status.HIDDEN,
    )
    make_capture(hidden)
    update_search_index([article.pk for article in [*articles, hidden]])
    return {"articles": articles, "hidden": hidden, "kramer": kramer, "okafor": okafor}
