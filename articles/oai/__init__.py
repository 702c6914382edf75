"""OAI-PMH 2.0 at /oai/: libraries' aggregators harvest the archive's records as Dublin Core.

- protocol.py: the request's arguments checked against each verb, the errors, resumption tokens.
- harvest.py: the verbs themselves, answered from the database.
- dublin_core.py: one article as an `oai_dc` record.

Identifiers are `oai:<ARCHIVE_OAI_REPOSITORY_ID>:<article id>`: an article's id never changes,
its slug may. A record's datestamp is when the article last changed. Hidden articles are
reported as deleted (the repository keeps deleted records "transient"), so a harvester that
took one before it was hidden drops it, and its text is never served.
"""
