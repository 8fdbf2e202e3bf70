"""Tolerant place-name look-up: name_key by hand, PlaceIndex on OCHA's 1,161 communities."""

import csv
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from secure_corridor.core import names
from secure_corridor.core.names import MATCH_KINDS, Match, PlaceIndex, name_key

from measure import GEOD

OCHA_CSV = Path(
    os.environ.get(
        "SECURE_CORRIDOR_OCHA_CSV",
        # shared/ lies beside the repository
        Path(__file__).resolve().parents[3] / "shared" / "data" / "ocha_communities_idleb_lattakia.csv",
    )
)

SARAQAB, TROMBA, AIN_AL_HOUR, AYN_AL_HAWR, EIN_ELHUR = "C3916", "C3908", "C8401", "C7211", "C3728"


# --- name_key, by hand ------------------------------------------------------

SAME_KEY = {
    "case and accents": ["Saraqab", "SARAQAB", "saraqab ", "Saráqab", "Ṣarāqib"],
    "apostrophes and ʿayn": [
        "Ma'arrat al-Nu'man",
        "Maʿarrat an-Nuʿman",
        "Maarrat Al Numan",
        "Ma’arrat Nu’man",
    ],
    "hyphens and spaces": ["Kafr Nabl", "Kafr-Nabl", "Kafrnabl", "  Kafr   Nabl "],
    "article al-/el-, apart or joined": ["Ain al-Hawr", "Ain Al Hawr", "Ain el Hawr", "Ain Elhawr", "Ain Hawr"],
    "sun-letter articles": ["Jisr ash-Shughur", "Jisr as-Shughur", "Jisr Shughur", "Jisr esh Shughur"],
    "abu/abd with the article joined": ["Abul Thohur", "Abu al-Thohur", "Abu Elthohur", "Abou Thohur"],
    "e/a/i": ["Saraqeb", "Saraqab", "Saraqib", "Seraqib"],
    "e/i in Idlib": ["Idlib", "Idleb", "Edlib"],
    "o/u/ou": ["Tromba", "Trumba", "Troumba"],
    "v/w": ["Ain al-Havr", "Ain al-Hawr"],
    "q/k/c": ["Qasab", "Kasab", "Casab"],
    "ou/aw/ow": ["Hour", "Hawr", "Howr", "Hur"],
    "double letters": ["Tall", "Tal", "Tell"],
    "doubled consonant and vowel": ["Maarrat", "Marat", "Ma'rrat"],
    "'ayn / ain / ayn / ein": ["Ain", "Ayn", "'Ayn", "ʿAyn", "Ein", "Aïn"],
    "sh/ch/sch": ["Sheikh", "Cheikh", "Shaykh", "Schaykh"],
    "kh/h": ["Khirbet", "Hirbet", "Ḫirbet"],
    "dh/z": ["Dhahabiya", "Zahabiya"],
    "th/t": ["Thahabiya", "Tahabiya", "Ṯahabiya"],
    "gh/g": ["Maghara", "Magara"],
    "j/dj": ["Jisr", "Djisr", "Ǧisr"],
    "ta marbuta -a/-ah/-eh": ["Ramla", "Ramlah", "Ramleh"],
    "French transliteration": ["Jisr ash-Shughur", "Djisr ech-Chogour"],
    "Arabic diacritics": ["سَرَاقِب", "سراقب"],
    "Arabic tatweel": ["سـراقـب", "سراقب"],
    "Arabic alef forms": ["أبو الظهور", "ابو الظهور", "إبو الظهور", "آبو الظهور", "ٱبو الظهور"],
    "Arabic ta marbuta": ["ترنبة", "ترنبه"],
    "Arabic alef maqsura / ya": ["خوارى", "خواري"],
    "Arabic hamza on waw and ya": ["مؤمن", "مومن"],
    "Arabic hamza on ya": ["بئر", "بير"],
    "Arabic article": ["الحور", "حور"],
    "Arabic presentation forms": ["ﻣﻌﺮﺓ", "معرة"],
    "Arabic-Indic digits": ["تل ٣", "تل 3"],
}


@pytest.mark.parametrize("variants", SAME_KEY.values(), ids=SAME_KEY.keys())
def test_spelling_variants_share_a_key(variants):
    keys = {v: name_key(v) for v in variants}
    assert len(set(keys.values())) == 1, keys


def test_keys_read_as_skeletons():
    assert name_key("Ain al-Havr") == "anhar"
    assert name_key("Saraqeb") == "sarakab"
    assert name_key("Trumba") == "tramba"
    assert name_key("Jisr ash-Shughur") == "jasrxagar"  # x stands for sh
    assert name_key("عين الحور") == "عينحور"


@pytest.mark.parametrize(
    "a, b",
    [
        ("Tal", "Tawil"),  # w before a vowel is a consonant
        ("Saraqab", "Sarmin"),
        ("Tromba", "Tramla"),
        ("Ramliyeh", "Ramlah"),  # -iyeh keeps its y
        ("Sheikh", "Sakh"),  # sh is not s
        ("Aleppo", "Eppo"),  # "al" before a vowel is not an article
        ("Elias", "Ias"),
        ("Alma", "Ma"),  # nor before fewer than three letters
        ("سراقب", "سرمين"),
    ],
)
def test_different_names_keep_different_keys(a, b):
    assert name_key(a) != name_key(b)


def test_an_article_alone_or_last_is_kept():
    assert name_key("al") == "al"
    assert name_key("Tal al") == "talal"


def test_empty_and_punctuation_only_names_have_an_empty_key():
    for text in ["", "   ", "-", "'", "()", "ـ", "َ"]:
        assert name_key(text) == ""


LATIN = "abcdefghijklmnopqrstuvwxyz"
MARKS = "\u0300\u0301\u0302\u0304\u0308\u0323"  # grave, acute, circumflex, macron, diaeresis, dot below
latin_names = st.text(alphabet=LATIN + " -'", max_size=30)


@settings(max_examples=300, deadline=None)
@given(latin_names, st.data())
def test_case_and_accents_never_change_the_key(text, data):
    flips = data.draw(st.lists(st.booleans(), min_size=len(text), max_size=len(text)))
    marks = data.draw(st.lists(st.sampled_from(["", *MARKS]), min_size=len(text), max_size=len(text)))
    changed = "".join(
        (c.upper() if flip else c) + (mark if c.isalpha() else "")
        for c, flip, mark in zip(text, flips, marks)
    )
    assert name_key(changed) == name_key(text)


ARABIC_VARIANTS = {"ا": "اأإآٱ", "ه": "هة", "ي": "يىی", "و": "وؤ", "ك": "كک"}
ARABIC_LETTERS = "بتثجحخدذرزسشصضطظعغفقلمن" + "".join(ARABIC_VARIANTS)
# Tanwin, short vowels, shadda, sukun; tatweel.
HARAKAT = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0640"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ARABIC_LETTERS + " ", max_size=20), st.data())
def test_arabic_diacritics_tatweel_and_letter_forms_never_change_the_key(text, data):
    changed = []
    for c in text:
        c = data.draw(st.sampled_from(ARABIC_VARIANTS.get(c, c)))
        if c != " ":
            c += data.draw(st.sampled_from(["", *HARAKAT]))
        changed.append(c)
    assert name_key("".join(changed)) == name_key(text)


# --- PlaceIndex on hand-made places -----------------------------------------


def test_a_small_index():
    index = PlaceIndex(
        [
            (1, ["Saraqab", "سراقب"]),
            (2, "Rayan (Saraqab)"),
            (3, [None, "", "Tromba"]),
            (4, None),
        ]
    )
    assert len(index) == 3  # place 4 has no name
    found = index.search("Saraqeb")
    assert found == [Match(1, "Saraqab", 0.9, "key"), Match(2, "Rayan (Saraqab)", 0.85, "key")]
    assert index.search("Rayan")[0] == Match(2, "Rayan (Saraqab)", 1.0, "exact")
    assert index.search("Trumba") == [Match(3, "Tromba", 0.9, "key")]
    assert index.search("") == [] and index.search("-- ' --") == []


def test_kinds_rank_in_order():
    index = PlaceIndex(
        [
            ("fuzzy", "Zahabia"),  # zahaba: y and a deleted, two soft edits from zahabaya
            ("prefix", "Zahabiya Kabira"),
            ("key", "Dhahabiyah"),  # zahabaya, the key of "Zahabiya"
            ("exact", "zahabiya"),
            ("consonants", "Zhbiya"),  # zhby, the consonants of zahabaya
            ("word", "Tal Zahabiya"),
        ]
    )
    found = index.search("Zahabiya", limit=None)
    assert [m.ref for m in found] == [m.kind for m in found] == list(MATCH_KINDS)
    assert [m.score for m in found] == sorted((m.score for m in found), reverse=True)


# --- PlaceIndex on OCHA's communities of Idleb and Lattakia -----------------


@pytest.fixture(scope="module")
def communities():
    if not OCHA_CSV.is_file():
        pytest.skip(f"OCHA communities file absent: {OCHA_CSV} (set SECURE_CORRIDOR_OCHA_CSV)")
    with OCHA_CSV.open(encoding="utf-8-sig", newline="") as f:
        return {row["Location_Pcode"]: row for row in csv.DictReader(f)}


@pytest.fixture(scope="module")
def index(communities):
    # A one-pass generator, as a QGIS layer's features would be read.
    return PlaceIndex(
        (pcode, (row["LocationName_en"], row["LocationName_ar"])) for pcode, row in communities.items()
    )


def refs(matches):
    return [m.ref for m in matches]


def test_all_1161_communities_are_indexed(communities, index):
    assert len(communities) == 1161
    assert len(index) == 1161


def test_saraqeb_finds_saraqab_first(index):
    found = index.search("Saraqeb")
    assert found[0] == Match(SARAQAB, "Saraqab", 0.9, "key")
    # Then the places qualified "(Saraqab)", ranked below it.
    assert all(m.score < found[0].score and "(Saraqab)" in m.name for m in found[1:])


def test_trumba_finds_tromba_and_nothing_unrelated(index):
    assert index.search("Trumba") == [Match(TROMBA, "Tromba", 0.9, "key")]
    assert "C4051" not in refs(index.search("Trumba", limit=None))  # Tramla


def test_ain_al_havr_offers_both_villages_ahead_of_other_names(communities, index):
    found = index.search("Ain al-Havr")
    got = refs(found)
    assert {AIN_AL_HOUR, AYN_AL_HAWR} <= set(got)
    # Every name ahead of either village spells Ain al-Hawr: here the third one,
    # "Ein Elhur" (عين الحور - كنسبا).
    ahead = found[: max(got.index(AIN_AL_HOUR), got.index(AYN_AL_HAWR)) + 1]
    assert {m.name for m in ahead} == {"Ain Al Hour", "Ayn Al Hawr", "Ein Elhur"}
    assert all(m.kind == "key" for m in ahead)
    assert all(m.score < ahead[-1].score for m in found[len(ahead) :])
    # The two villages are 6.4 km apart: the caller tells them apart by location.
    a, b = (communities[pcode] for pcode in (AIN_AL_HOUR, AYN_AL_HAWR))
    metres = GEOD.inv(float(a["Longitude_x"]), float(a["Latitude_y"]), float(b["Longitude_x"]), float(b["Latitude_y"]))[2]
    assert metres / 1000 == pytest.approx(6.4, abs=0.05)


@pytest.mark.parametrize("query", ["Saraqeb", "SARAQEB", "Saráqeb", "saraqeb ", "Ṣarāqib", "Sara-qeb", "saraqab"])
def test_case_accents_and_hyphens_do_not_matter(index, query):
    assert index.search(query)[0].ref == SARAQAB


def test_arabic_queries(index):
    found = index.search("سراقب")
    assert found[0] == Match(SARAQAB, "سراقب - سراقب", 1.0, "exact")
    # Diacritics, tatweel, ta marbuta written as ha: still found.
    assert index.search("سَراقِـب")[0].ref == SARAQAB
    assert index.search("ترنبه")[0].ref == TROMBA
    # The three Ain al-Hawr: two named so exactly, the northern one by prefix.
    got = refs(index.search("عين الحور"))
    assert set(got[:2]) == {AIN_AL_HOUR, EIN_ELHUR} and got[2] == AYN_AL_HAWR


@pytest.mark.parametrize("query", ["Xyzzy", "qwertyuiop", "Zzxq Vlorpt", "Blorptz", "", "  -- ", "'"])
def test_nonsense_finds_nothing(index, query):
    assert index.search(query, limit=None) == []


def test_type_ahead(index):
    assert SARAQAB in refs(index.search("Sara"))
    assert index.search("Saraq")[0] == Match(SARAQAB, "Saraqab", 0.7, "prefix")
    assert index.search("Jisr ash-S")[0].name == "Jisr-Ash-Shugur"
    assert {AIN_AL_HOUR, AYN_AL_HAWR} <= set(refs(index.search("Ain al-H")))
    assert {AIN_AL_HOUR, AYN_AL_HAWR} <= set(refs(index.search("Ain al", limit=None)))


def test_one_match_per_place_best_first_and_limited(index):
    found = index.search("Saraqeb", limit=None)
    assert len(found) > 2
    assert len(set(refs(found))) == len(found)
    assert [m.score for m in found] == sorted((m.score for m in found), reverse=True)
    assert index.search("Saraqeb", limit=2) == found[:2]


def test_close_spellings_only_as_fuzzy_matches(index):
    # "Abu al-Zuhur" is two soft edits (t/z and the joined article) from Abul Thohur.
    assert index.search("Abu al-Zuhur")[0].name == "Abul Thohur"
    # Kafr Nabl and Kafr Nobol share their consonants.
    assert index.search("Kafr Nabl")[0] == Match("C4068", "Kafr Nobol", 0.8, "consonants")


def test_every_community_finds_itself_exactly(communities, index):
    for pcode, row in communities.items():
        for name in (row["LocationName_en"], row["LocationName_ar"]):
            exact = [m.ref for m in index.search(name, limit=None) if m.kind == "exact"]
            assert pcode in exact, name


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_any_community_found_whatever_the_case_accents_and_hyphens(communities, index, data):
    name = data.draw(st.sampled_from(sorted(row["LocationName_en"] for row in communities.values())))
    flips = data.draw(st.lists(st.booleans(), min_size=len(name), max_size=len(name)))
    marks = data.draw(st.lists(st.sampled_from(["", *MARKS]), min_size=len(name), max_size=len(name)))
    typed = "".join(
        ("-" if c == " " else c.swapcase() if flip else c) + (mark if c.isalpha() else "")
        for c, flip, mark in zip(name, flips, marks)
    )
    found = [m for m in index.search(typed, limit=None) if m.name == name]
    assert found and found[0].kind in ("exact", "key"), (name, typed)


def test_the_index_is_built_once(communities, index, monkeypatch):
    calls = []
    fold = names._fold

    def counting(text):
        calls.append(text)
        return fold(text)

    monkeypatch.setattr(names, "_fold", counting)
    queries = ["Saraqeb", "Trumba", "Ain al-Havr", "سراقب", "Sara"]
    for query in queries:
        index.search(query)
    # Each search folds its query and nothing else: no name is normalised again.
    assert calls == queries
    calls.clear()
    PlaceIndex((p, (r["LocationName_en"], r["LocationName_ar"])) for p, r in communities.items())
    assert len(calls) >= 2 * len(communities)  # building is where the names are read
