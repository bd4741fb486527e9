#include "core/report/ReportBranding.h"

#include "core/common/InputError.h"
#include "core/common/InputFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

namespace ab {

namespace {

struct BrandingTr
{
    Q_DECLARE_TR_FUNCTIONS(ab::ReportBranding)
};

// Caps on what a branding file and its logo may weigh: a logo path of /dev/zero or a FIFO is refused before a
// byte is read (InputFile), a regular file beyond the cap is refused by its size.
constexpr qint64 MaxBrandingBytes = qint64(1) << 20;
constexpr qint64 MaxLogoBytes = qint64(16) << 20;

// The shipped resources (":/...") are part of the program; every other path is a file from outside.
QByteArray readBrandingFile(const QString &path, const QString &what, qint64 maxBytes)
{
    if (path.startsWith(QLatin1Char(':'))) {
        QFile resource(path);
        if (!resource.open(QIODevice::ReadOnly))
            throw InputError(path, BrandingTr::tr("cannot open %1: %2").arg(what, resource.errorString()));
        return resource.readAll();
    }
    return InputFile::read(path, what, maxBytes);
}

// Reads a logo; decides SVG vs PNG by content, not by name (a renamed file still renders right).
bool loadLogo(const QString &path, ReportBranding &branding, QString *error, const QString &origin)
{
    QByteArray bytes;
    try {
        bytes = readBrandingFile(path, BrandingTr::tr("logo"), MaxLogoBytes);
    } catch (const InputError &e) {
        if (error)
            *error = BrandingTr::tr("%1: logo '%2' cannot be read (%3)").arg(origin, path, e.message());
        return false;
    }
    const bool png = bytes.startsWith("\x89PNG\r\n\x1a\n");
    const bool svg = !png && (bytes.contains("<svg") || bytes.contains("<SVG"));
    if (!png && !svg) {
        if (error)
            *error = BrandingTr::tr("%1: logo '%2' is neither an SVG nor a PNG image").arg(origin, path);
        return false;
    }
    branding.logo = bytes;
    branding.logoIsSvg = svg;
    return true;
}

ReportBranding builtIn()
{
    ReportBranding b;
    b.organisation = QStringLiteral("AuditBench");
    b.accent = QColor(0x2F, 0x4F, 0x6F);
    b.footer = BrandingTr::tr("Prepared with AuditBench for audit evidence review");
    return b;
}

} // namespace

ReportBranding ReportBranding::defaults()
{
    static const ReportBranding cached = [] {
        QFile file(QStringLiteral(":/auditbench/branding-default.json"));
        if (file.open(QIODevice::ReadOnly))
            if (auto b = fromJson(file.readAll(), QStringLiteral(":/auditbench"), file.fileName()))
                return *b;
        return builtIn();
    }();
    return cached;
}

std::optional<ReportBranding> ReportBranding::fromFile(const QString &path, QString *error)
{
    QByteArray json;
    try {
        json = readBrandingFile(path, BrandingTr::tr("branding file"), MaxBrandingBytes);
    } catch (const InputError &e) {
        if (error)
            *error = BrandingTr::tr("%1: cannot be read (%2)").arg(path, e.message());
        return std::nullopt;
    }
    return fromJson(json, QFileInfo(path).absolutePath(), path, error);
}

std::optional<ReportBranding> ReportBranding::fromJson(const QByteArray &json, const QString &baseDir,
                                                       const QString &origin, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = parseError.error != QJsonParseError::NoError
                         ? BrandingTr::tr("%1: offset %2: %3")
                               .arg(origin)
                               .arg(parseError.offset)
                               .arg(parseError.errorString())
                         : BrandingTr::tr(
                               "%1: expected a JSON object with organisation, logo, accent_colour, footer")
                               .arg(origin);
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    ReportBranding b = builtIn();
    if (o.contains(QLatin1String("organisation")))
        b.organisation = o.value(QLatin1String("organisation")).toString();
    if (o.contains(QLatin1String("footer")))
        b.footer = o.value(QLatin1String("footer")).toString();
    if (o.contains(QLatin1String("accent_colour"))) {
        const QString colour = o.value(QLatin1String("accent_colour")).toString();
        const QColor c = QColor::fromString(colour);
        if (!c.isValid()) {
            if (error)
                *error = BrandingTr::tr("%1: accent_colour '%2': expected a colour such as #2F4F6F")
                             .arg(origin, colour);
            return std::nullopt;
        }
        b.accent = c;
    }
    const QString logo = o.value(QLatin1String("logo")).toString();
    if (!logo.isEmpty()) {
        const QString path = (logo.startsWith(QLatin1Char(':')) || QDir::isAbsolutePath(logo))
                                 ? logo
                                 : QDir(baseDir).filePath(logo);
        if (!loadLogo(path, b, error, origin))
            return std::nullopt;
    }
    return b;
}

ReportBranding ReportBranding::fromSettings(QSettings &settings)
{
    ReportBranding b = defaults();
    settings.beginGroup(QStringLiteral("branding"));
    if (settings.contains(QStringLiteral("organisation")))
        b.organisation = settings.value(QStringLiteral("organisation")).toString();
    if (settings.contains(QStringLiteral("footer")))
        b.footer = settings.value(QStringLiteral("footer")).toString();
    const QColor c = QColor::fromString(settings.value(QStringLiteral("accent_colour")).toString());
    if (c.isValid())
        b.accent = c;
    const QString logo = settings.value(QStringLiteral("logo")).toString();
    if (!logo.isEmpty()) {
        ReportBranding withLogo = b;
        if (loadLogo(logo, withLogo, nullptr, QStringLiteral("settings")))
            b = withLogo; // an unreadable logo keeps the previous one rather than breaking printing
    }
    settings.endGroup();
    return b;
}

} // namespace ab
