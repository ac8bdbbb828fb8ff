"""Exact and near-duplicate detection: text fingerprints and MinHash LSH over word shingles."""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:  # datasketch imports scipy (about 0.5 s): only commands that store articles need it
    from datasketch import MinHash

# Word 5-shingles: long enough that two different articles on one event rarely share many,
# short enough that a syndicated copy with a new lead paragraph still shares most of them.
SHINGLE_WORDS = 5
# Stored signatures are only comparable under the hashing scheme that made them.
MINHASH_SCHEME = "affine32"
_WORD = re.compile(r"\w+", re.UNICODE)


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def text_fingerprint(text: str) -> str:
    """SHA-256 of the text's words, so whitespace, case and punctuation changes give the same print."""
    return hashlib.sha256(" ".join(_words(text)).encode("utf-8")).hexdigest()


@lru_cache(maxsize=4)
def _permutations(permutations: int) -> tuple[np.ndarray, np.ndarray]:
    from datasketch import MinHash

    # datasketch draws the permutations anew for every MinHash (2-3 ms each); drawn once, they are shared
    drawn = MinHash(num_perm=permutations, seed=1, scheme=MINHASH_SCHEME).permutations
    return drawn[0], drawn[1]


def text_minhash(text: str, permutations: int) -> MinHash:
    """MinHash of the text's word shingles."""
    from datasketch import MinHash

    words = _words(text)
    shingles = {" ".join(words[i:i + SHINGLE_WORDS]) for i in range(max(1, len(words) - SHINGLE_WORDS + 1))}
    minhash = MinHash(num_perm=permutations, seed=1, scheme=MINHASH_SCHEME, permutations=_permutations(permutations))
    minhash.update_batch([s.encode("utf-8") for s in shingles])
    return minhash


def minhash_to_bytes(minhash: MinHash) -> bytes:
    """Serialise a MinHash's hash values for storage."""
    return bytes(np.asarray(minhash.hashvalues, dtype=np.uint64).tobytes())


def minhash_from_bytes(data: bytes, permutations: int) -> MinHash:
    """Rebuild a MinHash stored with `minhash_to_bytes`."""
    from datasketch import MinHash

    values = np.frombuffer(data, dtype=np.uint64)
    return MinHash(num_perm=permutations, seed=1, hashvalues=values, scheme=MINHASH_SCHEME,
                   permutations=_permutations(permutations))


class NearDuplicateIndex:
    """An LSH index of the articles seen so far, answering "which stored article is this a copy of?".

    It keeps per article only its hash values (1 KiB at 128 permutations) and LSH band keys, never texts.
    """

    def __init__(self, threshold: float, permutations: int) -> None:
        from datasketch import MinHashLSH

        self.threshold = threshold
        self.permutations = permutations
        self._lsh = MinHashLSH(threshold=threshold, num_perm=permutations)
        self._hashes: dict[int, np.ndarray] = {}
        # the highest article id the database load has read, so a refresh reads only newer rows; add() leaves it
        # alone, or another process's articles with lower ids, committed meanwhile, would never be read
        self.last_id = 0

    def __len__(self) -> int:
        return len(self._hashes)

    def add(self, article_id: int, minhash: MinHash) -> None:
        """Index an article under its database id."""
        if article_id not in self._hashes:
            self._lsh.insert(article_id, minhash)
            self._hashes[article_id] = np.asarray(minhash.hashvalues, dtype=np.uint64)

    def find(self, minhash: MinHash) -> tuple[int, float] | None:
        """The earliest indexed article whose estimated Jaccard similarity reaches the threshold."""
        candidates = []
        values = np.asarray(minhash.hashvalues, dtype=np.uint64)
        for article_id in self._lsh.query(minhash):
            # the estimate MinHash.jaccard computes: the share of equal hash values
            similarity = float(np.count_nonzero(values == self._hashes[article_id])) / len(values)
            if similarity >= self.threshold:
                candidates.append((article_id, similarity))
        return min(candidates) if candidates else None
