#pragma once
// The report engine's own words ("Page 1 of 3", "Contents", "not provided"), translated in one context
// (ab::ReportWriter) whichever render/ file lays them out.
#include <QCoreApplication>

namespace ab::render {

struct ReportWriterTr
{
    Q_DECLARE_TR_FUNCTIONS(ab::ReportWriter)
};

} // namespace ab::render
