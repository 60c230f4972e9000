#!/usr/bin/env bash
# Makes the services' base image from Debian packages alone, for machines that reach no container registry:
# Debian bookworm with openjdk-17-jre-headless, made by mmdebstrap (no Docker engine, no daemon) and committed by
# buildah as an OCI archive. It offers what the registry base (registry.access.redhat.com/ubi9/openjdk-17-runtime)
# offers the Containerfile: `java` on the PATH, the user 185 (group 0) and /deployments owned by it.
#
#   deploy/images/debian-base.sh <output.tar>     prints nothing but errors; the archive holds one image
#
# Usually called through deploy/images/build --base debian, which caches the archive by this script's hash.
# Needs (Debian packages): mmdebstrap buildah. Runs as root (mmdebstrap's root mode, buildah's vfs storage).
set -euo pipefail

out=${1:?usage: debian-base.sh <output.tar>}
mirror=${SED_DEBIAN_MIRROR:-http://deb.debian.org/debian}
security=${SED_DEBIAN_SECURITY_MIRROR:-http://deb.debian.org/debian-security}
work=$(mktemp -d "${TMPDIR:-/tmp}/sed-base.XXXXXX")
trap 'buildah --root "$work/storage" --runroot "$work/run" --storage-driver vfs rm -a >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

# The essential packages (dpkg, coreutils, a POSIX shell) and the JRE, nothing else: no apt, no documentation,
# no man pages, no locales but C.UTF-8 (the JRE's update-alternatives wants the man1 directory while it installs). The user 185 matches the UBI image's (and Quarkus's) convention.
mmdebstrap --quiet --variant=essential --mode=root \
  --include=openjdk-17-jre-headless,ca-certificates \
  --dpkgopt='path-exclude=/usr/share/doc/*' --dpkgopt='path-include=/usr/share/doc/*/copyright' \
  --dpkgopt='path-exclude=/usr/share/man/*' --dpkgopt='path-exclude=/usr/share/locale/*' \
  --dpkgopt='path-exclude=/usr/share/info/*' \
  --essential-hook='mkdir -p "$1/usr/share/man/man1"' \
  --customize-hook='echo "jboss:x:185:0:service user:/deployments:/usr/sbin/nologin" >> "$1/etc/passwd"' \
  --customize-hook='mkdir -p "$1/deployments" && chown 185:0 "$1/deployments" && chmod 0775 "$1/deployments"' \
  --customize-hook='rm -rf "$1"/usr/share/man "$1"/var/cache/* "$1"/var/lib/apt/lists/* "$1"/var/log/*' \
  bookworm "$work/rootfs.tar" \
  "deb $mirror bookworm main" "deb $mirror bookworm-updates main" "deb $security bookworm-security main"

b=(buildah --root "$work/storage" --runroot "$work/run" --storage-driver vfs)
c=$("${b[@]}" from scratch)
"${b[@]}" add "$c" "$work/rootfs.tar" / >/dev/null
"${b[@]}" config --user 185 --workingdir /deployments \
  --env "JAVA_HOME=/usr/lib/jvm/java-17-openjdk-$(dpkg --print-architecture)" --env LANG=C.UTF-8 \
  --label org.opencontainers.image.title=sed-jre17-base \
  --label 'org.opencontainers.image.description=Debian bookworm with openjdk-17-jre-headless (deploy/images/debian-base.sh)' \
  "$c"
mkdir -p "$(dirname "$out")"
rm -f "$out.part"
"${b[@]}" commit --quiet --format oci "$c" "oci-archive:$out.part:sed/jre17-base:bookworm" >/dev/null
mv "$out.part" "$out"
