"""One JSON Lines record as text that is always valid UTF-8.

`reader --json` promises UTF-8 JSON whatever it is given. Article text is
already clean (the core replaces lone surrogates), but a `str` from elsewhere
(a path decoded with surrogateescape, an error message quoting one) could
still hold a lone surrogate, which no UTF-8 stream can carry: writing it would
raise halfway through the output. The line is checked once, and any lone
surrogate left becomes U+FFFD.
"""

from __future__ import annotations

import json
import re

_SURROGATES = re.compile("[\ud800-\udfff]")


def json_line(obj: object) -> str:
    """`obj` as one line of JSON (non-ASCII kept as is) ending in a newline, encodable as UTF-8."""
    text = json.dumps(obj, ensure_ascii=False)
    return _SURROGATES.sub("\ufffd", text) + "\n"
