#pragma once
// The analytics tests' names for the shared CLI runner (tests/support/CliRun.h).
#include "support/CliRun.h"

namespace analyticstest {

using Run = ab::test::CliRun;

inline Run cli(const QStringList &args)
{
    return ab::test::runCli(args);
}

} // namespace analyticstest
