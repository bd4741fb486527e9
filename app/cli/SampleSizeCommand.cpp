// auditbench-cli sample-size: attribute sampling for a test of controls (core/analytics/SampleSize.h).
#include "CliCommon.h"

#include "core/analytics/SampleSize.h"
#include "core/json/JsonWriter.h"

namespace ab::cli {

static int runSampleSize(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("confidence"),
                      CliTr::tr("Confidence in percent, 1 - the risk of overreliance (e.g. 90, 95 or 99)."),
                      CliTr::tr("PCT"), QStringLiteral("95")});
    parser.addOption({QStringLiteral("tolerable"), CliTr::tr("Tolerable deviation rate in percent (e.g. 5)."),
                      CliTr::tr("PCT")});
    parser.addOption({QStringLiteral("expected"),
                      CliTr::tr("Expected population deviation rate in percent (default 0)."),
                      CliTr::tr("PCT"), QStringLiteral("0")});
    int exitCode = 0;
    if (!parseArguments(
            parser, QStringLiteral("sample-size"),
            CliTr::tr("Prints the sample size of an attribute test of controls (JSON), from the binomial "
                      "distribution: the smallest n such that P(X <= k | n, tolerable) <= 1 - confidence, "
                      "where k = ceil(n x expected) deviations are allowed. This reproduces the AICPA "
                      "Audit Sampling guide's tables (95 %, 5 % tolerable, 0 % expected: 59 items, 0 "
                      "deviations allowed; 1 % expected: 93 items, 1 allowed)."),
            args, exitCode))
        return exitCode;

    const auto percent = [&](const char *name) {
        return analytics::percentToBp(parser.value(QLatin1String(name)));
    };
    const std::optional<int> confidence = percent("confidence");
    if (!confidence || *confidence <= 0 || *confidence >= 10000)
        return fail(CliTr::tr("auditbench-cli sample-size: --confidence '%1': expected a percentage between "
                              "0 and 100 such as 95")
                        .arg(parser.value(QStringLiteral("confidence"))));
    if (!parser.isSet(QStringLiteral("tolerable")))
        return fail(CliTr::tr("auditbench-cli sample-size: --tolerable is required (e.g. --tolerable 5)"));
    const std::optional<int> tolerable = percent("tolerable");
    if (!tolerable || *tolerable <= 0)
        return fail(CliTr::tr("auditbench-cli sample-size: --tolerable '%1': expected a percentage above 0 "
                              "with at most two decimals such as 5")
                        .arg(parser.value(QStringLiteral("tolerable"))));
    const std::optional<int> expected = percent("expected");
    if (!expected)
        return fail(CliTr::tr("auditbench-cli sample-size: --expected '%1': expected a percentage with at "
                              "most two decimals such as 0.5")
                        .arg(parser.value(QStringLiteral("expected"))));
    if (*expected >= *tolerable)
        return fail(
            CliTr::tr("auditbench-cli sample-size: the expected rate (%1 %) must be below the "
                      "tolerable rate (%2 %)")
                .arg(parser.value(QStringLiteral("expected")), parser.value(QStringLiteral("tolerable"))));

    const double confidenceRate = *confidence / 10000.0;
    const std::optional<analytics::SampleSizeResult> size =
        analytics::attributeSampleSize(confidenceRate, *tolerable, *expected);
    if (!size)
        return fail(CliTr::tr("auditbench-cli sample-size: no sample of up to 100000 items reaches %1 % "
                              "confidence with these rates; the expected rate is too close to the "
                              "tolerable rate")
                        .arg(parser.value(QStringLiteral("confidence"))));

    JsonWriter w;
    w.beginObject();
    w.key("sample_size").value(size->sampleSize);
    w.key("allowed_deviations").value(size->allowedDeviations);
    w.key("confidence").value(confidenceRate);
    w.key("tolerable_rate").value(*tolerable / 10000.0);
    w.key("expected_rate").value(*expected / 10000.0);
    w.key("method").value("binomial attribute sampling");
    w.endObject();
    writeOut(w.toByteArray() + '\n');
    return Exit::Ok;
}

} // namespace ab::cli

namespace {
const ab::cli::CommandRegistration registration(
    "sample-size",
    QT_TRANSLATE_NOOP("auditbench_cli",
                      "Size an attribute sample for a test of controls (binomial, AICPA tables)"),
    ab::cli::runSampleSize);
}
