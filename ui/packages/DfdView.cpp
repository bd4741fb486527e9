#include "ui/packages/DfdView.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QGraphicsScene>
#include <QGraphicsSvgItem>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStackedLayout>
#include <QSvgRenderer>
#include <QToolBar>
#include <QVBoxLayout>
#include <QWheelEvent>

namespace ab {

DfdCanvas::DfdCanvas(QWidget *parent) : QGraphicsView(parent)
{
    setObjectName(QStringLiteral("dfdCanvas"));
    setScene(new QGraphicsScene(this));
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform | QPainter::TextAntialiasing);
    setBackgroundBrush(Qt::white);
    m_renderer = new QSvgRenderer(this);
}

bool DfdCanvas::setSvg(const QByteArray &svg)
{
    scene()->clear();
    m_item = nullptr;
    if (!m_renderer->load(svg))
        return false;
    m_item = new QGraphicsSvgItem;
    m_item->setSharedRenderer(m_renderer);
    m_item->setFlags(QGraphicsItem::ItemClipsToShape);
    m_item->setCacheMode(QGraphicsItem::NoCache);
    scene()->addItem(m_item);
    const QRectF bounds = m_item->boundingRect().adjusted(-20, -20, 20, 20);
    scene()->setSceneRect(bounds);
    m_fitOnResize = true;
    fit();
    return true;
}

void DfdCanvas::zoomBy(qreal factor)
{
    const qreal next = qBound(0.05, zoom() * factor, 20.0);
    const qreal applied = next / zoom();
    scale(applied, applied);
    m_fitOnResize = false;
    emit zoomChanged(zoom());
}

void DfdCanvas::fit()
{
    if (!m_item)
        return;
    fitInView(scene()->sceneRect(), Qt::KeepAspectRatio);
    // Never blow a small diagram up past its natural size: text would look bloated.
    if (zoom() > 1.0)
        resetTransform();
    m_fitOnResize = true;
    emit zoomChanged(zoom());
}

void DfdCanvas::resetZoom()
{
    resetTransform();
    m_fitOnResize = false;
    emit zoomChanged(zoom());
}

QSizeF DfdCanvas::diagramSize() const
{
    return m_item ? m_item->boundingRect().size() : QSizeF();
}

QImage DfdCanvas::render(qreal scaleFactor) const
{
    const QSize size = (diagramSize() * scaleFactor).toSize();
    if (size.isEmpty())
        return {};
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    m_renderer->render(&painter, QRectF(QPointF(0, 0), size));
    return image;
}

void DfdCanvas::wheelEvent(QWheelEvent *event)
{
    if (!m_item || event->angleDelta().y() == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    zoomBy(std::pow(1.0015, event->angleDelta().y()));
    event->accept();
}

void DfdCanvas::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitOnResize)
        fit();
}

DfdView::DfdView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("dfdView"));
    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_canvas = new DfdCanvas(this);
    QAction *zoomIn = toolbar->addAction(tr("Zoom in"), this, [this]() { m_canvas->zoomBy(1.25); });
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    zoomIn->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction *zoomOut = toolbar->addAction(tr("Zoom out"), this, [this]() { m_canvas->zoomBy(0.8); });
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    zoomOut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction *fit = toolbar->addAction(tr("Fit"), m_canvas, &DfdCanvas::fit);
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    fit->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction *actual = toolbar->addAction(tr("100%"), m_canvas, &DfdCanvas::resetZoom);
    actual->setToolTip(tr("Actual size"));
    toolbar->addSeparator();
    toolbar->addAction(tr("Export SVG…"), this, [this]() { exportAs(QStringLiteral("svg")); });
    toolbar->addAction(tr("Export PNG…"), this, [this]() { exportAs(QStringLiteral("png")); });
    toolbar->addAction(tr("Export DOT…"), this, [this]() { exportAs(QStringLiteral("dot")); });
    auto *spacer = new QWidget(toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    m_zoomLabel = new QLabel(toolbar);
    m_zoomLabel->setMinimumWidth(60);
    toolbar->addWidget(m_zoomLabel);
    for (QAction *action : {zoomIn, zoomOut, fit, actual})
        addAction(action);

    m_placeholder = new QLabel(tr("No data-flow diagram: generate or open a package."), this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    auto *stack = new QStackedLayout;
    stack->addWidget(m_placeholder);
    stack->addWidget(m_canvas);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolbar);
    layout->addLayout(stack, 1);

    connect(m_canvas, &DfdCanvas::zoomChanged, this,
            [this](qreal zoom) { m_zoomLabel->setText(tr("%1%").arg(qRound(zoom * 100))); });
}

bool DfdView::setDiagram(const QByteArray &svg, const QByteArray &dot, const QString &baseName)
{
    m_svg = svg;
    m_dot = dot;
    m_baseName = baseName.isEmpty() ? QStringLiteral("dfd") : baseName;
    const bool ok = m_canvas->setSvg(svg);
    static_cast<QStackedLayout *>(layout()->itemAt(1)->layout())->setCurrentIndex(ok ? 1 : 0);
    return ok;
}

void DfdView::clear()
{
    m_svg.clear();
    m_dot.clear();
    m_canvas->setSvg({});
    static_cast<QStackedLayout *>(layout()->itemAt(1)->layout())->setCurrentIndex(0);
}

static bool writeAll(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(bytes);
    return file.commit();
}

bool DfdView::exportSvg(const QString &path) const
{
    return !m_svg.isEmpty() && writeAll(path, m_svg);
}

bool DfdView::exportPng(const QString &path, qreal scale) const
{
    const QImage image = m_canvas->render(scale);
    return !image.isNull() && image.save(path, "PNG");
}

bool DfdView::exportDot(const QString &path) const
{
    return !m_dot.isEmpty() && writeAll(path, m_dot);
}

void DfdView::exportAs(const QString &format)
{
    if (m_svg.isEmpty())
        return;
    // The base name comes from input (an agent's name): keep only characters safe in a file name.
    QString safeName = m_baseName;
    safeName.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("_"));
    const QString filter = format == QLatin1String("svg")   ? tr("SVG image (*.svg)")
                           : format == QLatin1String("png") ? tr("PNG image (*.png)")
                                                            : tr("Graphviz DOT (*.dot)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the data-flow diagram"),
                                                      safeName + QLatin1Char('.') + format, filter);
    if (path.isEmpty())
        return;
    const bool ok = format == QLatin1String("svg")   ? exportSvg(path)
                    : format == QLatin1String("png") ? exportPng(path)
                                                     : exportDot(path);
    if (ok)
        emit exported(path);
    else
        emit exportFailed(tr("Could not write %1").arg(path));
}

} // namespace ab
