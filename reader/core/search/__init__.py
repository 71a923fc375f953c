"""Finding passages in an analysed article: what `/` in the app and the library index search.

`query` is the one grammar of the search field (scope prefixes, the result
counter), shared by the reading screen and the library search; `passages`
splits an article into searchable sentences and quotes and ranks them;
`fuzzy` holds the rapidfuzz scoring, word-boundary snapping and the word diff
behind `--find --quotes`. Nothing is imported here: `query` is needed at first
paint, rapidfuzz is not.
"""
