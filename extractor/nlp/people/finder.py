"""The `smartcity_people` component: `PeopleFinder` runs the stages over a Doc and writes `doc.spans["people"]`."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from extractor.nlp.lexicon import Lexicon, alternation, load_lexicon, read_lines, squash
from extractor.nlp.people.bylines import (
    capitalised_bylines,
    caption_line,
    closing_credit,
    credit_outlet,
    credit_source,
    is_byline,
    lowercase_bylines,
    outlet_of_text,
    signed_name,
)
from extractor.nlp.people.categories import among_assessors, assessing, finish, known_person
from extractor.nlp.people.cues import cue_of
from extractor.nlp.people.lists import (
    assessors_around_lists,
    coordinated_in_brackets,
    name_then_post_item,
    position_list_item,
    post_before_on_line,
    post_name_degrees_item,
)
from extractor.nlp.people.names import (
    extend_to_model,
    from_balinese_i,
    from_inner_honorific,
    joined,
    model_span_holds_a_non_name,
    model_tail,
    name_chains,
    regions_opening_names,
    strip_honorifics,
    trim_to_model,
)
from extractor.nlp.people.non_names import (
    after_place_word,
    bracketed_abbreviation,
    bracketed_after_position,
    common_word,
    cut_place_name,
    district_before_region,
    in_address,
    in_office_list,
    in_organisation_name,
    in_place_list,
    in_venue_name,
    inside_title,
    institution_follows,
    is_known_place,
    is_place_before_name,
    name_closing_academic_body,
    only_titles,
    place_in_apposition,
    region_short_forms,
)
from extractor.nlp.people.patterns import (
    AGENCY,
    BYLINE_INITIALS,
    GENERIC_ROLE,
    INITIALS,
    NAME_BODY,
    NAME_LABEL,
    REGION_HEAD_KINDS,
    SPEECH,
    STAFF_ROLE,
    VERB_SHAPE,
)
from extractor.nlp.people.person import EVIDENCE, Person
from extractor.nlp.people.posts import (
    affiliation_after,
    drop_roles_naming_others,
    post_right_before,
    region_head_before,
    stands_in_for_official,
)
from extractor.nlp.people.repeats import (
    holder_of_post,
    match_existing,
    name_parts,
    owner_after_post,
    quoted_first,
    resolve_nicknames,
)
from extractor.nlp.people.speakers import described_speakers, described_subjects, posts_as_subject
from extractor.nlp.people.vocabulary import Vocabulary
from extractor.nlp.people.words import (
    MODEL_LABEL,
    Word,
    dictionary_word,
    end_without_dot,
    in_title_case_line,
    proposed_by_model,
    same_line,
    split_words,
    starts_line,
)
from extractor.nlp.spans import add_span, main_region, spans_of, text_of

# What an app or programme is called right after its name ("Sibolga Lautku, aplikasi lelang ikan"), or the last
# word of such a name ("Panrita Lopi Digital"), or the part of the programme a local word names, glossed in
# brackets ("Huyula (smart mobility)"): the chain names a product or a concept, not a person.
PRODUCT_AFTER = re.compile(r"^\s*(?:,\s*(?:sebuah\s+|yakni\s+)?(?:aplikasi|program|layanan|platform|sistem|etalase|"
                           r"kanal|inovasi|situs|website|portal)\b(?!\s+(?:itu|ini|tersebut))|\s(?:Digital|Online|Mobile|App|Apps)\b"
                           r"|\((?i:smart)\s)")
# "aplikasi Pak Ogah", "layanan Mbak Rara": a name right after a noun of an app or a service (data/app_words.txt),
# in lower case or opening a sentence, names the product
APP_WORDS = alternation(read_lines("app_words.txt"))
APP_BEFORE = re.compile(rf"(?:\b(?:{APP_WORDS})|(?:^|\n|[.!?][ \t]+)(?i:{APP_WORDS}))[ \t]+[\"“']?$")
# "2. Smart Branding: A dan B": names in a line filed under a dimension are innovations ("Smart City: ..." is no
# dimension: a title's colon, "webinar bertajuk Menuju Smart City: Tantangan" before its speakers, corpus/real r2818)
DIMENSION_LABEL = re.compile(r"\bSmart\s+(?!City\b)[A-Z][a-z]+\s*:[^\n]*$")
# "Bupati dan Wakil Bupati Mimika, ": two posts joined before a pair of names ("A dan B")
PAIRED_POSTS = re.compile(r"\b(?:dan|&)[ \t]++Wakil[ \t]++[A-Z][^,.;:\n]{2,60}+,?[ \t]*+$")
PAIR_AND = re.compile(r"[ \t]++(?:dan|&)[ \t]++")
ASSESSOR_PAIR_AND = re.compile(r"[ \t]*+,?[ \t]*+(?:dan|serta|&)[ \t]++")  # (the first name's degrees left out)
# "A (UI),\nB (...)", "A dari IPB, B dari UI": between two names of a list, the first one's body in brackets or
# after "dari", maybe a comma, maybe "dan"
BODY_ITEM_GAP = re.compile(rf"[ \t]*+{NAME_BODY}[ \t]*+,?[ \t\n]*+(?:(?:dan|serta)[ \t\n]++)?")
BODY_AFTER = re.compile(r"[ \t]*+(?:\(|,?[ \t]*+(?:dari|asal)[ \t]++[A-Z])")  # the second one's body after it
# "yang akrab disapa Semmy": a nickname of the person just named, not a person of their own
NICKNAME_CUE = re.compile(r"\b(?:disapa|dipanggil|sapaan(?:nya)?|panggilan(?:nya)?)\s+$", re.IGNORECASE)
# "Slambas, sapaan akrab Slamet Basuki", "Raju—sapaan Mirajuddin": the familiar name before the full one
NICKNAME_OF = re.compile(r"\s*[,–—-]?\s*(?:sapaan|panggilan)(?:\s+akrab(?:nya)?)?\s+(?:dari\s+)?"
                         r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})")
WEB_ADDRESS = re.compile(r"\.(?:com|co|id|net|org|news|info)\b", re.IGNORECASE)  # "Kabarkita.com", "Kabar.co.id"
# districts and villages, whose names no list holds (a name of two words may follow their head's post)
LOCAL_KINDS = ("kecamatan", "kelurahan", "desa")
# "Edi Mengucapkan terima kasih": a verb written with a capital after a name ends it
# an active or passive verb with its suffix ("mengawali", "berdiskusi", "disampaikan"); no "pe-"/"ter-" word, as
# names have those shapes ("Pertiwi")
AFFIXED_VERB = re.compile(r"^(?:me[mny]?|meng|ber|di)[a-z]{3,}(?:kan|i)$")
ACRONYM_BEFORE = re.compile(r"\b[A-Z]{2,6}[ \t]+$")  # "Kabid TIK ": an office's acronym right before a name
# "Smart Branding, Smart Economy": a word after "Smart" is a dimension, not a name
SMART_BEFORE = re.compile(r"\bSmart[ \t]+$", re.IGNORECASE)


@Language.factory("smartcity_people", assigns=["doc.spans"], requires=["doc.spans"])
def make_people_finder(nlp: Language, name: str) -> PeopleFinder:
    """Build the people finder from the packaged title, degree and position lists."""
    return PeopleFinder(load_lexicon())


class PeopleFinder:
    """Adds `doc.spans["people"]`, one span per mention, value {name, category, role, affiliation, region}."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.vocab = Vocabulary(lexicon)

    def __call__(self, doc: Doc) -> Doc:
        """Write the people of the document to doc.spans["people"]; the regions that open a name leave "regions"."""
        doc.spans["people"] = []
        opening = regions_opening_names(doc)
        people = self.find(doc, opening)
        if opening:
            doc.spans["regions"] = [s for s in spans_of(doc, "regions") if (s.start_char, s.end_char) not in opening]
            (doc.user_data.get("spans_of") or {}).pop("regions", None)  # the cached sorted list is stale
        for person in people:
            for start, end in person.mentions:
                add_span(doc, "people", start, end, {"name": person.name, "category": person.category,
                                                     "role": person.role, "affiliation": person.affiliation,
                                                     "region": person.region})
        return doc

    def find(self, doc: Doc, opening: set[tuple[int, int]] | None = None) -> list[Person]:
        """Every person of the document, each once, with all their mentions (`opening`: the regions that open a
        name, `regions_opening_names`, when the caller has them already)."""
        vocab = self.vocab
        text = text_of(doc)
        regions = [(s.start_char, s.end_char, s._.value["name"]) for s in spans_of(doc, "regions")]
        provinces = [(s.start_char, s.end_char) for s in spans_of(doc, "provinces")]
        bylines = [(s.start_char, s.end_char) for s in spans_of(doc, "dates") if s._.value["kind"] == "publication"]
        model = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == MODEL_LABEL]
        opening = regions_opening_names(doc) if opening is None else opening
        skip = [r for r in regions if (r[0], r[1]) not in opening] + [(a, b, "") for a, b in provinces]
        words = split_words(text)
        people: list[Person] = []
        products: set[str] = set()  # words of app and programme names, never people later in the text
        nicknames: dict[str, Person] = {}  # "akrab disapa Semmy": the nickname and whom it names
        recent: list[Person] = []  # the people in the order of their latest mention
        # the characters of the known positions the text names
        positions = {i for m in vocab.position_re.finditer(text) for i in range(m.start(), m.end())}
        chains = name_chains(vocab, text, words, skip)
        short_forms = region_short_forms(text, regions)
        for i, chain in enumerate(chains):
            scholar: list[Word] = []  # the name closing an unknown university's name (name_closing_academic_body)
            # "Joni Ringgo Kasubag Kerjasama Setkab": a position after the first words of a chain ends the name
            inside = next((k for k, w in enumerate(chain) if w.start in positions), 0)
            chain = chain[:inside] if inside else chain
            # "Direktur Utama PT ...", "Pranata Komputer Ahli Muda Hendra": the last words of a known position
            chain = [w for w in chain if w.start not in positions]
            chain = from_inner_honorific(vocab, text, chain)
            if chain and in_organisation_name(vocab, text, chain) and not (
                    any(a == chain[0].start for a, _ in model) and (
                        any(b <= chain[0].start and not text[b:chain[0].start].strip() for _, b, _ in skip) or
                        ACRONYM_BEFORE.search(text, 0, chain[0].start))):
                # "Rektor Universitas Gadjah Mada Hendra Saputra"; "Kadis Kominfo Provinsi NTB Hendra Saputra",
                # "Kabid TIK Hendra Saputra": a name the model finds right after a place or an acronym ends the
                # office's name there
                scholar = [] if model_tail(chain, model) else name_closing_academic_body(vocab, text, chain)
                chain = scholar[-2:] or model_tail(chain, model)
            first = chain[0] if chain else None
            if first is None or len(chain) == 1 and (squash(first.bare) in short_forms or
                                                     not proposed_by_model(chain, model) and after_place_word(text, first.start)) \
                    or in_venue_name(vocab, text, chain) or is_place_before_name(vocab, text, chains, i, model) or \
                    is_known_place(vocab, chain) or place_in_apposition(vocab, text, chains, i) or \
                    len(chain) == 1 and (institution_follows(vocab, text, chain) or in_office_list(vocab, text, chain)) or \
                    len(chain) > 1 and squash("".join(w.bare for w in chain)) in vocab.lex.degrees or \
                    len(chain) == 1 and district_before_region(text, first, skip) or in_place_list(text, chain) or \
                    SMART_BEFORE.search(text[max(0, first.start - 10):first.start]) or \
                    in_address(text, chain, vocab.lex.venue_words) or \
                    credit_source(text, chain, vocab.lex.byline_words) or credit_outlet(text, chain) or \
                    closing_credit(text, chain) and not signed_name(vocab, chain):
                continue  # "M. Si", "S. Sos": a degree written with a space after its initial
            if len(chain) == 1 and cut_place_name(vocab, text, first) or \
                    any(WEB_ADDRESS.search(w.text) for w in chain):
                continue  # ("Redaksi Kabarkita.com / ...": a site's address after a credit's label is no name)
            name_words = from_balinese_i(vocab, text, strip_honorifics(vocab, chain))
            if not name_words:
                continue
            if len(name_words) == 1 and (bracketed_after_position(vocab, text, chain) or
                                         bracketed_abbreviation(vocab, text, chain) or
                                         not proposed_by_model(name_words, model) and inside_title(vocab, text, chain)):
                continue
            if PRODUCT_AFTER.match(text[chain[-1].end:chain[-1].end + 40]) and \
                    not SPEECH.search(text[max(0, first.start - 30):first.start]) and \
                    not post_right_before(vocab, text, first.start) or \
                    APP_BEFORE.search(text, max(0, first.start - 20), first.start) or \
                    DIMENSION_LABEL.search(text[text.rfind("\n", 0, first.start) + 1:first.start]) and \
                    not post_before_on_line(vocab, text, first.start):  # ("Smart Branding: Kabid Pariwisata X")
                products |= {squash(w.bare) for w in chain}
                continue
            if {squash(w.bare) for w in name_words} <= products:
                continue  # a later mention of an app already seen as one ("Info Sunto ... Sunto masih ...")
            # a district's or village's name, which no list holds, may have two words ("Camat Tanjung Priok X")
            head = region_head_before(vocab, text, first.start)
            place_words = 2 if head in LOCAL_KINDS else 1 if head in REGION_HEAD_KINDS else 0
            trimmed = trim_to_model(name_words, model, vocab.place_keys, vocab.lex.degrees, place_words,
                                    vocab.lex.name_opening_titles)
            name_words = extend_to_model(text, trimmed, model)
            # "Safaruddin Dt. Bandaro Rajo": the Minangkabau title (gala) after "Dt." is no part of the name
            name_words = next((name_words[:k] for k, w in enumerate(name_words) if k and w.bare == "Dt"), name_words)
            office = re.search(r"([A-Za-z]+)[ \t]+$", text[max(0, first.start - 30):first.start])
            if len(name_words) >= 3 and squash(name_words[0].bare) in vocab.region_names and office is not None and \
                    AGENCY.match(office.group(1).lower()):
                name_words = name_words[1:]  # "Kabid Diskominfo Pati Luky Pratugas": the office's region opens the chain
            if all(squash(w.bare) in vocab.lex.honorifics or len(w.bare) == 1 or INITIALS.match(w.bare)
                   for w in name_words):
                continue  # "H." or "G.S." alone: a title or initials without the name
            last = name_words[-1]
            proposed = proposed_by_model(name_words, model) and not model_span_holds_a_non_name(vocab, text, name_words, model)
            byline = is_byline(vocab, text, chain, proposed) and any(ch.islower() for w in name_words for ch in w.text)
            # a name going on over a wrapped line is read in running text, no headline
            headline = in_title_case_line(text, first.start) and "\n" not in text[first.start:chain[-1].end] and \
                not caption_line(vocab, text, first.start, chain[-1].end) and \
                not NAME_LABEL.fullmatch(text, text.rfind("\n", 0, first.start) + 1, first.start)  # "Nama Lengkap : X"
            if not byline and (any(same_line(text, a, first.start) for a, _ in bylines)
                               or headline and not position_list_item(vocab, text, first.start)
                               and not name_then_post_item(vocab, text, first.start, chain[-1].end)
                               and not post_name_degrees_item(vocab, text, first.start, chain[-1].end)) \
                    and not (proposed and starts_line(text, first.start)):
                continue
            if not byline and not any(ch.islower() for w in name_words for ch in w.text):
                continue  # "JSC", "PAN RB": acronyms, whatever their length
            name = joined(vocab, name_words)
            initials = BYLINE_INITIALS.search(text, text.rfind("\n", 0, first.start) + 1, first.start) if byline else None
            if initials is not None and initials.start() > text.rfind(":", 0, first.start):
                name = f"{' '.join(initials.group(0).split())} {name}"
                name_words = [Word(initials.group(0).strip(), initials.start(), initials.end())] + name_words
            if NICKNAME_CUE.search(text[max(0, first.start - 30):first.start]) and recent:
                nicknames[squash(name)] = recent[-1]
            if recent and re.fullmatch(r"\s*\(", text[recent[-1].mentions[-1][1]:first.start]) and \
                    text[last.end:].startswith(")") and not vocab.position_re.match(name):
                nicknames[squash(name)] = recent[-1]  # "Bupati Bojonegoro Suyoto (Kang Yoto)"
            nickname_of = NICKNAME_OF.match(text, last.end)
            owner_post = None if nickname_of is None else vocab.position_re.match(text, nickname_of.start("name"))
            if nickname_of is not None and owner_post is None:
                # "ujar Slambas, sapaan akrab Slamet Basuki": the familiar name of the person named next
                owner = match_existing(people, nickname_of.group("name"))
                if owner is not None:
                    owner.mentions.append((name_words[0].start, end_without_dot(last)))
                    nicknames[squash(name)] = owner  # "kata Raju" later on
                continue
            if nickname_of is not None and owner_post is not None:
                # "jelas Kang Giri, sapaan akrab Bupati Sugiri": the owner named after a post (and its region)
                owner = owner_after_post(people, text[owner_post.end():nickname_of.end("name")]) or \
                    holder_of_post(vocab, people, owner_post.group("pos"), nickname_of.group("name"))
                if owner is not None:
                    owner.mentions.append((name_words[0].start, end_without_dot(last)))
                    nicknames[squash(name)] = owner
                    continue
            if squash(name) in nicknames:
                nicknames[squash(name)].mentions.append((name_words[0].start, end_without_dot(last)))
                continue
            cue = cue_of(vocab, doc, text, chain, name_words, skip, model, proposed, byline)
            if cue is None and scholar:
                cue = finish(vocab, "other", " ".join(w.text for w in scholar[:-2]), None, None, EVIDENCE["after"])
            if (cue is None or cue[4] <= EVIDENCE["weak"]) and recent and (
                    text[first.start - 1:first.start] == "-" and recent[-1].mentions[-1][1] == first.start - 1 or
                    PAIR_AND.fullmatch(text, recent[-1].mentions[-1][1], first.start) and PAIRED_POSTS.search(
                        text, max(0, recent[-1].mentions[-1][0] - 80), recent[-1].mentions[-1][0])):
                # the second of a pair ("Wali Kota dan Wakil Wali Kota X A-B", "Bupati dan Wakil Bupati X, A dan
                # B") holds an office like the first
                cue = (recent[-1].category, None, None, recent[-1].region, EVIDENCE["after"])
            if (cue is None or cue[0] == "other" and cue[1] is None and cue[4] <= EVIDENCE["weak"]) and recent and \
                    recent[-1].category == "assessor" and (len(name_words) > 1 or proposed) and ASSESSOR_PAIR_AND.fullmatch(
                        vocab.without_degrees(text[recent[-1].mentions[-1][1]:first.start])):
                # "tim asesor Kemenkominfo, A, S.T. dan Ir. B, M.Kom, menilai ...": the second of two assessors
                # joined by "dan", with no post of its own, is an assessor too
                cue = ("assessor", None, recent[-1].affiliation, None, EVIDENCE["weak"])
            if (cue is None or cue[4] <= EVIDENCE["weak"]) and recent and \
                    coordinated_in_brackets(vocab, text, recent[-1], first.start):
                # "Pranata Komputer (A, S.T. dan B, S.Sos.)": the second of a bracket after a position holds it too
                cue = (recent[-1].category, recent[-1].role, recent[-1].affiliation, recent[-1].region,
                       EVIDENCE["after"])
            if cue is None and recent and \
                    BODY_ITEM_GAP.fullmatch(vocab.without_degrees(text[recent[-1].mentions[-1][1]:first.start])) and \
                    BODY_AFTER.match(vocab.without_degrees(text[chain[-1].end:chain[-1].end + 200])):
                # "A (UI), B (Pakar IT), dan C (UGM)", "A dari IPB dan B dari UI": a list of names, each with its body
                body = affiliation_after(vocab, vocab.without_degrees(text[chain[-1].end:chain[-1].end + 200]))
                entry = vocab.lex.institutions.get(body.lower()) if body else None
                cue = (recent[-1].category, None, entry[0] if entry else body, None, EVIDENCE["weak"])
            if cue is not None and cue[0] == "other" and (cue[1] is None or STAFF_ROLE.match(cue[1])) and \
                    stands_in_for_official(vocab, text, first.start, chain[-1].end):
                # "Bupati X yang diwakili stafnya Y", "Y yang mewakili Wali Kota X": the one standing in for a
                # regional post, or at the side of its holder as staff, serves the same government
                cue = ("regional_official", *cue[1:])
            if len(name_words) >= 3 and VERB_SHAPE.match(name_words[0].bare.lower()) and \
                    dictionary_word(name_words[0].bare.lower()) and \
                    any(name_parts(joined(vocab, name_words[1:]))[0] == name_parts(p.name)[0] for p in people):
                name_words = name_words[1:]  # "Mendampingi I Gusti Yudiana, ...": a verb opening the sentence
                name = joined(vocab, name_words)
            existing = match_existing(people, name) or quoted_first(people, name)
            if existing is None and len(name_words) == 1 and AFFIXED_VERB.match(name.lower()) and \
                    dictionary_word(name.lower()) and not proposed_by_model(name_words, model):
                continue  # "ujar Wakil Bupati Mengawali": a verb with its affixes after a post, no name
            if cue is None:
                if existing is not None:
                    existing.mentions.append((name_words[0].start, end_without_dot(name_words[-1])))
                    recent.append(existing)
                continue
            category, role, affiliation, region, strength = cue
            if existing is not None and category == "assessor" and existing.category == "regional_official" and \
                    existing.strength >= EVIDENCE["position"] and len(name_words) < len(existing.name.split()):
                # "Kepada tim asesor, Sekda Budi memaparkan ...": a region's official named again by a part of the
                # name, in a sentence about the assessors, is the official still, whom the assessors evaluate
                category, role, affiliation, region = existing.category, None, None, None
            if existing is None:
                if len(name_words) == 1 and len(name) < 3:
                    continue
                existing = Person(name=name)
                people.append(existing)
            elif len(name) > len(existing.name) and (existing.name.lower() in name.lower() or
                                                     len(existing.name.split()) == 1 < len(name.split())):
                existing.name = name  # (a one-word name found first is the full name's variant, _same_person)
            existing.update(category, role, affiliation, region, strength)
            existing.mentions.append((name_words[0].start, end_without_dot(last)))
            recent.append(existing)
        for start, end, name in capitalised_bylines(vocab, text) + lowercase_bylines(vocab, text):
            if match_existing(people, name) is None:
                people.append(Person(name=name, strength=EVIDENCE["position"], mentions=[(start, end)]))
        people = [p for p in people if not common_word(vocab, text, p) and not outlet_of_text(text, p.name)
                  and not only_titles(vocab, p.name)]
        drop_roles_naming_others(text, people)
        described_speakers(vocab, text, people, regions)
        posts_as_subject(vocab, doc, text, people, regions)
        described_subjects(vocab, doc, text, people, regions)
        resolve_nicknames(vocab, text, people)
        assessors_around_lists(vocab, doc, text, people)
        for person in people:
            known = known_person(person.name)
            generic = person.role is None or GENERIC_ROLE.match(person.role) is not None
            if known is not None and (generic or person.category == "other" and assessing(text)) and \
                    (person.category == "other" or known[0] == "assessor" and person.category == "ministry"):
                person.category, known_affiliation = known
                if person.category == "ministry" and person.role is None and among_assessors(doc, text, person):
                    person.category = "assessor"  # an official of the ministry who evaluates the region here
                person.affiliation = person.affiliation or known_affiliation
        article_region = main_region(doc)
        for person in people:
            if person.category == "regional_official" and person.region is None:
                person.region = article_region
            if person.category in ("assessor", "other") and person.region and not person.role:
                person.region = None
        return people
