#!/bin/sh
# Runs a command against a real Secret Service: its own D-Bus session bus, and in it a
# gnome-keyring-daemon whose default (login) collection is created and unlocked, in a throw-away
# home folder so no test ever reads or writes the user's own keyring. It works as root and
# without a display. Anything that keeps the keyring from starting is a failure (exit 1), never
# a reason to run the test without one.
#
#   tests/support/with_keyring.sh COMMAND [ARGUMENT…]

set -eu

if [ "$#" -eq 0 ]; then
    echo "with_keyring.sh: no command given" >&2
    exit 2
fi
for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "with_keyring.sh: $tool is not installed; run scripts/install-deps.sh" >&2
        exit 1
    fi
done

scratch=$(mktemp -d "${TMPDIR:-/tmp}/tripdesk-keyring.XXXXXX")
trap 'rm -rf "$scratch"' EXIT INT TERM
mkdir -p "$scratch/home/.local/share" "$scratch/home/.config" "$scratch/home/.cache" \
    "$scratch/run"
chmod 700 "$scratch/run"
export HOME="$scratch/home"
export XDG_DATA_HOME="$HOME/.local/share"
export XDG_CONFIG_HOME="$HOME/.config"
export XDG_CACHE_HOME="$HOME/.cache"
export XDG_RUNTIME_DIR="$scratch/run"
# A desktop session name would steer QtKeychain to KWallet; the Secret Service is what runs here.
unset XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION KDE_SESSION_VERSION \
    GNOME_KEYRING_CONTROL

# Inside the session: start the daemon, unlocking (and so creating) the login collection with a
# throw-away password, then wait until it owns org.freedesktop.secrets on the bus.
inner='
    if ! printf %s tripdesk-test | gnome-keyring-daemon --unlock --components=secrets \
            --daemonize >/dev/null; then
        echo "with_keyring.sh: gnome-keyring-daemon did not start" >&2
        exit 1
    fi
    tries=0
    until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null \
            | grep -q "boolean true"; do
        tries=$((tries + 1))
        if [ "$tries" -ge 50 ]; then
            echo "with_keyring.sh: the Secret Service did not appear on the session bus" >&2
            exit 1
        fi
        sleep 0.1
    done
    exec "$@"
'
# dbus-daemon warns that it may not raise its file limit in a container; that is harmless.
status=0
dbus-run-session -- sh -c "$inner" with_keyring "$@" || status=$?
exit "$status"
