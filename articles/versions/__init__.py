"""Versions of an article: every capture is one, compared word by word, each at its own address.

`history` turns captures into versions and compares them, `diff` does the word-level
comparison, `memento` writes the RFC 7089 TimeMap and headers, `views` serves the pages.
"""
