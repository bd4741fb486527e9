#pragma once
// The demo generator's own words (progress stages, I/O errors), translated in one context. What it writes
// into the evidence files (TAMPERING.txt, the expected errors) is data and never goes through tr().
#include <QCoreApplication>

namespace ab::demo {

struct DemoDataTr
{
    Q_DECLARE_TR_FUNCTIONS(ab::DemoDataGenerator)
};

} // namespace ab::demo
