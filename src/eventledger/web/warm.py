"""What `eventledger serve` loads before it answers: the data files requests read, the templates, and the
possible duplicates of the events page's default listing.

Loaded on the first request that needed them, they made it take 5.7-7.7 s (the gazetteer and the actor
knowledge base, about 4.6 s, then scoring the newest 1,000 events' pairs); every later request took
milliseconds. The server reports ready (answers /health) only once this is done.
"""

from __future__ import annotations

import logging

from fastapi.templating import Jinja2Templates

from eventledger.store import open_store

log = logging.getLogger("eventledger.web")


def load_data_files() -> None:
    """Every data file a request's answer is made from (each loader keeps what it read for the process)."""
    from eventledger.fuse.names import common_event_words, evidence_stopwords, unnamed_actor_words
    from eventledger.kb.actors import load_actor_kb
    from eventledger.kb.countries import load_acled_countries
    from eventledger.kb.gazetteer import load_gazetteer
    from eventledger.kb.outlets import load_outlets
    from eventledger.kb.taxonomy import load_taxonomy
    from eventledger.web.readings import confidence_bands

    load_gazetteer()
    load_actor_kb()
    load_taxonomy()
    load_acled_countries()
    load_outlets()
    evidence_stopwords()
    common_event_words()
    unnamed_actor_words()
    confidence_bands()


def warm_up(db: str, templates: Jinja2Templates) -> None:
    """Load what the first requests would otherwise wait for. This only saves them time: whatever fails
    here (a data file, a ledger whose possible duplicates cannot be found) is logged in one line and the
    server serves all the same, and the request that needs it gets the error."""
    try:
        load_data_files()
        for name in templates.env.list_templates():
            templates.env.get_template(name)  # compiled once, kept by the environment
        from eventledger.duplicates import events_with_duplicates

        store = open_store(db)
        try:
            # the newest 1,000 events' findings, kept per ledger state and per pair of events: the events
            # page's "possible duplicates" box, and most of any filtered listing's pairs
            events_with_duplicates(store)
        finally:
            store.close()
    except Exception as error:  # noqa: BLE001 - see above: never a reason not to serve
        log.warning("not loaded before the first request: %s: %s", type(error).__name__, error)
