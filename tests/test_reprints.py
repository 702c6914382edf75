"""Identity: an update of an article is told from a reprint of it by another outlet."""

import json
import random
from datetime import date

import pytest
from django.contrib.auth.models import Group, User
from django.urls import reverse

from articles import editing
from articles.importers import identity, matching
from articles.importers.base import ExtractedArticle
from articles.importers.pipeline import RawCapture, import_capture
from articles.models import Article, ArticleBand, PossibleReprint, ReprintGroup
from articles.search import capped_count, facet_counts
from tests.factories import make_topic

OPED = [
    "The council's decision to close the harbour library was taken in a hurry, and it shows.",
    "For thirty years the reading room above the fish market has been where dock workers' "
    "children did their homework, where pensioners read the papers and where the town kept "
    "its memory of the great flood.",
    "Nobody disputes that the building needs a new roof. What residents dispute is the claim "
    "that a roof costs more than the town can raise, when the same council found money last "
    "spring for a second roundabout on the ring road.",
    "A library is not a luxury that a careful town sheds in lean years. It is the cheapest "
    "public heating, the only free internet for many families and the last place where a "
    "stranger can sit for an afternoon without buying anything.",
    "The consultation lasted eleven days and was announced on a noticeboard inside the very "
    "building it proposed to close. Fewer than forty replies arrived, and most of them asked "
    "for more time.",
    "Councillors should reopen the question, publish the surveyor's report in full and let the "
    "friends of the library try to raise the money before a single shelf is emptied.",
    "If the roof truly cannot be saved, say so with figures. If it can, the town will not "
    "forgive a council that let the reading room go quietly for want of a summer fundraiser.",
]
OTHER_OPED = [
    "Rail fares rise again in January, for the ninth year running, and commuters are told once "
    "more that investment has to be paid for.",
    "Yet the timetable on the coastal line is thinner than it was a decade ago, the rolling "
    "stock is older, and the promised electrification has slipped into the next decade.",
    "Passengers would accept higher fares for a better service. They will not accept paying "
    "more each year for trains that arrive later, run less often and break down in the rain.",
    "The regulator should tie any rise to punctuality, and publish the figures station by "
    "station so that travellers can see where their money goes.",
]


def body_of(paragraphs: list[str]) -> str:
    return "\n\n".join(paragraphs)


def record(**fields) -> dict:
    values = {
        "title": "Keep the harbour library open",
        "body": body_of(OPED),
        "authors": [{"name": "Maren Ostby"}],
        "publisher": "The Harbour Gazette",
        "date": "2024-03-04",
        "source_url": "https://www.harbourgazette.example/opinion/keep-the-library-open",
    }
    values.update(fields)
    return {key: value for key, value in values.items() if value is not None}


def import_record(values: dict, name: str = "capture.jsonl"):
    """Import one JSON Lines record as a capture; returns the item result."""
    data = json.dumps(values).encode()
    result = import_capture(RawCapture(data=data, file_name=name, format="jsonl"))
    assert result.outcome != "failed", result.error
    return result


def syndicated_copy(**fields) -> dict:
    """The same column as printed by another outlet: its own title, date and link."""
    return record(
        title="Save the reading room above the fish market",
        publisher="The Northern Courier",
        date="2024-03-09",
        source_url="https://northerncourier.example/comment/2024/03/09/reading-room",
        **fields,
    )


def reworded(paragraphs: list[str], share: float, seed: int = 7) -> list[str]:
    """`paragraphs` with about `share` of the words replaced, as a heavily edited version."""
    rng = random.Random(seed)
    out = []
    for paragraph in paragraphs:
        words = paragraph.split()
        for index in rng.sample(range(len(words)), round(len(words) * share)):
            words[index] = f"w{rng.randrange(10**6)}"
        out.append(" ".join(words))
    return out


# --- URL identity --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "variant",
    [
        "http://www.harbourgazette.example/opinion/keep-the-library-open",
        "https://harbourgazette.example/opinion/keep-the-library-open/",
        "https://HarbourGazette.example/opinion/keep-the-library-open?utm_source=x&fbclid=y",
        "https://m.harbourgazette.example/opinion/keep-the-library-open",
        "https://amp.harbourgazette.example/opinion/keep-the-library-open",
        "https://www.harbourgazette.example/opinion/keep-the-library-open/amp/",
        "https://www.harbourgazette.example/amp/opinion/keep-the-library-open",
        "https://www.harbourgazette.example/opinion/keep-the-library-open?amp=1",
        "https://www.harbourgazette.example/opinion/keep-the-library-open.amp",
        "https://www.harbourgazette.example/opinion/keep-the-library-open/index.html",
        "https://www.harbourgazette.example/opinion/keep-the-library-open#comments",
    ],
)
def test_spellings_of_one_page_share_its_url_key(variant):
    canonical = "https://www.harbourgazette.example/opinion/keep-the-library-open"
    assert identity.url_key(variant) == identity.url_key(canonical)


@pytest.mark.parametrize(
    "other",
    [
        "https://www.harbourgazette.example/opinion/keep-the-library-closed",
        "https://www.harbourgazette.example/opinion/keep-the-library-open?page=2",
        "https://www.northerncourier.example/opinion/keep-the-library-open",
        "https://www.harbourgazette.example/news/keep-the-library-open",
    ],
)
def test_other_pages_keep_their_own_url_key(other):
    canonical = "https://www.harbourgazette.example/opinion/keep-the-library-open"
    assert identity.url_key(other) != identity.url_key(canonical)


def test_url_key_ignores_query_order_and_rejects_non_web_addresses():
    assert identity.url_key("https://x.example/a?b=2&a=1") == identity.url_key(
        "https://x.example/a?a=1&b=2"
    )
    assert identity.url_key("javascript:alert(1)") is None
    assert identity.url_key("") is None


# --- Updates and reprints ------------------------------------------------------------------------
@pytest.mark.django_db
def test_same_oped_from_two_outlets_is_two_articles_in_one_reprint_group():
    first = import_record(record())
    second = import_record(syndicated_copy())
    assert (first.outcome, second.outcome) == ("created", "created")
    original = Article.objects.get(slug=first.article_slug)
    reprint = Article.objects.get(slug=second.article_slug)
    assert original.pk != reprint.pk
    assert original.reprint_group_id is not None
    assert original.reprint_group_id == reprint.reprint_group_id
    assert ReprintGroup.objects.count() == 1
    # Each keeps its own outlet, link, date and title.
    assert original.publisher.name == "The Harbour Gazette"
    assert reprint.publisher.name == "The Northern Courier"
    assert original.source_url == record()["source_url"]
    assert reprint.source_url == syndicated_copy()["source_url"]
    assert (original.published_on, reprint.published_on) == (date(2024, 3, 4), date(2024, 3, 9))
    assert original.title == "Keep the harbour library open"
    assert reprint.title == "Save the reading room above the fish market"


@pytest.mark.django_db
def test_a_lightly_edited_syndicated_copy_joins_the_group_too():
    import_record(record())
    edited = reworded(OPED, 0.02)
    result = import_record(syndicated_copy(body=body_of(edited)))
    assert result.outcome == "created"
    assert Article.objects.exclude(reprint_group=None).count() == 2


@pytest.mark.django_db
def test_a_third_outlet_joins_the_existing_group():
    import_record(record())
    import_record(syndicated_copy())
    import_record(
        record(
            publisher="The Valley Post",
            source_url="https://valleypost.example/views/library",
            date="2024-03-12",
        )
    )
    assert Article.objects.count() == 3
    assert ReprintGroup.objects.count() == 1
    assert Article.objects.filter(reprint_group__isnull=False).count() == 3


@pytest.mark.django_db
@pytest.mark.parametrize(
    "variant",
    [
        "http://harbourgazette.example/opinion/keep-the-library-open",
        "https://harbourgazette.example/opinion/keep-the-library-open/?utm_medium=social",
        "https://amp.harbourgazette.example/opinion/keep-the-library-open/amp",
    ],
)
def test_edited_republication_at_the_same_url_updates_in_place(variant):
    first = import_record(record())
    edited = [*OPED[:-1], "Update: the council has agreed to publish the surveyor's report."]
    second = import_record(
        record(
            title="Keep the harbour library open (updated)",
            body=body_of(edited),
            source_url=variant,
        )
    )
    assert second.outcome == "updated"
    assert second.article_slug == first.article_slug
    article = Article.objects.get()
    assert article.title == "Keep the harbour library open (updated)"
    assert "publish the surveyor's report." in article.body
    assert article.reprint_group_id is None


@pytest.mark.django_db
def test_a_different_text_at_the_same_url_is_still_an_update():
    import_record(record())
    result = import_record(record(body=body_of(OTHER_OPED)))
    assert result.outcome == "updated"
    assert Article.objects.get().body == body_of(OTHER_OPED)


@pytest.mark.django_db
def test_recapture_without_url_from_the_same_outlet_updates():
    import_record(record())
    result = import_record(record(source_url=None, body=body_of(reworded(OPED, 0.02))))
    assert result.outcome == "updated"
    assert Article.objects.count() == 1


@pytest.mark.django_db
def test_ambiguous_similarity_is_a_separate_article_waiting_for_review():
    import_record(record())
    partly = body_of(reworded(OPED, 0.08))
    similarity = identity.jaccard(identity.shingles(partly), identity.shingles(body_of(OPED)))
    assert matching.AMBIGUOUS <= similarity < matching.SAME_TEXT  # the fixture is ambiguous
    result = import_record(syndicated_copy(body=partly))
    assert result.outcome == "created"
    article = Article.objects.get(slug=result.article_slug)
    assert article.reprint_group_id is None
    [possible] = PossibleReprint.objects.all()
    assert possible.article == article
    assert possible.similar_to.publisher.name == "The Harbour Gazette"
    assert article in editing.needing_review(Article.objects, "possible_reprint")


@pytest.mark.django_db
def test_unrelated_texts_stay_apart_and_unflagged():
    import_record(record())
    import_record(syndicated_copy(body=body_of(OTHER_OPED)))
    assert Article.objects.count() == 2
    assert ReprintGroup.objects.count() == 0
    assert PossibleReprint.objects.count() == 0


def _extraction(body: str) -> ExtractedArticle:
    article = ExtractedArticle(title="Probe", body=body)
    article.publisher_name = "Probe Outlet"
    return article


@pytest.mark.django_db
@pytest.mark.parametrize("archive_size", [3, 60])
def test_lsh_lookup_issues_a_bounded_number_of_queries(archive_size, django_assert_max_num_queries):
    # Every stored article is a near-copy, so each one is a band candidate: the worst case.
    for number in range(archive_size):
        import_record(
            record(
                body=body_of(reworded(OPED, 0.02, seed=number)),
                publisher=f"Outlet {number}",
                source_url=f"https://outlet{number}.example/a",
            ),
            name=f"c{number}.jsonl",
        )
    assert ArticleBand.objects.count() == archive_size * identity.BANDS
    with django_assert_max_num_queries(6):
        match = matching.match_capture(_extraction(body_of(OPED)), body_hash="none")
    assert match.kind == "reprint"


# --- What readers and editors see -----------------------------------------------------------------
@pytest.fixture
def syndicated(db):
    original = Article.objects.get(slug=import_record(record()).article_slug)
    reprint = Article.objects.get(slug=import_record(syndicated_copy()).article_slug)
    other = Article.objects.get(
        slug=import_record(
            record(
                title="Fares and failures",
                body=body_of(OTHER_OPED),
                source_url="https://harbourgazette.example/opinion/fares",
            )
        ).article_slug
    )
    return original, reprint, other


def test_article_page_lists_the_other_outlets(client, syndicated):
    original, reprint, other = syndicated
    page = client.get(original.get_absolute_url()).content.decode()
    assert "Also published in" in page
    assert reprint.get_absolute_url() in page and "The Northern Courier" in page
    assert "9 March 2024" in page
    back = client.get(reprint.get_absolute_url()).content.decode()
    assert original.get_absolute_url() in back and "The Harbour Gazette" in back
    assert "Also published in" not in client.get(other.get_absolute_url()).content.decode()


def test_search_shows_a_group_once_as_its_earliest_member(client, syndicated):
    original, reprint, _ = syndicated
    results = list(Article.objects.search("library roof"))
    assert [a.pk for a in results] == [original.pk]
    assert [r.pk for r in results[0].reprints] == [reprint.pk]
    # Counts and facets count the group once.
    found = Article.objects.search("library roof")
    assert capped_count(found) == 1
    outlets = {row["name"]: row["count"] for row in facet_counts(found)["publishers"]}
    assert outlets == {"The Harbour Gazette": 1}
    page = client.get(reverse("articles:list"), {"q": "library roof"}).content.decode()
    assert page.count(f'href="{original.get_absolute_url()}"') == 1
    assert "Also published in" in page and reprint.get_absolute_url() in page


def test_search_filtered_to_the_reprints_outlet_shows_the_reprint(syndicated):
    _, reprint, _ = syndicated
    results = list(Article.objects.search('library publisher:"Northern Courier"'))
    assert [a.pk for a in results] == [reprint.pk]


def test_a_hidden_original_leaves_the_reprint_in_search(syndicated):
    original, reprint, _ = syndicated
    Article.objects.filter(pk=original.pk).update(status="hidden")
    results = list(Article.objects.search("library roof"))
    assert [a.pk for a in results] == [reprint.pk]
    assert results[0].reprints == []


@pytest.fixture
def editor_client(client, db):
    user = User.objects.create_user("eda", password="a-long-editor-password", is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    return client


def run_action(client, action: str, articles):
    data = {"action": action, "_selected_action": [str(a.pk) for a in articles]}
    return client.post(reverse("admin:articles_article_changelist"), data)


def test_admin_splits_an_article_out_of_its_group_and_joins_it_back(editor_client, syndicated):
    original, reprint, other = syndicated
    change = reverse("admin:articles_article_change", args=[original.pk])
    assert "The Northern Courier" in editor_client.get(change).content.decode()

    assert run_action(editor_client, "split_reprint_group", [reprint]).status_code == 302
    original.refresh_from_db()
    reprint.refresh_from_db()
    # A group of one is no group.
    assert (original.reprint_group_id, reprint.reprint_group_id) == (None, None)
    assert ReprintGroup.objects.count() == 0
    assert len(Article.objects.search("library roof")) == 2

    run_action(editor_client, "join_reprint_group", [original, reprint, other])
    groups = set(Article.objects.values_list("reprint_group", flat=True))
    assert len(groups) == 1 and None not in groups


def test_review_queue_lists_a_possible_reprint_until_settled(editor_client, db):
    import_record(record())
    result = import_record(syndicated_copy(body=body_of(reworded(OPED, 0.08))))
    article = Article.objects.get(slug=result.article_slug)
    queue = editor_client.get(reverse("admin:articles_article_review")).content.decode()
    assert "Possible reprints" in queue and article.title in queue
    listed = editor_client.get(
        reverse("admin:articles_article_changelist"), {"review": "possible_reprint"}
    ).content.decode()
    assert article.title in listed

    run_action(editor_client, "dismiss_possible_reprint", [article])
    assert PossibleReprint.objects.count() == 0
    assert article not in editing.needing_review(Article.objects)
    assert Article.objects.get(pk=article.pk).reprint_group_id is None


def test_joining_a_possible_reprint_settles_it(editor_client, db):
    first = Article.objects.get(slug=import_record(record()).article_slug)
    result = import_record(syndicated_copy(body=body_of(reworded(OPED, 0.08))))
    second = Article.objects.get(slug=result.article_slug)
    run_action(editor_client, "join_reprint_group", [first, second])
    assert PossibleReprint.objects.count() == 0
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.reprint_group_id == second.reprint_group_id is not None


def test_an_editor_may_give_a_reprint_the_text_of_another_outlets_copy(syndicated):
    original, reprint, other = syndicated
    # The same outlet's same text is a duplicate; another outlet's is a reprint.
    assert (
        editing.find_text_duplicate(
            body=original.body, exclude_pk=other.pk, publisher=other.publisher
        )
        == original
    )
    assert (
        editing.find_text_duplicate(
            body=original.body, exclude_pk=reprint.pk, publisher=reprint.publisher
        )
        is None
    )


def test_edited_body_gets_new_band_hashes(syndicated):
    _, _, other = syndicated
    before = set(ArticleBand.objects.filter(article=other).values_list("hash", flat=True))
    other.body = body_of(OPED)
    editing.start_article_edit(article=other, changed=["body"], kept_locks=[], adding=False)
    other.save()
    editing.finish_article_edit(article=other, user=None, byline_changed=False)
    after = set(ArticleBand.objects.filter(article=other).values_list("hash", flat=True))
    assert after and after != before
    assert after == set(identity.band_hashes(body_of(OPED)))


def test_related_reading_leaves_out_the_articles_own_reprints(syndicated):
    from articles.selectors import related_articles

    original, reprint, other = syndicated
    topic = make_topic("Local government")
    for article in syndicated:
        article.topics.add(topic)
    original.refresh_from_db()
    # All three share the author; only the unrelated text is related reading.
    assert [a.pk for a in related_articles(article=original)] == [other.pk]
    assert {a.pk for a in related_articles(article=other)} == {original.pk, reprint.pk}
