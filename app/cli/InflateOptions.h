#pragma once
// --max-inflated-size / --max-inflated-ratio: the bounds on gzip inputs (core/json/BoundedInflate.h) for the
// commands that read evidence (verify, import) and the commands that read the workspace's stored originals
// again (check, verify --workspace). The defaults refuse a gzip bomb; a genuine file beyond them is read
// after raising the limit on purpose, at import and again whenever the original is re-read: the limits are
// the reader's, never taken from the workspace (docs/robustness.md "Re-reading stored originals").
#include "CliCommon.h"

namespace ab::cli {

void addInflateOptions(QCommandLineParser &parser);
// Sets the process's InflateLimits from the options; on a malformed value prints one line and returns false
// with `exitCode` 2.
bool applyInflateOptions(const QCommandLineParser &parser, const QString &command, int &exitCode);
// The same, throwing an ab::Error with that line (for commands that report errors by exception).
void applyInflateOptionsOrThrow(const QCommandLineParser &parser, const QString &command);

} // namespace ab::cli
