#pragma once
// A table's geometry: column widths sized to the content, rows laid out cell by cell, and one row painted
// (header in the accent colour, toned rows tinted with a stripe, zebra stripes). Where rows break across
// pages is the layout pass's decision; this file only measures and paints.
#include "core/report/ReportDocument.h"
#include "core/report/render/LaidOutText.h"
#include "core/report/render/PageGeometry.h"

#include <QList>
#include <QStringList>

#include <vector>

class QPainter;
class QPaintDevice;

namespace ab::render {

struct TableRow
{
    std::vector<LaidOutText> cells;
    double height = 0;
};

// Columns with a width share take it; automatic columns (width 0) are sized from their content.
QList<double> tableColumnWidths(const ReportDocument::Table &table, const PageGeometry &geometry,
                                QPaintDevice *device);
TableRow layoutTableRow(const QList<ReportDocument::Column> &columns, const QList<double> &widths,
                        const QStringList &cells, bool header, const PageGeometry &geometry,
                        QPaintDevice *device);
// The column titles as a header row's cells.
QStringList tableTitles(const ReportDocument::Table &table);
// Paints `row` at `y`, clipped at the page's bottom margin.
void paintTableRow(QPainter &painter, const PageGeometry &geometry, double y, const TableRow &row,
                   const QList<double> &widths, bool header, Tone tone, bool zebra, const QColor &accent);

} // namespace ab::render
