"""Which addresses a capture may connect to, so the capture form cannot probe our own network.

A URL's host is resolved once, every address it resolves to is checked, and the connection then
goes to one of those checked addresses (see `fetch`), never to a second lookup's answer: a name
that resolves to a public address when checked and to 127.0.0.1 a moment later (DNS rebinding)
gains nothing. Loopback, private, link-local, multicast, reserved and unspecified addresses are
refused, IPv4-mapped IPv6 addresses by the IPv4 address they carry, unless
settings.ARCHIVE_CAPTURE_ALLOW_PRIVATE is on (the tests' local server needs it).
"""

import ipaddress
import socket

from django.conf import settings


class AddressRefused(Exception):
    """The host resolves to an address a capture may not reach (the message says which)."""


class AddressUnresolved(Exception):
    """The host does not resolve."""


IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


def why_not_public(address: IPAddress) -> str:
    """What kind of non-public address `address` is, or "" when it is a public one."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        return why_not_public(address.ipv4_mapped)
    checks = (
        ("unspecified", address.is_unspecified),
        ("loopback", address.is_loopback),
        ("link-local", address.is_link_local),
        ("multicast", address.is_multicast),
        ("private", address.is_private),
        ("reserved", address.is_reserved),
        # Shared address space (100.64.0.0/10), documentation ranges and the like.
        ("non-public", not address.is_global),
    )
    for kind, applies in checks:
        if applies:
            return kind
    return ""


def resolve_addresses(host: str, port: int) -> list[str]:
    """The checked addresses `host` resolves to; raise AddressRefused or AddressUnresolved.

    Every address is checked, not only the first: a name with one public and one private
    address is refused, since which one a connection gets is not ours to choose.
    """
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as error:
        raise AddressUnresolved(f"the host {host!r} does not resolve ({error})") from error
    addresses: list[str] = []
    for _family, _type, _proto, _canonname, sockaddr in infos:
        text = sockaddr[0].split("%", 1)[0]  # an IPv6 zone ("fe80::1%eth0") is not an address
        if text not in addresses:
            addresses.append(text)
    if not addresses:
        raise AddressUnresolved(f"the host {host!r} does not resolve")
    if settings.ARCHIVE_CAPTURE_ALLOW_PRIVATE:
        return addresses
    for text in addresses:
        kind = why_not_public(ipaddress.ip_address(text))
        if kind:
            raise AddressRefused(
                f"{host} resolves to the {kind} address {text}, and captures may only reach "
                "public addresses (ARCHIVE_CAPTURE_ALLOW_PRIVATE is off)"
            )
    return addresses
