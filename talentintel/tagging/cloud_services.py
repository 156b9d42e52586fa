"""A cloud vendor's service list names products, not places: "AWS (ECS, S3, Athena, Lambda, SQS, Kinesis 등)" read
Athens, Greece (Athena is a GeoNames alternate name; issue 18, unseen40 un40-wnt-igaworks-definery-backend, a Seoul
CRM backend job with no place read Europe). The bracket or colon list after the vendor's name is blanked before the
free-text place scan."""

from __future__ import annotations

import re

from talentintel.tagging.cue_words import Cues, holds_any

_SERVICES = re.compile(
    r"\b(?:AWS|Amazon Web Services|GCP|Google Cloud(?: Platform)?|Azure|Alibaba Cloud|Oracle Cloud)\s*(?:\(|:\s)"
    r"([^)\n]{1,160})"
)
_VENDORS = ("AWS", "Amazon Web", "GCP", "Google Cloud", "Azure", "Alibaba Cloud", "Oracle Cloud")


_VENDOR_CUES = Cues(_VENDORS)


def without_cloud_services(text: str) -> str:
    """The text with the service lists after a cloud vendor's name blanked, same length."""
    if not holds_any(text, _VENDOR_CUES):  # cheap test first
        return text
    return _SERVICES.sub(lambda m: m.group(0)[: m.start(1) - m.start(0)] + " " * len(m.group(1)), text)
