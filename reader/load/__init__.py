"""Turning files into article text: saved web pages (`html`, `html_meta`, `webcache`).

`reader.loader` stays the entry point; it calls into `reader.load.html` only
when the bytes are a web page, so plain text never imports lxml or trafilatura.
"""
