#pragma once
// Reading back an xlsx the way an examiner's tools would: a member of the zip (python3's zipfile, which
// also tests every member's CRC) and a worksheet's rows of cells (inline strings or values).
#include <QList>
#include <QProcess>
#include <QString>
#include <QXmlStreamReader>
#include <QtDebug>

namespace analyticstest {

inline QByteArray zipMember(const QString &zip, const QString &member)
{
    QProcess p;
    p.start(QStringLiteral("python3"), {QStringLiteral("-c"),
                                        QStringLiteral("import sys, zipfile\n"
                                                       "z = zipfile.ZipFile(sys.argv[1])\n"
                                                       "assert z.testzip() is None\n"
                                                       "sys.stdout.buffer.write(z.read(sys.argv[2]))\n"),
                                        zip, member});
    p.waitForFinished(60000);
    if (p.exitCode() != 0)
        qWarning() << p.readAllStandardError();
    return p.readAllStandardOutput();
}

struct XlsxCell
{
    QString ref, type, text; // type: the t attribute ("" for a number)
    bool formula = false;
};

inline QList<QList<XlsxCell>> sheetRows(const QByteArray &xml)
{
    QList<QList<XlsxCell>> rows;
    QXmlStreamReader r(xml);
    XlsxCell *cell = nullptr;
    while (!r.atEnd()) {
        r.readNext();
        if (!r.isStartElement())
            continue;
        if (r.name() == QLatin1String("row")) {
            rows.append(QList<XlsxCell>());
            cell = nullptr;
        } else if (r.name() == QLatin1String("c")) {
            rows.last().append(XlsxCell{r.attributes().value(QLatin1String("r")).toString(),
                                        r.attributes().value(QLatin1String("t")).toString(),
                                        {},
                                        false});
            cell = &rows.last().last();
        } else if (r.name() == QLatin1String("f") && cell) {
            cell->formula = true;
        } else if ((r.name() == QLatin1String("t") || r.name() == QLatin1String("v")) && cell) {
            cell->text += r.readElementText();
        }
    }
    return rows;
}

// The rows of worksheet N (1-based, in the order the sheets were added).
inline QList<QList<XlsxCell>> worksheet(const QString &zip, int n)
{
    return sheetRows(zipMember(zip, QStringLiteral("xl/worksheets/sheet%1.xml").arg(n)));
}

// The cell texts of a row.
inline QStringList texts(const QList<XlsxCell> &row)
{
    QStringList out;
    for (const XlsxCell &c : row)
        out << c.text;
    return out;
}

} // namespace analyticstest
