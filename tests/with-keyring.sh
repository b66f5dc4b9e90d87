#!/bin/sh
# Run "$@" inside a private D-Bus session with an unlocked, throwaway gnome-keyring (Secret Service),
# so keychain tests use the real QtKeychain -> libsecret -> gnome-keyring path without touching the user's keyring.
set -eu
T="$(mktemp -d)"
trap 'rm -rf "$T"' EXIT INT TERM
export HOME="$T/home" XDG_DATA_HOME="$T/data" XDG_RUNTIME_DIR="$T/run" XDG_CONFIG_HOME="$T/config" XDG_CACHE_HOME="$T/cache"
mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"
chmod 700 "$XDG_RUNTIME_DIR"
dbus-run-session -- sh -c '
  printf %s test-keyring-pass | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  "$@"' sh "$@"
