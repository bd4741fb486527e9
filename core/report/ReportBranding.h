#pragma once

#include <QByteArray>
#include <QColor>
#include <QString>

#include <optional>

class QSettings;

namespace ab {

// How printed reports look for one organisation: name, logo, accent colour and footer line.
// Read from a branding JSON file ({"organisation", "logo", "accent_colour", "footer"}), from settings
// (group "branding", same keys), or the neutral default shipped as :/auditbench/branding-default.json.
struct ReportBranding
{
    QString organisation;
    QByteArray logo; // SVG or PNG bytes; empty for no logo
    bool logoIsSvg = false;
    QColor accent;
    QString footer;

    // The shipped neutral branding (never fails: falls back to built-in values if the resource is missing).
    static ReportBranding defaults();
    // Reads a branding JSON file; a relative "logo" path is resolved against the file's folder.
    // Members that are missing keep the default's value. On error returns nullopt and sets `error`
    // to "FILE: what is wrong".
    static std::optional<ReportBranding> fromFile(const QString &path, QString *error = nullptr);
    static std::optional<ReportBranding> fromJson(const QByteArray &json, const QString &baseDir,
                                                  const QString &origin, QString *error = nullptr);
    // Group "branding" of the given settings: organisation, logo (a path), accent_colour, footer.
    static ReportBranding fromSettings(QSettings &settings);
};

} // namespace ab
