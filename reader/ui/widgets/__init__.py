"""Widgets of the reading app; each shows one piece of the Article and posts messages up."""
