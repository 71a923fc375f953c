"""The loader: bytes on disk to clean text, or one clear `LoadError`."""

from __future__ import annotations

import codecs
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from reader.core.parse import parse_article
from reader.core.text import clean
from reader.load import LoadError, load_bytes, load_path
from reader.load.decode import decode, detect_format

SAMPLE = "The harbour board met on Tuesday.\n\nIt\u2019s \u201cbusy\u201d \u2014 said the chair.\n"


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        (SAMPLE.encode("utf-8"), SAMPLE, "utf-8"),
        (codecs.BOM_UTF8 + SAMPLE.encode("utf-8"), SAMPLE, "utf-8-sig"),
        (SAMPLE.encode("utf-16"), SAMPLE, "utf-16"),
        (codecs.BOM_UTF16_BE + SAMPLE.encode("utf-16-be"), SAMPLE, "utf-16"),
        (SAMPLE.encode("utf-32"), SAMPLE, "utf-32"),
        (SAMPLE.encode("cp1252"), SAMPLE, "cp1252"),
        (b"it\x92s a \x93test\x94 \x96 ok", "it\u2019s a \u201ctest\u201d \u2013 ok", "cp1252"),
        (b"caf\xe9 cr\xe8me", "caf\u00e9 cr\u00e8me", "cp1252"),
        (b"", "", "utf-8"),
    ],
)
def test_decode(data: bytes, text: str, encoding: str) -> None:
    assert decode(data) == (text, encoding)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"PK\x03\x04\x00\x00binary", "NUL bytes"),
        (bytes(range(1, 32)) * 20, "mostly non-text"),
        (codecs.BOM_UTF16_LE + b"\x00", "utf-16 byte-order mark"),
        (codecs.BOM_UTF16_LE + b"\x00\xdc", "utf-16 byte-order mark"),
        (codecs.BOM_UTF32_LE + b"\xff\xff\xff\xff", "utf-32 byte-order mark"),
    ],
)
def test_decode_refuses(data: bytes, message: str) -> None:
    with pytest.raises(LoadError, match=message):
        decode(data)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"one\r\ntwo\r\n\r\nthree", "one\ntwo\n\nthree"),
        (b"one\rtwo\r\rthree", "one\ntwo\n\nthree"),
        (b"one\ntwo\r\nthree\rfour", "one\ntwo\nthree\nfour"),
        (codecs.BOM_UTF8 + b"bom gone", "bom gone"),
        (
            b"The council \x1b[31mvoted\x1b[0m on the plan \x1b]52;c;eA==\x07today"
            b"\x1b]0;T\x07 after a long debate.\x07\x08",
            "The council voted on the plan today after a long debate.",
        ),
        (b"[bold red]x[/] [link=https://example.org]y[/link]", "[bold red]x[/] [link=https://example.org]y[/link]"),
        ("e\u0301t\u00e9".encode(), "\u00e9t\u00e9"),
    ],
)
def test_loaded_text_reads_clean(data: bytes, expected: str) -> None:
    """The loader decodes; the parser's one clean step turns that into the text every block comes from."""
    assert clean(load_bytes(data, path=None).text) == expected


def test_load_bytes_source_info() -> None:
    loaded = load_bytes("# Head\n\n## Part\n\ntext\n".encode("utf-16"), path="notes.txt")
    assert loaded.source.path == "notes.txt"
    assert loaded.source.encoding == "utf-16"
    assert loaded.source.format == "markdown"
    crlf = load_bytes(b"# Head\r\n\r\n## Part\r\n\r\ntext\r\n", path=None)
    digest = parse_article(loaded.text, source=loaded.source).source.sha256
    assert len(digest) == 64
    assert digest == parse_article(crlf.text, source=crlf.source).source.sha256


@pytest.mark.parametrize(
    ("data", "message"),
    [(b"", "empty"), (b" \n\t\r\n   \n", "empty"), (b"\x1b[0m\n\n\x1b[1m    \n", "empty"), (b"x" * 2048, "over the")],
)
def test_load_bytes_refuses(data: bytes, message: str) -> None:
    with pytest.raises(LoadError, match=message):
        load_bytes(data, path=None, max_mb=1 / 1024)


def test_size_limit_names_the_option() -> None:
    with pytest.raises(LoadError, match=r"standard input is .* --max-size 1\b"):
        load_bytes(b"y" * 4096, path=None, max_mb=0.001)


@pytest.mark.parametrize(
    ("name", "text", "fmt"),
    [
        ("story.md", "plain text", "markdown"),
        ("story.MARKDOWN", "plain", "markdown"),
        ("story.txt", "plain prose\n\nmore prose", "text"),
        (None, "---\ntitle: Front matter\n---\nbody", "markdown"),
        (None, "# One\n\ntext\n\n## Two\n\ntext", "markdown"),
        (None, "# Only one heading\n\ntext", "text"),
        (None, "#hashtag is not a heading\n#another", "text"),
        ("page.txt", "---\nnot front matter, a rule", "text"),
    ],
)
def test_detect_format(name: str | None, text: str, fmt: str) -> None:
    assert detect_format(name, text) == fmt


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d / "absent.txt", "no such file"),
        (lambda d: d, "is a folder"),
        (lambda d: _write(d, "bin.dat", b"\x00\x01\x02binary"), "binary"),
        (lambda d: _write(d, "empty.txt", b""), "empty"),
        (lambda d: _write(d, "blank.txt", b"  \n\n \t \n"), "empty"),
        (lambda d: _write(d, "big.txt", b"word " * 1000), "--max-size"),
    ],
)
def test_load_path_refuses(tmp_path: Path, make: Callable[[Path], Path], message: str) -> None:
    path = make(tmp_path)
    with pytest.raises(LoadError, match=message) as info:
        load_path(path, max_mb=0.001)
    assert str(path) in str(info.value)
    assert "\n" not in str(info.value)


def test_load_path_permission_denied_simulated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _write(tmp_path, "locked.txt", b"text")

    def deny(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", deny)
    with pytest.raises(LoadError, match="permission denied"):
        load_path(path)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads a chmod 000 file anyway")
def test_load_path_permission_denied_real(tmp_path: Path) -> None:
    path = _write(tmp_path, "locked.txt", b"text")
    path.chmod(0)
    try:
        with pytest.raises(LoadError, match="permission denied"):
            load_path(path)
    finally:
        path.chmod(0o644)


def test_load_path_os_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _write(tmp_path, "flaky.txt", b"text")

    def fail(self: Path) -> bytes:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(Path, "read_bytes", fail)
    with pytest.raises(LoadError, match="Input/output error"):
        load_path(path)


def test_load_path_reads(tmp_path: Path) -> None:
    path = _write(tmp_path, "legacy.txt", "Headline\r\n\r\nThe mayor\u2019s plan.\r\n".encode("cp1252"))
    loaded = load_path(path)
    assert clean(loaded.text) == "Headline\n\nThe mayor\u2019s plan.\n"
    assert loaded.source.encoding == "cp1252"
    assert loaded.source.path == str(path)
    assert loaded.source.format == "text"


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero on this system")
def test_endless_device_is_read_only_up_to_the_limit() -> None:
    with pytest.raises(LoadError, match="--max-size"):
        load_path("/dev/zero", max_mb=0.01)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
def test_named_pipe_is_read(tmp_path: Path) -> None:
    """`reader <(cmd)` hands over a pipe, not a regular file."""
    import threading

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)

    def feed() -> None:
        with fifo.open("wb") as stream:
            stream.write(b"Piped Headline\n\nA paragraph that came through a pipe.\n")

    writer = threading.Thread(target=feed)
    writer.start()
    loaded = load_path(fifo)
    writer.join(timeout=10)
    assert loaded.text.startswith("Piped Headline\n")
