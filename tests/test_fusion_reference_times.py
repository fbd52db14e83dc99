"""One incident dated against different reference times or placed at different precisions: a statement that
gives no date (dated by its report, the week before it) and a follow-up a week later that recalls "last
week's attack"; a wire lead naming only the department, which the place stages leave at the country, and a
local follow-up naming the town. Through the real pipeline into a real SQLite file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ledger_helpers import ingest as ledger_of

# published a week apart: the statement says nothing of when, the follow-up says "last week"
STATEMENT = {
    "id": "ref-statement", "source": "UN Office in Nigeria", "url": "https://unoffice.example/ref-statement",
    "published": "2026-03-06", "title": "Statement on the attack in Maru",
    "text": "The United Nations Resident Coordinator condemns the attack carried out by armed bandits in the "
    "town of Maru, Zamfara State, in which at least 14 villagers were killed.\n\nThe Resident Coordinator "
    "calls on the authorities to bring the perpetrators to justice.",
}  # fmt: skip
FOLLOW_UP = {
    "id": "ref-follow-up", "source": "Sahel Wire", "url": "https://sahelwire.example/ref-follow-up",
    "published": "2026-03-13", "title": "Thousands still displaced after Nigeria attack",
    "text": "ABUJA, March 13 (Sahel Wire) - More than 3,000 people who fled the town of Maru after last week's "
    "attack by bandits, in which 14 villagers were killed, are still sheltering in schools, the state "
    "emergency agency said on Friday.\n\nThe agency said food was running short.",
}  # fmt: skip


def test_a_follow_up_dating_the_incident_to_last_week_meets_a_statement_dated_by_its_report(tmp_path: Path) -> None:
    # the follow-up's "last week" is a span of its own, ending before it came out: it says when, so the two
    # are not "two reports a week apart, neither saying when" (which stay apart)
    events = ledger_of(tmp_path, [STATEMENT, FOLLOW_UP])
    both = [e for e in events if {s["document_id"] for s in e["sources"]} == {"ref-statement", "ref-follow-up"}]
    assert len(both) == 1, [[s["document_id"] for s in e["sources"]] for e in events]
    figures = {s["document_id"]: (s["fatalities_min"], s["fatalities_max"]) for s in both[0]["sources"]}
    assert figures == {"ref-statement": (14, None), "ref-follow-up": (14, 14)}  # each source's own figure


# the lead names the department ("Colombia's northwestern Antioquia department") but is placed at the country
WIRE_LEAD = {
    "id": "prov-wire", "source": "Andes Wire", "url": "https://andeswire.example/prov-wire",
    "published": "2026-04-10", "title": "Gunmen kill at least 12 in Colombia",
    "text": "BOGOTA, April 10 (Andes Wire) - Gunmen killed at least 12 people in an attack on a village in "
    "Colombia's northwestern Antioquia department on Thursday, a local official said on Friday.\n\nThe gunmen "
    "set fire to houses, forcing hundreds to flee.",
}  # fmt: skip


def local_follow_up(doc_id: str, town: str) -> dict[str, Any]:
    return {
        "id": doc_id, "source": "Regional Daily", "url": f"https://regionaldaily.example/{doc_id}",
        "published": "2026-04-13", "title": f"{town} still mourns",
        "text": f"Families in {town} buried on Monday the 15 villagers killed in last week's attack by gunmen on "
        "the municipality, the mayor said.\n\nMany residents have not returned to their farms.",
    }  # fmt: skip


def test_a_lead_naming_only_the_department_meets_the_town_of_that_department(tmp_path: Path) -> None:
    # Ituango is in Antioquia, Tame in Arauca: the town in the department the lead names joins it, the
    # look-alike of another department (same week, same toll, same words) stays apart
    events = ledger_of(tmp_path, [WIRE_LEAD, local_follow_up("prov-ituango", "Ituango"),
                                  local_follow_up("prov-tame", "Tame")])  # fmt: skip
    groups = sorted(sorted({s["document_id"] for s in e["sources"]}) for e in events)
    assert ["prov-ituango", "prov-wire"] in groups, groups
    assert ["prov-tame"] in groups, groups
    joined = next(e for e in events if {s["document_id"] for s in e["sources"]} == {"prov-ituango", "prov-wire"})
    figures = {s["document_id"]: (s["fatalities_min"], s["fatalities_max"]) for s in joined["sources"]}
    assert figures == {"prov-wire": (12, None), "prov-ituango": (15, 15)}  # each source's own figure
