"""The library: a folder's articles as a table (`screen`) and the search across all of them (`search`)."""
