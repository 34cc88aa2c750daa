"""Renderers of results: the terminal, Markdown and JSON (text.py), the student's and the
class's HTML pages (html.py, templates/), plots, and otter's grade sheet. They format; they
decide nothing."""
