"""Valid plans written for this project that several tests run over: the short plans under
``tests/data/schema`` and two whole plans from each ``benchmarks/corpora/whole-*`` set.

The whole plans are full, realistic plans in many trades that load with no schema finding,
so tests of the validator, the workers and determinism get varied input without copying
any labelled sample plan into the tests."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WHOLE = ROOT / "benchmarks" / "corpora"

OWN = sorted((ROOT / "tests" / "data" / "schema").glob("*.yaml"))

#: Plans whose ``paid:`` flow mapping writes an unquoted comma inside ``targeting``.
COMMA_TARGETING = [ROOT / "tests" / "data" / "schema" / "comma-targeting-locksmith.yaml",
                   WHOLE / "whole-d" / "plans" / "04-tailwaggers-daycare.yaml"]

SELECTED = [WHOLE / name for name in (
    "whole-a/plans/01-larkspur-mobile-vet.yaml",
    "whole-a/plans/07-tessellate-games.yaml",
    "whole-b/plans/02-larch-house-hotel.yaml",
    "whole-b/plans/10-marlow-city-museum.yaml",
    "whole-c/plans/05-priya-nair-yoga.yaml",
    "whole-c/plans/11-brightwater-talent.yaml",
    "whole-d/plans/04-tailwaggers-daycare.yaml",
    "whole-d/plans/10-brightwell-cleaning.yaml",
    "whole-e/plans/03-nonna-lucia-gelateria.yaml",
    "whole-e/plans/09-eastmoor-citizens-advice.yaml",
)]

VALID_PLANS = [*OWN, *SELECTED]
