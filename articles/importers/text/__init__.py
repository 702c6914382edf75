"""Extract an article and its metadata from a plain-text page dump.

A dump is the visible text of a web page: the article sits among navigation, login prompts,
comment blocks, share bars, newsletter and donation pitches, related-article lists, image credits,
cookie and copyright lines, and its metadata (headline, byline, bio line, date, outlet, link) is
scattered around it. The reader is a page model in three stages:

1. `lines`: split the dump into lines and describe each by features (length, punctuation,
   capitalisation, link-like text, position, stop-word density, repetition, date- and
   byline-likeness, furniture vocabulary per language, and the neighbours' features);
2. `labels`: score each line with a logistic model learned offline on a generated, labelled
   corpus (`bench/train_line_model.py`) and decode one article region;
3. `article` (body, closing bios, a letter's signature, the audit of every line), `header`
   (headline, byline, date, standfirst, section), `metadata` (footer: link, bios, notices; the
   values only implied, marked inferred) and `outlets` ("From:" lines, copyright, masthead).

`dates` and `people` add what dumps need to the shared parsers in `articles.importers`.

What the dump does not state stays empty; anything inferred is marked as inferred.
"""

from articles.importers.text.article import read_text_dump

__all__ = ["read_text_dump"]
