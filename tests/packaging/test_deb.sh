#!/usr/bin/env bash
# Builds the .deb with CPack, unpacks it with dpkg-deb into a temporary root, and
# checks that what it installs works: the binary runs (--version, and extract on a
# bundled article), and the desktop file, AppStream metainfo, icon and man page are
# there and valid.
#
# usage: test_deb.sh CPACK BUILD_DIR SOURCE_DIR VERSION
set -u
cpack=$1 build=$2 src=$3 version=$4

work=$(mktemp -d "${TMPDIR:-/tmp}/launch-atlas-deb.XXXXXX")
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }

# 1. Build the package. -B keeps CPack's staging tree out of the build directory.
if ! (cd "$build" && "$cpack" -G DEB -B "$work/out" --config "$build/CPackConfig.cmake") >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    echo "FAIL: cpack -G DEB failed" >&2
    exit 1
fi
deb=$(ls "$work"/out/*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || { cat "$work/cpack.log" >&2; echo "FAIL: cpack wrote no .deb" >&2; exit 1; }
pass "built $(basename "$deb")"

# 2. Control fields.
dpkg-deb -f "$deb" Package | grep -qx 'launch-atlas' && pass "Package: launch-atlas" || fail "package name"
dpkg-deb -f "$deb" Version | grep -qx "$version" && pass "Version: $version" || fail "version is not $version"
dpkg-deb -f "$deb" Depends | grep -q 'libqt6widgets6' && pass "depends on Qt Widgets" || fail "Depends lacks libqt6widgets6"

# 3. Unpack into a temporary root.
root="$work/root"
dpkg-deb -x "$deb" "$root" || { echo "FAIL: dpkg-deb -x failed" >&2; exit 1; }
bin="$root/usr/bin/launch-atlas"
desktop="$root/usr/share/applications/org.launchatlas.LaunchAtlas.desktop"
metainfo="$root/usr/share/metainfo/org.launchatlas.LaunchAtlas.metainfo.xml"
icon="$root/usr/share/icons/hicolor/scalable/apps/launch-atlas.svg"
man="$root/usr/share/man/man1/launch-atlas.1.gz"

for f in "$bin" "$desktop" "$metainfo" "$icon" "$man"; do
    [ -f "$f" ] && pass "installs ${f#"$root"}" || fail "the package does not install ${f#"$root"}"
done
[ -x "$bin" ] || fail "launch-atlas is not executable"
# Nothing but the application: no tests, headers or static libraries.
extra=$(cd "$root" && find . -type f | grep -Ev '^\./usr/(bin/launch-atlas|share/(applications|metainfo|icons/hicolor/scalable/apps|man/man1)/)' || true)
[ -z "$extra" ] && pass "no stray files" || fail "unexpected files in the package: $extra"

# 4. The installed binary runs.
if out=$("$bin" --version 2>&1); then
    echo "$out" | grep -q "$version" && pass "--version prints $version" || fail "--version printed: $out"
else
    fail "launch-atlas --version exited with $?: $out"
fi

# The allocator the binary is linked with (mimalloc, when the build found it) is a
# dependency of the package, or an installed launch-atlas would not start.
if ldd "$bin" 2>/dev/null | grep -q 'libmimalloc'; then
    dpkg-deb -f "$deb" Depends | grep -q 'libmimalloc' && pass "depends on mimalloc, which it links" \
        || fail "launch-atlas links mimalloc but Depends lacks it"
fi

# 5. extract on a bundled article, from the installed binary (its data is built in).
article="$src/resources/articles/000_858a2ed375897b38.txt"
"$bin" extract "$article" >"$work/extract.json" 2>"$work/extract.err"
status=$?
if [ $status -ne 0 ]; then
    fail "launch-atlas extract exited with status $status: $(head -c 400 "$work/extract.err")"
else
    flat=$(tr -d ' \n\r\t' <"$work/extract.json")
    case $flat in
        '{'*'}') pass "extract printed a JSON object" ;;
        *) fail "extract did not print a JSON object: $(head -c 200 "$work/extract.json")" ;;
    esac
    echo "$flat" | grep -q '"articles":\[{' && pass "extract lists the article" || fail "no article in the extract output"
    echo "$flat" | grep -q '"launches":\[{' && pass "extract found launches" || fail "no launch extracted from $article"
    # The article reports SRBMs launched from near Wonsan: the gazetteer and lexicon are in the binary.
    grep -q 'Wonsan' "$work/extract.json" && pass "site Wonsan found" || fail "the launch site Wonsan was not extracted"
    grep -q 'SRBM' "$work/extract.json" && pass "class SRBM found" || fail "the class SRBM was not extracted"
fi

# 6. Desktop integration files are valid.
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$desktop" && pass "desktop file valid" || fail "desktop-file-validate rejected the .desktop file"
else
    echo "skip: desktop-file-validate not installed"
fi
grep -q '^Exec=launch-atlas' "$desktop" || fail "the .desktop file does not run launch-atlas"
grep -q '^Icon=launch-atlas$' "$desktop" || fail "the .desktop file does not name the launch-atlas icon"
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$metainfo" >"$work/appstream.log" 2>&1 \
        && pass "metainfo valid" || { cat "$work/appstream.log" >&2; fail "appstreamcli rejected the metainfo"; }
else
    echo "skip: appstreamcli not installed"
fi
grep -q '<launchable type="desktop-id">org.launchatlas.LaunchAtlas.desktop</launchable>' "$metainfo" \
    || fail "the metainfo does not point at the .desktop file"
grep -q '<svg' "$icon" && pass "icon is SVG" || fail "the icon is not an SVG file"
mantext=$(gzip -dc "$man" 2>/dev/null) || fail "the man page is not gzip-compressed"
for word in '^\.TH LAUNCH-ATLAS 1' '^\.SS extract' '^\.SS export$' '^\.SS export-data' 'pubdate' '\\-\\-view'; do
    echo "$mantext" | grep -q -- "$word" || fail "the man page lacks $word"
done
if command -v man >/dev/null; then
    MANWIDTH=80 man --warnings -l "$man" >/dev/null 2>"$work/man.err"
    [ -s "$work/man.err" ] && fail "man page warnings: $(cat "$work/man.err")" || pass "man page renders cleanly"
fi

if [ $failures -gt 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "all packaging checks passed"
