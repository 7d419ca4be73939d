"""Email address syntax: what an SMTP server accepts as a mailbox (RFC 5321 section 4.1.2), with the
international addresses of RFC 6531, and what is wrong with an address that is not one.

    local-part "@" domain

- The local part is a dot-atom (RFC 5322 atext: letters, digits and ``!#$%&'*+-/=?^_`{|}~``, in
  atoms joined by single dots, none at either end) or a quoted string (``"john doe"``: printable
  ASCII and spaces, ``\\`` escaping a quote or a backslash). Non-ASCII letters are allowed in both
  (RFC 6531), invisible and control characters nowhere. At most 64 octets (UTF-8), quotes included.
  An empty quoted string (`""@example.com`) is refused, though the grammar allows it: no mailbox
  has an empty name.
- The domain is a host name of at least two labels (the SDK also wants the dot: `a@localhost` is a
  typo far more often than a mailbox), each 1 to 63 octets of letters, digits and hyphens (LDH), not
  starting or ending with a hyphen. A label with non-ASCII characters is an IDN U-label: letters,
  marks and digits of any script and hyphens, its 63-octet limit counted on its A-label
  (``xn--...``); the finer IDNA2008 rules are left to the mail system.
- Or the domain is an address literal, which RFC 5321 allows: ``[192.0.2.1]`` or
  ``[IPv6:2001:db8::1]`` (a valid address; no zone ids; no other tags, none being registered).
- The whole address is at most 254 octets (RFC 5321's 256-octet path, less its angle brackets).

Nothing is normalised: an address that passes is sent exactly as given.
"""

from __future__ import annotations

import ipaddress
import string
import unicodedata

__all__ = ["address_problem"]

MAX_ADDRESS = 254
MAX_LOCAL = 64
MAX_LABEL = 63

_ATEXT = frozenset(string.ascii_letters + string.digits + "!#$%&'*+-/=?^_`{|}~")
_LDH = frozenset(string.ascii_letters + string.digits + "-")
_QTEXT = frozenset(map(chr, range(32, 127))) - {'"', "\\"}  # qtextSMTP, and the space
_QUOTED_PAIR = frozenset(map(chr, range(32, 127)))  # what may follow a backslash (quoted-pairSMTP)
_INVISIBLE = frozenset({"Cc", "Cf", "Cs", "Zs", "Zl", "Zp"})  # control, format, surrogate, separators


def address_problem(address: str) -> str | None:
    """What is wrong with `address` as an email address (a short phrase), or None if it is one."""
    if not address:
        return "it is empty"
    size = len(address.encode("utf-8", "surrogatepass"))
    if size > MAX_ADDRESS:
        return f"it is {size} octets long, more than the {MAX_ADDRESS} an address may have"
    hidden = _hidden_character(address)
    if hidden is not None:
        return hidden
    if address.startswith('"'):
        end = _closing_quote(address)
        if isinstance(end, str):
            return end
        local, rest = address[: end + 1], address[end + 1 :]
        if not rest.startswith("@"):
            return "the quoted local part must be followed by @"
        domain = rest[1:]
        problem = _quoted_problem(local)
    else:
        local, at, domain = address.partition("@")
        if not at:
            return "it has no @"
        problem = _dot_atom_problem(local)
    if problem is not None:
        return problem
    if "@" in domain:
        return "it has more than one @ (only a quoted local part may hold one)"
    octets = len(local.encode("utf-8"))
    if octets > MAX_LOCAL:
        return f"the local part is {octets} octets long, more than the {MAX_LOCAL} it may have"
    return _domain_problem(domain)


def _hidden_character(address: str) -> str | None:
    """A control or invisible character (a newline, a tab, a zero-width space, ...), named."""
    if address.isascii():
        found = next((c for c in address if c < " " or c == "\x7f"), None)
    else:
        found = next(
            (c for c in address if c < " " or c == "\x7f" or (c > "\x7f" and unicodedata.category(c) in _INVISIBLE)),
            None,
        )
    if found is None:
        return None
    return f"it contains the invisible or control character U+{ord(found):04X}"


def _closing_quote(address: str) -> int | str:
    """The index of the quote closing the quoted local part at the start of `address`, or the problem."""
    i = 1
    while i < len(address):
        c = address[i]
        if c == "\\":
            if i + 1 >= len(address) or address[i + 1] not in _QUOTED_PAIR:
                return "a backslash in the quoted local part must escape a printable ASCII character"
            i += 2
        elif c == '"':
            return i
        else:
            i += 1
    return "the quoted local part has no closing quote"


def _quoted_problem(local: str) -> str | None:
    if local == '""':
        return "the local part (before the @) is empty"
    inner = local[1:-1]
    i = 0
    while i < len(inner):
        c = inner[i]
        if c == "\\":
            i += 2  # _closing_quote checked what it escapes
            continue
        if c not in _QTEXT and c < "\x80":
            return f"the quoted local part has {c!r} unescaped"
        i += 1
    return None


def _dot_atom_problem(local: str) -> str | None:
    if not local:
        return "the local part (before the @) is empty"
    dots = _dots_problem(local, "the local part")
    if dots is not None:
        return dots
    bad = next((c for c in local if c not in _ATEXT and c != "." and c < "\x80"), None)
    if bad is not None:
        return f'the local part has {bad!r}, which only a quoted local part ("...") may hold'
    return None


def _dots_problem(text: str, part: str) -> str | None:
    """A dot where neither a dot-atom local part nor a domain may have one."""
    if text.startswith("."):
        return f"{part} starts with a dot"
    if text.endswith("."):
        return f"{part} ends with a dot"
    if ".." in text:
        return f"{part} has two dots in a row"
    return None


def _domain_problem(domain: str) -> str | None:
    if not domain:
        return "there is no domain after the @"
    if domain.startswith("["):
        return _literal_problem(domain)
    dots = _dots_problem(domain, "the domain")
    if dots is not None:
        return dots
    labels = domain.split(".")
    if len(labels) < 2:
        return "the domain has no dot"
    for label in labels:
        problem = _label_problem(label)
        if problem is not None:
            return problem
    return None


def _label_problem(label: str) -> str | None:
    if label.startswith("-"):
        return f"the domain label {label!r} starts with a hyphen"
    if label.endswith("-"):
        return f"the domain label {label!r} ends with a hyphen"
    if label.isascii():
        bad = next((c for c in label if c not in _LDH), None)
        size = len(label)
    else:
        # An IDN U-label: letters, marks and digits of any script (IDNA2008's PVALID, roughly).
        bad = next((c for c in label if c not in _LDH and unicodedata.category(c)[0] not in "LMN"), None)
        size = len("xn--") + len(label.encode("punycode"))
    if bad is not None:
        return f"the domain label {label!r} has {bad!r}; labels hold letters, digits and hyphens"
    if size > MAX_LABEL:
        form = "" if label.isascii() else " as an A-label (xn--...)"
        return f"a domain label is {size} octets long{form}, more than the {MAX_LABEL} a label may have"
    return None


def _literal_problem(domain: str) -> str | None:
    if not domain.endswith("]"):
        return "the address literal has no closing ]"
    literal = domain[1:-1]
    try:
        if literal[:5].lower() == "ipv6:":
            if "%" in literal:
                raise ValueError(literal)  # a zone id means nothing outside the sender's host
            ipaddress.IPv6Address(literal[5:])
        else:
            ipaddress.IPv4Address(literal)
    except ValueError:
        return f"the address literal {domain!r} is neither [IPv4 address] nor [IPv6:IPv6 address]"
    return None
