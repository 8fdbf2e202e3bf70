"""Tolerant look-up of place names as users type them: transliterated or Arabic.

A place in Syria is written "Saraqab", "Saraqeb" or "Sarakib"; "Tromba" or
"Trumba"; "Ain al-Hawr", "Ayn Al Hawr", "Ein Elhur" or "Ain al-Havr".
:func:`name_key` reduces a Latin or Arabic name to a phonetic skeleton on which
such spellings agree, and :class:`PlaceIndex` searches many places by name:
exact matches first, then same skeleton, then close skeletons and prefixes for
type-ahead. When two places match (two villages called Ain al-Hawr), both are
offered; the caller shows them with their location.

Standard library only (``unicodedata`` and ``re``): no QGIS, no Qt.

>>> name_key("Saraqeb") == name_key("Saraqab"), name_key("Ain al-Havr")
(True, 'anhar')
>>> index = PlaceIndex([("C3916", ["Saraqab", "سراقب"]), ("C3908", ["Tromba", "ترنبة"])])
>>> [(m.ref, m.name, m.kind) for m in index.search("Trumba")]
[('C3908', 'Tromba', 'key')]
>>> [m.ref for m in index.search("سراقب")], [m.ref for m in index.search("sara")]
(['C3916'], ['C3916'])
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass

__all__ = ["MATCH_KINDS", "Match", "PlaceIndex", "name_key"]

# --- Normalising text -------------------------------------------------------

# Letters that Unicode does not decompose into a base letter plus marks, and
# scholarly transliterations whose marks carry a sound (š = sh, ḫ = kh ...).
# Applied after casefold and NFC, before marks are stripped.
_LETTERS = str.maketrans(
    {
        "ß": "ss",
        "æ": "ae",
        "œ": "oe",
        "ø": "o",
        "đ": "d",
        "ð": "dh",
        "þ": "th",
        "ł": "l",
        "ı": "i",
        "š": "sh",
        "č": "ch",
        "ž": "zh",
        "ǧ": "j",
        "ğ": "gh",
        "ḫ": "kh",
        "ẖ": "kh",
        "ṯ": "th",
        "ḏ": "dh",
    }
)

# Arabic letter forms that spell the same name (after NFKD has split hamza and
# madda off alef, waw and ya, and presentation forms into plain letters).
_ARABIC = str.maketrans(
    {
        "ٱ": "ا",  # alef wasla
        "ة": "ه",  # ta marbuta
        "ى": "ي",  # alef maqsura
        "ی": "ي",  # Farsi ya
        "ک": "ك",  # keheh
        "ء": None,  # lone hamza
        "ـ": None,  # tatweel
    }
)

# Apostrophes and the ʿayn / hamza letters of transliteration: removed, so that
# "Ma'arrat", "Maʿarrat" and "Maarrat" read alike.
_APOSTROPHES = dict.fromkeys(map(ord, "'`´‘’‛ʹʻʼʽʾʿˈ′ʔʕ"), None)

# Where a long name splits into a name and a qualifier: "Rayan (Saraqab)",
# "سراقب - سراقب", "بصرى_زفر الصغير", "Busra - Little Zafar".
_PART_SEPARATORS = re.compile(r"\s[-–—]+\s|[–—_()\[\]{}/\\,;|،؛]+")
_NON_WORD = re.compile(r"[\W_]+")


def _fold(text):
    """Case, accents, Arabic diacritics and letter forms, apostrophes: folded."""
    if text is None:
        return ""
    text = unicodedata.normalize("NFC", str(text)).casefold().translate(_LETTERS)
    out = []
    for ch in unicodedata.normalize("NFKD", text):
        category = unicodedata.category(ch)
        if category == "Mn":
            continue  # accents, harakat, shadda, hamza above/below, madda
        if category == "Nd":
            ch = str(unicodedata.decimal(ch))  # Arabic-Indic digits
        out.append(ch)
    return "".join(out).translate(_ARABIC).translate(_APOSTROPHES)


def _words(folded):
    return _NON_WORD.sub(" ", folded).split()


# --- The skeleton of one word -----------------------------------------------

_ARABIC_LETTER = re.compile(r"[\u0600-\u06ff]")

# The article written as a word of its own: "al-Hawr", "Ash Sham", "ech-Chogour".
_ARTICLES = frozenset(
    "al el il ul an en ar er as es ad ed at et az ez ash esh ath eth adh edh ech".split()
)
# The article joined to its word: "Elhur", "Almaradsiyeh", "Elsheikh" (not
# "Aleppo", "Elias", "Alma": the rest must start with a consonant and be 3+ long).
_JOINED_ARTICLE = re.compile(r"^[ae]l(?=[b-df-hj-np-tv-z][a-z]{2})")

# "Abul", "Abdul": Abu, Abd with the article joined.
_ABU_AL = re.compile(r"^(?:abu|abou|abo|abi)l$")
_ABD_AL = re.compile(r"^abd[aeiou]l$")
_FINAL_H = re.compile(r"(?<=[aeiou])h$")  # ta marbuta: -eh, -ah, -a
_SOUNDS = re.compile(r"sch|sh|ch|kh|gh|dh|th|ph|dj|ck|ou|oo|ee|[qcvx]")
_SOUND_OF = {
    "sch": "x",  # x stands for sh in the skeleton
    "sh": "x",
    "ch": "x",
    "kh": "h",
    "gh": "g",
    "dh": "z",
    "th": "t",
    "ph": "f",
    "dj": "j",
    "ck": "k",
    "ou": "u",
    "oo": "u",
    "ee": "i",
    "q": "k",
    "c": "k",
    "v": "w",
    "x": "ks",
}
_DOUBLES = re.compile(r"(.)\1+")
_VOWEL = re.compile(r"[aeiou]+|[yw](?![aeiou])")  # y, w before a consonant: ay, aw
_VOWEL_RUNS = re.compile(r"a+")


def _latin_word(word):
    word = _FINAL_H.sub("", word)
    word = _SOUNDS.sub(lambda m: _SOUND_OF[m.group()], word)
    word = _DOUBLES.sub(r"\1", word)
    word = _VOWEL_RUNS.sub("a", _VOWEL.sub("a", word))
    return _DOUBLES.sub(r"\1", word)


def _arabic_word(word):
    if word.startswith("ال") and len(word) >= 4:
        word = word[2:]
    return _DOUBLES.sub(r"\1", word)


def _word_keys(words):
    """The skeleton of each word, articles dropped (an article last is kept)."""
    keys = []
    last = len(words) - 1
    for i, word in enumerate(words):
        if _ARABIC_LETTER.search(word):
            key = _arabic_word(word)
        else:
            if word in _ARTICLES and i < last:
                continue
            word = _ABD_AL.sub("abd", _ABU_AL.sub("abu", word))
            key = _latin_word(_JOINED_ARTICLE.sub("", word))
        if key:
            keys.append(key)
    return keys


def _consonants(word_key):
    """A word's skeleton without its vowels, but for a leading one: Kafr = Kfar."""
    return word_key[:1] + word_key[1:].replace("a", "")


def name_key(text):
    """The phonetic skeleton of a Latin or Arabic place name, for matching.

    Case, accents, apostrophes, hyphens and spaces are ignored, the article
    (al-, el-, as-, ash- ..., Arabic ال) dropped, vowels folded into one
    ``a`` (e/a/i, o/u/ou, ay/ai/ei, aw/ou, -eh/-ah/-a), consonant spellings
    unified (q/k/c, v/w, sh/ch/sch, kh/h, gh/g, dh/z, th/t, dj/j, ph/f) and
    doubled letters written once. In Arabic, diacritics and tatweel are
    dropped and the forms of alef, hamza, ta marbuta and ya unified.

    >>> name_key("Ain al-Havr"), name_key("Ayn Al Hawr"), name_key("Ein Elhur")
    ('anhar', 'anhar', 'anhar')
    >>> name_key("Jisr ash-Shughur") == name_key("Djisr ech-Chogour")
    True
    >>> name_key("عَيْن الحَوْر") == name_key("عين الحور")
    True
    """
    return "".join(_word_keys(_words(_fold(text))))


# --- Close skeletons --------------------------------------------------------

# Close skeletons: at most two edits (OSA: insert, delete, substitute, swap two
# neighbours). A soft edit, between spellings of one sound (a vowel or glide
# written or not; t/d/z/s, g/k/j, m/n ...), weighs 1; any other edit 3. A
# skeleton of 4-7 letters allows two soft edits, a longer one weight 4 (one
# edit of any kind and one soft edit): Tromba ~ Tronba, Sweida ~ Suwayda,
# Thahabiya ~ Dhahabiya, Abul Thohur ~ Abu al-Zuhur, but not Trumba ~ Tramla.
_MAX_EDITS = 2
_SOFT, _HARD = 1, 3
_SOFT_INDELS = frozenset("awyاوي")
_SOFT_SUBSTITUTIONS = frozenset(
    frozenset(pair)
    for pair in (
        "td tz ts dz sz sx gj gk aw ay mn bp fp"  # Latin skeleton letters
        " سص تط دض ذز زظ ذظ ثس ثت هح كق اع"  # Arabic letters written for one another
    ).split()
)


def _budget(length):
    """The edit weight allowed for a query skeleton of this length."""
    return 0 if length <= 3 else 2 * _SOFT if length <= 7 else _HARD + _SOFT


def _deletions(word, depth):
    found = {word}
    frontier = {word}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1 :] for w in frontier for i in range(len(w))}
        found |= frontier
    return found


def _edit_count(a, b, cap):
    """Edit distance with transpositions (OSA), or ``cap + 1`` if above ``cap``."""
    if abs(len(a) - len(b)) > cap:
        return cap + 1
    before, row = None, list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            d = min(row[j] + 1, current[j - 1] + 1, row[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                d = min(d, before[j - 2] + 1)
            current.append(d)
        if min(current) > cap:
            return cap + 1
        before, row = row, current
    return row[-1]


def _indel(c):
    return _SOFT if c in _SOFT_INDELS else _HARD


def _substitution(a, b):
    if a == b:
        return 0
    return _SOFT if frozenset((a, b)) in _SOFT_SUBSTITUTIONS else _HARD


def _edit_weight(a, b):
    """OSA distance weighing soft edits 1 and others 3."""
    before, row = None, [0]
    for cb in b:
        row.append(row[-1] + _indel(cb))
    for i, ca in enumerate(a, 1):
        current = [row[0] + _indel(ca)]
        for j, cb in enumerate(b, 1):
            d = min(row[j] + _indel(ca), current[j - 1] + _indel(cb), row[j - 1] + _substitution(ca, cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb and ca != cb:
                d = min(d, before[j - 2] + _HARD)
            current.append(d)
        before, row = row, current
    return row[-1]


# --- The index --------------------------------------------------------------

# Kinds of match, best first; the score drops by 0.1 per kind.
MATCH_KINDS = ("exact", "key", "consonants", "prefix", "fuzzy", "word")
_EXACT, _KEY, _CONSONANTS, _PREFIX, _FUZZY, _WORD = range(len(MATCH_KINDS))
_NONE = frozenset()

# A last letter that may begin sh, ch, kh, gh, dh, th, ph, ck, dj as the user
# types: "Jisr ash-S" may go on to "Jisr ash-Shughur".
_DIGRAPH_STARTS = frozenset("sckgdtp")


@dataclass(frozen=True)
class Match:
    """One place found by :meth:`PlaceIndex.search`.

    ``ref`` is the caller's reference (a feature id, a P-code), ``name`` the
    name of that place that matched (as given), ``score`` 1.0 for an exact
    match and lower for looser ones, ``kind`` one of :data:`MATCH_KINDS`:
    "exact" (same text once case, accents and punctuation are set aside),
    "key" (same :func:`name_key`), "consonants" (same skeleton without vowels),
    "prefix" (the query starts the name: type-ahead), "fuzzy" (skeletons at
    most two edits apart, mostly between spellings of one sound; none below
    four letters) or "word" (the query starts a later word of the name: "Hawr"
    in "Ain al-Hawr").
    """

    ref: object
    name: str
    score: float
    kind: str


@dataclass(frozen=True)
class _Form:
    order: int  # the place's position in the index, to keep ties stable
    ref: object
    name: str
    plain: str
    key: str
    consonants: str
    qualifier: bool  # a qualifier, "(Saraqab)" in "Rayan (Saraqab)": ranked lower


def _forms(text):
    """(plain, key, consonants, word keys, words) of a whole text."""
    words = _words(_fold(text))
    keys = _word_keys(words)
    return " ".join(words), "".join(keys), "".join(map(_consonants, keys)), keys, words


def _typed_so_far(words):
    """Skeletons that a name typed so far may grow into, best first.

    Besides the skeleton itself: without a last word that is an article ("Ain
    al" may become "Ain al-Hawr") and without a last letter that may begin a
    digraph ("Jisr ash-S" may become "Jisr ash-Shughur").
    """

    def key(words):
        words = list(words)
        while len(words) > 1 and words[-1] in _ARTICLES:
            words.pop()
        return "".join(_word_keys(words))

    keys = ["".join(_word_keys(words)), key(words)]
    last = words[-1] if words else ""
    if last[-1:] in _DIGRAPH_STARTS:
        keys.append(key(words[:-1] + [last[:-1]] if len(last) > 1 else words[:-1]))
    unique = []
    for k in keys:
        if len(k) >= 2 and k not in unique:
            unique.append(k)
    return unique


class PlaceIndex:
    """Places searchable by any of their names, built once, searched as users type.

    ``places`` is an iterable of ``(ref, names)``: ``ref`` anything the caller
    uses to find the place again (a feature id, a P-code), ``names`` one name or
    several (English, Arabic, alternates; empty ones are skipped). A name with a
    qualifier ("Rayan (Saraqab)", "عين الحور - بداما") is searchable as a whole,
    by its first part, and, ranked lower, by the qualifier.

    Building normalises every name once; :meth:`search` then normalises only
    the query and looks it up in dictionaries, sorted keys and a table of
    deletions (for one or two edits): over the 1,161 communities of Idleb and
    Lattakia, building takes about a tenth of a second and a search about a
    millisecond or less.
    """

    def __init__(self, places):
        self._forms = []
        by_plain, by_key, by_consonants = {}, {}, {}
        words = []  # (word-start suffix of a key, form index)
        for order, (ref, names) in enumerate(places):
            if names is None:
                names = ()
            elif isinstance(names, str):
                names = (names,)
            seen = set()
            for name in names:
                if name is None or not str(name).strip():
                    continue
                name = str(name)
                parts = [p for p in _PART_SEPARATORS.split(name) if _words(_fold(p))]
                texts = [(name, False)] + [(p, i > 0) for i, p in enumerate(parts)]
                for text, qualifier in texts:
                    plain, key, consonants, word_keys, _ = _forms(text)
                    if not key or (plain, qualifier) in seen or (plain, False) in seen:
                        continue
                    seen.add((plain, qualifier))
                    index = len(self._forms)
                    self._forms.append(_Form(order, ref, name, plain, key, consonants, qualifier))
                    by_plain.setdefault(plain, []).append(index)
                    by_key.setdefault(key, []).append(index)
                    by_consonants.setdefault(consonants, []).append(index)
                    for start in range(1, len(word_keys)):
                        words.append(("".join(word_keys[start:]), index))
        self._by_plain = by_plain
        self._by_key = by_key
        self._by_consonants = by_consonants
        self._keys = sorted(by_key)
        self._words = sorted(words)
        self._word_starts = [w for w, _ in self._words]
        # Every key with up to two letters deleted, for close skeletons.
        deletions = {}
        for key in by_key:
            for variant in _deletions(key, _MAX_EDITS):
                deletions.setdefault(variant, set()).add(key)
        self._deletions = deletions
        self._places = len({f.order for f in self._forms})

    def __len__(self):
        """The number of places with at least one searchable name."""
        return self._places

    def search(self, query, limit=10):
        """Places whose names match ``query``, best first, one match per place.

        Ranked by kind (exact, key, consonants, prefix, fuzzy, word; see
        :class:`Match`), then names before qualifiers, fewer edits, closer
        length, and the order the places were given in. ``limit=None`` returns
        every match. A query that matches nothing returns an empty list.
        """
        plain, key, consonants, _, words = _forms(query)
        if not key:
            return []
        best = {}  # form order -> (rank, form index)

        def offer(indices, kind, edits=0):
            for i in indices:
                form = self._forms[i]
                rank = (kind, form.qualifier, edits, abs(len(key) - len(form.key)), form.order)
                if form.order not in best or rank < best[form.order][0]:
                    best[form.order] = (rank, i)

        offer(self._by_plain.get(plain, ()), _EXACT)
        offer(self._by_key.get(key, ()), _KEY)
        if len(consonants) >= 3:
            offer(self._by_consonants.get(consonants, ()), _CONSONANTS)
        for rank, typed in enumerate(_typed_so_far(words)):
            at = bisect_left(self._keys, typed)
            while at < len(self._keys) and self._keys[at].startswith(typed):
                if self._keys[at] != key:
                    offer(self._by_key[self._keys[at]], _PREFIX, edits=rank)
                at += 1
        budget = _budget(len(key))
        if budget:
            near = set()
            for variant in _deletions(key, _MAX_EDITS):
                near |= self._deletions.get(variant, _NONE)
            near.discard(key)
            for k in near:
                if _edit_count(key, k, _MAX_EDITS) <= _MAX_EDITS:
                    weight = _edit_weight(key, k)
                    if weight <= budget:
                        offer(self._by_key[k], _FUZZY, edits=weight)
        if len(key) >= 3:
            at = bisect_left(self._word_starts, key)
            while at < len(self._words) and self._word_starts[at].startswith(key):
                offer((self._words[at][1],), _WORD)
                at += 1

        ranked = sorted(best.values())
        if limit is not None:
            ranked = ranked[:limit]
        matches = []
        for (kind, qualifier, edits, _, _), i in ranked:
            form = self._forms[i]
            score = round(1.0 - 0.1 * kind - 0.05 * qualifier - 0.01 * edits, 2)
            matches.append(Match(form.ref, form.name, score, MATCH_KINDS[kind]))
        return matches
