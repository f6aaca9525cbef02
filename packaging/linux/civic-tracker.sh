#!/bin/sh
# /usr/bin/civic-tracker: the frozen app under /opt/civic-tracker (installed by the Debian package).
exec /opt/civic-tracker/civic-tracker "$@"
