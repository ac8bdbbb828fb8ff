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


@lru_cache(maxsize=4)
def lsh_layout(threshold: float, permutations: int) -> tuple[int, int]:
    """(bands, hash values per band) of datasketch's MinHashLSH for the threshold: the layout whose bands
    `band_hashes` gives, so that look-ups find the candidates that index would."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=permutations)
    return lsh.b, lsh.r


def band_hashes(values: np.ndarray, layout: tuple[int, int]) -> list[int]:
    """A signed 64-bit hash of each LSH band of the hash values, the band's number included (equal values in two
    bands do not meet); two articles are candidates when one of their bands has the same values."""
    bands, width = layout
    little = np.asarray(values, dtype="<u8")
    return [
        int.from_bytes(hashlib.blake2b(band.to_bytes(2, "big") + little[band * width:(band + 1) * width].tobytes(),
                                       digest_size=8).digest(), "big", signed=True)
        for band in range(bands)
    ]


def shares_band(a: np.ndarray, b: np.ndarray, layout: tuple[int, int]) -> bool:
    """True when some band of the two hash-value arrays is equal (a candidate of MinHashLSH, no hash collision)."""
    bands, width = layout
    return any(np.array_equal(a[i * width:(i + 1) * width], b[i * width:(i + 1) * width]) for i in range(bands))


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """The Jaccard estimate MinHash.jaccard computes: the share of equal hash values."""
    return float(np.count_nonzero(a == b)) / len(a)
