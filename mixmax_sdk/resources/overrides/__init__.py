"""Hand-written resource methods: the few that do more than map their arguments onto the spec.

Each module holds mixin classes (`<Group>Overrides`) that the generated group class of the same name
in `mixmax_sdk.resources` inherits. An operation whose method lives here says so in the spec
(`x-sdk: {override: true}`), so that `make sdk` leaves it out of the generated class.
"""
