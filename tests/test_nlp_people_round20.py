"""People on real news, audit of the groups r2300-r2323, r2400-r2423 and r2500-r2513: the classes of wording behind
their errors, each written the way any outlet could put it.

- bylines: "Peliput" labels the reporter who covered the event; two sets of initials slashed in brackets at an
  article's end ("(BIM/TOK)") are the writer's and editor's, no names;
- nicknames: the pesantren's "Gus" and the motherly "Mak" before a familiar name are honorifics, so the familiar
  name is the full name's owner;
- not names: a preposition opening a sentence before its subject ("Bagi Suyanto selaku Bupati"); offices written
  as one word (a council's secretariat "Setwan", a sub-section "Subbag", a training centre "Puslatbang"), and the
  words of a secretariat's liaison sub-section;
- degrees: one typed with a comma for its dot ("S,Kep") or with its letters spaced ("M Eng");
- headlines of other stories: a site's timed list of its latest headlines on one line ("| 14:00 . Headline |")
  names no one of the article;
- posts: a ministry's post ending a line of a text wrapped by hand, with its short form in brackets and a comma,
  its holder opening the next line ("Menteri ... (Menkominfo) RI,\nX.");
- lists: in "A, post, B, post, C, post, sebagai narasumber" the post between two names is the earlier one's, so
  a later speaker does not take the ministry post of the one before;
- categories: a minister's special staff with the ministry written after the post ("Staf Khusus Kementerian").

Texts and names are written for these tests.
"""

from __future__ import annotations

import pytest
from fixtures.support import people_found
from spacy.language import Language

from extractor.nlp.people import INITIALS_PAIR, TICKER_ITEM, WRAPPED_POST_TAIL

found = people_found


# -- bylines ---------------------------------------------------------------------------------------------------------

def test_the_reporter_labelled_peliput_is_a_person(nlp: Language) -> None:
    people = found(nlp, "Rapat evaluasi digelar di aula kantor bupati pagi tadi.\nPeliput: Sumarno")
    assert set(people) == {"sumarno"}
    assert people["sumarno"]["category"] == "other"


@pytest.mark.parametrize("text", [
    "Para peserta berdiskusi hingga sore. (BIM/TOK)",
    "Kegiatan ditutup dengan foto bersama. ( AR / DN )",
])
def test_two_sets_of_initials_in_brackets_are_no_people(nlp: Language, text: str) -> None:
    assert found(nlp, text) == {}


def test_a_credit_in_capitals_slashed_to_an_outlet_stays(nlp: Language) -> None:
    text = "Bupati membuka forum kota cerdas di pendopo. (SUGENG/RADAR KUDUS)\nKabupaten Kudus menyiapkan masterplan."
    assert set(found(nlp, text)) == {"sugeng"}


# -- nicknames -------------------------------------------------------------------------------------------------------

def test_gus_before_a_familiar_name_is_the_full_names_owner(nlp: Language) -> None:
    text = "Wakil Bupati Pati Mochamad Anwar Sholeh membuka bimtek. Gus Anwar mengatakan daerahnya siap."
    assert set(found(nlp, text)) == {"mochamad anwar sholeh"}


def test_mak_before_a_familiar_name_is_the_full_names_owner(nlp: Language) -> None:
    text = "Bupati Kendal, Sri Wahyuni atau Mak Sri membuka acara itu. Mak Sri mengatakan daerahnya siap."
    people = found(nlp, text)
    assert set(people) == {"sri wahyuni"}
    assert people["sri wahyuni"]["category"] == "regional_official"


# -- not names -------------------------------------------------------------------------------------------------------

def test_a_preposition_opening_the_sentence_is_no_part_of_the_name(nlp: Language) -> None:
    people = found(nlp, "Bagi Suyanto selaku Bupati Tuban, penghargaan itu menjadi pemacu.")
    assert set(people) == {"suyanto"}


@pytest.mark.parametrize("text", [
    "Kegiatan diikuti Bagian Humas Setwan DPRD Jambi dan para wartawan.",
    "Hasil kajian disusun bersama Puslatbang KMP dan sebuah perguruan tinggi.",
])
def test_offices_written_as_one_word_are_no_people(nlp: Language, text: str) -> None:
    assert found(nlp, text) == {}


def test_an_analyst_of_a_training_centre_is_a_ministry_person(nlp: Language) -> None:
    text = "Dalam paparannya, Wahyu Hidayat, Analis Kebijakan Ahli Madya Puslatbang KMP menyampaikan hasil kajian."
    people = found(nlp, text)
    assert set(people) == {"wahyu hidayat"}
    assert people["wahyu hidayat"]["category"] == "ministry"


def test_the_words_of_a_liaison_sub_section_are_no_name(nlp: Language) -> None:
    text = ("Walikota Bima datang bersama Kepala Subbag Kerjasama Rantau dan Penghubung Bagian Protokol "
            "Setda Kota Bima Rudi Hartono, dan Sekretaris Diskominfo Lina Marlina.")
    people = found(nlp, text)
    assert set(people) == {"rudi hartono", "lina marlina"}
    assert people["rudi hartono"]["category"] == "regional_official"


# -- degrees ---------------------------------------------------------------------------------------------------------

def test_a_degree_typed_with_a_comma_is_no_person(nlp: Language) -> None:
    text = "Hal itu disampaikan Kabid TIK Dinas Kominfo Kota Bima Rahmat Hidayat S,Kep kepada wartawan."
    people = found(nlp, text)
    assert set(people) == {"rahmat hidayat"}
    assert people["rahmat hidayat"]["category"] == "regional_official"


def test_a_degree_with_its_letters_spaced_leaves_the_name(nlp: Language) -> None:
    text = "Piala diserahkan guru besar teknik informatika ITB Prof Dr Ir Bambang Riyanto M Eng disaksikan pejabat."
    assert set(found(nlp, text)) == {"bambang riyanto"}


def test_a_last_initial_stays_in_the_name(nlp: Language) -> None:
    text = "Dalam paparannya, Budi Santoso A, Analis Kebijakan Ahli Madya Kemendagri menyampaikan hasil kajian."
    assert set(found(nlp, text)) == {"budi santoso a"}


# -- categories ------------------------------------------------------------------------------------------------------

def test_a_ministers_special_staff_with_the_ministry_after_the_post(nlp: Language) -> None:
    text = "Sementara Staf khusus Kementerian Kominfo bidang hukum Dedi Kurnia menyampaikan arahan presiden."
    people = found(nlp, text)
    assert set(people) == {"dedi kurnia"}
    assert people["dedi kurnia"]["category"] == "ministry"


# -- a site's list of latest headlines --------------------------------------------------------------------------

def test_a_timed_list_of_latest_headlines_names_no_one(nlp: Language) -> None:
    text = ("Beranda   |   21:00 . Warga Gotong Royong Bersihkan Sungai di Desa Sumberejo   |   20:00 . Rudi Hartono "
            "Resmikan Pasar Baru   |   19:00 . Banjir Rendam Sawah di Sumberejo, Petani Merugi   |   18:00 . Kang "
            "Yoto Sapa Petani di Balen   |   17:00 . Ratusan Peserta Ikuti Jalan Sehat   |   16:00 . Api dari Tungku "
            "Hanguskan Gudang di Kedungadem   |\nKamis, 12 Juli 2018\n"
            "Bupati Tuban Suyanto membuka rapat evaluasi kota cerdas bersama tim dari Kementerian Kominfo.")
    assert set(found(nlp, text)) == {"suyanto"}


# -- lists of names and their posts -----------------------------------------------------------------------------

def test_the_post_between_two_listed_names_is_the_earlier_ones(nlp: Language) -> None:
    text = ("Hadir dalam kegiatan tersebut, Dewi Lestari, Kasie Layanan Aplikasi Pemerintah Daerah Kemenkominfo, "
            "Bagus Pratama, Wakil Rektor Bidang Akademik Universitas Gunadarma, Sigit Wibowo, Peneliti BRIN, "
            "sebagai narasumber.")
    people = found(nlp, text)
    assert set(people) == {"dewi lestari", "bagus pratama", "sigit wibowo"}
    assert people["bagus pratama"]["category"] != "ministry"
    assert "Kasie" not in (people["bagus pratama"]["role"] or "")
    # the post after a ministry's name and a comma, then a name: still the name's before it
    people = found(nlp, text.replace("Pemerintah Daerah Kemenkominfo, ", "Pemda, Kemenkominfo, "))
    assert "Rektor" not in (people["sigit wibowo"]["role"] or "")


def test_a_post_after_a_place_and_a_comma_stays_the_next_names(nlp: Language) -> None:
    text = "Rapat dihadiri Bupati Bima, Kepala Dinas Kominfo, Budi Santoso, Sekretaris Dinas, dan para camat."
    people = found(nlp, text)
    assert people["budi santoso"]["category"] == "regional_official"


@pytest.mark.parametrize("text", [
    "Acara dibuka Wakil Bupati Purbalingga Sudono, Kepala Dinkominfo Prayitno, Kabid Aptika Sri Wahyuni, dan tamu lain.",
    "Hadir Sekda Agus Salim, Kepala Bappeda Prayitno, Kabid Aptika Sri Wahyuni, serta para camat.",
    "Hadir Kepala Bappeda Agus Salim, Kepala Dinkominfo Prayitno, Kabid Aptika Sri Wahyuni, serta para camat.",
])
def test_a_list_of_posts_before_names_keeps_each_post_with_the_name_after_it(nlp: Language, text: str) -> None:
    people = found(nlp, text)
    assert people["prayitno"]["category"] == "regional_official"
    assert people["prayitno"]["role"] in ("Kepala Dinkominfo", "Kepala Bappeda")


# -- posts over a line break ---------------------------------------------------------------------------------------

WRAPPED = ("Trofi diserahkan kepada daerah yang dinilai paling siap dan\n"
           "Penghargaan dari Menteri Komunikasi dan Informatika (Menkominfo) RI,\n"
           "{name}. Penghargaan diterima Bupati Jepara Sutrisno yang diwakili\n"
           "sekretaris daerah di Jakarta. Daerah ini sudah menyiapkan aplikasi yang\n"
           "dipakai warga setiap hari untuk mengurus layanan yang\ndiperlukan.")


@pytest.mark.parametrize("name", ["Budiarto", "Budiarto Santoso"])
def test_a_ministers_name_opening_the_line_after_the_post_in_a_wrapped_text(nlp: Language, name: str) -> None:
    people = found(nlp, WRAPPED.format(name=name))
    assert people[name.lower()]["category"] == "ministry"


def test_a_place_in_brackets_ending_a_wrapped_line_is_no_post(nlp: Language) -> None:
    text = WRAPPED.replace("Penghargaan dari Menteri Komunikasi dan Informatika (Menkominfo) RI,",
                           "acara dibuka di Gedung Sate (Bandung),").format(name="Budiarto Santoso hadir")
    assert set(found(nlp, text)) == {"sutrisno"}


# -- hostile input ---------------------------------------------------------------------------------------------------

def test_hostile_inputs_complete(nlp: Language) -> None:
    assert INITIALS_PAIR.search("(" + "AB / " * 12_000 + "x") is None
    assert WRAPPED_POST_TAIL.fullmatch(" (Ab)" * 10_000 + "x") is None
    assert TICKER_ITEM.search("| 1" + " " * 50_000) is None
    found(nlp, ("Kabid Budi S,Kep kata Gus Ali M Eng. (BIM/TOK)\n" * 1_100)[:50_000])
