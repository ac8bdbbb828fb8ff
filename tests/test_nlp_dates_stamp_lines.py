"""A page's date stamp lines (template weekdays and icon names around the date, a header line of date, author and
view count) are no event dates (audit of r2300-r2323, r2400-r2423, r2500-r2513)."""

from __future__ import annotations

from extractor.nlp.dates import find_dates


def _kinds(text: str) -> dict[str, str]:
    return {text[s:e]: v["kind"] for s, e, v in find_dates(text, None)}


def test_icon_name_and_short_weekday_before_the_date_make_a_stamp() -> None:
    text = ("Wali Kota Buka Pelatihan Kota Cerdas\n- person_outline Admin Web\n- calendar_month Rab, 3 Mei 2023\n"
            "- visibility 15\nPelatihan itu dibuka Selasa (2/5/2023) di aula kantor wali kota.")
    kinds = _kinds(text)
    assert kinds["3 Mei 2023"] == "publication"
    assert kinds["Selasa (2/5/2023)"] == "event"


def test_english_weekday_line_below_a_long_ticker_is_a_stamp() -> None:
    ticker = " | ".join(f"10:0{i % 10} . Kabar singkat nomor {i} dari desa" for i in range(30))
    text = (f"{ticker}\nTue, 8 Agustus 2023\nJl. Merdeka No. 1\n\nBupati membuka rapat kota cerdas pada "
            "Senin (7/8/2023) di pendopo.")
    kinds = _kinds(text)
    assert kinds["8 Agustus 2023"] in {"publication", "stamp"}
    assert kinds["Senin (7/8/2023)"] == "event"


def test_header_line_of_date_author_and_views_is_a_stamp() -> None:
    text = ("KABAR DAERAH\n\nKamis, 12 Januari 2023 AHMAD FAUZI, S.Kom 245\n\nTim asesor meninjau layanan kota "
            "pada Rabu (11/01) di ruang rapat.")
    assert _kinds(text)["Kamis, 12 Januari 2023"] == "publication"


def test_a_line_opening_with_a_date_that_goes_on_as_a_sentence_is_news() -> None:
    text = ("Rapat persiapan digelar di aula.\nJumat, 14 Juli 2023 Bupati Lestari membuka bimbingan teknis\n"
            "di gedung serbaguna.\nSabtu, 15 Juli 2023.\n")
    kinds = _kinds(text)
    assert kinds["Jumat, 14 Juli 2023"] == "event"
    assert kinds["Sabtu, 15 Juli 2023"] == "event"


def test_a_short_weekday_in_a_sentence_of_the_body_stays_an_event() -> None:
    body = "Kegiatan berlangsung lancar. " * 40
    text = f"{body}\nPenilaian tahap kedua digelar Sab, 15 Juli 2023 di balai kota."
    assert [v["kind"] for _, _, v in find_dates(text, None)] == ["event"]


def test_hostile_stamp_lines_are_read_in_one_pass() -> None:
    text = ("calendar_month Sen, " * 2500) + "\n" + ("Senin, 1 Mei 2023 ABC " * 2000)
    assert len(text) > 50_000
    # the first line holds no date; each date of the second is an event
    assert [(v["iso_start"], v["kind"]) for _, _, v in find_dates(text, None)] == [("2023-05-01", "event")] * 2000


def test_a_day_written_with_dashes_is_read_and_on_a_stamp_line_is_the_stamp() -> None:
    text = ("Kota Bima Ikut Gerakan Kota Cerdas\n\n 21-05-2019 10:15 WITA by Admin 87x Berita\n\nBIMA- Rapat "
            "digelar 22-05-2019 di aula, bukan 2017-2022.")
    found = [(text[s:e], v["kind"], v["iso_start"]) for s, e, v in find_dates(text, None)]
    assert ("21-05-2019", "publication", "2019-05-21") in found
    assert ("22-05-2019", "event", "2019-05-22") in found
    assert not any(t.startswith("2017") for t, _, _ in found)
