#!/usr/bin/env bash
# Builds the container image's base from Debian's own packages: Debian 12's openjdk-17-jre-headless with exactly the
# packages it depends on, unpacked into one layer and written as a docker-archive tar that Jib reads with tar://.
# No container registry and no Docker daemon are needed, only apt on a Debian 12 (bookworm) amd64 machine.
# Nothing runs the packages' maintainer scripts; the image needs none of what they set up (see docs/operations.md).
#
#   ledger-app/src/image/debian-jre-base.sh [OUTPUT.tar]     (default: ledger-app/target/image-base/debian-jre.tar)
set -euo pipefail

out="${1:-$(dirname "$0")/../../target/image-base/debian-jre.tar}"
if [ -s "$out" ]; then
  echo "Base image $out exists; delete it to build it again."
  exit 0
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/debs" "$work/rootfs" "$work/image" "$(dirname "$out")"

# The closure of the JRE's dependencies on an empty system: apt solves it against an empty package status.
touch "$work/status"
packages=$(apt-get -s -o Dir::State::status="$work/status" install --no-install-recommends -y \
  openjdk-17-jre-headless | awk '/^Inst/ {print $2}')
(cd "$work/debs" && apt-get download $packages >/dev/null)
for deb in "$work"/debs/*.deb; do
  dpkg-deb -x "$deb" "$work/rootfs"
done

java_home=/usr/lib/jvm/java-17-openjdk-amd64
ln -sf "$java_home/bin/java" "$work/rootfs/usr/bin/java"  # what update-alternatives would have made
mkdir -p "$work/rootfs/tmp" && chmod 1777 "$work/rootfs/tmp"
# An account for the non-root user the ledger runs as (uid/gid 65532), so the JVM knows its name and home.
mkdir -p "$work/rootfs/etc" "$work/rootfs/home/styrledger"
printf 'root:x:0:0:root:/root:/usr/sbin/nologin\nstyrledger:x:65532:65532:styrledger:/home/styrledger:/usr/sbin/nologin\n' \
  > "$work/rootfs/etc/passwd"
printf 'root:x:0:\nstyrledger:x:65532:\n' > "$work/rootfs/etc/group"

tar -C "$work/rootfs" --numeric-owner --owner=0 --group=0 --sort=name --mtime='@0' -cf "$work/image/layer.tar" .
diff_id="sha256:$(sha256sum "$work/image/layer.tar" | cut -d' ' -f1)"
cat > "$work/image/config.json" <<JSON
{"architecture": "amd64", "os": "linux",
 "config": {"Env": ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "JAVA_HOME=$java_home"]},
 "rootfs": {"type": "layers", "diff_ids": ["$diff_id"]},
 "history": [{"created_by": "ledger-app/src/image/debian-jre-base.sh: $(echo $packages | wc -w) Debian 12 packages"}]}
JSON
echo '[{"Config": "config.json", "RepoTags": ["styrledger-base:debian12-jre17"], "Layers": ["layer.tar"]}]' \
  > "$work/image/manifest.json"
tar -C "$work/image" -cf "$out" manifest.json config.json layer.tar
echo "Base image written to $out ($(du -h "$out" | cut -f1), $(echo $packages | wc -w) packages)"
