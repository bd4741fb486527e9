#pragma once

#include "core/report/ReportBranding.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <variant>

namespace ab {

// How a verdict, a row or a banner should read at a glance. Colour is never the only signal: every
// toned element also carries its meaning in words, so a black-and-white printout reads the same.
enum class Tone
{
    Neutral,
    Good,
    Warning,
    Bad
};

// A printable report as a list of blocks; ReportWriter lays it out on pages. Building a document is cheap
// and has no Qt Gui dependency, so report builders can be tested without rendering.
class ReportDocument
{
public:
    struct KeyValue
    {
        QString key;
        QString value;
        bool monospace = false; // hashes, ids: fixed-width so they read and compare digit by digit
    };
    struct Cover
    {
        QString title;    // e.g. "Compliance Package"
        QString subtitle; // e.g. the agent name
        QList<KeyValue> facts;
        Tone statusTone = Tone::Neutral;
        QString statusTitle; // banner headline; empty for no banner
        QString statusDetail;
    };
    struct TableOfContents
    {
    };
    struct Heading
    {
        QString text;
        int level = 1; // 1 starts a new page; 1 and 2 are listed in the table of contents
    };
    struct Paragraph
    {
        QString text;
        Tone tone = Tone::Neutral;
        bool small = false;
        bool monospace = false;
    };
    struct KeyValues
    {
        QList<KeyValue> rows;
    };
    struct Column
    {
        QString title;
        double width = 0; // 0: sized to the content; otherwise a relative share of the text width
        bool monospace = false;
        bool alignRight = false;
    };
    struct Table
    {
        QList<Column> columns;
        QList<QStringList> rows;
        QList<Tone> rowTones; // empty, or one per row
        QString emptyText;    // shown instead of an empty table
    };
    struct Svg
    {
        QByteArray svg;
        QString caption;
    };
    struct Banner
    {
        Tone tone = Tone::Neutral;
        QString title;
        QString detail;
    };
    struct PageBreak
    {
    };
    using Block =
        std::variant<Cover, TableOfContents, Heading, Paragraph, KeyValues, Table, Svg, Banner, PageBreak>;

    // Document-wide information: metadata, running header and footer.
    QString title;           // PDF Title
    QString subject;         // PDF Subject
    QString author;          // PDF Author: the user who printed it
    QString headerLeft;      // running header, e.g. the agent name
    QString headerRight;     // e.g. "Generated 2026-03-01T12:00:00Z"
    QString footerHashLabel; // e.g. "Package SHA-256"
    QString footerHash;
    ReportBranding branding = ReportBranding::defaults();

    QList<Block> blocks;

    ReportDocument &add(Block block)
    {
        blocks.append(std::move(block));
        return *this;
    }
    ReportDocument &heading(const QString &text, int level = 1) { return add(Heading{text, level}); }
    ReportDocument &paragraph(const QString &text, Tone tone = Tone::Neutral)
    {
        return add(Paragraph{text, tone});
    }
    ReportDocument &note(const QString &text) { return add(Paragraph{text, Tone::Neutral, true}); }
};

} // namespace ab
