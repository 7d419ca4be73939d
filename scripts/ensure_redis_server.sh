#!/bin/sh
# Makes sure `redis-server` is on PATH: the tests of the shared rate limiter start one (they fail, never
# skip, without it). Found on PATH: nothing to do. Otherwise installed with the platform's package
# manager where one is known (apt-get: Debian/Ubuntu, dnf: Fedora, brew: macOS), with sudo only when
# not root and sudo exists. Otherwise one line saying what to install, exit 1.
set -u

have() { command -v "$1" >/dev/null 2>&1; }

have redis-server && exit 0

if [ "$(id -u)" = 0 ]; then
  SUDO=
elif have sudo; then
  SUDO=sudo
else
  SUDO=none  # a system package manager cannot be used
fi

if have apt-get && [ "$SUDO" != none ]; then
  echo "redis-server not found: installing the redis-server package with apt-get" >&2
  $SUDO apt-get update -qq && $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null
elif have dnf && [ "$SUDO" != none ]; then
  echo "redis-server not found: installing the redis package with dnf" >&2
  $SUDO dnf install -y -q redis
elif have brew; then
  echo "redis-server not found: installing redis with brew" >&2
  brew install --quiet redis  # Homebrew refuses to run as root: never with sudo
fi

have redis-server && exit 0
echo "redis-server not found on PATH: install Redis so that it is (Debian/Ubuntu: apt-get install redis-server; Fedora: dnf install redis; macOS: brew install redis), then run make test again" >&2
exit 1
