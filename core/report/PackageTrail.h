#pragma once
// The compliance package cover's audit-trail banner: what the package cites about the verification of its
// agent runtime chain (core/package/ChainCitation.h), judged by VerificationReport::statusOf/banner, and how
// far that citation was checked (PackageReport::Options::trailBasis).

#include "core/report/PackageReport.h"

#include <QJsonObject>

namespace ab {

ReportDocument::Banner packageTrailBanner(const QJsonObject &package, const PackageReport::Options &options);

} // namespace ab
