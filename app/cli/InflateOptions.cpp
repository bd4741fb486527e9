#include "InflateOptions.h"

#include "core/json/BoundedInflate.h"

#include <optional>

namespace ab::cli {

namespace {

// The limits the options ask for, or the one line saying which value is malformed.
std::optional<InflateLimits> limitsFromOptions(const QCommandLineParser &parser, const QString &command,
                                               QString &error)
{
    InflateLimits limits = InflateLimits::processDefault();
    if (parser.isSet(QStringLiteral("max-inflated-size"))) {
        const QString value = parser.value(QStringLiteral("max-inflated-size"));
        const auto size = InflateLimits::parseSize(value);
        if (!size) {
            error = CliTr::tr("auditbench-cli %1: --max-inflated-size '%2': expected a size in bytes greater "
                              "than 0, such as 4096, 512M or 4G")
                        .arg(command, value);
            return std::nullopt;
        }
        limits.maxSize = *size;
    }
    if (parser.isSet(QStringLiteral("max-inflated-ratio"))) {
        const QString value = parser.value(QStringLiteral("max-inflated-ratio"));
        bool ok = false;
        const qint64 ratio = value.toLongLong(&ok);
        if (!ok || ratio < 0) {
            error = CliTr::tr("auditbench-cli %1: --max-inflated-ratio '%2': expected a whole number of 0 or "
                              "more")
                        .arg(command, value);
            return std::nullopt;
        }
        limits.maxRatio = ratio;
    }
    return limits;
}

} // namespace

void addInflateOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("max-inflated-size"),
                      CliTr::tr("Refuse a gzip file that inflates to more than SIZE bytes (K, M, G suffixes; "
                                "default 2G)."),
                      CliTr::tr("SIZE")});
    parser.addOption({QStringLiteral("max-inflated-ratio"),
                      CliTr::tr("Refuse a gzip file that inflates to more than N times its size once past "
                                "16M (default 100; 0: no ratio limit)."),
                      CliTr::tr("N")});
}

bool applyInflateOptions(const QCommandLineParser &parser, const QString &command, int &exitCode)
{
    QString error;
    const auto limits = limitsFromOptions(parser, command, error);
    if (!limits) {
        exitCode = fail(error);
        return false;
    }
    InflateLimits::setProcessDefault(*limits);
    return true;
}

void applyInflateOptionsOrThrow(const QCommandLineParser &parser, const QString &command)
{
    QString error;
    const auto limits = limitsFromOptions(parser, command, error);
    if (!limits)
        throw Error(error);
    InflateLimits::setProcessDefault(*limits);
}

} // namespace ab::cli
