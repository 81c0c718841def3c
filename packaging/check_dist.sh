#!/usr/bin/env bash
# Checks what `make dist` built, the way a clinic workstation meets it (`make dist-check`):
#
#   the wheel   installed with its dependencies from the package index into a new virtual
#               environment outside the checkout, and run from another folder: demo,
#               screenshot, a batch of packets on worker processes, and a transfer summary
#               for a client named in Khmer, Vietnamese and Chinese, whose PDF must embed the
#               shipped fonts and carry the names as text; that summary again with the
#               system's font folders hidden;
#   the frozen  dist/coordinator/coordinator: --version, demo, screenshot (its ICD-10 reading
#   app         starts a worker process, which must run), the same on the xcb platform under
#               Xvfb when it is installed, export discharge and the same transfer summary,
#               from another folder;
#   screenshots of the wheel, the frozen app and the checkout's .venv on copies of one demo
#               database must match, view by view.
#
# Prints a summary with timings and exits 1 when any check failed. Needs the checkout's
# .venv (`make`), and root with `unshare` for the hidden-fonts run (skipped otherwise).
set -uo pipefail

cd "$(dirname "$0")/.."
root=$PWD
python=${PYTHON:-python3}
version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' coordinator/__init__.py)
wheel=$root/dist/coordinator-$version-py3-none-any.whl
app=$root/dist/coordinator/coordinator
checkout_app=$root/.venv/bin/coordinator

work=$(mktemp -d -t coordinator-dist-check.XXXXXX)
trap 'rm -rf "$work"' EXIT
trap 'exit 130' INT TERM
venv=$work/venv
vpy=$venv/bin/python
# The checks' helper runs from the scratch folder, so the checkout is never on its path.
cp packaging/dist_checks.py "$work/"
checks=$work/dist_checks.py
mkdir -p "$work/run" "$work/shots" "$work/pristine" "$work/shot-db"
# Every command runs from this folder: nothing may depend on the checkout being current.
cd "$work/run"

export QT_QPA_PLATFORM=offscreen COORDINATOR_PASSWORD=demo COORDINATOR_LOG_DIR=$work/logs
export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1
unset COORDINATOR_DB PYTHONPATH

passed=() failed=() skipped=()
started=$(date +%s%N)
seconds_since() { printf '%d.%d' $(( ($(date +%s%N) - $1) / 1000000000 )) \
                                 $(( ($(date +%s%N) - $1) / 100000000 % 10 )); }

# check NAME COMMAND...: runs it, output indented, and records the result with its time.
check() {
    local name=$1 begun
    shift
    begun=$(date +%s%N)
    printf '\n--- %s\n' "$name"
    if "$@" 2>&1 | sed 's/^/    /'; then
        passed+=("$name ($(seconds_since "$begun") s)")
        return 0
    fi
    failed+=("$name ($(seconds_since "$begun") s)")
    return 1
}

skip() {
    printf '\n--- %s\nSKIPPED: %s\n' "$1" "$2"
    skipped+=("$1: $2")
}

summary() {
    printf '\n===== dist-check summary (%s s in all) =====\n' "$(seconds_since "$started")"
    local line
    for line in "${passed[@]}"; do printf 'PASS  %s\n' "$line"; done
    for line in "${skipped[@]}"; do printf 'SKIP  %s\n' "$line"; done
    for line in "${failed[@]}"; do printf 'FAIL  %s\n' "$line"; done
    if ((${#failed[@]})); then
        rm -rf "$root/build/dist-check"
        mkdir -p "$root/build/dist-check"
        cp -r "$work/shots" "$work/logs" "$work"/*.pdf "$root/build/dist-check/" 2>/dev/null
        echo "The screenshots, PDFs and logs are kept in build/dist-check/."
        printf '%d of %d checks FAILED\n' "${#failed[@]}" $(( ${#passed[@]} + ${#failed[@]} ))
        exit 1
    fi
    printf 'all %d checks passed\n' "${#passed[@]}"
    exit 0
}

# says_version COMMAND...: prints what it says and whether that is this version.
says_version() {
    local said
    said=$("$@") || return 1
    echo "$said"
    [[ $said == "coordinator $version" ]]
}

# is_pdf FILE: a PDF file of more than 10 kB.
is_pdf() {
    local size
    size=$(stat -c %s "$1" 2>/dev/null || echo 0)
    echo "$(basename "$1"): $size bytes, starts with $(head -c 5 "$1" 2>/dev/null)"
    [[ $(head -c 5 "$1") == "%PDF-" ]] && ((size > 10000))
}

# The screenshot database: one demo database, copied afresh to the same path before each
# build takes its screenshots (the window shows the path, and signing in writes to it).
fresh_shot_db() {
    rm -f "$work"/shot-db/*
    cp "$work"/pristine/* "$work/shot-db/"
}
shot_db=$work/shot-db/demo.sqlite3

# screenshot_of DIR COMMAND...: COMMAND's screenshots of the screenshot database into DIR.
screenshot_of() {
    local dir=$1
    shift
    "$@" --db "$shot_db" --user casemanager screenshot --out "$dir" >"$dir.txt" \
        || { cat "$dir.txt"; return 1; }
    echo "$(grep -c . "$dir.txt") views written"
}

# --- what make dist built ---------------------------------------------------------------
check "dist/ has the wheel and the frozen app" \
    ls -l "$wheel" "$app" || summary

# --- the wheel, in a new virtual environment ------------------------------------------------
check "wheel: new venv outside the checkout, pip install the wheel (dependencies from the index)" \
    bash -c "'$python' -m venv '$venv' && '$vpy' -m pip install --quiet '$wheel' pypdf" \
    || summary
check "wheel: the package is the wheel's, not the checkout's" \
    "$vpy" "$checks" installed "$root" || summary
check "wheel: coordinator --version" says_version "$venv/bin/coordinator" --version
check "wheel: coordinator demo --clients 200" \
    "$venv/bin/coordinator" --db "$work/demo.sqlite3" demo --clients 200 || summary
cp "$work"/demo.sqlite3* "$work/pristine/"

fresh_shot_db
check "wheel: coordinator screenshot" \
    screenshot_of "$work/shots/wheel" "$venv/bin/coordinator"

check "wheel: a batch of 10 discharge summaries rendered by 2 spawned worker processes" \
    "$vpy" "$checks" batch "$work/demo.sqlite3" "$work/batch"

unicode_client() {
    "$vpy" "$checks" unicode-client "$work/demo.sqlite3" | tee "$work/client.json"
}
check "wheel: client 'ស្រីពេជ្រ សុខ · Nguyễn Thị Lan · 王小明' and a consent for a facility" \
    unicode_client
mrn=$(sed -n 's/.*"mrn": "\([^"]*\)".*/\1/p' "$work/client.json")
facility=$(sed -n 's/.*"facility": "\([^"]*\)".*/\1/p' "$work/client.json")
transfer() {  # transfer COORDINATOR OUT.pdf: the transfer summary of the client above
    "$1" --db "$work/demo.sqlite3" --user casemanager export transfer --client "$mrn" \
        --to "$facility" --reason "Needs residential care" --out "$2"
}
check "wheel: coordinator export transfer" \
    transfer "$venv/bin/coordinator" "$work/transfer-wheel.pdf"
check "wheel: the transfer summary embeds the shipped fonts and has the names as text" \
    "$vpy" "$checks" pdf "$work/transfer-wheel.pdf"

# With the system's fonts hidden: a private mount namespace (unshare -m, root only) lays an
# empty tmpfs over each system and user font folder and fontconfig's caches; only the
# commands inside see it, nothing on the machine changes. Every font must then come from
# the package, Chinese from the shipped Droid Sans Fallback.
hidden_fonts() {
    unshare --mount --propagation private bash -euo pipefail -c '
        for folder in /usr/share/fonts /usr/local/share/fonts /var/cache/fontconfig \
                      "$HOME/.fonts" "$HOME/.local/share/fonts" "$HOME/.cache/fontconfig"; do
            if [[ -d $folder ]]; then mount -t tmpfs -o size=1m tmpfs "$folder"; fi
        done
        echo "fonts fontconfig lists: $(fc-list 2>/dev/null | wc -l)"
        "$@"' hidden "$@"
}
if [[ $(id -u) -eq 0 ]] && unshare --mount --propagation private true 2>/dev/null; then
    export -f transfer
    export work mrn facility
    check "wheel: export transfer with the system font folders hidden (unshare -m, tmpfs)" \
        hidden_fonts bash -c 'transfer "$0" "$1"' "$venv/bin/coordinator" \
            "$work/transfer-hidden-fonts.pdf"
    check "wheel: with no system fonts every font embedded is a shipped one" \
        "$vpy" "$checks" pdf "$work/transfer-hidden-fonts.pdf" --only-shipped
else
    skip "wheel: export transfer with the system font folders hidden" \
        "needs root and a mount namespace (unshare -m)"
fi

# --- the frozen app -------------------------------------------------------------------------
check "frozen: carries every package data file of the wheel (assets, migrations)" \
    "$vpy" "$checks" bundle "$wheel" "$root/dist/coordinator/_internal"
check "frozen: coordinator --version" says_version "$app" --version
check "frozen: coordinator demo --clients 200" \
    "$app" --db "$work/frozen.sqlite3" demo --clients 200

fresh_shot_db
# (strace must be installed and allowed to trace: some containers forbid ptrace.)
if command -v strace >/dev/null && strace -f -q -o /dev/null true 2>/dev/null; then
    # strace records the processes the app starts: the problem dialog reads the ICD-10
    # release in a worker started with "spawn", i.e. this executable run again with
    # --multiprocessing-fork. The worker must have run and ended with 0 (were it to fail,
    # the app would read the release itself and the screenshot alone would not show it).
    check "frozen: coordinator screenshot (strace follows its worker processes)" \
        screenshot_of "$work/shots/frozen" \
            strace -f -q -e trace=execve -e signal=none -o "$work/frozen-processes.txt" "$app"
    spawned_worker() {
        local pids pid
        pids=$(grep -- '--multiprocessing-fork' "$work/frozen-processes.txt" \
               | grep -v ENOENT | cut -d' ' -f1)
        [[ -n $pids ]] || { echo "no worker process was started"; return 1; }
        for pid in $pids; do
            # strace pads the pid column to five characters: "2887  +++", "28870 +++".
            grep -Eq "^$pid +\+\+\+ exited with 0 \+\+\+" "$work/frozen-processes.txt" \
                || { echo "worker $pid did not end with 0"; return 1; }
            echo "worker process $pid (coordinator --multiprocessing-fork) exited with 0"
        done
    }
    check "frozen: the spawned worker process ran and exited with 0" spawned_worker
else
    check "frozen: coordinator screenshot" screenshot_of "$work/shots/frozen" "$app"
    skip "frozen: the spawned worker process ran" "strace is not installed or cannot trace"
fi

# The desktop platform of Linux workstations (xcb) loads in the frozen app and draws every
# view; needs Xvfb (Debian: xvfb xauth), skipped without it.
xcb_views() {
    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x1024x24" "$app" --db "$shot_db" \
        --user casemanager screenshot --out "$work/xcb" >/dev/null || return 1
    local count
    count=$(find "$work/xcb" -name '*.png' -size +5k | wc -l)
    echo "$count views drawn on the xcb platform"
    ((count >= 10))
}
if command -v xvfb-run >/dev/null; then
    fresh_shot_db
    check "frozen: the desktop platform (xcb, under Xvfb) draws every view" xcb_views
else
    skip "frozen: the desktop platform (xcb)" "xvfb-run is not installed"
fi

discharged=$("$vpy" "$checks" discharged "$work/frozen.sqlite3" 2>&1 | tail -1)
check "frozen: coordinator export discharge (client $discharged)" \
    "$app" --db "$work/frozen.sqlite3" --user casemanager export discharge \
        --client "$discharged" --out "$work/discharge-frozen.pdf"
check "frozen: the discharge summary is a PDF of more than 10 kB" \
    is_pdf "$work/discharge-frozen.pdf"
check "frozen: coordinator export transfer (the Khmer, Vietnamese and Chinese name)" \
    transfer "$app" "$work/transfer-frozen.pdf"
check "frozen: the transfer summary embeds the shipped fonts and has the names as text" \
    "$vpy" "$checks" pdf "$work/transfer-frozen.pdf"

# --- the checkout, the three builds' screenshots, and the log -----------------------------
fresh_shot_db
check "checkout: .venv/bin/coordinator screenshot" \
    screenshot_of "$work/shots/checkout" "$checkout_app"
check "screenshots: wheel, frozen and checkout match view by view (styled, with icons)" \
    "$vpy" "$checks" shots "$work/shots/checkout" "$work/shots/wheel" "$work/shots/frozen"

# Every run above logged to $work/logs. The app goes on without a shipped file or a font it
# cannot read (a plain window, a fallback font) and only says so in the log.
nothing_missing() {
    local found
    found=$(grep -h -e 'ships with Coordinator is missing' -e 'cannot be used for documents' \
                 -e 'cannot be read' "$work"/logs/*.log* 2>/dev/null)
    if [[ -n $found ]]; then echo "$found"; return 1; fi
    echo "$(cat "$work"/logs/*.log* | wc -l) lines in the log; none says a shipped file is" \
         "missing or a font cannot be read"
}
check "logs: no shipped file missing, no font unreadable" nothing_missing

summary
