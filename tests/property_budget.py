"""How many examples a property test tries.

A mutation run (scripts/mutation.sh sets DESK_MUTATION_RUN=1) repeats the suite for
thousands of mutants: there the properties try a fifth of their examples, always the
same ones, so a mutant's verdict does not depend on luck."""

import os

MUTATION_RUN = os.environ.get("DESK_MUTATION_RUN") == "1"


def examples(full: int) -> int:
    return max(10, full // 5) if MUTATION_RUN else full


def reproducible() -> dict:
    """Extra settings for a mutation run: the same examples every time, no example database."""
    return {"derandomize": True, "database": None} if MUTATION_RUN else {}
