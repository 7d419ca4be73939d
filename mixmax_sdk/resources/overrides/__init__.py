"""Hand-written parts of the resource groups: checks that `x-sdk` names and the few methods that do
more than map their arguments onto the spec.

Each module holds the checks and types of one group (`check_trigger`, `TriggerDict`), which the
generated module imports, and mixin classes (`<Group>Overrides`) that the generated group class of the
same name inherits. An operation whose method lives here says so in the spec (`x-sdk: {override:
true}`), so that `make sdk` leaves it out of the generated class.
"""
