"""Capture from the web: fetch a URL politely and safely, keep the fetch as WARC, import it."""
