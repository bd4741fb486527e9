#pragma once
// The portfolio as OSCAL 1.1.2 assessment results (JSON), with the minimal assessment plan its required
// import-ap points at: one result for the period, an observation per package (method, collection time, the
// package file as relevant evidence with its file SHA-256 and content_sha256) and a finding per SOC 2
// criterion of the matrix (satisfied where a package's evidence or the hosting platform's inheritance backs
// it, not-satisfied with the reason otherwise). Every UUID is a UUIDv5 derived from the portfolio's
// content_sha256 and what it names, so the same portfolio gives the same documents, byte for byte.

#include "core/portfolio/Portfolio.h"

#include <QByteArray>

namespace ab::portfolio {

inline constexpr const char *OscalResultsFile = "oscal-assessment-results.json";
inline constexpr const char *OscalPlanFile = "oscal-assessment-plan.json";

struct OscalDocuments
{
    QByteArray results; // {"assessment-results": {...}}
    QByteArray plan;    // {"assessment-plan": {...}}
};

OscalDocuments oscalDocuments(const Portfolio &portfolio);

} // namespace ab::portfolio
