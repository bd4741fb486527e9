#pragma once
// The PDF's document information: the XMP packet QPdfWriter embeds, and the Info dictionary entries
// Qt 6.4's QPdfWriter has no setter for (Author, Subject), added as a standard PDF incremental update.
#include <QByteArray>
#include <QString>

namespace ab::render {

QByteArray xmpMetadata(const QString &title, const QString &author, const QString &subject,
                       const QString &creator);
// Appends a new Info object, xref section and trailer to `pdf`; returns `pdf` unchanged when its trailer
// cannot be read.
QByteArray withInfo(const QByteArray &pdf, const QString &title, const QString &author,
                    const QString &subject, const QString &creator);

} // namespace ab::render
