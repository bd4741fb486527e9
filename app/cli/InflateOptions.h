#pragma once
// --max-inflated-size / --max-inflated-ratio: the bounds on gzip inputs (core/json/BoundedInflate.h) for the
// commands that read evidence (verify, import). The defaults refuse a gzip bomb; a genuine file beyond them
// is read after raising the limit on purpose.
#include "CliCommon.h"

namespace ab::cli {

void addInflateOptions(QCommandLineParser &parser);
// Sets the process's InflateLimits from the options; on a malformed value prints one line and returns false
// with `exitCode` 2.
bool applyInflateOptions(const QCommandLineParser &parser, const QString &command, int &exitCode);

} // namespace ab::cli
