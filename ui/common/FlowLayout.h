#pragma once
// A layout that places its items left to right and wraps to a new row when the width runs out: the filter
// bars use it so a narrow window (1000 px, or German labels) gets two or three rows instead of a minimum
// width wider than a laptop screen. Items keep their insertion order, which is also the row-wise tab order.

#include <QLayout>
#include <QList>
#include <QStyle>

namespace ab {

class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int hSpacing = -1, int vSpacing = -1);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    // A label and its field (or any widgets) kept together on one row: they wrap as a unit.
    QWidget *addGroup(const QList<QWidget *> &widgets);
    // Tab moves through the items in the order they were added (row by row, left to right), whatever
    // order their widgets were created in.
    void chainTabOrder();
    int horizontalSpacing() const;
    int verticalSpacing() const;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QSize minimumSize() const override;
    void setGeometry(const QRect &rect) override;
    QSize sizeHint() const override;
    QLayoutItem *takeAt(int index) override;

private:
    int doLayout(const QRect &rect, bool testOnly) const;
    int smartSpacing(QStyle::PixelMetric pm) const;

    QList<QLayoutItem *> m_items;
    int m_hSpace;
    int m_vSpace;
};

} // namespace ab
