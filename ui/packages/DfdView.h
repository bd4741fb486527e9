#pragma once

#include <QByteArray>
#include <QGraphicsView>
#include <QWidget>

class QGraphicsSvgItem;
class QSvgRenderer;
class QToolBar;
class QLabel;

namespace ab {

// The data-flow diagram: Graphviz's SVG on a graphics view. Wheel or Ctrl+± zooms around the cursor,
// dragging pans, Fit shows all of it; the DFD exports as SVG, PNG or its DOT source.
class DfdCanvas : public QGraphicsView
{
    Q_OBJECT
public:
    explicit DfdCanvas(QWidget *parent = nullptr);

    bool setSvg(const QByteArray &svg);
    bool hasDiagram() const { return m_item != nullptr; }
    qreal zoom() const { return transform().m11(); }
    void zoomBy(qreal factor);
    void fit();
    void resetZoom();
    QSizeF diagramSize() const;
    // Renders the diagram at `scale` onto a white image (what PNG export writes).
    QImage render(qreal scale) const;

signals:
    void zoomChanged(qreal zoom);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QSvgRenderer *m_renderer = nullptr;
    QGraphicsSvgItem *m_item = nullptr;
    bool m_fitOnResize = true;
};

class DfdView : public QWidget
{
    Q_OBJECT
public:
    explicit DfdView(QWidget *parent = nullptr);

    // `baseName` suggests export file names (e.g. the agent's name).
    bool setDiagram(const QByteArray &svg, const QByteArray &dot, const QString &baseName = {});
    void clear();
    DfdCanvas *canvas() const { return m_canvas; }

    bool exportSvg(const QString &path) const;
    bool exportPng(const QString &path, qreal scale = 2.0) const;
    bool exportDot(const QString &path) const;

signals:
    void exported(const QString &path);
    void exportFailed(const QString &message);

private:
    void exportAs(const QString &format);

    DfdCanvas *m_canvas = nullptr;
    QLabel *m_zoomLabel = nullptr;
    QLabel *m_placeholder = nullptr;
    QByteArray m_svg, m_dot;
    QString m_baseName;
};

} // namespace ab
