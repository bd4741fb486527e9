#include "ui/examination/ExaminationWidgets.h"

#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

namespace ab::examui {

namespace {
struct ExamTr
{
    Q_DECLARE_TR_FUNCTIONS(ab::ExaminationView)
};
} // namespace

QDateTimeEdit *utcEdit(const QDateTime &value, QWidget *parent, const char *objectName)
{
    auto *edit = new QDateTimeEdit(parent);
    edit->setObjectName(QLatin1String(objectName));
    edit->setTimeSpec(Qt::UTC);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    edit->setCalendarPopup(true);
    edit->setDateTime(value);
    return edit;
}

QLineEdit *fileRow(QFormLayout *form, QWidget *parent, const QString &label, const char *objectName,
                   const QString &filter)
{
    auto *row = new QHBoxLayout;
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(objectName));
    edit->setPlaceholderText(ExamTr::tr("(none)"));
    auto *browse = new QPushButton(ExamTr::tr("Browse…"), parent);
    QObject::connect(browse, &QPushButton::clicked, edit, [edit, parent, label, filter]() {
        const QString path = QFileDialog::getOpenFileName(parent, label, edit->text(), filter);
        if (!path.isEmpty())
            edit->setText(path);
    });
    row->addWidget(edit, 1);
    row->addWidget(browse);
    form->addRow(label, row);
    return edit;
}

QTableWidget *checklistTable(QWidget *parent)
{
    auto *table = new QTableWidget(0, 3, parent);
    table->setObjectName(QStringLiteral("checklist"));
    table->setHorizontalHeaderLabels({ExamTr::tr("Item"), ExamTr::tr("Status"), ExamTr::tr("Detail")});
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->setVisible(false);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(true);
    return table;
}

void showChecklist(QTableWidget *table, const QList<pack::ChecklistItem> &items)
{
    table->setRowCount(int(items.size()));
    for (int row = 0; row < items.size(); ++row) {
        const pack::ChecklistItem &i = items.at(row);
        const QColor colour = i.status == QLatin1String(pack::Status::Done)     ? QColor(0x2e, 0x7d, 0x32)
                              : i.status == QLatin1String(pack::Status::Failed) ? QColor(0xc6, 0x28, 0x28)
                                                                                : QColor(0xb2, 0x6a, 0x00);
        auto *status = new QTableWidgetItem(i.status.toUpper());
        status->setForeground(colour);
        table->setItem(row, 0, new QTableWidgetItem(i.id));
        table->setItem(row, 1, status);
        auto *detail = new QTableWidgetItem(i.detail);
        detail->setToolTip(i.detail);
        table->setItem(row, 2, detail);
    }
    table->resizeColumnToContents(0);
    table->resizeColumnToContents(1);
    table->resizeRowsToContents();
}

} // namespace ab::examui
