"""Readers that turn captures into articles, and the pipeline that stores them."""
