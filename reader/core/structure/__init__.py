"""The structure parser: text in, drafts out, one assembly into `Article`.

`plain` (with `lines`, `meta`, `dates`, `clutter`) reads plain text by shape;
`markdown` (with `frontmatter`) reads Markdown through markdown-it-py; both
fill a `draft.Collected`, and `sections.assemble` (with `takeaways`, `faq`)
builds the frozen `Article` the same way for both.
"""
