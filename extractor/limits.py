"""A per-document time limit: SIGALRM in the main thread of a (worker) process, no limit where that is missing."""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from extractor.errors import TimeLimitError

log = logging.getLogger(__name__)

# Once the limit has passed, the alarm repeats this often: a library that catches every exception (trafilatura
# does, around its extraction steps) swallows one alarm, not the next one.
REPEAT_SECONDS = 0.1


def time_limit_available() -> bool:
    """True where a time limit can interrupt work: a platform with setitimer, in the main thread."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_limit(seconds: float, item: str, stage: str = TimeLimitError.stage) -> Iterator[None]:
    """Raise TimeLimitError (of `stage`) in the block once `seconds` have passed; 0 or no signal support: no limit.

    A block that swallows the error and goes on is interrupted again, and its end raises the error all the same:
    what it returns after the limit does not count. The signal interrupts Python code only: a single long call
    into C (one regex, one lxml parse) ends first.
    """
    if seconds <= 0 or not time_limit_available():
        if seconds > 0:
            log.debug("no time limit for %s: signals are not available here", item)
        yield
        return
    armed = True
    expired = False

    def over() -> TimeLimitError:
        error = TimeLimitError(item, f"took longer than {seconds:g} s (raise --time-limit if it is genuine)")
        error.stage = stage
        return error

    def on_alarm(signum: int, frame: FrameType | None) -> None:
        nonlocal expired
        if armed:  # an alarm arriving while the block is already over changes nothing
            expired = True
            raise over()

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds, REPEAT_SECONDS)
    try:
        yield
    finally:
        try:
            armed = False
        finally:  # also when the alarm fired just before `armed` was cleared
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
    if expired:  # the block swallowed the alarm and finished late
        raise over()
