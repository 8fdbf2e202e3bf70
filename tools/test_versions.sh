#!/usr/bin/env bash
# make test-versions: both test tiers on each QGIS the plugin is tested on, with
# one line per run at the end, e.g.
#   QGIS 3.40.6 (Debian trixie, Python 3.13, numpy 2.2.4, shapely 2.1.2): core 289 passed,
#   preloaded 289 passed, qgis 111 passed
# and a non-zero exit when any run fails.
#
# Each Debian release's own QGIS: bookworm 3.22, trixie 3.40 LTR, sid the newest.
# The host's release runs here; the others run in chroots that debootstrap makes
# from Debian's archive under build/chroots, kept for the next run and made again
# when missing. The source is copied in (never bind-mounted: `rm -rf build` must
# not reach it through a chroot). Logs go to build/versions/.
#
#   tools/test_versions.sh            run the matrix
#   tools/test_versions.sh sid ...    only the runs on these Debian releases
#   tools/test_versions.sh --unmount  unmount what an interrupted run left mounted
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
CHROOTS=$ROOT/build/chroots
LOGS=$ROOT/build/versions
# Debian's QGIS packages, and what the tests need besides.
PACKAGES="qgis python3-qgis qgis-providers python3-venv python3-pyproj python3-numpy python3-shapely
  python3-pip make git xvfb xauth ca-certificates"
# The runs: a Debian release and the shapely to test with (empty: requirements.txt's
# pin, the oldest supported; x.y.z: that release from PyPI; system: Debian's own).
RUNS=(
  "bookworm "
  "bookworm 2.2.0"
  "trixie 2.1.2"
  "sid system"
)

mounts_of() {  # the mount points under a chroot, deepest first
  awk -v dir="$1/" 'index($2, dir) == 1 {print $2}' /proc/self/mounts | sort -r
}

unmount() {
  local point
  for point in $(mounts_of "$1"); do umount -l "$point" || return 1; done
}

if [ "${1:-}" = "--unmount" ]; then
  unmount "$CHROOTS"
  exit $?
fi

host=$(. /etc/os-release && echo "${VERSION_CODENAME:-}")
mirror=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null)
mirror=${mirror:-http://deb.debian.org/debian}
mkdir -p "$LOGS"

# Make (or complete) the chroot of a Debian release; says plainly when Debian's
# archive cannot give one today.
ensure_chroot() {
  local suite=$1 dir=$CHROOTS/$1 log=$LOGS/$1-setup.log
  if [ -f "$dir/.ready" ] && [ "$(cat "$dir/.ready")" = "$PACKAGES" ]; then
    return 0
  fi
  echo "Making the Debian $suite chroot (log: ${log#"$ROOT"/})"
  : > "$log"
  if [ ! -x "$dir/usr/bin/apt-get" ]; then
    command -v debootstrap >/dev/null || apt-get install -y -q debootstrap >> "$log" 2>&1
    unmount "$dir.tmp" && rm -rf --one-file-system "$dir.tmp"
    debootstrap --variant=minbase "$suite" "$dir.tmp" "$mirror" >> "$log" 2>&1 &&
      mv "$dir.tmp" "$dir" || return 1
  fi
  # The archive here may be a frozen snapshot whose sid Release file has expired
  # (sid's are valid for a week): accept it rather than test nothing.
  in_chroot "$suite" "apt-get -o Acquire::Check-Valid-Until=false update -q && DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q --no-install-recommends $(echo $PACKAGES)" >> "$log" 2>&1 || return 1
  echo "$PACKAGES" > "$dir/.ready"
}

# Run a command in a chroot with /proc and /dev/shm mounted, the host's name
# servers and CA certificates (so that pip reaches PyPI), and a clean environment.
in_chroot() {
  local dir=$CHROOTS/$1 status
  cp /etc/resolv.conf "$dir/etc/resolv.conf"
  mkdir -p "$dir/etc/ssl/certs"
  cp /etc/ssl/certs/ca-certificates.crt "$dir/etc/ssl/certs/host-ca-certificates.crt"
  mountpoint -q "$dir/proc" || mount -t proc proc "$dir/proc"
  mountpoint -q "$dir/dev/shm" || mount -t tmpfs shm "$dir/dev/shm"
  chroot "$dir" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=dumb CI="${CI:-}" \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    PIP_CERT=/etc/ssl/certs/host-ca-certificates.crt PIP_DISABLE_PIP_VERSION_CHECK=1 \
    ${PIP_INDEX_URL:+PIP_INDEX_URL=$PIP_INDEX_URL} ${https_proxy:+https_proxy=$https_proxy} \
    /bin/bash -c "$2"
  status=$?
  unmount "$dir"
  return $status
}

# "QGIS 3.40.6 (Debian trixie, Python 3.13, numpy 2.2.4, shapely 2.1.2)" from the
# run's own interpreter.
describe='
import platform, sys, subprocess
import numpy, shapely
from qgis.core import Qgis
version = shapely.__version__
if sys.argv[2] == "system":
    deb = subprocess.run(["dpkg-query", "-W", "-f", "${Version}", "python3-shapely"],
                         capture_output=True, text=True).stdout
    version = deb.split("-")[0] + " (Debian package)"
python = ".".join(platform.python_version_tuple()[:2])
qgis = Qgis.QGIS_VERSION.split("-")[0]
print(f"QGIS {qgis} (Debian {sys.argv[1]}, Python {python}, numpy {numpy.__version__}, shapely {version})")
'

# "core 290 passed, preloaded 290 passed, qgis 111 passed" from a `make -k test`
# log: each tier's closing pytest line (the Makefile announces each tier with a
# line "== core tier", "== core tier, QGIS's GEOS preloaded ...", "== QGIS tier ..."),
# or what stopped it.
counts() {
  local log=$1 tier line out=""
  for tier in core preloaded qgis; do
    line=$(awk -v tier="$tier" '
      /^== core tier$/ { section = "core" }
      /^== core tier, QGIS.s GEOS preloaded/ { section = "preloaded" }
      /^== QGIS tier/ { section = "qgis" }
      section == tier && /^=+ .*[0-9]+ (passed|failed|errors?|skipped).* in [0-9.]+s/ { last = $0 }
      END { print last }' "$log" | sed -E 's/^=+ //; s/ in [0-9.]+s.*//')
    out+="${out:+, }$tier ${line:-did not finish (see ${log#"$ROOT"/})}"
  done
  echo "$out"
}

failed=0
summary=()
for run in "${RUNS[@]}"; do
  read -r suite shapely <<< "$run"
  if [ $# -gt 0 ] && [[ " $* " != *" $suite "* ]]; then continue; fi
  shapely=${shapely:-}
  name=$suite${shapely:+-shapely-$shapely}
  log=$LOGS/$name.log
  venv_name=venv${shapely:+-shapely-$shapely}
  echo "== Debian $suite${shapely:+, shapely $shapely} (log: ${log#"$ROOT"/})"
  if [ "$suite" = "$host" ]; then
    venv=$([ -z "$shapely" ] && echo .venv || echo "build/$venv_name")
    make -k test VENV="$venv" SHAPELY="$shapely" > "$log" 2>&1
    status=$?
    about=$("$venv/bin/python" -c "$describe" "$suite" "$shapely" 2>/dev/null)
  else
    if ! ensure_chroot "$suite"; then
      summary+=("Debian $suite: could not install QGIS from Debian's archive today; the distribution, not the plugin (see build/versions/$suite-setup.log)")
      failed=1
      continue
    fi
    src=$CHROOTS/$suite/src
    rm -rf --one-file-system "$src" && mkdir -p "$src"
    tar -C "$ROOT" --exclude=./build --exclude=./.venv --exclude=./out --exclude=./.qgis-settings -cf - . |
      tar -C "$src" -xf -
    if [ -d "$ROOT/../shared/data" ]; then  # reference data beside the repository, read by some tests
      rm -rf --one-file-system "$CHROOTS/$suite/shared" && mkdir -p "$CHROOTS/$suite/shared"
      cp -r "$ROOT/../shared/data" "$CHROOTS/$suite/shared/data"
    fi
    in_chroot "$suite" "cd /src && make -k test VENV=/opt/$venv_name SHAPELY=$shapely" > "$log" 2>&1
    status=$?
    about=$(in_chroot "$suite" "/opt/$venv_name/bin/python -c '$describe' $suite '$shapely'" 2>/dev/null)
  fi
  tail -n 3 "$log"
  [ "$status" -eq 0 ] || failed=1
  summary+=("${about:-Debian $suite (QGIS did not start)}: $(counts "$log")$([ "$status" -eq 0 ] || echo "  FAILED")")
done

echo
printf '%s\n' "${summary[@]}"
exit $failed
