"""`python -m mixmax_sdk.cli ...`: the same as the `mixmax` console script."""

from . import main

main()
