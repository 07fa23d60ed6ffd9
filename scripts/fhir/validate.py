"""Validates FHIR Consent JSON files against the R5 model of fhir.resources (8.x: R5 by default),
and the required bindings of the elements MedLedger reads, which the model leaves to the caller.

    python3 validate.py FILE...   # exit 1, with the errors, if any file is not a valid R5 Consent
"""
import json
import sys

from fhir.resources.consent import Consent

# Required bindings (hl7.org/fhir/R5/consent.html): ConsentState, ConsentProvisionType,
# ConsentDataMeaning.
STATUS = {"draft", "active", "inactive", "not-done", "entered-in-error", "unknown"}
DECISION = {"permit", "deny"}
MEANING = {"instance", "related", "dependents", "authoredby"}


def provisions(items):
    for p in items or []:
        yield p
        yield from provisions(p.provision)


failed = False
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        try:
            consent = Consent.model_validate(json.load(f))
            errors = []
            if consent.status not in STATUS:
                errors.append(f"status {consent.status!r}")
            if consent.decision is not None and consent.decision not in DECISION:
                errors.append(f"decision {consent.decision!r}")
            for p in provisions(consent.provision):
                errors += [f"data.meaning {d.meaning!r}" for d in p.data or [] if d.meaning not in MEANING]
            if errors:
                raise ValueError("not in the required value set: " + ", ".join(errors))
        except Exception as e:  # pydantic's ValidationError names every field at fault
            failed = True
            print(f"{path}: {e}", file=sys.stderr)
sys.exit(1 if failed else 0)
