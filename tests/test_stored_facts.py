"""What the database stores is what a researcher would count (issue 15): publication dates, scores, exact copies,
event rounds and years, people, codes, per-field corroboration.

The articles are short made-up reports written for these tests; each one runs through the real pipeline
(parse, NLP, store, assembly), so each test ingests only a few.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from fixtures.news import jsonl_line
from fixtures.support import CliRun, ingest_cli, read_db

# a report whose publication date is only in its dateline (the line under the headline), as .txt files have it
DATELINE_TXT = """Kabupaten Tabalong Ikuti Evaluasi Tahap I Gerakan Menuju Smart City
Kamis, 10 Agustus 2023 | 14.20 WITA

TANJUNG - Pemerintah Kabupaten Tabalong mengikuti evaluasi tahap I Gerakan Menuju Smart City yang
diselenggarakan Kementerian Kominfo secara daring, kemarin. Bupati Tabalong Anang Syakhfiani memaparkan
capaian quick win di hadapan para evaluator dari Ruang Rapat Bappedalitbang. Menurut dia, layanan digital
yang dibangun sejak 2019 sudah dipakai warga di seluruh kecamatan.
"""

# no dateline at the top: the date stands alone on the last line, as some regional portals print it
DATE_LINE_TXT = """Pemerintah Kota Tomohon memaparkan rencana induk kota cerdas di hadapan tim asesor dari Jakarta.
Wali Kota Tomohon mengatakan inovasi layanan publik berbasis aplikasi akan diperluas ke semua kelurahan.
Tim asesor menilai dokumen rencana induk sudah lengkap, namun perlu memperjelas pembiayaan tiap program.
Kota Tomohon menjadi salah satu daerah peserta Gerakan Menuju 100 Smart City yang terus berbenah.
Pemerintah kota juga menyiapkan ruang kendali untuk memantau layanan warga selama dua puluh empat jam.

Tomohon, 12 Maret 2021
"""

# no date anywhere
UNDATED_TXT = """Pemerintah Kota Bitung memaparkan rencana induk kota cerdas di hadapan tim asesor dari Jakarta.
Wali Kota Bitung mengatakan inovasi layanan publik berbasis aplikasi akan diperluas ke semua kelurahan.
Tim asesor menilai dokumen rencana induk sudah lengkap, namun perlu memperjelas pembiayaan tiap program.
Kota Bitung menjadi salah satu daerah peserta Gerakan Menuju 100 Smart City yang terus berbenah.
"""


# publication dates


def test_the_best_publication_date_is_stored_with_its_source(cli: CliRun, db_url: str, tmp_path: Path) -> None:
    (tmp_path / "tabalong.txt").write_text(DATELINE_TXT, encoding="utf-8")
    (tmp_path / "tomohon.txt").write_text(DATE_LINE_TXT, encoding="utf-8")
    (tmp_path / "bitung.txt").write_text(UNDATED_TXT, encoding="utf-8")
    # a JSONL line with `published` keeps it even when the text has another date; one without takes the dateline
    (tmp_path / "feed.jsonl").write_text(
        jsonl_line(id="with-date", published="2023-08-11", text=DATELINE_TXT.split("\n", 1)[1].replace(
            "Tabalong", "Balangan"))
        + "\n"
        + jsonl_line(id="without-date", text=DATELINE_TXT.split("\n", 1)[1].replace("Tabalong", "Tanah Laut"))
        + "\n",
        encoding="utf-8",
    )
    result = ingest_cli(cli, db_url, tmp_path)
    assert result.exit_code == 0, result.output
    stored = read_db(db_url)
    dates = {a.key: (a.published, a.published_source) for a in stored.articles}
    assert dates == {
        "tabalong": (date(2023, 8, 10), "dateline"),
        "tomohon": (date(2021, 3, 12), "text"),
        "bitung": (None, None),
        "with-date": (date(2023, 8, 11), "metadata"),
        "without-date": (date(2023, 8, 10), "dateline"),
    }
    # "kemarin" counts from the dateline
    summary = stored.by_key("tabalong").summary or {}
    assert summary["published"] == "2023-08-10"
