"""Cross-article assembly on hand-built summaries: which per-article events are one event, which names one person."""

from __future__ import annotations

import random
from datetime import date
from typing import Any

import pytest
from fixtures.events_db import event, person, summary

from extractor.assemble import (
    Assembly,
    SourceArticle,
    assemble,
    assemble_people,
    date_range,
    folded_name,
    name_key,
    venue_key,
    venue_places,
)


def article(
    article_id: int,
    events: list[dict[str, Any]],
    people: list[dict[str, Any]] | None = None,
    *,
    published: str | None = "2019-06-21",
    duplicate_of: int | None = None,
    url: str | None = None,
) -> SourceArticle:
    key = f"a{article_id}"
    return SourceArticle(
        article_id=article_id,
        key=key,
        url=url or f"https://outlet{article_id}.example/{key}",
        published=published,
        summary=summary(key, events=events, people=people),
        duplicate_of=duplicate_of,
        fingerprint=f"{article_id:064d}",
    )


def shape(result: Assembly) -> dict[str, Any]:
    """What an assembly says, without anything that depends on input order."""
    return {
        "events": [
            (
                e.key,
                e.type,
                e.start,
                e.end,
                e.venue,
                tuple(e.regions),
                tuple((s.article_id, s.independent) for s in e.sources),
                tuple((p.person_key, p.role) for p in e.participants),
            )
            for e in result.events
        ],
        "people": [
            (p.key, p.name, p.category, tuple(p.variants), tuple(x.article_id for x in p.positions))
            for p in result.people
        ],
    }


JUNE = ("2019-06-18", "2019-06-20")


# dates and places


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        ("2019-06-18", "2019-06-20", (date(2019, 6, 18), date(2019, 6, 20))),
        ("2019-06", "2019-06", (date(2019, 6, 1), date(2019, 6, 30))),
        ("2024", None, (date(2024, 1, 1), date(2024, 12, 31))),
        ("2020-02", None, (date(2020, 2, 1), date(2020, 2, 29))),
        ("2023-07", "2023-10-11", (date(2023, 7, 1), date(2023, 10, 11))),
        (None, None, None),
        ("not a date", None, None),
    ],
)
def test_date_range_treats_months_and_years_as_ranges(
    start: str | None, end: str | None, expected: object
) -> None:
    assert date_range(start, end) == expected


def test_venue_places_and_keys() -> None:
    assert venue_places("Hotel Aston, Kabupaten Banyuwangi Provinsi Jawa Timur") == {"banyuwangi"}
    assert venue_places("ruang rapat kantor bupati") == set()
    assert (
        venue_key("Ruang Rapat Lobi Kantor Bupati Buleleng, Rabu (9/9/2020)")
        == "ruang rapat lobi kantor bupati buleleng"
    )


# events


def test_same_event_from_two_outlets_is_one_event_with_two_sources() -> None:
    result = assemble(
        [
            article(
                1,
                [
                    event(
                        "evaluation",
                        ["Kabupaten Banyuasin"],
                        *JUNE,
                        hosts=["Kabupaten Banyuwangi"],
                        venue="Hotel Aston, Kabupaten Banyuwangi",
                    )
                ],
            ),
            # the second outlet names no evaluated region, only the town where it took place
            article(2, [event("evaluation", [], *JUNE, venue="Banyuwangi")]),
        ]
    )
    assert len(result.events) == 1
    merged = result.events[0]
    assert [s.article_id for s in merged.sources] == [1, 2]
    assert merged.n_independent_sources == 2
    assert (merged.start, merged.end, merged.granularity) == ("2019-06-18", "2019-06-20", "day")
    assert merged.venue == "Hotel Aston, Kabupaten Banyuwangi"  # the most specific venue
    assert merged.regions == [("Kabupaten Banyuasin", "evaluated"), ("Kabupaten Banyuwangi", "host")]
    assert merged.key == "evaluation:2019-06-18:banyuasin"


def test_outlets_sharing_an_evaluated_region_merge() -> None:
    result = assemble(
        [
            article(1, [event("evaluation", ["Kota Tomohon"], "2018-08-21")]),
            article(2, [event("evaluation", ["Kota Tomohon", "Kota Manado"], "2018-08-21")]),
        ]
    )
    assert len(result.events) == 1
    assert [r for r, _ in result.events[0].regions] == ["Kota Tomohon", "Kota Manado"]


def test_a_month_joins_the_day_level_event_inside_it() -> None:
    result = assemble(
        [
            article(1, [event("evaluation", ["Kota Tomohon"], "2018-08")]),
            article(2, [event("evaluation", ["Kota Tomohon"], "2018-08-21")]),
        ]
    )
    assert len(result.events) == 1
    assert (result.events[0].start, result.events[0].granularity) == ("2018-08-21", "day")


def test_different_types_are_not_merged() -> None:
    result = assemble(
        [
            article(1, [event("evaluation", ["Kabupaten Banyuasin"], *JUNE)]),
            article(2, [event("assessment", ["Kabupaten Banyuasin"], *JUNE)]),
        ]
    )
    assert sorted(e.type for e in result.events) == ["assessment", "evaluation"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (("2019-06-18", "2019-06-20"), ("2019-06-24", "2019-06-25")),
        (("2019-06", "2019-06"), ("2019-07-01", "2019-07-01")),
        (("2019", None), ("2020-01-10", "2020-01-10")),
    ],
)
def test_dates_that_do_not_overlap_are_not_merged(
    first: tuple[str, str | None], second: tuple[str, str]
) -> None:
    result = assemble(
        [
            article(1, [event("evaluation", ["Kota Bandung"], *first)]),
            article(2, [event("evaluation", ["Kota Bandung"], *second)]),
        ]
    )
    assert len(result.events) == 2


def test_same_dates_without_a_shared_place_are_not_merged() -> None:
    result = assemble(
        [
            article(1, [event("evaluation", ["Kota Bandung"], *JUNE)]),
            article(2, [event("evaluation", ["Kota Medan"], *JUNE)]),
            article(3, [event("evaluation", [], *JUNE)]),
        ]
    )  # nothing to tell where: stays apart
    assert len(result.events) == 3


def test_different_stages_are_not_merged() -> None:
    result = assemble(
        [
            article(1, [event("evaluation", ["Kota Bandung"], "2019-06", stage="Tahap I")]),
            article(2, [event("evaluation", ["Kota Bandung"], "2019-06-20", stage="Tahap II")]),
        ]
    )
    assert len(result.events) == 2


def test_events_of_one_article_stay_apart() -> None:
    result = assemble(
        [
            article(
                1,
                [
                    event("evaluation", ["Kota Bandung"], "2019-06"),
                    event("evaluation", ["Kota Bandung"], "2019-06-20"),
                ],
            )
        ]
    )
    assert len(result.events) == 2


def test_an_undated_report_joins_the_event_just_before_its_publication() -> None:
    result = assemble(
        [
            article(1, [event("evaluation", ["Kota Bandung"], *JUNE)]),
            article(2, [event("evaluation", ["Kota Bandung"], None)], published="2019-06-25"),
            article(3, [event("evaluation", ["Kota Bandung"], None)], published="2019-12-01"),
        ]
    )
    assert [[s.article_id for s in e.sources] for e in result.events] == [[1, 2], [3]]


def test_syndicated_copy_is_a_source_but_not_an_independent_one() -> None:
    original = article(1, [event("evaluation", ["Kabupaten Banyuasin"], *JUNE)])
    copy = article(2, [event("evaluation", ["Kabupaten Banyuasin"], *JUNE)], duplicate_of=1)
    other = article(3, [event("evaluation", ["Kabupaten Banyuasin"], *JUNE)])
    result = assemble([original, copy, other])
    (merged,) = result.events
    assert [(s.article_id, s.independent) for s in merged.sources] == [(1, True), (2, False), (3, True)]
    assert merged.n_independent_sources == 2
    assert result.independent == {1: True, 2: False, 3: True}


def test_the_earliest_of_a_group_of_copies_counts_whichever_was_ingested_first() -> None:
    # ingest marked the later-published article as the original: only one of the two counts either way
    early = article(1, [event("evaluation", ["Kota Bandung"], *JUNE)], published="2019-06-20", duplicate_of=2)
    late = article(2, [event("evaluation", ["Kota Bandung"], *JUNE)], published="2019-06-22")
    (merged,) = assemble([late, early]).events
    assert [(s.article_id, s.independent) for s in merged.sources] == [(1, True), (2, False)]


def test_event_keys_are_unique() -> None:
    result = assemble(
        [
            article(1, [event("evaluation", ["Kota Bandung"], "2019-06-18")]),
            article(2, [event("evaluation", ["Kabupaten Bandung"], "2019-06-18")]),
        ]
    )
    assert sorted(e.key for e in result.events) == [
        "evaluation:2019-06-18:bandung",
        "evaluation:2019-06-18:bandung-2",
    ]


# people


def test_name_keys_drop_titles_and_degrees() -> None:
    assert name_key("Dr. Ir. Heri Abdul Azis, M.Sc") == "heri abdul azis"
    assert folded_name("Herry Abdul Aziz") == folded_name("Heri Abdul Azis")
    assert folded_name("Djoko Soetrisno") == folded_name("Joko Sutrisno")


def test_spelling_variants_of_one_person_are_merged() -> None:
    result = assemble(
        [
            article(1, [], [person("Heri Abdul Azis", "ministry", "Staf Ahli Menteri", "Kemenkominfo")]),
            article(
                2,
                [],
                [
                    person(
                        "Herry Abdul Aziz", "ministry", "Staf Ahli Menteri Bidang Teknologi", "Kemenkominfo"
                    )
                ],
            ),
            article(3, [], [person("Dr. Heri Abdul Azis, M.Sc", "ministry", None, "Kemenkominfo")]),
        ]
    )
    (heri,) = result.people
    assert heri.name == "Heri Abdul Azis"
    assert heri.variants == ["Heri Abdul Azis", "Herry Abdul Aziz"]
    assert [p.article_id for p in heri.positions] == [1, 2, 3]
    assert result.person_of[(2, "Herry Abdul Aziz")] == heri.key


def test_people_without_who_is_who_are_the_same_people() -> None:
    # a caller that reads who is who back from the stored persons does not get (or hold) the mapping
    articles = [article(1, [], [person("Heri Abdul Azis", "ministry", None, "Kemenkominfo"), person("Wartini", "other")]),
                article(2, [], [person("Herry Abdul Aziz", "ministry", None, "Kemenkominfo")])]
    people, person_of = assemble_people(articles)
    alone, none = assemble_people(articles, person_of=False)
    assert none == {} and len(person_of) == 3
    assert [(p.key, p.variants, p.positions) for p in alone] == [(p.key, p.variants, p.positions) for p in people]


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # share a first name only
        (
            person("Hari S. Nugroho", "assessor", affiliation="INSW"),
            person("Hari Kusdaryanto", "assessor", affiliation="CitiAsia"),
        ),
        # one name is the other plus a middle name, and they work in different places
        (
            person("Heru Nugroho", "assessor", affiliation="Universitas Gadjah Mada"),
            person("Heru Prasetyo Nugroho", "regional_official", "Sekda", region="Kabupaten Gunungkidul"),
        ),
        # the same name in two regions
        (
            person("Bambang Purwadi", "regional_official", "Kepala Dinas Kominfo", region="Kabupaten Bantul"),
            person("Bambang Purwadi", "regional_official", "Kepala Dinas Kominfo", region="Kota Malang"),
        ),
        # the same name at two universities
        (
            person("Rini Rahmawati", "assessor", affiliation="Universitas Gadjah Mada"),
            person("Rini Rahmawati", "assessor", affiliation="Institut Teknologi Bandung"),
        ),
        # a similar spelling with nothing to confirm it
        (
            person("Bambang Hartono", "assessor", affiliation="Institut Teknologi Bandung"),
            person("Bambang Hartanto", "assessor"),
        ),
    ],
)
def test_different_people_are_not_merged(one: dict[str, Any], other: dict[str, Any]) -> None:
    result = assemble([article(1, [], [one]), article(2, [], [other])])
    assert len(result.people) == 2


def test_two_names_in_one_article_are_two_people() -> None:
    result = assemble(
        [
            article(
                1,
                [],
                [
                    person("Hari Nugroho", "assessor", affiliation="INSW"),
                    person("Hari S. Nugroho", "assessor", affiliation="INSW"),
                ],
            )
        ]
    )
    assert len(result.people) == 2


def test_positions_over_time_belong_to_one_person() -> None:
    result = assemble(
        [
            article(
                3,
                [],
                [person("Erwin Ibrahim", "regional_official", "Sekda", region="Kabupaten Banyuasin")],
                published="2024-07-02",
            ),
            article(
                1,
                [],
                [
                    person(
                        "Erwin Ibrahim",
                        "regional_official",
                        "Plt. Kadis Kominfo",
                        region="Kabupaten Banyuasin",
                    )
                ],
                published="2017-05-09",
            ),
            article(
                2,
                [],
                [
                    person(
                        "Ir. Erwin Ibrahim",
                        "regional_official",
                        "Kepala Bappeda Litbang",
                        region="Kabupaten Banyuasin",
                    )
                ],
                published="2019-06-21",
            ),
            # a bare mention without facts joins the person with that name
            article(4, [], [person("Erwin Ibrahim", "other")], published="2020-01-01"),
        ]
    )
    (erwin,) = result.people
    assert [(p.as_of, p.role) for p in erwin.positions] == [
        ("2017-05-09", "Plt. Kadis Kominfo"),
        ("2019-06-21", "Kepala Bappeda Litbang"),
        ("2020-01-01", None),
        ("2024-07-02", "Sekda"),
    ]
    assert erwin.category == "regional_official"


def test_people_take_part_in_the_events_of_their_article() -> None:
    result = assemble(
        [
            article(
                1,
                [
                    event("evaluation", ["Kota Bandung"], "2019-06-18"),
                    event("technical_guidance", ["Kota Medan"], "2019-06-19"),
                ],
                [
                    person("Ani Lestari", "assessor", affiliation="Universitas Telkom"),
                    person("Budi Santoso", "regional_official", "Wali Kota", region="Kota Medan"),
                    person("Citra Dewi", "other", "akademisi"),
                ],
            )
        ]
    )
    roles = {e.type: [(p.person_key, p.role) for p in e.participants] for e in result.events}
    assert roles == {
        "evaluation": [("ani-lestari", "assessor"), ("citra-dewi", "speaker")],
        "technical_guidance": [
            ("ani-lestari", "assessor"),
            ("budi-santoso", "official"),
            ("citra-dewi", "speaker"),
        ],
    }


# determinism


def test_any_input_order_gives_the_same_assembly() -> None:
    articles = [
        article(
            1,
            [event("evaluation", ["Kabupaten Banyuasin"], *JUNE, hosts=["Kabupaten Banyuwangi"])],
            [person("Heri Abdul Azis", "ministry", "Staf Ahli Menteri", "Kemenkominfo")],
        ),
        article(
            2,
            [event("evaluation", [], *JUNE, venue="Banyuwangi")],
            [person("Herry Abdul Aziz", "ministry", "Staf Ahli Menteri", "Kemenkominfo")],
        ),
        article(3, [event("evaluation", ["Kabupaten Banyuasin"], *JUNE)], duplicate_of=1),
        article(4, [event("evaluation", ["Kabupaten Sleman"], "2019-06")], published="2019-06-30"),
        article(
            5,
            [
                event("evaluation", ["Kabupaten Sleman"], "2019-06-19"),
                event("pre_evaluation", ["Kabupaten Sleman"], "2019-03"),
            ],
            [person("Sri Purnomo", "regional_official", "Bupati", region="Kabupaten Sleman")],
        ),
        article(6, [event("pre_evaluation", ["Kabupaten Sleman"], None)], published="2019-03-20"),
        article(7, [event("evaluation", ["Kota Bandung"], *JUNE)], published=None),
        article(8, [event("evaluation", ["Kota Bandung"], *JUNE)], published=None),
    ]
    expected = shape(assemble(articles))
    rng = random.Random(7)
    for _ in range(20):
        shuffled = articles[:]
        rng.shuffle(shuffled)
        assert shape(assemble(shuffled)) == expected


def test_thousands_of_articles_are_compared_only_within_their_type_and_year(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Work, not time: the events are blocked by type and year, so 2000 reports of 3 types over 8 years need about
    n²/(2·24) comparisons; without the year blocking it would be n²/6, without any n²/2."""
    from extractor import assemble as module

    rng = random.Random(3)
    regions = [f"Kota Contoh {i}" for i in range(300)]
    articles = []
    for i in range(2000):
        day = date(2017 + rng.randint(0, 7), rng.randint(1, 12), rng.randint(1, 27))
        articles.append(
            article(
                i,
                [
                    event(
                        rng.choice(["evaluation", "assessment", "award"]),
                        rng.sample(regions, 2),
                        day.isoformat(),
                    )
                ],
                [person(f"Orang {rng.randint(0, 900)} Contoh", "assessor")],
                published=day.isoformat(),
            )
        )
    comparisons = 0
    real = module.same_event

    def counting(report: Any, cluster: Any) -> bool:
        nonlocal comparisons
        comparisons += 1
        return real(report, cluster)

    monkeypatch.setattr(module, "same_event", counting)
    result = assemble(articles)
    assert len(result.events) > 1900  # random dates and regions: hardly anything merges
    assert 0 < comparisons <= len(articles) ** 2 / 24, comparisons
