#!/usr/bin/env bash
# Packages Quire with jpackage (JDK 17) into target/installer.
#
#   installer/build-app-image.sh          # target/installer/Quire/ (app image, run bin/Quire)
#   installer/build-app-image.sh deb      # target/installer/quire_<version>_amd64.deb
#
# The image carries its own trimmed Java runtime; the PostgreSQL server is inside the app's
# class path (the zonky binaries jar) and is unpacked into the user's data directory at first start.
set -euo pipefail

type="${1:-app-image}"
case "$type" in
  app-image|deb) ;;
  *) echo "usage: $0 [app-image|deb]" >&2; exit 2 ;;
esac

cd "$(dirname "$0")/.."
command -v jpackage >/dev/null || { echo "jpackage not found: a full JDK 17 is needed" >&2; exit 1; }

# The project version, from the <version> that follows the project's own artifactId.
version="$(awk '/<artifactId>quire<\/artifactId>/ {found=1; next}
                found && /<version>/ {gsub(/.*<version>|<\/version>.*/, ""); print; exit}' pom.xml)"
version="${version%-SNAPSHOT}"
[[ "$version" =~ ^[0-9]+(\.[0-9]+){0,2}$ ]] || { echo "cannot use version '$version' for jpackage" >&2; exit 1; }

echo "Building quire.jar ($version)…"
mvn -B -q -DskipTests package

# Only the jar and its libraries go into the image: target/ also holds classes, generated
# sources and test databases that have no place in an installer.
out=target/installer
input="$out/input"
rm -rf "$input" "$out/Quire"
mkdir -p "$input"
cp target/quire.jar "$input/"
cp -r target/lib "$input/lib"

# An explicit module list keeps the bundled runtime small (jpackage would otherwise take every
# module of the JDK). java.scripting: FXML; java.naming/java.security.*: pgjdbc and logback;
# java.management: HikariCP; jdk.crypto.ec: TLS to team servers; jdk.unsupported: JavaFX, Jackson.
modules=java.base,java.desktop,java.logging,java.management,java.naming,java.net.http,java.scripting,\
java.security.jgss,java.security.sasl,java.sql,java.transaction.xa,java.xml,jdk.crypto.ec,\
jdk.localedata,jdk.unsupported,jdk.zipfs

args=(
  --type "$type"
  --dest "$out"
  --input "$input"
  --main-jar quire.jar
  --main-class studio.quire.launch.Launcher
  --name Quire
  --app-version "$version"
  --vendor "Quire"
  --description "A desktop authoring studio for writers, editors and brand consultants"
  --copyright "Licensed under the Apache License 2.0"
  --add-modules "$modules"
  --jlink-options '--strip-native-commands --strip-debug --no-header-files --no-man-pages --compress=2'
)
# The same Java options as the README's run command (studio.quire.app.JvmOptions; a test checks),
# one --java-options each: jpackage passes each value to the JVM as one argument.
java_options="-Xms32m -Xmx1g -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30"
for option in $java_options; do
  args+=(--java-options "$option")
done
if [[ "$type" == deb ]]; then
  args+=(
    --license-file LICENSE
    --linux-package-name quire
    --linux-package-deps libgtk-3-0
    --linux-shortcut
    --linux-menu-group Office
    --linux-app-category editors
  )
fi

echo "Running jpackage --type $type…"
start=$SECONDS
jpackage "${args[@]}"
rm -rf "$input"
echo "Done in $((SECONDS - start)) s (jpackage only):"
if [[ "$type" == deb ]]; then
  ls -lh "$out"/*.deb
else
  du -sh "$out/Quire"
  echo "Run it with: $out/Quire/bin/Quire"
fi
