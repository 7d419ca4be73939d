"""The proxy the SDK's own connections go through: `proxy=`, else (with `trust_env`, the default) the
environment's `HTTP_PROXY` / `HTTPS_PROXY` / `ALL_PROXY` / `NO_PROXY`, lower- or upper-case, read as
httpx reads them, so that the SDK connects wherever a plain `httpx.get` does.

Which URL goes through which proxy is httpx's own matching: the proxies are mounted (public `mounts=`)
on an `httpx.Client` the SDK owns, around transports that are the SDK's own (so each attempt keeps its
whole-answer deadline through a proxy too). Only the turning of the environment into mount patterns
is written here, after httpx's private `_utils.get_environment_proxies`, from the same public source
(`urllib.request.getproxies`); tests/test_proxies.py pins that both agree.
"""

from __future__ import annotations

import ipaddress
import urllib.request
from collections.abc import Mapping
from typing import Any

import httpx

from ._deadline import install as install_deadline
from ._logs import register_secret
from .errors import MixmaxValidationError

ProxyTypes = str | httpx.Proxy
Routes = Mapping[str, httpx.Proxy | None]
"""Mount patterns ("https://", "all://*.example.com") to the proxy for them, None for "go direct"."""

_USABLE = "an http://, https://, socks5:// or socks5h:// URL with a host, such as 'http://proxy.example:3128'"


def check_proxy(proxy: object) -> httpx.Proxy | None:
    """`proxy=` as an `httpx.Proxy`. The URL is never echoed: it may carry a password."""
    if proxy is None:
        return None
    if isinstance(proxy, str):
        proxy = _parse(proxy, "proxy must be " + _USABLE)
    if not isinstance(proxy, httpx.Proxy):
        raise MixmaxValidationError(f"proxy must be a URL string or an httpx.Proxy, not {type(proxy).__name__}")
    if proxy.auth is not None:
        register_secret(proxy.auth[1])
    return proxy


def _parse(url: str, problem: str) -> httpx.Proxy:
    try:
        proxy = httpx.Proxy(url)
    except (ValueError, httpx.InvalidURL):
        raise MixmaxValidationError(problem) from None
    if not proxy.url.host:
        raise MixmaxValidationError(problem)
    return proxy


def environment_proxies() -> dict[str, str | None]:
    """httpx's reading of the environment: a proxy per scheme ("http://", "https://", "all://"), and
    the `NO_PROXY` entries as patterns that go direct (curl's rules; `*` alone turns every proxy off)."""
    found = urllib.request.getproxies()
    mounts: dict[str, str | None] = {}
    for scheme in ("http", "https", "all"):
        if found.get(scheme):
            url = found[scheme]
            mounts[f"{scheme}://"] = url if "://" in url else f"http://{url}"
    for host in (entry.strip() for entry in found.get("no", "").split(",")):
        if host == "*":
            return {}
        if not host:
            continue
        if "://" in host:
            mounts[host] = None
        elif _is_ip(host, ipaddress.IPv4Address):
            mounts[f"all://{host}"] = None
        elif _is_ip(host, ipaddress.IPv6Address):
            mounts[f"all://[{host}]"] = None
        elif host.lower() == "localhost":
            mounts[f"all://{host}"] = None
        else:  # "example.com" covers example.com and its subdomains, ".example.com" the subdomains only
            mounts[f"all://*{host}"] = None
    return mounts


def _is_ip(host: str, kind: type[ipaddress.IPv4Address] | type[ipaddress.IPv6Address]) -> bool:
    try:
        kind(host.split("/")[0])
    except ValueError:
        return False
    return True


def proxy_routes(proxy: httpx.Proxy | None, trust_env: bool) -> dict[str, httpx.Proxy | None]:
    """Where the SDK's own connections go: `proxy=` for every URL (the environment unread, as httpx
    does), else the environment's proxies when `trust_env`, else nowhere but direct."""
    if proxy is not None:
        return {"all://": proxy}
    if not trust_env:
        return {}
    routes: dict[str, httpx.Proxy | None] = {}
    for pattern, url in environment_proxies().items():
        if url is None:
            try:
                httpx.URL(pattern)
            except httpx.InvalidURL:
                raise MixmaxValidationError(
                    "NO_PROXY holds an entry httpx cannot read as a host: fix it, or pass trust_env=False "
                    "to ignore the environment"
                ) from None
            routes[pattern] = None
            continue
        variable = pattern.removesuffix("://").upper() + "_PROXY"
        proxy = _parse(
            url,
            f"The {variable} environment variable is not a usable proxy URL (it must be {_USABLE}): fix it, "
            "or pass trust_env=False to ignore the environment",
        )
        if proxy.auth is not None:
            register_secret(proxy.auth[1])
        routes[pattern] = proxy
    return routes


def own_connections(routes: Routes, trust_env: bool, *, asynchronous: bool) -> Any:
    """The SDK's own connections: a bare transport when no proxy applies (the usual case: nothing
    routes), else an `httpx.Client` / `AsyncClient` routing each URL to its proxy's transport."""
    kind: Any = httpx.AsyncHTTPTransport if asynchronous else httpx.HTTPTransport
    direct = kind(trust_env=trust_env)
    install_deadline(direct)
    if all(proxy is None for proxy in routes.values()):
        return direct
    mounts: dict[str, Any] = {}
    for pattern, proxy in routes.items():
        if proxy is None:
            mounts[pattern] = None  # httpx's "no proxy here": the client's own (direct) transport
            continue
        try:
            mounts[pattern] = kind(proxy=proxy, trust_env=trust_env)
        except ImportError as exc:  # a socks5:// proxy without socksio
            raise MixmaxValidationError(f"{exc} (needed for the proxy of {pattern!r})") from None
        install_deadline(mounts[pattern])
    client: Any = httpx.AsyncClient if asynchronous else httpx.Client
    return client(transport=direct, mounts=mounts, trust_env=trust_env)
