#pragma once
// The frame around every page: the running header (what the page belongs to, when and by whom it was
// generated) and the footer ("Page N of M", the document's hash in full, the branding line).
#include "core/report/ReportDocument.h"
#include "core/report/render/PageGeometry.h"

class QPainter;
class QPaintDevice;

namespace ab::render {

void paintPageFrame(QPainter &painter, QPaintDevice *device, const PageGeometry &geometry,
                    const ReportDocument &doc, int page, int totalPages);

} // namespace ab::render
