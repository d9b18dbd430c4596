#!/bin/sh
# Checks and builds the site, then copies public/ to a web server over SSH with rsync.
# Copy it to ci/deploy-rsync.sh in the site's repository (the one `gongkai init` made) and run it
# from any CI job (or by hand) there:
#
#   DEPLOY_TARGET=deploy@www.example.gov.cn:/var/www/example/jtj/ ci/deploy-rsync.sh
#
# It installs the gongkai release named below into .gongkai/ (no Maven, no gongkai sources) the
# first time; let the CI system cache that folder. It needs curl, tar and Java 17.
#
# The server's folder is the one docs/nginx.conf or docs/apache.conf serves. The CI job needs an
# SSH key allowed to write there (e.g. in ~/.ssh/, from the CI system's secret variables) and the
# server's host key in ~/.ssh/known_hosts. See docs/hosting.md.
set -eu

: "${DEPLOY_TARGET:?set DEPLOY_TARGET to user@host:/folder/, e.g. deploy@www.example.gov.cn:/var/www/example/jtj/}"
cd "$(dirname "$0")/.."

# The gongkai release the site is built with. To upgrade, change the version here.
GONGKAI_VERSION=${GONGKAI_VERSION:-0.1.0}
# Where gongkai-<version>.tar.gz is kept: the gongkai project's releases or the bureau's own
# file server (no trailing slash).
GONGKAI_RELEASES=${GONGKAI_RELEASES:-https://releases.example.gov.cn/gongkai}
if [ ! -x ".gongkai/gongkai-$GONGKAI_VERSION/bin/gongkai" ]; then
  mkdir -p .gongkai
  curl -fsSL "$GONGKAI_RELEASES/gongkai-$GONGKAI_VERSION.tar.gz" | tar -xz -C .gongkai
fi
PATH="$PWD/.gongkai/gongkai-$GONGKAI_VERSION/bin:$PATH"

# Nothing is copied unless every report is fine.
gongkai check
gongkai build

# gongkai rewrites only the files whose bytes changed and keeps the others' modification times, so
# rsync's size-and-time check uploads only what changed.
#   --delay-updates   the new files all take their places at the end, so a reader never gets a
#                     page whose new style sheet has not arrived yet
#   --delete-delay    pages removed from the site go, after the upload
#   protect /assets/  old fingerprinted style sheets and scripts stay: pages a browser cached a
#                     few minutes ago still ask for them (clean them out now and then by hand)
#   --chmod           readable by the web server whatever the CI machine's umask
rsync --recursive --links --times --compress \
  --delay-updates --delete-delay \
  --filter='protect /assets/**' \
  --exclude='/.gongkai-output' \
  --chmod=D755,F644 \
  public/ "$DEPLOY_TARGET"

# Without rsync on the server, scp copies everything every time and removes nothing:
#   scp -r public/. "$DEPLOY_TARGET"
